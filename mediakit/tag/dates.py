"""Dates mentioned in sentences: candidates from month-name patterns, values from dateparser."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from .. import resources
from ..text.boilerplate import is_stamp
from ..types import Attribution, DateMention, Sentence

# Hand-written candidate finding: dateparser.search.search_dates gives no offsets and reads
# durations as dates ("il y a 6 mois" → a date), so candidates come from month names, years
# with a cue word and numeric forms; dateparser then gives each candidate its value.
_GRANULARITY = {"day": "day", "week": "day", "month": "month", "year": "year"}
_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _cues(lang: str) -> list[str]:
    table = resources.load("months")["month_cues"]
    return sorted({c.lower() for c in table.get(lang, table["fr"] + table["en"])}, key=len, reverse=True)


@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[re.Pattern, str]]:
    data = resources.load("months")
    lower = sorted({m.lower() for code in ("fr", "es", "it") for m in data[code]}, key=len, reverse=True)
    upper = sorted({m for code in ("en", "de") for m in data[code]}, key=len, reverse=True)
    # A lowercase abbreviation needs its dot ("sept." is September, "sept ans" is seven years);
    # the dot of a full month name at a sentence end is punctuation.
    full_short = ("mars", "mai", "juin", "août", "aout")
    lower = [re.escape(m) + (r"\." if len(m) <= 4 and m not in full_short else "") for m in lower]
    upper = [re.escape(m) + (r"\.?" if len(m) <= 4 and m not in ("May", "June", "July", "Juni", "Juli", "Mai") else "") for m in upper]
    lo = "|".join(lower)
    up = "|".join(upper)
    cue = "|".join(map(re.escape, _cues(lang)))
    day = r"(?:1er|[12]\d|3[01]|0?[1-9])"
    year = r"(?:1[89]\d\d|2[01]\d\d)"
    b, e = r"(?:(?<=mi-)|(?<=mid-)|(?<![\w/-]))", r"(?![\w/-])"
    return [
        # 25 avril 2023, 1er mai, avril 2023 (fr/es/it: lowercase month names)
        (re.compile(rf"{b}(?:{day}\.?\s+)?(?:de\s+)?(?i:{lo})(?:\s+(?:de\s+)?{year})?(?![\w-])"), "lower"),
        # April 19, 2023 / 19 April 2023 / April 2023 (en/de: capitalised month names)
        (re.compile(rf"{b}(?:{day}\.?\s+)?(?:{up})(?:\s+{day}(?:st|nd|rd|th)?)?(?:,?\s+{year})?(?![\w-])"), "upper"),
        # ISO, or day and month in the order the language writes them (dateparser's DATE_ORDER)
        (re.compile(rf"{b}(?:{year}-[01]\d-[0-3]\d|[0-3]?\d/[0-3]?\d/{year}){e}"), "numeric"),
        (re.compile(rf"(?i:{b}(?:{cue})\s+)(?P<year>{year}){e}"), "year"),
    ]


def candidates(text: str, lang: str = "fr") -> Iterator[tuple[int, int]]:
    """(start, end) of date-like spans in `text` (a sentence in `lang`), longest first where they overlap."""
    return iter(_candidates(text, lang))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)
def _candidates(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    # Cached for one document (see `forget`): each sentence is searched three times, for the
    # publication date (full dates, then deictic ones) and for the date mentions.
    found: list[tuple[int, int, str]] = []
    digits = _DIGIT.search(text) is not None
    for pattern, kind in _patterns(lang):
        if kind in ("numeric", "year") and not digits:
            continue  # (both need a year: most sentences have no digit, and the patterns are slow to fail)
        for m in pattern.finditer(text):
            s, e = (m.start("year"), m.end("year")) if kind == "year" else m.span()
            found.append((s, e, kind))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out = []
    last_end = -1
    for s, e, kind in found:
        if s < last_end:
            continue
        span = text[s:e]
        if kind in ("lower", "upper") and not _qualified(text, s, span, lang):
            continue
        last_end = e
        out.append((s, e))
    return tuple(out)


def _qualified(text: str, start: int, span: str, lang: str) -> bool:
    # A bare month name is a date only with a day, a year, or a cue word before it
    # ("en février"); otherwise "mars" may be the planet and "May" the modal verb.
    words = span.replace(",", " ").split()
    if len(words) > 1 and any(ch.isdigit() for ch in span):
        return True
    before = text[max(0, start - 14):start].lower().rstrip()
    return any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum())
               for cue in _cues(lang))


#: dateparser resolves a day or month without a year against a base; the year it picks is then
#: replaced by the one nearest the article's date (see `parse`), so one fixed base serves every
#: document. A leap year, so that « 29 février » parses.
_BASE = datetime(2000, 1, 1)


_PARSED_LANGUAGES = ("fr", "en", "de", "es", "it")


def _parser_languages(lang: str) -> list[str]:
    return [lang] + [lg for lg in ("fr", "en") if lg != lang]


@lru_cache(maxsize=None)
def _parser(lang: str):
    from dateparser.date import DateDataParser

    # Only absolute dates: candidates never hold relative expressions (« il y a 6 mois »), and
    # skipping dateparser's relative-time parser halves the cost of a call.
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "MDY" if lang == "en" else "DMY", "RELATIVE_BASE": _BASE,
                "PARSERS": ["absolute-time"]}
    # use_given_order: the sentence's language first, without testing every locale on each call
    return DateDataParser(languages=_parser_languages(lang), settings=settings, use_given_order=True)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


@lru_cache(maxsize=None)
def _month_numbers(lang: str) -> dict[str, int]:
    """Full month name (lowercase) → month, from dateparser's own locale data, in the order
    `_parser(lang)` tries the languages. Full names only: dateparser reads abbreviations in the
    light of other words (French « mar » is also Tuesday)."""
    from dateparser.languages import default_loader

    out: dict[str, int] = {}
    for lg in _parser_languages(lang):
        info = default_loader.get_locale(lg).info
        for number, month in enumerate(_MONTHS, 1):
            names = info.get(month) or ()
            if names:
                out.setdefault(max(names, key=len).lower(), number)
    return out


# A day, a month name and a year (« 25 avril 2023 », "April 19, 2023") or a month and a year
# (« mars 2024 ») name one calendar day or month whatever dateparser's settings: read directly
# (half of the expressions that reach dateparser, 0.6 ms each). A day and a month (« 25 avril ») or
# a month alone (« en avril »), the other half, dateparser puts in the latest year not after _BASE
# (PREFER_DATES_FROM "past"): 2000 for the 1st of January, else 1999 (`parse` then takes the year
# nearest the article's date). tests/tag/test_dates.py checks every month name of the five
# languages against dateparser, with and without a year.
_WRITTEN = (re.compile(r"(?P<day>\d{1,2}) (?P<month>[^\W\d_]+) (?P<year>\d{4})"),
            re.compile(r"(?P<month>[^\W\d_]+) (?P<day>\d{1,2}), (?P<year>\d{4})"),
            re.compile(r"(?P<month>[^\W\d_]+) (?P<year>\d{4})"),
            re.compile(r"(?P<day>\d{1,2}) (?P<month>[^\W\d_]+)"),
            re.compile(r"(?P<month>[^\W\d_]+)"))


def _written_date(text: str, lang: str) -> Optional[tuple[datetime, str]]:
    """(date, period) of a date written out with a month name, as dateparser gives it; else None
    (dateparser decides)."""
    for pattern in _WRITTEN:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        month = _month_numbers(lang).get(m.group("month").lower())
        has_day = "day" in pattern.groupindex
        day = int(m.group("day")) if has_day else 1
        year = int(m.group("year")) if "year" in pattern.groupindex else 2000 if (month, day) == (1, 1) else 1999
        if month is None or not 1800 <= year <= 2199:  # years outside those checked against dateparser
            return None
        try:
            return datetime(year, month, day), "day" if has_day else "month"
        except ValueError:  # « 31 avril 2023 », « 29 février »: dateparser's answer, whatever it is
            return None
    return None


@lru_cache(maxsize=1024)
def _date_data(text: str, lang: str) -> tuple[Optional[datetime], Optional[str]]:
    # Cached for one document (see `forget`): each expression is parsed for the publication
    # date, then again for the date mentions.
    if len(text) == 4 and text.isdigit():
        # a bare year (a third of all candidates: « en 2023 ») needs no parsing; dateparser
        # gives the same year with the period "year"
        return datetime(int(text), 1, 1), "year"
    lang = lang if lang in _PARSED_LANGUAGES else "fr"
    text = text.replace("1er", "1")
    written = _written_date(text, lang)
    if written is not None:
        return written
    data = _parser(lang).get_date_data(text)
    return (None, None) if data is None else (data.date_obj, data.period)


def forget() -> None:
    """Drop the cached values: they serve one document, so no speed comes from repeated corpora."""
    _date_data.cache_clear()
    _candidates.cache_clear()


def parse(text: str, lang: str, reference: Optional[str]) -> Optional[tuple[str, str]]:
    """(ISO date, granularity) of a date expression, resolved against `reference` (YYYY-MM-DD)."""
    has_year = re.search(r"\b\d{4}\b", text)
    if reference is None and not re.search(r"\b(1[89]|2[01])\d\d\b", text):
        return None  # a day or month without a year needs the article's date, never today's
    value, period = _date_data(text, lang)
    if value is None:
        return None
    granularity = _GRANULARITY.get(period or "day", "day")
    if granularity == "day" and not re.search(r"\d", text):
        granularity = "month"
    if reference and granularity != "year" and not has_year:
        # Without a year, news means the nearest such day or month: "jusqu'au 25 janvier" in a
        # 12 January article is ahead, "en février" in an April article is behind.
        ref = datetime.fromisoformat(reference)
        options = []
        for year in (ref.year - 1, ref.year, ref.year + 1):
            try:
                options.append(value.replace(year=year))
            except ValueError:  # 29 February
                continue
        if not options:
            return None  # « 29 février » with no leap year near the article's date
        if granularity == "month":
            value = min(options, key=lambda d: (abs((d.year - ref.year) * 12 + d.month - ref.month), d))
        else:
            value = min(options, key=lambda d: (abs((d - ref).days), d))
    return value.strftime(_FORMATS[granularity]), granularity


def extract_dates(sentences: Iterable[Sentence], reference: Optional[str]) -> list[DateMention]:
    """Every date expression of the sentences, with its value and granularity."""
    out = []
    for sent in sentences:
        for s, e in candidates(sent.text, sent.lang):
            value = parse(sent.text[s:e], sent.lang, reference)
            if value is None:
                continue
            out.append(DateMention(sent.doc_id, sent.sent_id, sent.start + s, sent.start + e, sent.text[s:e], *value))
    return out


_DEICTIC = re.compile(r"(?i)\b(?:ce|cette|this|aujourd'hui|today)\s+(?:[a-zé]+\s+)?$")


def infer_published(attributions: list[Attribution], sentences: list[Sentence]) -> Optional[str]:
    """A publication date read from the text (None if it gives none).

    In order: a date the text calls "ce mardi 5 mars" / "this Tuesday" (the day of writing); the
    latest embedded post (posts precede the article that embeds them); the latest full date.
    """
    dated = []
    for a in attributions:
        if a.date_text:
            value = parse(a.date_text, "en" if re.match(r"[A-Z]", a.date_text) else "fr", None)
            if value and value[1] == "day":
                dated.append(value[0])
    # a date in a sentence about the future ("entrera en vigueur le 1er janvier 2027") is no anchor
    factual = [s for s in sentences if not s.prospective]
    full = [d.date for d in extract_dates(factual, None) if d.granularity == "day" and re.search(r"\d{4}", d.text)]
    anchor = max(dated) if dated else (max(full) if full else None)
    dateline = _stamped(sentences) or _dateline(sentences)
    if dateline is not None:
        return dateline
    for sent in sentences:
        for s, e in candidates(sent.text, sent.lang):
            if _DEICTIC.search(sent.text[max(0, s - 25):s]):
                value = parse(sent.text[s:e], sent.lang, anchor)
                if value and value[1] == "day":
                    return value[0]
    if anchor is None:
        return None
    return max([anchor] + _weekdays_after(anchor, sentences))


# A dateline opens the first paragraph of a dispatch: « Rennes, le vendredi 4 octobre 2024 – »,
# "ALÈS, France, June 19, 2025 —": a place, an optional region or country, the day of writing.
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][\w'.\- ]{1,40}?(?:\s*\([^)]{1,30}\))?,\s+(?:[A-Z][a-zà-ÿ]+,\s+)?"
    r"(?P<date>(?:le\s+)?(?:[a-zé]+\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
    r"(?=\s*(?:[–—-]|:|\.|,|$))")


def _stamped(sentences: list[Sentence]) -> Optional[str]:
    """The first date of a page's publication stamp near its head (« Publié le 12 mars 2025 à 18h04, mis à jour
    le 13 mars »: published on the 12th), if there is one."""
    # (with no publication stamp, an update stamp alone, « Mis à jour le 14/05/2025 à 16h45 », a live page's:
    # the article is of that day or shortly before, which its weekdays are read against better than none)
    for stamp in (_PUBLISHED, _UPDATED):
        for sent in sentences[:8]:
            if stamp.match(sent.text) and is_stamp(sent.text):
                for s, e in candidates(sent.text, sent.lang):
                    value = parse(sent.text[s:e], sent.lang, None)
                    if value and value[1] == "day":
                        return value[0]
    return None


#: A stamp that gives the publication, not an update (« Publié le », « Mis en ligne le », "Published").
_PUBLISHED = re.compile(r"(?i)\s*(?:publiée?|mise? en ligne|published)\b")
_UPDATED = re.compile(r"(?i)\s*(?:mise? à jour|modifiée?|actualisée?|updated)\b")


def _dateline(sentences: list[Sentence]) -> Optional[str]:
    """The date of a dateline at the head of the first body paragraph, if there is one."""
    body = [s for s in sentences[:6] if s.block == "body"][:2]
    for sent in body:
        m = _DATELINE.match(sent.text)
        if m:
            value = parse(m.group("date"), sent.lang, None)
            if value and value[1] == "day":
                return value[0]
    return None


def _weekdays_after(anchor: str, sentences: list[Sentence]) -> list[str]:
    # "Interrogée vendredi, la ministre…": a bare weekday in the article's own voice is a day of
    # the week it was written in, so it is on or after the latest dated event, within six days.
    names = resources.load("months")["weekdays"]
    index = {w.lower(): i for lang in names.values() for i, w in enumerate(lang)}
    pattern = re.compile(r"(?<![\w-])(" + "|".join(index) + r")(?![\w-])(?!\s+\d)", re.IGNORECASE)
    french = {w.lower() for w in names["fr"]}
    base = datetime.fromisoformat(anchor)
    out = []
    for sent in sentences:
        if sent.block != "body" or sent.prospective:
            continue
        for m in pattern.finditer(sent.text):
            if re.search(r"(?i)\b(?:du|au|chaque|tous les|from|every|each)\s+$", sent.text[:m.start()]) or \
                    re.match(r"(?i)\s+(?:prochain|next)\b", sent.text[m.end():]):
                continue  # "du lundi au dimanche", "mardi prochain": not the day of writing
            if m.group(1)[0].isupper() and m.group(1).lower() in french and m.start() > 0:
                continue  # a capitalised French weekday mid-sentence is a name ("Mardi gras")
            delta = (index[m.group(1).lower()] - base.weekday()) % 7
            out.append((base + timedelta(days=delta)).strftime("%Y-%m-%d"))
    return out
