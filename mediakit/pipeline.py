"""The per-document function and the corpus loop that turns raw documents into tables."""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional, Union

import pandas as pd

from . import __version__
from .analyses.claims import extract_claims
from .analyses.conflicts import extract_relations
from .analyses.network import build_graph, write_graphml
from .analyses.sentiment import document_tone, tone_quotes, tone_sentences
from .analysis import FORMATS, Analysis, read_csv_table
from .cache import DocumentCache, run_salt
from .errors import MediakitError
from .io.corpus import Corpus, CorpusStream, stream_corpus
from .io.outdir import check_output, staged
from .io.tables import TableWriter
from .tag.actors import ActorEntry, extract_mentions, load_actor_file
from .tag.amounts import extract_amounts
from .tag.dates import extract_dates, infer_published
from .tag.dates import forget as forget_dates
from .tag.quotes import extract_quotes
from .text import lang as langid
from .text.lang import DEFAULT_LANGUAGES, check_languages
from .text.normalize import normalize_text
from .text.segment import Layout, layout, parse_layouts
from .text.segment import sentences as split_sentences
from .types import TABLES, DocumentResult, RawDocument, Skipped

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
    out: list[Optional[DocumentResult]] = []
    for raw, text, lay, scope in zip(raws, texts, layouts, scopes):
        if lay is None:
            out.append(None)
            continue
        langid.enter_scope(scope)
        forget_dates()
        out.append(_tag(raw, text, lay.attach(next(parses)), lay, gazetteer, languages))
    return out


def _tag(raw: RawDocument, text: str, parsed: list, lay: Layout, gazetteer: tuple[ActorEntry, ...],
         languages: tuple[str, ...]) -> DocumentResult:
    """Every table's records for one parsed document."""
    attributions, main_lang, prior = lay.attributions, lay.main_lang, lay.prior
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
    quotes = tone_quotes(quotes, sents, parsed)
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
            progress: bool = False, jobs: int = 1, engine: str = "local",
            scheduler: Optional[str] = None) -> Analysis:
    """Load (if needed) and analyse a corpus; the result holds every table of the output contract.

    The tables are built in memory from the per-document rows, exactly as before streaming
    existed: this API promises DataFrames, so they are held anyway, and building them directly
    keeps their dtypes (and the notebooks' outputs) as they were. `analyze_to` streams to disk
    with flat memory for corpora that do not fit.
    """
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}

    def collect(batch: dict[str, list[dict]]) -> None:
        for name, table_rows in batch.items():
            rows[name].extend(table_rows)

    stream, manifest = _drive(source, collect, actors=actors, languages=languages, cache_dir=cache_dir,
                              progress=progress, jobs=jobs, engine=engine, scheduler=scheduler)
    analysis = Analysis.from_rows(rows, manifest)
    analysis.corpus_path = stream.path
    return analysis


