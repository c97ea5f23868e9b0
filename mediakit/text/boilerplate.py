"""Lines of a news site's template left inside a page's main text (paywall notices, "read also" links)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources


@lru_cache(maxsize=1)
def _template_line() -> re.Pattern:
    # (one alternation compiled once: every line of every page is tried against it)
    patterns = resources.load("noise")["boilerplate_lines"]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*", re.IGNORECASE)


def strip_template_lines(text: str) -> str:
    """`text` without the lines of a site's template (resources/noise.yml boilerplate_lines).
    trafilatura removes the page's furniture, not the notices written as
    paragraphs of the article ("Il vous reste 70 % de cet article à lire"), which would otherwise
    be read as claims of the journalist."""
    pattern = _template_line()
    return "\n".join(line for line in text.split("\n") if not (line.strip() and pattern.fullmatch(line.strip())))


@lru_cache(maxsize=1)
def _stamp_line() -> re.Pattern:
    patterns = resources.load("noise")["stamp_lines"]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*[.]?", re.IGNORECASE)


def is_stamp(line: str) -> bool:
    """Whether a line is a page's byline or time stamp (resources/noise.yml stamp_lines): no claim of the article."""
    return bool(_stamp_line().fullmatch(line.strip()))
