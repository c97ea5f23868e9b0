"""Figures of the actor-conflicts notebook: a tidy frame in, a plotly figure out.

Conflict is red, cooperation green; article text is HTML-escaped before it reaches a figure.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

CONFLICT, COOPERATION, MIXED = "#D62728", "#2CA02C", "#9D9D9D"
_LAYOUT = dict(template="plotly_white", margin=dict(l=10, r=10, t=50, b=10), height=560)


def _esc(values) -> list[str]:
    return [html.escape(str(v)) for v in values]


def _color(net: int) -> str:
    return CONFLICT if net < 0 else COOPERATION if net > 0 else MIXED


def network_figure(nodes: pd.DataFrame, edges: pd.DataFrame) -> go.Figure:
    """Actors on a fixed circle; arrows red (conflict) or green (cooperation), width by count, evidence on hover."""
    fig = go.Figure()
    for e in edges.itertuples():
        evidence = "<br>".join(html.escape(x[:160]) for x in str(e.evidence).split(" ‖ ")[:4])
        # a directed edge: a line ending short of the target, with its midpoint carrying the hover text
        fig.add_scatter(x=[e.x0, e.x1], y=[e.y0, e.y1], mode="lines", showlegend=False, hoverinfo="skip",
                        line=dict(color=_color(e.net_polarity), width=1 + 2 * e.count))
        fig.add_annotation(x=e.x1, y=e.y1, ax=e.x0, ay=e.y0, xref="x", yref="y", axref="x", ayref="y",
                           showarrow=True, arrowhead=3, arrowsize=1.2, standoff=14, arrowcolor=_color(e.net_polarity),
                           text="")
        fig.add_scatter(x=[(e.x0 + e.x1) / 2], y=[(e.y0 + e.y1) / 2], mode="markers", showlegend=False,
                        marker=dict(size=8, color=_color(e.net_polarity), opacity=0.6),
                        hovertemplate=(f"{html.escape(e.source)} → {html.escape(e.target)}<br>"
                                       f"{html.escape(e.events)}: {e.count} event(s), net {e.net_polarity:+d}<br>"
                                       f"{evidence}<extra></extra>"))
    fig.add_scatter(x=nodes["x"], y=nodes["y"], mode="markers+text", text=_esc(nodes["actor"]), textposition="top center",
                    marker=dict(size=[10 + min(m, 30) for m in nodes["mentions"]], color="#4C78A8"),
                    customdata=_esc(nodes["actor_type"]), showlegend=False,
                    hovertemplate="%{text} (%{customdata})<extra></extra>")
    fig.update_layout(title="Actor network: conflict (red) and cooperation (green)",
                      xaxis=dict(visible=False, range=[-1.5, 1.5]), yaxis=dict(visible=False, range=[-1.3, 1.3]), **_LAYOUT)
    return fig


def relation_matrix(frame: pd.DataFrame) -> go.Figure:
    """Heat map source × target of net polarity (red conflict, green cooperation)."""
    sources = sorted(frame["source"].unique())
    targets = sorted(frame["target"].unique())
    cell = {(r.source, r.target): r.net_polarity for r in frame.itertuples()}
    z = [[cell.get((s, t)) for t in targets] for s in sources]
    fig = go.Figure(go.Heatmap(z=z, x=_esc(targets), y=_esc(sources), zmid=0,
                               colorscale=[[0, CONFLICT], [0.5, "#F7F7F7"], [1, COOPERATION]],
                               hovertemplate="%{y} → %{x}: net %{z}<extra></extra>"))
    fig.update_layout(title="Who does what to whom (net polarity)", xaxis_title="target", yaxis_title="source",
                      **{**_LAYOUT, "height": 480})
    return fig


def relations_timeline(frame: pd.DataFrame) -> go.Figure:
    """Dated relations on a time axis, one row per source, coloured by polarity, evidence on hover."""
    fig = go.Figure()
    for pol, name, color in ((-1, "conflict", CONFLICT), (1, "cooperation", COOPERATION)):
        part = frame[frame["polarity"] == pol]
        if len(part):
            fig.add_scatter(x=part["day"].dt.strftime("%Y-%m-%d"), y=_esc(part["source"]), mode="markers", name=name,
                            marker=dict(color=color, size=12), text=_esc(part["target"] + " (" + part["event"] + ")"),
                            customdata=_esc(part["evidence"]),
                            hovertemplate="→ %{text}<br>%{customdata}<extra></extra>")
    fig.update_layout(title="Dated relations", xaxis_title="date", yaxis_title="source", **{**_LAYOUT, "height": 420})
    return fig
