"""Corpus-scale throughput: bare spaCy, mediakit --jobs 1 and --jobs N, the cache, Dask; peak memory.

Corpora of 100, 1,000 and 10,000 documents (`--quick`: 100 and 1,000) are built from seeds/ and
the test articles under tests/data: each document shuffles the body paragraphs of one article and renames its
two-word names deterministically, so no two documents are alike and nothing is trivially cached.
Every measure runs in a fresh process (the CLI, or this script with --bare); peak RSS is that
process's largest resident set (resource.getrusage of the children of a fresh wrapper; with
--jobs N it is the largest single process, workers included). Corpora larger than --full-up-to
(1,000) run bare spaCy, --jobs N and its cache re-run only, to keep the 10,000 size within an hour.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"\b([A-ZÉ][a-zéèëï]+) ([A-ZÉ][a-zéèëï]{2,})\b")
FIRST = ["Claire", "Marc", "Nadia", "Paul", "Inès", "Hugo", "Léa", "Omar", "Julie", "Yann", "Sarah", "Tom"]
LAST = ["Morel", "Garnier", "Faure", "Roussel", "Blanc", "Guérin", "Muller", "Henry", "Perrin", "Leroy",
        "Mercier", "Dupuis", "Lambert", "Fontaine", "Chevalier", "Robin"]


def sources() -> list[str]:
    """The articles documents are varied from: the seed and every test article (about 170, so the
    vocabulary is a real corpus's; four articles repeated let spaCy's lemmatizer answer from its cache)."""
    data = ROOT / "tests" / "data"
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        p for p in data.rglob("*.txt") if "corpora" not in p.relative_to(data).parts and p.name not in ("first_score.txt", "README_NOTE.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def vary(text: str, i: int) -> str:
    """Document i: the title kept, body paragraphs shuffled, two-word names renamed (all seeded by i)."""
    rng = random.Random(i)
    lines = text.split("\n")
    title, body = lines[0], [ln for ln in lines[1:] if ln.strip()]
    rng.shuffle(body)
    names: dict[str, str] = {}

    def rename(m: re.Match) -> str:
        if m.group(0) not in names:
            names[m.group(0)] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return names[m.group(0)]

    return "\n".join([f"{title} ({i})"] + [_NAME.sub(rename, p) for p in body])


def build(folder: Path, n: int) -> int:
    """Write n varied documents into folder; return the word count."""
    folder.mkdir(parents=True)
    texts, words = sources(), 0
    for i in range(n):
        text = vary(texts[i % len(texts)], i)
        words += len(text.split())
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
    return words


def measure(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS MiB) of a command run under a fresh wrapper process."""
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
               "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"throughput: {' '.join(cmd[:4])} … failed:\n{out.stderr[-2000:]}")
    seconds, kib = out.stdout.split()[-2:]
    return float(seconds), int(kib) / 1024


def bare(folder: Path, stock: bool = False) -> None:
    """Run the French model's nlp.pipe alone over the paragraphs of folder (a measured child): the
    pipeline mediakit loads (its repairs, its lemmatizer word lists as sets), or with `stock` the
    model as spacy.load gives it."""
    from mediakit.text.nlp import MODELS, pipeline
    from mediakit.text.normalize import normalize_text

    if stock:
        import spacy

        nlp = spacy.load(MODELS["fr"][0])
    else:
        nlp = pipeline("fr")
    paras = (p for f in sorted(folder.glob("*.txt")) for p in normalize_text(f.read_text(encoding="utf-8")).split("\n")
             if p.strip())
    for _ in nlp.pipe(paras, batch_size=64):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 documents only")
    parser.add_argument("--sizes", type=lambda v: [int(x) for x in v.split(",")], help="corpus sizes (comma-separated)")
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--full-up-to", type=int, default=1000,
                        help="larger corpora run only bare spaCy, --jobs N and its cache re-run (time)")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stock", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        return bare(args.bare, args.stock)
    sizes = args.sizes or ([100, 1000] if args.quick else [100, 1000, 10000])
    cli = [sys.executable, "-m", "mediakit.cli", "analyze"]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; load average {os.getloadavg()[0]:.1f}")
    # two baselines: the stock model as spacy.load gives it, and the pipeline mediakit loads (the
    # same model with its repairs and faster lemmatizer look-ups); "vs spaCy" is against the second,
    # the stricter, so the ratio measures what mediakit adds outside spaCy
    header = (f"{'docs':>6} {'words':>8} {'measure':<22} {'seconds':>8} {'words/s':>8} {'vs spaCy':>8} "
              f"{'vs stock':>8} {'peak MiB':>9}")
    print(header)
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="mk-throughput-") as scratch:
        tmp = Path(scratch)
        for n in sizes:
            corpus = tmp / f"c{n}"
            words = build(corpus, n)
            cache = tmp / f"cache{n}"
            out = ["--out", str(tmp / "o"), "--quiet"]
            jobs_n = f"mediakit --jobs {args.jobs}"
            runs = [("spaCy stock model", [sys.executable, __file__, "--bare", str(corpus), "--stock"]),
                    ("spaCy nlp.pipe only", [sys.executable, __file__, "--bare", str(corpus)])]
            if n <= args.full_up_to:
                runs += [("mediakit --jobs 1", cli + [str(corpus), *out, "--jobs", "1", "--cache", str(cache)]),
                         ("cache re-run --jobs 1", cli + [str(corpus), *out, "--jobs", "1", "--cache", str(cache)]),
                         (jobs_n, cli + [str(corpus), *out, "--jobs", str(args.jobs)])]
                if not args.no_dask:
                    runs.append(("dask, 2 workers", cli + [str(corpus), *out, "--engine", "dask"]))
            else:
                runs += [(jobs_n, cli + [str(corpus), *out, "--jobs", str(args.jobs), "--cache", str(cache)]),
                         (f"cache re-run --jobs {args.jobs}", cli + [str(corpus), *out, "--jobs", str(args.jobs),
                                                                    "--cache", str(cache)])]
            results[n] = {}
            for label, cmd in runs:
                seconds, peak = measure(cmd)
                rate = words / seconds
                results[n][label] = rate
                base = results[n].get("spaCy nlp.pipe only")
                stock = results[n]["spaCy stock model"]
                versus = f"{rate / base:8.2f}" if base else f"{'-':>8}"
                print(f"{n:6d} {words:8d} {label:<22} {seconds:8.1f} {rate:8.0f} {versus} {rate / stock:8.2f} "
                      f"{peak:9.0f}", flush=True)
            shutil.rmtree(corpus)
            shutil.rmtree(cache)
            first_label = "mediakit --jobs 1" if n <= args.full_up_to else jobs_n
            again_label = "cache re-run --jobs 1" if n <= args.full_up_to else f"cache re-run --jobs {args.jobs}"
            first, again = results[n][first_label], results[n][again_label]
            line = f"{'':6} cache re-run {again / first:.1f}x faster than the first run ({first_label})"
            if n <= args.full_up_to:
                line += f"; --jobs {args.jobs} {results[n][jobs_n] / first:.2f}x --jobs 1"
            print(line, flush=True)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        label = f"mediakit --jobs {args.jobs}"
        growth = results[large][label] / results[small][label]
        print(f"words/s of {label} at {large} documents / at {small}: {growth:.2f} (1.0 = time linear in corpus size)")


if __name__ == "__main__":
    main()
