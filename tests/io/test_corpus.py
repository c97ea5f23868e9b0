"""Loading: formats, encodings, metadata, and a clear error or a counted skip for bad input."""

import codecs
import json

import pandas as pd
import pytest

import mediakit as mk
from mediakit.io.corpus import decode_bytes, stream_corpus

from conftest import DATA, ROOT

FRENCH = "L’Élysée a annoncé que le président recevra 42 000 € à Besançon."


def write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_seed_folder_loads_one_document():
    corpus = mk.load_corpus(ROOT / "seeds")
    assert [d.doc_id for d in corpus] == ["000_e055c35dd64e63b1"]
    assert corpus.documents[0].text.startswith("Elon Musk a déclaré")
    assert corpus.skipped == []


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_unicode_encodings(tmp_path, encoding, prefix):
    f = write(tmp_path / "a.txt", prefix + FRENCH.encode(encoding))
    assert mk.load_corpus(f).documents[0].text == FRENCH


def test_legacy_cp1252_is_detected_not_mojibake(tmp_path):
    text = ("Le ministre de l'Économie a dénoncé une opération « indécente » : les ménages "
            "paieront 1 200 euros de plus par an, a-t-il précisé à Besançon. Élysée, côté, été.")
    f = write(tmp_path / "legacy.txt", text.encode("cp1252"))
    loaded = mk.load_corpus(f).documents[0].text
    assert loaded == text
    assert "Ã" not in loaded


def test_binary_file_is_skipped_and_counted(tmp_path):
    write(tmp_path / "ok.txt", FRENCH.encode())
    write(tmp_path / "image.txt", bytes(range(256)) * 4)
    corpus = mk.load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["ok"]
    assert [(s.source, s.reason) for s in corpus.skipped] == [("image.txt", "binary or undecodable content")]


def test_empty_document_and_unsupported_file_are_skipped(tmp_path):
    write(tmp_path / "ok.md", FRENCH.encode())
    write(tmp_path / "blank.txt", b"  \n\n ")
    write(tmp_path / "notes.docx", b"PK\x03\x04")
    corpus = mk.load_corpus(tmp_path)
    assert {s.source: s.reason for s in corpus.skipped} == {
        "blank.txt": "empty document", "notes.docx": "unsupported file type '.docx'"}


def test_recursive_folder_ids_are_relative_paths(tmp_path):
    write(tmp_path / "2024" / "jan" / "a.txt", FRENCH.encode())
    write(tmp_path / "b.txt", FRENCH.encode())
    assert sorted(d.doc_id for d in mk.load_corpus(tmp_path)) == ["2024/jan/a", "b"]


def test_html_main_text_without_boilerplate():
    doc = mk.load_corpus(DATA / "corpora" / "article.html").documents[0]
    assert "Armor Habitat" in doc.text and "12 millions d’euros" in doc.text
    assert "cookies" not in doc.text and "Tous droits réservés" not in doc.text and "Accueil" not in doc.text
    assert doc.title == "La mairie de Lorient attaque un promoteur"
    assert doc.published == "2024-05-14"


def test_template_notices_inside_the_article_are_no_part_of_it(tmp_path):
    # (invented page) trafilatura keeps notices written as paragraphs of the article; they are template lines
    page = ("<html><head><title>Le maire attaque l’ARS</title></head><body><article><h1>Le maire attaque l’ARS</h1>"
            "<p>Le maire de Carhaix, Paul Henry, a saisi mardi le tribunal administratif contre l’agence régionale "
            "de santé, qui a suspendu les accouchements à la maternité.</p>"
            "<p>Lire aussi : Brest, le CHRU recrute vingt infirmiers</p>"
            "<p>« C’est une décision brutale », estime Paul Henry, qui réclame un moratoire de six mois.</p>"
            "<p>Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.</p>"
            "<p>Déjà abonné ? Se connecter</p><p>Partager sur Facebook</p></article></body></html>")
    write(tmp_path / "p.html", page.encode())
    doc = mk.load_corpus(tmp_path).documents[0]
    assert "saisi mardi le tribunal" in doc.text and "réclame un moratoire" in doc.text, doc.text
    for notice in ("Lire aussi", "Il vous reste", "abonné", "Partager"):
        assert notice not in doc.text, doc.text


def test_a_page_saved_as_plain_text_loses_its_template_notices_too(tmp_path):
    # (invented, 2026-12-07) a page pasted into a .txt file keeps « Lire aussi » and the paywall notice
    # (before: both stayed in the text, and were read as the journalist's claims)
    write(tmp_path / "p.txt", ("Le maire de Carhaix, Paul Henry, a saisi mardi le tribunal administratif.\n\n"
                               "Lire aussi : Brest, le CHRU recrute vingt infirmiers\n\n"
                               "« C’est une décision brutale », estime Paul Henry.\n\n"
                               "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.\n").encode())
    doc = mk.load_corpus(tmp_path).documents[0]
    assert "saisi mardi" in doc.text and "décision brutale" in doc.text, doc.text
    assert "Lire aussi" not in doc.text and "Il vous reste" not in doc.text, doc.text


