"""Recall and precision floors on hand-annotated articles (the seed and three articles of our own).

The floors sit a little under the figures measured when they were set, so a regression fails
while a small wording change in a lexicon does not. The full table is printed at the end of
the run (see conftest.pytest_terminal_summary).
"""

import pytest

import goldeval

FLOORS = {
    # table: (precision floor, recall floor), pooled over all gold articles
    "mentions": (0.90, 0.90),
    "mention spans": (0.95, 0.95),
    "actor types": (0.75, 0.75),
    "quotes": (0.90, 0.90),
    "quote speakers": (0.85, 0.85),
    "quote kinds": (0.90, 0.90),
    "dates": (0.90, 0.90),
    "amounts": (0.95, 0.95),
    "sentence languages": (0.95, 0.95),
    "blocks": (0.95, 0.95),
    "published": (0.75, 0.75),
}


def test_every_article_has_gold(gold_scores):
    assert len(gold_scores) >= 4  # the seed and at least three articles of our own


def assert_floor(scores: dict, table: str, floors: dict) -> None:
    total = goldeval.pooled(scores, table)
    p_floor, r_floor = floors[table]
    detail = "; ".join(total.notes[:8])
    assert total.precision >= p_floor, f"{table}: precision {total.precision:.2f} < {p_floor} ({detail})"
    assert total.recall >= r_floor, f"{table}: recall {total.recall:.2f} < {r_floor} ({detail})"


@pytest.mark.parametrize("table", sorted(FLOORS))
def test_pooled_floor(gold_scores, table):
    assert_floor(gold_scores, table, FLOORS)


@pytest.mark.parametrize("table", ["mentions", "quotes", "dates", "amounts"])
def test_each_article_floor(gold_scores, table):
    """No single article may collapse even if the pooled figure holds."""
    for doc_id, scores in gold_scores.items():
        s = scores[table]
        assert s.recall >= 0.6 and s.precision >= 0.6, f"{doc_id} {table}: P {s.precision:.2f} R {s.recall:.2f}"


# Held-out articles (written and annotated without sight of the code or the articles above).
# Their first scores, taken when each set arrived, are in tests/data/heldout*/first_score.txt;
# general fixes made after reading those errors raised the figures since. These floors sit
# below the pooled figures of both sets so that the suite fails if generality regresses.
HELDOUT_FLOORS = {
    "mentions": (0.80, 0.75),
    "mention spans": (0.95, 0.95),
    "actor types": (0.60, 0.60),
    "quotes": (0.90, 0.85),
    "quote speakers": (0.60, 0.60),
    "dates": (0.90, 0.90),
    "amounts": (0.90, 0.90),
    "sentence languages": (0.95, 0.95),
    "blocks": (0.90, 0.90),
}


@pytest.mark.parametrize("table", sorted(HELDOUT_FLOORS))
def test_heldout_floor(heldout_scores, table):
    assert len(heldout_scores) >= 6
    assert_floor(heldout_scores, table, HELDOUT_FLOORS)


# Articles in the conventions of real French press (issue 7). First scores, before the fixes,
# are in tests/data/press/first_score.txt and tests/data/heldout4/first_score.txt. The press set
# was used for tuning; held-out 4 was scored once for the record and its errors were not read.
# press2 (three articles with hard actor names, first score in tests/data/press2/first_score.txt) is a
# tuning set for actor mentions; its floors are what the mentions round reached.
PRESS_FLOORS = {
    "press": {"mentions": (0.90, 0.80), "quotes": (0.90, 0.85), "quote speakers": (0.80, 0.80)},
    "press2": {"mentions": (0.93, 0.93), "quotes": (0.93, 0.92), "quote speakers": (0.83, 0.83)},
    "heldout4": {"mentions": (0.80, 0.70), "quotes": (0.85, 0.80), "quote speakers": (0.70, 0.70)},
}


@pytest.mark.parametrize("name, table", [(n, t) for n, floors in PRESS_FLOORS.items() for t in floors])
def test_press_floor(press_scores, name, table):
    assert len(press_scores[name]) >= (3 if name == "press2" else 4)
    assert_floor(press_scores[name], table, PRESS_FLOORS[name])
