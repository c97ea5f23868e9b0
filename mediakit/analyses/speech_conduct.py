"""Blame of an actor's conduct in a quote: « X nous a lâchés », « X se moque des salariés », "X let this team down".

Such words (events.yml ``conduct_speech``) judge what someone did to the speaker's side; the one judged
is the subject of the clause that holds them, or the agent of a passive (« lâché par X »), never its
object: « Il a pris le club pour une tirelire » blames « il », not the club. The quote's speaker is the
source; a clause whose subject is no named or described actor (a pronoun) gives nothing.

Also the antecedent of a presentative in a quote (« Alpéo paie à trente. C'est un partenaire loyal »),
which speech.quote_events asks for when a cue's own sentence names no one.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable, Optional

from ..tag.spans import MentionIndex
from ..types import Quote, Relation, Sentence
from . import events

#: The clause a cue belongs to starts after the last of these before it.
_CLAUSE_BREAKS = ",;:.!?«»\"“”"
#: Subject pronouns (« il », « ils », « on »): their antecedent in a quote is left unresolved.
_PRONOUNS = {"il", "elle", "ils", "elles", "on", "he", "she", "they", "it", "ce", "c'", "cela", "ça", "celui-ci",
             "celle-ci", "ceux-ci"}
#: An agent complement right after a passive participle (« lâchés par le groupe »), to the name.
_AGENT = re.compile(r"\s+(?:par|by)\s+(?:(?:le|la|les|the)\s+|l['’])?")
#: An object clitic (and auxiliary) right before a participle: who was let down (« nous a lâchés »).
_VICTIM = re.compile(r"\b(?:nous|vous|les|m['’]|t['’]|l['’]|me|te)\s*(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?"
                     r"(?:(?:complètement|totalement|carrément|vraiment|purement|simplement)\s+)?$")
#: A passive's auxiliary, or « se sentir », right before a participle (« nous avons été lâchés par X »).
_PASSIVE = re.compile(r"\b(?:été|suis|es|est|sommes|êtes|sont|sens|sent|sentons|sentez|sentent|senti|sentis)\s+"
                      r"(?:(?:complètement|totalement|carrément|vraiment|purement|simplement)\s+)?$")
#: A determiner right before a cue makes it a noun (« une méprise »).
_DETERMINER = re.compile(r"\b(?:un|une|la|le|cette|ce|sa|son|leur)\s+$")
#: The head word of the complement after a cue (« se moque des salariés », « se fiche de nos clients »).
_NEXT_WORD = re.compile(r"\s*(?:(?:les|la|le|nos|vos|ses|leurs|ces|ses)\s+|l['’])?([\w-]+)")


@lru_cache(maxsize=None)
def conduct_cues(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(cue words, idioms) of conduct blame for `lang` (both languages' for another language)."""
    table = _table()
    langs = [lang] if lang in table else ["fr", "en"]
    cues = tuple(w for la in langs for w in table.get(la) or ())
    return cues, tuple(table.get("idioms") or ())


def _table() -> dict:
    return events.lexicon().get("conduct_speech") or {}


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset:
    return frozenset(_table().get(key) or ())


def _blames(q: Quote, low: str, cue: str, at: int, end: int, index: MentionIndex) -> bool:
    """Whether the cue at [at, end) of the quote (lowercased `low`) judges someone's conduct toward people:
    its negation, its victim, its complement and its frame allow it."""
    clause = _clause(low, at)
    if any(frame in low[:at] for frame in _words("fiction_frames")):
        return False  # « Dans le film, X méprise son patron »: a role, not the speaker's blame
    if _NEGATED_CUE.search(cue):
        if not NEGATION.search(clause):
            return False  # « plus confiance » blames only when negated: « n'a plus confiance en X »
    elif NEGATION.search(clause):
        return False  # « X ne nous a jamais lâchés » is no blame
    if _DETERMINER.search(low[:at]):
        return False  # « une méprise de l'aiguilleur »: the noun, not the verb
    if cue in _words("victim_cues") and not (_VICTIM.search(low[:at]) or _PASSIVE.search(low[:at])
                                             and _AGENT.match(low, end)):
        return False  # « X a lâché ses poursuivants », « les terrains abandonnés par X »: no people let down
    if cue in _words("people_cues"):
        word = _NEXT_WORD.match(low, end)
        if word is None or not (word.group(1) in _words("people") or index.starting_at(q.start + word.start(1))):
            return False  # « se fiche de la saison »: a thing, not people
    return True


