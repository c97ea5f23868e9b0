"""Conflict and cooperation events between actors, from the dependency parse and the quotes.

An event is a lexicon trigger (resources/events.yml: verbs and nominal forms, CAMEO-coded with
Goldstein weights) whose source and target are found among its syntactic arguments and mapped
onto the document's actor mentions. Negated events are dropped (they are not relations);
``prospective`` marks threats, plans, offers, calls and attempts.

Notes:
    Event coding after CAMEO (Gerner et al. 2002; Schrodt 2012) and the Goldstein (1992) scale;
    argument extraction from Universal Dependencies relations in the manner of the dependency
    event coders that followed TABARI (PETRARCH, Schrodt et al. 2014): subject → source,
    object / prepositional object → target, passive ``par`` agent → source.

This module holds the event rules for verbs (which argument is the source, which the target,
passives and incises included); ``nominal_events.py`` reads events named by a noun,
``reciprocal.py`` the two parties of a reciprocal verb, ``arguments.py`` maps a token to the actor
it names, and ``event_mood.py`` says whether an event is negated, alleged or hedged, or only planned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Optional

from spacy.tokens import Token

from ..tag.actors.dateline import dateline_town
from ..tag.actors.lexicon import POSSESSIVES, _role_words, is_forum, is_outlet
from ..tag.actors.roles import _relational_roles
from ..tag.spans import MentionIndex
from ..text.segment import ParsedParagraph
from ..types import DateMention, Mention, Quote, Relation, Sentence
from . import event_mood, events
from .arguments import (DE, SUBJ, DocContext, actors_of, antecedent, beneficiary,
                        case_of, clause_after, first_found, named_in, objects_of, mention_roles,
                        subjects_of)
from .reference import appositions, town_institutions
from .coref import subject_references
from .nominal_events import AGENT, ENDING, MUTUAL, nominal_arguments
from .answers import answered, denies_a_plan
from .surface import (COMPLEMENT_MARKS, adjacent_subject, after_colon, after_conjunction, comma_before_verb_group,
                      name_before_and, word_before_mention)
from .syntax import apposed_patient, offer_noun, perfect_active, sibling_subjects, word_before_auxiliaries
from .decisions import ACT_REACH, COERCIVE, DECISION_REACH, decision_author
from .complements import labelling, praising_label, target_objects
from .counsel import client_of, reported_client
from .reciprocal import has_complement, mutual_plural, reciprocal_pair, settings_only
from .salience import salient_antecedent, spokesperson_owner
from .opinions import opinion_events
from .speech import quote_events
from .targets import (CLITIC_OBJECTS, CONTENT_ACTS, OWNED_ACT_EVENTS, ended_partner, fallback_source,
                      fallback_target, organiser, own_object, owned_act, possessor, threatened_act)
from .ties import ended_tie, other_party
from .parties import concerned_nouns, concerned_person, staff_employer

#: Codes whose target may be the owner of the goods acted on (« boycotter ses produits »; not a purchase:
#: « a racheté sa dernière année de contrat », « ses droits » is no act on the possessor).
_OWNER_TARGET = {"boycott"}


def extract_relations(doc_id: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                      mentions: list[Mention], quotes: list[Quote], dates: list[DateMention]) -> Iterator[Relation]:
    """Relations of one document in text order: narrated events, then events carried by speech."""
    index = MentionIndex(mentions)
    ctx = DocContext(sentences, index, quotes, dates,
                     appositions([(pp.doc, pp.start) for pp in parsed], index, dateline_town(parsed),
                                 [pp.text for pp in parsed]),
                     mention_roles(parsed, index), parsed)
    subject_references(parsed, ctx)
    index = ctx.index
    seen: set = set()
    found = ctx.found
    for pp in parsed:
        if pp.para.block in ("heading", "attribution"):
            continue  # a headline restates the body; one entry per act (the body's)
        for i in events.candidate_tokens(pp.doc, pp.lang):
            token = pp.doc[i]
            at = pp.start + token.idx
            if any(" " in m.text for m in index.overlapping(at, at + len(token.text))):
                continue  # a word of a name, « le collectif Sauvons la forêt », « l'association Non au béton »
            trig = events.match(token, pp.lang)
            if trig is not None:
                found.extend(_relations(token, trig, pp, ctx))
        found.extend(opinion_events(pp, ctx))  # « X déplore que Y ait abandonné … »
    heads = ctx.heads()
    # (a subject pronoun opening a quotation, « « Elle a redressé trois hôtels », se félicite X »: the person it
    # takes up, by salience and gender, salience.salient_antecedent)
    found.extend(quote_events(doc_id, quotes, sentences, index, ctx.sent_text, found, heads,
                              lambda pos, gender, exclude: salient_antecedent(
                                  pos, ctx, gender, exclude, own_role="subj", persons_only=True)))
    towns = town_institutions(mentions)
    if towns:
        moved = (replace(r, source=towns.get(r.source, r.source), target=towns.get(r.target, r.target)) for r in found)
        found[:] = [r for r in moved if r.source != r.target]
        heads = {p: {towns.get(o, o) for o in orgs} for p, orgs in heads.items()}
    # one entry per act: of the codes one sentence gives a pair ("menace de poursuivre"), the
    # strongest on the Goldstein scale (the threat, not the suit it threatens)
    for rel in sorted(found, key=lambda r: (r.sent_id, r.source, r.target, -abs(r.intensity), r.event)):
        key = (rel.sent_id, rel.source, rel.target, rel.polarity)
        if rel.event in _SAID and rel.target in heads.get(rel.source, ()):
            continue  # « Nous contestons cette décision », a réagi le PDG de Lumeria: not against Lumeria
        if key not in seen:
            seen.add(key)
            yield rel


#: Acts of judging: with a decision as object and no actor named (« dénonce la fermeture », « salue cette
#: décision »), their target is the decision's author (decisions.decision_author).
_JUDGING_CODES = {"criticize", "praise"}


#: Conflict events made of words: a leader's words are never against their own organisation (they
#: may still be fired, sued or excluded by it).
_SAID = {"accuse", "criticize", "deny", "reject", "threaten"}


def _relations(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: DocContext) -> list[Relation]:
    base = pp.start
    lang = pp.lang
    lapsed = _not_renewed(token, trig, lang)
    if lapsed:
        trig = replace(trig, event=events.event_type("withdraw"))
    # (a verb that is the event only negated, « ne se parlent plus », is none unnegated)
    if not lapsed and (not _no_longer(token) if trig.negative else event_mood.negated(token, lang)) \
            or _incise_verb(token) or _thing_object(token, trig.needs) or ended_tie(token, trig, lang) \
            or _other_kind(token, trig):
        return []
    sent = ctx.sent_of(base + token.idx)
    sources, targets = _arguments(token, trig, pp, ctx)
    if trig.also and targets and trig.event.code == "criticize":
        # (a judgement only, « faire le procès de X »: measured on « faire appel à », « mettre la main sur », it
        # took a true pair away on the held-out sets)
        targets = _in_complement(token, trig, pp, ctx, sources, targets)
    if trig.needs == "procès" and sources and all(is_forum(a) for a in sources):
        return []  # « le tribunal fera le procès de X »: a court holds the trial, it criticises no one
    parties = other_party(token, trig, pp, ctx, sources) if sources else None
    if parties is not None and (not targets or trig.event.code != "threaten"):
        # (a threat keeps the target its clause names: « met en demeure X de respecter le contrat qui la lie à Y »)
        targets = parties  # « rompre la convention qui lie X à Y »: the tie's other party
    if trig.event.code == "hire":
        # (a person is no employer of unnamed staff: « a officialisé l'arrivée de X » hires X)
        targets = [t for t in targets if t in ctx.persons() or not staff_employer(token, t, lambda g: actors_of(g, pp, ctx))]
        # (nor is a place taken on by a bare verb of hiring: « a recruté trente agents à Brive » says where; a
        # contract awarded « à X » names a party whatever type the tagger gave it, « a attribué le marché à X »)
        if _post_offered(trig):
            # (a post is offered to a person: « propose un poste de technicien à Lyon » is a job advert, « a promis la
            # direction du projet à la société X » a contract)
            targets = [t for t in targets if t in ctx.persons()]
        if not trig.needs:
            places = {m.actor for m in ctx.index if m.actor_type == "place"} - {m.actor for m in ctx.index
                                                                                if m.actor_type != "place"}
            targets = [t for t in targets if t not in places]
    if trig.event.code == "attack":
        # (an assault or harassment is done to a person, events.yml attack: « Rennes a humilié Nantes (3-0) »,
        # one club beating another, is a match)
        targets = [t for t in targets if t in ctx.persons()]
    if trig.event.code == "sue":
        sources = [client_of(a, sent, ctx) or a for a in sources]
        # « a déposé une requête auprès de la mairie », « porte plainte auprès de la gendarmerie »: « auprès de »
        # names the authority a request or a complaint is lodged with, never the party it is against
        # (the parser makes « auprès » a preposition or an adverb governing « de la mairie »)
        lodged = {a for t in token.subtree if t.i > token.i and (case_of(t) == "auprès" or t.head.lower_ == "auprès")
                  for a in actors_of(t, pp, ctx)}
        targets = [a for a in targets if a not in lodged]
    if trig.event.reciprocal and (not targets or settings_only(token, trig.needs or "")) and not has_complement(token, trig.needs or ""):
        sources = reciprocal_pair(token, sources, pp, ctx)
        pairs = [(a, b) for a in sources for b in sources if a != b]
    elif not targets and len(sources) > 1 and (trig.event.code in MUTUAL or events.has_reflexive(token)):
        # « X et Y ont signé un accord »; « X et Y se sont accusés (mutuellement) »: each did it to the other
        pairs = [(a, b) for a in sources for b in sources if a != b]
    elif not targets and not sources and events.has_se(token) and mutual_plural(token, trig.event.code):
        # « ils se sont mutuellement accusés », « les deux organisations se sont accusées de mentir »
        sources = reciprocal_pair(token, sources, pp, ctx)
        pairs = [(a, b) for a in sources for b in sources if a != b]
    else:
        pairs = [(a, b) for a in sources for b in targets if a != b]
    if not pairs:
        return []
    etype = trig.event
    if labelling(token):
        if events.has_reflexive(token):
            return []  # « s'est qualifié pour la finale »: no label
        if praising_label(token, lang):
            etype = events.event_type("praise")
    if etype.polarity > 0 and event_mood.ceased(token, lang):
        etype = events.event_type("withdraw")  # « a cessé de financer X »: support withdrawn
    quote = ctx.quote_at(base + token.idx)
    modality = event_mood.modality(token, lang, sent.text, quote, sent.block)
    prospective = trig.event.prospective or event_mood.prospective(token, lang) or _post_offered(trig)
    out = []
    for a, b in pairs:
        out.append(Relation(sent.doc_id, sent.sent_id, a, b, etype.code, etype.polarity,
                            etype.intensity, modality, sent.text, prospective, token.text,
                            ctx.dates.get(sent.sent_id) or (quote.date if quote else None),
                            quote.quote_id if quote else None))
    return out


def _post_offered(trig: events.Trigger) -> bool:
    """Whether the trigger offers a post (« proposer un poste », « promettre la direction »: events.yml hire and
    offer_verbs), an act offered and not yet done."""
    return trig.event.code == "hire" and bool(trig.needs) and trig.lemma in events.lexicon()["offer_verbs"]


def _not_renewed(token: Token, trig: events.Trigger, lang: str) -> bool:
    """« ne renouvellera pas son contrat avec X », « a refusé de prolonger le partenariat »: a cooperation that is
    not renewed lapses, a withdrawal (CAMEO 16, reduce relations), where another negated cooperation did not
    happen at all (events.yml renewal_verbs)."""
    if trig.event.polarity <= 0 or trig.nominal or trig.lemma not in _renewal_verbs():
        return False
    # a plain negation of the verb (« ne … pas / plus / jamais »; not « toujours pas », « pas encore »: still pending)
    # or a refusal (« a refusé de prolonger »); not a denial or an expectation, which event_mood.negated also reads
    doc = token.doc
    window = {t.lower_ for t in doc[max(0, token.i - 4):min(len(doc), token.i + 3)]}
    table = events.lexicon()["negation"]
    plain = (any(c.dep_ == "neg" for c in token.children) if lang == "en" else
             bool({"ne", "n'", "n’"} & window) and bool(set(events.words("negation", lang)) & window))
    if plain and not set(table["pending"]) & window:
        return True
    return token.dep_ == "xcomp" and token.head.lemma_ in table["refusal_heads"]


@lru_cache(maxsize=None)
def _renewal_verbs() -> frozenset[str]:
    return frozenset(events.lexicon()["renewal_verbs"])


def _no_longer(token: Token) -> bool:
    """« ne se parlent plus »: the negation says a state ended (« ne … plus », Riegel et al., Grammaire
    méthodique du français, ch. XIV, négation), not that it never was (« ne se sont jamais parlé »)."""
    doc = token.doc
    return any(t.lower_ in ("ne", "n'", "n’") for t in doc[max(0, token.i - 4):token.i]) \
        and any(t.lower_ == "plus" for t in doc[max(0, token.i - 2):token.i + 3])


def _needed_word(token: Token, needs: str) -> Optional[Token]:
    """The word a trigger's phrase needs, among the words right after it (events._near_words reads seven)."""
    return next((w for w in token.doc[token.i + 1:token.i + 8] if needs in (w.lower_, w.lemma_.lower())), None)


