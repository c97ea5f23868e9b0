"""Which organisation a phrase of a speaker stands for: the one named before that holds its noun (« le syndicat »,
« un porte-parole de l'enseigne »), the one its adjective of origin names (« le club havrais »), else the one the
document names most often; public bodies named by their head (« la Ville de Caen ») apart. Split from attribution.py,
which re-exports these names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ..spans import MentionIndex
from ...types import Mention
from ..actors.lexicon import body_heads, is_forum, is_outlet, media_nouns, name_marks, said_to
from ..actors.entities import _nationalities as nationality_adjectives, demonym_stems, town_in_name
from .genders import _is_person


def _by_origin(words: list[str], mentions: MentionIndex, before: int) -> Optional[str]:
    """The organisation a definite noun with an adjective of origin describes (« le club havrais », « l'université
    anglaise »): the last one named before whose name holds the town of the demonym (« Goélands du Havre »,
    entities.town_in_name), or, for a country's adjective, the noun itself or a word that says the same
    (« Kingsbridge University »: _holds); none otherwise. The adjective says which of the organisations of that
    kind is meant, so no fallback to the last organisation named."""
    if len(words) == 3 and words[0] in ("le", "la"):
        noun, adjective = words[1], words[2]
    elif len(words) == 2 and words[0].startswith("l'"):
        noun, adjective = words[0][2:], words[1]
    else:
        return None
    if noun not in _org_nouns():
        return None
    masculine = {adjective, adjective.removesuffix("e"), adjective.removesuffix("ne")}
    if masculine & (nationality_adjectives() | _origin_adjectives()):
        # (a country or a region: « l'université britannique », « le constructeur bavarois »)
        holds = _holds(noun)
        found = mentions.last_before(before, lambda m: _named_org(m) and bool(holds.search(m.actor)), key=("org", noun))
        return found.actor if found is not None else None
    stems = demonym_stems(adjective)
    if stems:
        found = mentions.last_before(before, lambda m: _named_org(m) and town_in_name(m.actor, stems) and not is_outlet(m.actor),
                                     key=("origin", stems))
        return found.actor if found is not None else None
    return None


@lru_cache(maxsize=None)
def _origin_adjectives() -> frozenset[str]:
    """Adjectives of countries and regions that do not end like a demonym (types.yml origin_adjectives)."""
    return frozenset(resources.load("types")["origin_adjectives"])


#: A definite noun and the common words qualifying it (« le géant de l'énergie », « l'opérateur historique »).
_QUALIFIED_NOUN = re.compile(r"(?:(?i:le|la|the)\s+|(?i:l['’])\s*)([\w-]+)((?:\s+[\w'’-]+){1,5})")


def _qualified_org(phrase: str) -> Optional[str]:
    """The organisation noun heading a definite phrase qualified by common words only (« le géant de
    l'énergie » → « géant »), if it is one."""
    qualified = _QUALIFIED_NOUN.fullmatch(phrase.strip())
    if qualified is None or qualified.group(1).lower() not in _org_nouns() or re.search(r"[A-ZÀ-Þ]", qualified.group(2)):
        return None
    # (an origin says which of several organisations it is, « le groupe français », and recency cannot: left to
    # the readings of origin)
    for word in re.findall(r"[\w-]+", qualified.group(2).lower()):
        if {word, word.removesuffix("e"), word.removesuffix("ne")} & (nationality_adjectives() | _origin_adjectives()) \
                or demonym_stems(word):
            return None
    return qualified.group(1).lower()


@lru_cache(maxsize=None)
def _person_or_org() -> frozenset[str]:
    """Organisation nouns that describe a person as well (roles.yml person_or_org: « le géant du tennis »)."""
    return frozenset(w.lower() for w in resources.load("roles").get("person_or_org", []))


def _person_nearer(mentions: MentionIndex, before: int, org: str, noun: str) -> bool:
    """Whether a noun that describes people as well as firms (« le géant du tennis » after « Enerval a signé avec
    Rafael Nadal ») has a person named after the organisation `org` last was: a definite description takes up the
    nearest antecedent that fits (Vieira & Poesio 2000), and both fit, so no guess."""
    if noun not in _person_or_org():
        return False
    last = mentions.last_before(before, lambda m: m.actor == org and m.end <= before, key=("actor", org))
    if last is None:
        return False
    return any(_is_person(m) for m in mentions.starting_in(last.end, before) if m.end <= before)


def _organisation(mentions: MentionIndex, before: int, noun: str, text: str) -> Optional[str]:
    """The organisation a common noun refers to: last named holding the noun, else the document's main one.

    A medium the words were said to (« a assuré à l'AFP ») is not what « l'enseigne » takes up.
    """
    key = noun.lower()
    holds = _holds(key)
    # (not the medium the words were said to, whose name may hold the noun: « a expliqué … à L'Équipe. La
    # direction de l'équipe affirme … » is the team's)
    named = mentions.last_before(before, lambda m: _named_org(m) and bool(holds.search(m.actor))
                                 and not said_to(text, m.start), key=("org said to no one", key))
    if named is None:
        # « l'enseigne Ventamax … un porte-parole de l'enseigne »: the name the noun stood before
        classed = re.compile(rf"(?i)\b{re.escape(key)}\s+(?:[a-zà-ÿ-]+\s+)?$")
        named = mentions.last_before(before, lambda m: m.actor_type not in ("person", "place") and bool(
            classed.search(text[max(0, m.start - 40):m.start])), key=("classed", key))
    # (nor a news outlet, unless the noun is a medium's: « un cadre du groupe » after « d'après Le Monde »)
    outlets = key in media_nouns()
    # (nor a public body named by its head, « la Ville de Caen », when the noun does not name one: « un
    # porte-parole de la société » is the firm's)
    public = key in _public_nouns()
    named = named or mentions.last_before(before, lambda m: _named_org(m) and not is_forum(m.actor) and not
                                          said_to(text, m.start) and (outlets or not is_outlet(m.actor))
                                          and (public or not _public_body(m.actor)),
                                          key=("org outside media", outlets, public))
    return named.actor if named is not None else _main_org(mentions)


@lru_cache(maxsize=None)
def _holds(noun: str) -> re.Pattern:
    """A name holding the noun itself, or a capitalised word that says the same (« le club »: « Étoile
    Basket Angevine », « le Stade Ardennais »; lexicon.name_marks, which the relations' references
    read too). The marks are matched as written: « Fédération française de football » is no club."""
    return re.compile(rf"\b(?i:{re.escape(noun)})" + "".join(rf"|\b{re.escape(w)}\b" for w in sorted(name_marks(noun))))


def _public_body(actor: str) -> bool:
    """« Région Bretagne », « Ville de Caen »: a public body named by its capitalised head (types.yml body_heads)."""
    words = actor.split()
    return len(words) >= 2 and words[0] in body_heads()


@lru_cache(maxsize=None)
def _public_nouns() -> frozenset[str]:
    """The heads of public bodies in lower case (« la ville », « la région »): nouns that may take one up."""
    return frozenset(w.lower() for w in body_heads()) | {"commune", "municipalité", "collectivité", "département"}


def _main_org(mentions: MentionIndex) -> Optional[str]:
    """The organisation the document names most often (first named on a tie), if any; a public body named by
    its head is the town or the region it runs, not the organisation an article is about."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.actor_type == "org" and not _public_body(m.actor):
            counts[m.actor] = counts.get(m.actor, 0) + 1
    return max(counts, key=lambda a: counts[a]) if counts else None


@lru_cache(maxsize=None)
def _org_nouns() -> frozenset[str]:
    data = resources.load("types")
    return frozenset(w.lower() for w in data["cues_before"]["org"] + data["cues_after"]["org"] if " " not in w)


def _previous_org(mentions: MentionIndex, before: int, noun: str = "") -> Optional[Mention]:
    """The organisation last named before `before`; one whose name holds `noun` first ("le syndicat")."""
    key = noun.lower()
    if key:
        holds = re.compile(rf"(?i)\b{re.escape(key)}")
        named = mentions.last_before(before, lambda m: _named_org(m) and bool(holds.search(m.actor)), key=("org", key))
        if named is not None:
            return named
    return mentions.last_before(before, _named_org, key="org")


def _named_org(m: Mention) -> bool:
    return m.actor_type == "org" and m.method != "coref"
