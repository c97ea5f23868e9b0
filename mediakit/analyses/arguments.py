"""From a token of the parse to the actor it names, for the relations analysis.

A phrase names an actor through a mention on it, a name in apposition (« la coopérative
normande X »), a referring noun (« l'enseigne »: reference.py) or a pronoun's antecedent;
`DocContext` holds one document's look-ups (sentences by offset, quotes, dates, mentions).
"""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from ..tag.spans import MentionIndex
from ..text.segment import ParsedParagraph
from ..types import Quote, Relation, Sentence
from . import events
from .reference import referent

#: Prepositions that introduce the target of an event (FR and EN).
TARGET_CASES = {"à", "au", "aux", "contre", "avec", "dans", "envers", "auprès", "to", "with", "against", "in", "into",
                "on", "from"}
#: Dependents that never hold an argument of the governing event (a clause of its own).
_CLAUSAL = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "mark"}
SUBJ = ("nsubj", "nsubj:pass", "csubj")
PLURAL = {"ils", "elles", "they", "them", "eux"}
PRONOUNS = {"il", "elle", "le", "la", "l'", "lui", "he", "she", "him", "her", "it", "qui", "who", "which",
             "celui-ci", "celle-ci", "en", "y", "se", "s'"} | PLURAL
#: « de » and its contractions (« d' » once its apostrophe is stripped by case_of).
DE = {"de", "du", "des", "d", "of"}
#: Tokens that close the clause a fallback target is looked for in.
CLAUSE_END = {",", ";", ":", "(", ")", "qui", "que", "qu'", "dont", "lequel", "laquelle", "who", "which", "that"}


def subject_mentions(parsed: list[ParsedParagraph], index: MentionIndex) -> frozenset:
    """Start offsets of the mentions that are the subject (active or passive) of a clause.

    A name in apposition or a flat name climbs to its head (« l'enseigne Maréchal » is the subject
    when « enseigne » is), a complement introduced by a preposition does not (« la maire de X »).
    """
    out = set()
    for pp in parsed:
        if not pp.doc.has_annotation("DEP"):
            continue
        for m in index.starting_in(pp.start, pp.start + len(pp.text)):
            span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
            if span is None:
                continue
            t = span.root
            while t.head is not t and (t.dep_ in ("flat:name", "flat", "appos")
                                       or t.dep_ == "nmod" and not any(c.dep_ == "case" for c in t.children)):
                t = t.head
            if t.dep_ in SUBJ and t.lower_ not in ("qui", "who", "which", "that"):
                out.add(m.start)
    return frozenset(out)


class DocContext:
    """Per-document look-ups: sentence of an offset, quotes and dates by sentence, mentions, the
    nouns apposed to names (`reference.appositions`), the mentions that are subjects, and the
    relations found so far."""

    def __init__(self, sentences: list[Sentence], index: MentionIndex, quotes: list[Quote], dates,
                 apposed: dict[str, str], subjects: frozenset):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.index = index
        self.quotes = quotes
        self.apposed = apposed
        self.subjects = subjects
        self.found: list[Relation] = []
        self.dates = {}
        for d in dates:
            self.dates.setdefault(d.sent_id, d.date)

    def para_of(self, offset: int) -> int:
        return self.sent_of(offset).para_id

    def speaker_at(self, sent_id: int) -> Optional[str]:
        said = [q.speaker for q in self.quotes if q.sent_id == sent_id and q.speaker_resolved and q.speaker]
        return said[0] if said else None

    def sent_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def sent_text(self, sent_id: int) -> str:
        return self.sentences[sent_id].text

    def quote_at(self, offset: int) -> Optional[Quote]:
        inside = [q for q in self.quotes if q.start <= offset < q.end]
        return min(inside, key=lambda q: q.end - q.start) if inside else None


