"""Score mediakit's tables against hand-made gold files (tests/data/gold/*.yml).

A gold entry locates its span by `context` (a unique substring of the article) and `text` inside
it, so annotators never count offsets. Matching is by overlap; an entry marked `optional` is
neither rewarded nor penalised.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mediakit.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
#: Articles written and annotated by a helper that never saw the code nor the articles above,
#: scored once when they arrived; kept apart so their figures stay an honest out-of-sample check.
HELDOUT_DIR = ROOT / "tests" / "data" / "heldout"
#: A second held-out set, scored once on arrival and never used to tune rules.
HELDOUT2_DIR = ROOT / "tests" / "data" / "heldout2"
#: A third set, written after all the rules above; scored once, for the record (first_score.txt).
HELDOUT3_DIR = ROOT / "tests" / "data" / "heldout3"
#: Articles in the conventions of real French press (incises inside quotations, short quotations
#: governed by a verb, spokespeople, outlets named with their article), for issue 7: a tuning
#: set and a fourth held-out set, each annotated before the code ran on it.
PRESS_DIR = ROOT / "tests" / "data" / "press"
HELDOUT4_DIR = ROOT / "tests" / "data" / "heldout4"
#: A second press-style tuning set for actor mentions with hard names (organisations named with
#: common words and articles, acronyms, clubs, town bodies, demonyms as designations), annotated
#: while it was written, before the code ran on it (first_score.txt).
PRESS2_DIR = ROOT / "tests" / "data" / "press2"
ARTICLE_DIRS = (ROOT / "seeds", ROOT / "tests" / "data" / "articles", HELDOUT_DIR, HELDOUT2_DIR, HELDOUT3_DIR,
                PRESS_DIR, HELDOUT4_DIR, PRESS2_DIR)


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("\u2019", "'")


@dataclass
class Score:
    """Counts behind precision and recall for one table of one article."""

    tp_gold: int = 0
    n_gold: int = 0
    tp_pred: int = 0
    n_pred: int = 0
    notes: list = field(default_factory=list)

    def add(self, other: "Score") -> "Score":
        return Score(self.tp_gold + other.tp_gold, self.n_gold + other.n_gold,
                     self.tp_pred + other.tp_pred, self.n_pred + other.n_pred, self.notes + other.notes)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 1.0


def article_path(doc_id: str) -> Path:
    for folder in ARTICLE_DIRS:
        p = folder / f"{doc_id}.txt"
        if p.is_file():
            return p
    raise FileNotFoundError(doc_id)


def load_gold(path: Path) -> dict:
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = normalize_text(article_path(gold["doc_id"]).read_text(encoding="utf-8"))
    for table in ("mentions", "quotes", "dates", "amounts", "sentences", "blocks"):
        for entry in gold.get(table) or []:
            ctx = _norm(entry["context"])
            pos = text.find(ctx)
            assert pos >= 0 and text.find(ctx, pos + 1) < 0, f"{path.name}: context not unique/found: {ctx!r}"
            inner = _norm(entry.get("text", ctx)) if table in ("mentions", "dates", "amounts") else ctx
            off = ctx.find(inner)
            assert off >= 0, f"{path.name}: {inner!r} not in context {ctx!r}"
            entry["start"], entry["end"] = pos + off, pos + off + len(inner)
    gold["_text"] = text
    return gold


def _overlap(a_s, a_e, b_s, b_e) -> bool:
    return a_s < b_e and b_s < a_e


def _same(a, b) -> bool:
    return _norm(str(_none(a) or "")).casefold().strip() == _norm(str(_none(b) or "")).casefold().strip()


def score_mentions(gold: dict, mentions) -> dict[str, Score]:
    g = gold.get("mentions") or []
    preds = mentions.to_dict("records")
    actor, span, typed = Score(), Score(), Score()
    for e in g:
        if e.get("optional"):
            continue
        hit = [p for p in preds if _overlap(p["start"], p["end"], e["start"], e["end"])]
        actor.n_gold += 1
        span.n_gold += 1
        if any(_same(p["actor"], e["actor"]) for p in hit):
            actor.tp_gold += 1
        else:
            actor.notes.append(f"missed mention {e['text']!r} → {e['actor']}" + (f" (got {hit[0]['actor']!r})" if hit else ""))
        span.tp_gold += bool(hit)
        right = [p for p in hit if _same(p["actor"], e["actor"])]
        if right:
            typed.n_gold += 1
            typed.tp_gold += right[0]["actor_type"] == e["type"]
            if right[0]["actor_type"] != e["type"]:
                typed.notes.append(f"type of {e['actor']!r}: {right[0]['actor_type']} (gold {e['type']})")
    for p in preds:
        hit = [e for e in g if _overlap(p["start"], p["end"], e["start"], e["end"])]
        if hit and all(e.get("optional") for e in hit):
            continue
        actor.n_pred += 1
        span.n_pred += 1
        span.tp_pred += bool(hit)
        if any(_same(p["actor"], e["actor"]) for e in hit):
            actor.tp_pred += 1
        else:
            actor.notes.append(f"spurious mention {p['text']!r} → {p['actor']}")
    typed.n_pred, typed.tp_pred = typed.n_gold, typed.tp_gold
    return {"mentions": actor, "mention spans": span, "actor types": typed}


def score_quotes(gold: dict, quotes) -> dict[str, Score]:
    g = gold.get("quotes") or []
    preds = _whole_quotations(quotes.to_dict("records"))
    found, speaker, kind = Score(), Score(), Score()
    for e in g:
        found.n_gold += 1
        hit = [p for p in preds if _overlap(p["start"], p["end"], e["start"], e["end"])]
        if not hit:
            found.notes.append(f"missed quote {e['context'][:40]!r}")
            continue
        found.tp_gold += 1
        # (the prediction best aligned with the gold span: most shared characters, then the shortest; a
        # reported clause that holds a « » span is a quote of its own, the span's match is the span)
        p = max(hit, key=lambda p: (min(p["end"], e["end"]) - max(p["start"], e["start"]), p["start"] - p["end"]))
        speaker.n_gold += 1
        # An unresolved speaker (a group's words, or none) counts as "not a named actor"; a gold
        # group speaker ("les salariés de l'usine", group: true) is right when the group is kept.
        said_by = p["speaker"] if p["speaker_resolved"] else None
        right = _same(said_by, e["speaker"])
        if e.get("group"):
            right = not p["speaker_resolved"] and _same_group(p["speaker"], e["speaker"])
        speaker.tp_gold += right
        if not right:
            speaker.notes.append(f"speaker of {e['context'][:30]!r}: {p['speaker']!r} (gold {e['speaker']!r})")
        kind.n_gold += 1
        kind.tp_gold += p["kind"] == e["kind"]
        if p["kind"] != e["kind"]:
            kind.notes.append(f"kind of {e['context'][:30]!r}: {p['kind']} (gold {e['kind']})")
    for p in preds:
        found.n_pred += 1
        if any(_overlap(p["start"], p["end"], e["start"], e["end"]) for e in g):
            found.tp_pred += 1
        else:
            found.notes.append(f"spurious quote {p['text'][:40]!r}")
    for s in (speaker, kind):
        s.n_pred, s.tp_pred = s.n_gold, s.tp_gold
    return {"quotes": found, "quote speakers": speaker, "quote kinds": kind}


def _whole_quotations(rows: list[dict]) -> list[dict]:
    """Parts of one quotation cut around an incise (`continues`) scored as one quote spanning them."""
    heads = {r["quote_id"]: dict(r) for r in rows if _none(r.get("continues")) is None}
    for r in rows:
        head = _none(r.get("continues"))
        if head is not None and head in heads:
            heads[head]["end"] = max(heads[head]["end"], r["end"])
    return list(heads.values())


def _same_group(predicted, gold) -> bool:
    """A kept group speaker matches when one wording holds the other ("les salariés" / "les salariés de l'usine")."""
    a = _norm(str(_none(predicted) or "")).casefold().strip()
    b = _norm(str(_none(gold) or "")).casefold().strip()
    return bool(a) and bool(b) and (a in b or b in a)


def _score_valued(name: str, g: list, preds: list, same) -> Score:
    s = Score()
    optional = [e for e in g if e.get("optional")]
    preds = [p for p in preds if not any(_overlap(p["start"], p["end"], e["start"], e["end"]) for e in optional)]
    g = [e for e in g if not e.get("optional")]
    for e in g:
        s.n_gold += 1
        hit = [p for p in preds if _overlap(p["start"], p["end"], e["start"], e["end"]) and same(p, e)]
        s.tp_gold += bool(hit)
        if not hit:
            s.notes.append(f"missed {name} {e['text']!r}")
    for p in preds:
        s.n_pred += 1
        ok = any(_overlap(p["start"], p["end"], e["start"], e["end"]) and same(p, e) for e in g)
        s.tp_pred += ok
        if not ok:
            s.notes.append(f"wrong or spurious {name} {p['text']!r}")
    return s


def score_dates(gold: dict, dates) -> Score:
    return _score_valued("date", gold.get("dates") or [], dates.to_dict("records"),
                         lambda p, e: str(p["date"]) == str(e["date"]) and p["granularity"] == e["granularity"])


def score_amounts(gold: dict, amounts) -> Score:
    def same(p, e):
        return (abs(float(p["value"]) - float(e["value"])) <= 1e-6 * max(1.0, float(e["value"]))
                and p["currency"] == e["currency"] and _none(p["per"]) == _none(e.get("per")))

    return _score_valued("amount", gold.get("amounts") or [], amounts.to_dict("records"), same)


def score_sentence_labels(gold: dict, sentences, table: str, column: str) -> Score:
    """Accuracy of a per-sentence label (language, block) at each gold entry's position."""
    s = Score()
    rows = sentences.to_dict("records")
    for e in gold.get(table) or []:
        if e.get("optional"):
            continue
        hit = [r for r in rows if r["start"] <= e["start"] < r["end"]]
        s.n_gold += 1
        ok = bool(hit) and hit[0][column] == e[column]
        s.tp_gold += ok
        if not ok:
            s.notes.append(f"{column} of {e['context'][:30]!r}: {hit[0][column] if hit else None} (gold {e[column]})")
    s.n_pred, s.tp_pred = s.n_gold, s.tp_gold
    return s


