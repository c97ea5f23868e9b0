"""Definite descriptions that take up an actor by the words of its own name: the noun that opens it (« l'autorité »
→ « Autorité de contrôle prudentiel »), the territory's council (« le Département »), the members its name holds
(« les riverains » → « Collectif des riverains de … »)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..tag.actors.lexicon import is_forum
from ..tag.spans import MentionIndex
from . import events

#: Articles and elisions a name may open on (« L'Union … », « La Laiterie … »), skipped before its head noun.
_NAME_ARTICLE = re.compile(r"^(?:l['’]\s*|le\s+|la\s+|les\s+)", re.I)


def name_headed(token: Token, lemma: str, index: MentionIndex, pos: int, exclude: frozenset = frozenset()) -> Optional[str]:
    """The one actor named before `pos` whose name opens on the noun `lemma` (« l'autorité » → « Autorité de
    contrôle prudentiel et de résolution », « le cabinet » → « Cabinet Orsel »), if exactly one is.

    A definite description most often takes up an antecedent with the same head noun (Vieira & Poesio 2000,
    "An empirically based system for processing definite descriptions", Computational Linguistics 26(4): the
    same-head antecedents are the largest class of anaphoric definites); a name made of a common noun and its
    complements (« Laiterie des Coëvrons ») has that noun as its head. Only for singular nouns that no other
    rule reads (not referring_nouns): two actors with that head leave it unresolved (no guess); persons and
    forums are no such actor."""
    if "Plur" in token.morph.get("Number") or len(lemma) < 4:
        return None
    heads = {lemma, token.lower_}
    hits = set()
    for m in index.starting_in(0, pos):
        if m.actor_type == "person" or m.actor in exclude or is_forum(m.actor):
            continue
        words = _NAME_ARTICLE.sub("", m.actor).split()
        if len(words) >= 2 and words[0].lower() in heads:
            hits.add(m.actor)
    return next(iter(hits)) if len(hits) == 1 else None


def council(lemma: str, index: MentionIndex, pos: int, exclude: frozenset) -> Optional[str]:
    """The one public body named before `pos` as the territory's council or by the noun and its territory
    (events.yml council_adjectives: « le Département » → « conseil départemental de Maine-et-Loire » or
    « Département du Gard »; « la Région » → « conseil régional de Bretagne »), if exactly one is."""
    adjective = events.lexicon()["council_adjectives"].get(lemma)
    if adjective is None:
        return None
    hits = set()
    for m in index.starting_in(0, pos):
        words = _NAME_ARTICLE.sub("", m.actor).lower().split()
        if m.actor_type != "person" and m.actor not in exclude and len(words) >= 2 \
                and (words[0] == lemma or words[:2] == ["conseil", adjective]):
            hits.add(m.actor)
    return next(iter(hits)) if len(hits) == 1 else None


def member_group(token: Token, lemma: str, index: MentionIndex, pos: int,
                 exclude: frozenset = frozenset()) -> Optional[str]:
    """The one organisation named before `pos` whose name holds the plural noun of people `token` (events.yml
    member_nouns: « les riverains » → « Collectif des riverains de la Vallée Verte »), if exactly one does."""
    if "Plur" not in token.morph.get("Number") or token.lower_ not in member_nouns():
        return None
    word = re.compile(rf"(?<![\w-]){re.escape(token.lower_)}(?![\w-])")
    hits = {m.actor for m in index.starting_in(0, pos) if m.actor_type != "person" and m.actor not in exclude
            and not is_forum(m.actor) and len(m.actor.split()) >= 2 and word.search(m.actor.lower())}
    return next(iter(hits)) if len(hits) == 1 else None


@lru_cache(maxsize=None)
def member_nouns() -> frozenset[str]:
    """Plural nouns of people grouped by residence, use, work or membership (events.yml member_nouns)."""
    return frozenset(events.lexicon().get("member_nouns", ()))
