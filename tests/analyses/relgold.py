"""Score the relations table against tests/data/relations (rules in its README)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mediakit.text.normalize import normalize_text

ROOT = Path(__file__).resolve().parents[2]
REL_DIR = ROOT / "tests" / "data" / "relations"
TUNE_DIR = REL_DIR / "tune"
HELDOUT_DIR = REL_DIR / "heldout"


def norm(s: str) -> str:
    """Actor names compare case-insensitively after NFC and ’ → '."""
    return unicodedata.normalize("NFC", str(s)).replace("\u2019", "'").casefold().strip()


@dataclass
class RelScore:
    """Counts behind precision and recall of (source, target, polarity) triples."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    tp_pred: int = 0
    notes: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    def add(self, o: "RelScore") -> "RelScore":
        return RelScore(self.tp + o.tp, self.n_gold + o.n_gold, self.n_pred + o.n_pred, self.tp_pred + o.tp_pred,
                        self.notes + o.notes)


def article(doc_id: str, folder: Path) -> Path:
    for p in (folder / f"{doc_id}.txt", ROOT / "seeds" / f"{doc_id}.txt"):
        if p.is_file():
            return p
    raise FileNotFoundError(doc_id)


def score_file(path: Path) -> RelScore:
    """Analyse one gold file's article and score its relations."""
    import mediakit as mk

    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    src = article(gold["doc_id"], path.parent)
    a = mk.analyze(src)
    text = a.documents.iloc[0]["text"]
    sents = a.sentences.to_dict("records")
    preds = a.relations.to_dict("records")

    def sent_of(ctx: str) -> int:
        pos = text.find(normalize_text(ctx))
        assert pos >= 0, ctx
        return next(s["sent_id"] for s in sents if s["start"] <= pos < s["end"])

    entries = [(sent_of(e["context"]), norm(e["source"]), norm(e["target"]), int(e["polarity"]), e) for e in gold["relations"]]
    s = RelScore(n_gold=len(entries), n_pred=len(preds))
    keys = {(p["sent_id"], norm(p["source"]), norm(p["target"]), int(p["polarity"])) for p in preds}
    gkeys = {k[:4] for k in entries}
    for k in entries:
        if k[:4] in keys:
            s.tp += 1
        else:
            s.notes.append(f"{gold['doc_id']}: missed {k[4]['source']} → {k[4]['target']} ({k[4]['event']}) in {k[4]['context'][:40]!r}")
    for p in preds:
        k = (p["sent_id"], norm(p["source"]), norm(p["target"]), int(p["polarity"]))
        if k in gkeys:
            s.tp_pred += 1
        else:
            s.notes.append(f"{gold['doc_id']}: spurious {p['source']} → {p['target']} ({p['event']}, {p['cue']}) in {p['evidence'][:50]!r}")
    return s


def score_dir(folder: Path) -> dict[str, RelScore]:
    """Scores by gold file stem."""
    return {p.stem: score_file(p) for p in sorted(folder.glob("*.yml"))}


def pooled(scores: dict[str, RelScore]) -> RelScore:
    total = RelScore()
    for s in scores.values():
        total = total.add(s)
    return total
