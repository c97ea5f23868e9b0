"""Tidy frames behind the annotated article view: each document's header and every span to mark."""

from __future__ import annotations

import pandas as pd

from ...analysis import Analysis

#: Span layers, outermost first: a quotation holds names, dates and amounts; a claim holds a quotation.
LAYERS = ("claim", "quote", "mention", "date", "amount")
SPAN_COLUMNS = ["doc_id", "layer", "start", "end", "label", "title"]


def article_header(a: Analysis, doc_id: str) -> dict:
    """Source, publication date (given or inferred), language mix and counts of one document."""
    doc = a.documents[a.documents["doc_id"] == doc_id].iloc[0]
    sents = a.sentences[a.sentences["doc_id"] == doc_id]
    langs = sents["lang"].value_counts()
    mix = ", ".join(f"{lang} {n}" for lang, n in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0])))
    counts = {name: int((getattr(a, name)["doc_id"] == doc_id).sum())
              for name in ("sentences", "mentions", "quotes", "dates", "amounts", "relations", "claims")}
    return {
        "doc_id": doc_id,
        "title": doc["title"],
        "source": doc["source"],
        "published": doc["published"],
        "published_inferred": bool(doc["published_inferred"]) if pd.notna(doc["published_inferred"]) else False,
        "languages": f"{mix} (sentences)",
        **counts,
    }


def article_spans(a: Analysis, doc_id: str) -> pd.DataFrame:
    """Every span of one document to highlight, with its layer, label and hover text, in text order."""
    rows: list[dict] = []

    def pick(table: pd.DataFrame) -> pd.DataFrame:
        return table[table["doc_id"] == doc_id] if len(table) else table

    for m in pick(a.mentions).itertuples():
        title = f"{m.actor} ({m.actor_type})" + ("" if m.actor == m.text else f", named here '{m.text}'")
        rows.append(dict(layer="mention", start=m.start, end=m.end, label=m.actor_type, title=title))
    for q in pick(a.quotes).itertuples():
        speaker = q.speaker if isinstance(q.speaker, str) else "no speaker found"
        said = speaker if q.speaker_resolved else f"{speaker} (not a named actor)"
        tone = getattr(q, "tone", None)
        rows.append(dict(layer="quote", start=q.start, end=q.end, label=q.kind,
                         title=f"{q.kind} quote by {said}" + (f"; tone {tone}" if isinstance(tone, str) else "")))
    for d in pick(a.dates).itertuples():
        rows.append(dict(layer="date", start=d.start, end=d.end, label=d.granularity, title=f"date {d.date} ({d.granularity})"))
    for m in pick(a.amounts).itertuples():
        per = f" per {m.per}" if isinstance(m.per, str) else ""
        rows.append(dict(layer="amount", start=m.start, end=m.end, label=m.currency,
                         title=f"{m.value:,.0f} {m.currency}{per}" + (" (at least)" if m.vague else "")))
    claims = pick(a.claims)
    if len(claims) and {"start", "end"} <= set(claims.columns):
        for c in claims.itertuples():
            rows.append(dict(layer="claim", start=c.start, end=c.end, label=c.modality,
                             title=f"claim by {c.claimant}, {c.modality}, check-worthiness {float(c.checkworthiness):.2f}"))
    out = pd.DataFrame(rows, columns=SPAN_COLUMNS[1:])
    out.insert(0, "doc_id", doc_id)
    order = {layer: i for i, layer in enumerate(LAYERS)}
    out["rank"] = out["layer"].map(order)
    out = out.sort_values(["start", "rank", "end"], ascending=[True, True, False], kind="stable")
    return out.drop(columns="rank").reset_index(drop=True)


def article_sentences(a: Analysis, doc_id: str) -> pd.DataFrame:
    """The document's sentences with paragraph, block, tone and the relations they state."""
    s = a.sentences[a.sentences["doc_id"] == doc_id][["sent_id", "para_id", "start", "end", "block", "tone", "polarity"]]
    rel = a.relations[a.relations["doc_id"] == doc_id] if len(a.relations) else a.relations
    events: dict[int, list[str]] = {}
    for r in rel.itertuples():
        sign = "conflict" if r.polarity < 0 else "cooperation"
        events.setdefault(int(r.sent_id), []).append(f"{r.source} → {r.target}: {r.event} ({sign}, {r.modality})")
    out = s.copy()
    out["relations"] = [events.get(int(i), []) for i in out["sent_id"]]
    return out.sort_values("sent_id").reset_index(drop=True)


def article_ids(a: Analysis, max_documents: int) -> list[str]:
    """The documents the article view shows: the first `max_documents` by doc_id."""
    return sorted(a.documents["doc_id"].astype(str))[:max_documents]


def article_view(a: Analysis, doc_id: str) -> tuple[str, dict, pd.DataFrame, pd.DataFrame]:
    """What the article view draws for one document: its text, header, sentences and spans."""
    text = a.documents.loc[a.documents["doc_id"] == doc_id, "text"].iloc[0]
    return text, article_header(a, doc_id), article_sentences(a, doc_id), article_spans(a, doc_id)
