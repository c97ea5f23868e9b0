"""Speakers named after a quotation: the subject of the next sentence that introduces the person who spoke
(« « C'est une honte. » Lucie Marchal, gérante du café, ne décolère pas »), and a sentence that takes the words
up (« Ainsi s'exprimait X », « C'est X qui l'a dit »).

Split from ``extract`` (which matches every quotation to its speaker): these rules read the words after the
closing mark, where the others read the incise or the words before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ... import resources
from ...types import Mention, Sentence
from ..spans import MentionIndex
from .attribution import _OTHER, _PRONOUN_GENDER, _gender, speaker_of_phrase
from .incises import _CLOSING, Incise, is_governor, is_incise_verb
from .openers import _sentence_opener

#: A word (a verb that takes a quotation up or governs it is looked for among them).
_WORD = re.compile(r"[a-zà-ÿ]+(?:'[a-zà-ÿ]+)?")
def _introduced_after(text: str, s: int, e: int, incise: Optional[Incise], sentences: list[Sentence],
                      sent: Sentence, mentions: MentionIndex) -> Optional[Mention]:
    """The person a paragraph opening on a quotation introduces right after it, by name, as the subject of
    the next sentence (« « C'est une honte, soupire-t-elle. » Lucie Marchal, gérante du café, ne décolère
    pas. »): news writing opens on the quote and names its speaker next, so that a pronoun in the incise
    points forward (cataphora: Riegel, Pellat & Rioul, Grammaire méthodique du français) — only to a
    person named there for the first time, of the pronoun's gender."""
    para_start = sent.start
    for other in reversed(sentences[:sent.sent_id]):
        if other.para_id != sent.para_id:
            break
        para_start = other.start
    if text[para_start:s].strip(" «“\"\u00a0\u202f\n"):
        return None
    # where the quotation and its incise after it end
    end = incise.end if incise is not None and incise.start >= e else _CLOSING.match(text, e).end()
    nxt = next((x for x in sentences[sent.sent_id:] if x.start >= end), None)
    if nxt is None or nxt.para_id != sent.para_id or text[end:nxt.start].strip(" .!?…»”\"\u00a0\u202f"):
        return None
    opener = _sentence_opener(text, nxt, mentions, nxt.end)
    # (named there: « Le directeur de l'ARS, Luc Fabre, » is the role his name is apposed to)
    if opener is None or opener.actor_type != "person" or not any(
            m.actor == opener.actor and m.method != "coref" for m in mentions.starting_in(nxt.start, nxt.end)) \
            or any(m.actor == opener.actor for m in mentions.starting_in(0, s)):
        return None
    gender = _PRONOUN_GENDER.get(incise.pronoun) if incise is not None and incise.pronoun else None
    if gender is not None and _gender(opener.actor) == _OTHER[gender]:
        return None
    return opener


#: The opening of a sentence that takes up the quotation before it as words someone said: « Ainsi s'exprimait X »,
#: « C'est en ces termes que X … », « Ce sont les mots (prononcés par | de) X », « La phrase, lâchée par X, … », « C'est X
#: qui l'a dit » (the attribution postposed in a sentence of its own, after a quotation standing alone: Riegel, Pellat
#: & Rioul, Grammaire méthodique du français, ch. XXIII on direct speech, whose introducing clause may follow the
#: quoted words; news writing opens a paragraph on the quotation this way).
_TAKEN_UP = re.compile(
    r"\s*(?:"
    r"(?P<thus>(?:[Cc]'est\s+)?[Aa]insi\s+(?:qu(?:e\s+|'))?)"
    r"|(?P<terms>[Cc]'est\s+(?:en\s+ces\s+termes|par\s+ces\s+mots|avec\s+ces\s+mots|sur\s+ces\s+mots)\s+qu(?:e\s+|'))"
    r"|(?:Ce|Tels?|Telles?)\s+(?:sont|étaient|furent|seront|fut|était|est)\s+(?:là\s+)?(?:les|ses|leurs|des|la|sa)\s+"
    r"(?:\w+\s+)?(?:mots|propos|paroles|phrases?|formules?|termes)\b"
    r"|(?:La|Cette)\s+(?:petite\s+)?(?:phrase|formule|confidence|déclaration|réplique|sortie|saillie|mise\s+en\s+garde|charge)\b"
    r"|(?:Le|Ce|L')\s*(?:mot|constat|avertissement|message|aveu|cri\s+du\s+cœur|tacle)\b"
    r"|(?:Ces|Les|De\s+tels|Pareils)\s+(?:mots|propos|paroles)\b"
    r"|[Cc]'est\s+(?P<cleft>[^,.;:!?«»]{2,80}?)\s+qui\s+(?:l'|les\s+)?(?:a|avait|ont|avaient)\s+[a-zà-ÿ]+"
    r")")


#: The agent of the words (« prononcés par X », « glissée par X ») or their owner (« les mots de X »).
_WORDS_AGENT = re.compile(r"\b(?:par|de|d'|du|des|signée?s?)\s*(?=[A-ZÀ-Þa-zà-ÿ])")


#: A verb or a time word between « Ainsi » and its inverted subject (« Ainsi s'exprimait mercredi le ministre »).
_THUS_VERB = re.compile(r"\s*(?:(?:s'|se\s+)?[a-zà-ÿ]+(?:\s+(?:exprimé|exprimée|parlé|conclu|répondu|résumé))?)"
                        r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|alors|encore|déjà)"
                        r"(?:\s+(?:matin|soir|midi))?)?\s+")


