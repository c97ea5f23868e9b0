"""Whether an unnamed official's noun agrees with the pronoun of the incise that follows (judged by hand)."""

import pytest

from mediakit.tag.quotes.voiced import voiced_by_person

CASES = [
    # the article tells: « l'adjoint » after « l' » is told by the noun (« adjointe » is its feminine)
    ("L'adjoint à la culture assure que le festival aura lieu.", "male", True),
    ("L'adjoint à la culture assure que le festival aura lieu.", "female", False),
    ("L'adjointe à la culture assure que le festival aura lieu.", "female", True),
    ("La porte-parole de la mairie assure que le festival aura lieu.", "male", False),
    # « son porte-parole »: a noun of either gender, so either pronoun may continue it
    ("Son porte-parole assure que le festival aura lieu.", "female", True),
    ("Son porte-parole assure que le festival aura lieu.", "male", True),
    # « sa » marks the feminine
    ("Sa porte-parole assure que le festival aura lieu.", "male", False),
]


@pytest.mark.parametrize("text, gender, expected", CASES)
def test_noun_agrees_with_pronoun(text, gender, expected):
    assert voiced_by_person(text, text.index("assure"), gender) is expected
