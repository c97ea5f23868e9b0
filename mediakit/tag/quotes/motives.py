"""The stated motive of a sanction: « X a licencié Y pour « faute grave » », « licencié par X pour « … » » give X's words."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.segment import ParsedParagraph
from ...types import Sentence
from ..spans import MentionIndex
from .attribution import speaker_of_phrase
from .incises import infinitives

#: « pour « », « pour une « » right before the quotation: the motive's preposition.
_FOR = re.compile(r"\bpour\s+(?:une?\s+|des\s+|la\s+|le\s+|l['’]\s*)?[«“\"]\s*$")
#: How far before the quotation the sanction's verb may stand (characters).
_REACH = 120


@lru_cache(maxsize=None)
def _sanction_verbs() -> frozenset[str]:
    return frozenset(resources.load("speech_verbs")["fr"]["motive_acts"])


@lru_cache(maxsize=None)
def _measure() -> re.Pattern:
    table = resources.load("speech_verbs")["fr"]
    numbers = "|".join(map(re.escape, table["motive_measure_numbers"]))
    units = "|".join(map(re.escape, table["motive_measure_units"]))
    return re.compile(rf"\s*(?:\d[\d\s,.]*|(?:{numbers})(?:[\s-]+(?:{numbers}))*)\s+(?:{units})\b", re.IGNORECASE)


def is_measure(text: str, s: int) -> bool:
    """Whether the quotation starting at `s` is a length or an amount (« trois matchs »), not a motive."""
    return _measure().match(text, s) is not None


def active_motive(text: str, sent: Sentence, s: int, mentions: MentionIndex,
                  parsed: list[ParsedParagraph]) -> Optional[tuple[str, bool, str]]:
    """(speaker, True, "pour") for a short quotation giving the motive of a sanction verb in the active voice.

    The press quotes the motive in the words of whoever sanctions (« Le groupe X a licencié son directeur
    pour « faute grave » »), as it does with the « par » agent of the passive (passive_motive); the subject
    of the verb is that agent. A pronoun subject is left out: « il » may be the sanctioned one's employer or
    someone else, and the sentence does not say which.
    """
    if not _FOR.search(text, max(sent.start, s - 20), s) or is_measure(text, s):
        return None
    pp = parsed[sent.para_id]
    span = pp.doc.char_span(max(sent.start, s - _REACH) - pp.start, s - pp.start, alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in reversed(span) if t.pos_ == "VERB" and t.lemma_.lower() in _sanction_verbs()), None)
    if verb is None or any(c.dep_ in ("aux:pass", "expl:pass") for c in verb.children) \
            or verb.dep_ in ("acl", "amod") or re.search(r"[.;:!?]\s", text[pp.start + verb.idx:s]):
        return None  # (« licencié par X pour »: the passive, passive_motive; « limogé, pour »: an apposition)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return None
    # the subject noun with its name (« Le groupe Océalia »), not its relative clause or apposition
    words = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("flat:name", "nmod") and t.pos_ == "PROPN"
             and t.i == subject.i + 1]
    start, end = pp.start + words[0].idx, pp.start + words[-1].idx + len(words[-1].text)
    speaker, resolved = speaker_of_phrase(text, start, end, mentions, start, sent.sent_id)
    return (speaker, True, "pour") if resolved and speaker else None


def passive_motive(text: str, sent: Sentence, s: int, mentions: MentionIndex,
                   parsed: list[ParsedParagraph]) -> Optional[tuple[str, bool, str]]:
    """(speaker, True, "pour") for the stated motive of an act done « par » someone (« licencié par X pour
    « déloyauté » », « la suspension de Y par la directrice, pour « insubordination » »): the words are the
    wording of whoever did the act, as the press quotes it. (The caller keeps out quotations opening on an
    infinitive: « créé par X pour « faire vivre » le quartier » is a purpose, not a motive.)"""
    m = _MOTIVE.search(text, sent.start, s)
    if m is None or is_measure(text, s):
        return None
    # (only a sanction has a motive its author words: « remplacé par X pour « raisons personnelles » », « racheté
    # par X pour « un euro » », « écrite par X pour « Starmania » » give no words of X)
    pp = parsed[sent.para_id]
    before = pp.doc.char_span(max(sent.start, m.start() - _MOTIVE_REACH) - pp.start, m.start() - pp.start,
                              alignment_mode="expand")
    if before is None or not any(t.lemma_.lower() in _sanction_verbs() for t in before if t.pos_ in ("VERB", "NOUN")):
        return None
    speaker, resolved = speaker_of_phrase(text, m.start("agent"), m.end("agent"), mentions, m.start("agent"),
                                          sent.sent_id)
    return (speaker, True, "pour") if resolved and speaker else None


#: How far before its « par » agent the act a motive is given for may be named (characters; an apposition to the
#: sanctioned person may stand between: « la suspension de Y, professeur de piano depuis vingt ans, par la directrice »).
_MOTIVE_REACH = 100

#: « … par <agent>[, …] pour « »: the agent of the act whose motive the quotation gives (no other verb between).
_MOTIVE = re.compile(r"\bpar\s+(?P<agent>(?:l['’]|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+)?[^,.;:!?«»]{1,60}?)"
                     r"(?:\s+(?:le|en|dès|depuis)\s+[^,.;:!?«»]{1,30}?)?,?\s+pour\s+"
                     r"(?:une?\s+|des\s+|la\s+|le\s+|l['’]\s*)?[«“\"]\s*$")


@lru_cache(maxsize=None)
def _attribute_governors() -> frozenset[str]:
    return frozenset(resources.load("speech_verbs")["fr"]["attribute_governors"])


@lru_cache(maxsize=None)
def _governors_as() -> frozenset[str]:
    """Verbs of judging that judge only with « de » or « comme » (speech_verbs.yml attribute_governors_as)."""
    return frozenset(resources.load("speech_verbs")["fr"]["attribute_governors_as"])


def passive_judgement(text: str, sent: Sentence, s: int, e: int, mentions: MentionIndex) -> Optional[tuple[str, bool, str]]:
    """(speaker, resolved, participle) for a quotation that is the attribute of a verb of judging in the passive
    with its « par » agent after it (« son stand a été jugé « pas assez photogénique » par l'organisateur »,
    « le projet, qualifié de « ruineux » par l'opposition, … »): the words are the agent's, the one who judges.
    The passive keeps the active verb's roles, its agent being the active subject (Riegel, Pellat & Rioul,
    Grammaire méthodique du français, « La phrase passive »); who reports it (« Selon X, ») only relays it.
    The quotation must stand outside the participle: in « un entretien « bâclé » par les équipes », the
    quoted word is the participle itself and its agent did the act, not the judging."""
    m = _JUDGED.search(text, max(sent.start, s - 60), s)
    if m is None or not infinitives(re.sub(r"(?<=é)(?:e|s|es)$|(?<=it)(?:e|s|es)$", "", m.group("verb"))) \
            & _attribute_governors():
        return None
    verb = infinitives(re.sub(r"(?<=é)(?:e|s|es)$|(?<=it)(?:e|s|es)$", "", m.group("verb"))) & _attribute_governors()
    if verb & _governors_as() and not re.search(r"(?:\bde|d['’]|\bcomme)\s*(?:une?\s+|des\s+|la\s+|le\s+|l['’]\s*)?[«“\"]\s*$",
                                          m.group(0)):
        return None  # « présenté « en avant-première » »: staged, not described as
    if re.match(r"\s*(?:en|à|au|aux|dans|pour|par|sur|sous|avec)\s", text[s:e], re.IGNORECASE):
        return None  # « jugé « en urgence » »: a quoted adverbial is nobody's judgement
    agent = _AGENT_AFTER.match(text, e, sent.end)
    if agent is None or not re.match(r"(?:l['’]|la\s|le\s|les\s|son\s|sa\s|ses\s|leurs?\s|une?\s|des\s|[A-ZÀ-Þ])",
                                     agent.group("agent")):
        return None  # (« jugé « dangereux » par endroits »: an adverbial, no agent)
    speaker, resolved = speaker_of_phrase(text, agent.start("agent"), agent.end("agent"), mentions,
                                          agent.start("agent"), sent.sent_id)
    return (speaker, resolved, m.group("verb")) if speaker else None


#: A passive participle (after « être » or set off by a comma) right before the opening mark, with its
#: « de » / « comme » (« a été jugé « », « sont qualifiés de « », « , décrite comme une « »).
_JUDGED = re.compile(r"(?:\b(?:été|est|sont|était|étaient|fut|furent|sera|seront|serait|seraient)\s+"
                     r"(?:[a-zà-ÿ]+ment\s+)?|,\s*)(?P<verb>[a-zà-ÿ]+(?:é|ée|és|ées|it|ite|its|ites))"
                     r"(?:\s+(?:de|d['’]|comme))?\s*(?:une?\s+|des\s+|la\s+|le\s+|l['’]\s*)?[«“\"]\s*$")
#: The « par » agent right after the closing mark (« » par le concessionnaire »), up to its clause's end.
_AGENT_AFTER = re.compile(r"[\s»”\"]*par\s+(?P<agent>(?:l['’]|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+|leurs?\s+)?"
                          r"[^,.;:!?«»()]{1,60})")
