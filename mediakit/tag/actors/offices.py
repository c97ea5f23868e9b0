"""Adjectives of office: « préfectoral », « municipal », « régional » name the one body of that office."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from ... import resources
from ...types import Mention


@lru_cache(maxsize=None)
def authority_adjectives() -> dict[str, tuple[str, ...]]:
    """Adjective (masculine) → the nouns of the office it names (events.yml authority_adjectives)."""
    return {adj: tuple(nouns) for adj, nouns in resources.load("events")["authority_adjectives"].items()}


@lru_cache(maxsize=None)
def office_organs() -> frozenset[str]:
    """Organs of a public body an office adjective qualifies (events.yml office_organs)."""
    return frozenset(resources.load("events")["office_organs"])


def office_nouns(adjective: str, lemma: str = "") -> tuple[str, ...]:
    """The office nouns of an adjective, read from its lemma or its masculine singular form (« municipale »,
    « régionaux »: the tagger's lemma may keep the feminine)."""
    offices = authority_adjectives()
    word = adjective.lower()
    masculine = word.removesuffix("aux") + "al" if word.endswith("aux") else word.removesuffix("s").removesuffix("e")
    return offices.get(lemma.lower(), ()) or offices.get(masculine, ())


def office_actor(nouns: tuple[str, ...], mentions: Iterable[Mention], exclude: frozenset = frozenset()) -> Optional[str]:
    """The one actor of the document named by an office's noun (« Préfecture de la Charente-Maritime »,
    « Région Occitanie »), before or after: an office is one per article; none if several are."""
    named = {m.actor for m in mentions if m.actor not in exclude and m.actor_type != "person"
             and m.actor.lower().split(" ")[0] in nouns}
    return next(iter(named)) if len(named) == 1 else None
