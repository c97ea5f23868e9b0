"""The corpus loop: documents streamed through the per-document function, in order.

Three engines run the same `analyse_batch`: in this process (jobs=1), on N worker processes
(`jobs` > 1), or on a Dask cluster (`engine="dask"`). Each keeps a bounded window of batches in
flight and yields outcomes in corpus order, so memory stays flat in corpus size and every
engine gives the same tables. Cache lookups and writes happen here, in the driving process:
workers only see documents that need analysing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from .cache import DocumentCache, document_key
from .errors import MediakitError
from .io.tables import result_rows
from .tag.actors import ActorEntry
from .text import lang as langid
from .types import RawDocument, Skipped

ENGINES = ("local", "dask")
#: Languages a document's main language is screened against, beyond those the run accepts:
#: without them a German article screened among French and English only comes out as one of
#: the two and would be tagged by the wrong model.
SCREEN_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl")
#: A document is skipped as foreign only when its language is this clear (lingua's relative
#: confidence on up to SCREEN_CHARS characters); mixed documents are left to the analysis.
SCREEN_CONFIDENCE = 0.7
SCREEN_CHARS = 5000
#: Shorter documents are not screened: a few words do not reveal a language reliably.
SCREEN_MIN_WORDS = 20
#: Documents per task sent to a worker (parsed together: spaCy is faster on many texts at
#: once), and tasks in flight per worker.
BATCH = 16
WINDOW = 3

#: ("rows", rows per table, {lang: spaCy model}) or ("skip", reason, {}).
Outcome = tuple


@dataclass(frozen=True)
class Settings:
    """What every document of a run is analysed with (sent once to each worker)."""

    gazetteer: tuple[ActorEntry, ...] = ()
    languages: tuple[str, ...] = langid.DEFAULT_LANGUAGES


def foreign_language(text: str, languages: tuple[str, ...]) -> Optional[str]:
    """Why a document is skipped for its language (main language not among `languages`), or None."""
    sample = text[:SCREEN_CHARS]
    if len(sample.split()) < SCREEN_MIN_WORDS:
        return None
    screen = tuple(sorted(set(SCREEN_LANGUAGES) | set(languages)))
    found, confidence = langid.detect(sample, screen)
    if found in languages or found == "und" or confidence < SCREEN_CONFIDENCE:
        return None
    return f"main language {found} is not among --languages {','.join(languages)}"


def analyse_batch(raws: list[RawDocument], settings: Settings) -> list[Outcome]:
    """Outcomes of a batch of documents, in order (the unit of work sent to workers); the
    documents not skipped for their language are parsed together."""
    from .document import process_documents
    from .text.nlp import describe

    outcomes: list[Optional[Outcome]] = [None] * len(raws)
    todo = []
    for k, raw in enumerate(raws):
        reason = foreign_language(raw.text, settings.languages)
        if reason:
            outcomes[k] = ("skip", reason, {})
        else:
            todo.append(k)
    results = process_documents([raws[k] for k in todo], gazetteer=settings.gazetteer, languages=settings.languages)
    for k, result in zip(todo, results):
        if result is None:
            outcomes[k] = ("skip", "empty after normalization", {})
        else:
            models = {lg: describe(lg) for lg in sorted({s.lang for s in result.sentences})}
            outcomes[k] = ("rows", result_rows(result), models)
    return outcomes  # type: ignore[return-value]


_WORKER_SETTINGS: Optional[Settings] = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    from .text.nlp import freeze_after_load

    freeze_after_load()  # a worker process is mediakit's own


def _worker_batch(raws: list[RawDocument]) -> list[Outcome]:
    return analyse_batch(raws, _WORKER_SETTINGS)


def run(items: Iterable[Union[RawDocument, Skipped]], settings: Settings, *, salt: str, jobs: int = 1,
        cache: Optional[DocumentCache] = None, engine: str = "local", scheduler: Optional[str] = None,
        stats: Optional[dict] = None) -> Iterator[tuple[Union[RawDocument, Skipped], Optional[Outcome], str]]:
    """(item, outcome, key) for every item in corpus order; outcome None for a loader's Skipped."""
    if engine not in ENGINES:
        raise MediakitError("--engine", f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    stats = stats if stats is not None else {}
    stats.update(hits=0, misses=0)
    if engine == "dask":
        submit, close = _dask(settings, scheduler)
        width = 2 * WINDOW * _dask_workers(submit)
    else:
        submit, close, width = None, (lambda: None), 1
    pending: deque = deque()
    try:
        for chunk in _chunks(items, BATCH):
            if jobs > 1 and submit is None and len(chunk) == BATCH:  # (the dask engine has its submit already)
                # workers only once a batch is full: a corpus smaller than one batch is analysed here, without
                # starting processes that would each load the models (the tables are the same either way)
                submit, close = _pool(settings, jobs)
                width = WINDOW * jobs
            keyed = [(item, document_key(item, salt) if isinstance(item, RawDocument) else "") for item in chunk]
            known = {key: cache.get(key) for item, key in keyed if key and cache is not None}
            misses = [item for item, key in keyed if key and known.get(key) is None]
            stats["hits"] += sum(1 for v in known.values() if v is not None)
            stats["misses"] += len(misses)
            if submit is None:
                future = _Done(analyse_batch(misses, settings)) if misses else None
            else:
                future = submit(misses) if misses else None
            pending.append((keyed, known, future))
            while len(pending) > width or (submit is None and pending):
                yield from _settle(pending.popleft(), cache)
        while pending:
            yield from _settle(pending.popleft(), cache)
    finally:
        close()


def _settle(entry, cache: Optional[DocumentCache]):
    keyed, known, future = entry
    try:
        fresh = iter(future.result() if future is not None else [])
    except BrokenProcessPool as exc:
        first = next((item.source for item, key in keyed if key and known.get(key) is None), "--jobs")
        raise MediakitError(first, "a worker process died while analysing this batch (out of memory?)") from exc
    for item, key in keyed:
        if not key:
            yield item, None, key
            continue
        outcome = known.get(key)
        if outcome is None:
            outcome = next(fresh)
            if cache is not None:
                cache.put(key, outcome)
        yield item, outcome, key


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def start_context():
    """The multiprocessing context for worker processes: fork starts workers instantly and shares the imported
    modules (the models already loaded), but forking a process that runs other threads (a Jupyter kernel, a
    progress bar) can deadlock a child: spawn there."""
    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def _pool(settings: Settings, jobs: int):
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=start_context(), initializer=_init_worker,
                               initargs=(settings,))

    def close() -> None:
        pool.shutdown(wait=True, cancel_futures=True)

    return (lambda raws: pool.submit(_worker_batch, raws)), close


def _dask(settings: Settings, scheduler: Optional[str]):
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional engine; the message says how to get it
        raise MediakitError("--engine dask", "needs the packages dask and distributed (pip install 'dask[dataframe]' distributed)") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
    except OSError as exc:
        raise MediakitError(scheduler or "LocalCluster", f"cannot reach a Dask scheduler ({exc})") from exc
    remote = client.scatter(settings, broadcast=True)

    def submit(raws):
        return client.submit(analyse_batch, raws, remote, pure=False)

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    submit.client = client
    return submit, close


def _dask_workers(submit) -> int:
    return max(1, len(submit.client.scheduler_info().get("workers", {})))


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def progress_bar(total: Optional[int], enabled: bool):
    """A tqdm bar on stderr (docs/s and ETA), shown only for runs longer than a second."""
    from tqdm import tqdm

    return tqdm(total=total, desc="analysing", unit="doc", file=sys.stderr, disable=not enabled, delay=1.0,
                smoothing=0.1)
