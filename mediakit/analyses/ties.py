"""Ties (contracts, agreements, leases) as the object of an event: the one a verb of ending ends,
and the parties a tie's own words name (« la convention qui lie X à Y », « le contrat liant X et Y »).

A suit or a break « against the contract » is against its other party. The small model parses the
binding clause unreliably (« lie » as a relative on the wrong noun, « liant » as an adverbial of the
main verb), so the parties are read off the words after the tie noun, in its clause.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..text.segment import ParsedParagraph
from . import events
from .arguments import DocContext, named_in
from .nominal_events import ENDING

#: How far after the event a tie noun, then after the noun its binding word, may be.
_NOUN_REACH = 6
_BINDER_REACH = 8
_PARTY_REACH = 10
_AGAINST_REACH = 14


#: Acts besides ending that are aimed at a tie's other party: a suit against the tie, a threat to
#: revise or end it (« menace de revoir la convention qui la lie au club » threatens the club).
_AT_OTHER_PARTY = {"sue", "threaten"}


@lru_cache(maxsize=None)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    lex = events.lexicon()["ties"]
    return frozenset(lex["nouns"]), frozenset(lex["binders"])


def ended_tie(token: Token, trig: events.Trigger, lang: str) -> bool:
    """« a rompu cet accord avec X », « résilie son contrat »: the tie a verb of ending governs is what
    ends, not a new agreement (the ending is the event)."""
    head = token.head
    if not trig.nominal or trig.event.polarity < 0 or head.i == token.i or token.dep_ not in ("obj", "nmod", "obl:arg"):
        return False
    ending = events.match(head, lang)
    return ending is not None and ending.event.code in ENDING


def other_party(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: DocContext,
                sources: list[str]) -> Optional[list[str]]:
    """The target of a break, withdrawal, suit or threat whose object is a tie that names its parties: the
    first party that is neither the source nor an organisation the source leads (a list of at most
    one); None when the event's object is no such tie, or the tie names no other party."""
    if trig.event.code not in ENDING and trig.event.code not in _AT_OTHER_PARTY:
        return None
    nouns, binders = _lexicon()
    doc = token.doc
    window = list(doc[token.i + 1:min(len(doc), token.i + 1 + _NOUN_REACH)])
    # (« un recours devant le tribunal administratif de X contre la convention … »: past the court)
    against = next((t for t in doc[token.i + 1:min(len(doc), token.i + 1 + _AGAINST_REACH)]
                    if t.lower_ in ("contre", "against")), None)
    if against is not None:
        window += list(doc[against.i + 1:min(len(doc), against.i + 4)])
    noun = next((t for t in window if t.pos_ == "NOUN" and t.lemma_.lower() in nouns), None)
    if noun is None:
        return None
    binder = None
    for t in doc[noun.i + 1:min(len(doc), noun.i + 1 + _BINDER_REACH)]:
        if t.is_punct and t.text != "'" or t.pos_ == "VERB" and t.lemma_.lower() not in binders:
            break
        if t.lemma_.lower() in binders or t.lower_ in binders:
            binder = t
            break
    if binder is None:
        return None
    parties: list[str] = []
    for t in doc[binder.i + 1:min(len(doc), binder.i + 1 + _PARTY_REACH)]:
        if t.is_punct or t.pos_ in ("VERB", "SCONJ"):
            break
        if t.pos_ in ("NOUN", "PROPN"):
            for actor in named_in([t], pp, ctx, frozenset(parties)):
                parties.append(actor)
    own = set(sources) | {org for s in sources for org in ctx.heads().get(s, ())}
    if trig.event.code == "threaten" and not own & set(parties) and doc[binder.i - 1].lower_ not in _BOUND_CLITICS:
        return None  # a threat on a tie between two others (« menace de revoir le contrat qui lie X à Y »)
    # (no party named, or only the source's own side: the parse's targets stand)
    return [p for p in parties if p not in own][:1] or None


#: Object clitics before a binder that stand for the subject's side (« la convention qui la lie au club »).
_BOUND_CLITICS = {"la", "le", "les", "l'", "l’", "nous", "lui"}
