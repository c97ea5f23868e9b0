"""Text normalization: the text every offset refers to (`documents.text`)."""

from __future__ import annotations

import re
import unicodedata

# Typographic apostrophes break fr_core_news_sm ("qu’", "L’" become entities: TOOLCHAIN.md),
# so they become ASCII apostrophes in documents.text itself: one character for one, and
# every offset downstream refers to this normalized text.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2032": "'", "\uff07": "'"})
# A left single quote between two letters is an apostrophe too (common OCR/keyboard slip).
_LEFT_QUOTE_AS_APOSTROPHE = re.compile(r"(?<=\w)\u2018(?=\w)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u2060\u2028\u2029\ufeff]")


def normalize_text(text: str) -> str:
    """Unicode NFC, one newline style, ASCII apostrophes, no control characters, no trailing blanks."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(lambda m: "\n" if m.group() in "\u2028\u2029" else "", text)
    text = text.translate(_APOSTROPHES)
    text = _LEFT_QUOTE_AS_APOSTROPHE.sub("'", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
