"""The side a subject « on » speaks or acts for, read off the sentence's opening phrase (« Chez X, on
dénonce … », « Dans l'entourage de Y, on assure … », « À la Région, on fustige … »)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources

from ..actors.lexicon import body_heads
from ..actors.offices import body_reference, office_actor, office_nouns
from ..spans import MentionIndex
from .attribution import _previous_person
from .organisations import _holds


def side_of_on(text: str, start: int, at: int, mentions: MentionIndex, shift: int = 0) -> Optional[str]:
    """The actor a subject « on » at `at` speaks or acts for, when the sentence opening at `start` names its
    side (« Chez X, on … », « Dans son entourage, on … »); mentions' offsets are `shift` past `text`'s."""
    side = _SIDE_ADJECTIVE.match(text, start, at)
    if side is not None:
        # « Côté syndical, on dénonce … », « Côté préfectoral, on temporise »: the side an adjective names
        return _side_by_adjective(side.group(1), text, start, at, mentions, shift)
    clause = max(text.rfind(":", start, at), text.rfind(";", start, at))
    if clause > start and text.count("«", start, clause) == text.count("»", start, clause):
        # « Côté syndical, on dénonce « … » : au Syndicat X, on rappelle que … »: the clause after a colon
        # opens on its own side
        found = side_of_on(text, clause + 1, at, mentions, shift)
        if found is not None:
            return found
    # « Chez Aquavia, on dénonce une « mascarade » », « Du côté du club, on assume »: the
    # organisation the sentence opens on speaks through « on »
    place = _AT_ORGANISATION.match(text, start, at)
    # (the name must open the phrase: « Du côté des salariés d'Aquavia » is the employees);
    # « Dans l'entourage de X, on » is X's circle speaking for X, a person or not
    circle = place is not None and place.group(0).lstrip(' «"').startswith(_CIRCLES)
    # (« Côté Marseille, on se méfie »: a town is anyone there, not a side that speaks)
    side_word = place is not None and place.group(0).lstrip(' «"').startswith("Côté")
    # (in a circle, a title before the name, « du ministre X », or a role on its article, « de la dirigeante »)
    named = ([x for x in mentions.overlapping(place.start(1) + shift, place.end(1) + shift)
              if not _OF.search(text, place.start(1), max(place.start(1), x.start - shift))] if circle else
             [x for x in mentions.starting_in(place.start(1) + shift, place.start(1) + 1 + shift)
              if x.actor_type != "person" and not (x.actor_type == "place" and side_word)]) if place else []
    if named:
        return named[0].actor
    # « À la Région Occitanie, on fustige … », « Au ministère de la Santé, on assure … »: a body (not a
    # town: « À Lyon, on manifeste » is anyone there)
    body = _AT_BODY.match(text, start, at)
    heads = body_heads()
    named = [x for x in mentions.starting_in(body.start(1) + shift, body.start(1) + 1 + shift)
             if x.actor_type == "org" or x.actor_type == "place" and x.text.split()[0] in heads] if body else []
    if named:
        return named[0].actor
    # « À la mairie, on dénonce « … » »: the body that place is, as in « dénonce-t-on à la mairie » below
    body = body_reference(body.group(1), mentions) if body else None
    if body is not None:
        return body
    # « …, explique-t-on à la mairie, où l'on assure que … »: « où » takes up the place just named, and « on » there
    # speaks for the body that place is (the mairie, the hôtel de Région: events.yml body_references)
    where = _WHERE_ON.search(text, start, at)
    body = body_reference(where.group(1), mentions) if where else None
    if body is not None:
        return body
    # « Dans son entourage, on … »: the circle of the person last named
    if _OWN_CIRCLE.match(text, start, at):
        person = _previous_person(mentions, start + shift)
        if person is not None:
            return person.actor
    return None


def _side_by_adjective(adjective: str, text: str, start: int, at: int, mentions: MentionIndex, shift: int) -> Optional[str]:
    """The actor a side named by an adjective stands for: the one body of a public office (« préfectoral »), or
    the organisation of that kind last named, else the first named further in the sentence (« syndical »: a union;
    events.yml side_adjectives)."""
    nouns = office_nouns(adjective)
    if nouns:
        return office_actor(nouns, mentions)
    kinds = side_adjectives().get(adjective.lower().removesuffix("e"), ())
    if not kinds:
        return None
    holds = [_holds(noun) for noun in kinds]
    fits = lambda m: m.actor_type == "org" and any(h.search(m.actor) for h in holds)  # noqa: E731
    found = mentions.last_before(start + shift, fits, key=("side", adjective))
    if found is not None and start + shift - found.end > _SIDE_REACH:
        found = None  # (the side is one the passage speaks of, not one named pages before)
    if found is None:
        end = min((i for i in (text.find(c, at) for c in ".!?") if i >= 0), default=len(text))
        found = next((m for m in mentions.starting_in(at + shift, end + shift) if fits(m)), None)
    return found.actor if found is not None else None


@lru_cache(maxsize=None)
def side_adjectives() -> dict[str, tuple[str, ...]]:
    """Adjective → the nouns of the organisations of the side it names (events.yml side_adjectives)."""
    return {adj: tuple(nouns) for adj, nouns in resources.load("events")["side_adjectives"].items()}


#: How far back (characters) the organisation a side adjective names is looked for: about two paragraphs.
_SIDE_REACH = 800
#: « Côté syndical, », « Du côté patronal, »: a side named by an adjective opening the sentence.
_SIDE_ADJECTIVE = re.compile(r"[\s«\"]*(?:Côté|Du\s+côté)\s+([a-zà-ÿ]+)\s*,\s*$")
_WHERE_ON = re.compile(r"(?:\bà\s+(?:la\s+|l')|\bau\s+)([^,.;:!?«»]{2,40}?),\s*où\s+(?:l')?$")
_AT_BODY = re.compile(r"[\s«\"]*(?:[ÀàAa]|[Aa]u)\s+(?:la\s+|l'|le\s+)?([^,.;:!?«»]{1,60}),\s*$")


#: A sentence opening on an organisation as the speaker's side (« Chez X, », « Du côté de X, »).
_OF = re.compile(r"\b(?:de|des|du|d')\b")
#: Phrases naming someone's circle, which speaks for them (« Dans l'entourage de X, on … »).
_CIRCLES = ("Dans l'entourage", "Dans le camp", "Chez les proches", "Parmi les proches")
#: Someone's own circle, the possessive standing for the person in focus (« Dans son entourage, on »).
_OWN_CIRCLE = re.compile(r"[\s«\"]*(?:Dans|Parmi)\s+(?:son|ses|leur|leurs)\s+(?:entourage|proches)\s*,\s*$")
_AT_ORGANISATION = re.compile(r"[\s«\"]*(?:Chez(?! les proches)|Côté(?=\s+[A-ZÀ-Þ])|(?:" + "|".join(("Du côté", "Au sein") + _CIRCLES)
                              + r") d(?:e la\s|e l'|es\s|u\s|e\s|'))\s*([^,.;:!?«»]{1,60}),\s*$")
