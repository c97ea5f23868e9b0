"""Money amounts: value, ISO currency, period and vagueness."""

import pytest

from mediakit.tag.amounts import extract_amounts, parse_number
from mediakit.types import Sentence

NBSP, NNBSP = "\u00a0", "\u202f"


def amounts(text, lang="fr"):
    s = Sentence("d", 0, 0, 0, len(text), text, lang, 1.0, "body")
    return [(a.text, a.value, a.currency, a.per, a.vague) for a in extract_amounts([s])]


@pytest.mark.parametrize("text,lang,expected", [
    ("les tarifs commencent à 100 dollars par mois", "fr", [("100 dollars par mois", 100, "USD", "month", False)]),
    (f"démarre à 42{NBSP}000 dollars par mois", "fr", [(f"42{NBSP}000 dollars par mois", 42000, "USD", "month", False)]),
    (f"un contrat de 4{NNBSP}500{NNBSP}000 euros par an", "fr", [(f"4{NNBSP}500{NNBSP}000 euros par an", 4.5e6, "EUR", "year", False)]),
    ("une amende de 15 millions d'euros", "fr", [("15 millions d'euros", 15e6, "EUR", None, False)]),
    ("un coût de 500 M€ pour le groupe", "fr", [("500 M€", 5e8, "EUR", None, False)]),
    ("2,5 milliards d'euros de dividendes", "fr", [("2,5 milliards d'euros", 2.5e9, "EUR", None, False)]),
    ("prêt à injecter $20 million dans le club", "fr", [("$20 million", 2e7, "USD", None, False)]),
    ("raised $3.5bn and €1,200 a month", "en", [("$3.5bn", 3.5e9, "USD", None, False), ("€1,200 a month", 1200, "EUR", "month", False)]),
    ("Microsoft a injecté des milliards de dollars", "fr", [("des milliards de dollars", 1e9, "USD", None, True)]),
    ("des centaines de millions d'euros d'amendes", "fr", [("des centaines de millions d'euros", 1e8, "EUR", None, True)]),
    ("3 500 euros par jour de retard", "fr", [("3 500 euros par jour", 3500, "EUR", "day", False)]),
    ("un salaire de 2 100 euros net par mois", "fr", [("2 100 euros net par mois", 2100, "EUR", "month", False)]),
])
def test_amounts(text, lang, expected):
    assert amounts(text, lang) == expected


@pytest.mark.parametrize("text", [
    "une pause de 6 mois", "le COVID-19 et le GPT-4", "il a lu 3 livres", "en 2023, 40 % des salariés",
])
def test_not_amounts(text):
    assert amounts(text) == []


@pytest.mark.parametrize("text,lang,value", [
    ("42 000", "fr", 42000), ("2,5", "fr", 2.5), ("1,200", "en", 1200), ("3.5", "en", 3.5),
    ("1.200", "fr", 1200), ("1,234,567.5", "en", 1234567.5), ("1.234.567,5", "fr", 1234567.5),
])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value
