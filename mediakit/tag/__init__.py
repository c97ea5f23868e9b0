"""Tagging: from a segmented, parsed document to records (actor mentions, quotes, dates, amounts)."""

import importlib

# Imported on first use (PEP 562): the corpus loop needs only the actor file reader, and a run
# served from the cache none of the taggers.
_LAZY = {"extract_mentions": ".actors", "extract_amounts": ".amounts", "extract_dates": ".dates",
         "extract_quotes": ".quotes"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_LAZY[name], __name__), name)


__all__ = ["extract_amounts", "extract_dates", "extract_mentions", "extract_quotes"]