def conduct_events(doc_id: str, quotes: list[Quote], sentences: list[Sentence], index: MentionIndex,
                   known: list[Relation], antecedent: Optional[Antecedent] = None) -> list[Relation]:
    """Criticisms (modality reported) whose cue is a conduct word in a quote, against the clause's subject
    (a subject pronoun opening the quotation, « « Il prend le port pour une vache à lait » », takes up the person
    `antecedent` finds)."""
    out: list[Relation] = []
    starts = [s.start for s in sentences]
    etype = events.event_type("criticize")
    for q in quotes:
        if not q.speaker_resolved or not q.speaker:
            continue
        cues, idioms = conduct_cues(q.lang)
        low = q.text.lower().replace("\u2019", "'")
        for idiom in idioms:  # blank idioms out, offsets kept
            low = low.replace(idiom, " " * len(idiom))
        for cue in cues:
            if cue not in low:
                continue  # (most cues are absent: a substring test spares the regex)
            for m in _cue_pattern(cue).finditer(low):
                at = q.start + m.start()
                sent = sentences[max(0, bisect.bisect_right(starts, at) - 1)]
                if not _blames(q, low, cue, m.start(), m.end(), index):
                    continue
                target = _subject(q, sent, at, index) or _outer_subject(q, sent, m.start(), index) \
                    or _agent(q, at + len(cue), index) \
                    or (_complement(q, at + len(cue), index) if cue.endswith(_OBJECT_ENDS) else None)
                if target is None and antecedent is not None and not _clause_break_before(q, sent, at):
                    target = pronoun_subject(q, sent, antecedent)
                if target is None or target == q.speaker or any(
                        (r.source, r.target, r.polarity, r.sent_id) == (q.speaker, target, -1, sent.sent_id)
                        for r in known + out):
                    continue
                out.append(Relation(doc_id, sent.sent_id, q.speaker, target, "criticize", etype.polarity,
                                    etype.intensity, "reported", sent.text, False, cue, q.date, q.quote_id))
    return out


@lru_cache(maxsize=4096)
def _cue_pattern(cue: str) -> re.Pattern:
    """The cue as a whole word (compiled once per cue, not per quote)."""
    return re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)")


#: A negation in the cue's clause before it (« ne nous a pas lâchés », "is not a legend", "never proud of"),
#: here and in speech.py; cues that hold their own negation (« plus confiance », « pas tenu ses ») are read
#: as they are.
NEGATION = re.compile(r"\b(?:ne\b|n'|n’|not\b|never\b|no\b|\w+n't\b)")
_NEGATED_CUE = re.compile(r"\b(?:pas|plus|jamais)\b")
#: Cues whose blamed actor is their complement (« on ne peut plus faire confiance à X »).
_OBJECT_ENDS = ("confiance",)


def _clause(low: str, at: int) -> str:
    """The text of the clause before offset `at` (since the last clause break)."""
    return low[max(low.rfind(c, 0, at) for c in _CLAUSE_BREAKS) + 1:at]


def _complement(q: Quote, after: int, index: MentionIndex) -> Optional[str]:
    """The actor of the « à X » / « en X » complement right after the cue, inside the quote."""
    comp = re.compile(r"\s+(?:à|a|en|dans)\s+").match(q.text, after - q.start)
    if comp is None:
        return None
    names = [m for m in index.starting_at(q.start + comp.end()) if m.actor != q.speaker
             and m.actor_type not in ("product", "place")]
    return names[0].actor if names else None


