"""Load a corpus (folder, file or DataFrame) into raw documents, counting what is skipped."""

from __future__ import annotations

import codecs
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

import pandas as pd

from ..errors import CorpusError
from ..text.boilerplate import strip_template_lines
from ..types import RawDocument, Skipped

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".parquet"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
ACTOR_FILES = ("actors.yml", "actors.yaml", "actors.toml")
def _cp1252_fallback(error: UnicodeDecodeError):
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("cp1252fallback", _cp1252_fallback)

#: Legacy encodings preferred among charset-normalizer's near-best guesses (Western European news).
LEGACY_PREFERRED = ("cp1252", "iso8859_15", "latin_1")


@dataclass
class Corpus:
    """Documents ready for analysis, the files skipped with reasons, and the actor file found."""

    documents: list[RawDocument]
    skipped: list[Skipped] = field(default_factory=list)
    root: Optional[Path] = None
    actors_file: Optional[Path] = None
    path: Optional[Path] = None  # the file or folder given to load_corpus

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):
        return iter(self.documents)


def load_corpus(
    source: Union[str, Path, pd.DataFrame],
    *,
    text_col: str = "text",
    id_col: str = "id",
    title_col: str = "title",
    date_col: str = "date",
    source_col: str = "source",
) -> Corpus:
    """Load a folder (recursively), a single file or a DataFrame of articles."""
    stream = stream_corpus(source, text_col=text_col, id_col=id_col, title_col=title_col, date_col=date_col,
                           source_col=source_col)
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    for item in stream:
        (docs if isinstance(item, RawDocument) else skipped).append(item)
    return Corpus(docs, skipped, root=stream.root, actors_file=stream.actors_file, path=stream.path)


class CorpusStream:
    """A corpus read lazily: iterating yields RawDocument and Skipped items in file order.

    Only the list of file names is held; each file is read when the iteration reaches it, so
    memory stays flat in corpus size. Errors of the whole corpus (no readable document,
    duplicated doc_id) are raised when the iteration reaches the point that reveals them.
    """

    def __init__(self, source: Union[str, Path, pd.DataFrame, Corpus], cols: dict):
        self.cols = cols
        self.source = source
        self.root: Optional[Path] = None
        self.actors_file: Optional[Path] = None
        self.path: Optional[Path] = None
        self.files: list[Path] = []
        if isinstance(source, Corpus):
            self.root, self.actors_file, self.path = source.root, source.actors_file, source.path
            return
        if isinstance(source, pd.DataFrame):
            return
        path = Path(source)
        if not path.exists():
            raise CorpusError(path, "no such file or folder")
        self.path = path
        if path.is_file():
            if path.suffix.lower() not in SUPPORTED:
                raise CorpusError(path, f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(sorted(SUPPORTED))}")
            self.root, self.actors_file, self.files = path.parent, _actor_file(path.parent), [path]
            return
        self.root, self.actors_file = path, _actor_file(path)
        self.files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))
                            and p != self.actors_file)
        if not self.files:
            raise CorpusError(path, "folder holds no files")

    @property
    def size_hint(self) -> Optional[int]:
        """Number of items the iteration will yield if known in advance (a file is one document)."""
        if isinstance(self.source, Corpus):
            return len(self.source.documents) + len(self.source.skipped)
        if isinstance(self.source, pd.DataFrame):
            return len(self.source)
        if any(f.suffix.lower() in TABLE_SUFFIXES for f in self.files):
            return None
        return len(self.files)

    def __iter__(self) -> Iterator[Union[RawDocument, Skipped]]:
        seen: dict[str, str] = {}
        n_docs, first_skip, n_skip = 0, None, 0
        for item in self._items():
            if isinstance(item, RawDocument):
                if item.doc_id in seen:
                    raise CorpusError(item.source, f"duplicated doc_id {item.doc_id!r} (also in {seen[item.doc_id]})")
                seen[item.doc_id] = item.source
                n_docs += 1
            else:
                n_skip += 1
                first_skip = first_skip or item
            yield item
        if n_docs or isinstance(self.source, (Corpus, pd.DataFrame)):
            return
        if self.path.is_file():
            reason = first_skip.reason if first_skip else "no records"
            raise CorpusError(self.path, f"no readable document ({n_skip} record(s) skipped: {reason})")
        raise CorpusError(self.path, f"no readable document ({n_skip} file(s) skipped: {first_skip.source}: {first_skip.reason})")

    def _items(self) -> Iterator[Union[RawDocument, Skipped]]:
        if isinstance(self.source, Corpus):
            yield from self.source.skipped  # a loaded Corpus kept no order between the two lists
            yield from self.source.documents
            return
        if isinstance(self.source, pd.DataFrame):
            yield from _from_frame(self.source, "<DataFrame>", self.cols)
            return
        if self.path.is_file():
            yield from _load_file(self.path, self.path.stem, self.cols)
            return
        for f in self.files:
            rel = f.relative_to(self.path).as_posix()
            if f.suffix.lower() not in SUPPORTED:
                yield Skipped(rel, f"unsupported file type {f.suffix or '(none)'!r}")
                continue
            doc_id = f.relative_to(self.path).with_suffix("").as_posix()
            yield from _load_file(f, doc_id, self.cols, source=rel)


