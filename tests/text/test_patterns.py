"""The letter-tree alternation matches what the plain longest-first alternation matches."""

import re

import pytest

from mediakit.text.patterns import word_alternation

# Words chosen by hand to share prefixes at every depth (« pré » / « président » / « présidente »),
# to hold regex metacharacters and to differ only in case.
WORDS = ["pré", "président", "présidente", "présidents", "directeur", "directrice", "dir.", "c+", "club",
         "cabinet", "Club", "ex-", "ex-maire", "maire"]


def _plain(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize("text", ["la présidente a dit", "le président", "les présidents", "pré", "la directrice",
                                  "dir. Dupont", "c+ et c", "le club", "Club", "l'ex-maire", "l'ex-", "maires",
                                  "prési", "cab", "directeurs"])
@pytest.mark.parametrize("tail", ["", r"\b", r"\s+\w+$", r"s?"])
def test_same_match_as_longest_first(text, tail):
    tree = re.compile(f"(?:{word_alternation(WORDS)}){tail}")
    plain = re.compile(f"(?:{_plain(WORDS)}){tail}")
    for start in range(len(text)):
        a, b = tree.match(text, start), plain.match(text, start)
        assert (a and a.group(0)) == (b and b.group(0)), (text, start, tail)


def test_longer_word_wins():
    assert re.match(word_alternation(["pré", "président", "présidente"]), "présidente").group(0) == "présidente"
    assert re.fullmatch(word_alternation(["club", "cabinet"]), "clubs") is None
