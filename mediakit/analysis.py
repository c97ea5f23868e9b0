"""The `Analysis`: every table of the output contract, built at one boundary, saved and loaded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Union

import pandas as pd

from .analyses.network import build_graph, write_graphml
from .errors import MediakitError
from .io.outdir import check_output, staged
from .io.tables import result_rows
from .types import CHECKWORTHY_FEATURES, TABLES, DocumentResult

FORMATS = ("parquet", "csv")


class Analysis:
    """Tables (pandas DataFrames) named as in the output contract, plus the run's manifest."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    dates: pd.DataFrame
    amounts: pd.DataFrame
    relations: pd.DataFrame
    claims: pd.DataFrame

    def __init__(self, tables: dict[str, pd.DataFrame], manifest: dict):
        for name in TABLES:
            setattr(self, name, tables[name])
        self.manifest = manifest
        self.corpus_path: Optional[Path] = None  # where the corpus was read from, when known

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in contract order."""
        return {name: getattr(self, name) for name in TABLES}

    @classmethod
    def from_results(cls, results: list[DocumentResult], manifest: dict) -> "Analysis":
        """Build the tables from per-document results (the one place records become DataFrames)."""
        rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        for r in results:
            for name, table_rows in result_rows(r).items():
                rows[name].extend(table_rows)
        return cls.from_rows(rows, manifest)

    @classmethod
    def from_rows(cls, rows: dict[str, list[dict]], manifest: dict) -> "Analysis":
        """Build the tables from row dicts per table (as `io.tables.result_rows` gives them)."""
        tables = {name: _frame(name, rows[name]) for name in TABLES}
        manifest = {**manifest, "rows": {name: len(t) for name, t in tables.items()}}
        return cls(tables, manifest)

    def save(self, out: Union[str, Path], *, format: str = "parquet") -> Path:
        """Write one file per table and manifest.json; all or nothing (a temp folder renamed)."""
        if format not in FORMATS:
            raise MediakitError(out, f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
        out = check_output(Path(out), marker="manifest.json", source=self.corpus_path)
        with staged(out) as tmp:
            for name, table in self.tables.items():
                if format == "parquet":
                    table.to_parquet(tmp / f"{name}.parquet", index=False)
                else:
                    table.to_csv(tmp / f"{name}.csv", index=False, lineterminator="\n")
            # the actor network beside the tables, for Gephi or Cytoscape (analyses/network.py)
            write_graphml(self.network(), tmp / "network.graphml")
            manifest = {**self.manifest, "format": format}
            (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                               encoding="utf-8")
        return out

    def network(self):
        """The corpus-level actor network (networkx DiGraph) of the relations table."""
        return build_graph(self.relations.to_dict("records"), self.mentions.to_dict("records"))

    @classmethod
    def load(cls, folder: Union[str, Path]) -> "Analysis":
        """Read an analysis saved by `save` (Parquet or CSV)."""
        folder = Path(folder)
        manifest_path = folder / "manifest.json"
        if not manifest_path.is_file():
            raise MediakitError(folder, "no manifest.json: not a mediakit analysis folder")
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        fmt = manifest.get("format", "parquet")
        tables = {}
        for name in TABLES:
            path = folder / f"{name}.{fmt}"
            if not path.is_file():
                raise MediakitError(path, "table file missing")
            tables[name] = pd.read_parquet(path) if fmt == "parquet" else read_csv_table(name, path)
        return cls(tables, manifest)

    def claims_jsonld(self, path: Union[str, Path, None] = None) -> dict:
        """The claims as schema.org ClaimReview objects (no rating); written to `path` if given."""
        from .analyses.claims_jsonld import CONTEXT, claim_reviews

        types = dict(zip(self.mentions["actor"], self.mentions["actor_type"])) if len(self.mentions) else {}
        graph = claim_reviews(self.claims.to_dict("records"), self.documents.to_dict("records"), types)
        data = {"@context": CONTEXT, "@graph": graph}
        if path is not None:
            write_json_atomic(Path(path), data)
        return data

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(t)}" for name, t in self.tables.items())
        return f"<Analysis {counts}>"


_NUMERIC = {"sent_id", "para_id", "start", "end", "n_sentences", "n_words", "polarity", "subjectivity", "polarity_raw", "subjectivity_raw",
            "lang_confidence", "value", "intensity", "checkworthiness"} | {f"cw_{f}" for f in CHECKWORTHY_FEATURES}
_BOOLEAN = {"published_inferred", "speaker_resolved", "vague", "checkworthy", "prospective", "acts"}


def write_json_atomic(path: Path, data) -> None:
    """Write JSON to `path` through a temporary file renamed at the end: no partial output."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MediakitError(path, exc.strerror or str(exc)) from None


def read_csv_table(name: str, path: Path, columns: Optional[list[str]] = None) -> pd.DataFrame:
    """A table saved as CSV, with its numeric and boolean columns typed again."""
    # Strings stay strings ("001" is not 1, a text "NA" is not missing); only empty cells are null.
    frame = pd.read_csv(path, dtype=object, keep_default_na=False, na_values=[""], usecols=columns)
    for column in frame.columns:
        if column in _NUMERIC:
            frame[column] = pd.to_numeric(frame[column])
        elif column in _BOOLEAN:
            frame[column] = frame[column].map({"True": True, "False": False})
    return frame


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    columns = list(TABLES[name])
    extra = [c for r in rows[:1] for c in r if c not in columns]
    frame = pd.DataFrame(rows, columns=columns + extra)
    return frame.astype({c: "object" for c in frame.columns}) if frame.empty else frame