def stream_corpus(
    source: Union[str, Path, pd.DataFrame, Corpus],
    *,
    text_col: str = "text",
    id_col: str = "id",
    title_col: str = "title",
    date_col: str = "date",
    source_col: str = "source",
) -> CorpusStream:
    """A corpus to iterate lazily (documents and skipped files in order); same options as load_corpus."""
    return CorpusStream(source, dict(text=text_col, id=id_col, title=title_col, date=date_col, source=source_col))


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _actor_file(folder: Path) -> Optional[Path]:
    for name in ACTOR_FILES:
        if (folder / name).is_file():
            return folder / name
    return None


def _load_file(path: Path, doc_id: str, cols: dict, source: Optional[str] = None) -> Iterator[Union[RawDocument, Skipped]]:
    source = source or path.name
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return _table_items(path, source, suffix, cols)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(source, f"cannot read file ({exc.strerror or exc})") from exc
    return iter(_text_items(path, raw, doc_id, source, suffix))


def _text_items(path: Path, raw: bytes, doc_id: str, source: str, suffix: str) -> list[Union[RawDocument, Skipped]]:
    text = decode_bytes(raw)
    if text is None:
        return [Skipped(source, "binary or undecodable content")]
    title = published = None
    if suffix in HTML_SUFFIXES:
        text, title, published = _html_main_text(text)
        if text is None:
            return [Skipped(source, "no main text found in HTML")]
    # (a page saved or pasted as plain text keeps its template's notices too: « Lire aussi : … », « Il vous reste
    # 45 % de cet article à lire »)
    text = strip_template_lines(text)
    if not text.strip():
        return [Skipped(source, "empty document")]
    problem = not_prose(text)
    if problem:
        return [Skipped(source, problem)]
    return [RawDocument(doc_id, text, source, title, published)]


