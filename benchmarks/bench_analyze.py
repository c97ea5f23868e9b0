"""Throughput of mediakit.analyze against a baseline measured in the same run.

Baseline: spaCy's French model (mediakit.text.nlp.MODELS, fr_core_news_md) alone (nlp.pipe over the same paragraphs), the floor any
spaCy-based tagger pays. The corpus is the seed and the test articles replicated N times under
new ids. Prints words/s for both, the ratio, and peak memory (tracemalloc) of the analysis.
Then a document-length series: one document of 1,000 to 100,000 words from varied paragraphs,
mediakit's time against bare spaCy's on the same text in the same run, and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
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
    parser.add_argument("--sizes", type=lambda v: [int(x) for x in v.split(",")], default=[1000, 5000, 20000, 100000],
                        help="words per document in the length series (comma-separated)")
    parser.add_argument("--no-series", action="store_true", help="skip the document-length series")
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

    if not args.no_series:
        length_series(nlp, args.sizes)


def long_document(words: int) -> str:
    """One document of about `words` words: varied paragraphs of the test articles, in a fixed order."""
    paras = []
    for folder in ("articles", "heldout", "heldout2", "heldout3"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.txt")):
            paras += [p for p in path.read_text(encoding="utf-8").splitlines()[1:] if len(p.split()) > 8]
    rng = random.Random(13)
    out, n = ["Un long document"], 0
    while n < words:
        p = rng.choice(paras)
        out.append(p)
        n += len(p.split())
    return "\n".join(out)


def length_series(nlp, sizes: list[int]) -> None:
    """Time and peak memory of one document of growing length, against bare spaCy on the same text."""
    print()
    print(f"{'words':>8} {'spaCy s':>8} {'mediakit s':>11} {'ratio':>6} {'peak MiB':>9}")
    for size in sizes:
        text = long_document(size)
        words = len(text.split())
        paras = [p for p in normalize_text(text).split("\n") if p.strip()]
        t0 = time.perf_counter()
        for _ in nlp.pipe(paras, batch_size=64):
            pass
        base = time.perf_counter() - t0
        frame = pd.DataFrame({"id": ["long"], "text": [text]})
        t0 = time.perf_counter()
        mk.analyze(frame)
        full = time.perf_counter() - t0
        # peak resident memory of a fresh process analysing the same document (models included)
        peak = _peak_rss_of_fresh_run(text)
        print(f"{words:8d} {base:8.2f} {full:11.2f} {base / full:6.2f} {peak:9.0f}", flush=True)


def _peak_rss_of_fresh_run(text: str) -> float:
    code = ("import sys, resource, pandas as pd, mediakit as mk; "
            "mk.analyze(pd.DataFrame({'id': ['long'], 'text': [sys.stdin.read()]})); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


if __name__ == "__main__":
    main()