def score_article(gold: dict, analysis) -> dict[str, Score]:
    """Every score of one article, by table name."""
    doc_id = gold["doc_id"]

    def t(name):
        frame = getattr(analysis, name)
        return frame[frame["doc_id"] == doc_id]

    scores = {}
    scores.update(score_mentions(gold, t("mentions")))
    scores.update(score_quotes(gold, t("quotes")))
    scores["dates"] = score_dates(gold, t("dates"))
    scores["amounts"] = score_amounts(gold, t("amounts"))
    scores["sentence languages"] = score_sentence_labels(gold, t("sentences"), "sentences", "lang")
    scores["blocks"] = score_sentence_labels(gold, t("sentences"), "blocks", "block")
    doc = t("documents").iloc[0]
    scores["published"] = Score(int(str(doc["published"]) == str(gold.get("published"))), 1,
                                int(str(doc["published"]) == str(gold.get("published"))), 1)
    assert doc["text"] == gold["_text"]
    return scores


def score_dirs(*folders: Path) -> dict[str, dict[str, Score]]:
    """Analyse and score every gold file of `folders`, keyed by doc_id."""
    import mediakit as mk

    out = {}
    for folder in folders:
        for path in sorted(folder.glob("*.yml")):
            gold = load_gold(path)
            out[gold["doc_id"]] = score_article(gold, mk.analyze(article_path(gold["doc_id"])))
    return out


def pooled(scores: dict[str, dict[str, Score]], table: str) -> Score:
    """One table's counts summed over articles."""
    total = Score()
    for per_table in scores.values():
        total = total.add(per_table[table])
    return total


def format_table(per_article: dict[str, dict[str, Score]]) -> str:
    """A plain-text table: precision and recall per table per article, and pooled."""
    names = list(next(iter(per_article.values())).keys())
    lines = [f"{'table':<20}" + "".join(f"{a[:18]:>22}" for a in per_article) + f"{'pooled':>22}"]
    for n in names:
        pooled = Score()
        cells = []
        for a, scores in per_article.items():
            s = scores[n]
            pooled = pooled.add(s)
            cells.append(f"P {s.precision:4.2f} R {s.recall:4.2f} ({s.tp_gold}/{s.n_gold})")
        cells.append(f"P {pooled.precision:4.2f} R {pooled.recall:4.2f} ({pooled.tp_gold}/{pooled.n_gold})")
        lines.append(f"{n:<20}" + "".join(f"{c:>22}" for c in cells))
    return "\n".join(lines)


def _none(value):
    return None if value is None or value != value else value  # NaN → None
