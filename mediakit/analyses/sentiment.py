"""Sentence tone: textblob-fr (French) and TextBlob (English) word scores under news rules.

The libraries' own scores stay available (`polarity_raw`, `subjectivity_raw`); `polarity` and
`tone` come from `sentiment_rules` (negation scope, news vocabulary, intensifiers, contrast,
questions and conditionals). Languages without an analyzer get analyzer "none" and a neutral
tone: a French lexicon never scores foreign text.
"""

from __future__ import annotations

import bisect

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence, Union

from spacy.tokens import Doc

from ..text.nlp import pipeline
from ..text.normalize import normalize_text
from ..types import Quote, Sentence
from .sentiment_library import library_score
from .sentiment_rules import rule_score

if TYPE_CHECKING:
    from spacy.tokens import Span

#: |polarity| at or below this is neutral: the raw libraries' band (first_score.txt), and the
#: default for a language without its own band.
NEUTRAL_BAND = 0.1
#: Per analyzer, chosen by 5-fold cross-validation on tests/data/sentiment/sentences_tune.tsv (the
#: band that fits four folds, scored on the fifth: out-of-fold accuracy 0.694 with one band for
#: both languages, 0.725 with one per language). Checked again on sentences_tune.tsv and
#: sentences_tune2.tsv together (310 sentences, bands 0-0.4 by 0.02, folds shuffled with seed 0):
#: every fold picks 0.1 for French and four of five 0.16 for English (out-of-fold accuracy 0.865).
#: With sentences_tune3.tsv too (460 sentences): the same picks (out-of-fold accuracy 0.891).
#: French: one mild news word (0.3) alone makes a sentence polar, a library word of ±0.1 does not.
#: English: TextBlob scores many plain posts ±0.1-0.15 ("right now", "pretty thin"), so its band is wider.
NEUTRAL_BANDS = {"fr": 0.1, "en": 0.16}
#: Languages with an analyzer.
ANALYZED = ("fr", "en")


@dataclass(frozen=True)
class Tone:
    """The tone of one sentence (or any span): mediakit's and the library's own scores."""

    polarity: Optional[float]
    subjectivity: Optional[float]
    tone: str
    analyzer: str
    polarity_raw: Optional[float]
    subjectivity_raw: Optional[float]
    mass: tuple[float, float] = (0.0, 0.0)  # polar words' (weighted sum, weight), pooled by documents


#: The tone of text in a language without an analyzer.
NO_ANALYZER = Tone(None, None, "neutral", "none", None, None)
#: In a document, the last sentence weighs this many times the first (linear in between): the
#: verdict of a text comes last (Pang, Lee & Vaithyanathan 2002 found the last quarter of a
#: review the most telling); 4 was chosen on tests/data/sentiment/opinions.tsv.
LAST_SENTENCE_WEIGHT = 4.0


def score(text: str, lang: str) -> tuple[Optional[float], Optional[float], str]:
    """The library's own (polarity -1..1, subjectivity 0..1, analyzer name); None where no analyzer fits."""
    found = library_score(text, lang)  # PatternAnalyzer().analyze(text), to the bit
    if found is None:
        return None, None, "none"
    polarity, subjectivity = float(found[0]), float(found[1])
    return round(polarity, 4), round(subjectivity, 4), f"textblob-{lang}"


def tone(polarity: Optional[float], lang: Optional[str] = None) -> str:
    """negative, neutral or positive (outside the neutral band of `lang`'s analyzer)."""
    if polarity is None or abs(polarity) <= NEUTRAL_BANDS.get(lang, NEUTRAL_BAND):
        return "neutral"
    return "positive" if polarity > 0 else "negative"


def span_tone(span: Union[Span, Doc], lang: str) -> Tone:
    """Tone of a parsed sentence in `lang` (the pipeline's path; `sentence_tone` parses first)."""
    tokens = list(span)  # made once for the text and the rules: spaCy's Span.text makes them again
    text = "".join(t.text_with_ws for t in tokens)
    if tokens and tokens[-1].whitespace_ and not isinstance(span, Doc):
        text = text[:-1]  # (Span.text drops its last word's trailing space; Doc.text keeps it)
    raw_pol, raw_subj, analyzer = score(text, lang)
    rules = rule_score(span, lang, tokens=tokens, text=text) if analyzer != "none" else None
    if rules is None:
        return NO_ANALYZER
    # Subjectivity stays the library's: the rules change what a sentence says, not how opinionated it is.
    return Tone(rules.polarity, raw_subj, tone(rules.polarity, lang), analyzer, raw_pol, raw_subj,
                (rules.total, rules.weight))


def sentence_tone(text: str, lang: str, alone: Optional[Mapping[tuple[str, str], Doc]] = None) -> Tone:
    """Tone of one sentence in `lang`, parsed alone with the cached spaCy pipeline (or found
    already parsed in `alone`, as `parse_alone` gives it)."""
    if lang not in ANALYZED:
        return NO_ANALYZER
    text = normalize_text(text)
    doc = alone.get((text, lang)) if alone else None
    if doc is None:
        doc = next(iter(parse_alone([(text, lang)]).values()))
    return span_tone(doc, lang)


