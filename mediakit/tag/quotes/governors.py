"""The verb that governs a short quotation in its clause, read on the surface, and who its subject is.

« Marc Lenoir juge la décision « historique » », « une procédure que le groupe juge « sans fondement » »,
« …, l'accusant d'avoir « fermé les yeux » »: the speaker of a few quoted words is the subject of the verb of
saying or judging that governs them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.segment import ParsedParagraph
from ...types import Sentence
from ..spans import MentionIndex
from .after import _WORD
from .attribution import OPENING_SUBJECT, _leader_of, _previous_person, described_subject, led_by, speaker_of_phrase
from .incises import is_blaming, is_governor
from .openers import continued_description

#: A governing verb sits at most this many characters before a short quotation, in its clause.
GOVERNOR_REACH = 80
def _surface_governor(text: str, sent: Sentence, s: int, mentions: MentionIndex,
                      previous: Optional[Sentence] = None,
                      parsed: Optional[list[ParsedParagraph]] = None) -> Optional[tuple[Optional[str], bool, str]]:
    """(speaker, resolved, verb) when a governing verb's form precedes a short quotation in its clause.

    Hand-written on the surface: fr_core_news_sm reads « as a noun or a verb and misparses the
    clause around it (« Marc Lenoir juge la décision « historique » » has no verb), so the parse
    cannot say what governs the quoted word. The speaker is the actor named before the verb (a
    person first), or the person a subject pronoun takes up.
    """
    begin = max(sent.start, s - GOVERNOR_REACH)
    window = text[begin:s]
    stop = max(window.rfind(c) for c in ".;:!?")
    if stop >= 0:
        begin, window = begin + stop + 1, window[stop + 1:]
    verb = next((m for m in reversed(list(_WORD.finditer(window))) if is_governor(m.group())), None)
    if verb is None:
        # « X accuse MédiRelais de facturer …, bien au-delà du plafond, et d'envoyer des médecins « jamais formés » »:
        # a verb of blame governs the infinitive clauses after « de » that state the fault, however long, and the
        # quoted words inside them are the accuser's
        begin, window = _blame_window(text, sent, s)
        verb = next((m for m in reversed(list(_WORD.finditer(window))) if is_blaming(m.group())
                     and _INFINITIVE_DE.search(window, m.end())), None)
    if verb is None:
        return None
    if _PASSIVE_PARTICIPLE.search(window[:verb.end()]):
        # (« accusé de « harcèlement » par des salariés »: the agent's words, not the subject's; the agent named
        # between the participle and the quotation is who speaks, « accusée par Lucie Morel d'avoir « … » »: the
        # passive keeps the active verb's roles, its agent the active subject, Riegel, Pellat & Rioul, « La phrase
        # passive »)
        agent = _AGENT_BEFORE_QUOTE.match(text, begin + verb.end(), s)
        named = [m for m in mentions.starting_in(begin + verb.end(), s) if m.actor_type in ("person", "org")
                 and m.method != "coref"] if agent else []
        if named and named[0].start == begin + verb.end() + agent.end("par") - agent.start():
            return named[0].actor, True, verb.group()
        return None
    at = begin + verb.start()
    if parsed is not None and _APPOSED_PARTICIPLE.search(window, 0, verb.end()):
        # « X a assigné Y devant le tribunal, l'accusant d'avoir « … » »: a present participle set off by a comma
        # is said of its clause's subject (Riegel et al., the detached participle), not of the object named
        # nearer; the parse finds that subject even when it misreads the participle itself
        shared = _participle_subject(text, parsed[sent.para_id], at, mentions, sent.sent_id)
        if shared is not None:
            return shared, True, verb.group()
    before = sorted(mentions.starting_in(sent.start, at), key=lambda m: (m.actor_type != "person", m.start))
    # (not who leads the subject: « Le club, présidé par l'ancien gardien Y, lui reproche « … » » is the club)
    before = [m for m in before if m.end <= at and m.actor_type in ("person", "org") and not led_by(text, m)]
    # « Une procédure que le géant de l'énergie juge « sans fondement » »: a relative or completive « que »
    # before the verb opens the clause whose subject speaks; the names before it are the main clause's
    clause = sent.start
    for que in _QUE.finditer(text, sent.start, at):
        clause = que.end()
    if clause > sent.start and text[clause:at].strip():
        before = [m for m in before if m.start >= clause]
    if re.search(r"(?i)\b(?:lui|leur)\s+$", text[sent.start:at]) and len({m.actor for m in before}) > 1:
        # « …, contre la directrice, Y, lui reprochant un « … » »: the dative takes up who is blamed, not who speaks
        before = [m for m in before if m.actor != max(before, key=lambda m: m.start).actor]
    # « Il a attaqué la décision de la directrice, la jugeant « … » »: a personal subject pronoun opening the
    # sentence is the subject the participle shares; the names after it are objects and complements
    opening = OPENING_SUBJECT.match(text, sent.start, at)
    if before and opening is None and before[0].actor_type == "org":
        # « le patron d'Armorgaz l'aurait qualifiée d'« agitatrice » »: the organisation's leader, named before as
        # such under any leader's title, speaks, not the organisation
        title = _leader_before().search(text, max(sent.start, before[0].start - 40), before[0].start)
        leader = _leader_of(text, before[0].actor, mentions, before[0].start,
                            {"le": "male", "la": "female"}.get(title.group(1).lower())) if title else None
        if leader is not None:
            return leader.actor, True, verb.group()
    if before and opening is None:
        return before[0].actor, True, verb.group()
    pronoun = opening or re.search(r"(?i)\b(il|elle)\s+(?:\w+\s+){0,2}$", text[sent.start:at])
    where = (pronoun.start(1) if opening else sent.start + pronoun.start(1)) if pronoun else 0
    # « L'association X a saisi la cour. Dans sa requête, elle reproche … d'avoir « fermé les yeux » »
    described = continued_description(text, sent, where, previous, mentions,
                                      pronoun.group(1).lower()) if pronoun else None
    if described is not None:
        return described, True, verb.group()
    person = _previous_person(mentions, sent.start, pronoun.group(1).lower()) if pronoun else None
    if person is None:
        # « La plateforme dénonce un « favoritisme assumé » », « Le livreur de 27 ans, lui-même
        # déconnecté, accuse … »: a description as the subject
        found = described_subject(text, clause, at, mentions, sent.sent_id)
        if found[1]:
            return found[0], True, verb.group()
    return (person.actor, True, verb.group()) if person else (None, False, verb.group())


def _described_que_subject(text: str, start: int, verb: int) -> bool:
    """Whether the verb at `verb` ends a que-clause whose subject is a definite description (« que le groupe juge »)."""
    que = None
    for que in _QUE.finditer(text, start, verb):
        pass
    return que is not None and bool(_DEFINITE_SUBJECT.match(text, que.end(), verb))


#: A definite description opening a clause (« le spécialiste de l'eau », « l'opérateur »).
_DEFINITE_SUBJECT = re.compile(r"(?:le|la|les)\s+[a-zà-ÿ]|l['’]\s*[a-zà-ÿ]", re.IGNORECASE)


#: The conjunction or relative pronoun « que » (« une décision que le groupe juge », « estime qu'il »).
_QUE = re.compile(r"(?i)\bqu(?:e\s+|['’]\s*)")


#: A present participle after a comma, its object clitic or « en » before it (« , l'accusant », « , en jugeant »).
_APPOSED_PARTICIPLE = re.compile(r",\s*(?:en\s+)?(?:(?:[lmst]|lui|leur|les|la|le|se|nous|vous)(?:['’]|\s+))?[a-zà-ÿ]+ant$",
                                 re.IGNORECASE)


def _participle_subject(text: str, pp: ParsedParagraph, at: int, mentions: MentionIndex, sent_id: int) -> Optional[str]:
    """The actor the subject of the clause a participle at `at` hangs on names, if the parse gives one."""
    span = pp.doc.char_span(at - pp.start, at - pp.start + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]  # (« l'accusant »: the participle after its clitic)
    head = token.head
    for _ in range(3):  # (a participle coordinated to another hangs on it: climb to a verb with a subject)
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i]
        if subjects:
            subject = subjects[0]
            first = subject.left_edge.i
            last = next((t.i for t in subject.subtree if t.i > subject.i and t.text == ","), subject.right_edge.i + 1)
            start, end = pp.start + pp.doc[first].idx, pp.start + pp.doc[last - 1].idx + len(pp.doc[last - 1].text)
            speaker, resolved = speaker_of_phrase(text, start, end, mentions, start, sent_id)
            return speaker if resolved else None
        if head.head.i == head.i:
            return None
        head = head.head
    return None


@lru_cache(maxsize=None)
def _leader_before() -> re.Pattern:
    """A definite article and a leader's title (roles.yml leaders) right before an organisation's name (« le patron d'»)."""
    words = "|".join(re.escape(w) for w in sorted(resources.load("roles")["leaders"], key=len, reverse=True))
    return re.compile(rf"\b([Ll]e|[Ll]a)\s+(?i:{words})\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)$")


#: « par » and its agent right after a passive participle, before « de » and the quotation (« accusée par X d'avoir »).
_AGENT_BEFORE_QUOTE = re.compile(r"(?P<par>\s+par\s+(?:l['’]|la\s+|le\s+|les\s+)?)[^,;:!?«»]{1,60}?\s+(?:de\s+|d['’])")


#: How far back a verb of blame may govern the infinitive clauses of its fault (« accuse X de … et d'… »).
BLAME_REACH = 240


#: « de » / « d' » opening an infinitive clause (the fault a verb of blame states).
_INFINITIVE_DE = re.compile(r"\b(?:de\s+|d')(?:ne\s+pas\s+|n'|avoir\s+|l'|les?\s+|la\s+|leur\s+|lui\s+|se\s+|s')?"
                            r"[a-zà-ÿ]+(?:er|ir|re|oir)\b")


def _blame_window(text: str, sent: Sentence, s: int) -> tuple[int, str]:
    """The words of the quotation's clause before it, back to BLAME_REACH characters."""
    begin = max(sent.start, s - BLAME_REACH)
    window = text[begin:s].rstrip(" «“\"\u00a0\u202f")
    stop = max(window.rfind(c) for c in ".;:!?«»")
    if stop >= 0:
        begin, window = begin + stop + 1, window[stop + 1:]
    return begin, window


#: A governing participle in the passive or set off as an apposition (« a été accusé de », « , accusé de »).
_PASSIVE_PARTICIPLE = re.compile(r"(?:\bété\s+|,\s*)[a-zà-ÿ]+(?:é|ée|és|ées)$")
