"""Plotly figures of tone: a tidy frame from summaries.sentiment in, a figure out; no computation.

Article text is HTML-escaped before it reaches a figure (as in overview.py).
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from .overview import _LAYOUT, _esc

_BLOCK_COLORS = {"body": "#4C78A8", "heading": "#54A24B", "embed": "#F58518", "attribution": "#9D9D9D"}
_SIDE_COLORS = {"about": "#4C78A8", "says": "#F58518"}
_WIDTH = 140


def _short(values) -> list[str]:
    return [html.escape(v if len(v) <= _WIDTH else v[:_WIDTH - 1] + "…") for v in map(str, values)]


def tone_along_articles(frame: pd.DataFrame) -> go.Figure:
    """Sentence polarity in reading order, one line per document, markers coloured by block."""
    fig = go.Figure()
    for doc, part in frame.groupby("doc_id", sort=True):
        fig.add_scatter(x=part["sent_id"], y=part["polarity"], mode="lines", name=html.escape(str(doc)),
                        line=dict(color="#D0D0D0"), hoverinfo="skip", showlegend=False)
    for block, color in _BLOCK_COLORS.items():
        part = frame[frame["block"] == block]
        if len(part):
            fig.add_scatter(x=part["sent_id"], y=part["polarity"], mode="markers", name=block,
                            marker=dict(color=color, size=9), text=_short(part["text"]),
                            customdata=list(zip(_esc(part["doc_id"]), _esc(part["tone"]), _esc(part["voice"]))),
                            hovertemplate="%{customdata[0]} #%{x}: %{customdata[1]} (%{customdata[2]} voice)"
                                          "<br>%{text}<extra></extra>")
    fig.update_layout(title="Tone along each article", xaxis_title="sentence", yaxis_title="polarity",
                      yaxis=dict(range=[-1.05, 1.05]), **_LAYOUT)
    return fig


def actor_tone_bar(frame: pd.DataFrame) -> go.Figure:
    """Mean polarity per actor, coverage ABOUT it beside what it SAYS; counts and examples on hover."""
    fig = go.Figure()
    for side, color in _SIDE_COLORS.items():
        part = frame[frame["side"] == side]
        if len(part):
            fig.add_bar(y=_esc(part["actor"]), x=part["mean_polarity"], orientation="h", name=side, marker_color=color,
                        customdata=list(zip(part["n"], part["negative"], part["neutral"], part["positive"],
                                            [html.escape(str(e)).replace("\n", "<br>") for e in part["examples"]])),
                        hovertemplate=(f"{side}: %{{x:.2f}} over %{{customdata[0]}} (neg %{{customdata[1]}}, "
                                       "neu %{customdata[2]}, pos %{customdata[3]})<br>%{customdata[4]}<extra></extra>"))
    fig.update_layout(title="Tone per actor: coverage about it vs its own words", xaxis_title="mean polarity",
                      barmode="group", xaxis=dict(range=[-1, 1]), **_LAYOUT)
    return fig


def raw_vs_mediakit_heatmap(frame: pd.DataFrame) -> go.Figure:
    """Sentences by raw library tone (rows) and mediakit tone (columns)."""
    grid = frame.pivot(index="tone_raw", columns="tone", values="sentences")
    fig = go.Figure(go.Heatmap(z=grid.values, x=[f"mediakit: {c}" for c in grid.columns],
                               y=[f"raw: {r}" for r in grid.index], colorscale="Blues", text=grid.values,
                               texttemplate="%{text}", hovertemplate="%{y} → %{x}: %{z}<extra></extra>"))
    fig.update_layout(title="Raw library tone vs mediakit tone (sentences)", **_LAYOUT)
    return fig
