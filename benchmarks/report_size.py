"""Size and build time of the HTML reports of a large corpus (default 300 documents).

The corpus is made from the seed and the test articles, their body paragraphs shuffled with a
fixed seed so that no two documents are the same. Prints the time of `build_reports` and the
size of each page.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from mediakit.report import build_reports

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("seeds", "tests/data/articles", "tests/data/heldout", "tests/data/heldout2", "tests/data/heldout3",
           "tests/data/press")


def make_corpus(folder: Path, n: int) -> int:
    """Write `n` articles into `folder`; returns their word count."""
    texts = [p.read_text(encoding="utf-8") for f in FOLDERS for p in sorted((ROOT / f).glob("*.txt"))]
    rng = random.Random(300)
    words = 0
    for i in range(n):
        lines = texts[i % len(texts)].splitlines()
        head, body = lines[:1], lines[1:]
        if i >= len(texts):
            rng.shuffle(body)
        text = "\n".join(head + body) + "\n"
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        words = make_corpus(corpus, args.documents)
        t0 = time.perf_counter()
        index = build_reports(corpus, Path(tmp) / "reports", progress=False)
        elapsed = time.perf_counter() - t0
        print(f"{args.documents} documents ({words} words): reports built in {elapsed:.0f} s")
        for page in sorted(index.parent.glob("*.html")):
            print(f"  {page.name:28s} {page.stat().st_size / 2**20:6.1f} MiB")


if __name__ == "__main__":
    main()
