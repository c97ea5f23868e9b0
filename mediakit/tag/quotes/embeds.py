"""Embedded social posts as quotes, with the author and date of their attribution line."""

from __future__ import annotations

from ...text.segment import ParsedParagraph
from ..spans import MentionIndex
from ...types import Attribution
from ..dates import parse as parse_date


def _embed_quotes(text: str, parsed: list[ParsedParagraph], attributions: list[Attribution], mentions: MentionIndex):
    out = []
    blocks = {pp.para.para_id: pp.para for pp in parsed}
    for a in attributions:
        k = a.para_id - 1
        first = last = None
        while k >= 0 and blocks[k].block == "embed":
            first = blocks[k]
            last = last or blocks[k]
            k -= 1
        if first is None:
            continue
        line = blocks[a.para_id]
        author = next((m.actor for m in mentions.starting_in(line.start, line.end) if m.method != "handle"), a.author)
        date = None
        if a.date_text:
            value = parse_date(a.date_text, "en" if a.date_text[:1].isupper() else "fr", None)
            date = value[0] if value else None
        out.append((first.start, last.end, "embed", author, True, "embed", date))
    return out

