"""Quotations of a written source the sentence opens on: « Le rapport d'inspection relevait « … » »,
« L'arrêté préfectoral invoque « … » ».

The words are the document's: its author when the phrase names one (an office adjective, « préfectoral »,
or a « de » / « par » complement naming an actor; a statement's publisher named just before, « La CGT a publié
un communiqué. Le communiqué dénonce « … » »), else no one. Never the last person quoted, whose words the
document is not (the press quotes reports, decrees and rulings as it quotes people).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ..actors.offices import office_actor, office_nouns
from ..spans import MentionIndex
from .attribution import _author, _documents


@lru_cache(maxsize=None)
def _opening() -> re.Pattern:
    nouns = list(resources.load("speech_verbs")["fr"]["written_sources"]) + sorted(_documents())
    words = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    # the sentence's subject: an article (not a possessive: « Son courrier » is the document of someone in focus),
    # the document's noun, its complements, then the verb before the marks
    return re.compile(rf"[\s«\"]*(?:Le|La|L'|L’|Un|Une|Ce|Cet|Cette)\s*(?P<noun>{words})\b(?P<rest>[^«»;:.!?]{{0,140}})$")


#: A complement that may name a document's author (« de la commission X », « d'Amnesty », « remis par X »).
_OF = re.compile(r"\b(?:(?:de|du|des|par)\s+(?:la\s+|l['’]\s*|le\s+|les\s+)?|d['’]\s*)")


def written_source(text: str, sent_start: int, quote_start: int, mentions: MentionIndex,
                   sent_id: Optional[int] = None) -> Optional[tuple[Optional[str]]]:
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
    # « le rapport de la commission X », « le projet de plan remis par X »: the first complement naming an actor
    for of in _OF.finditer(rest):
        at = m.start("rest") + of.end()
        named = next(iter(mentions.starting_in(at, at + 1)), None)
        if named is not None and named.actor_type in ("org", "person"):
            return (named.actor,)
    if m.group("noun").lower() in _documents():
        # « La CGT a publié un communiqué. Le communiqué dénonce « … » »: who published it
        author = _author(text, mentions, sent_start, sent_id)
        if author is not None:
            return (author.actor,)
    return (None,)