def _subject(q: Quote, sent: Sentence, at: int, index: MentionIndex) -> Optional[str]:
    """The actor the parse makes the subject of a verb in the cue's clause, before the cue."""
    start = max(q.start, sent.start)
    clause = q.text[start - q.start:at - q.start]
    start += max(clause.rfind(c) for c in _CLAUSE_BREAKS) + 1
    words = q.text[start - q.start:at - q.start]
    opening = start + len(words) - len(words.lstrip())
    # the parse's subject, or a name opening the clause (French and English put the subject first, and an
    # English post parsed by the French model has no subject arcs); a pronoun inside a quote may be anyone
    # the speaker has in mind: its coreference is no evidence
    subjects = [m for m in index.overlapping(start, at) if m.start >= start and m.end <= at
                and (m.acts or m.start == opening) and m.actor != q.speaker
                and m.actor_type not in ("product", "place") and m.text.split()[-1].lower() not in _PRONOUNS
                and not _COMPLEMENT_BEFORE.search(q.text[:m.start - q.start])]
    return subjects[-1].actor if subjects else None


def _outer_subject(q: Quote, sent: Sentence, at: int, index: MentionIndex) -> Optional[str]:
    """The subject the narration gives a quoted predicate (« Selon X, la société Y « se moque des riverains » »):
    the actor named right before the opening guillemet, in the same clause, when the quotation opens on the
    cue's own clause (no clause break before the cue, at offset `at` of the quote) and not on a subject of its
    own; the press quotes the predicate and keeps the subject in its own words."""
    if any(c in q.text[:at] for c in _CLAUSE_BREAKS) or q.start <= sent.start:
        return None
    if _OWN_SUBJECT.match(q.text):
        return None  # (« « Le groupe se moque des salariés » »: the quotation's own subject)
    before = sent.text[:q.start - sent.start].rstrip()
    if not before.endswith(("«", "\"", "“")):
        return None
    before = before[:-1].rstrip()
    end = sent.start + len(before)
    named = [m for m in index.ending_at(end) if m.actor != q.speaker and m.actor_type not in ("product", "place")]
    if not named:
        return None
    # (not a complement, « les salariés de Y « se sentent lâchés » », nor the source of the words, « selon Y »)
    head = sent.text[:named[0].start - sent.start]
    # (the organ of an organisation acts for it: « la direction de Y « méprise les salariés » » blames Y)
    organ = _ORGAN_OF.search(head)
    if _COMPLEMENT_BEFORE.search(head) and not (organ and organ.group(1).lower() in events.organ_nouns()) \
            or _INFORMANT_BEFORE.search(head):
        return None
    return named[0].actor


#: A noun and its « de » right before a name (« la direction de », « le conseil d'administration du »).
_ORGAN_OF = re.compile(r"([\w-]+)\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’])?$")
#: Words that make the name after them the source of the words or a setting (« selon Y », « chez Y »).
_INFORMANT_BEFORE = re.compile(r"\b(?:selon|pour|d['’]après|chez)\s+(?:(?:le|la|les)\s+|l['’])?$", re.IGNORECASE)


#: Finds the person a pronoun takes up: (offset of the pronoun, its gender "m", "f" or "", actors excluded).
Antecedent = Callable[[int, str, frozenset], list]

#: A third-person singular subject pronoun opening a quoted sentence (after a connective or a fronted time
#: adverbial), its verb active: « Il prend le port … », « Depuis deux ans, elle redresse … »; not a passive
#: or a copula with a participle (« Il a été lâché par X », « elle est menacée »), where the pronoun is the one
#: wronged, nor an impersonal « il » (« il y a », « il faut »).
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:et|mais|alors|aujourd'hui|aujourd’hui|désormais),?\s+)?(?:(?:depuis|pendant|en)\s[^,;:.]{1,25},\s+)?"
    r"(?P<pronoun>il|elle)\s+"
    r"(?!(?:a|avait|aurait|ont)\s+été\b|(?:est|était|sera|serait|fut)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées)\b)"
    r"(?!y\s|n['’]y\s|faut\b|s['’]agit\b|semble\b|reste\b|suffit\b|vaut\b)",
    re.IGNORECASE)


