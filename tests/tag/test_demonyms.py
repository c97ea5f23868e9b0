"""Demonym adjectives and the towns they are formed on (tag/actors/entities.py); judged by hand."""

import pytest

from mediakit.tag.actors.entities import demonym_stems, town_in_name


@pytest.mark.parametrize("adjective,actor,expected", [
    ("havrais", "Goélands du Havre", True),
    ("caennaise", "Harfangs de Caen", True),      # the doubled n of the suffixed form
    ("niçois", "Centre de tennis de Nice", True),  # ç, and a stem of three letters: the whole word
    ("aixoise", "Académie d'Aix-en-Provence", True),
    ("lyonnais", "Olympique Lyonnais", True),
    ("nantais", "FC Nantes", True),
    ("azuréen", "Centre Azur Tennis", True),
    ("havrais", "Harfangs de Caen", False),
    ("niçois", "Nicolas Durand", False),           # a short stem only matches a whole word
    ("stéphanois", "AS Saint-Étienne", False),     # an irregular demonym: no match, nothing decided
])
def test_town_in_name(adjective, actor, expected):
    assert town_in_name(actor, demonym_stems(adjective)) is expected


@pytest.mark.parametrize("word,stems", [
    ("club", ()), ("national", ()), ("parisiennes", ("paris",)), ("lyonnaise", ("lyonn", "lyon")),
])
def test_demonym_stems(word, stems):
    assert demonym_stems(word) == stems


def test_the_town_s_own_body_is_not_what_its_demonym_describes():
    # « l'assureur colmarien » is a firm of Colmar, never the Ville de Colmar
    assert not town_in_name("Ville de Colmar", demonym_stems("colmarien"))
    assert town_in_name("Mutuelle de Colmar", demonym_stems("colmarien"))