def analyze_to(source: Union[str, Path, pd.DataFrame, Corpus], out: Union[str, Path], *, format: str = "parquet",
               actors: Union[str, Path, None] = None, languages: tuple[str, ...] = DEFAULT_LANGUAGES,
               cache_dir: Union[str, Path, None] = None, progress: bool = False, jobs: int = 1,
               engine: str = "local", scheduler: Optional[str] = None) -> dict:
    """Analyse a corpus straight into an output folder (tables written in batches); returns the manifest.

    Memory stays flat in corpus size: documents are read, analysed and written a batch at a
    time. The folder is written under a temporary name and renamed at the end (all or nothing).
    """
    if format not in FORMATS:
        raise MediakitError(out, f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    stream = stream_corpus(source) if not isinstance(source, CorpusStream) else source
    out = check_output(Path(out), marker="manifest.json", source=stream.path)
    with staged(out) as tmp:
        writer = TableWriter(tmp, format)
        batch: dict[str, list[dict]] = {name: [] for name in TABLES}
        size = 0

        def collect(rows: dict[str, list[dict]]) -> None:
            nonlocal size
            for name, table_rows in rows.items():
                batch[name].extend(table_rows)
                size += len(table_rows)
            if size >= FLUSH_ROWS:
                flush()

        def flush() -> None:
            nonlocal size
            writer.write(batch)
            for name in batch:
                batch[name] = []
            size = 0

        try:
            _, manifest = _drive(stream, collect, actors=actors, languages=languages, cache_dir=cache_dir,
                                 progress=progress, jobs=jobs, engine=engine, scheduler=scheduler)
            flush()
            manifest["rows"] = writer.close()
        except BaseException:
            writer.abort()
            raise
        # the actor network beside the tables, from the two columns it needs (analyses/network.py)
        relations = _read_back(tmp, "relations", format)
        mentions = _read_back(tmp, "mentions", format, columns=["actor", "actor_type"])
        write_graphml(build_graph(relations.to_dict("records"), mentions.to_dict("records")), tmp / "network.graphml")
        manifest["format"] = format
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                           encoding="utf-8")
    return manifest


#: Rows buffered before a batch is written (a row group per table): about 5 MB of rows.
FLUSH_ROWS = 20_000


def _read_back(folder: Path, name: str, format: str, columns: Optional[list[str]] = None) -> pd.DataFrame:
    if format == "parquet":
        return pd.read_parquet(folder / f"{name}.parquet", columns=columns)
    return read_csv_table(name, folder / f"{name}.csv", columns)


def _drive(source, collect, *, actors, languages, cache_dir, progress, jobs, engine, scheduler):
    """Stream `source` through the engine, pass each document's rows to `collect`; return the manifest."""
    from .run import Settings, progress_bar, run

    t0 = time.perf_counter()
    languages = tuple(languages)
    check_languages(languages)
    stream = source if isinstance(source, CorpusStream) else stream_corpus(source)
    actor_path = Path(actors) if actors else stream.actors_file
    gazetteer = tuple(load_actor_file(actor_path)) if actor_path else ()
    salt = run_salt(languages, actor_path)
    cache = DocumentCache(cache_dir) if cache_dir else None
    settings = Settings(gazetteer=gazetteer, languages=languages)
    fingerprint = hashlib.sha256(salt.encode())
    skipped: list[Skipped] = []
    models: dict[str, str] = {}
    n_documents = 0
    stats: dict = {}
    bar = progress_bar(stream.size_hint, progress)
    try:
        for item, outcome, key in run(stream, settings, salt=salt, jobs=jobs, cache=cache, engine=engine,
                                      scheduler=scheduler, stats=stats):
            bar.update()
            if outcome is None:
                skipped.append(item)
                fingerprint.update(json.dumps([item.source, item.reason]).encode())
                continue
            fingerprint.update(key.encode())
            if outcome[0] == "skip":
                skipped.append(Skipped(item.source, outcome[1]))
                continue
            n_documents += 1
            models.update(outcome[2])
            collect(outcome[1])
    finally:
        bar.close()
    t1 = time.perf_counter()
    manifest = {
        "mediakit_version": __version__,
        "corpus_fingerprint": fingerprint.hexdigest()[:20],
        "actors_file": actor_path.name if actor_path else None,
        "languages": list(languages),
        # the spaCy pipeline that tagged each language found in the corpus (text/nlp.py decides)
        "spacy_models": dict(sorted(models.items())),
        "n_documents": n_documents,
        "skipped": [{"source": s.source, "reason": s.reason} for s in skipped],
        "n_skipped": len(skipped),
        "engine": engine if engine == "dask" else f"local, {max(1, jobs)} process(es)",
        "cache": {"hits": stats.get("hits", 0), "misses": stats.get("misses", 0)} if cache else None,
        "timings_s": {"analyze": round(t1 - t0, 3)},
    }
    return stream, manifest
