"""Mentions indexed by position, so that taggers look up neighbours in log time, never by a scan;
and the occurrences of a document's names in its text."""

from __future__ import annotations

import bisect
from typing import Callable, Iterator, Optional, Sequence

from ..types import Mention


class MentionIndex:
    """Mentions sorted by (start, end), with look-ups by position.

    Mentions may nest (a role phrase holds a name), so overlap queries look back by the longest
    mention's length: every query costs O(log n + k) for k mentions in its window.
    """

    def __init__(self, mentions: Sequence[Mention]):
        self.items = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.items]
        self.longest = max((m.end - m.start for m in self.items), default=0)
        self._by_start: dict[int, list[Mention]] = {}
        self._by_end: dict[int, list[Mention]] = {}
        for m in self.items:
            self._by_start.setdefault(m.start, []).append(m)
            self._by_end.setdefault(m.end, []).append(m)
        self._filtered: dict[object, tuple[list[Mention], list[int]]] = {}

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.items)

    def starting_at(self, pos: int) -> list[Mention]:
        """Mentions that start at `pos`, in order."""
        return self._by_start.get(pos, [])

    def ending_at(self, pos: int) -> list[Mention]:
        """Mentions that end at `pos`, in order of their start."""
        return self._by_end.get(pos, [])

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """Mentions whose start lies in [start, end), in order."""
        return self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions that share at least one character with [start, end), in order."""
        window = self.starting_in(start - self.longest, end)
        return [m for m in window if m.start < end and start < m.end]

    def last_before(self, pos: int, where: Optional[Callable[[Mention], bool]] = None,
                    key: object = None) -> Optional[Mention]:
        """The last mention (in order) that ends at or before `pos` and satisfies `where`.

        `key` names the filter so that its matching mentions are indexed once per document.
        """
        items, starts = self._subset(where, key)
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0:  # nested mentions may end after pos: step over them
            if items[i].end <= pos:
                return items[i]
            i -= 1
        return None

    def _subset(self, where, key) -> tuple[list[Mention], list[int]]:
        if where is None:
            return self.items, self.starts
        if key not in self._filtered:
            items = [m for m in self.items if where(m)]
            self._filtered[key] = (items, [m.start for m in items])
        return self._filtered[key]


def name_occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    r"""(start, end) of the forms in `text` as re.finditer finds them with the alternation
    rf"(?<![\w@])(?:{'|'.join(map(re.escape, forms))})(?![\w])" of `forms` longest first: at each
    position the longest form whose lookarounds hold, scanning on from a match's end.

    Found with str.find instead: the alternation differs in every document, and compiling it was
    most of the time this took. (Two different forms of one length never match at one position,
    so their order does not matter; \w is str.isalnum() or "_", checked on every code point.)"""
    def word(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    longest: dict[int, int] = {}  # start -> end of the longest form that matches there
    for form in forms:
        i = text.find(form)
        while i >= 0:
            end = i + len(form)
            if (end > longest.get(i, -1) and not (i and (word(text[i - 1]) or text[i - 1] == "@"))
                    and not (end < len(text) and word(text[end]))):
                longest[i] = end
            i = text.find(form, i + 1)
    out, reached = [], 0
    for start in sorted(longest):
        if start >= reached:
            out.append((start, longest[start]))
            reached = longest[start]
    return out
