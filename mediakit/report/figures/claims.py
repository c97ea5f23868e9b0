"""Figures about claims (notebook 04): a tidy frame in, a figure out; article text HTML-escaped."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from .overview import _LAYOUT, _esc

_MODALITY_COLORS = {"asserted": "#4C78A8", "reported": "#72B7B2", "hedged": "#EECA3B", "alleged": "#E45756"}


def modality_bar(frame: pd.DataFrame) -> go.Figure:
    """Stacked horizontal bars: claims per claimant, split by modality."""
    order = frame.groupby("claimant")["claims"].sum().sort_values(ascending=True, kind="stable")
    fig = go.Figure()
    for modality, color in _MODALITY_COLORS.items():
        part = frame[frame["modality"] == modality]
        if len(part):
            fig.add_bar(y=_esc(part["claimant"]), x=part["claims"], orientation="h", name=modality, marker_color=color)
    fig.update_layout(title="Who claims what, how sure", xaxis_title="claims", barmode="stack",
                      yaxis=dict(categoryorder="array", categoryarray=_esc(order.index)), **_LAYOUT)
    return fig


def checkworthiness_strip(frame: pd.DataFrame) -> go.Figure:
    """Each claim's check-worthiness by modality, with claimant and text on hover."""
    fig = go.Figure()
    for modality, color in _MODALITY_COLORS.items():
        part = frame[frame["modality"] == modality]
        if len(part):
            fig.add_scatter(x=part["checkworthiness"], y=[html.escape(modality)] * len(part), mode="markers",
                            name=modality, marker=dict(color=color, size=9, opacity=0.7),
                            text=_esc(part["claimant"]), customdata=_esc(part["text"]),
                            hovertemplate="%{text}: %{customdata}<br>score %{x:.2f}<extra></extra>")
    fig.update_layout(title="Check-worthiness of each claim", xaxis_title="check-worthiness (0..1)",
                      xaxis=dict(range=[0, 1]), **_LAYOUT)
    return fig


def features_bar(frame: pd.DataFrame) -> go.Figure:
    """Grouped bars: claims having each check-worthiness feature, and how many of them are check-worthy."""
    fig = go.Figure()
    fig.add_bar(x=_esc(frame["feature"]), y=frame["claims"], name="claims with the feature", marker_color="#9D9D9D")
    fig.add_bar(x=_esc(frame["feature"]), y=frame["checkworthy"], name="of which check-worthy", marker_color="#E45756")
    fig.update_layout(title="What drives check-worthiness", xaxis_title="feature", yaxis_title="claims",
                      barmode="group", **_LAYOUT)
    return fig
