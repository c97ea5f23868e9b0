"""Score mediakit on the web pages of tests/data/webpress (full HTML, gold in the README's format).

Matching, decided before the first score:
* **actors** — a gold actor is found when some mention's canonical actor is its name or one of its
  `forms` (case, NFC and apostrophes normalised); `canonical` when it is the name itself; `type` on the
  found ones. A predicted actor that is none of the gold names or forms counts against precision
  (boilerplate leaking in shows here).
* **quotes** — a gold quote is found when a predicted quote overlaps it in the document text (both
  located by their words); the speaker is right when the predicted speaker is the gold speaker (or one
  of its forms), or both are null / unresolved.
* **relations** — directed (source, target, polarity) with both ends mapped to gold names through
  the forms, in the sentence holding the gold `context`, as tests/analyses/relgold.py does.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from goldeval import Score
from mediakit.text.normalize import normalize_text

WEBPRESS_DIR = Path(__file__).resolve().parent / "data" / "webpress"


def _norm(s) -> str:
    return unicodedata.normalize("NFC", str(s)).replace("\u2019", "'").replace("\u00a0", " ").casefold().strip()


def _text(s: str) -> str:
    """Gold text as it reads in `documents.text` (entities decoded, normalised)."""
    return normalize_text(html.unescape(s)).strip()


@dataclass
class PageScore:
    actors: Score
    canonical: Score
    types: Score
    quotes: Score
    speakers: Score
    relations: Score


def score_page(gold: dict, analysis, doc_id: str) -> PageScore:
    """The six figures of one page (`analysis` holds the page's document)."""
    names: dict[str, str] = {}  # any gold form → the gold name
    for a in gold["actors"]:
        for form in [a["name"], *a.get("forms", [])]:
            names[_norm(form)] = a["name"]
    m = analysis.mentions[analysis.mentions.doc_id == doc_id]
    predicted = {a: t for a, t in zip(m.actor, m.actor_type)}
    found = {names[_norm(a)] for a in predicted if _norm(a) in names}
    actors = Score(len(found), len(gold["actors"]), sum(1 for a in predicted if _norm(a) in names), len(predicted))
    canonical_hits = {a for a in predicted if _norm(a) in {_norm(g["name"]) for g in gold["actors"]}}
    canonical = Score(len(canonical_hits), len(gold["actors"]), len(canonical_hits), len(predicted))
    type_right = sum(1 for g in gold["actors"] if any(names.get(_norm(a)) == g["name"] and t == g["type"]
                                                     for a, t in predicted.items()))
    types = Score(type_right, len(found), type_right, len(found))

    raw = analysis.documents.set_index("doc_id").loc[doc_id, "text"]
    q = analysis.quotes[analysis.quotes.doc_id == doc_id]
    spans = [(s, e, sp if r else None) for s, e, sp, r in zip(q.start, q.end, q.speaker, q.speaker_resolved)]
    gold_spans, cursor = [], 0
    for g in gold["quotes"]:  # in text order: a repeated short quote is its next occurrence
        at = _locate(raw, _text(g["text"]), cursor) or _locate(raw, _text(g["text"]))
        cursor = at[1] if at else cursor
        gold_spans.append((at, g.get("speaker")))
    hits, speaker_right, matched_pred = 0, 0, set()
    for at, speaker in gold_spans:
        if at is None:
            continue
        over = [k for k, (s, e, _) in enumerate(spans) if s < at[1] and at[0] < e]
        if over:
            hits += 1
            matched_pred.update(over)
            said = spans[over[0]][2]
            if (said is None and speaker is None) or (said is not None and speaker is not None
                                                      and names.get(_norm(said)) == speaker):
                speaker_right += 1
    quotes = Score(hits, len(gold["quotes"]), len(matched_pred), len(spans))
    speakers = Score(speaker_right, hits, speaker_right, hits)

    sents = analysis.sentences[analysis.sentences.doc_id == doc_id]
    bounds = list(zip(sents.sent_id, sents.start, sents.end))
    gold_rel = set()
    for r in gold.get("relations", []):
        at = _locate(raw, _text(r["context"]))
        sid = next((i for i, s, e in bounds if at and s <= at[0] < e), None)
        gold_rel.add((sid, r["source"], r["target"], int(r["polarity"])))
    rel = analysis.relations[analysis.relations.doc_id == doc_id]
    pred_rel = {(sid, names.get(_norm(s), s), names.get(_norm(t), t), int(p))
                for sid, s, t, p in zip(rel.sent_id, rel.source, rel.target, rel.polarity)}
    tp = len(gold_rel & pred_rel)
    relations = Score(tp, len(gold_rel), tp, len(pred_rel))
    return PageScore(actors, canonical, types, quotes, speakers, relations)


def _locate(raw: str, words: str, start: int = 0):
    """(start, end) of `words` in the document's text from `start`, any run of spaces matching any other."""
    if not words.strip():
        return None
    m = re.compile(r"\s+".join(re.escape(w) for w in words.split())).search(raw, start)
    return (m.start(), m.end()) if m else None


def score_webpress(analysis) -> dict[str, PageScore]:
    """Each page's figures, keyed by the page's file stem."""
    out = {}
    for path in sorted(WEBPRESS_DIR.glob("*.yml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[path.stem] = score_page(gold, analysis, path.stem)
    return out


def pooled(scores: dict[str, PageScore], field: str) -> Score:
    out = Score()
    for s in scores.values():
        out = out.add(getattr(s, field))
    return out
