"""Tidy frames about claims (notebook 04): ranked claims, modality per claimant, links, shortlist."""

from __future__ import annotations

import pandas as pd

from ...analysis import Analysis
from ...types import CHECKWORTHY_FEATURES, CLAIM_MODALITIES
from .overview import shorten

_RANKED = ["doc_id", "claim_id", "claimant", "modality", "modality_cue", "prospective", "checkworthiness",
           "checkworthy", "numbers", "dates", "why", "text"]


def _texts(table: pd.DataFrame, id_col: str) -> dict:
    return dict(zip(table[id_col], table["text"])) if id_col in table.columns else {}


def _joined(ids, texts: dict) -> str:
    return ", ".join(texts.get(i, "") for i in ids.split(",")) if isinstance(ids, str) else ""


def _why(row) -> str:
    # the features that raised (+) or lowered (−) the score, as a reader can check them
    up = [f for f in CHECKWORTHY_FEATURES if row.get(f"cw_{f}", 0) and f not in ("opinion", "question", "prediction", "vague")]
    down = [f for f in ("opinion", "question", "prediction", "vague") if row.get(f"cw_{f}", 0)]
    return ", ".join([f"+{f}" for f in up] + [f"−{f}" for f in down])


def claims_ranked(a: Analysis, n: int | None = None, width: int = 160) -> pd.DataFrame:
    """Claims by check-worthiness (highest first) with claimant, modality, cue, numbers and dates inside."""
    c = a.claims
    if c.empty:
        return pd.DataFrame(columns=_RANKED)
    amounts, dates = _texts(a.amounts, "amount_id"), _texts(a.dates, "date_id")
    out = c.copy()
    out["numbers"] = [_joined(ids, amounts) for ids in c["amount_ids"]]
    out["dates"] = [_joined(ids, dates) for ids in c["date_ids"]]
    out["why"] = [_why(r) for r in c.to_dict("records")]
    out["text"] = out["text"].map(lambda t: shorten(t, width))
    out["modality_cue"] = out["modality_cue"].fillna("")
    out = out.sort_values(["checkworthiness", "doc_id", "start"], ascending=[False, True, True], kind="stable")
    out = out[_RANKED].reset_index(drop=True)
    return out if n is None else out.head(n)


def modality_by_claimant(a: Analysis, top_n: int = 15) -> pd.DataFrame:
    """Claims per claimant and modality (the claimants with most claims; journalist and unattributed included)."""
    c = a.claims
    if c.empty:
        return pd.DataFrame(columns=["claimant", "modality", "claims"])
    top = c["claimant"].value_counts().sort_index().sort_values(ascending=False, kind="stable").head(top_n).index
    out = c[c["claimant"].isin(top)].groupby(["claimant", "modality"]).size().rename("claims").reset_index()
    out["modality"] = pd.Categorical(out["modality"], CLAIM_MODALITIES, ordered=True)
    out = out.sort_values(["claimant", "modality"]).reset_index(drop=True)
    out["modality"] = out["modality"].astype(str)
    return out


def linked_claims(a: Analysis, width: int = 140) -> pd.DataFrame:
    """Claims that report an embedded post in another language, beside the post they report."""
    cols = ["doc_id", "claimant", "claim", "post", "post_date", "linked_quote_id"]
    c = a.claims
    if c.empty or c["linked_quote_id"].isna().all():
        return pd.DataFrame(columns=cols)
    posts = a.quotes.set_index("quote_id")
    out = c[c["linked_quote_id"].notna()].copy()
    out["claim"] = out["text"].map(lambda t: shorten(t, width))
    out["post"] = [shorten(posts.at[q, "text"], width) for q in out["linked_quote_id"]]
    out["post_date"] = [posts.at[q, "date"] for q in out["linked_quote_id"]]
    return out[cols].reset_index(drop=True)


def check_first(a: Analysis, n: int = 10) -> pd.DataFrame:
    """The "check these first" shortlist: check-worthy claims by a named actor or the journalist, highest score first.

    Alleged claims come first at equal score: an unproven accusation is what a fact-checker
    should settle before it spreads.
    """
    ranked = claims_ranked(a)
    if ranked.empty:
        return ranked
    short = ranked[ranked["checkworthy"].astype(bool)].copy()
    short["_alleged"] = short["modality"] != "alleged"
    short = short.sort_values(["checkworthiness", "_alleged", "doc_id"], ascending=[False, True, True], kind="stable")
    return short.drop(columns="_alleged").head(n).reset_index(drop=True)


def checkworthy_features(a: Analysis) -> pd.DataFrame:
    """For each check-worthiness feature: claims that have it, and how many of those are check-worthy."""
    c = a.claims
    rows = []
    for f in CHECKWORTHY_FEATURES:
        col = f"cw_{f}"
        has = c[c[col] > 0] if col in c else c.iloc[0:0]
        rows.append({"feature": f, "claims": len(has), "checkworthy": int(has["checkworthy"].astype(bool).sum())})
    return pd.DataFrame(rows)
