"""Adjectives of office: « préfectoral », « municipal », « régional » name the one body of that office."""

from __future__ import annotations

import re
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


#: Determiners and prepositions before a body's noun (« la mairie », « à l'hôtel de Région », « au département »).
_BEFORE_BODY = re.compile(r"^(?:(?:à|a)\s+)?(?:la|le|l'|au|du|de\s+la|de\s+l')\s*")


@lru_cache(maxsize=None)
def _body_references() -> dict[str, tuple[str, ...]]:
    """A public body's noun or seat (« la mairie », « l'hôtel de Région ») → the nouns of its office's names
    (events.yml body_references, authority_adjectives, territorial_offices)."""
    data = resources.load("events")
    offices = authority_adjectives()
    out: dict[str, tuple[str, ...]] = {}
    for office, phrases in data["body_references"].items():
        nouns = offices.get(office) or tuple(n for o in data["territorial_offices"] for n in offices[o])
        for phrase in phrases:
            out[phrase.lower()] = nouns
    return out


def body_reference(phrase: str, mentions: Iterable[Mention]) -> Optional[str]:
    """The one public body of the document a definite phrase naming a body by its kind or seat stands for
    (« la municipalité », « à l'hôtel de Région » → « Région Occitanie »); none if the text names several or none."""
    words = " ".join(phrase.replace("’", "'").lower().split())
    nouns = _body_references().get(_BEFORE_BODY.sub("", words, count=1).strip())
    return office_actor(nouns, mentions) if nouns else None
