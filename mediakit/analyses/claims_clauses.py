"""Claim units: a sentence cut into clauses that have their own verb, from spaCy's dependency parse.

Coordinated clauses with their own finite verb (« le site emploie 85 salariés et produit … »)
and non-restrictive relative clauses after a comma (« X, qui a déposé plainte … ») are claims
of their own; verbless appositions stay in the clause they modify (the gold's rules follow
the clause-level annotation of Pareti 2016 and of the ClaimRank data, Gencheva et al. 2017).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..text import morph

_CAUSAL_MARKS = frozenset({"parce", "car", "puisque", "because", "since"})
_LEADING = frozenset({"et", "mais", "ou", "or", "puis", "and", "but", "then"})
#: The ids of the relations under which `_is_clause_head` may find a clause head (besides roots).
_CLAUSE_RELATIONS = frozenset(get_string_id(dep) for dep in ("conj", "advcl", "acl:relcl", "acl", "parataxis"))


@dataclass(frozen=True)
class Clause:
    """Token indices of one clause in its paragraph's Doc, its head and how it attaches."""

    head: int
    tokens: tuple[int, ...]
    start_char: int  # in the paragraph's Doc
    end_char: int
    relative: bool  # a non-restrictive relative clause (the journalist's aside unless it holds a speech verb)


def is_relative(t) -> bool:
    """Whether `t` heads a relative clause: « acl:relcl », or a finite « acl » whose relative pronoun the parser
    hung on the antecedent (« …, une hausse qui, selon lui, a surtout servi à … »: fr_core_news_md made « qui » a
    nmod of « hausse » and « servi » an acl; a relative pronoun opens a relative clause, whose verb is the first
    finite one after it: Riegel, Pellat & Rioul, Grammaire méthodique du français, the relative clause)."""
    if t.dep_ == "acl:relcl":
        return True
    if t.dep_ != "acl" or t.i < t.head.i or not (_finite(t) or any(
            c.dep_.startswith("aux") and _finite(c) for c in t.children)):
        return False
    left = min(x.i for x in t.subtree)
    rel = [c for c in t.head.children if t.head.i < c.i < left and "Rel" in morph.values(c, "PronType")]
    return bool(rel) and all(x.is_punct for x in t.doc[rel[-1].i + 1:left])


def _finite(t) -> bool:
    return t.pos_ in ("VERB", "AUX") and "Fin" in morph.values(t, "VerbForm")


def _verbal(t) -> bool:
    return _finite(t) or any(c.dep_ in ("nsubj", "nsubj:pass", "cop", "expl:subj") for c in t.children)


def _is_clause_head(t, span: Span) -> bool:
    if t.head.i == t.i or not (span.start <= t.head.i < span.end):
        return True  # a root (an embedded post may hold several sentences in one record)
    if t.dep_ == "conj" and _verbal(t) and (_verbal(t.head) or t.head.pos_ in ("VERB", "AUX")):
        return True
    if t.dep_ == "advcl" and _finite(t) and t.i > t.head.i and not any(c.dep_ == "mark" for c in t.children) and any(
            c.text == "," for c in t.doc[t.head.i:t.i]):
        return True  # a coordinated clause the parser attached as an adverbial (« …, et X indique … »)
    if t.dep_ == "advcl" and _verbal(t) and any(c.dep_ == "mark" and c.lower_ in _CAUSAL_MARKS for c in t.children):
        return True  # « …, parce que l'entreprise aurait formé … »: a cause is a proposition of its own
    if t.dep_ == "parataxis" and _incise_shape(t):
        return True  # « …, a expliqué X »: an incise (parsed conj by fr_core_news_sm, parataxis by md)
    if is_relative(t) and (_verbal(t) or t.dep_ == "acl"):  # (is_relative tests a bare acl for a finite verb)
        # non-restrictive: « X, qui … », or on an apposition after a comma (« …, une affirmation que … »)
        left = min(x.i for x in t.subtree)
        antecedent = min(x.i for x in t.head.subtree)
        return (left > span.start and t.doc[left - 1].text == ",") or (
            t.head.dep_ in ("appos", "obj", "dislocated", "conj") and antecedent > span.start
            and t.doc[antecedent - 1].text == ",")
    return False


def _incise_shape(t) -> bool:
    """A verb after a comma with its subject inverted after it (« …, a expliqué Jeanne Morel », « …, dit-il »):
    French inverts a declarative subject in an incise, which is a clause of its own, not part of its host."""
    if t.i <= t.head.i or t.pos_ not in ("VERB", "AUX"):
        return False
    first = next(x for x in t.subtree if not x.is_punct or x.i == t.i)  # (the comma may hang from the verb)
    return first.i > 0 and t.doc[first.i - 1].text == "," \
        and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > t.i for c in t.children)


