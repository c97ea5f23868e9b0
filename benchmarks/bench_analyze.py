"""Throughput of mediakit.analyze against a baseline measured in the same run.

Baseline: spaCy's fr_core_news_sm alone (nlp.pipe over the same paragraphs), the floor any
spaCy-based tagger pays. The corpus is the seed and the test articles replicated N times under
new ids. Prints words/s for both, the ratio, and peak memory (tracemalloc) of the analysis.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import pandas as pd

import mediakit as mk
from mediakit.text.nlp import pipeline
from mediakit.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]


def corpus(copies: int) -> pd.DataFrame:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    rows = [{"id": f"d{i}-{j}", "text": t} for i in range(copies) for j, t in enumerate(texts)]
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    frame = corpus(args.copies)
    words = sum(len(t.split()) for t in frame["text"])
    nlp = pipeline("fr")
    paras = [p for t in frame["text"] for p in normalize_text(t).split("\n") if p.strip()]
    list(nlp.pipe(paras[:5]))  # warm-up: models, lexicons and detectors load once per process
    mk.analyze(frame.head(2))

    t0 = time.perf_counter()
    for _ in nlp.pipe(paras, batch_size=64):
        pass
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    analysis = mk.analyze(frame)
    full = time.perf_counter() - t0

    tracemalloc.start()  # a separate run: tracing slows Python code down
    mk.analyze(frame)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"documents            {len(frame)}  ({words} words)")
    print(f"spaCy nlp.pipe only  {words / base:8.0f} words/s  ({base:.2f} s)")
    print(f"mediakit.analyze     {words / full:8.0f} words/s  ({full:.2f} s)")
    print(f"ratio analyze/spaCy  {base / full:8.2f}  (1.0 = as fast as parsing alone)")
    print(f"peak Python memory   {peak / 2**20:8.1f} MiB during analyze")
    print(f"rows                 {analysis.manifest['rows']}")

    # One long document (the seed 64 times): per-document work must stay near-linear.
    long_text = "\n".join([frame["text"].iloc[0]] * 64)
    long_frame = pd.DataFrame({"id": ["long"], "text": [long_text]})
    long_words = len(long_text.split())
    long_paras = [p for p in normalize_text(long_text).split("\n") if p.strip()]
    t0 = time.perf_counter()
    for _ in nlp.pipe(long_paras, batch_size=64):
        pass
    base_long = time.perf_counter() - t0
    t0 = time.perf_counter()
    mk.analyze(long_frame)
    full_long = time.perf_counter() - t0
    print(f"one long document    {long_words} words: spaCy {long_words / base_long:.0f} words/s, "
          f"mediakit {long_words / full_long:.0f} words/s, ratio {base_long / full_long:.2f}")


if __name__ == "__main__":
    main()