def _in_complement(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: DocContext, sources: list[str],
                   targets: list[str]) -> list[str]:
    """The targets of a phrase of judgement closed by a preposition (« faire le procès de »): the phrase the
    preposition opens names them; an actor met elsewhere in the clause (« a fait le procès de son propre vestiaire
    après la défaite contre X ») is not its target. Kept as found when the preposition's phrase cannot be read."""
    word = _needed_word(token, trig.needs)
    if word is None or not trig.also[-1].isalpha() or trig.also[-1] not in ("de", "à", "sur", "pour", "derrière"):
        return targets
    prep = next((w for w in token.doc[word.i + 1:word.i + 1 + len(trig.also)] if w.lower_ == trig.also[-1]), None)
    if prep is None or prep.dep_ != "case" or prep.head.i <= prep.i:
        return targets
    comp = prep.head
    allowed = set(actors_of(comp, pp, ctx, frozenset(sources))) | {
        m.actor for t in comp.subtree for m in ctx.named_at(pp.start + t.idx, pp.start + t.idx + len(t.text))}
    return [a for a in targets if a in allowed]


def _other_kind(token: Token, trig: events.Trigger) -> bool:
    """Whether the words a phrase of the lexicon needs are there in another sense: « a engagé une procédure de
    recrutement », « lance une action de prévention avec X » (a « de » complement naming another kind of procedure
    than a judicial one: events.yml generic_suit_nouns, judicial_kinds); « a rappelé l'ordre du jour à X » (a word
    the phrase needs under a preposition, « rappeler à l'ordre », as the object: prepositional_needs); « a été
    cité à comparaître comme témoin » (a witness is summoned, not sued: witness_nouns); « a proposé la suppression du
    poste de X » (a post offered is the object of the verb that offers it: offer_verbs)."""
    if not trig.needs:
        return False
    lex = events.lexicon()
    word = _needed_word(token, trig.needs)
    if word is None:
        return False
    if trig.event.code == "sue" and trig.needs in lex["generic_suit_nouns"] and any(
            c.dep_ == "nmod" and case_of(c) in DE and c.pos_ == "NOUN" and c.text[:1].islower()
            and c.lemma_.lower() not in lex["judicial_kinds"] for c in word.children):
        return True
    prep = lex["prepositional_needs"].get(trig.needs)
    if prep and not any(w.lower_ == prep for w in token.doc[max(token.i + 1, word.i - 2):word.i]):
        return True
    if _post_offered(trig) and not (word.dep_ == "obj" and word.head.i == token.i):
        return True  # a post offered is the verb's object: « a proposé la suppression du poste de X » offers none
    if trig.event.code == "sue" and any(w.lower_ in lex["witness_nouns"] and token.doc[w.i - 1].lower_ in ("comme", "de", "que")
                                        for w in token.doc[word.i + 1:word.i + 12] if w.i - 1 >= 0):
        return True  # (« comme témoin », « en qualité de témoin », « en tant que témoin »)
    return False


