"""A lawyer who brings a case brings it for a client: the suit is the client's.

« Son avocat, Me X, a saisi pour elle le conseil de prud'hommes », « l'avocate de la commune,
Me Y, a déposé un recours »: French press names the counsel as the grammatical subject of the
filing, but the party to the case is the client (the relation gold's rule: a third party's account
of an act is the act of the one it is done for).
"""

from __future__ import annotations

import re
from typing import Optional

from ..types import Sentence
from .arguments import DocContext
from .salience import salient_antecedent

# The counsel named before the name: « son avocat, Me », « l'avocate de la commune, », « Me » alone.
# (not an informant: « Selon son avocat, X a déposé plainte » is X's own suit)
_COUNSEL_BEFORE = re.compile(r"(?<!selon )(?<!Selon )(?<!d'après )(?:\b(?P<own>[Ss]on|[Ss]a|[Ll]eur)\s+avocate?s?"
                             r"|\b[Ll]'avocate?\s+(?P<of>d(?:e\s|u\s|es\s|')\s*.{1,60}?))\s*,?\s*(?:Me\s+)?$")
# The counsel named after the name: « Me X, avocat de la commune ».
_COUNSEL_AFTER = re.compile(r"\s*,\s*(?:l')?avocate?\s+(?P<of>d(?:e\s|u\s|es\s|')\s*[^,.;]{1,60})")


def client_of(actor: str, sent: Sentence, ctx: DocContext) -> Optional[str]:
    """The client `actor` acts for in `sent` when it is named there as a lawyer, else None."""
    for m in ctx.index.starting_in(sent.start, sent.end):
        if m.actor != actor:
            continue
        before = ctx.text_before(m.start, 80).replace("\u2019", "'")
        found = _COUNSEL_BEFORE.search(before)
        after = _COUNSEL_AFTER.match(ctx.sent_text(sent.sent_id)[m.end - sent.start:])
        if found is None and after is None:
            continue
        of = (found.group("of") if found else None) or (after.group("of") if after else None)
        if of:
            start = m.start - len(before) + found.start("of") if found and found.group("of") else m.end + after.start("of")
            named = [x.actor for x in ctx.index.starting_in(start, start + len(of)) if x.actor != actor]
            return named[0] if named else None
        if found is not None and found.group("own"):
            client = salient_antecedent(m.start, ctx, exclude={actor})
            return client[0] if client else None
    return None
