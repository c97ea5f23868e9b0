"""text/morph.py gives what spaCy's MorphAnalysis.get gives, for every token and field."""

from pathlib import Path

import pytest

from mediakit.text import morph
from mediakit.text.nlp import pipeline

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "articles").glob("*.txt"))
FIELDS = ("Tense", "Mood", "VerbForm", "Number", "Gender", "Person", "PronType", "Absent")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_values_equal_morph_get(lang):
    nlp = pipeline(lang)
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append("Il aurait dit qu'elles viendront. They would have been running, and she will say so.")
    n = 0
    for doc in nlp.pipe(texts):
        for t in doc:
            feats = morph.features(t)
            for field in FIELDS:
                assert list(morph.values(t, field)) == t.morph.get(field)
                assert list(feats.get(field, ())) == t.morph.get(field)
                n += 1
    assert n > 1000
