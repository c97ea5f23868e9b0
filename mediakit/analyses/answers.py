"""Whom a rejection, a denial or a criticism of someone's words answers when it names no one.

« a rejeté les accusations de la coopérative », « rejette ces accusations », « Ridelo dément en
bloc »: the act answers whoever made the claims, found from their de-complement, the relations
found so far or the quotations before it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..text.segment import ParsedParagraph
from ..tag.actors.lexicon import SINGULAR_POSSESSIVES, is_outlet
from . import events
from .arguments import DE, DocContext, actors_of, antecedent, case_of, clause_after, first_found


@lru_cache(maxsize=None)
def _claims() -> frozenset[str]:
    """Nouns for someone's words (events.yml claim_nouns)."""
    return frozenset(events.lexicon()["claim_nouns"])


def _relaying(verb: Token) -> bool:
    """Whether `verb` passes words on (« relayées », « rapportées par »: events.yml relaying_verbs)."""
    words = events.lexicon()["relaying_verbs"]
    return verb.lemma_.lower() in words or events.infinitive_of(verb.lower_) in words


def answered(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """The targets of a rejection, denial or criticism of claims by `sources` that names no target."""
    targets: list[str] = []
    claims = [c for c in token.children if c.dep_ == "obj" and (c.lemma_.lower() in _claims() or _an_account(c))]
    if not claims:
        # a quoted adverbial (« en bloc ») may cut the parse: the claims noun next in the clause
        claims = [t for t in clause_after(token)[:6] if (t.lemma_.lower() in _claims() or _an_account(t))
                  and t.pos_ == "NOUN"][:1]
    if claims:
        # "a rejeté les accusations de la coopérative": the de-complement made the claims
        said_by = [g for c in claims for g in c.children if g.dep_ == "nmod" and case_of(g) in DE]
        # (or the agent of a participle on it: « réfute les accusations portées par X »)
        # (not a verb of passing words on: « les accusations relayées par le quotidien X » are another's;
        # events.yml relaying_verbs)
        said_by += [a for c in claims for p in c.children if p.dep_ == "acl" and "Part" in p.morph.get("VerbForm")
                    and not _relaying(p) for a in p.children if a.dep_.startswith("obl") and case_of(a) in ("par", "by")]
        targets = first_found([actors_of(g, pp, ctx, frozenset(sources)) for g in said_by])
        targets = [a for a in targets if a not in sources][:1] or _owner(claims, pp, ctx, sources)
        if not targets and any(c.lemma_.lower() in _claims() for c in claims):
            targets = _claimant(token, pp, ctx, sources[0])
        elif not targets:
            # « conteste ces chiffres », « récuse cette version »: an account is no charge of itself; it
            # answers only an accuser of the source just before (not any opponent it ever had)
            targets = _recent_accuser(ctx, sources[0], ctx.sent_of(pp.start + token.idx).sent_id)
    elif trig.event.code in ("deny", "reject") and _takes_up_the_clause(token):
        # « X lui reproche d'avoir menti, ce que conteste Y »: « ce que » takes up the charge just stated, in
        # this sentence: its author is answered
        sent_id = ctx.sent_of(pp.start + token.idx).sent_id
        stated = [r.source for r in ctx.found if r.sent_id == sent_id and r.polarity < 0 and r.source not in sources]
        targets = stated[-1:]
    elif trig.event.code == "deny" and _bare_denial(token, trig):
        # « Ridelo dément en bloc », « dément toute ingérence »: what is denied is what the
        # source was just accused of, so the denial answers that accuser
        targets = _recent_accuser(ctx, sources[0], ctx.sent_of(pp.start + token.idx).sent_id)
    return targets


def _takes_up_the_clause(token: Token) -> bool:
    """Whether `token` heads « ce que … » after a comma: its object is the clause before (Riegel et al.,
    Grammaire méthodique du français: « ce » as antecedent of a relative resuming a whole proposition)."""
    head = token.head
    return token.dep_ == "acl:relcl" and head.lower_ == "ce" and head.i > 0 and token.doc[head.i - 1].text == "," \
        and any(c.dep_ == "obj" and c.lower_ in ("que", "qu'") for c in token.children)


def _an_account(noun: Token) -> bool:
    """« ce récit », « sa version », « chaque mot »: someone's account of the facts, pointed at."""
    lex = events.lexicon()
    return noun.lemma_.lower() in lex["account_nouns"] and any(c.dep_ == "det" and c.lower_ in lex["account_pointers"]
                                                               for c in noun.children)


def _owner(claims: list[Token], pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """« conteste ses constats »: the possessive stands for who made the claims, an actor named before
    like a pronoun's antecedent (never the source, nor an organisation it leads: one does not deny
    one's own findings)."""
    det = next((d for c in claims for d in c.children if d.dep_ == "det" and d.lower_ in SINGULAR_POSSESSIVES), None)
    if det is None:
        return []
    own = frozenset(sources).union(*(ctx.heads().get(s, ()) for s in sources))
    return antecedent(det, pp, ctx, own, informants=True)[:1]


def _claimant(token: Token, pp: ParsedParagraph, ctx: DocContext, source: str) -> list[str]:
    # "X a rejeté ces affirmations": the one who made them, i.e. the last actor to attack X,
    # else the last speaker quoted before other than X
    pos = pp.start + token.idx
    # (claims against the organisation the source leads are answered by it too: « Le gérant de X, Y,
    # rejette ces accusations » after « Z accuse X de … »)
    answering = {source} | ctx.heads().get(source, set())
    accusers = [r.source for r in ctx.found if r.polarity < 0 and r.target in answering and r.source not in answering]
    if accusers:
        return accusers[-1:]
    said = [q for q in ctx.quotes if q.end <= pos and q.speaker_resolved and q.speaker and q.speaker != source]
    return [said[-1].speaker] if said else []


#: A bare denial answers an accusation made at most this many sentences before it.
DENIAL_REACH = 3


def _bare_denial(token: Token, trig: events.Trigger) -> bool:
    """« X dément en bloc », « X nie toute ingérence »: a verb of denying proper whose object, if any, is
    the charge (not « dément toute volonté de se séparer de Y », a plan of its own; nor « conteste la
    sanction », which disputes an act)."""
    if trig.lemma in events.lexicon()["denying_any_verbs"]:
        # « conteste toute faute »: a charge of any kind denied (not « conteste la sanction »)
        return any(c.dep_ == "obj" and c.pos_ == "NOUN" and any(d.lower_ in _ANY for d in c.children)
                   for c in token.children)
    if trig.lemma not in events.lexicon()["denying_verbs"]:
        return False
    after = token.doc[token.i + 1:token.i + 8]
    if _past_infinitive_first(after):
        return True  # « dément avoir eu recours à un détective »: a past act denied is the charge
    objects = [c for c in token.children if c.dep_ in ("obj", "iobj", "ccomp", "xcomp") and c.lower_ not in events.SE]
    # (the parse may hang the verb anywhere: an infinitive in the words after it is a plan denied)
    return not any(c.pos_ in ("PROPN", "PRON", "VERB") for c in objects) \
        and not any("Inf" in t.morph.get("VerbForm") for t in after)


#: Determiners of « any » charge.
_ANY = {"tout", "toute", "tous", "toutes", "aucun", "aucune", "any"}


def _past_infinitive_first(words: Span) -> bool:
    """Whether the words open on a past infinitive (« avoir eu », « n'avoir jamais visé », « être intervenu »)."""
    toks = [t for t in words if t.lower_ not in ("n'", "ne", "pas", "jamais", "rien", "aucunement")]
    return len(toks) >= 2 and toks[0].lower_ in ("avoir", "être") and "Part" in toks[1].morph.get("VerbForm")


def denies_a_plan(token: Token) -> bool:
    """Whether the denied object is a plan of the source's own (« a démenti toute volonté de se séparer
    de X »), not a charge: whoever the plan names is not answered."""
    # (charges with a participle are no plan: « réfute les accusations portées par X » answers X)
    return any(c.dep_ == "obj" and any(g.pos_ == "VERB" and g.dep_ in ("acl", "xcomp") and not (
        "Part" in g.morph.get("VerbForm") and c.lemma_.lower() in _claims()) for g in c.children)
               for c in token.children)


def _recent_accuser(ctx: DocContext, source: str, sent_id: int) -> list[str]:
    """The latest actor found attacking `source` in the last DENIAL_REACH sentences, if any."""
    # (or the organisation the source leads: « Le PDG de X, Y, dément » after « Z accuse X de … »)
    answering = {source} | ctx.heads().get(source, set())
    # the source's own quoted words between the charge and the denial are its reply going on, not
    # another matter: « Z accuse X. « … », lâche X. « … » X dément » is as close as « Z accuse X. X dément »
    replying = {q.sent_id for q in ctx.quotes if q.speaker in answering and q.sent_id < sent_id}
    accusers = [r.source for r in ctx.found if r.polarity < 0 and r.target in answering and r.source not in answering
                and 0 <= sent_id - r.sent_id - len(replying.intersection(range(r.sent_id + 1, sent_id)))
                <= DENIAL_REACH]
    if accusers:
        return accusers[-1:]
    # « X aurait menacé Y, selon Z. X dément » : the one who told of the act, when a party (an outlet
    # that reports it is no accuser)
    marks = events.informant_marks()
    told = [q.speaker for q in ctx.quotes if q.cue and q.cue.lower() in marks and q.speaker_resolved and q.speaker
            and q.speaker not in answering and not is_outlet(q.speaker) and 0 <= sent_id - q.sent_id <= DENIAL_REACH
            and any(m.actor in answering for m in ctx.index.starting_in(ctx.sentences[q.sent_id].start,
                                                                     ctx.sentences[q.sent_id].end))]
    return told[-1:]
