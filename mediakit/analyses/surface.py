"""Subjects read off the word order: the name right before a verb group, a name coordinated
before it, the comma before it. French puts its subject before the verb with only auxiliaries,
clitics and a few adverbs between, so these hold where the parse hung the name elsewhere."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..text.segment import ParsedParagraph
from ..types import Mention
from . import events
from .arguments import DE, DocContext, actors_of
from .nominal_events import AGENT
from .reference import referent

#: Prepositions before a name that make it a complement, not a subject (« de X a… », « à X »).
COMPLEMENT_MARKS = DE | {"à", "au", "aux"} | AGENT

#: Words that may stand between a subject and its verb: « X a déjà été », « X ne l'a pas », « X s'est ».
VERB_GROUP = {"ne", "n'", "se", "s'", "y", "en", "l'", "le", "la", "lui", "leur", "les", "déjà", "aussi",
              "également", "toutefois", "pourtant", "publiquement", "désormais", "alors"}


def adjacent_subject(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """The actor named right before the verb group (« Orvane aurait suspendu », « La collectivité menace »).

    French subjects stand before their verb; the words between are auxiliaries, clitics and a few
    adverbs. A name introduced by a preposition (« de X a… ») is a complement, not a subject.
    """
    i = before_verb_group(token, pp)
    if i > 0 and pp.doc[i].text == ")":
        # « La Fédération française de voile (FFV) a suspendu »: the name's acronym between the name and the verb
        opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if pp.doc[k].text == "("), None)
        i = opening - 1 if opening else i
    if i < 0 or i == token.i - 1 and token.pos_ != "VERB" and not events.surface_verb(token) \
            and not events.described_subject_verb(token) and not events.adverb_verb(token) or pp.doc[i].is_punct:
        return []
    t = pp.doc[i]
    m, first = _mention_on(t, pp, ctx)
    if m is None:
        first = min((c.i for c in t.subtree), default=t.i) if t.pos_ == "NOUN" else t.i
    mark = word_before(first, pp)
    if mark is not None and mark.lower_.rstrip("'") in COMPLEMENT_MARKS | {"pour", "to"}:
        return []
    if m is not None:
        return [m.actor]
    named = referent(t, pp.start, ctx.index, ctx.apposed, ctx.para_of, subjects=ctx.subjects, arguments=ctx.arguments,
                     quoted=ctx.in_quotation, salience=ctx.salience)
    return [named] if named else []


def after_conjunction(token: Token, pp: ParsedParagraph) -> bool:
    """Whether the name right before the verb group follows « et » / "and" (a coordinated subject)."""
    i = before_verb_group(token, pp)
    while i >= 0 and ((t := pp.doc[i]).pos_ in ("PROPN", "DET") or t.text[:1].isupper()):
        i -= 1
    return i >= 0 and pp.doc[i].lower_ in ("et", "and")


def before_verb_group(token: Token, pp: ParsedParagraph, inverted: bool = True) -> int:
    """The index of the word before the verb group of `token` (its auxiliaries, clitics, a few
    adverbs and, when `inverted`, « -t-il »), or -1."""
    i = token.i - 1
    # (adverbs too: « X et Y se sont mutuellement accusés »)
    while i >= 0 and ((t := pp.doc[i]).pos_ in ("AUX", "ADV") or t.lower_ in VERB_GROUP  # (one Token per word)
                      or inverted and t.lower_.startswith("-")):
        i -= 1
    return i


def comma_before_verb_group(token: Token, pp: ParsedParagraph) -> int:
    """The index of the comma right before the verb group of `token` (« X, …, a mis fin »), or -1."""
    i = before_verb_group(token, pp, inverted=False)
    return i if i >= 0 and pp.doc[i].text == "," else -1


def name_before_and(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """« X et Y se sont accusés »: the actor named before the « et » that opens the subject right
    before the verb group, when the parse left it outside the clause (fr_core_news_md may make it a
    root of its own). Not after a preposition (« entre X et Y »)."""
    i = before_verb_group(token, pp)
    while i >= 0 and ((t := pp.doc[i]).pos_ in ("PROPN", "DET") or t.text[:1].isupper()):
        i -= 1
    if i < 1 or pp.doc[i].lower_ not in ("et", "and"):
        return []
    m, first = _mention_on(pp.doc[i - 1], pp, ctx)
    mark = word_before(first, pp)
    if m is None or mark is not None and (mark.pos_ == "ADP" or mark.lower_.rstrip("'") in COMPLEMENT_MARKS):
        return []
    return [m.actor]


def _mention_on(t: Token, pp: ParsedParagraph, ctx: DocContext) -> tuple[Optional[Mention], int]:
    """The longest mention over token `t` and the index of its first token (`t`'s when none)."""
    hit = ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text))
    if not hit:
        return None, t.i
    m = max(hit, key=lambda m: m.end - m.start)
    span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
    return m, span.start if span is not None else t.i


def word_before_mention(m: Mention, pp: ParsedParagraph) -> Optional[Token]:
    """The word before a mention and its determiners (« de » in « de la société X »), if any."""
    span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
    return word_before(span.start, pp) if span is not None else None


def word_before(first: int, pp: ParsedParagraph) -> Optional[Token]:
    """The word before the phrase starting at token `first` and its determiners, if any."""
    j = first - 1
    while j >= 0 and pp.doc[j].pos_ == "DET":
        j -= 1
    return pp.doc[j] if j >= 0 else None


def after_colon(token: Token, subjects: list[Token], pp: ParsedParagraph, ctx: DocContext) -> Optional[list[str]]:
    """The subject after a colon when the parse took a phrase before it (« Premier acte du nouveau
    propriétaire : la directrice, X, a été remerciée »): what stands before a colon frames the clause
    after it and is never its verb's subject. None when no colon stands between them."""
    doc = token.doc
    if not subjects or subjects[0].i > token.i:
        return None
    colon = next((t for t in doc[subjects[0].i + 1:token.i] if t.text == ":"), None)
    if colon is None:
        return None
    # (only an actor the words after the colon name or take up; anything else keeps the parse's reading)
    for t in doc[colon.i + 1:token.i]:
        if ctx.named_at(pp.start + t.idx, pp.start + t.idx + len(t.text)):
            return actors_of(t, pp, ctx) or None
    return None
