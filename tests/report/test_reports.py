"""HTML reports: built from the notebooks, offline, deterministic, safe; checked in headless Chromium."""

import os
import re
import shutil
import subprocess
import sys
import tempfile

import pytest

import mediakit as mk
import mediakit.report  # noqa: F401  (mk.report.notebooks)
from mediakit.report import build_reports
from mediakit.report.figures import marked

from conftest import DATA, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
CWD = os.getcwd()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports") / "seed"
    build_reports(ROOT / "seeds", out, progress=False, jobs=2)
    return out


@pytest.fixture(scope="module")
def xss_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports") / "xss"
    build_reports(DATA / "corpora" / "xss", out, progress=False, jobs=2)
    return out


def test_one_report_per_notebook_and_an_index(seed_reports):
    names = sorted(p.name for p in seed_reports.iterdir())
    expected = sorted([p.stem + ".html" for p in mk.report.notebooks()] + ["index.html"])
    assert names == expected
    index = (seed_reports / "index.html").read_text()
    assert all(f'href="{p.stem}.html"' in index for p in mk.report.notebooks())
    assert "000_e055c35dd64e63b1" in index


def test_building_reports_leaves_the_working_directory(seed_reports, xss_reports):
    # notebooks run from several threads: none may move this process's working directory (papermill's `cwd` did,
    # and the threads restored each other's)
    assert os.getcwd() == CWD


def test_reports_are_self_contained_and_hide_code(seed_reports):
    page = (seed_reports / "01_corpus_overview.html").read_text()
    assert "Plotly.newPlot" in page
    assert re.search(r'<script[^>]+src="https?://[^"]*plotly', page) is None  # plotly.js embedded, no CDN
    assert page.count("plotly.js v") <= 2  # embedded once (the banner comment)
    assert "mk.analyze(" not in page and "import mediakit" not in page  # code cells hidden


def test_same_corpus_same_html(seed_reports, tmp_path):
    again = build_reports(ROOT / "seeds", tmp_path / "again", progress=False, jobs=2).parent
    for page in seed_reports.iterdir():
        assert page.read_bytes() == (again / page.name).read_bytes(), page.name
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                         (seed_reports / "01_corpus_overview.html").read_text().replace("00000000-0000-4000-8000-", ""))


def test_article_markup_is_escaped(xss_reports):
    for page in xss_reports.iterdir():
        html = page.read_text()
        assert "<script>document.title" not in html and "<script>alert" not in html, page.name
        assert '<img src=x onerror' not in html and "<b onmouseover" not in html, page.name


def test_failing_notebook_is_named_and_leaves_no_folder(tmp_path):
    import nbformat

    # made here, not committed: nbval would collect a committed failing notebook
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("corpus = None\ncache_dir = None", metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("1 / 0")]
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    (tmp_path / "nbs").mkdir()
    nbformat.write(nb, tmp_path / "nbs" / "01_broken.ipynb")
    with pytest.raises(mk.MediakitError, match=r"01_broken\.ipynb: cell 2 failed: ZeroDivisionError"):
        build_reports(ROOT / "seeds", tmp_path / "out", progress=False, notebook_dir=tmp_path / "nbs")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nbs"]


def test_report_cli_bad_corpus_is_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "mediakit.cli", "report", str(tmp_path / "none"), "--out",
                           str(tmp_path / "r")], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.strip().count("\n") == 0 and "no such file or folder" in proc.stderr
    assert not (tmp_path / "r").exists()


def _chromium(*args, url):
    profile = tempfile.mkdtemp()
    try:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               # no network for the page: every host resolves nowhere, every request hits a closed port
               "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
               "--virtual-time-budget=15000", *args, url]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


needs_chromium = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                    reason="chromium not installed (.ci/run installs it)")