def named_in(tokens: list[Token], pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The first actor named by `tokens` (a mention first, else a referring noun)."""
    for t in tokens:
        for m in ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text)):
            if m.actor not in exclude:
                return [m.actor]
    for t in tokens:
        named = apposed_name(t, pp, ctx)  # « la coopérative normande Val d'Aure » cut off by the parser
        if named and named[0] not in exclude:
            return named
    for t in tokens:
        named = referent(t, pp.start, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects)
        if named:
            return [named]
    return []


def first_found(candidates: list[list[str]]) -> list[str]:
    return next((c for c in candidates if c), [])


def actors_of(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset = frozenset()) -> list[str]:
    """The actor a phrase headed by `token` names: a mention on it, else the nearest in its phrase."""
    base = pp.start
    hit = ctx.index.overlapping(base + token.idx, base + token.idx + len(token.text))
    if hit:
        return [max(hit, key=lambda m: m.end - m.start).actor]
    if token.lower_ == "en" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_.endswith("ant"):
        return []  # "tout en saluant": the gerund's marker, not a pronoun
    if token.lower_ in PRONOUNS:
        return antecedent(token, pp, ctx)
    named = apposed_name(token, pp, ctx)
    if named and named[0] not in exclude:
        return named
    # a name in apposition names the head ("le ministre délégué au Numérique, Julien Morvan");
    # conjuncts are separate arguments; nested clauses are not part of the phrase; a name in the
    # phrase wins over a referring noun (« la coopérative normande Val d'Aure »)
    appos = [c for c in token.children if c.dep_ in ("appos", "flat:name")]
    named = named_in(appos + sorted(_phrase(token), key=lambda t: abs(t.i - token.i)), pp, ctx, frozenset())
    if named and named[0] in exclude and not ctx.index.overlapping(base + token.idx, base + token.idx + 1):
        named = []
    if named:
        conj = [a for c in token.children if c.dep_ == "conj" for a in actors_of(c, pp, ctx, exclude)]
        return named + [a for a in conj if a != named[0]]
    return []


def apposed_name(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """The name right after a common noun and its adjectives: « la coopérative normande Val d'Aure ».

    A French close apposition puts the name after the noun (and its post-posed adjectives); the
    parser may cut it off the noun, so it is read off the token order.
    """
    if token.pos_ != "NOUN":
        return []
    j = token.i + 1
    while j < len(pp.doc) and j <= token.i + 3 and pp.doc[j].text[:1].islower() and (
            pp.doc[j].pos_ == "ADJ" or pp.doc[j].dep_ == "amod"):
        j += 1
    if j >= len(pp.doc) or not pp.doc[j].text[:1].isupper():
        return []
    hit = ctx.index.starting_at(pp.start + pp.doc[j].idx)
    return [max(hit, key=lambda m: m.end - m.start).actor] if hit else []


def _phrase(token: Token) -> list[Token]:
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL and c.pos_ not in ("VERB",))
    return out


def antecedent(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset = frozenset()) -> list[str]:
    """A singular pronoun's antecedent: the last actor mentioned before it other than the clause's subject.

    Plural pronouns ("ils", "they") are left unresolved: the event is dropped rather than guessed
    (speech.py resolves them inside quotes against the speaker's earlier opponent).
    """
    if token.lower_ in PLURAL:
        return []
    if token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.head is not token.head:
        # "la Banque Lémanique a fait savoir qu'elle continuait…": the subject of the saying verb
        matrix = first_found([actors_of(c, pp, ctx) for c in subjects_of(token.head.head) if c.lower_ not in PRONOUNS])
        if matrix:
            return matrix[:1]
    pos = pp.start + token.idx
    own = [c for c in token.head.children if c.dep_ in SUBJ and c is not token and c.lower_ not in PRONOUNS]
    subject_actors = {a for c in own for a in actors_of(c, pp, ctx)} | set(exclude)
    m = ctx.index.last_before(pos)
    skipped = 0
    while m is not None and skipped < 8:
        if m.actor not in subject_actors and ctx.sent_of(m.start).para_id >= ctx.sent_of(pos).para_id - 1:
            return [m.actor]
        m = ctx.index.last_before(m.start)
        skipped += 1
    return []


def subjects_of(token: Token) -> list[Token]:
    """The subjects of `token`, climbing through infinitives, coordinations and participles."""
    cur = token
    for _ in range(6):
        subj = [c for c in cur.children if c.dep_ in SUBJ]
        if subj:
            if subj[0].lower_ in ("qui", "who", "which", "that") and cur.head is not cur:
                return [cur.head]  # "c'est X qui a injecté", "X, qui a salué"
            return subj
        if cur.dep_ in ("acl", "acl:relcl") and cur.head is not cur:
            return [cur.head]  # "l'enseigne, accusée de…": the noun a participle modifies
        if cur.dep_ in ("xcomp", "conj", "dep", "advcl") and cur.head is not cur:
            cur = cur.head
            continue
        break
    return []


def objects_of(token: Token) -> list[Token]:
    """Candidate target heads: direct and indirect objects, prepositional objects, their complements."""
    direct = [c for c in token.children if c.dep_ in ("obj", "iobj")]
    preps = [c for c in token.children if c.dep_.startswith(("obl", "nmod")) and case_of(c) in TARGET_CASES]
    nested = [g for c in direct for g in c.children if g.dep_ == "nmod" and case_of(g) in TARGET_CASES | DE]
    return direct + preps + nested


def case_of(token: Token) -> str:
    for c in token.children:
        if c.dep_ in ("case", "mark") and c.i < token.i:
            return c.lower_.rstrip("'")
    return ""


def clause_after(token: Token) -> list[Token]:
    """The tokens after `token` up to the end of its clause (a comma, a relative, a conjunction).

    The parser's sentence may end early (« guillemets » cut it), so the scan runs on the paragraph's tokens.
    """
    out = []
    for t in token.doc[token.i + 1:]:
        if t.lower_ in CLAUSE_END or t.text in (".", "!", "?") or t.pos_ in ("SCONJ", "CCONJ"):
            break
        out.append(t)
    return out


def is_forum(actor: str) -> bool:
    """Whether `actor` is a court or another forum (never the target of an event)."""
    first = actor.lower().split()[0] if actor.split() else ""
    return first in events.lexicon()["forums"]