def test_a_sentence_that_opens_with_a_template_word_is_kept():
    from mediakit.text.boilerplate import strip_template_lines

    line = "Lire la suite du rapport n’a pas convaincu le maire, qui a porté plainte contre la société Eolia."
    assert strip_template_lines("Publicité\n" + line) == line



@pytest.mark.parametrize("line", [
    # (invented) sentences of an article that open with a word of a site's template: only the template's own
    # line (a link's title after « Lire aussi : », a prompt alone or with the offer it sells) is dropped
    "Lire encore des romans en 2026 reste un acte de résistance, affirme la ministre de la Culture.",
    "Publicité mensongère : l'association UFC-Que Choisir assigne la société Ravel en justice.",
    "Abonnez-vous à cette idée : la ville de Morlaix veut devenir neutre en carbone d'ici 2030.",
    "Partager sur les réseaux sociaux des photos d'enfants peut coûter cher, rappelle la CNIL.",
    "Article réservé aux abonnés ? Non : la loi protège aussi les lecteurs, rappelle l'avocat.",
    "Voir aussi loin que possible, c'est l'ambition du télescope installé au pic du Midi.",
])
def test_an_article_sentence_that_opens_like_a_template_line_is_kept(line):
    from mediakit.text.boilerplate import strip_template_lines

    assert strip_template_lines(line) == line


@pytest.mark.parametrize("line", ["Lire aussi : Morlaix, la ville qui veut sauver son port", "Lire aussi Le port de Morlaix",
                                  "Publicité", "Abonnez-vous", "Je m'abonne à partir de 1 € le premier mois",
                                  "Partager sur Facebook", "Article réservé aux abonnés", "Read more: the port"])
def test_template_lines_are_dropped(line):
    from mediakit.text.boilerplate import strip_template_lines

    assert strip_template_lines("Le maire a porté plainte.\n" + line) == "Le maire a porté plainte."

def test_jsonl_and_renamed_columns(tmp_path):
    rows = [{"uid": "x1", "body": FRENCH, "headline": "Titre", "when": "2024-03-05T10:00:00Z"},
            {"uid": "x2", "body": "", "headline": "Vide"}]
    f = write(tmp_path / "c.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode())
    corpus = mk.load_corpus(f, text_col="body", id_col="uid", title_col="headline", date_col="when")
    assert [(d.doc_id, d.title, d.published) for d in corpus] == [("x1", "Titre", "2024-03-05")]
    assert corpus.skipped[0].reason == "empty document" and "x2" in corpus.skipped[0].source


def test_csv_parquet_and_dataframe_agree(tmp_path):
    frame = pd.DataFrame({"id": ["a", "b"], "text": [FRENCH, "Deuxième article, publié à Paris."],
                          "source": ["AFP", "Reuters"]})
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    got = [[(d.doc_id, d.text, d.source) for d in mk.load_corpus(x)]
           for x in (tmp_path / "t.csv", tmp_path / "t.parquet", frame)]
    assert got[0] == got[1] == got[2] == [("a", FRENCH, "AFP"), ("b", "Deuxième article, publié à Paris.", "Reuters")]


@pytest.mark.parametrize("make,expected", [
    (lambda p: p / "missing", "no such file or folder"),
    (lambda p: (p / "empty").mkdir() or p / "empty", "folder holds no files"),
    (lambda p: write(p / "t.csv", b"id,body\n1,hello\n"), "no 'text' column (columns: id, body)"),
    (lambda p: write(p / "d.csv", f"id,text\n1,{FRENCH}\n1,autre texte\n".encode()), "duplicated doc_id '1'"),
    (lambda p: write(p / "bad.jsonl", b'{"text": "ok"}\n{broken\n'), "invalid JSON"),
    (lambda p: write(p / "x.pdf", b"%PDF-1.4"), "unsupported file type '.pdf'"),
    (lambda p: write(p / "h.csv", b"id,text\n"), "no readable document"),
    (lambda p: write(p / "e.csv", b"id,text\n1,\n2,  \n"), "no readable document (2 record(s) skipped"),
])
def test_bad_input_raises_one_clear_error(tmp_path, make, expected):
    target = make(tmp_path)
    with pytest.raises(mk.CorpusError) as info:
        mk.load_corpus(target)
    message = str(info.value)
    assert expected in message and "\n" not in message
    assert info.value.source  # names the file


def test_invalid_jsonl_names_the_line(tmp_path):
    f = write(tmp_path / "bad.jsonl", b'{"text": "ok"}\n{broken\n')
    with pytest.raises(mk.CorpusError, match=r"bad\.jsonl:2: invalid JSON"):
        mk.load_corpus(f)


def test_decode_bytes_refuses_binary():
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") is None


@pytest.mark.parametrize("value,expected", [
    ("2024-03-05T00:30:00+01:00", "2024-03-05"),   # the day as written, not shifted to UTC
    ("05/03/2024", "2024-03-05"),                  # day first, as in French and most of Europe
    ("13/03/2024", "2024-03-13"),
    ("not a date", None),
])
def test_metadata_dates(value, expected):
    frame = pd.DataFrame({"text": [FRENCH], "date": [value]})
    assert mk.load_corpus(frame).documents[0].published == expected


def test_template_pages_and_code_are_skipped_with_a_reason(tmp_path):
    """Issue 7: a page whose extracted text is its template is listed as skipped, not analysed."""
    (tmp_path / "article.txt").write_text("Le conseil municipal a voté le budget mardi soir, après un long débat.\n",
                                          encoding="utf-8")
    (tmp_path / "template.txt").write_text(
        "{{ article.title }}\n{% for p in article.paragraphs %}<p>{{ p.text }}</p>{% endfor %}\n{{ footer }}\n",
        encoding="utf-8")
    (tmp_path / "script.txt").write_text("var s = {a: [1, 2], b: 3}; if (s.a[0] <= 2) { s.b = 4; }\n" * 4,
                                        encoding="utf-8")
    corpus = mk.load_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["article"]
    reasons = {s.source: s.reason for s in corpus.skipped}
    assert reasons["template.txt"].startswith("template placeholders")
    assert reasons["script.txt"].startswith("code-like text")


# --- tables are streamed in chunks -------------------------------------------------------------

@pytest.fixture
def small_chunks(monkeypatch):
    import mediakit.io.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "TABLE_CHUNK_ROWS", 2)
    monkeypatch.setattr(corpus_module, "_ENCODING_SAMPLE", 64)


