"""Events named by a noun: « la plainte de X contre Y », « le rachat de X par Y », « son soutien à X ».

The noun's complements say who does what to whom (« de » the patient or the agent, « par » the
agent, « contre » / « à » the target, « entre X et Y » both partners); a noun without them takes
its source from the verb that governs it (« X a apporté son soutien à Y »). ``conflicts.py`` calls
``nominal_arguments`` for every nominal trigger of ``resources/events.yml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .. import resources
from ..text.segment import ParsedParagraph
from . import events
from .syntax import stray_agents
from .arguments import (DE, LOCATIVE, TARGET_CASES, DocContext, actors_of, case_of, clause_after, first_found, named_in,
                        subjects_of)

#: Prepositions of the agent of a passive or a participle (« par X »).
AGENT = {"par", "by"}
#: The order the cases are read in: a fixed one, since iterating a set of strings follows the process's
#: string hashing (a target once changed from run to run).
_AGENT_ORDER = tuple(sorted(AGENT))
_TARGET_ORDER = tuple(sorted(TARGET_CASES))
#: Conflict codes that end a relationship: without a named target, they end the source's latest one.
ENDING = {"break", "withdraw"}
#: Nominal events whose « de » complement is the patient (« le boycott des offres de X », « le rachat de X »).
_DE_PATIENT = {"boycott", "acquire", "fire", "exclude", "invest", "sanction"}
#: Ties that bind both parties (an agreement, a partnership, a merger), and their quarrels and ruptures (« la brouille
#: entre X et Y »): a joint subject without a target, or the two terms of « entre », act on each other (the reciprocal
#: the issue asks for, as « les deux hommes se sont querellés »).
MUTUAL = {"partner", "sign", "quarrel", "break"}


def nominal_arguments(token: Token, trig: events.Trigger, pp: ParsedParagraph,
                      ctx: DocContext) -> tuple[list[str], list[str]]:
    """« la plainte de X contre Y », « le rachat de X par Y », « son soutien à X »."""
    if trig.event.code == "cofound":
        return _predicated_founding(token, pp, ctx)
    by_case: dict[str, list[str]] = {}
    # "la levée de fonds menée par X", "le rachat de Y, conclu par X": an agent under a participle
    participles = [g for c in [token] + [c for c in token.children if c.dep_ == "nmod"]
                   for g in c.children if g.dep_ == "acl"]
    agents = [g for p in participles for g in p.children if g.dep_.startswith("obl") and case_of(g) in AGENT]
    agents = agents or [g for p in participles[:1] for g in stray_agents(p)]
    # « l'amende infligée à X par Y »: the participle's à-object is who the act is done to
    recipients = [a for p in participles for g in p.children if g.dep_.startswith("obl") and case_of(g) in ("à", "au", "aux")
                  for a in actors_of(g, pp, ctx)]
    # « la plainte de l'association contre la commune »: the parser hangs « contre » on the nearest
    # noun, the de-complement; that party is the target, not part of the de-phrase
    # (or on the participle's agent: « la plainte déposée par l'association X contre la société Y »)
    # (as deep in the de-phrase as the parser likes: « de l'Amicale des locataires des Sablons contre Y »)
    # « la plainte en diffamation de X contre Y »: the complements the parser hangs on the suit's kind are its own
    # (a suit's only: « une subvention en faveur de X » names its beneficiary there)
    children = list(token.children) + [g for k in token.children if case_of(k) == "en" and k.pos_ == "NOUN"
                                       and trig.event.code == "sue" for g in k.children if g.dep_ == "nmod"]
    # « une OPA sur X », « une offre de rachat sur X »: a bid bears on the firm it would buy (events.yml on_target)
    on = trig.event.code in events.lexicon()["on_target"]
    children += [c for c in _offered(token, on) if c not in children] + _adjacent_de(token, children)
    if on and token.dep_ == "obj":
        # (« a lancé une OPA sur le fabricant X »: the parse may hang « sur » on the support verb)
        children += [c for c in token.head.children if c.i > token.i and c.dep_.startswith("obl") and case_of(c) == "sur"]
    hung = [a for c in children + agents if case_of(c) in DE | AGENT for g in c.subtree
            if g is not c and case_of(g) in ("contre", "against") for a in actors_of(g, pp, ctx)]
    # « la fin de son partenariat avec X »: the complements of the word the trigger needs are its own
    needed = next((w for w in token.doc[token.i + 1:token.i + 4] if w.lemma_.lower() == trig.needs), None) \
        if trig.needs else None
    own = [c for c in (needed.children if needed is not None else ()) if case_of(c) not in DE]
    for c in children + agents + own:
        if needed is not None and c.i == needed.i:
            continue  # (« une offre publique d'achat sur X »: the needed word is part of the trigger, its phrase is no party)
        case = case_of(c)
        if case:
            by_case.setdefault(case, []).extend(actors_of(c, pp, ctx, frozenset(hung) if case in DE | AGENT
                                                          else frozenset()))
    if trig.event.code in MUTUAL:
        # « le partenariat conclu entre X et Y »: the two parties, each the other's partner
        between = [g for c in [token] + participles + own for g in c.children if case_of(g) in ("entre", "between")]
        parties = [a for g in between for x in [g] + [k for k in g.children if k.dep_ == "conj"]
                   for a in actors_of(x, pp, ctx)[:1]]
        if len(set(parties)) > 1:
            return list(dict.fromkeys(parties)), []
    de = [a for k in sorted(DE) for a in by_case.get(k, [])]
    if not de and trig.needs:
        # « son entrée au capital de X »: the de-complement of the word the trigger needs
        de = [a for c in (needed.children if needed is not None else ()) if case_of(c) in DE for a in actors_of(c, pp, ctx)]
    agent = [a for k in _AGENT_ORDER for a in by_case.get(k, [])]
    # « une subvention … en faveur de X »: the noun « faveur » carries the beneficiary
    favour = [a for c in token.children if c.lemma_.lower() == "faveur" and case_of(c) == "en"
              for g in c.children if case_of(g) in DE for a in actors_of(g, pp, ctx)]
    # « contre » names the party an act is against, wherever the parser hung it, before any other case
    # (« la plainte de X contre Y …, à l'instruction au parquet de Z »); the other cases in _TARGET_ORDER
    opposed = [a for k in ("contre", "against") for a in by_case.get(k, [])] + hung
    against = opposed or [a for k in _TARGET_ORDER for a in by_case.get(k, [])] or favour \
        or (by_case.get("sur", []) if on else []) or _aimed_at(token, pp, ctx)
    undergoer = _undergoing_clause(token)
    if undergoer is not None:
        # « X fait l'objet d'une plainte de Y », « X est visé par une plainte de Y »: the clause's subject
        # undergoes the act; the noun's « par » or « de » complement does it
        # (not a complement naming someone else by a noun of kin or staff: « une plainte de la mère du joueur X »,
        # « d'anciens salariés de la société X » are unnamed people, not X: roles.yml description_persons)
        if _others_of_kin(token):
            return [], []
        sources = (agent or de)[:1]
        targets = first_found([actors_of(c, pp, ctx, frozenset(sources)) for c in subjects_of(undergoer)])
        return (sources, targets[:1]) if sources and targets else ([], [])
    if agent:
        return agent, de[:1] or [a for a in recipients if a not in agent][:1] or against[:1] \
            or _after_agent(agents, pp, ctx, frozenset(agent)) \
            or [a for a in governor_subject(token, pp, ctx) if a not in agent][:1]
    if against:
        sources = de[:1] or governor_subject(token, pp, ctx)
        return sources, against[:1]
    if trig.event.code in _DE_PATIENT:
        if not de and any(case_of(c) in DE for c in token.children):
            # "le boycott des offres de Y" with "de Y" attached elsewhere by the parser: the
            # nearest actor named right after the noun in its clause
            de = named_in([t for t in clause_after(token)[:6] if case_of(t) not in LOCATIVE], pp, ctx, frozenset())
        if de and governing_verb(token).lemma_.lower() in events.lexicon()["judging_verbs"]:
            # « X a qualifié l'éviction de Y d'inacceptable »: X judges the act, someone else did it
            return [], []
        if de:
            # "X a appelé au boycott des offres de Y": the noun's verb's subject acts on the de-complement
            sources = governor_subject(token, pp, ctx)
            return sources, [a for a in de if a not in sources][:1]
    if trig.event.code in ENDING and token.dep_ == "obj" and governing_verb(token).lemma_ in events.lexicon()["deciding_verbs"]:
        # « X a voté la résiliation du contrat qui confiait l'eau à Y »: the verb's subject ends the
        # relationship; the other party is the first actor the ended thing's phrase names
        sources = governor_subject(token, pp, ctx)
        if sources:
            after = sorted((t for t in token.subtree if t.i > token.i), key=lambda t: t.i)
            # (or hung on the verb by the parser: « a annoncé la fin de son partenariat avec X »)
            return sources, named_in(after, pp, ctx, frozenset(sources)) or named_in(
                [t for t in clause_after(token)[:8] if case_of(t) not in LOCATIVE], pp, ctx, frozenset(sources))
    if de and trig.event.polarity > 0 and governing_verb(token).lemma_.lower() in events.lexicon()["receiving_verbs"]:
        # « X a reçu le soutien de Y », « X bénéficie du financement de Y »: Y acts, X receives
        return de[:1], [a for a in governor_subject(token, pp, ctx) if a not in de[:1]][:1]
    return [], []


#: Prepositions of the party a participle's act is done to or with (« intenté par X à Y », « signé par X avec Y »).
_PARTY_CASES = {"à", "au", "aux", "avec", "contre", "to", "with", "against"}


def _after_agent(agents: list[Token], pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The party named in an « à / avec / contre » phrase right after the participle's agent (« le procès intenté
    par X à Y », « l'accord signé par X avec Y »), read on the surface: fr_core_news_md often hangs that phrase on
    the next verb as its subject."""
    if not agents:
        return []
    doc = agents[0].doc
    j = agents[0].i + 1
    # past the agent's own name (« le groupe Norvel », « la Laiterie des Coëvrons »)
    while j < len(doc) and j <= agents[0].i + 6 and doc[j].lower_ not in _PARTY_CASES and not doc[j].is_punct \
            and doc[j].pos_ not in ("VERB", "AUX", "ADV", "SCONJ", "PRON"):
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _PARTY_CASES:
        return []
    phrase = []
    for t in doc[j + 1:j + 7]:
        # (the first noun phrase only: « à la demande de Y », « au nom de Y » name no party of the act)
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
            break
        phrase.append(t)
    # (a place after « à » is where the act happened, not its party: « déposée par X à Lyon »)
    return next(([m.actor] for t in phrase for m in ctx.named_at(pp.start + t.idx, pp.start + t.idx + len(t.text))
                  if m.actor not in exclude and m.actor_type != "place"), [])


