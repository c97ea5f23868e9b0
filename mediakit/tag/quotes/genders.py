"""Persons by gender for the speaker phrases: « il », « elle », « ce dernier », « cette dernière »; roles held by persons."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...types import Mention
from ..actors.lexicon import given_name_gender
from ..actors.roles import _role_pattern
from ..spans import MentionIndex

_PRONOUN_GENDER = {"il": "male", "elle": "female", "he": "male", "she": "female", "celui-ci": "male", "celle-ci": "female",
                   "ce dernier": "male", "cette dernière": "female"}
_OTHER = {"male": "female", "female": "male"}


@lru_cache(maxsize=4096)
def _gender(actor: str) -> Optional[str]:
    """male, female or None (unknown) from the actor's first name (gender-guesser's dictionary)."""
    first = re.split(r"[\s-]", actor.strip())[0]
    guess = given_name_gender(first)
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(guess)


def _is_person(m: Mention) -> bool:
    return m.actor_type == "person"


def _previous_person(mentions: MentionIndex, before: int, pronoun: str = "") -> Optional[Mention]:
    """The person last named before `before`; for "elle"/"she" one not known as a man, and conversely."""
    gender = _PRONOUN_GENDER.get(pronoun.lower())
    if gender is None:
        return mentions.last_before(before, _is_person, key="person")
    return mentions.last_before(before, lambda m: _is_person(m) and _gender(m.actor) != _OTHER[gender],
                                key=("person", gender))


def _person_role(noun: str) -> bool:
    """A role held by a person (roles.yml), not by an organisation (« le patron », « un dirigeant »)."""
    _, person, org, _ = _role_pattern()
    return noun in person and noun not in org


def _named_since(text: str, start: int, end: int, mentions: MentionIndex, gender: str) -> bool:
    """Whether a body or a person's role of that gender is named in [start, end): an organisation, or a
    place whose article agrees (« au Département du Morbihan » for « ce dernier », not « la place X »)."""
    for m in mentions.overlapping(start, end):
        if m.start < start or m.actor_type == "person":
            continue
        article = _ARTICLE_BEFORE.search(text, max(0, m.start - 8), m.start)
        said = _ARTICLE_GENDER.get(article.group(1).lower()) if article else None
        if said in (None, gender) if article else m.actor_type == "org":
            return True
    return any(_person_role(w.group(1).lower()) for w in _ARTICLED.finditer(text, start, end))


#: A noun after a definite article (« le gérant », « la directrice »).
_ARTICLED = re.compile(r"\b(?:le|la|l['’])\s*(\w+)", re.IGNORECASE)
#: The article right before a name, and the gender it gives (l' gives none).
_ARTICLE_BEFORE = re.compile(r"\b(le|au|du|un|ce|la|une|cette|l['’])\s*$", re.IGNORECASE)
_ARTICLE_GENDER = {"le": "male", "au": "male", "du": "male", "un": "male", "ce": "male", "la": "female",
                   "une": "female", "cette": "female"}


#: Determiners of an unnamed singular speaker, by gender (« un conseiller », « une proche »).
_SINGULAR = {"male": ("un ", "le ", "l'", "son ", "ce "), "female": ("une ", "la ", "l'", "sa ", "cette ")}


def _singular_person(phrase: str, gender: Optional[str]) -> bool:
    """Whether an unnamed speaker phrase is one person the pronoun can take up."""
    low = phrase.lower()
    return gender is not None and low.startswith(_SINGULAR[gender])
