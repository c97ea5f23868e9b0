"""Sections of the terminal summary (the gold scores), gathered from whichever process ran the tests.

`make test` runs the suite on two pytest-xdist workers: a score a test computes lives in the worker
that ran it, and only the controller prints. Each worker sends the lines of its sections at the end
of its session (`config.workeroutput`, tests/conftest.py), and the controller prints them all, sorted
by title so that the order does not depend on which worker ran what. Without xdist the same
sections are printed from this process."""

from __future__ import annotations

from typing import Callable

_SECTIONS: dict[str, Callable[[], list[str]]] = {}
#: (title, lines) sent by the workers (filled in the controller only).
RECEIVED: list[tuple[str, list[str]]] = []


def add(title: str, lines: Callable[[], list[str]]) -> None:
    """Print `lines()` under `title` at the end of the run (called then: the scores may still grow)."""
    _SECTIONS[title] = lines


def collect() -> list[tuple[str, list[str]]]:
    """(title, lines) of every section this process holds, non-empty ones only."""
    return [(title, lines) for title, lines in ((t, list(fn())) for t, fn in _SECTIONS.items()) if lines]


def sections() -> list[tuple[str, list[str]]]:
    """Every section to print: the workers' under xdist, else this process's; sorted by title, each once (two
    workers that ran tests of one session fixture send the same section)."""
    return [(title, list(lines)) for title, lines in sorted({(t, tuple(ls)) for t, ls in RECEIVED or collect()})]
