"""The side a subject « on » speaks or acts for, read off the sentence's opening phrase (« Chez X, on
dénonce … », « Dans l'entourage de Y, on assure … », « À la Région, on fustige … »)."""

from __future__ import annotations

import re
from typing import Optional

from ..actors.lexicon import body_heads
from ..actors.offices import body_reference
from ..spans import MentionIndex
from .attribution import _previous_person


def side_of_on(text: str, start: int, at: int, mentions: MentionIndex, shift: int = 0) -> Optional[str]:
    """The actor a subject « on » at `at` speaks or acts for, when the sentence opening at `start` names its
    side (« Chez X, on … », « Dans son entourage, on … »); mentions' offsets are `shift` past `text`'s."""
    # « Chez Aquavia, on dénonce une « mascarade » », « Du côté du club, on assume »: the
    # organisation the sentence opens on speaks through « on »
    place = _AT_ORGANISATION.match(text, start, at)
    # (the name must open the phrase: « Du côté des salariés d'Aquavia » is the employees);
    # « Dans l'entourage de X, on » is X's circle speaking for X, a person or not
    circle = place is not None and place.group(0).lstrip(' «"').startswith(_CIRCLES)
    # (in a circle, a title before the name, « du ministre X », or a role on its article, « de la dirigeante »)
    named = ([x for x in mentions.overlapping(place.start(1) + shift, place.end(1) + shift)
              if not _OF.search(text, place.start(1), max(place.start(1), x.start - shift))] if circle else
             [x for x in mentions.starting_in(place.start(1) + shift, place.start(1) + 1 + shift)
              if x.actor_type != "person"]) if place else []
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


_WHERE_ON = re.compile(r"(?:\bà\s+(?:la\s+|l')|\bau\s+)([^,.;:!?«»]{2,40}?),\s*où\s+(?:l')?$")
_AT_BODY = re.compile(r"[\s«\"]*(?:À|A|Au)\s+(?:la\s+|l'|le\s+)?([^,.;:!?«»]{1,60}),\s*$")


#: A sentence opening on an organisation as the speaker's side (« Chez X, », « Du côté de X, »).
_OF = re.compile(r"\b(?:de|des|du|d')\b")
#: Phrases naming someone's circle, which speaks for them (« Dans l'entourage de X, on … »).
_CIRCLES = ("Dans l'entourage", "Dans le camp", "Chez les proches", "Parmi les proches")
#: Someone's own circle, the possessive standing for the person in focus (« Dans son entourage, on »).
_OWN_CIRCLE = re.compile(r"[\s«\"]*(?:Dans|Parmi)\s+(?:son|ses|leur|leurs)\s+(?:entourage|proches)\s*,\s*$")
_AT_ORGANISATION = re.compile(r"[\s«\"]*(?:Chez(?! les proches)|(?:" + "|".join(("Du côté", "Au sein") + _CIRCLES)
                              + r") d(?:e la\s|e l'|es\s|u\s|e\s|'))\s*([^,.;:!?«»]{1,60}),\s*$")
