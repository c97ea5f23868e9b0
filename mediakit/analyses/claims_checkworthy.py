"""Check-worthiness: transparent features of a claim and a logistic score over them.

Features follow ClaimBuster (Hassan et al. 2017: numbers, named entities, factual verbs raise
check-worthiness; opinions and questions lower it) and Full Fact's typology (Konstantinovskiy
et al. 2021: quantities, comparisons, causal claims, predictions). Each feature is a column of
the claims table; the weights and threshold live in resources/claims.yml, so a reader can
recompute any score by hand.
"""

from __future__ import annotations

import math
import re
from typing import Iterable

from spacy.tokens import Token

from ..types import CHECKWORTHY_FEATURES
from .claims_cues import lexicon

_DIGITS = re.compile(r"\d")
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?\s*%|\b\d+(?:[ .,]\d{3})*(?:[.,]\d+)?\b")


def features(span: Iterable[Token], text: str, lang: str, *, n_amounts: int, n_dates: int, n_actors: int,
             modality: str, prospective: bool, is_question: bool, deps: bool = True) -> dict[str, int]:
    """The feature counts of one claim, keyed by the names in types.CHECKWORTHY_FEATURES.

    `span`: the claim's tokens, or only its verbs and auxiliaries (the only words read)."""
    lex = lexicon()
    low = text.lower()
    # numbers not already counted as a date ("2024") or an amount still count: "41 communes", "68 %"
    bare = len(_NUMBERS.findall(text))
    numbers = max(n_amounts, bare - n_dates)
    out = {
        "numbers": numbers,
        "dates": n_dates,
        "named_actors": n_actors,
        "factual_verbs": sum(1 for t in span if t.pos_ in ("VERB", "AUX") and lex.has_lemma("factual_lemmas", lang, t)),
        "legal": _count(lex, "legal", lang, low),
        "comparative": _count(lex, "comparative", lang, low),
        "causal": _count(lex, "causal", lang, low),
        "alleged": int(modality == "alleged"),
        "opinion": _count(lex, "opinion", lang, low) + (_opinion_verbs(span, lang) if deps else 0),
        "question": int(is_question),
        # a plan, forecast or hypothetical (« sans X, Y n'aurait pas … ») can only be checked when it
        # carries a figure or a date
        "prediction": int(prospective and numbers == 0 and n_dates == 0),
        "vague": _count(lex, "vague", lang, low),
    }
    assert tuple(out) == CHECKWORTHY_FEATURES
    return out


def score(feats: dict[str, int]) -> float:
    """Logistic score 0..1: presence of each feature (0/1) times its weight, plus the bias."""
    lex = lexicon()
    z = lex.bias + sum(lex.weights[name] * min(1, value) for name, value in feats.items())
    return round(1.0 / (1.0 + math.exp(-z)), 4)


def is_checkworthy(value: float) -> bool:
    """At or above the documented threshold (resources/claims.yml, checkworthiness.threshold)."""
    return value >= lexicon().threshold


def _count(lex, name: str, lang: str, low: str) -> int:
    pattern = lex.phrases[name].get(lang) or lex.phrases[name].get("fr")
    return len(pattern.findall(low)) if pattern is not None else 0


def _opinion_verbs(span: Iterable[Token], lang: str) -> int:
    # « je trouve que », "I think": an opinion verb with a first-person subject, or any
    # opinion verb that governs a clause
    lex = lexicon()
    n = 0
    for t in span:
        if t.pos_ == "VERB" and lex.has_lemma("opinion_lemmas", lang, t):
            subj = [c for c in t.children if c.dep_.startswith("nsubj")]
            if any(c.lower_ in ("je", "j'", "i", "nous", "we", "on") for c in subj) or any(
                    c.dep_ in ("ccomp", "xcomp") for c in t.children):
                n += 1
    return n
