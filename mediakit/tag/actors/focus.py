"""The firm an article is about: the organisation it names most often, no body, outlet or court.

Read by the relations (« la direction a licencié … », « contre son employeur ») and by the quotes
(« …, affirme la direction »): the press takes up the company it covers by its management.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from ... import resources
from ...types import Mention
from .lexicon import is_forum, is_outlet, name_marks


def firm_in_focus(mentions: Iterable[Mention], before: int, exclude: frozenset = frozenset()) -> Optional[str]:
    """The organisation named most often before offset `before` (first named on a tie): no person, place,
    product, outlet, court, nor a union, an association or a public body (« CGT », « Union syndicale des
    … », « Ville de … »); `mentions` in text order."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.start >= before:
            break
        if m.actor_type in ("org", "other") and m.actor not in exclude and not is_outlet(m.actor) \
                and not is_forum(m.actor) and not named_as_body(m.actor) and bodies().isdisjoint(m.actor.split()):
            counts[m.actor] = counts.get(m.actor, 0) + 1
    return max(counts, key=lambda a: counts[a], default=None)  # (dicts keep the first-named order on ties)


@lru_cache(maxsize=None)
def bodies() -> frozenset[str]:
    """Words that make a name a union's or an association's (types.yml name_marks: « CGT », « Collectif »)."""
    return name_marks("syndicat") | name_marks("association")


def named_as_body(actor: str) -> bool:
    """« Union syndicale des … », « Ville de Nantes », « Région Occitanie »: a name opening on the noun of a
    body, followed by a lowercase word (or by anything, for public bodies)."""
    words = actor.split()
    public, unions = body_heads()
    return len(words) > 1 and (words[0].lower() in public or words[0].lower() in unions and words[1][:1].islower())


@lru_cache(maxsize=None)
def body_heads() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the names of public bodies, and of unions and associations (events.yml firm_nouns)."""
    table = resources.load("events")["firm_nouns"]
    return frozenset(table["public_heads"]), frozenset(table["not_heads"])


@lru_cache(maxsize=None)
def focus_nouns() -> frozenset[str]:
    """Nouns of a firm's management that stand for the firm in focus (events.yml focus_nouns)."""
    return frozenset(resources.load("events")["focus_nouns"])
