"""Actors named by their part in an act the text told before: « le repreneur » is whoever bought,
« le plaignant » whoever sued, « son ancien employeur » whoever hired or fired the possessor.

No tagger or library links such nouns to a name (they are not coreferent with any earlier noun
phrase, only with an argument of an earlier event), so the relations found so far are read back:
the latest one of the act that names a party on the noun's side.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from spacy.tokens import Token

from ..tag.actors.lexicon import CONTRACTED, person_gender
from ..tag.spans import MentionIndex
from ..types import Relation
from . import events
from .syntax import case_of

#: Determiners that make the noun name one known party (« le repreneur », « son nouveau propriétaire »),
#: not any (« un repreneur pourrait sauver le club »).
_DEFINITE = {"le", "la", "l'", "son", "sa", "leur", "the", "its", "their"}
_NEW = {"nouveau", "nouvel", "nouvelle", "new"}


@lru_cache(maxsize=None)
def _sides() -> dict[str, tuple[frozenset[str], str]]:
    """Noun → (event codes, side) from events.yml ``party_nouns``; a ``new_`` side's nouns are keyed
    « new noun » (they need « nouveau »: « le nouvel actionnaire », not « l'actionnaire »)."""
    out = {}
    for codes, sides in events.lexicon()["party_nouns"].items():
        for side, nouns in sides.items():
            new = side.startswith("new_")
            for noun in nouns:
                out[f"new {noun}" if new else noun] = (frozenset(codes.split("|")), side.removeprefix("new_"))
    return out


#: Modifiers of a former employer (« son ancien employeur », "his former employer").
_FORMER = {"ancien", "ex", "précédent", "former", "previous"}


def told_party(token: Token, found: Sequence[Relation], exclude: frozenset = frozenset()) -> Optional[str]:
    """The actor a noun of events.yml ``party_nouns`` names, from the latest relation of its act; for
    « son (ancien) employeur » (``employer_nouns``), whoever last hired or fired one of `exclude`."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in events.lexicon()["employer_nouns"] and exclude:
        # « son ancien employeur »: whoever hired or fired the source before
        bosses = [r.source for r in found if r.event in ("fire", "hire") and r.target in exclude
                  and r.source not in exclude]
        if any(c.lower_ in _FORMER for c in token.children):
            # « son ancien employeur »: the one who fired the person, before any who hired them since
            fired = [r.source for r in found if r.event == "fire" and r.target in exclude and r.source not in exclude]
            bosses = fired or bosses
        return bosses[-1] if bosses else None
    staff = _staff_member(token, lemma, lower, found, exclude)
    if staff is not None:
        return staff or None
    sides = _sides()
    key = next((w for w in (lower, lemma) if w in sides), None)
    if key is None and any(f"new {w}" in sides for w in (lower, lemma)):  # (the children only when it may tell)
        new = any(c.lower_ in _NEW for c in token.children if c.dep_ == "amod")
        key = next((f"new {w}" for w in (lower, lemma) if new and f"new {w}" in sides), None)
    if key is None or token.pos_ not in ("NOUN", "PROPN", "ADJ") or "Plur" in token.morph.get("Number"):
        return None
    if not any(c.lower_ in _DEFINITE and c.dep_ in ("det", "det:poss") or c.lower_ in CONTRACTED
               for c in token.children):
        return None
    codes, side = sides[key]
    told = [getattr(r, side) for r in found if r.event in codes and r.polarity != 0]
    told = [a for a in told if a not in exclude]
    return told[-1] if told else None


#: Possessive determiners of one possessor (« son ex-salarié », « sa collaboratrice »).
_ONE_POSSESSOR = {"son", "sa", "his", "her", "its"}


def _staff_member(token: Token, lemma: str, lower: str, found: Sequence[Relation],
                  exclude: frozenset) -> Optional[str]:
    """The person « son (ancien) salarié », « son ex-collaboratrice » (``employee_nouns``) stands for: whoever
    one of `exclude` (the clause's subject, the possessor) last hired or fired; « ancien », « ex- » prefer the
    one they fired. The mirror of « son ancien employeur »: the possessive names the other side of a tie of
    employment the text told before. Returns "" for such a noun with no such act told (no guess), None for
    any other word."""
    former = lower.startswith(("ex-", "ex‑"))  # (« son ex-salarié »: the tokenizer keeps the prefix)
    if (lower[3:] if former else lemma) not in events.lexicon()["employee_nouns"]:
        return None
    if not exclude or "Plur" in token.morph.get("Number") \
            or not any(c.lower_ in _ONE_POSSESSOR and c.dep_.startswith("det") for c in token.children):
        return None
    former = former or any(c.lower_ in _FORMER for c in token.children)
    told = [r for r in found if r.event in ("fire", "hire") and r.source in exclude and r.target not in exclude]
    if former:
        told = [r for r in told if r.event == "fire"] or told
    return told[-1].target if told else ""


def heads_of(index: MentionIndex, between: Optional[Callable[[int, int], Optional[str]]] = None,
             described: Optional[Callable[[str, int], Optional[str]]] = None) -> dict[str, set[str]]:
    """Person → the organisations the text makes them lead or speak for (« le PDG de Lumeria »), from
    the role phrases resolved to them (``events.yml``, ``leading_roles``; a former holder is not one).
    With `between` (the text between two offsets of one sentence), the organisation right after the
    role counts too (« La présidente de la société EBA, X »: the role mention stops at « présidente »).
    With `described` (a noun and an offset → the actor that noun takes up there), so does the
    organisation a description after the role stands for (« Le fondateur de l'académie, X »)."""
    roles = events.lexicon()["leading_roles"]
    out: dict[str, set[str]] = {}
    for m in index:
        if m.method != "coref" or m.actor_type != "person":
            continue
        words = m.text.lower().replace("'", " ").split()
        if not any(w in roles for w in words) or any(w in ("ancien", "ancienne", "ex", "former") for w in words):
            continue
        for org in index.overlapping(m.start, m.end):
            if org.actor_type != "person" and org.actor != m.actor:
                out.setdefault(m.actor, set()).add(org.actor)
        noun = _OF_NOUN.search(m.text) if described is not None else None
        org_name = described(noun.group(1).lower(), m.start) if noun else None
        if org_name and org_name != m.actor:
            out.setdefault(m.actor, set()).add(org_name)
        after = index.starting_in(m.end, m.end + _ROLE_OBJECT_REACH) if between is not None else []
        org = next((x for x in after if x.actor_type != "person"), None)
        gap = between(m.end, org.start) if org is not None else None
        if gap is not None and _OF_ORG.match(gap):
            out.setdefault(m.actor, set()).add(org.actor)
    if between is not None:
        for m in index:
            if m.actor_type == "person":
                _led_by(m, index, between, out)
    return out


def _led_by(person, index: MentionIndex, between: Callable[[int, int], Optional[str]], out: dict[str, set[str]]) -> None:
    """« Allegro, l'école de musique que dirige X », « la fondation, présidée par X »: a relative or a
    participle of a verb of leading (events.yml leading_verbs) said of the organisation named before it
    in the sentence makes the person its head."""
    orgs = [o for o in index.starting_in(person.start - _LED_REACH, person.start) if o.actor_type != "person"]
    for org in reversed(orgs):
        gap = between(org.end, person.start)
        if gap is not None and _led_gap().match(gap):
            out.setdefault(person.actor, set()).add(org.actor)
            return


#: How far before the person the organisation it leads may be named.
_LED_REACH = 90


@lru_cache(maxsize=None)
def _led_gap() -> re.Pattern:
    """The words between an organisation and its head: an optional apposition (« , l'école de musique
    privée »), then « que dirige » or « dirigée par » (first-group verbs: present and participle forms)."""
    stems = "|".join(re.escape(v[:-2]) for v in events.lexicon()["leading_verbs"])
    return re.compile(rf"^\s*,\s+(?:(?:l['’]|le\s|la\s|un\s|une\s)[^,;:()«»]{{0,60}}?\s)?"
                      rf"(?:qu(?:e\s+|['’])(?:{stems})(?:e|ent)|(?:{stems})(?:é|ée|és|ées)\s+par)\s+$", re.I)


#: A role's complement that is a description (« de l'académie », « du club »), at the role mention's end.
_OF_NOUN = re.compile(r"\b(?:de\s+la\s+|de\s+l['’]\s*|du\s+)([a-zà-ÿ-]+)$")
#: How far after a role its organisation may start, and the words between (« de la société »).
_ROLE_OBJECT_REACH = 40
_OF_ORG = re.compile(r"^\s+(?:de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’|of(?:\s+the)?)\s*(?:[a-zà-ÿ-]+\s+){0,2}$")


def staff_employer(token: Token, target: str, actors_of: Callable[[Token], list[str]]) -> bool:
    """Whether a hire's target is only the employer of the people hired (« a recruté deux urgentistes
    de l'hôpital », « a débauché le directeur financier de X »): the people are the party, and they
    are not named, so there is none (the gold conventions code no hire then)."""
    for obj in token.children:
        if obj.dep_ != "obj" or obj.pos_ != "NOUN" or obj.lemma_.lower() in events.referring_words():
            continue
        for g in obj.children:
            if g.dep_ == "nmod" and case_of(g) in ("de", "du", "des", "d") and target in actors_of(g):
                return True
    return False


#: How far back (in sentences) the act that concerned them may lie.
_CONCERNED_BACK = 3


@lru_cache(maxsize=None)
def concerned_nouns() -> frozenset[str]:
    """« intéressé », « intéressée » (events.yml concerned_nouns)."""
    return frozenset(events.lexicon()["concerned_nouns"])


def concerned_person(token: Token, sent_id: int, found: Sequence[Relation], persons: set[str]) -> Optional[str]:
    """The person « l'intéressé(e) » takes up: the one the latest act of the last few sentences was
    done to (« Le club lui reproche une perte de contrôle. L'intéressé conteste ces reproches »).

    The press calls « l'intéressé » the person an act concerns, not the last person named (who is
    often the actor: « présidé par X »), so the relations read so far tell who it is."""
    if token.lower_ not in concerned_nouns():  # singular only: a plural stays unresolved, as « ils »
        return None
    gender = "f" if token.lower_.endswith("e") else "m"
    done_to = [r.target for r in found if r.target in persons and r.sent_id < sent_id <= r.sent_id + _CONCERNED_BACK
               and person_gender(r.target) in (gender, "")]
    return done_to[-1] if done_to else None
