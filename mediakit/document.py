"""The per-document function: normalize, segment, parse and tag documents into `DocumentResult`s.

Apart from the corpus loop (`pipeline`) because it imports spaCy and every tagger: a run whose
documents all come from the cache never needs them, and importing spaCy alone takes 0.7 s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from .analyses.claims import extract_claims
from .analyses.conflicts import extract_relations
from .analyses.sentiment import document_tone, parse_alone, texts_to_parse_alone, tone_quotes, tone_sentences
from .tag.actors import ActorEntry, extract_mentions
from .tag.amounts import extract_amounts
from .tag.dates import extract_dates, infer_published
from .tag.dates import forget as forget_dates
from .tag.quotes import extract_quotes
from .text import lang as langid
from .text.lang import DEFAULT_LANGUAGES
from .text.normalize import normalize_text
from .text.segment import Layout, layout, parse_layouts
from .text.segment import sentences as split_sentences
from .types import DocumentResult, RawDocument

_WORDS = re.compile(r"\w+(?:['-]\w+)*")


def process_document(raw: RawDocument, *, gazetteer: Iterable[ActorEntry] = (),
                     languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Optional[DocumentResult]:
    """Normalize, segment and tag one document; None if nothing is left after normalization."""
    return process_documents([raw], gazetteer=gazetteer, languages=languages)[0]


def process_documents(raws: list[RawDocument], *, gazetteer: Iterable[ActorEntry] = (),
                      languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> list[Optional[DocumentResult]]:
    """`process_document` for several documents, their paragraphs parsed together (one `nlp.pipe`
    per language); the results are those of one document at a time."""
    gazetteer = tuple(gazetteer)
    texts = [normalize_text(raw.text) for raw in raws]
    scopes = [langid.new_scope() for _ in raws]
    layouts = []
    for text, scope in zip(texts, scopes):
        langid.enter_scope(scope)
        layouts.append(layout(text, languages) if text.strip() else None)
    parses = iter(parse_layouts([lay for lay in layouts if lay is not None]))
    tagged: list[Optional[tuple[DocumentResult, list]]] = []
    for raw, text, lay, scope in zip(raws, texts, layouts, scopes):
        if lay is None:
            tagged.append(None)
            continue
        langid.enter_scope(scope)
        forget_dates()
        parsed = lay.attach(next(parses))
        tagged.append((_tag(raw, text, parsed, lay, gazetteer, languages), parsed))
    # The tone of a sentence or quote in another language than its paragraph needs a parse of its
    # own: those of every document are parsed together, as the paragraphs were.
    alone = parse_alone(key for t in tagged if t is not None
                        for key in texts_to_parse_alone(t[0].sentences, t[0].quotes, t[1]))
    return [None if t is None else _tone(*t, alone) for t in tagged]


def _tag(raw: RawDocument, text: str, parsed: list, lay: Layout, gazetteer: tuple[ActorEntry, ...],
         languages: tuple[str, ...]) -> DocumentResult:
    """Every table's records for one parsed document, but the tones (`_tone`: no tagger reads them)."""
    attributions, main_lang, prior = lay.attributions, lay.main_lang, lay.prior
    sents = split_sentences(raw.doc_id, text, parsed, languages, prior)
    published, inferred = raw.published, False
    if published is None:
        published = infer_published(attributions, sents)
        inferred = published is not None
    dates = extract_dates(sents, published)
    amounts = extract_amounts(sents)
    blocked = [(d.start, d.end) for d in dates] + [(a.start, a.end) for a in amounts]
    mentions = extract_mentions(raw.doc_id, text, parsed, sents, attributions, gazetteer, blocked)
    quotes = extract_quotes(raw.doc_id, text, parsed, sents, mentions, attributions, prior, languages)
    # ids for the rows a claim points at (claims.amount_ids, claims.date_ids)
    dates = [replace(d, date_id=f"{raw.doc_id}#d{n}") for n, d in enumerate(dates, 1)]
    amounts = [replace(a, amount_id=f"{raw.doc_id}#a{n}") for n, a in enumerate(amounts, 1)]
    claims = extract_claims(raw.doc_id, text, parsed, sents, mentions, quotes, dates, amounts, published)
    document = {
        "doc_id": raw.doc_id,
        "source": raw.source,
        "title": raw.title or _title(text, parsed),
        "lang": main_lang,
        "published": published,
        "published_inferred": inferred,
        "text": text,
        "n_sentences": len(sents),
        "n_words": len(_WORDS.findall(text)),
    }
    relations = list(extract_relations(raw.doc_id, parsed, sents, mentions, quotes, dates))
    return DocumentResult(document, sents, mentions, quotes, dates, amounts, relations, claims)


def _tone(result: DocumentResult, parsed: list, alone: dict) -> DocumentResult:
    """The document with the tone of its sentences, its quotes and its own (`alone`: `parse_alone`)."""
    tones = tone_sentences(result.sentences, parsed, alone)
    quotes = tone_quotes(result.quotes, result.sentences, parsed, alone)
    return replace(result, document={**result.document, **document_tone(tones)}, quotes=quotes)


def _title(text: str, parsed) -> str:
    first = parsed[0].para
    line = text[first.start:first.end]
    if first.block == "heading":
        return line.lstrip("# ").strip()
    return line if len(line) <= 120 else line[:119].rsplit(" ", 1)[0] + "…"
