"""stream_corpus reads lazily, in the order load_corpus gives; tables are written batch by batch."""

import pandas as pd
import pyarrow.parquet as pq
import pytest

import mediakit as mk
from mediakit.io import stream_corpus
from mediakit.io.tables import TableWriter, frame


def test_stream_reads_each_file_only_when_reached(tmp_path):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"Le maire numéro {i} a parlé.", encoding="utf-8")
    stream = stream_corpus(tmp_path)
    assert stream.size_hint == 3
    items = iter(stream)
    assert next(items).doc_id == "d0"
    (tmp_path / "d2.txt").unlink()  # not read yet: the stream only listed it
    assert next(items).doc_id == "d1"
    with pytest.raises(mk.CorpusError, match="d2.txt: cannot read file"):
        next(items)


def test_stream_and_load_corpus_agree(tmp_path):
    (tmp_path / "a.txt").write_text("Le maire a parlé.", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00")
    (tmp_path / "c.jsonl").write_text('{"id": "x", "text": "La ministre a répondu."}\n{"id": "y", "text": ""}\n',
                                      encoding="utf-8")
    corpus = mk.load_corpus(tmp_path)
    items = list(stream_corpus(tmp_path))
    assert [d for d in items if isinstance(d, mk.io.corpus.RawDocument)] == corpus.documents
    assert [s for s in items if not isinstance(s, mk.io.corpus.RawDocument)] == corpus.skipped
    assert stream_corpus(tmp_path).size_hint is None  # a table file may hold any number of documents


def test_duplicated_doc_id_is_found_while_streaming(tmp_path):
    (tmp_path / "a.txt").write_text("Le maire a parlé.", encoding="utf-8")
    (tmp_path / "t.jsonl").write_text('{"id": "a", "text": "Encore."}\n', encoding="utf-8")
    with pytest.raises(mk.CorpusError, match="duplicated doc_id 'a'"):
        list(stream_corpus(tmp_path))


def test_batches_become_row_groups_with_one_schema(tmp_path):
    rows = [{"doc_id": "a", "quote_id": "q1", "sent_id": 0, "start": 0, "end": 3, "text": "x", "speaker": None,
             "speaker_resolved": False, "kind": "direct", "cue": None, "lang": "fr", "date": None, "continues": None,
             "polarity": 0, "tone": "neutral"}]
    later = [dict(rows[0], quote_id="q2", continues="q1", speaker="Elon Musk", polarity=0.25)]
    for fmt in ("parquet", "csv"):
        folder = tmp_path / fmt
        folder.mkdir()
        writer = TableWriter(folder, fmt)
        writer.write({"quotes": rows})
        writer.write({"quotes": later})
        assert writer.close()["quotes"] == 2
    assert pq.ParquetFile(tmp_path / "parquet" / "quotes.parquet").num_row_groups == 2
    whole = frame("quotes", rows + later)
    assert (tmp_path / "csv" / "quotes.csv").read_text() == whole.to_csv(index=False, lineterminator="\n")
    back = pd.read_parquet(tmp_path / "parquet" / "quotes.parquet")
    assert back.polarity.tolist() == [0.0, 0.25] and back.continues.tolist()[1] == "q1"
    assert (tmp_path / "parquet" / "claims.parquet").is_file()  # empty tables still get their columns
