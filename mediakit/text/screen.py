"""Screening the words of a parse on spaCy's id arrays, one answer per distinct word for the process."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def screened(doc: "Doc", attrs: Sequence[int], memo: dict, accept: Callable[..., bool]) -> list[int]:
    """Indices, in order, of the tokens of `doc` whose `attrs` strings (``spacy.attrs`` ids, "" when
    unset) `accept` takes.

    A rule whose answer depends on a word's strings alone (form, lemma, text) need not build a Token
    of every word nor ask twice for the same word: the ids come from one `Doc.to_array`, and the
    answer per distinct tuple of ids is kept in `memo` (a vocabulary's worth at most)."""
    strings = doc.vocab.strings
    out = []
    for i, ids in enumerate(map(tuple, doc.to_array(list(attrs)).tolist())):
        hit = memo.get(ids)
        if hit is None:
            hit = memo[ids] = accept(*(strings[k] if k else "" for k in ids))
        if hit:
            out.append(i)
    return out