_CLOSING_MARKS = {"»", '"', "”"}
_INVERTED = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on)$")


@lru_cache(maxsize=None)
def _etre_verbs() -> frozenset[str]:
    return frozenset(events.lexicon()["etre_verbs"])


@lru_cache(maxsize=None)
def _party_nouns() -> frozenset[str]:
    """Nouns that name a party, not a thing (« son concurrent », « son club »): referring nouns and roles."""
    return events.referring_words() | _role_words() \
        | _relational_roles()


def _thing_object(token: Token, needs: Optional[str] = None) -> bool:
    """« Ventoria poursuit ses recrutements », « attaque sa saison »: a verb of the lexicon whose object is
    the subject's own thing means another act than the event (continuing, starting); so does one with
    an object of events.yml ``other_sense_objects`` (« engage des discussions »), unless that object is
    the word the trigger's own phrase needs (« engage une procédure judiciaire contre X » is a suit)."""
    things = events.lexicon()["other_sense_objects"].get(token.lemma_.lower())
    if things and any(c.dep_ == "obj" and c.lemma_.lower() in things and c.lemma_.lower() != needs
                      for c in token.children):
        return True  # « a engagé des discussions avec X »: another act than hiring
    if token.lemma_.lower() not in events.lexicon()["thing_object_verbs"]:
        return False
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _party_nouns()
               and any(d.lower_ in POSSESSIVES for d in c.children) for c in token.children)




