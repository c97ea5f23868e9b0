"""The one exception type mediakit raises for bad input."""

from __future__ import annotations


class MediakitError(Exception):
    """Bad input or a failed step; the message names the file and the problem in one line."""

    def __init__(self, source: object, problem: str):
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


class CorpusError(MediakitError):
    """A corpus path, file or record that cannot be loaded."""
