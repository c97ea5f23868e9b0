"""Tidy tone frames computed from an Analysis: per sentence, document, quote, language, block and actor.

Every aggregate takes `evidence=True` to list the sentences behind it instead (doc_id, sent_id,
text, with their tone), so a figure's number can be traced back to what the articles say.
"""

from __future__ import annotations

import pandas as pd

from ...analyses.sentiment import tone
from ...analysis import Analysis
from ...types import TONES
from .overview import shorten

_EVIDENCE = ["doc_id", "sent_id", "tone", "polarity", "text"]


def sentence_tones(a: Analysis) -> pd.DataFrame:
    """Every sentence with mediakit's and the raw library's tone, its block, language and voice."""
    s = a.sentences
    cols = ["doc_id", "sent_id", "block", "lang", "voice", "analyzer", "polarity", "polarity_raw", "tone", "text"]
    out = s[cols].copy()
    out["tone_raw"] = [_raw_tone(p) for p in s["polarity_raw"]]
    return out.sort_values(["doc_id", "sent_id"]).reset_index(drop=True)


def _raw_tone(polarity) -> str:
    return tone(None if pd.isna(polarity) else float(polarity))


def _aggregate(rows: pd.DataFrame, keys: list[str], evidence: bool) -> pd.DataFrame:
    """Counts per tone and mean polarity per group of `keys`; or the rows themselves as evidence."""
    if evidence:
        return rows[keys + [c for c in _EVIDENCE if c not in keys]].sort_values(keys + ["doc_id", "sent_id"]).reset_index(drop=True)
    if rows.empty:
        return pd.DataFrame(columns=keys + ["n", *TONES, "mean_polarity"])
    counts = pd.crosstab([rows[k] for k in keys], rows["tone"]).reindex(columns=list(TONES), fill_value=0)
    counts.columns = list(TONES)
    out = counts.reset_index()
    out.insert(len(keys), "n", out[list(TONES)].sum(axis=1))
    mean = rows.groupby(keys)["polarity"].mean().round(4).rename("mean_polarity").reset_index()
    return out.merge(mean, on=keys, how="left").sort_values(keys).reset_index(drop=True)


def tone_by_document(a: Analysis, evidence: bool = False) -> pd.DataFrame:
    """Per document: sentences per tone, mean sentence polarity (documents.polarity pools words instead)."""
    return _aggregate(sentence_tones(a), ["doc_id"], evidence)


def tone_by_language(a: Analysis, evidence: bool = False) -> pd.DataFrame:
    """Per sentence language (analyzer "none" languages are all neutral by design)."""
    return _aggregate(sentence_tones(a), ["lang"], evidence)


def tone_by_block(a: Analysis, evidence: bool = False) -> pd.DataFrame:
    """Per block (body, heading, embed, attribution) and voice (own words or reported)."""
    return _aggregate(sentence_tones(a), ["block", "voice"], evidence)


def tone_by_quote(a: Analysis, evidence: bool = False) -> pd.DataFrame:
    """Per quote: the tone of the quoted words (the speaker's), with the speaker and kind."""
    q = a.quotes
    rows = q.assign(speaker=q["speaker"].fillna("(unattributed)"))[
        ["doc_id", "quote_id", "speaker", "kind", "sent_id", "tone", "polarity", "text"]]
    return _aggregate(rows, ["doc_id", "quote_id", "speaker", "kind"], evidence)


def actor_tone_rows(a: Analysis) -> pd.DataFrame:
    """One row per (actor, side, sentence or quote): ABOUT the actor, or what the actor SAYS.

    ABOUT: sentences mentioning the actor, except those holding one of its own quotes (there the
    tone is the actor's, not the coverage's). SAYS: the actor's quotes and posts, by their words' tone.
    """
    q = a.quotes[a.quotes["speaker_resolved"].astype(bool)]
    s = a.sentences
    own = set()
    for doc, qs, qe, speaker in zip(q["doc_id"], q["start"], q["end"], q["speaker"]):
        hit = s[(s["doc_id"] == doc) & (s["start"] < qe) & (qs < s["end"])]
        own.update((speaker, doc, sid) for sid in hit["sent_id"])
    m = a.mentions[["actor", "doc_id", "sent_id"]].drop_duplicates()
    m = m[[(r.actor, r.doc_id, r.sent_id) not in own for r in m.itertuples()]]
    about = m.merge(s[["doc_id", "sent_id", "tone", "polarity", "text"]], on=["doc_id", "sent_id"])
    says = q.rename(columns={"speaker": "actor"})[["actor", "doc_id", "sent_id", "tone", "polarity", "text"]]
    out = pd.concat([about.assign(side="about"), says.assign(side="says")], ignore_index=True)
    return out[["actor", "side", "doc_id", "sent_id", "tone", "polarity", "text"]]


def actor_tone(a: Analysis, evidence: bool = False, min_rows: int = 1, examples: int = 3) -> pd.DataFrame:
    """Per actor and side (about, says): counts per tone, mean polarity and the most polar sentences.

    Only actors with at least `min_rows` rows; `examples` sentences (most polar first) per row.
    """
    rows = actor_tone_rows(a)
    rows = rows[rows.groupby("actor")["text"].transform("size") >= min_rows]
    out = _aggregate(rows, ["actor", "side"], evidence)
    if evidence or out.empty:
        return out
    ranked = rows.assign(strength=rows["polarity"].abs().fillna(0)).sort_values(
        ["actor", "side", "strength", "doc_id", "sent_id"], ascending=[True, True, False, True, True])
    texts = ranked.groupby(["actor", "side"])["text"].apply(lambda t: "\n".join(shorten(x, 120) for x in t[:examples]))
    return out.merge(texts.rename("examples").reset_index(), on=["actor", "side"], how="left")


def raw_vs_mediakit(a: Analysis) -> pd.DataFrame:
    """Sentences by raw library tone and mediakit tone (analysed languages only)."""
    t = sentence_tones(a)
    t = t[t["analyzer"] != "none"]
    out = t.groupby(["tone_raw", "tone"]).size().rename("sentences").reset_index()
    full = pd.MultiIndex.from_product([TONES, TONES], names=["tone_raw", "tone"]).to_frame(index=False)
    out = full.merge(out, on=["tone_raw", "tone"], how="left").fillna({"sentences": 0})
    return out.astype({"sentences": int})
