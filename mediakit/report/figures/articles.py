"""The annotated article: a document's text with what mediakit found in it, as self-contained HTML.

A hand-written renderer rather than spaCy's displaCy: displaCy's manual modes draw flat,
non-overlapping entity boxes ("ent") or token-based span lines ("span") with a label only,
while a reader checking mediakit needs nesting (a quotation holding names, dates and amounts, a
claim holding a quotation), the canonical actor and the resolved values on hover, and the tone of
each sentence beside its paragraph. Every piece of article text is HTML-escaped; the page holds
no script, so a hostile article stays inert.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Optional

import pandas as pd

_TYPE_COLORS = {"person": "#4C78A8", "org": "#F58518", "product": "#54A24B", "place": "#B279A2", "other": "#9D9D9D"}
_KIND_COLORS = {"direct": "#1f4e99", "indirect": "#4aa3a3", "embed": "#d9730d"}
_TONE_COLORS = {"negative": "#d62728", "neutral": "#c7c7c7", "positive": "#2ca02c"}
_MODALITY_COLORS = {"asserted": "#555555", "reported": "#1f77b4", "alleged": "#d62728", "hedged": "#ff7f0e"}

STYLE = """<style>
.mk-article{font-family:Georgia,serif;line-height:1.7;max-width:56rem;margin:1rem 0 2.5rem}
.mk-article h3{font-family:system-ui,sans-serif;margin-bottom:.2rem}
.mk-head{font-family:system-ui,sans-serif;font-size:.85rem;color:#444;margin-bottom:.8rem}
.mk-row{display:flex;gap:.6rem;margin:.35rem 0}
.mk-tones{display:flex;flex-direction:column;gap:2px;padding-top:.45rem;min-width:.7rem}
.mk-tone{display:block;width:.7rem;height:.7rem;border-radius:2px}
.mk-text{flex:1}
.mk-heading{font-weight:bold}.mk-embed{background:#f4f6fb;border-left:3px solid #9bb0d6;padding-left:.4rem}
.mk-attribution{font-size:.85rem;color:#555}
.mk-mention{border-bottom:2px solid;padding:0 1px}
""" + "".join(f".mk-mention.mk-{t}{{border-color:{c};background:{c}22}}\n" for t, c in _TYPE_COLORS.items()) + """
.mk-quote{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:4px}
""" + "".join(f".mk-quote.mk-{k}{{text-decoration-color:{c}}}\n" for k, c in _KIND_COLORS.items()) + """
.mk-date{border:1px dotted #7f7f7f;border-radius:3px}
.mk-amount{background:#fff2a8}
.mk-claim{border-bottom:2px dashed}
""" + "".join(f".mk-claim.mk-{m}{{border-color:{c}}}\n" for m, c in _MODALITY_COLORS.items()) + """
.mk-rel{font-family:system-ui,sans-serif;font-size:.75rem;color:#fff;background:#6b6b6b;border-radius:3px;padding:0 3px;margin-left:2px;cursor:help}
.mk-legend{font-family:system-ui,sans-serif;font-size:.85rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.5rem 0 1rem}
</style>"""


@dataclass
class _Span:
    layer: str
    start: int
    end: int
    label: str
    title: str


def legend() -> str:
    """The legend of the article view: what each colour and line means."""
    items = [f'<span class="mk-mention mk-{t}">{t}</span>' for t in _TYPE_COLORS]
    items += [f'<span class="mk-quote mk-{k}">{k} quote</span>' for k in _KIND_COLORS]
    items += ['<span class="mk-date">date</span>', '<span class="mk-amount">amount</span>']
    items += [f'<span class="mk-claim mk-{m}">{m} claim</span>' for m in _MODALITY_COLORS]
    items += [f'<span><span class="mk-tone" style="display:inline-block;background:{c}"></span> {t} sentence</span>'
              for t, c in _TONE_COLORS.items()]
    items += ['<span><span class="mk-rel">⚑</span> relation stated in the sentence</span>']
    return STYLE + '<div class="mk-legend">' + "".join(items) + "</div>"


def article_html(text: str, header: dict, sentences: pd.DataFrame, spans: pd.DataFrame) -> str:
    """One document as HTML: a header, then each paragraph with its sentences' tones beside it."""
    esc = html.escape
    anchor = _anchor(header["doc_id"])
    when = header["published"] if isinstance(header["published"], str) else "unknown"
    given = "inferred from the text" if header["published_inferred"] else "given"
    counts = ", ".join(f"{header[k]} {k}" for k in ("sentences", "mentions", "quotes", "dates", "amounts", "relations",
                                                   "claims"))
    parts = [f'<div class="mk-article" id="{anchor}">',
             f"<h3>{esc(str(header['title']))}</h3>",
             f'<div class="mk-head">{esc(str(header["doc_id"]))} · source {esc(str(header["source"]))} · published '
             f"{esc(when)} ({given if when != 'unknown' else 'no date'}) · languages {esc(header['languages'])} · "
             f"{esc(counts)}</div>"]
    all_spans = [_Span(r.layer, int(r.start), int(r.end), str(r.label), str(r.title)) for r in spans.itertuples()]
    for para_id, para in sentences.groupby("para_id", sort=True):
        ps, pe = int(para["start"].min()), int(para["end"].max())
        block = para["block"].iloc[0]
        tones = "".join(
            f'<span class="mk-tone" style="background:{_TONE_COLORS.get(t, "#c7c7c7")}" '
            f'title="{esc(f"sentence {int(i)}: {t} ({p:+.2f})" if pd.notna(p) else f"sentence {int(i)}: {t}", quote=True)}"></span>'
            for i, t, p in zip(para["sent_id"], para["tone"], para["polarity"]))
        inside = [s for s in all_spans if s.start < pe and ps < s.end]
        body = _nest(text, ps, pe, inside, para, anchor)
        parts.append(f'<div class="mk-row"><div class="mk-tones">{tones}</div>'
                     f'<div class="mk-text mk-{esc(str(block))}">{body}</div></div>')
    parts.append("</div>")
    return "\n".join(parts)


def _anchor(doc_id: str) -> str:
    return "doc-" + re.sub(r"[^\w-]", "_", str(doc_id))


def _nest(text: str, ps: int, pe: int, spans: list[_Span], sentences: pd.DataFrame, anchor: str) -> str:
    """Paragraph text with spans as nested elements; a span crossing another is closed and reopened."""
    esc = html.escape
    clipped = [_Span(s.layer, max(s.start, ps), min(s.end, pe), s.label, s.title) for s in spans]
    begun = {id(c) for c, s in zip(clipped, spans) if s.start < ps}  # began in an earlier paragraph
    clipped = [s for s in clipped if s.start < s.end]
    starts: dict[int, list[_Span]] = {}
    for s in clipped:
        starts.setdefault(s.start, []).append(s)
    sent_at = {int(st): int(i) for i, st in zip(sentences["sent_id"], sentences["start"])}
    marks = {int(e): rel for e, rel in zip(sentences["end"], sentences["relations"]) if len(rel)}
    points = sorted({ps, pe, *starts, *(s.end for s in clipped), *sent_at, *marks})
    out: list[str] = []
    stack: list[_Span] = []
    pos = ps
    for p in points:
        if p < ps or p > pe:
            continue
        out.append(esc(text[pos:p]))
        pos = p
        if any(s.end == p for s in stack):
            reopen = []
            while any(s.end == p for s in stack):
                s = stack.pop()
                out.append("</span>")
                if s.end != p:
                    reopen.append(s)
            for s in reversed(reopen):
                out.append(_open(s, continued=True))
                stack.append(s)
        if p in marks:
            title = "; ".join(marks[p])
            out.append(f'<span class="mk-rel" title="{esc(title, quote=True)}">⚑</span>')
        if p in sent_at:
            out.append(f'<a id="{anchor}-s{sent_at[p]}"></a>')
        for s in starts.get(p, []):  # outer layers first (article_spans' order)
            out.append(_open(s, continued=id(s) in begun))
            stack.append(s)
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _open(s: _Span, continued: bool = False) -> str:
    label = re.sub(r"[^\w-]", "_", s.label)
    extra = ' data-part="cont"' if continued else ""
    return f'<span class="mk-{s.layer} mk-{label}" title="{html.escape(s.title, quote=True)}"{extra}>'


def articles_page(items: list[str], omitted: int = 0, note: Optional[str] = None) -> str:
    """The legend, then each article; says how many documents were left out."""
    tail = f"<p>{omitted} more document(s) not shown (raise <code>max_documents</code>).</p>" if omitted else ""
    return legend() + (f"<p>{html.escape(note)}</p>" if note else "") + "\n".join(items) + tail


def marked(page: str, layer: str) -> int:
    """How many spans of `layer` a rendered page draws, continuations of a crossing span not counted."""
    return len(re.findall(rf'<span class="mk-{re.escape(layer)} [^"]*" title="[^"]*">', page))
