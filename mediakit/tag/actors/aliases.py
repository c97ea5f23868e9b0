"""Alias resolution within a document: surnames, @handles and short forms to the fullest name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from .shapes import DEPARTMENT
from .lexicon import _looks_like_person, given_name_gender, is_trade_head, org_suffixes, _fold_word, _noise
from .state import DocumentActors, _Candidate


def _canonical(c: _Candidate, known: DocumentActors) -> Optional[str]:
    if c.source == "handle":
        handle = c.text.lower()
        if handle not in known.alias:
            owner = _handle_owner(c.text, known.names, known.alias)
            if owner:
                known.alias[handle] = owner
        return _follow(known.alias.get(handle, c.text), known)
    if c.text in known.alias:
        return _follow(c.text, known)
    return _follow(_expansion(c, known) or c.text, known)


def _expansion(c: _Candidate, known: DocumentActors) -> Optional[str]:
    """The fuller name a short form stands for: "Dubreuil" → "Marie Dubreuil", "Racing" → "Racing Club de Strasbourg".

    A short form is the last words of a name (a surname), or for a non-person its first words;
    a numbered variant ("Ligue 1") is a different actor. Of several, the nearest name before the
    mention wins, else the first after it.
    """
    words = c.text.split()
    options = []
    for name, starts in known.names.items():
        nw = name.split()
        if len(nw) <= len(words) or name == c.text:
            continue
        # A surname stands for a person; "Valmont" is not short for "Racing Club de Valmont".
        suffix = nw[-len(words):] == words and name in known.people
        # (a name the model read as a person's that ends on an organisation's suffix, « MédiRelais
        # Intérim », is still shortened to its first words)
        prefix = nw[:len(words)] == words and (name not in known.people or nw[-1] in org_suffixes())
        if nw[0] in _LEADING_ARTICLES and nw[1:len(words) + 1] == words and name not in known.people:
            prefix = True  # "Poste" at the head of a sentence is "La Poste"
            nw = nw[1:]
        if (is_trade_head(nw[0]) or nw[0] in _class_heads() and not _looks_like_person(c.text)) \
                and nw[1:] == words and name not in known.people:
            # « Malvaux » once « les Fonderies Malvaux » are named, « Terres du Perche » once « la Coopérative
            # Terres du Perche » is (not a person a foundation is named after: « Fondation Jean Moulin »)
            suffix = True
        if len(words) == 1 and nw[0] == words[0] and name in known.people and _unique_first_name(words[0], known):
            suffix = True  # "Thomas", once "Thomas Berthelin" is named and no other Thomas is
        rest = nw[len(words):] if prefix else nw[:-len(words)]
        # a numbered variant ("Ligue 1") is another actor; an article alone ("Les Films du Héron") is not, nor
        # a département number (« Stop Mines » once « Stop Mines 23 » is named)
        if (suffix or prefix) and (not rest or not all(re.fullmatch(r"\d+|[IVX]+", w) for w in rest)
                                   or prefix and len(rest) == 1 and DEPARTMENT.fullmatch(rest[0])):
            before = [s for s in starts if s < c.start]
            options.append((0, -max(before), name) if before else (1, min(starts), name))
    if not options and _ACRONYM.fullmatch(c.text):
        # « l'ARS » after « l'Agence régionale de santé Nouvelle-Aquitaine »: an acronym the text never
        # defines stands for the organisation whose first content words it spells
        letters = c.text.lower()
        for name, starts in known.names.items():
            initials = "".join(w[0] for w in re.split(r"[\s'’-]+", name.lower()) if w and w not in _PARTICLES)
            if name not in known.people and len(initials) > len(letters) and initials.startswith(letters):
                before = [s for s in starts if s < c.start]
                options.append((0, -max(before), name) if before else (1, min(starts), name))
    return min(options)[2] if options else None


#: An acronym the text may use without defining it (« ARS », « CNIL »).
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Words a name's acronym skips.
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "à", "pour", "sur", "of", "the", "and"})


_LEADING_ARTICLES = frozenset({"Le", "La", "Les", "L'", "The"})


def _unique_first_name(first: str, known: DocumentActors) -> bool:
    """A known given name that opens exactly one person's name in the document."""
    return given_name_gender(first) != "unknown" and sum(1 for name in known.people if name.split()[0] == first) == 1


def _handle_owner(handle: str, names: dict, aliases: Optional[dict] = None) -> Optional[str]:
    """The named actor an @handle belongs to: "@mdubreuil", "@jmartin", "@ClimatNet", "@RCStrasbourg"."""
    _, particles = _noise()
    h = handle.lstrip("@").split("@")[0]
    parts = [p for p in re.findall(r"[A-Z]{2,}(?=[A-Z][a-z]|\b|\d|_)|[A-Z]?[a-z]+|[A-Z]+", h)]
    for part in parts:  # "@UNA_Navigants": a known acronym inside the handle
        if aliases and part.isupper() and len(part) >= 2 and part in aliases:
            return aliases[part]
    for name in sorted(names, key=lambda n: (-len(names[n]), n)):
        words = [_fold_word(w) for w in re.findall(r"[\w]+", name) if w.lower() not in particles]
        if not words:
            continue
        compact = "".join(words)
        flat = _fold_word(h)
        if flat in (compact, words[0][0] + words[-1], words[-1]) and len(flat) >= 4:
            return name
        if _parts_match([p for p in parts if not p.isdigit()], words):
            return name
    return None


def _parts_match(parts: list[str], words: list[str]) -> bool:
    i = 0
    for part in parts:
        if part.isupper() and len(part) >= 2:  # initials: "RC" → Racing Club
            if [w[0] for w in words[i:i + len(part)]] != list(part.lower()):
                return False
            i += len(part)
        else:
            if i >= len(words) or not words[i].startswith(part.lower()):
                return False
            i += 1
    # (the name's first words will do: « @CerclePyreneiste » is the « Cercle pyrénéiste de Tarbes »)
    return len(parts) >= 2 and i >= 2


def _follow(name: str, known: DocumentActors) -> str:
    seen = set()
    while name in known.alias and name not in seen and known.alias[name] != name:
        seen.add(name)
        name = known.alias[name]
    return name


@lru_cache(maxsize=None)
def _class_heads() -> frozenset[str]:
    """Capitalised class nouns opening an organisation's own name (types.yml named_with_class: « Coopérative »)."""
    return frozenset(resources.load("types")["named_with_class"])