def pronoun_subject(q: Quote, sent: Sentence, antecedent: Antecedent) -> Optional[str]:
    """The person a third-person subject pronoun opening the quoted sentence `sent` takes up (« « Elle a
    redressé trois hôtels », se félicite X »), of the pronoun's gender, not the speaker; none when the
    sentence does not open on one (a quotation's first sentence: its opening; a later one: its own)."""
    opening = q.text[max(0, sent.start - q.start):]
    m = _PRONOUN_SUBJECT.match(opening)
    if m is None:
        return None
    gender = "f" if m.group("pronoun").lower() == "elle" else "m"
    pos = max(q.start, sent.start) + m.start("pronoun")
    found = antecedent(pos, gender, frozenset({q.speaker}))
    return found[0] if found else None


def _clause_break_before(q: Quote, sent: Sentence, at: int) -> bool:
    """Whether a clause break lies between the opening of the quoted sentence and the cue at `at`
    (« Il prend le port pour une vache à lait » has none: the pronoun is the cue's subject)."""
    start = max(q.start, sent.start)
    return any(c in q.text[start - q.start:at - q.start] for c in ",;:!?")


#: A quotation opening on its own subject or noun phrase (a capital, a determiner, a subject pronoun): the quoted
#: words are a whole clause, not a predicate whose subject the narration gives (« se moque des riverains »).
_OWN_SUBJECT = re.compile(r"\s*(?:[A-ZÀ-Þ]|(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|"
                          r"mon|ma|mes|notre|nos|votre|vos|il|elle|ils|elles|on|je|tu|ça|cela|c['’]|j['’]|"
                          r"l['’]\w+\s+(?!a\b|ont\b)|qu['’]|que|qui)\b)")


#: A name right after « de / du / des / d' » is a complement (« les salariés de Renault »), not the subject.
_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|du|des|d['’])\s*$", re.IGNORECASE)


def _agent(q: Quote, after: int, index: MentionIndex) -> Optional[str]:
    """The actor of an agent complement (« par X ») right after the cue, inside the quote."""
    agent = _AGENT.match(q.text, after - q.start)
    if agent is None:
        return None
    names = [m for m in index.starting_at(q.start + agent.end()) if m.actor != q.speaker
             and m.actor_type not in ("product", "place")]
    return names[0].actor if names else None


#: « C'est un partenaire loyal »: a presentative whose noun phrase is an actor's description, the cue
#: an adjective right after its noun (not « c'est un scandale », said of a situation).
_PRESENTATIVE = re.compile(r"(?:^|[.!?]\s+|\s)(?:c'est|c’est|it's|it is|he's|she's) (?:un|une|a|an) ([\w-]+) $",
                           re.IGNORECASE)


def presented_target(q: Quote, sent: Sentence, said: str, at: int, index: MentionIndex) -> Optional[str]:
    """The actor a presentative (« C'est un partenaire loyal ») takes up: the named subject of the
    quote's sentence before (« Alpéo paie à trente. C'est un partenaire loyal »)."""
    presented = _PRESENTATIVE.search(said[max(0, sent.start - q.start):at])
    if presented is None or sent.start <= q.start or presented.group(1).lower() not in _words("presentative_nouns"):
        return None  # (« C'est un honneur formidable »: said of a thing)
    start = q.start
    named = [m for m in index.overlapping(start, sent.start) if m.start >= start and m.actor != q.speaker
             and m.actor_type not in ("product", "place") and m.text.split()[-1].lower() not in _PRONOUNS]
    # (one actor named before, else the presentative may be any of them: « X a convaincu Y de rester.
    # C'est un joueur remarquable » is said of Y)
    if len({m.actor for m in named}) != 1 or not any(m.acts for m in named):
        return None
    return named[0].actor
