"""Who a sentence's introduction names as the speaker of the quotation after it (« Dans un entretien, X a
déclaré : « … » »), and the subject before a colon."""

from __future__ import annotations

import re
from typing import Optional

from ...types import Sentence
from ..actors.lexicon import said_to
from ..actors.roles import PRE_ADJECTIVES
from ..spans import MentionIndex
from .attribution import _SETTING, _person_role, _previous_person, speaker_of_phrase
from .described import _spokespeople, person_noun
from .openers import _sentence_opener


def _introduced_by(text: str, s: int, sent: Sentence, mentions: MentionIndex) -> tuple[Optional[str], bool]:
    # "Sophie Martin : « … »" — a name (and nothing but a colon) right before the quote.
    head = text[sent.start:s].rstrip(" «“\"\u00a0\u202f")
    if head.endswith(":"):
        limit = sent.start + len(head)
        cut = _CUT_OFF_BY.search(text, sent.start, limit)
        if cut is not None:
            # « …, a tenté le maire, aussitôt interrompu par le candidat du RN : « … » »: the one who cuts in says
            # the words the colon announces (the turn passes to the passive's agent)
            found = speaker_of_phrase(text, cut.start("np"), cut.end("np"), mentions, cut.start("np"), sent.sent_id)
            if found[1]:
                return found
        act = _SPEECH_ACT_INTRO.match(text, sent.start, limit)
        if act is not None:
            # « Réponse de l'entreprise : « … » », « Réaction immédiate du maire : »: the noun of a speech act
            # names its author after « de », the one who says the words the colon announces
            found = speaker_of_phrase(text, act.start("np"), act.end("np"), mentions, act.start("np"), sent.sent_id)
            if found[0] is not None:
                return found
        # (not the medium the words went to: « a justifié sa décision auprès de France Bleu : « … » »;
        # a person named before it is the speaker)
        # (nor a place: « Dans les couloirs de l'hôpital de Lyon, le constat est unanime : « … » »)
        # (nor an institution where the scene is set: « Dans les couloirs de l'hôpital de Lyon, … : »)
        setting = _SETTING.match(text, sent.start, limit)
        before = [m for m in mentions.starting_in(setting.end() if setting else sent.start, limit) if m.end <= limit
                  and m.actor_type != "place" and not said_to(text, m.start, sent.start)]
        if before:
            # « X, présidente de la Confédération paysanne, renchérit : »: the person the sentence opens with, not
            # her apposition's organisation nor a description in the object (« … l'éviction de l'entraîneur : »)
            opener = _sentence_opener(text, sent, mentions, limit)
            if opener is not None and (before[-1].actor_type != "person" or before[-1].method == "coref"
                                       and before[-1].actor != opener.actor) and text[opener.end:opener.end + 1] == ",":
                return opener.actor, True
            np = _COLON_NP.match(text[sent.start:limit])
            if before[-1].actor_type != "person" and np and _person_role(np.group("noun").lower()) \
                    and np.group("noun").lower() not in _spokespeople():
                # « Un dirigeant d'un club de Ligue 2 tempère : »: the person speaks, not the league
                # (a spokesperson speaks for it: « Un porte-parole d'Armor Énergies dément : »)
                return _colon_subject(text, limit, sent, mentions)
            return before[-1].actor, True
        return _colon_subject(text, limit, sent, mentions)
    return None, False


def _colon_subject(text: str, colon_end: int, sent: Sentence, mentions: MentionIndex) -> tuple[Optional[str], bool]:
    """The unnamed subject of the clause a colon closes: « Un spectateur lâche : », « il s'est tourné
    vers la famille : » (a pronoun, or a noun phrase naming a person; « le constat est unanime : » is none).

    Read off the words: the small model parses a clause before « as a noun phrase."""
    clause = text[sent.start:colon_end - 1]
    on = _ON_AT_SEAT.search(clause)
    if on is not None:
        # « Faux, rétorque-t-on au siège : « … » », « On assure à la mairie : »: « on » speaks for the side where it
        # is (the one town body of a seat, the firm in focus of its management); else someone unnamed, whose words
        # are no one's named before
        start = sent.start + on.start("where")
        found = speaker_of_phrase(text, start, sent.start + on.end("where"), mentions, start, sent.sent_id)
        return found if found[1] else (on.group("where"), False)
    pronoun = list(_SUBJECT_PRONOUN.finditer(clause))
    if pronoun:
        word = pronoun[-1].group(1).lower()
        person = _previous_person(mentions, sent.start + pronoun[-1].start(1), word)
        return (person.actor, True) if person is not None else (None, False)
    np = _COLON_NP.match(clause)
    if np is None or not (person_noun(np.group("noun").lower()) or np.group("noun").lower() in _spokespeople()):
        return None, False
    return speaker_of_phrase(text, sent.start + np.start("np"), sent.start + np.end("np"), mentions,
                             sent.start + np.start("np"), sent.sent_id)


#: « il », « elle » as the subject of a clause (after its start, a comma or « qu' »), not an object.
_SUBJECT_PRONOUN = re.compile(r"(?:^|[,;]\s*|\bqu'|\s)(il|elle|Il|Elle)\s+(?!lui\b|leur\b)")
#: A noun phrase opening the clause, after a short adverbial: « Un spectateur », « À la sortie, une habitante ».
_COLON_NP = re.compile(r"^\s*(?:[^,]{1,40},\s*)?(?P<np>(?:[Uu]ne?|[Ll]e|[Ll]a|[Ll]')\s*"
                       rf"(?:(?:{'|'.join(PRE_ADJECTIVES.split())})\s+)?(?P<noun>[a-zà-ÿ-]{{3,}})"
                       r"(?:\s+[a-zà-ÿ-]+(?=\s*,))?)")
#: A sentence that is only a noun of speech act and its author before a colon (« Réponse de l'entreprise : »,
#: « Réplique cinglante du maire : », « Même son de cloche chez X » is a side, not this): the nominal sentence
#: standing for « X a répondu : » in news writing.
_SPEECH_ACT_INTRO = re.compile(
    r"\s*(?:(?:La|Une|Sa|Leur)\s+)?(?:[Rr]éponse|[Rr]éplique|[Rr]éaction|[Rr]iposte|[Rr]etour|[Cc]ommentaire)"
    r"(?:\s+(?:immédiate|cinglante|sèche|laconique|indignée|outrée|officielle|agacée|prudente))?"
    r"\s+(?:de\s+(?=la\s|l')|d'|de\s+(?=[A-ZÀ-Þ]))?(?P<np>(?:la\s+|l'|du\s+|des\s+|[A-ZÀ-Þ])[^:«»]{1,80}?)\s*:$")
#: A participle of cutting in with its agent, closing the words before a colon (« aussitôt interrompu par X : »,
#: « coupée net par son adversaire : »).
_CUT_OFF_BY = re.compile(r"\b(?:interrompue?s?|coupée?s?|contredite?s?|apostrophée?s?)\s+(?:\w+\s+){0,2}?par\s+"
                         r"(?P<np>[^,:;.!?«»]{2,80}?)\s*:$")
#: « on » speaking at a place before a colon (« rétorque-t-on au siège », « on assure à la mairie »).
_ON_AT_SEAT = re.compile(r"(?:-t-on|-on|\b[Oo]n\s+[a-zà-ÿ]+)\s+"
                         r"(?P<where>(?:à\s+la\s+|à\s+l'|au\s+|chez\s+)[^,.;:!?«»]{2,60}?)\s*$")
