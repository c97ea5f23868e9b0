"""Who made the decision a suit or an appeal is brought against.

« L'association a déposé un recours contre le permis de construire » names no defendant, but the
text said who granted the permit a few sentences before (« accordé en février par le maire »); « Le
club fera appel de la sanction » is against whoever sanctioned the club. French press states the
decision first and the challenge after, so the author is read off the decision noun's own phrase,
else off the last earlier sentence that used the same noun, else off the sanctions found so far. A
criticism that labels a decision (« qualifie la résiliation de « vengeance » ») criticises its author,
read the same way or off the verb that made it (« la commune a résilié la convention », events.yml
decision_verbs), up to ACT_REACH sentences back.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from ..text.segment import ParsedParagraph
from ..tag.actors.lexicon import POSSESSIVES
from ..tag.actors.offices import office_actor, office_nouns
from . import events
from .arguments import DE, DocContext, actors_of, case_of, first_found, subjects_of
from .nominal_events import AGENT

#: How many sentences back a decision's earlier mention is looked for.
DECISION_REACH = 4
#: How many sentences back the act that made it is looked for: « la résiliation », « l'attribution »
#: take up the article's main event, told in its lead paragraphs.
ACT_REACH = 20
#: Dependencies of a noun phrase's head, whatever part of speech the tagger gave it.
_NOMINAL = {"nsubj", "nsubj:pass", "obj", "nmod", "obl", "obl:arg"}
#: Acts against someone that bring a case to court: who did them is the defendant when a suit or an
#: appeal names none (« fera appel de la sanction » after « la Ligue a infligé une amende au club »).
COERCIVE = {"fire", "fine", "sanction", "exclude", "break", "withdraw"}


@lru_cache(maxsize=None)
def _decision_nouns() -> frozenset[str]:
    """Nouns of decisions and penalties (events.yml decision_nouns)."""
    return frozenset(events.lexicon()["decision_nouns"])


def decision_author(token: Token, pp: ParsedParagraph, ctx: DocContext, sources: frozenset,
                    acts: bool = False, reach: int = ACT_REACH) -> list[str]:
    """The author of the decision the clause of `token` challenges (« recours contre le permis »,
    « pour faire annuler la décision », « appel de la sanction ») or labels (« qualifie la résiliation
    de … »: with `acts`, the verb that made it is read back too), other than `sources`."""
    nouns = [t for t in token.subtree if t.i != token.i and t.pos_ == "NOUN" and t.lemma_.lower() in _decision_nouns()
             # (a judged decision is a noun phrase with its determiner, « cette mesure »; a bare noun after a
             # preposition is part of an idiom, « une procédure taillée sur mesure »)
             and (not acts or any(c.dep_.startswith("det") for c in t.children))]
    for noun in nouns:
        own = [a for a in _author(noun, pp, ctx, sources) if a not in sources] or _office(noun, ctx, sources)
        if own:
            return own[:1]
        earlier = _earlier_author(noun, pp.start + noun.idx, ctx, sources, acts, reach)
        if earlier:
            return earlier
    if nouns:
        # « fera appel de la sanction » after « la Ligue a infligé une amende au club »
        here = ctx.sent_of(pp.start + token.idx).sent_id
        # (« contestera son licenciement »: the plaintiff's own sanction is the one they underwent, however
        # far back it was told)
        own = any(d.dep_.startswith("det") and d.lower_ in POSSESSIVES for n in nouns for d in n.children)
        punished = [r.source for r in ctx.found if r.event in COERCIVE and r.target in sources
                    and r.source not in sources and 0 <= here - r.sent_id <= (here if own else DECISION_REACH)]
        return punished[-1:]
    return []


def _author(noun: Token, pp: ParsedParagraph, ctx: DocContext, sources: frozenset) -> list[str]:
    """Who the parse says made the decision `noun` names: its « de » complement (« la décision du
    maire »), the agent of its passive or participle (« accordé par le maire »), the subject of the
    verb it is the object of (« la préfète a signé l'arrêté »)."""
    candidates: list[Iterable[Token]] = [
        # (not a place named deep in a thing's phrase: « la fermeture de son site de Rennes » is the site's,
        # decided by whoever announced it, not by Rennes)
        [c for c in noun.children if c.dep_ == "nmod" and case_of(c) in DE and not _thing_place(c, pp, ctx)],
        [a for c in noun.children if c.dep_ == "acl" for a in _agents(c)],
    ]
    head = noun.head
    if noun.dep_ == "nsubj:pass":
        candidates.append(_agents(head))
    elif noun.dep_ == "obj" and head.pos_ == "VERB":
        candidates.append(subjects_of(head))
    # (last: « l'arrêté par lequel la préfecture a autorisé … », « la sanction que la ligue a prononcée »: the subject
    # of a relative clause whose verb makes decisions, its relative pronoun not that subject; not « l'arrêté que
    # contestent les riverains »)
    candidates.append([a for c in noun.children if c.dep_ == "acl:relcl" and c.lemma_.lower() in _any_decision_verb()
                       and not any(r.dep_.startswith("nsubj") and "Rel" in r.morph.get("PronType") for r in c.children)
                       for a in subjects_of(c)])
    return first_found([a for t in group for a in actors_of(t, pp, ctx, sources)] for group in candidates)


def _thing_place(comp: Token, pp: ParsedParagraph, ctx: DocContext) -> bool:
    """Whether the « de » complement `comp` is a common noun not itself named as an actor (« son site »),
    whose phrase names only a place (« de Rennes »): the thing acted on, where it stands, not an author."""
    if comp.pos_ != "NOUN" or ctx.named_at(pp.start + comp.idx, pp.start + comp.idx + len(comp.text)):
        return False
    inner = [m for t in comp.subtree if t.i != comp.i
             for m in ctx.named_at(pp.start + t.idx, pp.start + t.idx + len(t.text))]
    return bool(inner) and all(m.actor_type == "place" for m in inner)


def _office(noun: Token, ctx: DocContext, sources: frozenset) -> list[str]:
    """The author an adjective of office names (« l'arrêté préfectoral » is the prefecture's, « la
    délibération municipale » the town's): the one actor of the document named by that office's noun
    (« préfecture de la Charente-Maritime », before or after: an office is one per article)."""
    for adj in noun.children:
        words = office_nouns(adj.lower_, adj.lemma_) if adj.dep_ == "amod" else ()
        if not words:
            continue
        actor = office_actor(words, ctx.index, sources)
        if actor is not None:
            return [actor]
    return []


@lru_cache(maxsize=None)
def _decision_verbs() -> dict[str, frozenset[str]]:
    """The verbs that make each decision noun (events.yml decision_verbs)."""
    return {noun: frozenset(verbs) for noun, verbs in events.lexicon()["decision_verbs"].items()}


@lru_cache(maxsize=None)
def _any_decision_verb() -> frozenset[str]:
    """Every verb that makes a decision (events.yml decision_verbs, all nouns together)."""
    return frozenset().union(*_decision_verbs().values())


def _maker(verb: Token, pp: ParsedParagraph, ctx: DocContext, sources: frozenset) -> list[str]:
    """Who did the act `verb` narrates: its agent in the passive (« a été suspendu par l'université »),
    else its subject (« la commune a résilié la convention »)."""
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        group: Iterable[Token] = _agents(verb)
    else:
        group = subjects_of(verb)
    return [a for t in group for a in actors_of(t, pp, ctx, sources)]


def _agents(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) in AGENT]


