"""Contract tables written in batches as documents come: Parquet row groups or appended CSV.

A table's schema is fixed by its first non-empty batch: the contract columns (types.TABLES),
then any extra column in the order of the first row, each typed from the record type's
annotations (types.ROW_TYPES, types.COLUMN_TYPES). Declared types make every row group agree
whatever values a batch holds (a batch whose `continues` is all null is still a string column).
"""

from __future__ import annotations

import types as pytypes
import typing
from dataclasses import fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import MediakitError
from ..types import COLUMN_TYPES, ROW_TYPES, TABLES, DocumentResult

Rows = dict[str, list[dict]]
_ARROW = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def result_rows(result: DocumentResult) -> Rows:
    """One document's records as plain row dicts per table (picklable, cacheable)."""
    rows: Rows = {name: [] for name in TABLES}
    rows["documents"].append(dict(result.document))
    for name in TABLES:
        if name != "documents":
            rows[name].extend(_row(x) if is_dataclass(x) else dict(x) for x in getattr(result, name))
    return rows


@lru_cache(maxsize=None)
def _field_names(record: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record))


def _row(record) -> dict:
    # Shallow, unlike dataclasses.asdict (which deep-copies every value, a tenth of the time
    # outside spaCy): records hold plain values and lists nobody mutates afterwards.
    return {name: getattr(record, name) for name in _field_names(type(record))}


def column_types(name: str) -> dict[str, type]:
    """Declared Python type (str, int, float, bool) of each known column of table `name`."""
    declared = dict(COLUMN_TYPES.get(name, {}))
    record = ROW_TYPES.get(name)
    if record is not None:
        for column, hint in typing.get_type_hints(record).items():
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            base = args[0] if typing.get_origin(hint) in (typing.Union, pytypes.UnionType) and len(args) == 1 else hint
            if base in _ARROW:
                declared[column] = base
    return declared


def frame(name: str, rows: list[dict], columns: Optional[list[str]] = None) -> pd.DataFrame:
    """A DataFrame of one table's rows, contract columns first (the one place rows become frames)."""
    if columns is None:
        columns = list(TABLES[name])
        columns += [c for r in rows[:1] for c in r if c not in columns]
    table = pd.DataFrame(rows, columns=columns)
    if table.empty:
        return table.astype({c: "object" for c in table.columns})
    # A float column whose values in one batch happen to be whole numbers would otherwise be
    # written as 3 in that batch and 3.0 in the next.
    floats = [c for c, t in column_types(name).items() if t is float and c in table and table[c].dtype != "float64"]
    for c in floats:
        if table[c].notna().all() or table[c].dtype == object:
            table[c] = pd.to_numeric(table[c]).astype("float64")
    return table


class TableWriter:
    """Writes the contract tables into `folder` batch by batch; `close` returns row counts."""

    def __init__(self, folder: Path, format: str = "parquet"):
        self.folder = Path(folder)
        self.format = format
        self.columns: dict[str, list[str]] = {}
        self.schemas: dict[str, pa.Schema] = {}
        self.writers: dict[str, object] = {}
        self.counts = {name: 0 for name in TABLES}

    def write(self, rows: Rows) -> None:
        """Append one batch (rows per table) to every table that has rows in it."""
        for name in TABLES:
            batch = rows.get(name) or []
            if not batch:
                continue
            table = frame(name, batch, self.columns.get(name))
            self.columns.setdefault(name, list(table.columns))
            self._append(name, table)
            self.counts[name] += len(table)

    def _append(self, name: str, table: pd.DataFrame) -> None:
        path = self.folder / f"{name}.{self.format}"
        if self.format == "csv":
            first = name not in self.writers
            if first:
                self.writers[name] = open(path, "w", encoding="utf-8", newline="")
            table.to_csv(self.writers[name], header=first, index=False, lineterminator="\n")
            return
        if name not in self.schemas:
            self.schemas[name] = _schema(name, table)
            self.writers[name] = pq.ParquetWriter(path, self.schemas[name])
        try:
            arrow = pa.Table.from_pandas(table, schema=self.schemas[name], preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise MediakitError(path, f"a batch does not fit the table's schema ({exc}); declare the column's type "
                                      "in mediakit/types.py COLUMN_TYPES") from exc
        self.writers[name].write_table(arrow.replace_schema_metadata(None))

    def close(self) -> dict[str, int]:
        """Finish every file (an empty table gets its contract columns) and return row counts."""
        for name in TABLES:
            if name not in self.writers:
                empty = frame(name, [])
                if self.format == "csv":
                    empty.to_csv(self.folder / f"{name}.csv", index=False, lineterminator="\n")
                else:
                    pq.write_table(pa.Table.from_pandas(empty, schema=_schema(name, empty), preserve_index=False)
                                   .replace_schema_metadata(None), self.folder / f"{name}.parquet")
        self.abort()
        return dict(self.counts)

    def abort(self) -> None:
        """Close open files (the staged folder they are in is removed by the caller)."""
        for writer in self.writers.values():
            writer.close()
        self.writers.clear()


def _schema(name: str, table: pd.DataFrame) -> pa.Schema:
    declared = column_types(name)
    inferred = pa.Schema.from_pandas(table, preserve_index=False)
    fields = []
    for column in table.columns:
        if column in declared:
            kind = _ARROW[declared[column]]
        else:
            kind = inferred.field(column).type
            kind = pa.string() if pa.types.is_null(kind) else kind
        fields.append(pa.field(column, kind))
    return pa.schema(fields)
