"""Subject pronouns and descriptions that take up an actor: resolved once, in text order.

French press names an actor once and then carries it as the subject of the next clauses with a
pronoun (« Elle accuse… », « L'intéressée conteste… ») or a description (« La collectivité
menace… »). Resolving each such subject in text order, and counting it as a mention of its actor,
keeps a chain's actor salient for the pronouns after it (Lappin & Leass 1994 sum the salience of a
coreference class, not of its named mentions only) and lets every rule that looks for a subject
find it. Objects are resolved where they are read (``arguments.actors_of``), where the clause's
subject is known and excluded (« X a racheté la société » is not X buying itself).
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Token

from ..text.segment import ParsedParagraph
from ..types import Mention
from .arguments import SUBJ, DocContext, antecedent, apposed_name, latter, personal_expletive
from .descriptions import described_person
from .reference import common_noun, referent

#: Personal pronouns that stand for one actor as a subject.
_SUBJECT_PRONOUNS = {"il", "elle", "he", "she", "celui-ci", "celle-ci"}
#: The dependencies of the tokens the loop below reads (subjects, conjuncts, expletives), and the
#: answer per dependency id (a few dozen labels): the other tokens are skipped without a Token made.
_MAY_REFER = frozenset(SUBJ) | {"conj", "expl:subj"}
_SCREENED: dict[int, bool] = {}


def subject_references(parsed: list[ParsedParagraph], ctx: DocContext) -> None:
    """Add to `ctx` a coreference mention for each subject pronoun or description that names an actor.

    Each is resolved against the named mentions and the references before it. An expletive « il »
    (« il semble », « il faut ») has no referent and is skipped.
    """
    types: dict[str, str] = {}
    for m in ctx.index:
        types.setdefault(m.actor, m.actor_type)
    for pp in parsed:
        if pp.para.block in ("heading", "attribution") or not pp.doc.has_annotation("DEP"):
            continue
        strings = pp.doc.vocab.strings
        for i, dep in enumerate(pp.doc.to_array(DEP).tolist()):
            hit = _SCREENED.get(dep)
            if hit is None:
                hit = _SCREENED[dep] = bool(dep) and strings[dep] in _MAY_REFER
            if not hit:
                continue
            token = pp.doc[i]
            # subjects, and the descriptions coordinated with a subject (« l'université et l'entreprise »)
            conjunct = token.dep_ == "conj" and token.pos_ == "NOUN" and token.head.dep_ in SUBJ
            if token.dep_ not in SUBJ and not personal_expletive(token) and not conjunct:
                continue
            start = pp.start + token.idx
            if ctx.index.overlapping(start, start + len(token.text)):
                continue
            actor = _resolve(token, pp, ctx, _first_conjunct(token, pp, ctx) if conjunct else "")
            if actor:
                sent = ctx.sent_of(start)
                ctx.add_reference(Mention(sent.doc_id, sent.sent_id, start, start + len(token.text), token.text,
                                          actor, types.get(actor, "org"), "coref", True))
    ctx.index_pending()


def _first_conjunct(token: Token, pp: ParsedParagraph, ctx: DocContext) -> str:
    """The actor the first of coordinated subjects names (another actor than this conjunct's)."""
    head = token.head
    start = pp.start + head.idx
    hit = [m for m in ctx.index.overlapping(start, start + len(head.text))] + \
          [m for m in ctx.pending if m.start == start]
    return hit[0].actor if hit else ""


def _resolve(token: Token, pp: ParsedParagraph, ctx: DocContext, other: str = "") -> str:
    if token.lower_ in _SUBJECT_PRONOUNS and token.pos_ == "PRON" or latter(token):
        hit = antecedent(token, pp, ctx)
        return hit[0] if hit else ""
    if common_noun(token) and not apposed_name(token, pp, ctx):
        # « le fonds toulousain Pyrène Capital »: the name after the noun is the mention
        exclude = frozenset({other}) if other else frozenset()
        return referent(token, pp.start, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects, ctx.arguments,
                        ctx.in_quotation, salience=ctx.salience) \
            or described_person(token, pp, ctx, exclude)
    return ""
