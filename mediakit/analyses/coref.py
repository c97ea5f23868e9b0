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
from .arguments import DE, SUBJ, TARGET_CASES, DocContext, antecedent, apposed_name, case_of, latter, personal_expletive
from .descriptions import described_person
from .reference import common_noun, referent

#: Personal pronouns that stand for one actor as a subject.
_SUBJECT_PRONOUNS = {"il", "elle", "he", "she", "celui-ci", "celle-ci"}
#: The dependencies of the tokens the loop below reads (subjects, conjuncts, expletives; and the objects and
#: complements of `_OBJECT_ROLES`), and the answer per dependency id (a few dozen labels): "subj", "obj" or "";
#: the other tokens are skipped without a Token made.
_MAY_REFER = frozenset(SUBJ) | {"conj", "expl:subj"}
#: Dependencies of a description outside the subject, and the role it is weighed in (Lappin & Leass 1994: a
#: direct object 50, an indirect object 40; a noun's complement is embedded in another phrase).
_OBJECT_ROLES = {"obj": "obj", "iobj": "iobj", "obl:arg": "iobj", "obl": "iobj", "obl:mod": "iobj", "nmod": "other"}
_SCREENED: dict[int, str] = {}


def subject_references(parsed: list[ParsedParagraph], ctx: DocContext) -> None:
    """Add to `ctx` a coreference mention for each subject pronoun or description that names an actor.

    Each is resolved against the named mentions and the references before it. An expletive « il »
    (« il semble », « il faut ») has no referent and is skipped. The descriptions outside the subject
    are read in the same pass, in text order (`_object_reference`): a pronoun after them may take them up.
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
                name = strings[dep] if dep else ""
                hit = _SCREENED[dep] = "subj" if name in _MAY_REFER else "obj" if name in _OBJECT_ROLES else ""
            if not hit:
                continue
            token = pp.doc[i]
            if hit == "obj":
                _object_reference(token, pp, ctx, types)
                continue
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


def _object_reference(token: Token, pp: ParsedParagraph, ctx: DocContext, types: dict[str, str]) -> None:
    """Record the actor a definite description outside the subject takes up (« Le 14 novembre, l'ANCEC a
    épinglé l'institut. Elle lui a infligé une amende »: « l'institut » is a mention of the institute, and « lui »
    takes it up). A coreference chain is salient through all its members, whatever their role (Lappin & Leass
    1994); an anaphoric definite description takes up an actor as a name would (Riegel, Pellat & Rioul, Grammaire
    méthodique du français, on the anaphoric definite article). Kept apart from the index (`DocContext.object_refs`):
    only the salience of the pronouns after it reads it; the relations read their objects themselves, with their
    clause's exclusions."""
    role = _OBJECT_ROLES[token.dep_]
    if not common_noun(token):
        return
    if token.dep_.startswith(("obl", "nmod")) and case_of(token) not in TARGET_CASES | DE:
        return  # (« devant le tribunal », « dans la région »: a setting, not an argument)
    start = pp.start + token.idx
    if ctx.index.overlapping(start, start + len(token.text)) or apposed_name(token, pp, ctx):
        return
    # (not the clause's subject: « X a racheté la société » is not X buying itself)
    subjects = [pp.start + c.idx for c in token.head.children if c.dep_ in SUBJ]
    exclude = frozenset(m.actor for at in subjects for m in ctx.index.overlapping(at, at + 1)) \
        | frozenset(r.actor for r in ctx.pending if r.start in subjects)
    actor = referent(token, pp.start, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects,
                     ctx.arguments, ctx.in_quotation, salience=ctx.salience) \
        or described_person(token, pp, ctx, exclude)
    if actor:
        sent = ctx.sent_of(start)
        ctx.object_refs.append(Mention(sent.doc_id, sent.sent_id, start, start + len(token.text), token.text,
                                       actor, types.get(actor, "org"), "coref", True))
        ctx.roles.setdefault(start, role)
        if role == "other":
            ctx.embedded = ctx.embedded | {start}  # (a noun's complement: no head-noun emphasis)


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
