"""Shared fixtures: the seed analysed once per session, gold scores printed in the report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import goldeval  # noqa: E402
import summary  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_SCORES: dict = {}
_HELDOUT: dict = {}
_PRESS: dict = {}


@pytest.fixture(scope="session")
def seed_analysis():
    import mediakit as mk

    return mk.analyze(ROOT / "seeds")


@pytest.fixture(scope="session")
def data_lines() -> list[str]:
    """Every non-blank line of the texts under tests/data, in path order."""
    return [line for path in sorted(DATA.rglob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="session")
def french_data_docs(data_lines):
    """`data_lines` parsed once by the French pipeline: the tests that check a screen against the rule it
    stands for on every line share one parse (some 125,000 words)."""
    from mediakit.text.nlp import pipeline

    return list(pipeline("fr").pipe(data_lines))


@pytest.fixture(scope="session")
def gold_scores():
    """Scores of every gold article (tests/data/gold), keyed by doc_id."""
    if not _SCORES:
        _SCORES.update(goldeval.score_dirs(goldeval.GOLD_DIR))
        _print_table("tuning set: seed + tests/data/gold", _SCORES)
    return _SCORES


@pytest.fixture(scope="session")
def heldout_scores():
    """Scores of the held-out articles (tests/data/heldout, heldout2), keyed by doc_id."""
    if not _HELDOUT:
        _HELDOUT.update(goldeval.score_dirs(goldeval.HELDOUT_DIR, goldeval.HELDOUT2_DIR))
        _print_table("held-out: tests/data/heldout and heldout2", _HELDOUT)
    return _HELDOUT


@pytest.fixture(scope="session")
def press_scores():
    """Scores of the articles in real-press conventions: tuning sets (press, press2) and held-out 4, by set."""
    if not _PRESS:
        _PRESS["press"] = goldeval.score_dirs(goldeval.PRESS_DIR)
        _PRESS["press2"] = goldeval.score_dirs(goldeval.PRESS2_DIR)
        _PRESS["heldout4"] = goldeval.score_dirs(goldeval.HELDOUT4_DIR)
        for name, scores in _PRESS.items():
            _print_table(f"real-press conventions: tests/data/{name}", scores)
    return _PRESS


def _print_table(title: str, scores: dict) -> None:
    summary.add(f"mediakit vs hand-made gold, {title} (precision P, recall R, matched/gold)",
                lambda: goldeval.format_table(scores).splitlines() if scores else [])


def pytest_sessionfinish(session):
    """A pytest-xdist worker sends its summary sections to the controller (tests/summary.py)."""
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["mediakit_summary"] = summary.collect()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """The controller keeps the sections a worker sent (a pytest-xdist hook)."""
    summary.RECEIVED.extend((title, list(lines)) for title, lines in
                            getattr(node, "workeroutput", {}).get("mediakit_summary", []))


def pytest_terminal_summary(terminalreporter):
    for title, lines in summary.sections():
        terminalreporter.write_sep("=", title)
        for line in lines:
            terminalreporter.write_line(line)


def cli_in_process(*args):
    """Run `mediakit ARGS` in this process, as the console script would (exit code, stderr): the models this
    session already loaded serve it, where a new interpreter pays some 15 s to load spaCy's French pipeline
    (compiling spacy.lang.fr's tokenizer patterns alone is about 5 s). Tests about processes themselves
    (--jobs 2, the hash seed, a killed run, the console script's own errors) start real ones."""
    import contextlib
    import io
    import subprocess as sp

    from mediakit import cli
    from mediakit.text import nlp

    err = io.StringIO()
    own = nlp.freeze_after_load
    nlp.freeze_after_load = lambda: None  # (the CLI freezes the garbage collector's objects in its own process only)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main([str(a) for a in args])
    finally:
        nlp.freeze_after_load = own
    return sp.CompletedProcess(["mediakit", *map(str, args)], code, "", err.getvalue())
