"""Paragraphs over spaCy's comfortable size are parsed in pieces with the same results."""

from mediakit.text import segment
import mediakit as mk
from mediakit.types import RawDocument

from conftest import DATA


def _tables(text: str) -> dict:
    result = mk.process_document(RawDocument("one", text, "one.txt"))
    return {name: [vars(r) if not isinstance(r, dict) else r for r in getattr(result, name)]
            for name in ("sentences", "mentions", "quotes", "dates", "amounts")}


def test_pieces_cut_at_sentence_ends_and_keep_the_text():
    text = "Une phrase courte. " * 50 + "Un mot" * 30
    pieces = segment._pieces(text, 100)
    assert "".join(pieces) == text
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith(". ") for p in pieces[:5])


def test_a_long_paragraph_parsed_in_pieces_gives_the_same_tables(monkeypatch):
    # One paragraph of ~4,000 characters made from a test article's paragraphs (joined by spaces).
    article = (DATA / "articles" / "fr_football.txt").read_text(encoding="utf-8")
    paragraph = " ".join(line for line in article.splitlines()[1:] if line.strip() and not line.startswith("—"))
    text = "Titre de l'article\n" + paragraph
    whole = _tables(text)
    monkeypatch.setattr(segment, "MAX_PARSE_CHARS", 1000)
    assert len(segment._pieces(paragraph, 1000)) >= 2
    assert _tables(text) == whole