@lru_cache(maxsize=None)
def _according() -> frozenset[str]:
    """The prepositions sourcing the words before them (speech_verbs.yml according_to: « selon », « d'après »)."""
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for w in data[lang]["according_to"])


@lru_cache(maxsize=None)
def _speaking() -> tuple[str, ...]:
    """Stems of the verbs of speaking in general (speech_verbs.yml speaking_stems: « s'exprimer », « parler »)."""
    return tuple(resources.load("speech_verbs")["fr"]["speaking_stems"])


def _of_saying(word: str) -> bool:
    """Whether a verb form says someone spoke: an incise or governing verb, in the imperfect too (« concluait »,
    « lançait »), or a verb of speaking (`_speaking`)."""
    w = word.lower().replace("’", "'")
    stem = re.sub(r"^(?:s'|se\s+)", "", w)
    if stem.startswith(_speaking()):
        return True
    forms = {w}
    if w.endswith("ait"):
        forms |= {re.sub(r"ç$", "c", w[:-3]) + "e", w[:-3] + "t"}
    return any(is_incise_verb(f) or is_governor(f) for f in forms)


def _taken_up_after(text: str, e: int, sentences: list[Sentence], sent: Sentence,
                    mentions: MentionIndex) -> Optional[tuple[str, bool]]:
    """(speaker, resolved) named by the sentence right after a quotation at [.., e) that takes the quoted words up
    (_TAKEN_UP), in the same paragraph: the cleft's focus, the agent after « par » or the owner after « de », the
    inverted subject after « Ainsi … », the subject after « que »."""
    end = _CLOSING.match(text, e).end()
    # (or the same sentence going on after a colon or a dash: « « … » : c'est ainsi que X résume la situation »)
    colon = re.compile(r"\s*[:—–]\s*").match(text, end, sent.end) if end < sent.end else None
    nxt = next((x for x in sentences[sent.sent_id:] if x.start >= end), None)
    if colon is not None:
        nxt = replace(sent, start=colon.end())
    elif nxt is None or nxt.para_id != sent.para_id or text[end:nxt.start].strip(" .!?…»”\"\u00a0\u202f"):
        return None
    m = _TAKEN_UP.match(text, nxt.start, nxt.end)
    if m is None or colon is not None and not (m.group("thus") or m.group("terms") or m.group("cleft")):
        return None
    if m.group("cleft"):
        start, stop = m.span("cleft")
    elif m.group("thus") or m.group("terms"):
        # the subject: inverted after the verb (« Ainsi s'exprimait X »), or before it after « que » (« Ainsi que
        # le disait X », « C'est en ces termes que X a … »)
        start = m.end()
        # (a verb of saying must follow: « Ainsi la mairie a-t-elle renoncé » is a conclusion, no attribution)
        said = [w.group() for w in _WORD.finditer(text, start, min(nxt.end, start + 80))][:8]
        if not any(_of_saying(w) for w in said):
            return None
        verb = _THUS_VERB.match(text, start, nxt.end) if m.group("thus") and not re.search(r"qu", m.group("thus")) else None
        if verb is not None:
            start = verb.end()
        stop = re.compile(r"[,.;:!?«»]|\s(?:a|avait|s'est|est|qui)\s").search(text, start, nxt.end)
        stop = stop.start() if stop else nxt.end
    else:
        agent = _WORDS_AGENT.search(text, m.end(), min(nxt.end, m.end() + 40))
        if agent is None:
            return None
        start = agent.end() if text[agent.start():agent.end()].startswith(("par", "de", "d'", "sign")) else agent.start()
        stop = re.compile(r"[,.;:!?«»]|\s(?:à|au|lors|lorsque|quand|devant|dans|pour|qui)\s").search(text, start, nxt.end)
        stop = stop.start() if stop else nxt.end
    if not any(x.actor_type in ("person", "org") for x in mentions.starting_in(start, stop)):
        return None
    # (unresolved, the words stay that phrase's: « glissée par un proche du dossier » is no one named)
    return speaker_of_phrase(text, start, stop, mentions, start, nxt.sent_id)


#: The colon after a quotation that opens its sentence (« « Une trahison » : le syndicat … »).
_COLON_AFTER = re.compile(r"[\s»”\"\u00a0\u202f]*:[\s\u00a0\u202f]*")


def _headline_colon(text: str, s: int, e: int, sent: Sentence, mentions: MentionIndex) -> Optional[Mention]:
    """The subject of the clause that a colon opens right after a quotation heading its sentence (« « Une
    trahison » : la CGT n'a pas d'autre mot », « « Un débat pour rien » : le politologue X ne cache pas sa
    déception »): the press's headline construction, the quoted words set first as the theme and the
    clause after the colon naming who said them (the attribution postposed to the quotation, Riegel, Pellat &
    Rioul, Grammaire méthodique du français, ch. XXIII), a person or a named organisation opening that clause."""
    if text[sent.start:s].strip(" «“\"\u00a0\u202f"):
        return None
    colon = _COLON_AFTER.match(text, e, sent.end)
    if colon is None or colon.end() >= sent.end:
        return None
    # (a clause, not a list: a verb after its subject, « Une trahison » : la CGT n'a pas d'autre mot)
    clause = replace(sent, start=colon.end())
    opener = _sentence_opener(text, clause, mentions, min(sent.end, colon.end() + 120), orgs=True)
    if opener is None or "«" in text[colon.end():opener.start]:
        return None
    return opener

