"""Tagging: from a segmented, parsed document to records (actor mentions, quotes, dates, amounts)."""

from .actors import extract_mentions
from .amounts import extract_amounts
from .dates import extract_dates
from .quotes import extract_quotes

__all__ = ["extract_amounts", "extract_dates", "extract_mentions", "extract_quotes"]
