"""The `mediakit` command: thin commands with Path arguments that call the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .analysis import FORMATS
from .errors import MediakitError
from .text.lang import DEFAULT_LANGUAGES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mediakit", description="Analyse a corpus of news articles.")
    parser.add_argument("--version", action="version", version=f"mediakit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    a = sub.add_parser("analyze", help="tag a corpus and write the contract tables and manifest.json")
    a.add_argument("corpus", type=Path, help="folder, file (.txt .md .html .jsonl .csv .parquet)")
    a.add_argument("--out", type=Path, required=True, help="output folder (replaced as a whole)")
    a.add_argument("--format", choices=FORMATS, default="parquet")
    a.add_argument("--actors", type=Path, help="actor file (actors.yml/.toml); default: one beside the corpus")
    a.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES),
                   help="comma-separated ISO 639-1 codes the corpus may hold (default: %(default)s)")
    a.add_argument("--jobs", type=_positive, default=None,
                   help="worker processes (default: the number of cores)")
    a.add_argument("--cache", type=Path, help="per-document cache folder: unchanged documents are not re-analysed")
    a.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or Dask (a LocalCluster of 2 workers unless --scheduler)")
    a.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786); implies --engine dask")
    a.add_argument("--quiet", action="store_true", help="no progress bar or summary")

    c = sub.add_parser("claims", help="analyse a corpus and export its claims as schema.org ClaimReview JSON-LD")
    c.add_argument("corpus", type=Path)
    c.add_argument("--out", type=Path, required=True, help="the .jsonld file to write (replaced as a whole)")
    c.add_argument("--actors", type=Path, help="actor file (actors.yml/.toml); default: one beside the corpus")

    r = sub.add_parser("report", help="run every notebook on a corpus and write HTML reports")
    r.add_argument("corpus", type=Path)
    r.add_argument("--out", type=Path, required=True, help="report folder (replaced as a whole)")
    r.add_argument("--keep-code", action="store_true", help="show code cells in the HTML")
    r.add_argument("--cache", type=Path, help="per-document cache folder (default: $MEDIAKIT_CACHE or ~/.cache/mediakit)")
    r.add_argument("--no-cache", action="store_true", help="analyse every document again, store nothing")
    r.add_argument("--jobs", type=_positive, default=None, help="worker processes (default: the number of cores)")
    r.add_argument("--quiet", action="store_true")
    return parser


def _cores() -> int:
    from .run import default_jobs

    return default_jobs()


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the `mediakit` console script; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "claims":
            return _claims(args)
        return _report(args)
    except MediakitError as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mediakit: interrupted", file=sys.stderr)
        return 130


def _analyze(args) -> int:
    from .pipeline import analyze_to
    from .text.lang import check_languages
    from .text.nlp import freeze_after_load

    freeze_after_load()  # this process is mediakit's own (text/nlp.py says why)

    languages = tuple(code.strip().lower() for code in args.languages.split(",") if code.strip())
    check_languages(languages)
    engine = "dask" if args.scheduler else args.engine
    m = analyze_to(args.corpus, args.out, format=args.format, actors=args.actors, languages=languages,
                   cache_dir=args.cache, progress=not args.quiet, jobs=args.jobs or _cores(), engine=engine,
                   scheduler=args.scheduler)
    out = args.out
    if not args.quiet:
        rows = ", ".join(f"{k} {v}" for k, v in m["rows"].items())
        print(f"mediakit: {m['n_documents']} document(s), {m['n_skipped']} skipped; {rows} → {out}", file=sys.stderr)
        for s in m["skipped"]:
            print(f"mediakit: skipped {s['source']}: {s['reason']}", file=sys.stderr)
    return 0


def _claims(args) -> int:
    from .pipeline import analyze
    from .text.nlp import freeze_after_load

    freeze_after_load()  # this process is mediakit's own (text/nlp.py says why)

    if not args.out.parent.is_dir():
        raise MediakitError(args.out.parent, "output folder does not exist")
    data = analyze(args.corpus, actors=args.actors).claims_jsonld(args.out)
    print(f"mediakit: {len(data['@graph'])} claim(s) → {args.out}", file=sys.stderr)
    return 0


def _report(args) -> int:
    from .report import build_reports

    from .cache import default_cache_dir

    cache = None if args.no_cache else (args.cache or default_cache_dir())
    build_reports(args.corpus, args.out, keep_code=args.keep_code, progress=not args.quiet, cache_dir=cache,
                  jobs=args.jobs or _cores())
    return 0


if __name__ == "__main__":
    sys.exit(main())
