"""Plotly figure builders: a tidy frame in, a figure out; no computation beyond layout.

Text from articles is HTML-escaped before it reaches a figure, so a document holding markup
cannot inject it into a report.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

_TYPE_COLORS = {"person": "#4C78A8", "org": "#F58518", "product": "#54A24B", "place": "#B279A2", "other": "#9D9D9D"}
_KIND_COLORS = {"direct": "#4C78A8", "indirect": "#72B7B2", "embed": "#F58518"}
_LAYOUT = dict(template="plotly_white", margin=dict(l=10, r=10, t=50, b=10), height=420)


def _esc(values) -> list[str]:
    return [html.escape(str(v)) for v in values]


def blocks_languages_bar(frame: pd.DataFrame) -> go.Figure:
    """Stacked bars: sentences per block, split by language."""
    fig = go.Figure()
    for lang, part in frame.groupby("lang", sort=True):
        fig.add_bar(x=_esc(part["block"]), y=part["sentences"], name=html.escape(lang))
    fig.update_layout(barmode="stack", title="Sentences by block and language", xaxis_title="block",
                      yaxis_title="sentences", **_LAYOUT)
    return fig


def actors_bar(frame: pd.DataFrame) -> go.Figure:
    """Horizontal bars: mentions per actor, coloured by actor type."""
    return _stacked_bars(frame, "actor", "mentions", "actor_type", _TYPE_COLORS, list(frame["actor"][::-1]),
                         "Most-mentioned actors")


def quotes_bar(frame: pd.DataFrame) -> go.Figure:
    """Stacked bars: quotes per speaker, split by kind (direct, indirect, embedded post)."""
    order = frame.groupby("speaker")["quotes"].sum().sort_values(ascending=True, kind="stable")
    return _stacked_bars(frame, "speaker", "quotes", "kind", _KIND_COLORS, list(order.index), "Who is quoted, and how")


def _stacked_bars(frame: pd.DataFrame, label: str, value: str, split: str, colors: dict, order: list,
                  title: str) -> go.Figure:
    fig = go.Figure()
    for key, color in colors.items():
        part = frame[frame[split] == key]
        if len(part):
            fig.add_bar(y=_esc(part[label]), x=part[value], orientation="h", name=key, marker_color=color)
    fig.update_layout(title=title, xaxis_title=value, barmode="stack",
                      yaxis=dict(categoryorder="array", categoryarray=_esc(order)), **_LAYOUT)
    return fig


def dates_timeline(frame: pd.DataFrame) -> go.Figure:
    """Dates mentioned in the corpus on a time axis, with the sentence on hover."""
    fig = go.Figure()
    for gran, symbol in (("day", "circle"), ("month", "square"), ("year", "diamond")):
        part = frame[frame["granularity"] == gran]
        if len(part):
            fig.add_scatter(x=part["day"].dt.strftime("%Y-%m-%d"), y=_esc(part["doc_id"]), mode="markers",
                            name=gran, marker=dict(symbol=symbol, size=11),
                            text=_esc(part["text"]), customdata=_esc(part["sentence"]),
                            hovertemplate="%{text}<br>%{customdata}<extra></extra>")
    fig.update_layout(title="Dates mentioned", xaxis_title="date", yaxis_title="document", **_LAYOUT)
    return fig
