"""Where an event's target is read when its clause names none directly: the partner of a tie ended (« a mis fin
au contrat », « Son sponsor, la banque X, a suspendu son partenariat »), the first actor named after the trigger,
the owner of an owned act or of boycotted goods, the organiser of what is boycotted, the infinitive a threat
announces. ``conflicts.py`` calls these once the subject, objects and agents have been read."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..tag.actors.lexicon import POSSESSIVES, SINGULAR_POSSESSIVES, is_forum
from ..text.segment import ParsedParagraph
from . import events
from .arguments import CLAUSE_END, DE, SUBJ, DocContext, actors_of, antecedent, case_of, named_in, subjects_of
from .nominal_events import AGENT
from .surface import COMPLEMENT_MARKS, word_before_mention
from .syntax import governed_infinitive

#: Prepositions whose object is a place, a medium or a source, never the target of the event.
NOT_TARGET = {"sur", "devant", "selon", "lors", "dans", "on", "according", "before"}
#: Object clitics standing before their verb (« X l'accuse », « la ville lui a accordé »), singular.
CLITIC_OBJECTS = {"l'", "le", "la", "lui"}
#: Tokens of a quoted fragment that a sentence reads through (« a salué « le sérieux » de X »).
_SHORT_QUOTE = 6


def own_object(token: Token) -> bool:
    """Whether the verb's object is a tie of the source's own (« son contrat », « son partenaire »)."""
    ties = events.lexicon()["relationship_nouns"]
    return any(c.dep_ == "obj" and c.lemma_.lower() in ties and any(d.dep_ == "det" and d.lower_ in SINGULAR_POSSESSIVES
                                                                    for d in c.children) for c in token.children)


def ended_partner(token: Token, pp: ParsedParagraph, ctx: DocContext, subjects: list[Token],
                   sources: list[str]) -> list[str]:
    """The other party of a relationship ended without naming it (« a résilié le contrat qui la liait à X »).

    Looked for in the ended object with its relative clauses, then among the source's own
    cooperation events before, then in the source's description (« X, sponsor maillot du club, »).
    """
    exclude = frozenset(sources)
    for obj in [c for c in token.children if c.dep_ in ("obj", "obl:arg", "obl")]:
        tokens = sorted(obj.subtree, key=lambda t: t.i)
        places = frozenset(m.actor for t in tokens if deep_place(t, obj, pp, ctx)
                           for m in ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text)))
        found = named_in(tokens, pp, ctx, exclude | places)
        if found:
            return found
    described = tie_in_apposition(token, pp, ctx, sources)
    if described:
        return described
    partners = [r.target for r in ctx.found if r.polarity > 0 and r.source in sources and r.target not in sources]
    if partners:
        return partners[-1:]
    for subj in subjects:
        if subj.head.i != token.i or any(subj.i < other.i < token.i for other in subjects):
            # (a subject of a clause above, or one the parse doubled when it read the verb of saying as a noun:
            # « Le maire de X, Y, juge que la Région a abandonné … » has no tie to the mayor)
            continue
        # (the subject's own description, before the verb: not the clause the verb heads)
        found = named_in([t for t in subj.subtree if subj.i < t.i < token.i], pp, ctx, exclude)
        if found:
            return found
    return []


def tie_in_apposition(token: Token, pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """The partner an apposition to the source names earlier in the paragraph (« La Brasserie X,
    partenaire historique du festival, a annoncé qu'elle retirait son soutien »)."""
    ties = events.lexicon()["relationship_nouns"]
    for m in ctx.index.starting_in(pp.start, pp.start + token.idx):
        if m.actor not in sources or m.method == "coref":
            continue
        span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
        if span is None or span.end >= len(pp.doc) or pp.doc[span.end].text != ",":
            continue
        phrase = []
        for t in pp.doc[span.end + 1:span.end + 10]:
            if t.text in (",", ".", ";", ":", "«", "»") or t.pos_ == "AUX":
                break  # (not at a VERB: the tagger reads adjectives as participles, « partenaire historique »)
            phrase.append(t)
        # (by its form too: fr_core_news_md may tag « sponsor » a verb and lemmatise it so)
        tie = next((k for k, t in enumerate(phrase) if t.lemma_.lower() in ties or t.lower_ in ties), None)
        if tie is not None:
            found = named_in(phrase[tie + 1:], pp, ctx, frozenset(sources)) or _tie_owner(phrase[tie], pp, ctx, sources)
            if found:
                return found
    # « Son sponsor, la banque X, a suspendu son partenariat »: the tie noun opens the subject
    # (the parse may make the tie noun and the name two subjects: « Son sponsor principal, la banque X, a pris … »)
    # (or hang the verb on it: « Son sponsor » the root, « a pris » a parataxis)
    hung = [token.head] if token.dep_ == "parataxis" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i else []
    for subj in dict.fromkeys([*subjects_of(token), *(c for c in token.children if c.dep_ in SUBJ), *hung]):
        for t in (subj, *(c for c in subj.children if c.dep_ == "appos")):
            if t.i < token.i and (t.lemma_.lower() in ties or t.lower_ in ties):
                found = _tie_owner(t, pp, ctx, sources)
                if found:
                    return found
    return []


def _tie_owner(noun: Token, pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """The owner of a possessive tie noun (« son sponsor », « leur partenaire »): the other party of the tie,
    an actor named before like a pronoun's antecedent."""
    det = next((d for d in noun.children if d.dep_ == "det" and d.lower_ in POSSESSIVES), None)
    if det is None:
        return []
    return antecedent(det, pp, ctx, frozenset(sources))[:1]


def fallback_source(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    # A mis-parsed subject: the last actor named before the trigger in its sentence, if that
    # actor is not introduced by a preposition ("de X", "à X": a complement, not a subject).
    sent = ctx.sent_of(pp.start + token.idx)
    m = ctx.index.last_before(pp.start + token.idx)
    if m is None or m.start < sent.start:
        return []
    mark = word_before_mention(m, pp)
    if mark is not None and (mark.lower_.rstrip("'") in COMPLEMENT_MARKS or mark.pos_ == "ADP"):
        return []  # (« en France », « pour X »: any preposition makes it a complement)
    return [m.actor]


#: Prepositions and subordinators of purpose (« pour », « afin de »).
_PURPOSE = {"pour", "afin"}


#: Acts whose « de » + infinitive complement says what the target did (« accuse X d'avoir favorisé Y »):
#: an actor named there is part of the charge, not its target.
CONTENT_ACTS = {"accuse", "criticize"}


def fallback_target(token: Token, pp: ParsedParagraph, ctx: DocContext, sources: list[str],
                     needs: tuple = (), content: bool = False, denial: bool = False,
                     purpose: bool = False) -> list[str]:
    # The first actor named inside the trigger's own subtree, after it (« dans », « sur » only where
    # the trigger asks for it: « investir dans X », « mettre la main sur X »).
    # (`denial`: « dément avoir rencontré X », « nie vouloir racheter X »: the infinitive after a verb of
    # denying is what is denied, bare or with « de », and an actor named in it is no target)
    not_target = NOT_TARGET - set(needs)
    if purpose:
        # (`purpose`: a sum given, « a voté 2 millions d'euros au club pour rénover le stade de X »: what the
        # money is for, after « pour », is no recipient)
        not_target = not_target | _PURPOSE
    # (an inverted subject is no target, nor the words of its phrase: « ce que conteste l'avocat du skipper »;
    # a second « subject » after a verb that has one before it is its object misread: « X aurait licencié Y »)
    subjects = [c for c in token.children if c.dep_ in SUBJ]
    inverted = {x.i for c in subjects for x in c.subtree} if subjects and all(c.i > token.i for c in subjects) \
        else set()
    sub = [t for t in token.subtree if t.i > token.i and t.i not in inverted]
    opened = 0
    for t in sub:
        # (a closing mark not opened after the trigger ends the quotation it stands in: what follows, « », cingle
        # X », is the narrator's incise, and the parse often hangs it on the quoted verb)
        opened += t.text in ("«", "“")
        if t.text in ("»", "”"):
            if not opened:
                break
            opened -= 1
        if t.dep_ in ("acl:relcl", "advcl", "ccomp") or case_of(t) in not_target or content and _charge(t) \
                or denial and _infinitive(t) or t.dep_ == "conj" and t.pos_ == "VERB" and t.head.i == token.i:
            break  # (nor into a coordinated clause: « dénonce « … » et reçoit le soutien de X »)
        for m in ctx.named_at(pp.start + t.idx, pp.start + t.idx + len(t.text)):
            if m.actor not in sources and not deep_place(t, token, pp, ctx):
                return [m.actor]
    # the parse lost the object: the nearest actor right of the trigger in its clause
    right, skipped = [], set(inverted)
    # (on the paragraph's tokens: the parser's sentence may end early when it mis-tags the verb)
    doc, i = token.doc, token.i + 1
    while i < len(doc):
        t = doc[i]
        if t.text == "«":
            # a few quoted words inside the clause (« a salué « le sérieux » de X »): the sentence
            # goes on after them; their words are another speaker's, not an argument
            close = next((k for k in range(i + 1, min(len(doc), i + _SHORT_QUOTE + 2)) if doc[k].text == "»"), None)
            if close is None or close + 1 >= len(doc) or doc[close + 1].lower_ not in ("de", "du", "des", "d'"):
                break  # only the quoted thing's owner reads on: « le sérieux » de X
            i = close + 1
            continue
        if t.lower_ in CLAUSE_END or t.text in (".", "!", "?", "»", '"', "“") or t.pos_ == "SCONJ" \
                or t.pos_ == "VERB" and t.dep_ != "xcomp" and not governed_infinitive(token, t) \
                or content and _charge(t) or denial and _infinitive(t):
            break  # (nor into a longer quotation)
        if case_of(t) in not_target:
            # the whole phrase is not the target's: « se sont brouillés sur le choix du repreneur »
            skipped.update(x.i for x in t.subtree)
        elif t.i not in skipped:
            right.append(t)
        i += 1
    return named_in(right, pp, ctx, frozenset(sources))


def _infinitive(t: Token) -> bool:
    """A verb or auxiliary in the infinitive (« avoir » of « dément avoir signé », « vouloir »)."""
    return t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm")


def _charge(t: Token) -> bool:
    """An infinitive opened by « de » (« d'avoir consenti … à Y »): the content of an accusation."""
    return _infinitive(t) and case_of(t) in DE


def deep_place(t: Token, top: Token, pp: ParsedParagraph, ctx: DocContext) -> bool:
    """A place named deep in a complement of `top` is where things are, not a party (« le contrat
    lui confiant la desserte des îles de Molène »)."""
    if agent_noun(t):
        return False  # « le gala organisé par la Ville de X »: a « par » agent names who acts, not where
    depth, k = 0, t
    while k.i != top.i and k.head.i != k.i:
        k, depth = k.head, depth + 1
    return depth > 2 and any(m.actor_type == "place"
                             for m in ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text)))


#: Causative and permissive verbs: « menace de faire boycotter X » threatens the act of the second infinitive.
_CAUSATIVE = {"faire", "laisser"}


def threatened_act(token: Token) -> Optional[Token]:
    """The infinitive a verb of threat governs through « de » (« menace (désormais) de (le) poursuivre »),
    past a causative « faire » (« menace de faire boycotter »), read on the words: the small model
    tags « menace » a noun and hangs the infinitive anywhere."""
    doc, j = token.doc, token.i + 1
    while j < len(doc) and j - token.i <= 4 and (doc[j].pos_ == "ADV" or doc[j].lower_ in events.lexicon()["threat_adverbs"]):
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ("de", "d'", "d’"):
        return None
    for k in range(j + 1, min(len(doc), j + 5)):
        t = doc[k]
        if "Inf" in t.morph.get("VerbForm") and t.lemma_ not in _CAUSATIVE:
            return t
        if not (t.lower_ in CLITIC_OBJECTS or t.lower_ in ("les", "leur", "en", "y", "ne", "n'", "pas", "plus")
                or t.lemma_ in _CAUSATIVE):
            return None
    return None


def organiser(token: Token, pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """The « par » agent of a participle said of the object a boycott acts on (« boycotter le gala
    organisé par la municipalité »): who organises, runs or sells the thing boycotted, as its owner is
    (`possessor`)."""
    for obj in [c for c in token.children if c.dep_ == "obj"]:
        for part in [c for c in obj.children if c.dep_ == "acl" and "Part" in c.morph.get("VerbForm")]:
            for agent in [c for c in part.children if agent_noun(c)]:
                found = actors_of(agent, pp, ctx, frozenset(sources))
                if found and found[0] not in sources:
                    return found[:1]
    return []


def agent_noun(t: Token) -> bool:
    """Whether `t` heads (or is a word of the name heading) the « par » agent of a participle or a passive
    (« organisé par la municipalité »): the agent complement names the doer of the act
    (Riegel et al., Grammaire méthodique du français, ch. XIV, « le complément d'agent »)."""
    k = t
    while k.dep_.startswith("flat") and k.head.i != k.i:
        k = k.head
    # (singular: « par les Lyonnais » names a town's people, not the town)
    return k.dep_ == "obl:agent" and case_of(k) in AGENT and "Plur" not in k.morph.get("Number")


#: Events an owned act's possessor may be the target of: one withdraws, suspends or drops one's own plan,
#: complaint or candidacy (« a retiré sa plainte », « abandonne son projet »), never another's.
OWNED_ACT_EVENTS = {"criticize", "accuse", "praise", "reject", "deny", "support"}


def owned_act(token: Token) -> bool:
    """Whether the verb's object is something its possessive's owner did or proposed (« critique sa
    gestion », « soutient sa candidature », « rejette son offre »; events.yml ``owned_acts``): the act then
    bears on the owner, as it does with a « de » complement (« critique la gestion de X »)."""
    if token.lemma_.lower() in events.lexicon()["own_act_verbs"]:
        return False  # « la ville a défendu sa politique »: one defends one's own
    acts = events.lexicon()["owned_acts"]
    return any(c.dep_ == "obj" and c.lemma_.lower() in acts and any(d.dep_ == "det" and d.lower_ in SINGULAR_POSSESSIVES
                                                                    for d in c.children) for c in token.children)


def possessor(token: Token, pp: ParsedParagraph, ctx: DocContext, sources: list[str]) -> list[str]:
    """The owner of the object a boycott acts on (« menace de déréférencer ses yaourts »).

    A possessive determiner stands for an actor named before, like a pronoun; one does not
    boycott one's own goods, so the source is skipped, and so are courts (never owners of goods).
    """
    for obj in [c for c in token.children if c.dep_ == "obj"]:
        det = next((c for c in obj.children if c.dep_ == "det" and c.lower_ in SINGULAR_POSSESSIVES), None)
        if det is not None:
            courts = frozenset(m.actor for m in ctx.index if is_forum(m.actor))
            return antecedent(det, pp, ctx, frozenset(sources) | courts, informants=True)
    return []