def test_jsonl_yields_documents_before_reading_a_broken_later_line(tmp_path, small_chunks):
    lines = [json.dumps({"text": f"{FRENCH} ({i})"}, ensure_ascii=False) for i in range(5)] + ["{broken"]
    f = write(tmp_path / "big.jsonl", "\n".join(lines).encode())
    stream = iter(stream_corpus(f))
    first = next(stream)  # read whole, the broken line 6 would have raised here
    # (the chunk holding row 5 and line 6 raises as a whole)
    assert (first.doc_id, first.text) == ("big-1", f"{FRENCH} (0)")
    got = [next(stream).doc_id for _ in range(3)]
    assert got == ["big-2", "big-3", "big-4"]  # ids numbered across chunks of 2
    with pytest.raises(mk.CorpusError, match=r"big\.jsonl:6: invalid JSON"):
        next(stream)


def test_chunked_tables_give_the_same_documents_as_one_frame(tmp_path, small_chunks):
    # 7 rows in chunks of 2; the CSV is over the 64-byte encoding sample, so it is streamed from
    # the file, with a multibyte character that the sample may cut
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(7)], "text": [f"{FRENCH} n°{i} — « é »" for i in range(7)]})
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet", row_group_size=3)
    want = [(d.doc_id, d.text) for d in mk.load_corpus(frame)]
    assert len(want) == 7
    for name in ("t.csv", "t.parquet"):
        assert [(d.doc_id, d.text) for d in mk.load_corpus(tmp_path / name)] == want, name


def test_large_legacy_csv_is_decoded_whole(tmp_path, small_chunks):
    # not UTF-8 within the sample: the file is decoded whole by charset detection, not streamed as UTF-8
    text = "id,text\n" + "".join(f'{i},"Le café de l\'Élysée a fermé ses portes à Besançon, numéro {i}."\n' for i in range(4))
    f = write(tmp_path / "legacy.csv", text.encode("cp1252"))
    docs = list(mk.load_corpus(f))
    assert len(docs) == 4 and "café de l'Élysée" in docs[0].text


def test_streamed_csv_reads_a_late_stray_legacy_byte_as_cp1252(tmp_path, small_chunks):
    # UTF-8 within the 64-byte sample, a cp1252 « é » byte after it: streamed, the byte read as cp1252
    head = "id,text\n" + "".join(f'{i},"{FRENCH} ({i})"\n' for i in range(3))
    f = write(tmp_path / "late.csv", head.encode("utf-8") + b'9,"Le caf\xe9 de la gare a ferm\xe9 ses portes hier soir."\n')
    docs = list(mk.load_corpus(f))
    assert [d.doc_id for d in docs] == ["0", "1", "2", "9"]
    assert docs[0].text == f"{FRENCH} (0)" and "Le café de la gare a fermé" in docs[3].text
