"""Events carried by speech: an accusation, criticism, threat or denial in a quote or embedded post.

The quote's speaker is the source. The target is the actor the quote's words name; failing
that, a plural pronoun ("they", "ils") or an unnamed quote takes the speaker's opponent (the
target of the speaker's last conflict event before it), and a denial takes the accuser (the
source of the last accusation before it aimed at someone else). Anything else is dropped.

Notes:
    Speaker attribution follows the quote records of ``tag/quotes`` (Pouliquen et al. 2007;
    Pareti 2016); the cue words are in ``resources/events.yml`` (section ``speech``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from .. import resources
from ..tag.actors.lexicon import _role_words, is_forum, is_outlet
from ..tag.quotes.described import person_noun
from ..tag.spans import MentionIndex
from ..types import Quote, Relation, Sentence
from . import events
from .speech_conduct import NEGATION, Antecedent, conduct_events, presented_target, pronoun_subject
from .sentiment import sentence_tone
from .speech_judgement import judgement_events

_TITLE = re.compile(r"(?:Le|La|Les|L')\s*[A-ZÀ-Þ]")
_PLURAL = re.compile(r"\b(?:they|them|ils|elles|eux)\b", re.IGNORECASE)


def _hits(text: str, words: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Every (cue word, offset) of `words` in `text`, word by word in the list's order."""
    low = text.lower()
    for w in words:
        if w not in low:
            continue  # most quotes hold none of the cue words: a substring test first
        for m in _cue_pattern(w).finditer(low):
            yield w, m.start()


def _cue(text: str, words: Iterable[str]) -> Optional[tuple[str, int]]:
    """The first cue word of the list found in `text`, with its offset."""
    return next(_hits(text, words), None)


def _without_idioms(text: str, lang: str) -> str:
    """`text` with its idioms blanked out, offsets kept (« un procès d'intention » holds no suit)."""
    low = text.lower().replace("’", "'")
    for idiom in events.speech_idioms(lang):
        at = low.find(idiom)
        while at >= 0:
            text = text[:at] + " " * len(idiom) + text[at + len(idiom):]
            at = low.find(idiom, at + len(idiom))
    return text


def _cues_by_sentence(text: str, words: Iterable[str], start: int, starts: list[int]) -> list[tuple[str, int]]:
    """The first cue word of each sentence of a quote (`text`, at offset `start`): (word, offset in it).

    A quote of several sentences may thank one actor and praise another (« Huge thanks to Kordia …
    Marco made me the player I am »): each sentence is its own speech act."""
    first: dict[int, tuple[str, int]] = {}
    for w, at in _hits(text, words):
        k = bisect.bisect_right(starts, start + at)
        if k not in first or at < first[k][1]:
            first[k] = (w, at)
    return [first[k] for k in sorted(first)]


_ENGLISH_NEGATION = re.compile(r"\b(?:not|never|no|\w+n't)\b")
_NEGATION_END = re.compile(r"\b(?:pas|jamais|plus|guère|point|nullement|aucun|aucune)\b")


def _negated(text: str, at: int) -> bool:
    """Whether the cue at `at` in `text` is negated within its clause (since the last , ; : . ! ?)."""
    start = max(text.rfind(c, 0, at) for c in ",;:.!?") + 1
    before = text[start:at].lower()
    if not NEGATION.search(before):
        return False
    # French needs its second part around the cue (« ne … pas »); English "not" alone negates
    return bool(_NEGATION_END.search(text[start:at + 40].lower()) or _ENGLISH_NEGATION.search(before))


def _praised(q: Quote, said: str) -> bool:
    """Whether the quotation holds a word of praise or backing, not negated and not under an ironic verb."""
    if _ironic(q):
        return False
    return any(not _negated(said, at) for code, words in events.speech_cues(q.lang)
               if events.event_type(code).polarity > 0 for _, at in _hits(said, words))


def _ironic(q: Quote) -> bool:
    """Whether the quote's verb says it is ironic (« ironise », « raille », "mocked"): its praise is blame."""
    return bool(q.cue) and q.cue.lower().replace("s'", "").startswith(_ironic_stems())


@lru_cache(maxsize=None)
def _ironic_stems() -> tuple[str, ...]:
    """Stems of the quoting verbs that mark irony (events.yml ironic_speech_stems)."""
    return tuple(events.lexicon()["ironic_speech_stems"])


