"""HTML reports: every notebook run on a corpus with papermill, exported with nbconvert.

The reports work offline from an e-mail attachment: plotly.js is embedded once per report
(renderer ``plotly_mimetype+notebook`` at execution), code cells are hidden unless asked for,
article text is escaped, and random plotly div ids are replaced by stable ones so the same
corpus gives the same HTML.
"""

from __future__ import annotations

import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional, Union

from ..errors import MediakitError
from ..io.outdir import check_output, staged
from .pages import decorate, index_page

NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def notebooks(folder: Optional[Path] = None) -> list[Path]:
    """The report notebooks, in order (notebooks/NN_*.ipynb)."""
    folder = folder or NOTEBOOK_DIR
    found = sorted(folder.glob("[0-9][0-9]_*.ipynb"))
    if not found:
        raise MediakitError(folder, "no report notebooks (NN_name.ipynb) found")
    return found


def build_reports(corpus: Union[str, Path], out: Union[str, Path], *, keep_code: bool = False,
                  progress: bool = True, notebook_dir: Optional[Path] = None,
                  cache_dir: Union[str, Path, None] = None, jobs: int = 1) -> Path:
    """Run every notebook on `corpus` and write one HTML report each plus index.html into `out`.

    The corpus is analysed once (with `jobs` processes) into the per-document cache
    `cache_dir`, which the notebooks then read instead of re-parsing; without one, a temporary
    cache serves this run only.
    """
    import tempfile

    if cache_dir is None:
        with tempfile.TemporaryDirectory(prefix="mediakit-cache-") as scratch:
            return build_reports(corpus, out, keep_code=keep_code, progress=progress, notebook_dir=notebook_dir,
                                 cache_dir=scratch, jobs=jobs)
    from ..io.corpus import load_corpus
    from ..pipeline import analyze

    corpus = Path(corpus).resolve()
    out = Path(out)
    # fails fast, before any notebook, on bad input; fills the cache the notebooks read
    analysis = analyze(load_corpus(corpus), cache_dir=cache_dir, jobs=jobs, progress=progress)
    out = check_output(out, marker="index.html", source=corpus)
    env_before = os.environ.get("PLOTLY_RENDERER")
    os.environ["PLOTLY_RENDERER"] = "plotly_mimetype+notebook"  # inherited by the kernels
    written: list[Path] = []
    bodies: dict[str, str] = {}
    try:
        with staged(out) as tmp:
            cache = Path(cache_dir)
            found = notebooks(notebook_dir)
            # each notebook runs in a kernel of its own that reads the cache filled above: up to `jobs` kernels at
            # once (threads only wait on them); the pages are written in notebook order whatever order they end in
            with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(found)))) as pool:
                done = [pool.submit(_page, nb, tmp, corpus, cache, keep_code, progress) for nb in found]
                try:
                    for future in done:
                        page, body = future.result()  # (the first failing notebook's error, in notebook order)
                        bodies[page.name] = body
                        written.append(page)
                except BaseException:
                    # a failure or Ctrl-C: the notebooks not started yet never start; the running ones end
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
            for page in written:  # every page links to every other: decorate once all are known
                page.write_text(decorate(bodies[page.name], written, page.name), encoding="utf-8")
            (tmp / "index.html").write_text(index_page(analysis, corpus.name, written, bodies), encoding="utf-8")
    finally:
        if env_before is None:
            os.environ.pop("PLOTLY_RENDERER", None)
        else:
            os.environ["PLOTLY_RENDERER"] = env_before
    if progress:
        print(f"mediakit: {len(written)} report(s) → {out / 'index.html'}", file=sys.stderr)
    return out / "index.html"


def _page(nb: Path, tmp: Path, corpus: Path, cache: Path, keep_code: bool, progress: bool) -> tuple[Path, str]:
    """Run notebook `nb` with papermill on `corpus` (its cache `cache`) in `tmp`; its page's path and HTML body."""
    import papermill
    from nbconvert import HTMLExporter

    if progress:
        print(f"mediakit: report {nb.stem} …", file=sys.stderr, flush=True)
    executed = tmp / nb.name
    try:
        # (the kernel starts in the notebook's folder through nbclient's resources, not papermill's `cwd`: that one
        # changes this whole process's directory, which notebooks run from other threads would restore wrongly)
        papermill.execute_notebook(
            str(nb), str(executed), parameters={"corpus": str(corpus), "cache_dir": str(cache)},
            kernel_name="python3", progress_bar=False, log_output=False, request_save_on_cell_execute=False,
            resources={"metadata": {"path": str(nb.parent)}})
    except papermill.PapermillExecutionError as exc:
        where = _source_cell(nb, exc.source)
        raise MediakitError(nb.name, f"cell {where} failed: {exc.ename}: {exc.evalue}".splitlines()[0]) from None
    # (an exporter per notebook: pages are exported from several threads)
    exporter = HTMLExporter(exclude_input=not keep_code, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(_stable_cells(executed))
    executed.unlink()
    return tmp / f"{nb.stem}.html", _stable_ids(body)


def _source_cell(path: Path, source: str) -> str:
    """1-based position of the failing cell in the notebook as written (before papermill's injection)."""
    import nbformat

    for i, cell in enumerate(nbformat.read(path, as_version=4).cells, 1):
        if cell.source == source:
            return str(i)
    return "?"


def _stable_cells(path: Path):
    """The executed notebook with papermill's random cell id replaced by a fixed one."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for i, cell in enumerate(nb.cells):
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = f"injected-parameters-{i}"
    return nb


def _stable_ids(page: str) -> str:
    # plotly's HTML renderer names each figure's div with a random uuid: number them instead.
    ids: dict[str, str] = {}
    return _UUID.sub(lambda m: ids.setdefault(m.group(), f"00000000-0000-4000-8000-{len(ids):012d}"), page)