def _earlier_author(noun: Token, pos: int, ctx: DocContext, sources: frozenset, acts: bool = False,
                   reach: int = ACT_REACH) -> list[str]:
    """The author of the latest earlier use of the decision `noun`, within DECISION_REACH sentences; a
    generic noun (« la décision », « la mesure ») takes up any decision (« a voté la fermeture »). With
    `acts`, also the verb that made it, up to `reach` sentences back (a generic noun: any decision verb,
    within DECISION_REACH)."""
    here = ctx.sent_of(pos).sent_id
    lemma, form = noun.lemma_.lower(), noun.lower_
    generic = lemma in events.lexicon()["generic_decisions"]
    found: list[str] = []
    # (only the paragraphs the window reaches: a long document is not read again for each suit)
    window = ctx.sentences[max(0, here - DECISION_REACH)].start
    # (with `acts`, also the act that made it: « qualifie la résiliation de … » after « a résilié la convention »)
    verbs = _decision_verbs().get(lemma, frozenset()) if acts else frozenset()
    act_window = ctx.sentences[max(0, here - max(reach, DECISION_REACH))].start if verbs else window
    # (with `acts`, the same specific noun made earlier in the article is the same decision: « qualifie l'arrêté de
    # « … » » after « la préfecture a signé un arrêté » in the lead, as far back as the act itself)
    noun_window = ctx.sentences[max(0, here - max(reach, DECISION_REACH))].start if acts and not generic else window
    act_window = min(act_window, noun_window)
    # (« La préfecture a interdit la manifestation. X dénonce cette décision »: a generic noun takes up the act
    # of any decision verb, within the decision's own reach, not the article's lead)
    any_verbs = _any_decision_verb() if acts and generic else frozenset()
    for pp in ctx.parsed:
        if pp.start >= pos:
            break
        if pp.start + len(pp.text) < act_window:
            continue
        for t in pp.doc:
            at = pp.start + t.idx
            if at >= pos:
                break
            # (the small model may tag a sentence-initial noun a verb: « Le permis a été accordé »)
            same = t.lemma_.lower() == lemma or t.lower_ == form or generic and t.lemma_.lower() in _decision_nouns()
            if same and (t.pos_ == "NOUN" or t.dep_ in _NOMINAL) and at >= noun_window:
                author = [a for a in _author(t, pp, ctx, sources) if a not in sources]
                found = author[:1] or found
            elif t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in verbs and at >= act_window
                                                or t.lemma_.lower() in any_verbs and at >= window):
                author = [a for a in _maker(t, pp, ctx, sources) if a not in sources]
                found = author[:1] or found
    return found
