"""Quotations of a written source the sentence opens on: « Le rapport d'inspection relevait « … » »,
« L'arrêté préfectoral invoque « … » ».

The words are the document's: its author when the phrase names one (an office adjective, « préfectoral »,
or a « de » / « par » complement naming an actor), else no one. Never the last person quoted, whose words
the document is not (the press quotes reports, decrees and rulings as it quotes people).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ..actors.offices import office_actor, office_nouns
from ..spans import MentionIndex


@lru_cache(maxsize=None)
def _opening() -> re.Pattern:
    nouns = resources.load("speech_verbs")["fr"]["written_sources"]
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    # the sentence's subject: an article, the document's noun, its complements, then the verb before the marks
    return re.compile(rf"[\s«\"]*(?:Le|La|L'|L’|Un|Une|Ce|Cette|Son|Sa|Leur)\s*(?:{words})\b(?P<rest>[^«»;:.!?]{{0,140}})$")


def written_source(text: str, sent_start: int, quote_start: int, mentions: MentionIndex) -> Optional[tuple[Optional[str]]]:
    """(author or None,) when the sentence holding a quotation opening at `quote_start` opens on a written
    source; None when it does not."""
    mark = text.rfind("«", sent_start, quote_start)
    m = _opening().match(text, sent_start, mark) if mark > sent_start else None
    if m is None:
        return None
    rest = m.group("rest")
    for word in re.findall(r"[a-zà-ÿ]+", rest.lower())[:3]:
        nouns = office_nouns(word)
        if nouns:
            return (office_actor(nouns, mentions),)
    # « le rapport de la commission X », « le plan remis par Vernière »: the actor its complement names
    of = re.search(r"\b(?:de|du|des|d'|d’|par)\s", rest)
    if of is not None:
        at = m.start("rest") + of.end()
        named = next((x for x in mentions.starting_in(at, mark) if x.actor_type in ("org", "person")
                      and x.start - at <= 12), None)
        if named is not None:
            return (named.actor,)
    return (None,)