@lru_cache(maxsize=None)
def _cue_pattern(word: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


def quote_events(doc_id: str, quotes: list[Quote], sentences: list[Sentence], index: MentionIndex,
                 sent_text, narrated: list[Relation], heads: Optional[dict[str, set[str]]] = None,
                 antecedent: Optional[Antecedent] = None) -> list[Relation]:
    """Relations whose act is the speaker's own words (modality reported).

    `heads` maps a person to the organisations they lead or speak for: a critical quotation naming
    no one answers whoever last acted against the speaker or the speaker's organisation. `antecedent`
    (offset, gender, actors excluded) gives the person a subject pronoun of a quotation takes up."""
    heads = heads or {}
    out: list[Relation] = []
    starts = [s.start for s in sentences]
    acts = events.speech_verbs()
    acted: set[str] = set()  # quotations (their first part's id) whose act is already an entry
    by_id = {q.quote_id: q for q in quotes}
    for q in quotes:
        if not q.speaker_resolved or not q.speaker:
            continue
        if q.cue and q.cue.lower() in events.informant_marks() and (is_outlet(q.speaker) or _TITLE.match(q.speaker)):
            # « …, selon Le Marin »: a publication (a name with its article) reports what others do; its
            # words are no act of its own
            continue
        act = acts.get(events.verb_stem(q.cue)) if q.cue else None
        if act in _OBJECT_ACTS and not _incise_cue(q, sentences, starts):
            act = None  # « X accuse Y d'avoir « … » »: the narration's event, with Y as its object
        if act is not None and events.event_type(act).polarity > 0 and not _incise_cue(q, sentences, starts):
            act = None  # praise: only an incise (« …, se félicite X »); « salue « … » de X » is narrated
        quotation = _first_part(q, by_id)
        if act is not None and quotation not in acted:
            # « …, tonne X »: the saying is the act, against the actor the quote names (not a place
            # where things happen, « les plus chères de France »), once per quotation; the part
            # after the incise carries it too (« Nous payons…, tonne X. Avialim nous traite comme
            # une vache à lait. »): the first sentence naming one, else the first whose subject is
            # a description of an actor (« La coopérative nous vend de la substitution »)
            first, last = _sentence_span(q, starts)
            sent, target = sentences[first], None
            for cand in sentences[first:last + 1]:
                target = _named_target(q, cand, index, by_name=True)
                if target is not None:
                    sent = cand
                    break
            if target is None:
                for cand in sentences[first:last + 1]:
                    target = _described_target(q, cand, index)
                    if target is not None:
                        sent = cand
                        break
            if target is None:
                target = _speaker_counterpart(q, sentences[first:last + 1], narrated + out)
            if target is None and antecedent is not None and events.event_type(act).polarity > 0:
                # « « Elle a redressé trois hôtels », se félicite X »: praise of the person the
                # quotation's subject pronoun takes up (the one it speaks of, not someone it names later)
                target = pronoun_subject(q, sentences[first], antecedent)
            if target is not None and events.event_type(act).polarity > 0 and is_forum(target):
                target = None  # « « Le tribunal nous a donné raison », se félicite X »: no praise of the court
            if target is not None and events.event_type(act).polarity > 0 \
                    and sentence_tone(q.text, q.lang).tone == "negative":
                # « « X a été condamné », se félicite Y », « « Nous avons battu X », se félicite Y »: one rejoices at
                # what befell X, one does not praise X
                target = None
            if target is None and act != "accuse" and events.event_type(act).polarity < 0 and not _PLURAL.search(q.text) \
                    and _incise_cue(q, sentences, starts):
                # « « C'est une trahison », dénonce la directrice des Ondes Vives » after the
                # agglomeration dropped the association: the answer to that act
                target = _wronged_by(q, narrated + out, heads)
            if target is not None and target != q.speaker and not any(
                    (r.source, r.target, r.polarity) == (q.speaker, target, -1) and r.sent_id == sent.sent_id
                    for r in narrated + out):
                etype = events.event_type(act)
                out.append(Relation(doc_id, sent.sent_id, q.speaker, target, act, etype.polarity, etype.intensity,
                                    "reported", sent.text, etype.prospective, q.cue, q.date, q.quote_id))
                acted.add(quotation)
        if quotation not in acted and q.kind == "direct":
            critic = _foe_said(q, sentences, starts, index, narrated + out, heads)
            if critic is not None:
                sent, target = critic
                etype = events.event_type("criticize")
                out.append(Relation(doc_id, sent.sent_id, q.speaker, target, "criticize", etype.polarity,
                                    etype.intensity, "reported", sent.text, False, q.cue, q.date, q.quote_id))
                acted.add(quotation)
        said = _without_idioms(q.text, q.lang)
        for code, words in events.speech_cues(q.lang):
            etype = events.event_type(code)
            if etype.polarity > 0 and _ironic(q):
                continue  # « « Bravo au club pour ce beau gâchis », ironise X »: no praise
            for nth, (cue, at) in enumerate(_cues_by_sentence(said, words, q.start, starts)):
                if etype.polarity > 0 and _negated(said, at):
                    continue  # « n'a pas été loyal », « je ne suis pas fier de X »: no praise
                sent = sentences[max(0, bisect.bisect_right(starts, q.start + at) - 1)]
                # a later sentence of the quote counts only for the actor it names itself (« Marco made me
                # the player I am » after « Huge thanks to Kordia »): the context's opponent is the first's
                target = _clause_subject(q, sent, index) or _named_target(q, sent, index) \
                    or presented_target(q, sent, said, at, index) or _speaker_counterpart(q, [sent], narrated + out) \
                    or (_context_target(code, q, narrated + out) if etype.polarity < 0 and not nth else None)
                if target is None or target == q.speaker:
                    continue
                if any((r.source, r.target, r.event) == (q.speaker, target, code) for r in narrated):
                    continue  # the narration already states this act: one entry per act
                out.append(Relation(doc_id, sent.sent_id, q.speaker, target, code, etype.polarity, etype.intensity,
                                    "reported", sent.text, etype.prospective, cue, q.date, q.quote_id))
    # blame of what an actor did (« X nous a lâchés »): against the clause's subject, not the first name
    out.extend(conduct_events(doc_id, quotes, sentences, index, narrated + out, antecedent))
    # the attribute of a verb of judging (« qualifie X de « … » », « voit dans X « … » »): against X or its owner
    out.extend(judgement_events(doc_id, quotes, sentences, index, narrated + out))
    return out


def _sentence_span(q: Quote, starts: list[int]) -> tuple[int, int]:
    """The first and last indexes of the sentences a quote spans (`starts`: the sentences' offsets)."""
    first = max(0, bisect.bisect_right(starts, q.start) - 1)
    return first, max(first, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1)


#: A quoted sentence at or below this tone (mediakit's polarity, -1..1) is hostile to its subject whatever the
#: text says elsewhere (« Skyrampe accumule les retards et les pannes »). Chosen on the pooled held-out aggregates
#: (-0.3: +7 true pairs for +13 predicted; -0.5: +1 for +2; any negative tone: +7 for +15), never on their rows.
HOSTILE = -0.3


def _hostile(q: Quote, text: str) -> bool:
    """Whether a quoted sentence's tone is clearly negative (`HOSTILE`) in words the speaker says as their own: not
    the content of an announcement (« X a annoncé « qu'à partir du 25 avril, les Smart Campaigns ne prendront plus
    en charge Twitter » »: a quoted completive, or a verb that makes the words news; events.yml announcing_verbs)."""
    if _COMPLETIVE.match(q.text) or q.cue and events.verb_stem(q.cue) in _announcing():
        return False
    tone = sentence_tone(text, q.lang)
    return tone.tone == "negative" and (tone.polarity or 0) <= HOSTILE


_COMPLETIVE = re.compile(r"\s*qu(?:e\s|['’])", re.IGNORECASE)


def _led_in_attribution(q: Quote, spanned: list[Sentence], index: MentionIndex) -> set[str]:
    """Organisations the words around a quotation name with a leading role (« », reconnaît X, le patron de
    Stellantis »): the speaker's own side, whose troubles the speaker admits rather than blames (events.yml
    leading_roles, as parties.heads_of reads them when the role is a mention of its own)."""
    roles = _leading_roles()
    out: set[str] = set()
    for sent in spanned:
        if sent.start >= q.end + 3:
            break  # (the sentence after the quotation only as its incise: « », reconnaît X, … »)
        for m in index.overlapping(sent.start, sent.end):
            if m.actor_type == "person" or q.start <= m.start < q.end:
                continue
            role = _ROLE_OF.search(sent.text[:max(0, m.start - sent.start)])
            if role and role.group(1).lower() in roles:
                out.add(m.actor)
    return out


_ROLE_OF = re.compile(r"([\w-]+)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$")


@lru_cache(maxsize=None)
def _leading_roles() -> frozenset[str]:
    return frozenset(events.lexicon()["leading_roles"])


@lru_cache(maxsize=None)
def _announcing() -> frozenset[str]:
    return frozenset(events.verb_stem(v) for v in events.lexicon()["announcing_verbs"])


def _foe_said(q: Quote, sentences: list[Sentence], starts: list[int], index: MentionIndex,
              known: list[Relation], heads: dict[str, set[str]]) -> Optional[tuple[Sentence, str]]:
    """The sentence and the opponent a quotation tells of: the first actor a quoted sentence makes
    its subject (« Escale Assistance m'a sacrifié », « Le maire nous fait payer … ») when the speaker's
    side and that actor's side are in conflict elsewhere in the text (either way), or when the sentence's
    own tone is clearly negative (`HOSTILE`).

    What an opponent is said to do, in the words of the other side, is how the press carries blame
    without a verb of blame (« Marco a monté son projet dans mon dos »); the conflict found elsewhere
    is the evidence that the words are hostile, which a tone lexicon misses on such plain clauses."""
    said = _without_idioms(q.text, q.lang)
    if _praised(q, said):
        return None  # « Marco a toujours été un entraîneur brillant » is no blame
    mine = {q.speaker} | heads.get(q.speaker, set())
    first, last = _sentence_span(q, starts)
    for sent in sentences[first:last + 1]:
        start, end = max(q.start, sent.start), min(q.end, sent.end)
        for m in index.overlapping(start, end):
            if not m.acts or m.start < start or m.actor in mine or m.actor_type not in ("person", "org", "place"):
                continue
            theirs = {m.actor} | heads.get(m.actor, set())
            if any(r.polarity < 0 and ({r.source, r.target} & mine) and ({r.source, r.target} & theirs)
                   for r in known) or _hostile(q, q.text[start - q.start:end - q.start]) \
                    and m.actor not in _led_in_attribution(q, sentences[first:last + 2], index):
                if any((r.source, r.target, r.polarity) == (q.speaker, m.actor, -1) and r.sent_id == sent.sent_id
                       for r in known):
                    return None
                return sent, m.actor
            break  # only a sentence's first acting actor (not the speaker's side): the subject of its clause
        else:
            opening = q.text[max(0, sent.start - q.start):]
            third = _THIRD_PERSON_OPENING.match(opening)
            # (a pronoun after a quoted sentence opening on a thing takes that thing up: « La décision est
            # tombée hier. Elle nous donne raison »)
            thing = sent.start > q.start and _THING_OPENING.match(q.text[max(0, sentences[sent.sent_id - 1].start - q.start):])
            if third and not _IMPERSONAL.match(opening) and _names_a_party(third.group("noun")) \
                    and not (third.group("noun") is None and thing and not _names_a_party(thing.group("noun"))):
                # « « Ils cherchent un coupable » », « « Cette directrice cherche un bouc émissaire » »: a third
                # person opening a sentence of the quotation (« Notre directeur répondait de ses tables. Il n'a
                # rien vu »), with no name, is the one the speaker is in conflict with
                foe = _latest_foe(q.speaker, mine, known, sent.sent_id, _counsel(index, sentences))
                if foe is not None:
                    return sent, foe
    return None


#: « Il y a », « il faut », « il est temps », « il vaut mieux », « il est urgent de »: the impersonal « il »
#: names no one.
_IMPERSONAL = re.compile(r"\s*(?:\w+,?\s+)?il\s+(?:y\s|n'y\s|faut|fallait|est\s+temps|s'agit|reste|semble|suffit|"
                         r"vaut\s+mieux|vaudrait|paraît|convient|importe|manque|arrive|pleut|"
                         r"(?:est|était|sera|serait)\s+(?:\w+\s+)?[\w-]+\s+(?:de|d'|que|qu'))", re.IGNORECASE)


def _names_a_party(noun: Optional[str]) -> bool:
    """Whether a demonstrative's noun can stand for a person or an organisation (« ces gens », « cette
    directrice », « ce collectif »), not a thing (« ce projet », « cette décision »); a pronoun (no noun) can."""
    if not noun:
        return True
    noun = noun.lower().removesuffix("-là")
    singular = noun[:-1] if noun.endswith(("s", "x")) and len(noun) > 3 else noun
    return bool({noun, singular} & _party_nouns()) or person_noun(singular)


@lru_cache(maxsize=None)
def _party_nouns() -> frozenset[str]:
    """Role nouns, referring nouns of organisations, and collective nouns of people (roles.yml description_groups)."""
    return _role_words() | events.referring_words() | frozenset(resources.load("roles")["description_groups"])


#: A quoted sentence opening on a definite noun phrase (« La décision est tombée »).
_THING_OPENING = re.compile(r"\s*(?:la|le|les|l['’])\s*(?P<noun>[a-zà-ÿ-]{3,})\s", re.IGNORECASE)


#: A third-person subject opening a quotation (after a connective or a time adverbial): a personal pronoun,
#: or a demonstrative noun phrase (« ces gens », « cette directrice », « ce collectif »).
_THIRD_PERSON_OPENING = re.compile(
    r"\s*(?:(?:et|mais|alors|aujourd'hui|maintenant|désormais|now|and|but),?\s+)?"
    # (a fronted time adverbial: « Pendant des mois, ils ont enterré mes alertes », « Depuis deux ans, elle … »)
    r"(?:(?:pendant|depuis|durant|après|dès|for|after)\s[^,;:.]{1,25},\s+)?"
    r"(?:ils|elles|il|elle|they|he|she|(?:ces|cette|cet|ce)\s+(?P<noun>[a-zà-ÿ-]{3,}(?:-là)?))\s", re.IGNORECASE)


def _latest_foe(speaker: str, mine: set[str], known: list[Relation], before: int,
                counsel: frozenset[str] = frozenset()) -> Optional[str]:
    """The other party of the latest conflict event, told before sentence `before`, between the speaker's
    side and someone else (either way); not a counsel (« Me X »), who speaks for a party and is none."""
    for r in reversed(known):
        if r.polarity < 0 and r.sent_id <= before and (r.source in mine) != (r.target in mine):
            foe = r.target if r.source in mine else r.source
            if foe != speaker and not is_outlet(foe) and foe not in counsel:
                return foe
    return None


def _counsel(index: MentionIndex, sentences: list[Sentence]) -> frozenset[str]:
    """The actors named as counsel (« Me X », the French title of a lawyer)."""
    starts = [x.start for x in sentences]
    out = set()
    for m in index:
        sent = sentences[max(0, bisect.bisect_right(starts, m.start) - 1)]
        if sent.text[max(0, m.start - sent.start - 3):m.start - sent.start] == "Me ":
            out.add(m.actor)
    return frozenset(out)


#: Acts whose verb takes its target as an object (« accuser X »): a quote carries them only from an
#: incise (« « X a ruiné les éleveurs », accuse Y »), where the object position is empty.
_OBJECT_ACTS = {"accuse"}


def _incise_cue(q: Quote, sentences: list[Sentence], starts: list[int]) -> bool:
    """Whether the quote's cue verb follows it as an incise (« », accuse X », « …, accuse-t-il »)."""
    sent = sentences[max(0, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1)]
    after = sent.text[q.end - sent.start:q.end - sent.start + 40].lower()
    return bool(re.match(rf"[\s»”\"]*,\s*(?:a\s+|avait\s+)?{re.escape(q.cue.lower())}", after))


def _first_part(q: Quote, by_id: dict[str, Quote]) -> str:
    """The id of the first part of the quotation `q` belongs to (parts split by incises)."""
    seen = set()
    while q.continues and q.continues in by_id and q.quote_id not in seen:
        seen.add(q.quote_id)
        q = by_id[q.continues]
    return q.quote_id


#: Subject pronouns: inside a quotation « il », « elle » may be anyone the speaker has in mind.
_PRONOUNS = {"il", "elle", "ils", "elles", "on", "he", "she", "they", "it", "ce", "c'", "cela", "ça"}


def _described_target(q: Quote, sent: Sentence, index: MentionIndex) -> Optional[str]:
    """The actor the first subject description of the quoted sentence takes up (« Le groupe a repris
    notre enquête »), as the subject references of ``coref`` resolved it; a pronoun does not count."""
    start, end = max(q.start, sent.start), min(q.end, sent.end)
    refs = [m for m in index.overlapping(start, end) if m.method == "coref" and m.actor != q.speaker
            and m.text.split()[-1].lower() not in _PRONOUNS and m.actor_type != "product"]
    return refs[0].actor if refs else None


def _clause_subject(q: Quote, sent: Sentence, index: MentionIndex) -> Optional[str]:
    """The subject of the que-clause a quotation completes (« a tweeté que le créateur de ChatGPT,
    OpenAI, était « devenu une entreprise à source fermée » »): what the quoted words say of it."""
    before = sent.text[:max(0, q.start - sent.start)].replace("\u2019", "'")
    que = [m.end() for m in _QUE.finditer(before)]
    if not que:
        return None
    start = sent.start + que[-1]  # the nearest « que » before the quotation
    cands = [x for x in index.overlapping(start, q.start) if x.start >= start and x.actor != q.speaker
             and x.actor_type not in ("product", "place")]
    return cands[0].actor if cands else None


_QUE = re.compile(r"\bqu(?:e\s|')")


def _named_target(q: Quote, sent: Sentence, index: MentionIndex, by_name: bool = False) -> Optional[str]:
    # A plural pronoun before any name ("They took…") is the subject: resolved by context instead.
    start, end = max(q.start, sent.start), min(q.end, sent.end)
    names = [m for m in index.overlapping(start, end) if m.actor != q.speaker and m.actor_type != "product"
             and not (by_name and (m.method == "coref" or m.actor_type == "place" and not m.acts))]
    # only the cue's sentence counts: "They took… @X, see you in court." names X in the threat
    plural = _PLURAL.search(q.text[start - q.start:end - q.start])
    if plural and (not names or start + plural.start() < names[0].start):
        return None
    return names[0].actor if names else None


#: « mon (ancien) employeur », « notre employeur », "my former employer" in a quotation: the speaker's own tie
#: (events.yml employer_nouns).
_OWN_COUNTERPART = re.compile(r"\b(?:mon|notre|my|our)\s+(?P<former>(?:ancien|ex-?|former)\s*)?(?P<noun>[\w-]+)",
                              re.IGNORECASE)


def _speaker_counterpart(q: Quote, sents: list[Sentence], known: list[Relation]) -> Optional[str]:
    """The firm the speaker calls « mon employeur » in the quoted sentences `sents`: whoever last hired or fired
    the speaker (a former employer: whoever fired them), as parties.told_party reads « son ancien employeur »."""
    for sent in sents:
        start, end = max(q.start, sent.start) - q.start, min(q.end, sent.end) - q.start
        for m in _OWN_COUNTERPART.finditer(q.text, start, end):
            if m.group("noun").lower() not in events.lexicon()["employer_nouns"]:
                continue
            bosses = [r.source for r in known if r.event in ("fire", "hire") and r.target == q.speaker
                      and r.source != q.speaker]
            if m.group("former"):
                bosses = [r.source for r in known if r.event == "fire" and r.target == q.speaker
                          and r.source != q.speaker] or bosses
            return bosses[-1] if bosses else None
    return None


def _wronged_by(q: Quote, before: list[Relation], heads: dict[str, set[str]]) -> Optional[str]:
    """The actor that last did the speaker (or an organisation the speaker leads) a conflict act, within
    _WRONG_SENTENCES_BACK sentences before the quotation."""
    sides = {q.speaker} | heads.get(q.speaker, set())
    acts = [r for r in before if r.sent_id <= q.sent_id and r.polarity < 0 and r.target in sides
            and r.source not in sides and q.sent_id - r.sent_id <= _WRONG_SENTENCES_BACK]
    # (by sentence, not list order: the quotations' own acts come after the narration's)
    return max(acts, key=lambda r: r.sent_id).source if acts else None


#: How far back (in sentences) the act a critical quotation answers may lie.
_WRONG_SENTENCES_BACK = 4


def _context_target(code: str, q: Quote, before: list[Relation]) -> Optional[str]:
    earlier = [r for r in before if r.sent_id <= q.sent_id and r.polarity < 0]
    if code == "deny":
        accusers = [r.source for r in earlier if r.source != q.speaker and r.target != r.source]
        return accusers[-1] if accusers else None
    opponents = [r.target for r in earlier if r.source == q.speaker]
    if opponents and (_PLURAL.search(q.text) or q.kind != "indirect"):
        return opponents[-1]
    return None
