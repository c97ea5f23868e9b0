"""Laws and programmes named by their head noun (« loi Travail », « plan France 2030 »): other actors."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import resources
from .lexicon import _CAPWORD
from .state import _Candidate


@lru_cache(maxsize=None)
def _law_pattern() -> re.Pattern:
    data = resources.load("types")
    before = "|".join(re.escape(h) for h in sorted(data["laws_before"], key=len, reverse=True))
    after = "|".join(re.escape(h) for h in sorted(data["laws_after"], key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{before})\s+{_CAPWORD}(?:\s+(?:et\s+)?{_CAPWORD}|\s+\d{{4}})*"
                      rf"|(?<![\w']){_CAPWORD}(?:\s+{_CAPWORD}){{0,4}}\s+(?:{after})(?![\w-])")


def _law_candidates(text: str) -> list[_Candidate]:
    """Laws and programmes named by their head noun: "loi Travail", "plan France 2030"."""
    # (« a traité X de voyou »: a head that is also a participle, after an auxiliary, is the verb)
    return [_Candidate(m.start(), m.end(), m.group(), "names", "other") for m in _law_pattern().finditer(text)
            if not _AUXILIARY_BEFORE.search(text, max(0, m.start() - 12), m.start())]


_AUXILIARY_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront|ai|as|avons|avez|été|est|sont)\s+$")
