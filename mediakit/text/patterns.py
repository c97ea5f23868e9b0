"""Regex building blocks shared by the taggers."""

from __future__ import annotations

import re


def word_alternation(words) -> str:
    """A regex matching exactly `words`, written as a tree of their letters (« c(?:lub|abinet) »): at
    each position the engine tries the few branches of the next letter, not each word in turn (the
    cue patterns run before every mention); a word that goes on is tried before its prefix."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> str:
        alts = [re.escape(ch) + branches(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        return "(?:" + "|".join(alts) + (")?" if "" in node else ")")

    return branches(tree)