def decode_bytes(raw: bytes) -> Optional[str]:
    """Decode file bytes: BOMs first, then strict UTF-8, then charset detection; None if binary."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                return None
    if b"\x00" in raw:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few stray legacy bytes (a pasted cp1252 quote): keep the UTF-8 and read
    # only the stray bytes as cp1252, rather than re-guessing the whole file.
    bad = len(raw.decode("utf-8", errors="replace").encode("utf-8")) - len(raw.decode("utf-8", errors="ignore").encode("utf-8"))
    multibyte = sum(1 for b in raw if b >= 0xC2 and b <= 0xF4)
    if multibyte and bad // 3 <= max(1, len(raw) // 200):
        return raw.decode("utf-8", errors="cp1252fallback")
    # Legacy single-byte encodings: charset-normalizer lists the plausible ones. On short texts
    # its ranking is unstable (a French cp1252 text came out as mac_latin2), so among the
    # near-best candidates the Western encodings that news archives actually use win.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        return None
    floor = min(m.chaos for m in matches) + 0.1
    plausible = {m.encoding: m for m in matches if m.chaos <= floor}
    best = next((plausible[e] for e in LEGACY_PREFERRED if e in plausible), matches[0])
    text = str(best)
    # Control characters other than whitespace mean the bytes were not text after all.
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return None if bad > max(2, len(text) // 100) else text


def _html_main_text(html: str):
    """Main article text and metadata from HTML, by trafilatura (boilerplate removal)."""
    import trafilatura

    # Dates only from the page's metadata: htmldate's extensive search turns a footer's
    # "© 2021" into 2021-01-01, a wrong publication day.
    result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True,
                                         date_extraction_params={"extensive_search": False, "original_date": True})
    if result is None:
        return None, None, None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data.get("text"), data.get("title"), data.get("date")


#: Rows per chunk when a table file is streamed: memory holds one chunk, whatever the file's size.
TABLE_CHUNK_ROWS = 500
#: Bytes read to choose a CSV file's encoding before streaming it.
_ENCODING_SAMPLE = 1 << 20


def _table_items(path: Path, source: str, suffix: str, cols: dict) -> Iterator[Union[RawDocument, Skipped]]:
    """The documents of a table file, read chunk by chunk (JSON lines, CSV, Parquet row batches)."""
    start = 0
    for frame in _table_chunks(path, source, suffix):
        yield from _from_frame(frame, source, cols, start=start)
        start += len(frame)
    if start == 0 and suffix != ".jsonl":
        # no row at all: still check the header names the text column
        yield from _from_frame(_empty_table(path, source, suffix), source, cols)


def _table_chunks(path: Path, source: str, suffix: str) -> Iterator[pd.DataFrame]:
    try:
        if suffix == ".jsonl":
            yield from _jsonl_chunks(path, source)
        elif suffix == ".csv":
            yield from _csv_chunks(path, source)
        else:
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=TABLE_CHUNK_ROWS):
                yield batch.to_pandas()
    except CorpusError:
        raise
    except OSError as exc:
        raise CorpusError(source, f"cannot read file ({exc.strerror or exc})") from exc
    except Exception as exc:  # pandas/pyarrow raise many types; all mean "not a readable table"
        raise CorpusError(source, f"cannot read {suffix[1:]} table ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})") from exc


def _jsonl_chunks(path: Path, source: str) -> Iterator[pd.DataFrame]:
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            lines: Iterator[bytes] = iter(_decoded(fh.read(), source).encode("utf-8").splitlines())
        else:
            lines = fh  # line by line: UTF-8 (or a legacy encoding, line by line) splits on b"\n"
        rows = []
        for lineno, line in enumerate(lines, 1):
            if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            if not line.strip():
                continue
            text = _decoded(line, source)
            try:
                row = json.loads(text)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{source}:{lineno}", f"invalid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise CorpusError(f"{source}:{lineno}", "each line must be a JSON object")
            rows.append(row)
            if len(rows) == TABLE_CHUNK_ROWS:
                yield pd.DataFrame(rows)
                rows = []
        if rows:
            yield pd.DataFrame(rows)


def _csv_chunks(path: Path, source: str) -> Iterator[pd.DataFrame]:
    with path.open("rb") as fh:
        sample = fh.read(_ENCODING_SAMPLE)
        whole = len(sample) < _ENCODING_SAMPLE
        if not whole and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                sample.decode("utf-8-sig", errors="strict")
                streamed = True
            except UnicodeDecodeError as exc:
                # a multibyte character cut by the sample's end is still UTF-8
                streamed = exc.start >= len(sample) - 3
            if streamed:
                fh.seek(0)
                # a stray legacy byte further on is read as cp1252, as decode_bytes does
                wrapper = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="cp1252fallback", newline="")
                yield from pd.read_csv(wrapper, dtype=str, keep_default_na=False, chunksize=TABLE_CHUNK_ROWS)
                return
        # a small file, or one that is not UTF-8: decoded whole (charset detection needs it all)
        fh.seek(0)
        text = _decoded(fh.read(), source)
    yield from pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, chunksize=TABLE_CHUNK_ROWS)


def _empty_table(path: Path, source: str, suffix: str) -> pd.DataFrame:
    if suffix == ".csv":
        text = _decoded(path.read_bytes(), source)
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False) if text.strip() else pd.DataFrame()
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).schema_arrow.empty_table().to_pandas()


def _decoded(raw: bytes, source: str) -> str:
    text = decode_bytes(raw)
    if text is None:
        raise CorpusError(source, "binary or undecodable content")
    return text


def _from_frame(frame: pd.DataFrame, source: str, cols: dict, start: int = 0) -> list[Union[RawDocument, Skipped]]:
    if cols["text"] not in frame.columns:
        shown = ", ".join(map(str, frame.columns[:10])) or "none"
        raise CorpusError(source, f"no {cols['text']!r} column (columns: {shown})")
    items: list[Union[RawDocument, Skipped]] = []
    base = Path(source).stem if source != "<DataFrame>" else "doc"
    for i, row in enumerate(frame.to_dict("records"), start):
        doc_id = _clean(row.get(cols["id"])) or f"{base}-{i + 1}"
        where = f"{source}[{doc_id}]"
        text = row.get(cols["text"])
        if not isinstance(text, str) or not text.strip():
            items.append(Skipped(where, "empty document"))
            continue
        problem = not_prose(text)
        if problem:
            items.append(Skipped(where, problem))
            continue
        items.append(
            RawDocument(
                doc_id=doc_id,
                text=text,
                source=_clean(row.get(cols["source"])) or source,
                title=_clean(row.get(cols["title"])),
                published=_iso_date(row.get(cols["date"])),
            )
        )
    return items


_TEMPLATE = re.compile(r"\{\{|\}\}|\{%|%\}|\$\{|<%|%>")
_CODE_CHARS = re.compile(r"[{}<>;=$\\|\[\]]")
_LETTERS = re.compile(r"[^\W\d_]")


def not_prose(text: str) -> Optional[str]:
    """Why `text` is not prose to analyse (template placeholders, code), or None if it is prose.

    A web page whose main text came out as its template (« {{ article.title }} ») or as script
    would be tagged as French or English noise; it is skipped with this reason instead.
    Thresholds: three or more template markers at one per 200 characters or denser, or more code
    punctuation than one character in eight letters (news prose has almost none).
    """
    markers = len(_TEMPLATE.findall(text))
    if markers >= 3 and markers * 200 >= len(text):
        return f"template placeholders, not prose ({markers} markers such as '{{{{ … }}}}')"
    letters = len(_LETTERS.findall(text))
    code = len(_CODE_CHARS.findall(text))
    if letters and code * 8 > letters and code >= 20:
        return f"code-like text, not prose ({code} code characters for {letters} letters)"
    return None


def _clean(value) -> Optional[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    value = str(value).strip()
    return value or None


def _iso_date(value) -> Optional[str]:
    value = _clean(value)
    if value is None:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:  # the calendar day as written, not shifted to UTC
        return iso.group(0)
    stamp = pd.to_datetime(value, errors="coerce", dayfirst=True)  # 05/03/2024 is 5 March
    return None if pd.isna(stamp) else stamp.strftime("%Y-%m-%d")


