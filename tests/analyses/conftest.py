"""Prints the relation gold scores (tune and held-out) in the terminal summary."""

import sys


def pytest_terminal_summary(terminalreporter):
    conflicts = sys.modules.get("test_conflicts")
    lines = conflicts.pytest_terminal_summary_lines() if conflicts else []
    if lines:
        terminalreporter.write_sep("=", "relations vs hand-made gold (tests/data/relations: tune and held-out)")
        for line in lines:
            terminalreporter.write_line(line)
