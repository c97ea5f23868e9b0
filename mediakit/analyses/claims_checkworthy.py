"""Check-worthiness: transparent features of a claim and a logistic score over them.

Features follow ClaimBuster (Hassan et al. 2017: numbers, named entities, factual and past-tense verbs
raise check-worthiness; opinions and questions lower it) and Full Fact's typology (Konstantinovskiy
et al. 2021: quantities, comparisons, causal claims, predictions). Each feature is a column of
the claims table; the weights and threshold live in resources/claims.yml, so a reader can
recompute any score by hand.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from .. import resources
from ..text import morph
from ..types import CHECKWORTHY_FEATURES
from .claims_cues import conditional_verbs, lexicon

_DIGITS = re.compile(r"\d")
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?\s*%|\b\d+(?:[ .,]\d{3})*(?:[.,]\d+)?\b")


def features(span: Iterable[Token], text: str, lang: str, *, n_amounts: int, n_dates: int, n_actors: int,
             modality: str, prospective: bool, is_question: bool, deps: bool = True,
             said: frozenset[int] = frozenset()) -> dict[str, int]:
    """The feature counts of one claim, keyed by the names in types.CHECKWORTHY_FEATURES.

    `span`: the claim's tokens, or only its verbs and auxiliaries (the only words read); `said`: the
    indices of the verbs that attribute it (« …, a expliqué X »), whose tense is the report's, not the claim's."""
    lex = lexicon()
    low = text.lower()
    # numbers not already counted as a date ("2024") or an amount still count: "41 communes", "68 %";
    # so do numbers written in words (« trois mois », « quarante-huit heures », « réduits de moitié »)
    bare = len(_NUMBERS.findall(text)) + len(_number_words(lang).findall(low))
    numbers = max(n_amounts, bare - n_dates)
    # a weekday is a precise date in the press (« a confirmé mardi »: the day of that week; the dates
    # table reads it only to place the article, months.yml weekdays)
    n_dates = max(n_dates, len(_weekdays(lang).findall(low)))
    out = {
        "numbers": numbers,
        "dates": n_dates,
        "named_actors": n_actors,
        "factual_verbs": sum(1 for t in span if t.pos_ in ("VERB", "AUX") and lex.has_lemma("factual_lemmas", lang, t)),
        "past": sum(1 for t in span if t.i not in said and _past(t)),
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


@lru_cache(maxsize=None)
def _number_words(lang: str) -> re.Pattern:
    """Cardinal numbers and fractions written in words (claims.yml number_words), alone or joined by
    hyphens (« quarante-huit », « vingt-et-un »)."""
    data = resources.load("claims")["number_words"]
    words = "|".join(sorted(map(re.escape, data.get(lang) or data["fr"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{words})(?:-(?:et-)?(?:{words}))*(?![\w-])")


@lru_cache(maxsize=None)
def _weekdays(lang: str) -> re.Pattern:
    days = resources.load("months")["weekdays"]
    return re.compile(rf"(?i)(?<![\w'-])(?:{'|'.join(map(re.escape, days.get(lang) or days['fr']))})(?![\w-])")


def _past(t: Token) -> bool:
    """A verb in a past tense: a past participle (« a été signalé », « ait changé ») or an imperfect
    (« les vannes étaient fermées »): what happened can be checked against a record, what will or should happen
    cannot (Hassan et al. 2017 found past-tense verbs among ClaimBuster's strongest features)."""
    if t.pos_ not in ("VERB", "AUX") or lexicon().has_lemma("modal_verbs", t.doc.lang_, t):
        return False  # (« nous ne pouvions pas attendre »: an ability or a duty, not an event)
    tense, form = morph.values(t, "Tense"), morph.values(t, "VerbForm")
    if "Past" in tense and "Part" in form:
        # a compound tense (« a été signalé »), not a participle used as an adjective (« le chiffre
        # affiché »); nor « on aurait pu éviter », « aurait été sous-évalué »: an unreal or alleged past
        aux = [c for c in t.children if c.dep_.startswith("aux")]
        return bool(aux) and not conditional_verbs(aux)
    # (the tagger may call « aurait » an imperfect: claims_cues.conditional_verbs reads the ending too)
    return "Imp" in tense and not conditional_verbs([t])



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
    # opinion verb that governs a clause or an adjective, the attribute of its object (« juge les
    # accusations infondées »: Riegel, Pellat & Rioul, l'attribut du complément d'objet)
    lex = lexicon()
    n = 0
    for t in span:
        if t.pos_ == "VERB" and lex.has_lemma("opinion_lemmas", lang, t):
            subj = [c for c in t.children if c.dep_.startswith("nsubj")]
            if any(c.lower_ in ("je", "j'", "i", "nous", "we", "on") for c in subj) or any(
                    c.dep_ in ("ccomp", "xcomp") or c.pos_ == "ADJ" and c.dep_ == "advcl" for c in t.children):
                n += 1
    return n
