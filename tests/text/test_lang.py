"""Language identification on 100 hand-labelled short sentences (tests/data/lang_sentences.tsv)."""

import csv

from mediakit.text.lang import check_languages, detect

from conftest import DATA
import mediakit as mk
import pytest


def test_accuracy_on_labelled_sentences(capsys):
    with open(DATA / "lang_sentences.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 100
    wrong = [(r["lang"], detect(r["sentence"])[0], r["sentence"]) for r in rows if detect(r["sentence"])[0] != r["lang"]]
    accuracy = 1 - len(wrong) / len(rows)
    with capsys.disabled():
        print(f"\nlanguage id accuracy on {len(rows)} labelled sentences: {accuracy:.2f}")
    assert accuracy >= 0.95, wrong


def test_document_prior_decides_close_calls():
    # Alone, this post is closer to German than English for lingua; among an article's languages it is English.
    assert detect("Twitter will be fine.", prior=["fr", "en"])[0] == "en"


def test_no_letters_gives_the_fallback():
    assert detect("2023 — 42 %", fallback="fr") == ("fr", 0.0)


def test_unknown_language_code_is_a_clear_error():
    with pytest.raises(mk.MediakitError, match="unknown ISO 639-1 code"):
        check_languages(("fr", "xx"))


def test_low_accuracy_mode_agrees_on_long_paragraphs():
    # Paragraphs of LONG_TEXT characters or more go to lingua's faster low-accuracy mode; on every
    # such paragraph of the hand-written test articles (French, with English posts and articles) it
    # must name the language the full models name.
    from mediakit.text.lang import DEFAULT_LANGUAGES, LONG_TEXT, _detector

    paragraphs = [line for path in sorted(DATA.glob("**/*.txt"))
                  if not path.name.startswith("first_score")  # (score tables, not prose)
                  for line in path.read_text(encoding="utf-8").splitlines() if len(line) >= LONG_TEXT]
    assert len(paragraphs) > 1000
    best = {mode: [_detector(DEFAULT_LANGUAGES, mode).detect_language_of(p) for p in paragraphs] for mode in (False, True)}
    assert {lang.iso_code_639_1.name for lang in best[False]} >= {"FR", "EN"}
    disagree = [(a, b, p[:80]) for p, a, b in zip(paragraphs, best[False], best[True]) if a != b]
    assert len(disagree) <= len(paragraphs) // 200, disagree