def _others_of_kin(token: Token) -> bool:
    """Whether the « de » or « par » complement of an event noun is headed by a noun of kin or staff
    (« la mère du joueur », « d'anciens salariés de X »; roles.yml description_persons)."""
    persons = _kin_nouns()
    return any(case_of(c) in DE | AGENT and c.pos_ == "NOUN" and c.lemma_.lower() in persons
               for c in token.children if c.dep_ in ("nmod", "obl:agent", "obl"))


@lru_cache(maxsize=None)
def _kin_nouns() -> frozenset[str]:
    return frozenset(resources.load("roles")["description_persons"])


def _undergoing_clause(token: Token) -> Optional[Token]:
    """The verb of « X fait l'objet d'une plainte », « X est visé par une plainte », when the event noun
    (or the offer it completes: « d'une offre de rachat ») is that verb's complement: its subject is
    who the act befalls, not who does it."""
    noun = token
    if token.dep_ == "nmod" and case_of(token) in DE and token.head.lemma_.lower() in events.lexicon()["offer_nouns"]:
        noun = token.head  # « fait l'objet d'une offre de rachat de Y »
    head = noun.head
    if head.i == noun.i or case_of(noun) not in DE | AGENT:
        return None
    if head.lemma_.lower() == "objet" and head.dep_ == "obj":
        head = head.head  # (the parse may hang the noun on « objet » or on « faire »)
    if head.lemma_.lower() == "faire" and any(c.dep_ == "obj" and c.lemma_.lower() == "objet" for c in head.children) \
            and case_of(noun) in DE:
        return head
    if noun.dep_ == "obl:agent" and head.lemma_.lower() in events.lexicon()["aiming_verbs"] \
            and any(c.dep_ == "nsubj:pass" for c in head.children):
        return head
    return None


