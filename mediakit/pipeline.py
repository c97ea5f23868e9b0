"""The corpus loop that turns raw documents into tables (the per-document function is in `document`)."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Optional, Union

import pandas as pd

from . import __version__
from .analyses.network import build_graph, write_graphml
from .analysis import FORMATS, Analysis, read_csv_table
from .cache import DocumentCache, run_salt
from .errors import MediakitError
from .io.corpus import Corpus, CorpusStream, stream_corpus
from .io.outdir import check_output, staged
from .io.tables import TableWriter
from .tag.actors import load_actor_file
from .text.lang import DEFAULT_LANGUAGES, check_languages
from .types import TABLES, Skipped


def __getattr__(name: str):
    # `process_document(s)` live in `document`, which imports spaCy: loaded on first use, so that
    # a run served entirely from the cache never imports it.
    if name in ("process_document", "process_documents"):
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