def clauses(span: Span, *, deps: bool = True, at: Optional[Mapping[int, Token]] = None) -> list[Clause]:
    """The clauses of a sentence span, in text order; the whole span when the parse finds none.

    `deps`: whether the Doc has a dependency parse (without one, spaCy's tree accessors are
    not safe to walk, and the sentence is one clause). `at`: the span's tokens by index, when
    the caller has them already.
    """
    if not deps:
        return [Clause(span.start, tuple(range(span.start, span.end)), span.start_char, span.end_char, False)]
    if at is None:
        at = {t.i: t for t in span}  # the span's tokens by index, made once
    head_of = {i: t.head.i for i, t in at.items()}  # (each t.head is a new Token: read once)
    # `_is_clause_head`'s first test, on the heads read above; its others can only hold under the
    # relations of _CLAUSE_RELATIONS, compared as ids (t.dep), not strings
    heads = {i for i, t in at.items()
             if head_of[i] == i or not span.start <= head_of[i] < span.end
             or t.dep in _CLAUSE_RELATIONS and _is_clause_head(t, span)}
    members: dict[int, list[int]] = {h: [] for h in heads}
    # Each word climbs to its clause head by index: a token whose head lies outside the span is
    # a clause head itself, so the climb never leaves the span (and makes no Token objects).
    for word in at:
        i = word
        while i not in heads:
            i = head_of[i]
        members[i].append(word)
    out = []
    text = None
    for h in sorted(heads, key=lambda i: members[i][0]):  # (members are listed in text order)
        toks = sorted(i for i in members[h] if not at[i].is_punct or at[i].text in "«»\"%()")
        while toks and (at[toks[0]].lower_ in _LEADING or at[toks[0]].text in "»\""):
            toks = toks[1:]
        while toks and (at[toks[-1]].text in "«\"" or at[toks[-1]].lower_ in _LEADING):
            toks = toks[:-1]
        if not toks:
            continue
        first, last = at[toks[0]], at[toks[-1]]
        end = last.idx + len(last.text)
        # a quotation opened inside the clause closes with it: « … » stays whole
        if text is None:
            # Span.text, built once from the tokens at hand (spaCy's makes a Token per word again)
            text = "".join(t.text_with_ws for t in at.values())
            text = text[:-1] if at[span.end - 1].whitespace_ else text
        a, b = first.idx - span.start_char, end - span.start_char
        if text.count("«", a, b) > text.count("»", a, b):
            close = text.find("»", b)
            end = span.start_char + close + 1 if close >= 0 else end
        relative = is_relative(at[h]) and h != span.root.i
        out.append(Clause(h, tuple(toks), first.idx, end, relative))
    return _join_stray_subjects(at, out) or [
        Clause(span.root.i, tuple(range(span.start, span.end)), span.start_char, span.end_char, False)]


def _join_stray_subjects(at: Mapping[int, Token], out: list[Clause]) -> list[Clause]:
    """« La compagnie Iroise Ferries a saisi … »: the parser may make the subject's head noun a root of
    its own, so that the sentence reads as a verbless fragment and a clause without its subject's
    first words. A verbless root right before the next clause belongs to it. (`at`: the sentence's
    tokens by index.)"""
    joined: list[Clause] = []
    for c in out:
        prev = joined[-1] if joined else None
        if (prev is not None and at[prev.head].head.i == prev.head and not prev.relative
                and not any(at[i].pos_ in ("VERB", "AUX") or _verbal(at[i]) for i in prev.tokens)
                and not any(at[i].is_punct for i in range(prev.tokens[-1] + 1, c.tokens[0]))):
            joined[-1] = Clause(c.head, prev.tokens + c.tokens, prev.start_char, c.end_char, c.relative)
            continue
        if (prev is not None and at[c.head].head.i == c.head and not c.relative
                and not any(at[i].pos_ in ("VERB", "AUX") or _verbal(at[i]) for i in c.tokens)
                and not any(at[i].is_punct for i in range(prev.tokens[-1] + 1, c.tokens[0]))):
            # and a verbless root right after a clause is its stray complement (« … avait signé ce texte début |
            # octobre | malgré l'avis défavorable … »: md made « octobre » and « avis » roots of their own)
            joined[-1] = Clause(prev.head, prev.tokens + c.tokens, prev.start_char, c.end_char, prev.relative)
            continue
        joined.append(c)
    return joined


def has_verb(at: Mapping[int, Token], clause: Clause, *, deps: bool = True) -> bool:
    """Whether the clause holds a verb (verbless headings and fragments are not claims); `at`: its
    sentence's tokens by index (or the Doc)."""
    # a verb or auxiliary anywhere first: `_verbal`'s walk over each word's children is the dear test
    if any(at[i].pos_ in ("VERB", "AUX") for i in clause.tokens):
        return True
    return deps and any(_verbal(at[i]) for i in clause.tokens)
