"""Shared fixtures: the seed analysed once per session, gold scores printed in the report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldeval  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_SCORES: dict = {}


@pytest.fixture(scope="session")
def seed_analysis():
    import mediakit as mk

    return mk.analyze(ROOT / "seeds")


@pytest.fixture(scope="session")
def gold_scores():
    """Scores of every gold article (tests/data/gold), keyed by doc_id."""
    import mediakit as mk

    if not _SCORES:
        for path in sorted(goldeval.GOLD_DIR.glob("*.yml")):
            gold = goldeval.load_gold(path)
            analysis = mk.analyze(goldeval.article_path(gold["doc_id"]))
            _SCORES[gold["doc_id"]] = goldeval.score_article(gold, analysis)
    return _SCORES


def pytest_terminal_summary(terminalreporter):
    if _SCORES:
        terminalreporter.write_sep("=", "mediakit against hand-made gold (precision P, recall R, matched/gold)")
        terminalreporter.write_line(goldeval.format_table(_SCORES))
