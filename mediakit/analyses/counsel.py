"""A lawyer who brings a case brings it for a client: the suit is the client's.

« Son avocat, Me X, a saisi pour elle le conseil de prud'hommes », « l'avocate de la commune,
Me Y, a déposé un recours »: French press names the counsel as the grammatical subject of the
filing, but the party to the case is the client (the relation gold's rule: a third party's account
of an act is the act of the one it is done for).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from ..tag.actors.lexicon import POSSESSIVES, person_gender
from ..types import Sentence
from . import events
from .salience import salient_antecedent

if TYPE_CHECKING:  # (arguments reads the clients this module finds: no import cycle at run time)
    from .arguments import DocContext

# The counsel named before the name: « son avocat, Me », « l'avocate de la commune, », « Me » alone.
# (not an informant: « Selon son avocat, X a déposé plainte » is X's own suit)
_COUNSEL_BEFORE = re.compile(r"(?<!selon )(?<!Selon )(?<!d'après )(?:\b(?P<own>[Ss]on|[Ss]a|[Ll]eur)\s+avocate?s?"
                             r"|\b[Ll]'avocate?\s+(?P<of>d(?:e\s|u\s|es\s|')\s*.{1,60}?))\s*,?\s*(?:Me\s+)?$")
# The counsel named after the name: « Me X, avocat de la commune ».
_COUNSEL_AFTER = re.compile(r"\s*,\s*(?:l')?avocate?\s+(?P<of>d(?:e\s|u\s|es\s|')\s*[^,.;]{1,60})")


def client_of(actor: str, sent: Sentence, ctx: "DocContext", gender: str = "",
              exclude: frozenset = frozenset()) -> Optional[str]:
    """The client `actor` acts for in `sent` when it is named there as a lawyer, else None (with
    `gender`, an unnamed client is the salient person of that gender, « sa cliente »)."""
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
            if gender:
                return _salient_person(m.start, ctx, gender, exclude | {actor})
            client = salient_antecedent(m.start, ctx, exclude={actor})
            return client[0] if client else None
    return None


def _salient_person(pos: int, ctx: "DocContext", gender: str, exclude: frozenset) -> Optional[str]:
    """The actor a lawyer's possessive takes up: a person of `gender` first, the subject preferred
    (« Patrick Lemoine n'a pas tardé à répliquer … Son avocate »), any actor failing that."""
    counsel = ctx.lawyers()
    here = ctx.sent_of(pos).sent_id
    # the person who just spoke (« « Je suis sonné », a-t-il confié, avant d'accuser X. Son avocate … »)
    said = ctx.speaker_at(here - 1) if here else None
    if said and said not in exclude | counsel and said in ctx.persons() and person_gender(said) in (gender, ""):
        return said
    client = (salient_antecedent(pos, ctx, gender, exclude=exclude | counsel, own_role="subj", persons_only=True)
              or salient_antecedent(pos, ctx, exclude=exclude | counsel, own_role="subj"))
    return client[0] if client else None


#: A counsel with a possessive, whose client has no name in the sentence (« Son avocat a indiqué que … »;
#: « Me X, qui défend Y, … son client » is left alone: the client is Y, which no rule reads).
_OWN_COUNSEL = re.compile(r"\b(?:[Ss]on|[Ss]a|[Ll]eur)\s+avocate?\b")


@lru_cache(maxsize=None)
def client_nouns() -> frozenset[str]:
    """« client », « cliente » (events.yml client_nouns)."""
    return frozenset(events.lexicon()["client_nouns"])


def represented(token: Token, offset: int, ctx: "DocContext", exclude: frozenset) -> Optional[str]:
    """The party « son client », « sa cliente » stands for: the client of the counsel the sentence
    names (« Son avocat, Me X, a indiqué que son client saisirait les prud'hommes »).

    The possessive is the lawyer's, and the lawyer's client is the party the article follows, so the
    phrase is resolved through the counsel, not as a description (`offset`: the token's paragraph start)."""
    if token.lower_ not in client_nouns() or not any(
            c.dep_.startswith("det") and c.lower_ in POSSESSIVES for c in token.children):
        return None
    pos = offset + token.idx
    sent = ctx.sent_of(pos)
    gender = "f" if token.lower_.endswith(("e", "es")) else "m"
    for m in ctx.index.starting_in(sent.start, pos):
        client = client_of(m.actor, sent, ctx, gender, exclude)
        if client and client not in exclude:
            return client
    counsel = _OWN_COUNSEL.search(ctx.sent_text(sent.sent_id)[:pos - sent.start])
    if counsel:
        return _salient_person(sent.start + counsel.start(), ctx, gender, exclude)
    # « L'avocat du dirigeant a annoncé que son client poursuivrait X »: an unnamed counsel's words are
    # their client's (the quote tagger made the client the speaker of the reported clause)
    said = ctx.quote_at(pos)
    if said is not None and said.kind == "indirect" and said.speaker_resolved and said.speaker \
            and said.speaker not in exclude | ctx.lawyers() and said.speaker in ctx.persons() \
            and person_gender(said.speaker) in (gender, "") \
            and _ANY_COUNSEL.search(ctx.sent_text(sent.sent_id)[:said.start - sent.start]):
        return said.speaker
    return None


#: A counsel named by a noun and their client before a reported clause (« l'avocat du dirigeant a annoncé que … »;
#: not « l'avocat général », nor « l'avocate Claire Vidal », a lawyer named).
_ANY_COUNSEL = re.compile(r"\bavocate?\s+(?:de\s|du\s|des\s|d['’])", re.IGNORECASE)


#: Subject pronouns of a counsel's reported clause, by the gender of the client they take up.
_CLIENT_PRONOUNS = {"il": "m", "elle": "f"}


def reported_client(token: Token, offset: int, ctx: "DocContext") -> Optional[str]:
    """The client the subject pronoun of a lawyer's reported clause stands for (« Son avocat a indiqué
    qu'elle saisirait les prud'hommes »: `token` is « saisirait »; `offset`: its paragraph start), else None.

    A counsel reports the intentions of the one they defend: « il », « elle » in the que-clause of a
    verb whose subject is the lawyer is the client, not the lawyer nor the latest salient actor."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _CLIENT_PRONOUNS or token.dep_ != "ccomp" \
            or not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu\u2019") for c in token.children):
        return None
    sent = ctx.sent_of(offset + token.idx)
    for said_by in (c for c in token.head.children if c.dep_ == "nsubj"):
        for m in ctx.named_at(offset + said_by.idx, offset + said_by.idx + len(said_by.text)):
            client = client_of(m.actor, sent, ctx, _CLIENT_PRONOUNS[subject.lower_], frozenset({m.actor}))
            if client:
                return client
    return None
