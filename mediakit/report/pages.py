"""What turns exported notebooks into a set of reports: a navigation bar, a table of contents,
searchable tables, and an index page that summarises every report.

Pages stay self-contained (styles and the table script are inlined from `report/assets/`) and
deterministic: the same corpus gives the same bytes.
"""

from __future__ import annotations

import html
import re
from importlib import resources
from pathlib import Path

import pandas as pd

_H2 = re.compile(r'<h2 id="(?P<id>[^"]+)"[^>]*>(?P<title>.*?)(?:<a class="anchor-link".*?</a>)?</h2>', re.S)
_TAGS = re.compile(r"<[^>]+>")


def _asset(name: str) -> str:
    return resources.files("mediakit.report").joinpath("assets", name).read_text(encoding="utf-8")


def page_title(page: Path) -> str:
    """"02_sentiment.html" → "Sentiment"."""
    return page.stem.split("_", 1)[-1].replace("_", " ").capitalize()


def sections(body: str) -> list[tuple[str, str]]:
    """(anchor id, heading text) of each h2 section of an exported page, in order."""
    return [(m.group("id"), html.unescape(_TAGS.sub("", m.group("title"))).strip()) for m in _H2.finditer(body)]


def nav_bar(pages: list[Path], current: str) -> str:
    """The same bar on every page: the index, then each report."""
    links = [("index.html", "Index")] + [(p.name, page_title(p)) for p in pages]
    here = ' class="mk-here"'
    items = "".join(f'<a href="{html.escape(href)}"{here if href == current else ""}>{html.escape(label)}</a>'
                    for href, label in links)
    return f'<nav class="mk-nav" aria-label="reports">{items}</nav>'


def decorate(body: str, pages: list[Path], current: str) -> str:
    """An exported notebook page with the navigation bar, its table of contents and searchable tables."""
    toc = "".join(f'<li><a href="#{html.escape(i, quote=True)}">{html.escape(t)}</a></li>' for i, t in sections(body))
    head = nav_bar(pages, current) + (f'<div class="mk-toc"><b>Contents</b><ol>{toc}</ol></div>' if toc else "")
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + head, body, count=1)
    body = body.replace("</head>", f"<style>{_asset('report.css')}</style></head>", 1)
    return body.replace("</body>", f"<script>{_asset('tables.js')}</script></body>", 1)


def _table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "<p>Nothing found in this corpus.</p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
                   for row in frame.itertuples(index=False))
    return f'<table class="dataframe"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if value == value else ""
    return str(value)


def _link(pages: list[Path], topic: str, keywords: tuple[str, ...], bodies: dict[str, str]) -> str:
    """A link to the report on `topic`, at its first section whose title holds a keyword."""
    page = next((p for p in pages if topic in p.stem), None)
    if page is None:
        return ""
    anchor = next((i for i, t in sections(bodies.get(page.name, "")) if any(k in t.lower() for k in keywords)), None)
    href = page.name + (f"#{anchor}" if anchor else "")
    return f' <a href="{html.escape(href, quote=True)}">({html.escape(page_title(page))} report)</a>'


def index_page(analysis, corpus_name: str, pages: list[Path], bodies: dict[str, str]) -> str:
    """The index: corpus figures, the headline findings of every report with links, documents, skipped files."""
    from .summaries import (claims_to_check, corpus_overview, most_negative_coverage, most_quoted,
                            strongest_conflicts)

    esc = html.escape
    m = analysis.manifest
    overview = corpus_overview(analysis).iloc[0]
    figures = "".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>" for k, v in overview.items())
    findings = [
        ("Most-quoted actors", most_quoted(analysis), _link(pages, "overview", ("quote",), bodies)),
        ("Most negative coverage", most_negative_coverage(analysis), _link(pages, "sentiment", ("actor",), bodies)),
        ("Strongest conflicts", strongest_conflicts(analysis), _link(pages, "conflicts", ("who does", "evidence"), bodies)),
        ("Claims to check first", claims_to_check(analysis), _link(pages, "claims", ("check", "first"), bodies)),
    ]
    blocks = "".join(f"<h2>{esc(title)}</h2>{link and '<p>' + link.strip() + '</p>'}{_table(frame)}"
                     for title, frame, link in findings)
    links = "".join(f'<li><a href="{esc(p.name)}">{esc(page_title(p))}</a></li>' for p in pages)
    skipped = "".join(f"<li>{esc(s['source'])}: {esc(s['reason'])}</li>" for s in m["skipped"])
    articles = next((p for p in pages if "articles" in p.stem), None)
    shown = bodies.get(articles.name, "") if articles else ""
    docs = "".join(
        f"<li>{_doc_link(articles, str(r.doc_id), shown)} — {esc(str(r.title))} ({esc(str(r.lang))}, {esc(str(r.published))})</li>"
        for r in analysis.documents.sort_values("doc_id").itertuples())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mediakit reports — {esc(corpus_name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:64rem;margin:0 auto;padding:0 1rem 2rem}}
table{{border-collapse:collapse;margin:.3rem 0}}th,td{{text-align:left;padding:.2rem .8rem;border-bottom:1px solid #ddd;vertical-align:top}}
{_asset('report.css')}</style>
</head><body>
{nav_bar(pages, "index.html")}
<h1>mediakit reports: {esc(corpus_name)}</h1>
<p>mediakit {esc(m["mediakit_version"])}, corpus fingerprint {esc(m["corpus_fingerprint"])}.</p>
<h2>Reports</h2><ul>{links}</ul>
<h2>Corpus</h2><table>{figures}</table>
{blocks}
<h2>Documents</h2><ul>{docs}</ul>
<h2>Skipped files</h2>{f"<ul>{skipped}</ul>" if skipped else "<p>None.</p>"}
<script>{_asset('tables.js')}</script>
</body></html>
"""


def _doc_link(articles: Path | None, doc_id: str, shown: str) -> str:
    """The document's id, linked to its annotated view when the article report shows it."""
    anchor = "doc-" + re.sub(r"[^\w-]", "_", doc_id)
    if articles is None or f'id="{anchor}"' not in shown:
        return html.escape(doc_id)
    return f'<a href="{html.escape(articles.name)}#{anchor}">{html.escape(doc_id)}</a>'