def _aimed_at(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """« La plainte déposée par X vise Y »: the object of the verb the event noun is the subject of."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in events.lexicon()["aiming_verbs"]:
        return []
    return first_found([actors_of(c, pp, ctx) for c in token.head.children if c.dep_ == "obj"])


def _predicated_founding(token: Token, pp: ParsedParagraph, ctx: DocContext) -> tuple[list[str], list[str]]:
    """« X a été l'une des figures fondatrices de Y (, aux côtés de Z) »: X (and Z) founded Y.

    A founder noun is a role, not an event (« la cofondatrice de Fabrika, Lina Morel »), unless it
    is predicated of a subject by the copula; « aux côtés de Z » (alongside) adds a co-agent.
    """
    noun = token.head if token.pos_ == "ADJ" and token.dep_ == "amod" else token
    pred = noun
    for _ in range(2):  # « l'une des figures »: the copula's predicate is the pronoun above the noun
        if any(c.dep_ == "cop" for c in pred.children) or pred.dep_ != "nmod":
            break
        pred = pred.head
    if not any(c.dep_ == "cop" for c in pred.children):
        return [], []
    founded = [a for c in noun.children if c.dep_ == "nmod" and case_of(c) in DE
               for a in actors_of(c, pp, ctx)][:1]
    sources = first_found([actors_of(c, pp, ctx) for c in subjects_of(pred)])
    if not founded or not sources:
        return [], []
    for side in (c for c in pred.children if c.lemma_ == "côté" and case_of(c) in ("à", "au", "aux")):
        sources += [a for g in side.children if g.dep_ == "nmod" and case_of(g) in DE
                    for a in actors_of(g, pp, ctx) if a not in sources and a not in founded]
    return sources, founded


def _offered(token: Token, on: bool = False) -> list[Token]:
    """« une offre de reprise de X », « une offre d'embauche à X »: the parser hangs the act's own
    complements on the offer noun (events.yml offer_nouns) the act completes; they are the act's
    (with `on`, a « sur » phrase too: « une offre de rachat sur X »)."""
    head = token.head
    if head.i == token.i or token.dep_ != "nmod" or case_of(token) not in DE \
            or not {head.lemma_.lower(), head.lower_} & set(events.lexicon()["offer_nouns"]):
        return []
    cases = DE | TARGET_CASES | ({"sur"} if on else set())
    out = [c for c in head.children if c.i > token.i and c.dep_.startswith(("nmod", "obl"))
           and case_of(c) in cases]
    if head.dep_ == "obj" and head.head.i != head.i:
        # « a fait une offre d'embauche à X »: the parse may hang the « à » phrase on the support verb
        out += [c for c in head.head.children if c.i > token.i and c.dep_.startswith(("nmod", "obl"))
                and case_of(c) in TARGET_CASES]
    return out


def _adjacent_de(token: Token, children: list[Token]) -> list[Token]:
    """« a appelé au boycott des produits de X »: a « de » phrase right after the event noun is the
    noun's complement, wherever the parse hung it (fr_core_news_md may hang it on the verb)."""
    j = token.i + 1
    if j >= len(token.doc) or token.doc[j].lower_.rstrip("'") not in DE or token.doc[j].dep_ != "case":
        return []
    phrase = token.doc[j].head
    known = {c.i for c in children}
    return [phrase] if phrase.i > j and phrase.i not in known and phrase.i != token.i \
        and phrase.pos_ in ("NOUN", "PROPN") else []


def governing_verb(token: Token) -> Token:
    """The word a noun's phrase hangs on, climbing through objects and complements (« a voté jeudi
    soir la résiliation »: the parser may hang the noun on « soir »)."""
    head = token.head
    # (« a gelé mardi le solde de sa subvention »: the small model makes the object « le solde » an obl:mod)
    while head.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "xcomp") and head.head.i != head.i:
        head = head.head
    return head


def governor_subject(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    # "X a apporté son soutien à Y", "X a appelé au boycott de Y": the noun's verb's subject.
    head = governing_verb(token)
    subjects = subjects_of(head) if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT" else []
    return first_found([actors_of(c, pp, ctx) for c in subjects])
