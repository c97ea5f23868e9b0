"""Sentiment scores printed in the pytest terminal summary, beside the gold tables."""

from __future__ import annotations

#: Filled by tests/analyses/test_sentiment.py: (set, system) -> "accuracy / macro-F1" or AUC text.
SENTIMENT_SCORES: dict = {}


def pytest_terminal_summary(terminalreporter):
    if SENTIMENT_SCORES:
        terminalreporter.write_sep("=", "sentiment vs hand labels (tests/data/sentiment; first scores in first_score.txt)")
        for key, line in sorted(SENTIMENT_SCORES.items()):
            terminalreporter.write_line(f"{key:<34} {line}")
