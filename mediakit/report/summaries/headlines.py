"""The headline figures of every report, for the index page: one small frame per finding."""

from __future__ import annotations

import pandas as pd

from ...analysis import Analysis
from .overview import quotes_by_speaker, shorten


def most_quoted(a: Analysis, n: int = 5) -> pd.DataFrame:
    """The named actors quoted most often, all kinds together."""
    q = quotes_by_speaker(a)
    q = q[q["speaker"] != "(not a named actor)"]
    out = q.groupby("speaker", as_index=False)["quotes"].sum()
    return out.sort_values(["quotes", "speaker"], ascending=[False, True]).head(n).reset_index(drop=True)


def most_negative_coverage(a: Analysis, n: int = 5, min_sentences: int = 2) -> pd.DataFrame:
    """Actors whose coverage (sentences about them, not their own words) is the most negative."""
    from .sentiment import actor_tone

    t = actor_tone(a)
    if t.empty:
        return pd.DataFrame(columns=["actor", "sentences", "negative", "mean_polarity"])
    about = t[(t["side"] == "about") & (t["n"] >= min_sentences)]
    out = about.rename(columns={"n": "sentences"})[["actor", "sentences", "negative", "mean_polarity"]]
    return out.sort_values(["mean_polarity", "actor"]).head(n).reset_index(drop=True)


def strongest_conflicts(a: Analysis, n: int = 5) -> pd.DataFrame:
    """The pairs with the most conflict events, with one sentence of evidence."""
    r = a.relations
    if r.empty:
        return pd.DataFrame(columns=["source", "target", "events", "mean_intensity", "evidence"])
    c = r[r["polarity"] < 0]
    out = (c.groupby(["source", "target"], as_index=False)
           .agg(events=("event", "size"), mean_intensity=("intensity", "mean"), evidence=("evidence", "first")))
    out["mean_intensity"] = out["mean_intensity"].round(1)
    out["evidence"] = out["evidence"].map(lambda t: shorten(t, 110))
    return out.sort_values(["events", "mean_intensity", "source", "target"], ascending=[False, True, True, True]
                           ).head(n).reset_index(drop=True)


def claims_to_check(a: Analysis, n: int = 5) -> pd.DataFrame:
    """The most check-worthy claims, with their claimant and modality."""
    c = a.claims
    if c.empty:
        return pd.DataFrame(columns=["claimant", "modality", "checkworthiness", "claim"])
    out = c.sort_values(["checkworthiness", "doc_id", "claim_id"], ascending=[False, True, True]).head(n)
    out = out.assign(claim=out["text"].map(lambda t: shorten(t, 110)))
    return out[["claimant", "modality", "checkworthiness", "claim"]].reset_index(drop=True)