def parse_alone(requests: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Doc]:
    """The parse of each (normalized text, language) of `requests` in a language with an analyzer,
    one `nlp.pipe` per language: spaCy parses many short texts at once far faster than one by one."""
    by_lang: dict[str, list[str]] = {}
    for text, lang in dict.fromkeys(requests):
        if lang in ANALYZED:
            by_lang.setdefault(lang, []).append(text)
    out = {}
    for lang, texts in by_lang.items():
        nlp = pipeline(lang)
        # The rules read tokens, tags, morphology and the parse, never entities: the recognizer is skipped.
        for text, doc in zip(texts, nlp.pipe(texts, disable=[p for p in ("ner",) if p in nlp.pipe_names])):
            out[(text, lang)] = doc
    return out


def texts_to_parse_alone(sentences: Sequence[Sentence], quotes: Sequence[Quote],
                         parsed: Sequence) -> list[tuple[str, str]]:
    """The (normalized text, language) that `tone_sentences` and `tone_quotes` parse alone: sentences
    and quotes in another language than their paragraph's parse, or not inside one. Gathered
    beforehand, they are parsed together (`parse_alone`); any missed is parsed when scored."""
    by_para = {pp.para.para_id: pp for pp in parsed}
    out = [(s.text, s.lang) for s in sentences if (pp := by_para.get(s.para_id)) is None or pp.lang != s.lang]
    paragraphs = sorted(parsed, key=lambda pp: pp.start)
    para_starts = [pp.start for pp in paragraphs]
    for q in quotes:
        i = bisect.bisect_right(para_starts, q.start) - 1
        pp = paragraphs[i] if i >= 0 else None
        if pp is None or pp.lang != q.lang or q.end > pp.para.end or not pp.doc.has_annotation("DEP"):
            out.append((q.text, q.lang))
    return [(normalize_text(text), lang) for text, lang in out if lang in ANALYZED]


def document_tone(tones: Sequence[Tone]) -> dict:
    """A document's polarity (its sentences' polar words pooled, later ones weighing more) and subjectivity."""
    scored = [t for t in tones if t.polarity is not None]
    if not scored:
        return {"polarity": None, "subjectivity": None}
    n = len(scored)
    position = [1 + (LAST_SENTENCE_WEIGHT - 1) * k / max(n - 1, 1) for k in range(n)]
    weight = sum(t.mass[1] * w for t, w in zip(scored, position))
    polarity = sum(t.mass[0] * w for t, w in zip(scored, position)) / weight if weight else 0.0
    return {"polarity": round(polarity, 4),
            "subjectivity": round(sum(t.subjectivity for t in scored) / n, 4)}


def text_polarity(text: str, lang: str) -> Optional[float]:
    """Polarity of a whole text: its sentences scored by the rules, pooled as for documents."""
    if lang not in ANALYZED:
        return None
    doc = pipeline(lang)(normalize_text(text))
    return document_tone([span_tone(sent, lang) for sent in doc.sents])["polarity"]


def tone_sentences(sentences: Sequence[Sentence], parsed: Sequence,
                   alone: Optional[Mapping[tuple[str, str], Doc]] = None) -> list[Tone]:
    """Score a document's sentences in place from their paragraphs' parses; returns their tones.
    `alone`: the parses of sentences in another language (`parse_alone`), else parsed here."""
    by_para = {pp.para.para_id: pp for pp in parsed}
    tones = []
    for s in sentences:
        pp = by_para.get(s.para_id)
        span = None
        if pp is not None and pp.lang == s.lang:
            span = pp.doc.char_span(s.start - pp.start, s.end - pp.start, alignment_mode="expand")
        # A sentence in another language than its paragraph's parse is parsed alone in its own.
        t = span_tone(span, s.lang) if span is not None else sentence_tone(s.text, s.lang, alone)
        s.polarity, s.subjectivity, s.tone, s.analyzer = t.polarity, t.subjectivity, t.tone, t.analyzer
        s.polarity_raw, s.subjectivity_raw = t.polarity_raw, t.subjectivity_raw
        tones.append(t)
    return tones


def tone_quotes(quotes: Sequence[Quote], sentences: Sequence[Sentence], parsed: Sequence = (),
                alone: Optional[Mapping[tuple[str, str], Doc]] = None) -> list[Quote]:
    """Quotes with the tone of their own words (the speaker's), and sentences marked own or reported
    voice. `alone`: as for `tone_sentences`."""
    spans = sorted((q.start, q.end) for q in quotes)
    starts = [a for a, _ in spans]
    reach = max((b - a for a, b in spans), default=0)  # quotes may not nest: look back by the longest one
    for s in sentences:
        lo = bisect.bisect_left(starts, s.start - reach)
        hi = bisect.bisect_left(starts, s.end)
        s.voice = "reported" if any(b > s.start for _, b in spans[lo:hi]) else "own"
    paragraphs = sorted(parsed, key=lambda pp: pp.start)
    para_starts = [pp.start for pp in paragraphs]
    out = []
    for q in quotes:
        # the quoted words inside their paragraph's parse when it is in their language: no second parse
        i = bisect.bisect_right(para_starts, q.start) - 1
        pp = paragraphs[i] if i >= 0 else None
        span = None
        if pp is not None and pp.lang == q.lang and q.end <= pp.para.end and pp.doc.has_annotation("DEP"):
            span = pp.doc.char_span(q.start - pp.start, q.end - pp.start, alignment_mode="expand")
        t = span_tone(span, q.lang) if span is not None and q.lang in ANALYZED else sentence_tone(q.text, q.lang, alone)
        out.append(replace(q, polarity=t.polarity, tone=t.tone))
    return out