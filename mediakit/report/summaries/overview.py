"""Tidy summary frames computed from an Analysis: what notebooks show and figures draw."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

import pandas as pd

from ...analysis import Analysis

_REPO = Path(__file__).resolve().parents[3]


def locate_corpus(corpus: Union[str, Path, None] = None) -> Path:
    """The corpus to analyse: the path given, else the seeds/ folder of this checkout."""
    return Path(corpus) if corpus else _REPO / "seeds"


def corpus_overview(a: Analysis) -> pd.DataFrame:
    """One row of headline counts for the whole corpus."""
    m = a.manifest
    return pd.DataFrame([{
        "documents": len(a.documents),
        "skipped files": m.get("n_skipped", 0),
        "sentences": len(a.sentences),
        "words": int(a.documents["n_words"].sum()) if len(a.documents) else 0,
        "actors": a.mentions["actor"].nunique(),
        "mentions": len(a.mentions),
        "quotes": len(a.quotes),
        "dates": len(a.dates),
        "amounts": len(a.amounts),
    }])


def documents_overview(a: Analysis) -> pd.DataFrame:
    """Per document: title, language, date (and whether inferred from the text), size."""
    cols = ["doc_id", "title", "lang", "published", "published_inferred", "n_sentences", "n_words"]
    return a.documents[cols].sort_values("doc_id").reset_index(drop=True)


def blocks_by_language(a: Analysis) -> pd.DataFrame:
    """Sentence counts by block (body, heading, embed, attribution) and language."""
    s = a.sentences
    if s.empty:
        return pd.DataFrame(columns=["block", "lang", "sentences"])
    out = s.groupby(["block", "lang"]).size().rename("sentences").reset_index()
    return out.sort_values(["block", "lang"]).reset_index(drop=True)


def top_actors(a: Analysis, n: int = 15, places: str = "acting") -> pd.DataFrame:
    """The most-mentioned actors with their type, mention count and documents.

    With `places="acting"` a place counts as an actor only when it acts somewhere in the corpus
    ("la France a voté contre"); a place that is only where things happen is left out.
    `places="all"` keeps every place.
    """
    m = a.mentions
    if places == "acting" and not m.empty and "acts" in m.columns:
        acting = set(m.loc[m["acts"].astype(bool), "actor"])
        m = m[(m["actor_type"] != "place") | m["actor"].isin(acting)]
    if m.empty:
        return pd.DataFrame(columns=["actor", "actor_type", "mentions", "documents"])
    out = (m.groupby(["actor", "actor_type"])
           .agg(mentions=("text", "size"), documents=("doc_id", "nunique")).reset_index())
    return out.sort_values(["mentions", "actor"], ascending=[False, True]).head(n).reset_index(drop=True)


def actor_names(a: Analysis, actors: Optional[list[str]] = None) -> pd.DataFrame:
    """Under which names each actor is mentioned (full name, surname, @handle, role phrase)."""
    m = a.mentions if actors is None else a.mentions[a.mentions["actor"].isin(actors)]
    if m.empty:
        return pd.DataFrame(columns=["actor", "name", "method", "mentions"])
    out = m.groupby(["actor", "text", "method"]).size().rename("mentions").reset_index()
    out = out.rename(columns={"text": "name"})
    return out.sort_values(["actor", "mentions", "name"], ascending=[True, False, True]).reset_index(drop=True)


def quotes_by_speaker(a: Analysis) -> pd.DataFrame:
    """Who is quoted and how: counts per speaker and kind; unattributed quotes get their own row."""
    q = a.quotes
    if q.empty:
        return pd.DataFrame(columns=["speaker", "kind", "quotes"])
    speaker = q["speaker"].where(q["speaker_resolved"].astype(bool), None)
    speaker = speaker.fillna("(not a named actor)")
    out = q.assign(speaker=speaker).groupby(["speaker", "kind"]).size().rename("quotes").reset_index()
    return out.sort_values(["quotes", "speaker", "kind"], ascending=[False, True, True]).reset_index(drop=True)


def quote_list(a: Analysis, width: int = 120) -> pd.DataFrame:
    """Every quote with its speaker, kind, language and date, text shortened to `width`."""
    q = a.quotes
    out = q[["doc_id", "quote_id", "speaker", "kind", "lang", "date", "text"]].copy()
    out["text"] = out["text"].map(lambda t: shorten(t, width))
    return out.reset_index(drop=True)


def dates_timeline(a: Analysis) -> pd.DataFrame:
    """Dates mentioned, as a plottable day with the sentence they come from."""
    d = a.dates
    if d.empty:
        return pd.DataFrame(columns=["doc_id", "date", "granularity", "day", "text", "sentence"])
    sentences = a.sentences.set_index(["doc_id", "sent_id"])["text"]
    out = d[["doc_id", "date", "granularity", "text"]].copy()
    out["day"] = pd.to_datetime(out["date"].map(_first_day))
    out["sentence"] = [shorten(sentences.get((doc, sid), ""), 140) for doc, sid in zip(d["doc_id"], d["sent_id"])]
    return out.sort_values(["day", "doc_id", "text"]).reset_index(drop=True)


def amounts_in_context(a: Analysis) -> pd.DataFrame:
    """Money amounts with their value, currency, period and sentence."""
    am = a.amounts
    if am.empty:
        return pd.DataFrame(columns=["doc_id", "text", "value", "currency", "per", "vague", "sentence"])
    sentences = a.sentences.set_index(["doc_id", "sent_id"])["text"]
    out = am[["doc_id", "text", "value", "currency", "per", "vague"]].copy()
    out["sentence"] = [shorten(sentences.get((doc, sid), ""), 140) for doc, sid in zip(am["doc_id"], am["sent_id"])]
    return out.reset_index(drop=True)


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut at a word boundary to at most `width` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1].rsplit(" ", 1)[0] + "…"


def _first_day(value: str) -> str:
    parts = str(value).split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))
