"""Events carried by speech: an accusation, criticism, threat or denial in a quote or embedded post.

The quote's speaker is the source. The target is the actor the quote's words name; failing
that, a plural pronoun ("they", "ils") or an unnamed quote takes the speaker's opponent (the
target of the speaker's last conflict event before it), and a denial takes the accuser (the
source of the last accusation before it aimed at someone else). Anything else is dropped.

Notes:
    Speaker attribution follows the quote records of ``tag/quotes`` (Pouliquen et al. 2007;
    Pareti 2016); the cue words are in ``resources/events.yml`` (section ``speech``).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..tag.spans import MentionIndex
from ..types import Quote, Relation, Sentence
from . import events

_PLURAL = re.compile(r"\b(?:they|them|ils|elles|eux)\b", re.IGNORECASE)


def _cue(text: str, words: Iterable[str]) -> Optional[str]:
    low = text.lower()
    for w in words:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low):
            return w
    return None


def quote_events(doc_id: str, quotes: list[Quote], sentences: list[Sentence], index: MentionIndex,
                 sent_text, narrated: list[Relation]) -> list[Relation]:
    """Relations whose act is the speaker's own words (modality reported)."""
    out: list[Relation] = []
    cues = events.speech_cues()
    for q in quotes:
        if not q.speaker_resolved or not q.speaker:
            continue
        for code, words in cues.items():
            cue = _cue(q.text, words)
            if cue is None:
                continue
            etype = events.event_type(code)
            target = _named_target(q, index) or _context_target(code, q, narrated + out)
            if target is None or target == q.speaker:
                continue
            out.append(Relation(doc_id, q.sent_id, q.speaker, target, code, etype.polarity, etype.intensity,
                                "reported", sent_text(q.sent_id), etype.prospective, cue, q.date, q.quote_id))
            break  # one event per quote: the first cue category in lexicon order
    return out


def _named_target(q: Quote, index: MentionIndex) -> Optional[str]:
    for m in index.overlapping(q.start, q.end):
        if m.actor != q.speaker:
            return m.actor
    return None


def _context_target(code: str, q: Quote, before: list[Relation]) -> Optional[str]:
    earlier = [r for r in before if r.sent_id <= q.sent_id and r.polarity < 0]
    if code == "deny":
        accusers = [r.source for r in earlier if r.source != q.speaker and r.target != r.source]
        return accusers[-1] if accusers else None
    opponents = [r.target for r in earlier if r.source == q.speaker]
    if opponents and (_PLURAL.search(q.text) or q.kind != "indirect"):
        return opponents[-1]
    return None
