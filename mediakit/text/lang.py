"""Language identification per paragraph and per sentence (lingua, restricted to expected languages)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Iterable, Optional

from lingua import IsoCode639_1, LanguageDetectorBuilder

#: Languages considered by default. Restricting lingua to the languages a corpus can hold makes
#: it accurate on short text and fast to load (TOOLCHAIN.md: all languages → 6 s, 1.3 GB).
DEFAULT_LANGUAGES = ("fr", "en", "de", "es", "it")
#: Below this relative confidence a sentence's language is chosen among the document's own.
LOW_CONFIDENCE = 0.5
_NOISE = re.compile(r"https?://\S+|www\.\S+|@\w+|#\w+|\d+")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Capitalised words after the first are mostly names ("Voltéa will see the CRE in court"), which
# carry no language and pull short sentences towards the wrong one.
_NAME = re.compile(r"(?<=\s)[A-ZÀ-Þ][\w'’-]*")


#: From this length on, lingua's low-accuracy mode (trigrams only) is used: its author gives its
#: accuracy as "mostly unaffected" on texts longer than 120 characters (lingua-rs issue #119), and
#: it is four to five times faster here (1,003 paragraphs: 1.82 s → 0.38 s).
LONG_TEXT = 120


@lru_cache(maxsize=16)
def _detector(languages: tuple[str, ...], low_accuracy: bool = False):
    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def detect(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES, *, prior: Optional[Iterable[str]] = None,
           fallback: str = "und") -> tuple[str, float]:
    """The language of `text` and lingua's relative confidence; `prior` languages win close calls."""
    cleaned = _NOISE.sub(" ", text)
    unnamed = _NAME.sub(" ", cleaned)
    # (two words are enough to know: the search stops at the second)
    if next(itertools.islice(_WORD.finditer(unnamed), 1, None), None) is not None:
        cleaned = unnamed
    elif _WORD.search(cleaned) is None:
        return fallback, 0.0
    scores = dict(_confidences(cleaned, tuple(languages), _SCOPE[0]))
    if not scores:
        return fallback, 0.0
    best = max(scores, key=lambda k: (scores[k], k))
    if scores[best] < LOW_CONFIDENCE and prior:
        # Short posts ("We will appeal.") are ambiguous among many languages; among the
        # languages the document is known to use, the best-scoring one is the sound choice.
        known = [lang for lang in prior if lang in scores]
        if known:
            best = max(known, key=lambda k: (scores[k], k))
    return best, round(float(scores[best]), 4)


#: The document whose detections are cached (see `enter_scope`); 0 outside any.
_SCOPE = [0]
_SCOPES = itertools.count(1)


@lru_cache(maxsize=4096)
def _confidences(cleaned: str, languages: tuple[str, ...], scope: int) -> tuple[tuple[str, float], ...]:
    # Cached within one document: a one-sentence paragraph is detected as a paragraph, then as a
    # sentence, and a quotation often again as a quote; lingua sees the same text. Keyed by the
    # document, so no speed comes from the same text in another document (a repetitive corpus).
    values = _detector(languages, len(cleaned) >= LONG_TEXT).compute_language_confidence_values(cleaned)
    return tuple((v.language.iso_code_639_1.name.lower(), v.value) for v in values)


def new_scope() -> int:
    """A key for one document's cached detections, unique in this process."""
    return next(_SCOPES)


def enter_scope(scope: int) -> None:
    """Cache the detections that follow under `scope` (one document's)."""
    _SCOPE[0] = scope


def check_languages(languages: tuple[str, ...]) -> None:
    """Raise a MediakitError naming any code lingua does not know."""
    from ..errors import MediakitError

    bad = [code for code in languages if not hasattr(IsoCode639_1, code.upper())]
    if bad or not languages:
        raise MediakitError("--languages", f"unknown ISO 639-1 code(s): {', '.join(bad) or '(none given)'}")
