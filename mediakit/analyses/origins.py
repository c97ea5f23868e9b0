"""Where an organisation comes from, as descriptions use it: adjectives of origin (« le groupe lyonnais X » … « le
candidat lyonnais »), demonyms (« le club havrais »), a town after « de » (« le transporteur de Loudéac »), and the
nouns that describe organisations by what they are or do. ``reference.py`` records them and resolves with them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .. import resources
from ..tag.actors.entities import FOLD, demonym_stems, town_in_name
from ..tag.actors.lexicon import is_outlet
from ..tag.spans import MentionIndex
from ..types import Mention
from . import events


#: The key prefix, in the dict of `appositions`, of an adjective of origin said of a name (« adj:lyonnais »).
ORIGIN = "adj:"


_MASCULINE_DEMONYM = re.compile(r"[a-zà-ÿ-]{2,}(?:ais|ois|ien|éen|ain)")


def origin_adjective(word: str) -> str:
    """The masculine singular of a lowercase adjective of origin (« lyonnaise » → lyonnais, « bretonne » →
    breton, « allemande » → allemand, « caennais »), '' for another word: a town's demonym (formed with one
    of the suffixes of entities.DEMONYM_ENDINGS, Grevisse §169), a country's or a region's adjective
    (types.yml nationality_adjectives, origin_adjectives)."""
    if not word[:1].islower():
        return ""
    w = word.lower()
    forms = [w]
    if w.endswith("s") and not w.endswith(("ais", "ois")):
        forms.append(w[:-1])  # (the plural)
    last = forms[-1]
    if last.endswith(("ienne", "éenne", "onne")):
        forms.append(last[:-2])  # (« parisienne », « bretonne »)
    elif last.endswith("e"):
        forms.append(last[:-1])  # (« lyonnaise », « allemande »)
    known = _origin_words()
    for f in reversed(forms):
        if f in known:
            return f
    f = forms[-1]
    return f if _MASCULINE_DEMONYM.fullmatch(f) and f not in _not_origins() else ""


@lru_cache(maxsize=None)
def _not_origins() -> frozenset[str]:
    """Words that end like a demonym and tell no origin (types.yml not_origin_adjectives)."""
    return frozenset(resources.load("types")["not_origin_adjectives"])


@lru_cache(maxsize=None)
def _origin_words() -> frozenset[str]:
    data = resources.load("types")
    return frozenset(data.get("nationality_adjectives", ())) | frozenset(data.get("origin_adjectives", ()))


@lru_cache(maxsize=None)
def actor_nouns() -> frozenset[str]:
    """Nouns that name an organisation by what it is or does: the referring nouns and their synonyms, the
    agent nouns of operator verbs, and events.yml described_nouns."""
    lex = events.lexicon()
    return events.referring_words() | frozenset(w for g in lex["referring_synonyms"] for w in g) \
        | frozenset(w for ws in lex.get("operator_verbs", {}).values() for w in ws) \
        | frozenset(lex.get("described_nouns", ())) | frozenset(lex["firm_nouns"]["nouns"])


def located_at(token: Token, lemma: str, index: MentionIndex, base: int) -> Optional[Mention]:
    """The town of « le transporteur de Loudéac », « le groupe de Voreppe »: a « de » complement naming a place
    on a noun of organisations tells where the organisation stands, as an adjective of origin does (« le
    transporteur loudéacien »); it does not name the organisation. Not on a noun of public bodies, whose
    complement is the body's town (« la commune de X »: events.yml town_markers)."""
    if lemma not in actor_nouns() or lemma in events.lexicon()["town_markers"] \
            or lemma in events.lexicon()["referring_nouns"].get("place", ()):
        return None
    for c in token.children:
        if c.dep_ == "nmod" and c.i == token.i + 2 and c.text[:1].isupper() \
                and token.doc[token.i + 1].lower_ in ("de", "d'", "d’"):
            hit = index.starting_at(base + c.idx)
            if hit and hit[0].actor_type == "place" and not any(m.actor_type != "place" for m in hit):
                return hit[0]
    return None


def by_origin(token: Token, lemma: str, index: MentionIndex, apposed: dict[str, list[tuple[int, str]]], pos: int,
               exclude: frozenset, where: Optional[Mention]) -> Optional[str]:
    """The one organisation the article gave the origin the description gives: « le candidat lyonnais » after « le
    groupe lyonnais Casinos Lumière » (an adjective of origin said of one name only: `appositions`), « la
    formation caennaise », « le club de Caen » after the Harfangs de Caen (the one organisation named after that
    town). The noun must name organisations (`actor_nouns`): « le marché lyonnais » is no actor. None when
    two organisations share the origin, or when none does."""
    if lemma not in actor_nouns():
        return None
    origins = []  # (the key of an adjective said of a name, the stems of the town a name holds)
    if where is not None:
        town = max(re.split(r"[\s'’-]+", where.actor), key=len).lower().translate(FOLD)
        origins.append(("", (town,) if len(town) > 3 else ()))
    for t in token.doc[token.i + 1:token.i + 3]:
        word = origin_adjective(t.text)
        if word:
            origins.append((word, demonym_stems(word)))
        elif t.pos_ != "ADJ":
            break
    for word, stems in origins:
        said = {a for start, a in apposed.get(ORIGIN + word, ()) if start < pos and a not in exclude} if word else set()
        if len(said) == 1:
            return said.pop()
        if said:
            return None
        named = {m.actor for m in index if m.start < pos and m.actor not in exclude
                 and m.actor_type not in ("person", "place", "product") and stems
                 and town_in_name(m.actor, stems) and not is_outlet(m.actor)}
        if len(named) == 1:
            return named.pop()
    return None


def demonym_stems_after(noun: Token) -> tuple[str, ...]:
    """The town stems of a lowercase demonym adjective right after `noun` (« le club havrais »), if any."""
    for t in noun.doc[noun.i + 1:noun.i + 3]:
        stems = demonym_stems(t.lower_) if t.text[:1].islower() else ()
        if stems or t.pos_ != "ADJ":
            return stems
    return ()
