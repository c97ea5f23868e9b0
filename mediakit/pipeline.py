"""The per-document function and the corpus loop that turns raw documents into tables."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional, Union

import pandas as pd

from . import __version__, resources
from .analyses.claims import extract_claims
from .analyses.conflicts import extract_relations
from .analyses.sentiment import document_tone, tone_quotes, tone_sentences
from .analysis import Analysis
from .io.corpus import Corpus, load_corpus
from .tag.actors import ActorEntry, extract_mentions, load_actor_file
from .tag.amounts import extract_amounts
from .tag.dates import extract_dates, infer_published
from .tag.quotes import extract_quotes
from .text.lang import DEFAULT_LANGUAGES, check_languages
from .text.nlp import describe
from .text.normalize import normalize_text
from .text.segment import segment
from .text.segment import sentences as split_sentences
from .types import DocumentResult, RawDocument, Skipped

_WORDS = re.compile(r"\w+(?:['-]\w+)*")


def process_document(raw: RawDocument, *, gazetteer: Iterable[ActorEntry] = (),
                     languages: tuple[str, ...] = DEFAULT_LANGUAGES) -> Optional[DocumentResult]:
    """Normalize, segment and tag one document; None if nothing is left after normalization."""
    text = normalize_text(raw.text)
    if not text.strip():
        return None
    parsed, attributions, main_lang, prior = segment(text, languages)
    sents = split_sentences(raw.doc_id, text, parsed, languages, prior)
    tones = tone_sentences(sents, parsed)
    published, inferred = raw.published, False
    if published is None:
        published = infer_published(attributions, sents)
        inferred = published is not None
    dates = extract_dates(sents, published)
    amounts = extract_amounts(sents)
    blocked = [(d.start, d.end) for d in dates] + [(a.start, a.end) for a in amounts]
    mentions = extract_mentions(raw.doc_id, text, parsed, sents, attributions, gazetteer, blocked)
    quotes = extract_quotes(raw.doc_id, text, parsed, sents, mentions, attributions, prior, languages)
    quotes = tone_quotes(quotes, sents)
    # ids for the rows a claim points at (claims.amount_ids, claims.date_ids)
    dates = [replace(d, date_id=f"{raw.doc_id}#d{n}") for n, d in enumerate(dates, 1)]
    amounts = [replace(a, amount_id=f"{raw.doc_id}#a{n}") for n, a in enumerate(amounts, 1)]
    claims = extract_claims(raw.doc_id, text, parsed, sents, mentions, quotes, dates, amounts)
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
        **document_tone(tones),
    }
    relations = list(extract_relations(raw.doc_id, parsed, sents, mentions, quotes, dates))
    return DocumentResult(document, sents, mentions, quotes, dates, amounts, relations, claims)


def _title(text: str, parsed) -> str:
    first = parsed[0].para
    line = text[first.start:first.end]
    if first.block == "heading":
        return line.lstrip("# ").strip()
    return line if len(line) <= 120 else line[:119].rsplit(" ", 1)[0] + "…"


def analyze(source: Union[str, Path, pd.DataFrame, Corpus], *, actors: Union[str, Path, None] = None,
            languages: tuple[str, ...] = DEFAULT_LANGUAGES, cache_dir: Union[str, Path, None] = None,
            progress: bool = False) -> Analysis:
    """Load (if needed) and analyse a corpus; the result holds every table of the output contract."""
    t0 = time.perf_counter()
    check_languages(tuple(languages))
    corpus = source if isinstance(source, Corpus) else load_corpus(source)
    actor_path = Path(actors) if actors else corpus.actors_file
    gazetteer = load_actor_file(actor_path) if actor_path else []
    key = _cache_key(corpus, actor_path, languages)
    cached = Path(cache_dir) / key if cache_dir else None
    if cached is not None and (cached / "manifest.json").is_file():
        analysis = Analysis.load(cached)
        analysis.corpus_path = corpus.path
        return analysis
    t1 = time.perf_counter()
    results: list[DocumentResult] = []
    skipped = list(corpus.skipped)
    docs = corpus.documents
    bar = None
    if progress and len(docs) > 3:
        from tqdm import tqdm

        bar = tqdm(total=len(docs), desc="analysing", unit="doc", file=sys.stderr)
    for raw in docs:
        result = process_document(raw, gazetteer=gazetteer, languages=languages)
        if result is None:
            skipped.append(Skipped(raw.source, "empty after normalization"))
        else:
            results.append(result)
        if bar:
            bar.update()
    if bar:
        bar.close()
    t2 = time.perf_counter()
    manifest = {
        "mediakit_version": __version__,
        "corpus_fingerprint": key,
        "actors_file": actor_path.name if actor_path else None,
        "languages": list(languages),
        # the spaCy pipeline that tagged each language found in the corpus (text/nlp.py decides)
        "spacy_models": {lg: describe(lg) for lg in sorted({s.lang for r in results for s in r.sentences})},
        "n_documents": len(results),
        "skipped": [{"source": s.source, "reason": s.reason} for s in skipped],
        "n_skipped": len(skipped),
        "timings_s": {"load": round(t1 - t0, 3), "analyze": round(t2 - t1, 3)},
    }
    analysis = Analysis.from_results(results, manifest)
    if cached is not None:
        analysis.save(cached)
    analysis.corpus_path = corpus.path
    return analysis


def _cache_key(corpus: Corpus, actor_path: Optional[Path], languages) -> str:
    h = hashlib.sha256()
    h.update(json.dumps([__version__, resources.fingerprint(), list(languages)]).encode())
    if actor_path:
        h.update(actor_path.read_bytes())
    for d in corpus.documents:
        h.update(json.dumps([d.doc_id, d.source, d.title, d.published, d.text]).encode())
    for s in corpus.skipped:
        h.update(json.dumps([s.source, s.reason]).encode())
    return h.hexdigest()[:20]