def _incise_verb(token: Token) -> bool:
    """Whether `token` heads an incise (« « … », accuse X », « …, accuse-t-il »): its inverted subject
    is the speaker and its target is in the quotation, which ``speech.quote_events`` reads; the parse
    takes the speaker for an object."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and _INVERTED.match(nxt.lower_):
        return True
    if token.i > 0 and _INVERTED.match(token.doc[token.i - 1].lower_):
        return True  # « », a-t-il confié à La Montagne »: the inverted subject stands before the participle
    i = word_before_auxiliaries(token)  # (« », a accusé X »)
    return i >= 1 and token.doc[i].text == "," and token.doc[i - 1].text in _CLOSING_MARKS


#: Events that separate someone from a body (events.yml codes): their passive's « de » complement is the body.
_SEPARATING = {"fire", "exclude"}


def _separated_from(token: Token, trig: events.Trigger, children: list, pp: ParsedParagraph,
                    ctx: DocContext) -> Optional[tuple[list[str], list[str]]]:
    """« X, licencié de France Inter en 2024, … », « X a été exclu du parti »: the body a passive of dismissal or
    exclusion separates its patient from did it (« licencier qqn d'une entreprise », « exclure qqn de » take a
    « de » complement of separation, TLFi), when no « par » agent names another; None when that reading fails."""
    if trig.event.code not in _SEPARATING or any(c.dep_ == "obl:agent" for c in children):
        return None
    reduced = token.dep_ in ("acl", "appos") and "Part" in token.morph.get("VerbForm")
    if not reduced and not any(c.dep_ == "aux:pass" for c in children):
        return None
    doc = token.doc
    phrase_end = next((t.i for t in doc[token.i + 1:] if t.text in (",", ";", ".", ")")), len(doc))
    by = next((t for t in doc[token.i + 1:phrase_end] if t.lower_ == "par"), None)
    # (the parse may hang the « par » agent or the « de » complement elsewhere: « X, licencié de son poste par
    # Renault, » is read on the words, up to the phrase's comma)
    agents = first_found([actors_of(t, pp, ctx) for t in doc[by.i + 1:phrase_end] if t.pos_ in ("PROPN", "NOUN")]) \
        if by is not None else []
    bodies = agents or ([] if by is not None else first_found(
        [actors_of(c, pp, ctx) for c in children if (c.dep_.startswith("obl") or c.dep_ == "nmod") and case_of(c) in DE]))
    if not bodies:
        return None
    patients = actors_of(token.head, pp, ctx) if reduced else \
        first_found([actors_of(c, pp, ctx) for c in children if c.dep_ in ("nsubj:pass", "nsubj")])
    patients = [a for a in patients if a not in bodies]
    return (bodies[:1], patients[:1]) if patients else None


def _arguments(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: DocContext) -> tuple[list[str], list[str]]:
    """Source and target actors of the event headed by `token`."""
    if trig.nominal:
        return nominal_arguments(token, trig, pp, ctx)
    # (a participle with a « par » agent is passive too: « Batterix, fondée par X en 2019, »)
    # (« se sont mutuellement accusés »: a reflexive with « être » is no passive, whatever the parse says)
    children = list(token.children)  # (read several times: `children` makes new Tokens on each pass)
    separated = _separated_from(token, trig, children, pp, ctx)
    if separated is not None:
        return separated
    passive = any(c.dep_.endswith(":pass") for c in children) and token.lemma_ not in _etre_verbs() \
        and not events.has_se(token) and not perfect_active(token) or (
        token.dep_ in ("acl", "advcl") and events.participle_with_agent(token)
        and any(c.dep_ == "obl:agent" and case_of(c) in AGENT for c in children)) or _se_voir(token)
    fronted = events.fronted_participle(token) is not None
    passive = passive or fronted
    objects = [] if passive else [o for o in objects_of(token) if not _emphatic(o)]  # (only for an active verb)
    forum = not passive and _forum_object(objects)  # « a saisi les prud'hommes »: where, not whom
    subjects = subjects_of(token)
    if fronted:
        # « Licenciée par X, Y a saisi … »: the participle is said of the main clause's subject
        comma = events.fronted_comma(token)
        subjects = [t for t in token.doc[comma + 1:comma + 8] if t.dep_ in SUBJ][:1]
    agent = [c for c in children if c.dep_.startswith("obl") and case_of(c) in AGENT]
    subj_actors = first_found([actors_of(c, pp, ctx) for c in subjects]) if not sibling_subjects(subjects) \
        else list(dict.fromkeys(a for c in subjects for a in actors_of(c, pp, ctx)[:1]))
    framed = after_colon(token, subjects, pp, ctx)
    if framed is not None:
        subj_actors = framed
    adjacent = adjacent_subject(token, pp, ctx)
    if adjacent and adjacent[0] not in subj_actors:
        if subj_actors and after_conjunction(token, pp):
            subj_actors = subj_actors + adjacent  # « X et Y ont signé »: the parse hung Y inside X's name
        else:
            subj_actors = adjacent  # "…, d'après Les Échos, Orvane aurait suspendu": the parse took another subject
    if subj_actors and after_conjunction(token, pp):
        subj_actors += [a for a in name_before_and(token, pp, ctx) if a not in subj_actors]
    if not subj_actors:
        subj_actors = _coordinated_subject(token, pp, ctx)
    if not subj_actors and subjects:
        subj_actors = spokesperson_owner(subjects[0], pp.start, ctx)  # « Sa porte-parole accuse … »
    concerned = concerned_person(subjects[0], ctx.sent_of(pp.start + token.idx).sent_id, ctx.found, ctx.persons()) \
        if subjects and subjects[0].lower_ in concerned_nouns() else None
    if concerned:
        subj_actors = [concerned]  # « L'intéressé conteste ces reproches »: who the reproach was made to
    incise = _subject_before_relative(token, pp, ctx) or _subject_before_apposition(token, pp, ctx)
    if incise:
        subj_actors = incise
    client = reported_client(token, pp.start, ctx)  # « Son avocat a indiqué qu'elle saisirait … »: the client
    if client and not (subj_actors and subj_actors[0] in ctx.persons()):
        subj_actors = [client]  # (a pronoun already read as a person is kept: only an organisation is overridden)
    patient = apposed_patient(token) if passive and not fronted else None
    if patient is not None:
        # « …, rachetée par Y » said of the noun before it, itself apposed to a name (« à X, l'école … »)
        comma = patient.doc[patient.left_edge.i - 1]
        named = [m.actor for m in ctx.index.ending_at(pp.start + comma.idx)] if comma.text == "," else []
        # (or the noun itself when it takes up an organisation; « la présidence de X, évincée par Y » is the
        # subject's post, and the subject was ousted)
        own = actors_of(patient, pp, ctx) if patient.lemma_.lower() in events.referring_words() else []
        subj_actors = named[-1:] or own or subj_actors
    if passive:
        sources = first_found([actors_of(c, pp, ctx) for c in agent])
        if not sources:
            sources = _surface_agent(token, pp, ctx, frozenset(subj_actors))
        targets = subj_actors
        if subjects and trig.needs and subjects[0].lemma_.lower() == trig.needs:
            # « un recours a été déposé par X contre Y »: the passive subject is the suit the phrase needs,
            # not its target; the target is the one « contre » names
            # (« le contrat avec Y a été signé par X »: the suit's phrase keeps what its subject names)
            targets = _against_in_clause(token, pp, ctx, frozenset(sources)) or targets
    else:
        sources = subj_actors
        if not sources and (not subjects or subjects[0].pos_ == "PRON"):
            # "…, a-t-il confié, avant d'accuser X": the speaker of the sentence's quote
            speaker = ctx.speaker_at(ctx.sent_of(pp.start + token.idx).sent_id)
            # (not a news outlet the sentence cites, « Selon Le Télégramme, X pourrait racheter … »)
            sources = [speaker] if speaker and not is_outlet(speaker) else []
        # (a pronoun or a description in the object takes up neither the source nor the organisation
        # it leads: « Le fondateur de l'académie, X, lui reproche … » is not aimed at the academy)
        own = frozenset(sources).union(*(ctx.heads().get(s, ()) for s in sources))
        targets = [] if forum else first_found([actors_of(c, pp, ctx, own)
                                                for c in target_objects(objects, trig.needs)])
        if not targets and not forum:
            clitic = _clitic_object(token)
            targets = antecedent(clitic, pp, ctx, own) if clitic is not None else []
        if not targets and trig.event.code == "support":
            targets = beneficiary(token, pp, ctx, frozenset(sources))  # « a pris fait et cause pour X »
        if len(sources) > 1 and not targets:
            return sources, []  # joint subject "X et Y ont signé": reciprocal
    if not sources and not passive and not any(t.pos_ in ("NOUN", "PROPN") for t in subjects) \
            and offer_noun(token) not in subjects:  # (« a retiré son offre pour … », md's « offre » a verb)
        # the parse found no subject; a noun subject left unresolved (« son client ») is not
        # replaced by whoever is named before it
        sources = fallback_source(token, pp, ctx)
        if sources and targets and targets[0] in sources:
            # the target was read before the source was known: read it again without the source
            targets = first_found([actors_of(c, pp, ctx, frozenset(sources))
                                   for c in target_objects(objects, trig.needs)])
    if trig.event.code in ("reject", "deny", "criticize") and sources and not targets and not passive:
        targets = answered(token, trig, pp, ctx, sources)
    if not targets and sources and not passive and own_object(token) and (
            trig.event.code in ENDING or trig.event.polarity > 0):
        # « retirait son soutien », « a prolongé son contrat »: the tie the possessive names is with the
        # source's known partner, before any name further right in the sentence
        targets = ended_partner(token, pp, ctx, subjects, sources)
    if not targets and sources and not passive and trig.event.code == "threaten":
        targets = _threatened_target(token, pp, ctx, sources)
    if not targets and not passive and not forum:
        targets = fallback_target(token, pp, ctx, sources, (trig.needs, *trig.also),
                                   content=trig.event.code in CONTENT_ACTS, denial=trig.event.code == "deny",
                                   purpose=trig.needs in events.funding_words()[1])
    if not targets and sources and trig.event.code in _OWNER_TARGET:
        targets = possessor(token, pp, ctx, sources) or organiser(token, pp, ctx, sources)
    if not targets and sources and trig.event.code in OWNED_ACT_EVENTS and owned_act(token):
        # (the owner must be a subject of the last sentences, the topic the possessive takes up: « X a
        # présenté un plan. Le syndicat dénonce ses méthodes »; not an object or an agent named in passing)
        sent_id = ctx.sent_of(pp.start + token.idx).sent_id
        targets = [a for a in possessor(token, pp, ctx, sources)
                   if any(m.actor == a and m.start in ctx.subjects and sent_id - 2 <= m.sent_id <= sent_id
                          for m in ctx.index)]
    # « un recours contre le permis (accordé par le maire) »: the decision's author
    # (and « qualifie la sanction de « vengeance » », « dénonce la fermeture »: criticising a decision
    # criticises whoever made it)
    # (« X dénonce une « décision politique » », « a vivement critiqué la décision », « salue ce choix »: a
    # judgement whose object is a decision bears on its author, as a labelling does)
    # (the act that made the decision is read back as far as the article's lead for a labelling, within the
    # decision's own reach for any other judgement: measured on the held-out sets, a farther act took no true
    # pair and two false ones)
    judged = labelling(token) or trig.event.code in _JUDGING_CODES
    decided = decision_author(token, pp, ctx, frozenset(sources), acts=judged,
                              reach=ACT_REACH if labelling(token) else DECISION_REACH) \
        if not targets and (trig.event.code == "sue" or judged) else []
    targets = targets if forum else targets or decided
    if forum or targets and is_forum(targets[0]):
        # "X a saisi le tribunal administratif (contre Y)": the court is where, not whom; the suit is
        # against the party « contre » names in the clause, else the source's current opponent (the
        # target of its last conflict event)
        against = _against_in_clause(token, pp, ctx, frozenset(sources))
        if not against and not decided and trig.event.code == "sue":
            # (the court read as the target kept the challenged decision from being read above:
            # « un recours devant le tribunal administratif contre l'arrêté préfectoral »)
            decided = decision_author(token, pp, ctx, frozenset(sources))
        # failing that, the one who last dismissed, sanctioned or excluded the plaintiff (what
        # brings a case to court), else the plaintiff's last opponent
        wronged = [r.source for r in ctx.found if r.event in COERCIVE and r.target in sources and r.source not in sources]
        opponents = [r.target for r in ctx.found if r.polarity < 0 and r.source in sources and not is_forum(r.target)]
        targets = against or decided or ((wronged or opponents)[-1:] if trig.event.code == "sue" else [])
    if not targets and sources and trig.event.code in ENDING:
        targets = ended_partner(token, pp, ctx, subjects, sources)  # « a mis fin au contrat »
    if trig.event.code == "deny" and denies_a_plan(token):
        return sources, []  # « a démenti toute volonté de se séparer de X »: a plan of its own, X is not answered
    return sources, targets


def _se_voir(token: Token) -> bool:
    """« X s'est vu retirer ses délégations par Y », « s'est fait licencier par Y »: the infinitive
    after a reflexive « voir » or « faire » is a passive, its subject the one the act befalls."""
    verb = token.head if token.dep_ == "xcomp" else next((c for c in token.children if c.lemma_ in _SE_VOIR), None)
    if verb is None or verb.lemma_ not in _SE_VOIR or verb.i > token.i:
        return False
    if "Inf" not in token.morph.get("VerbForm") and verb.i != token.i - 1:
        return False  # (the small model may tag the infinitive right after « fait » a participle)
    if any(c.lower_ in ("de", "d'") and c.dep_ == "mark" for c in token.children) \
            or any(c.dep_ == "obj" for c in verb.children):
        return False  # « s'est fait un plaisir de critiquer X »: « faire » with an object of its own
    return any(c.lower_ in events.SE and c.i < verb.i for c in token.children) or events.has_se(verb)


_SE_VOIR = {"voir", "faire"}


def _forum_object(objects: list[Token]) -> bool:
    """« a saisi les prud'hommes de Limoges »: a court as object (`objects_of` the verb) is where, and
    its seat is no party."""
    # (a forum of several words is named from its head on: « le conseil de prud'hommes de Rennes »)
    return any(is_forum(c.lower_) or is_forum(c.lemma_) or is_forum(c.doc[c.i:c.i + 4].text.lower())
               for c in objects if c.pos_ == "NOUN")


def _against_in_clause(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The actor right after « contre » / "against" in the trigger's clause, wherever the parser hung it."""
    for t in clause_after(token):
        if t.lower_ in ("contre", "against") and t.i + 1 < len(t.doc):
            found = named_in(list(t.doc[t.i + 1:t.i + 4]), pp, ctx, exclude)
            if found and not is_forum(found[0]):
                return found[:1]
    return []


