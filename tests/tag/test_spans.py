"""The position index behind every mention look-up: answers as a scan would, and touches few mentions."""

import random

import pytest

from mediakit.tag.actors import roles
from mediakit.tag.spans import MentionIndex
from mediakit.types import Mention
import mediakit as mk
from mediakit.types import RawDocument


def _m(start: int, end: int, kind: str = "person", method: str = "ner") -> Mention:
    return Mention("d", 0, start, end, "x" * (end - start), f"A{start}", kind, method)


@pytest.fixture(scope="module")
def mentions():
    rng = random.Random(7)
    out, pos = [], 0
    for _ in range(300):
        pos += rng.randint(1, 30)
        length = rng.randint(1, 25)
        out.append(_m(pos, pos + length, rng.choice(["person", "org", "place"])))
        if rng.random() < 0.2:  # a role phrase holding a name, as "le patron de X" holds X
            out.append(_m(pos - 5 if pos >= 5 else 0, pos + length + 3, "person", "coref"))
    return sorted(out, key=lambda m: (m.start, m.end, m.actor))


def test_queries_agree_with_a_scan(mentions):
    index = MentionIndex(mentions)
    for s in range(0, mentions[-1].end + 10, 7):
        e = s + 12
        assert index.overlapping(s, e) == [m for m in mentions if m.start < e and s < m.end]
        assert index.starting_in(s, e) == [m for m in mentions if s <= m.start < e]
        assert index.starting_at(s) == [m for m in mentions if m.start == s]
        assert index.ending_at(s) == [m for m in mentions if m.end == s]
        persons = [m for m in mentions if m.end <= s and m.actor_type == "person"]
        assert index.last_before(s, lambda m: m.actor_type == "person", key="p") == (persons[-1] if persons else None)


class _Counting(MentionIndex):
    """Counts the mentions each query hands back: what a role phrase examines."""

    examined = 0

    def starting_at(self, pos):
        out = super().starting_at(pos)
        _Counting.examined += len(out)
        return out

    def ending_at(self, pos):
        out = super().ending_at(pos)
        _Counting.examined += len(out)
        return out

    def starting_in(self, start, end):
        out = super().starting_in(start, end)
        _Counting.examined += len(out)
        return out

    def overlapping(self, start, end):
        out = super().overlapping(start, end)
        _Counting.examined += len(out)
        return out


PARAGRAPH = ("Le maire de Valmont, Jean Dupuis, a rencontré la directrice de l'usine, Claire Martin. "
             "Le maire a salué le travail de la directrice, selon le quotidien Le Courrier. "
             "Claire Martin, la patronne de Ferrox, a répondu au ministre.")


def _examined_per_role(copies: int, monkeypatch) -> float:
    monkeypatch.setattr(roles, "MentionIndex", _Counting)
    _Counting.examined = 0
    text = "\n".join([PARAGRAPH] * copies)
    result = mk.process_document(RawDocument("long", text, "long.txt"))
    n_roles = sum(m.method == "coref" for m in result.mentions)
    assert n_roles >= copies  # the role phrases were found in every copy
    return _Counting.examined / n_roles


def test_role_phrases_examine_a_bounded_number_of_mentions(monkeypatch):
    """Issue 13: a role phrase once walked every mention of the document (quadratic time)."""
    short = _examined_per_role(2, monkeypatch)
    long = _examined_per_role(20, monkeypatch)
    assert long <= short * 1.5 + 1, (short, long)
    assert long < 10


def test_name_occurrences_are_the_alternation_s_matches():
    # _known_candidates finds a document's names with name_occurrences, not a regex compiled per
    # document: on the test articles, with forms drawn from their words, both find the same spans
    import random
    import re
    from pathlib import Path

    from mediakit.tag.spans import name_occurrences

    rng = random.Random(3)
    for path in sorted((Path(__file__).resolve().parents[1] / "data").rglob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        words = re.findall(r"[\w@'’.-]+", text)
        for _ in range(5):
            forms = {" ".join(words[i:i + rng.randint(1, 3)]) for i in (rng.randrange(len(words)) for _ in range(30))}
            forms |= {f[:rng.randint(1, len(f))] for f in list(forms)[:5]}  # prefixes of one another
            forms = sorted(forms, key=len, reverse=True)
            pattern = re.compile(rf"(?<![\w@])(?:{'|'.join(map(re.escape, forms))})(?![\w])")
            assert name_occurrences(text, forms) == [m.span() for m in pattern.finditer(text)], path.name
