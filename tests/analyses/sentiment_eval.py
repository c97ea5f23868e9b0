"""Scoring helpers for the hand-labelled sentiment sets in tests/data/sentiment (see its README)."""

from __future__ import annotations

import csv
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