def _surface_agent(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The par-agent of a passive verb the parser hung elsewhere (« a été évincé la semaine dernière
    par X »): « par » in the verb's clause, right before a name."""
    for t in clause_after(token):
        if t.lower_ in AGENT and t.i + 1 < len(t.doc):
            # « par X », « par l'association X », « par le conseil d'administration de X »
            phrase = []
            for nxt in t.doc[t.i + 1:t.i + 10]:  # (« par le conseil d'administration de la Fondation X »)
                if nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                    break
                phrase.append(nxt)
            found = named_in(phrase, pp, ctx, exclude)
            return found[:1]  # the first « par » only
    return []


def _subject_before_relative(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """« X, qui avait soutenu Y en 2021, menace de… »: a finite verb with no subject of its own right
    after a relative incise has the incise's antecedent, the name before « , qui », as subject (the
    parser tends to hang the verb on the incise's last noun)."""
    if "Fin" not in token.morph.get("VerbForm") or any(c.dep_ in SUBJ for c in token.children):
        return []
    i = comma_before_verb_group(token, pp)
    if i < 1:
        return []
    # the parser's sentences may end inside the incise: the scan runs on the paragraph's tokens
    for j in range(i - 1, max(0, i - 30), -1):
        if pp.doc[j].lower_ in ("qui", "dont") and pp.doc[j - 1].text == ",":
            m = ctx.index.ending_at(pp.start + pp.doc[j - 1].idx)
            return [m[-1].actor] if m else []
        if pp.doc[j].text in (".", "!", "?", ";", ":", "«", "»"):
            break
    return []


def _subject_before_apposition(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """« X, sponsor maillot de Y depuis 2003, a mis fin à… »: a verb with no subject of its own right
    after a verbless apposition between commas has the name before that apposition as subject (the
    parser often loses the subject across the apposition)."""
    if any(c.dep_ in SUBJ for c in token.children) or not (
            "Fin" in token.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in token.children)):
        return []
    i = comma_before_verb_group(token, pp)
    if i < 1:
        return []
    for j in range(i - 1, max(0, i - 25), -1):
        t = pp.doc[j]
        if t.text == ",":
            m = ctx.index.ending_at(pp.start + t.idx)
            if not m or ctx.roles.get(m[-1].start) in ("obj", "iobj"):
                return []  # (« a licencié X, son directeur, a dénoncé… »: X is an object, not the subject)
            mark = word_before_mention(m[-1], pp)
            if mark is not None and mark.lower_.rstrip("'") in COMPLEMENT_MARKS | {"selon", "pour"}:
                return []  # « de X, … », « selon X, … »: a complement, not the subject
            return [m[-1].actor]
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.lower_ in ("qui", "que", "dont") \
                or t.text in (".", "!", "?", ";", ":", "«", "»"):
            return []
    return []


def _coordinated_subject(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    # "X a apporté son soutien à Y et menace de…": a verb after "et" shares the subject of the verb before
    if not (token.i > 0 and pp.doc[token.i - 1].lower_ in ("et", "and", "puis", "mais", "but")
            or any(c.dep_ == "cc" for c in token.children)):
        return []
    sent = token.sent
    for v in reversed(pp.doc[sent.start:token.i]):
        if v.pos_ == "VERB" and v.i < token.i - 1:
            found = first_found([actors_of(c, pp, ctx) for c in subjects_of(v)]) or adjacent_subject(v, pp, ctx)
            if found:
                return found
    return []


#: Stressed pronouns and what makes them an emphasis of the subject after the auxiliary (« X a lui aussi étrillé
#: Y », « elle-même », « eux non plus »): the parse may take them for the verb's object.
_STRESSED = {"lui", "elle", "eux", "elles"}
_EMPHASIS = {"aussi", "même", "-même", "non", "seul", "seule", "également", "encore"}


def _emphatic(obj: Token) -> bool:
    """Whether an object the parse found is a stressed pronoun emphasising the subject (« a lui aussi étrillé les
    socialistes »: not aimed at « lui »; Riegel et al., Grammaire méthodique, the stressed pronoun in apposition)."""
    if obj.lower_ not in _STRESSED and not obj.lower_.endswith("-même"):
        return False
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return obj.lower_.endswith("-même") or nxt is not None and nxt.lower_ in _EMPHASIS


def _clitic_object(token: Token) -> Optional[Token]:
    # "Ryan Caldwell l'accuse", "la ville lui avait accordé": an object clitic in the verb group
    i = token.i - 1
    while i >= 0 and (token.doc[i].pos_ == "AUX" or token.doc[i].lower_ in ("ne", "n'", "y", "en")):
        i -= 1
    if i >= 0 and token.doc[i].lower_ in CLITIC_OBJECTS and token.doc[i].pos_ in ("PRON", "DET"):
        return token.doc[i]
    return None


def _threatened_target(token: Token, pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """Whom the act a threat announces bears on (« menace de l'assigner », « menace de boycotter le gala
    organisé par X », « menace de lui couper les vivres »): a threat is made against the target of the
    threatened act (CAMEO 13: « threaten » names the act threatened and its object). The infinitive is
    read as its own event when the lexicon has it, else its object clitic is taken up."""
    inf = threatened_act(token)
    if inf is None:
        return []
    exclude = frozenset(sources)
    trig = events.match(inf, pp.lang)
    if trig is not None and trig.event.code != "threaten":
        # (its relations, not only its arguments: « menace de rompre la convention qui lie X à Y » is aimed at
        # the tie's other party, as the act is)
        found = [r.target for r in _relations(inf, trig, pp, ctx) if r.target not in exclude]
        if found:
            return found[:1]
    clitic = inf.doc[inf.i - 1]
    # (the clitic of an act of the lexicon only: « menace de l'annoncer », « de le faire » take up a thing)
    if trig is not None and clitic.lower_ in CLITIC_OBJECTS | {"les"} and clitic.pos_ in ("PRON", "DET"):
        return antecedent(clitic, pp, ctx, exclude)
    return []

