"""Scoring helpers for the hand-labelled sentiment sets in tests/data/sentiment (see its README)."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Callable, Sequence

DATA = Path(__file__).resolve().parents[1] / "data" / "sentiment"
LABELS = ("negative", "neutral", "positive")


def rows(name: str) -> list[dict]:
    """The rows of tests/data/sentiment/<name>.tsv as dicts."""
    with (DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def accuracy_macro_f1(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """Accuracy and macro-averaged F1 over the three tones."""
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    f1s = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        n_pred, n_gold = sum(p == label for p in pred), sum(g == label for g in gold)
        prec, rec = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return acc, sum(f1s) / len(f1s)


def roc_auc(labels: Sequence[str], scores: Sequence[float]) -> float:
    """ROC AUC of `scores` for the positive class (Mann-Whitney; ties count one half)."""
    pos = [s for l, s in zip(labels, scores) if l == "positive"]
    neg = [s for l, s in zip(labels, scores) if l != "positive"]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def score_sentences(name: str, tone_of: Callable[[str, str], str]) -> tuple[float, float]:
    """Accuracy and macro-F1 of `tone_of(text, lang)` on a sentence file."""
    data = rows(name)
    return accuracy_macro_f1([r["label"] for r in data], [tone_of(r["text"], r["lang"]) for r in data])


def score_opinions(polarity_of: Callable[[str], float]) -> float:
    """ROC AUC of `polarity_of(text)` on opinions.tsv."""
    data = rows("opinions")
    return roc_auc([r["label"] for r in data], [polarity_of(r["text"]) for r in data])


def cross_validated_bands(scored: Sequence[tuple[str, float, str]], k: int = 5, seed: int = 0,
                          grid: Sequence[float] = tuple(round(0.02 * i, 2) for i in range(21))
                          ) -> tuple[float, list[dict]]:
    """k-fold choice of the neutral band per language: on each fold the band (from `grid`) with the
    best accuracy on the other folds, ties to the one nearest 0.1; `scored` is (gold label,
    polarity, lang) per sentence. Returns the out-of-fold accuracy and each fold's bands."""
    def label(p, band):
        return "neutral" if p is None or abs(p) <= band else ("positive" if p > 0 else "negative")

    order = list(range(len(scored)))
    random.Random(seed).shuffle(order)
    folds = [order[i::k] for i in range(k)]
    right, chosen = 0, []
    for fold in folds:
        held = set(fold)
        bands = {}
        for lang in sorted({lang for _, _, lang in scored}):
            train = [scored[i] for i in order if i not in held and scored[i][2] == lang]
            bands[lang] = max(grid, key=lambda b: (sum(label(p, b) == g for g, p, _ in train), -abs(b - 0.1)))
        chosen.append(bands)
        right += sum(label(scored[i][1], bands[scored[i][2]]) == scored[i][0] for i in fold)
    return right / len(scored), chosen
