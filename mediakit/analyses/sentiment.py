"""Sentence tone: textblob-fr for French, TextBlob's pattern analyzer for English."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

#: |polarity| at or below this is neutral: TextBlob scores of ±0.1 come from one mild word.
NEUTRAL_BAND = 0.1


@lru_cache(maxsize=None)
def _analyzer(lang: str):
    if lang == "fr":
        from textblob_fr import PatternAnalyzer

        return PatternAnalyzer()
    if lang == "en":
        from textblob.en.sentiments import PatternAnalyzer

        return PatternAnalyzer()
    return None


def score(text: str, lang: str) -> tuple[Optional[float], Optional[float], str]:
    """(polarity -1..1, subjectivity 0..1, analyzer name); None scores where no analyzer fits."""
    analyzer = _analyzer(lang)
    if analyzer is None:
        return None, None, "none"
    result = analyzer.analyze(text)
    polarity, subjectivity = float(result[0]), float(result[1])
    return round(polarity, 4), round(subjectivity, 4), f"textblob-{lang}"


def tone(polarity: Optional[float]) -> str:
    """negative, neutral or positive."""
    if polarity is None or abs(polarity) <= NEUTRAL_BAND:
        return "neutral"
    return "positive" if polarity > 0 else "negative"