@needs_chromium
@pytest.mark.parametrize("which", ["seed", "xss"])
def test_reports_render_offline_in_chromium(which, seed_reports, xss_reports):
    assert CHROMIUM, "chromium is required in CI"
    from concurrent.futures import ThreadPoolExecutor

    folder = seed_reports if which == "seed" else xss_reports
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pages = sorted(folder.glob("*.html"))

    def render(page):
        # one browser per page prints the DOM after the scripts ran and saves the screenshot (headless Chromium
        # does both in one launch); two pages at a time, each launch spends most of its time starting up
        return _chromium("--dump-dom", "--screenshot=" + str(ARTIFACTS / f"{which}_{page.stem}.png"),
                         "--window-size=1200,2400", url=page.resolve().as_uri()).stdout

    with ThreadPoolExecutor(max_workers=2) as pool:
        doms = list(pool.map(render, pages))
    for page, dom in zip(pages, doms):
        # the article's markup shows as text; run, it would set these
        assert 'data-pwned="' not in dom and "<title>PWNED</title>" not in dom, page.name
        graphs = dom.count('class="plotly-graph-div') + dom.count("class='plotly-graph-div")
        if page.name != "index.html" and "articles" not in page.name:
            assert graphs >= 3, f"{page.name}: {graphs} plotly divs"
            assert dom.count('class="main-svg"') >= graphs, f"{page.name}: a chart did not render"
        assert (ARTIFACTS / f"{which}_{page.stem}.png").stat().st_size > 10_000


def test_every_page_has_the_navigation_and_its_contents(seed_reports):
    pages = sorted(p.name for p in seed_reports.glob("*.html"))
    for name in pages:
        html = (seed_reports / name).read_text()
        nav = re.search(r'<nav class="mk-nav".*?</nav>', html, re.S).group()
        assert sorted(re.findall(r'href="([^"#]+)"', nav)) == sorted(pages), name
        if name != "index.html":
            assert 'class="mk-toc"' in html, name


def _links(html: str) -> list[str]:
    """The links of the navigation bar, the contents and the index's own markup (not plotly.js's source)."""
    parts = re.findall(r'<nav class="mk-nav".*?</nav>|<div class="mk-toc">.*?</div>', html, re.S)
    if "<h1>mediakit reports" in html:
        parts.append(html.split("<script>")[0])
    return [href for part in parts for href in re.findall(r'<a href="([^"]+)"', part)]


def test_navigation_links_resolve(seed_reports):
    """Every link of the nav bar, the contents and the index points to a page and an anchor that exist."""
    for page in seed_reports.glob("*.html"):
        for href in _links(page.read_text()):
            if href.startswith(("http:", "https:", "mailto:")):
                continue
            target, _, anchor = href.partition("#")
            doc = seed_reports / (target or page.name)
            assert doc.is_file(), f"{page.name} → {href}"
            if anchor:
                assert f'id="{anchor}"' in doc.read_text(), f"{page.name} → {href}"


def test_index_summarises_every_report(seed_reports, seed_analysis):
    index = (seed_reports / "index.html").read_text()
    for title in ("Most-quoted actors", "Most negative coverage", "Strongest conflicts", "Claims to check first"):
        assert f"<h2>{title}</h2>" in index
    assert "Elon Musk" in index  # the most-quoted actor of the seed
    assert '05_articles.html#doc-000_e055c35dd64e63b1' in index


def test_the_article_view_marks_what_the_tables_hold(seed_reports, seed_analysis):
    page = (seed_reports / "05_articles.html").read_text()
    for layer, table in (("mention", seed_analysis.mentions), ("quote", seed_analysis.quotes),
                         ("date", seed_analysis.dates), ("amount", seed_analysis.amounts)):
        assert marked(page, layer) == len(table), layer


@needs_chromium
def test_article_view_and_table_search_in_chromium(seed_reports, seed_analysis):
    assert CHROMIUM, "chromium is required in CI"
    dom = _chromium("--dump-dom", url=(seed_reports / "05_articles.html").resolve().as_uri()).stdout
    assert marked(dom, "mention") == len(seed_analysis.mentions)
    assert marked(dom, "quote") == len(seed_analysis.quotes)
    # a search given in the address filters the long tables of a report
    page = (seed_reports / "02_sentiment.html").resolve().as_uri()
    plain = _chromium("--dump-dom", url=page).stdout
    searched = _chromium("--dump-dom", url=page + "#search=Twitter").stdout
    before = re.findall(r'class="mk-info">(\d+) of (\d+) rows', plain)
    after = re.findall(r'class="mk-info">(\d+) of (\d+) rows', searched)
    assert before and all(shown == total for shown, total in before)
    assert any(int(shown) < int(total) for shown, total in after), after
