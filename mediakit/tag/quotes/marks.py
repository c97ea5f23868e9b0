"""Quotation marks: the spans they enclose, including quotations running over several paragraphs."""

from __future__ import annotations

import re
from typing import Optional

from ...text.segment import ParsedParagraph
from .incises import incise_inside

_PAIRS = {"«": "»", "“": "”", "„": "“"}
#: The only characters the scan reacts to: it jumps from one to the next instead of reading
#: every character of every paragraph (most have no quotation mark at all).
_MARKS = re.compile("[" + re.escape("".join(sorted(set(_PAIRS) | set(_PAIRS.values()) | {'"'}))) + "]")


#: The dash that opens a line of dialogue (« — Non, répond-il. »).
_DIALOGUE = re.compile(r"\s*[—–]\s+")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside quotation marks (outermost pairs; « », “ ”, straight quotes)."""
    return _scan_quotes(text)[0]


def _unclosed(text: str) -> Optional[int]:
    """Where the words of a quotation opened but not closed in `text` start, if any."""
    opened = _scan_quotes(text)[1]
    if opened is None:
        return None
    while opened < len(text) and text[opened].isspace():
        opened += 1
    return opened


def _scan_quotes(text: str) -> tuple[list[tuple[int, int]], Optional[int]]:
    spans = []
    stack: list[tuple[str, int]] = []
    straight: Optional[int] = None
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if stack and ch == _PAIRS[stack[-1][0]]:  # closers first: "“" closes "„" and opens too
            _, pos = stack.pop()
            if not stack:
                spans.append((pos + 1, i))
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch == '"' and not stack:
            if straight is None:
                straight = i
            else:
                spans.append((straight + 1, i))
                straight = None
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out, (stack[0][1] + 1 if stack else None)


def _body_quotes(text: str, parsed: list[ParsedParagraph]) -> list[tuple[int, int]]:
    """Quoted spans of the body paragraphs, in document offsets.

    French press runs a long quotation over several paragraphs by opening each continuation
    paragraph with « and closing only the last: such a quotation is one span.
    """
    out: list[tuple[int, int]] = []
    carry: Optional[int] = None
    for pp in parsed:
        if pp.para.block != "body":
            carry = None
            continue
        ptext = text[pp.para.start:pp.para.end]
        spans = [(pp.para.start + a, pp.para.start + b) for a, b in quoted_spans(ptext)]
        if carry is not None and ptext[:1] in "«“":
            if spans and spans[0][0] - pp.para.start <= 2:
                out.append((carry, spans[0][1]))  # the continuation closes here
                spans, carry = spans[1:], None
            else:
                continue  # still open: the quotation goes on
        carry = None
        out.extend(spans)
        dialogue = _DIALOGUE.match(ptext) if not spans else None
        if dialogue and incise_inside(text, pp.para.start + dialogue.end(), pp.para.end) is not None:
            # « — Nous n'avons rien truqué, tranche X. »: a paragraph opened by a dash and holding an
            # incise is a quotation printed the way French prints dialogue, without guillemets
            out.append((pp.para.start + dialogue.end(), pp.para.start + len(ptext.rstrip())))
        opened = _unclosed(ptext)
        if opened is not None:
            carry = pp.para.start + opened
    return out

