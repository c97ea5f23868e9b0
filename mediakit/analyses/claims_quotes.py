"""Which quotation a claim's clause is: the quote sharing most of it, or one opening it (or going on in it)."""

from __future__ import annotations

from typing import Optional

from ..types import Quote


def _best_quote(hits: list[Quote], start: int, end: int) -> Optional[Quote]:
    # the quote sharing most characters with the clause; a one-word quote inside a longer
    # clause (« illégalement ») does not make the clause a quote
    best, best_len = None, 0
    for q in hits:
        shared = min(end, q.end) - max(start, q.start)
        if shared > best_len:
            best, best_len = q, shared
    if best is None or (best.kind != "embed" and best_len < 0.3 * (end - start) and best_len < 25
                        and not _opens_with(best, start)):
        return None
    return best


def _opens_with(quote: Quote, start: int) -> bool:
    """A quotation that opens the clause, its speaker given by the incise after it (« « C'est une
    trahison », tranche X, porte-parole du comité »): the clause is the quote and its incise, however
    short the quote and long the speaker's description."""
    # (also a clause that begins inside the quotation, its second sentence: « « A. B », a-t-elle martelé
    # devant les élus »: B is hers whatever the length of the incise)
    return quote.kind == "direct" and bool(quote.speaker) and bool(quote.cue) and (
        0 <= quote.start - start <= 2 or quote.start < start < quote.end)
