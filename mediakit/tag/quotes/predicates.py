"""A short quotation that is its clause's own verb: « X « soutient pleinement » le projet » quotes X."""

from __future__ import annotations

from typing import Optional

from ...text.segment import ParsedParagraph
from ...types import Sentence
from ..spans import MentionIndex
from .attribution import speaker_of_phrase


def quoted_predicate(text: str, sent: Sentence, s: int, e: int, mentions: MentionIndex,
                     parsed: list[ParsedParagraph]) -> Optional[tuple[str, bool, str]]:
    """(speaker, True, verb) when a short quotation opens on the finite verb of a clause whose named
    subject stands before it: the press puts in quotation marks the words the subject used of itself."""
    pp = parsed[sent.para_id]
    span = pp.doc.char_span(s - pp.start, e - pp.start, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words:
        return None
    verb = words[0]
    # (a finite verb of the third person: the quotation is the predicate the subject outside it takes)
    if verb.pos_ != "VERB" or verb.morph.get("VerbForm") != ["Fin"] or verb.morph.get("Person") != ["3"]:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or pp.start + subject.right_edge.idx >= s:
        return None
    start = pp.start + subject.left_edge.idx
    end = pp.start + subject.right_edge.idx + len(subject.right_edge.text)
    speaker, resolved = speaker_of_phrase(text, start, end, mentions, start, sent.sent_id)
    return (speaker, True, verb.text) if resolved and speaker else None
