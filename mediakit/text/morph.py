"""A token's morphological features, read from its feature string instead of `MorphAnalysis.get`.

`token.morph.get(field)` builds a numpy array and a list on each call (about 1 µs); the rules ask
it of every verb of every sentence several times over (tense, mood, verb form). The feature
string (« Mood=Cnd|Number=Sing|Tense=Pres », values of one field joined by commas) holds the
same values, and a model has a few hundred distinct strings, so each is split once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (spaCy is imported when a text is first parsed: text/segment.py imports this module)
    from spacy.tokens import Token


@lru_cache(maxsize=4096)
def _fields(feats: str) -> dict[str, tuple[str, ...]]:
    # spaCy's UD FEATS string: "" when the token has no features
    out: dict[str, tuple[str, ...]] = {}
    for feat in feats.split("|") if feats else ():
        field, _, values = feat.partition("=")
        out[field] = tuple(values.split(","))
    return out


def features(token: Token) -> dict[str, tuple[str, ...]]:
    """Field → values of `token`'s morphology (`token.morph.get(field)` is `features(token).get(field, ())`)."""
    return _fields(str(token.morph))


def values(token: Token, field: str) -> tuple[str, ...]:
    """The values of one morphological field of `token`, as `token.morph.get(field)` lists them."""
    return _fields(str(token.morph)).get(field, ())
