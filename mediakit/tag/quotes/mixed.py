"""Mixed quotation: a reported clause holding quoted words (« a fait savoir qu'il soutenait « pleinement » X »)."""

from __future__ import annotations

import re
from typing import Optional

#: A participle set off by a comma (« qu'elle quittait la table, dénonçant un « … » », « …, tout en promettant »):
#: an adjunct of the main clause, whose subject it shares, which the parse may hang on the reported clause.
_ADJUNCT = re.compile(r",\s+(?:tout\s+)?(?:en\s+)?[a-zà-ÿ]+ant\b")
_WORD = re.compile(r"\w+")


def _outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of [start, end) with the given spans left out."""
    parts, at = [], start
    for s, e in sorted(spans):
        parts.append(text[at:max(at, s)])
        at = max(at, e)
    return " ".join(parts + [text[at:end]])


def kept_clause(text: str, clause: tuple[int, int], speaker: Optional[str], resolved: bool, cue: Optional[str],
                quotes: list[tuple], n_direct: int) -> Optional[tuple[int, int]]:
    """The reported clause as it stays a quote beside the direct quotations (the first `n_direct` of `quotes`)
    it overlaps, or None; those with no speaker of their own are given the clause's.

    A quotation that the narrator's words of the clause open on (« qu'il soutenait « pleinement » sa filiale »)
    is part of what the clause reports, in its speaker's words (mixed quotation): the clause is one quote, the
    quoted words another. A clause that opens on the quotation is that quotation; a quotation with another
    speaker (« X affirme que Y a qualifié Z de « … » ») is someone else's words the clause reports: both stay
    with the quotation, as before. A quotation after a participial adjunct of the main clause (« …, tout en
    promettant une médiation « … » ») is no part of the clause, which ends before the adjunct.
    """
    cs, ce = clause
    inner = [i for i in range(n_direct) if quotes[i][0] < ce and cs < quotes[i][1]]
    adjunct = _ADJUNCT.search(text, cs, min((quotes[i][0] for i in inner), default=cs))
    if adjunct is not None:
        ce = adjunct.start()
        inner = [i for i in inner if quotes[i][0] < ce]
    if any(not (cs < quotes[i][0] and quotes[i][1] <= ce and re.search(r"\w", text[cs:quotes[i][0]])
                and quotes[i][3] in (None, speaker)) for i in inner):
        return None
    if inner and len(_WORD.findall(_outside(text, cs, ce, [quotes[i][:2] for i in inner]))) < 2:
        return None  # « a affirmé que la « … » »: an article is no wording of the narrator's; the quotation is all
    for i in inner:
        if quotes[i][3] is None and speaker:
            quotes[i] = quotes[i][:3] + (speaker, resolved, cue) + quotes[i][6:]
    return cs, ce
