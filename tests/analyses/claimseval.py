"""Score the claims table against the claims gold (tests/data/claims, see its README).

A gold claim is found when a predicted claim's span overlaps its `context`; claimant, modality,
check-worthiness and prospective are then compared on the predicted claim that shares most
characters with it. Precision is plain: predicted claims overlapping some gold claim / all
predicted claims (the gold lists its "not claims" only in comments). A link (`linked_quote_id`)
is right when the linked post contains the gold's `reports_embed`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from goldeval import _norm, _same
from mediakit.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
CLAIMS_DIR = ROOT / "tests" / "data" / "claims"
TUNE_DIR, HELDOUT_DIR = CLAIMS_DIR / "tune", CLAIMS_DIR / "heldout"
HELDOUT2_DIR = CLAIMS_DIR / "heldout2"  # blind: written before any run, scored at 7766554 and 4a0bec5 only
HELDOUT3_DIR = CLAIMS_DIR / "heldout3"  # blind: written before any run, scored at e014005, c29b6c6, claims3 (aggregates)
HELDOUT4_DIR = CLAIMS_DIR / "heldout4"  # blind: written before any run (4320172), scored at 608d3c6 and 3e500df only
METRICS = ("claims found", "claims precision", "claimant", "modality", "checkworthy", "prospective",
           "links found", "links precision")


@dataclass
class Counts:
    """Hits over totals per metric, with notes on the misses."""

    hits: dict = field(default_factory=lambda: {m: 0 for m in METRICS})
    totals: dict = field(default_factory=lambda: {m: 0 for m in METRICS})
    notes: list = field(default_factory=list, repr=False)  # kept out of assertion messages: held-out errors stay unread

    def add(self, other: "Counts") -> "Counts":
        return Counts({m: self.hits[m] + other.hits[m] for m in METRICS},
                      {m: self.totals[m] + other.totals[m] for m in METRICS}, self.notes + other.notes)

    def rate(self, metric: str) -> float:
        return self.hits[metric] / self.totals[metric] if self.totals[metric] else 1.0


def _article(gold_path: Path, doc_id: str) -> Path:
    own = gold_path.with_suffix(".txt")
    return own if own.is_file() else ROOT / "seeds" / f"{doc_id}.txt"


def _locate(text: str, context: str, where: str) -> tuple[int, int]:
    ctx = _norm(context)
    pos = text.find(ctx)
    assert pos >= 0 and text.find(ctx, pos + 1) < 0, f"{where}: context not unique/found: {ctx!r}"
    return pos, pos + len(ctx)


def score_article(gold_path: Path, analysis) -> Counts:
    """Counts for one gold file against an analysis of its article."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    doc_id = gold["doc_id"]
    text = normalize_text(_article(gold_path, doc_id).read_text(encoding="utf-8"))
    claims = analysis.claims[analysis.claims["doc_id"] == doc_id].to_dict("records")
    quotes = {q["quote_id"]: q for q in analysis.quotes.to_dict("records")}
    c = Counts()
    spans = []
    for g in gold["claims"]:
        s, e = _locate(text, g["context"], gold_path.name)
        spans.append((s, e))
        c.totals["claims found"] += 1
        hits = [(min(e, p["end"]) - max(s, p["start"]), p) for p in claims if p["start"] < e and s < p["end"]]
        if not hits:
            c.notes.append(f"{doc_id}: missed {g['context'][:50]!r}")
            continue
        c.hits["claims found"] += 1
        # most shared characters; on a tie the tighter claim (a relative clause inside its sentence's)
        p = max(hits, key=lambda h: (h[0], -(h[1]["end"] - h[1]["start"])))[1]
        for metric, got, want in (("claimant", p["claimant"], g["claimant"]), ("modality", p["modality"], g["modality"]),
                                  ("checkworthy", bool(p["checkworthy"]), bool(g["checkworthy"])),
                                  ("prospective", bool(p["prospective"]), bool(g.get("prospective", False)))):
            c.totals[metric] += 1
            ok = _same(got, want) if metric == "claimant" else got == want
            c.hits[metric] += ok
            if not ok:
                c.notes.append(f"{doc_id}: {metric} of {g['context'][:40]!r}: {got!r} (gold {want!r})")
        if g.get("reports_embed"):
            c.totals["links found"] += 1
            es, ee = _locate(text, g["reports_embed"], gold_path.name)
            q = quotes.get(p["linked_quote_id"]) if isinstance(p["linked_quote_id"], str) else None
            c.hits["links found"] += bool(q) and q["start"] <= es and ee <= q["end"] + 1
    for p in claims:
        c.totals["claims precision"] += 1
        c.hits["claims precision"] += any(p["start"] < e and s < p["end"] for s, e in spans)
        if isinstance(p["linked_quote_id"], str):
            c.totals["links precision"] += 1
            q = quotes[p["linked_quote_id"]]
            right = [g for g, (s, e) in zip(gold["claims"], spans) if p["start"] < e and s < p["end"]
                     and g.get("reports_embed") and q["start"] <= _locate(text, g["reports_embed"], "")[0] < q["end"]]
            c.hits["links precision"] += bool(right)
            if not right:
                c.notes.append(f"{doc_id}: wrong link {p['text'][:40]!r} → {q['text'][:30]!r}")
    return c


def score_dir(folder: Path) -> dict[str, Counts]:
    """Analyse and score every gold file of `folder`, keyed by doc_id."""
    import mediakit as mk

    out = {}
    for path in sorted(folder.glob("*.yml")):
        doc_id = yaml.safe_load(path.read_text(encoding="utf-8"))["doc_id"]
        out[doc_id] = score_article(path, mk.analyze(_article(path, doc_id)))
    return out


def pooled(scores: dict[str, Counts]) -> Counts:
    """All articles' counts summed."""
    total = Counts()
    for c in scores.values():
        total = total.add(c)
    return total


def format_scores(scores: dict[str, Counts]) -> str:
    """A plain-text table: each metric per article and pooled, as rate (hits/total)."""
    cols = list(scores) + ["pooled"]
    table = {**scores, "pooled": pooled(scores)}
    lines = [f"{'metric':<18}" + "".join(f"{c[:22]:>26}" for c in cols)]
    for m in METRICS:
        lines.append(f"{m:<18}" + "".join(
            f"{table[c].rate(m):>12.2f} ({table[c].hits[m]:>3}/{table[c].totals[m]:>3})   " for c in cols))
    return "\n".join(lines)
