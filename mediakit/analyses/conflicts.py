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
"""

from __future__ import annotations

import bisect
from typing import Iterator, Optional

from spacy.tokens import Token

from ..tag.spans import MentionIndex
from ..text.segment import ParsedParagraph
from ..types import DateMention, Mention, Quote, Relation, Sentence
from . import events
from .reference import appositions, referent
from .speech import quote_events

#: Prepositions that introduce the target of an event (FR and EN).
TARGET_CASES = {"à", "au", "aux", "contre", "avec", "dans", "envers", "auprès", "to", "with", "against", "in", "into",
                "on", "from"}
#: Dependents that never hold an argument of the governing event (a clause of its own).
_CLAUSAL = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "mark"}
_SUBJ = ("nsubj", "nsubj:pass", "csubj")
_PLURAL = {"ils", "elles", "they", "them", "eux"}
_PRONOUNS = {"il", "elle", "le", "la", "l'", "lui", "he", "she", "him", "her", "it", "qui", "who", "which",
             "celui-ci", "celle-ci", "en", "y", "se", "s'"} | _PLURAL
_AGENT = {"par", "by"}
#: Prepositions whose object is a place, a medium or a source, never the target of the event.
_NOT_TARGET = {"sur", "devant", "selon", "lors", "dans", "on", "according", "before"}
#: Object clitics standing before their verb (« X l'accuse », « la ville lui a accordé »), singular.
_CLITIC_OBJECTS = {"l'", "le", "la", "lui"}
#: Words that may stand between a subject and its verb: « X a déjà été », « X ne l'a pas », « X s'est ».
_VERB_GROUP = {"ne", "n'", "se", "s'", "y", "en", "l'", "le", "la", "lui", "leur", "les", "déjà", "aussi",
               "également", "toutefois", "pourtant", "publiquement", "désormais", "alors"}
#: Conflict codes that end a relationship: without a named target, they end the source's latest one.
_ENDING = {"break", "withdraw"}
#: Nominal events whose « de » complement is the patient (« le boycott des offres de X », « le rachat de X »).
_DE_PATIENT = {"boycott", "acquire", "fire", "exclude", "invest", "sanction"}
#: Nouns for someone's words: rejecting or denying them targets the one who said them.
_CLAIMS = {"accusation", "affirmation", "allégation", "critique", "propos", "reproche", "attaque", "claim",
           "allegation", "accusation", "criticism"}
#: « de » and its contractions (« d' » once its apostrophe is stripped by _case).
_DE = {"de", "du", "des", "d", "of"}
#: Codes whose target may be the owner of the goods acted on (« boycotter ses produits »).
_OWNER_TARGET = {"boycott"}
#: Possessive determiners (singular owner: a plural owner is left unresolved like « ils »).
_POSSESSIVE = {"son", "sa", "ses", "its", "his", "her"}
#: Tokens that close the clause a fallback target is looked for in.
_CLAUSE_END = {",", ";", ":", "(", ")", "qui", "que", "qu'", "dont", "lequel", "laquelle", "who", "which", "that"}


def extract_relations(doc_id: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                      mentions: list[Mention], quotes: list[Quote], dates: list[DateMention]) -> Iterator[Relation]:
    """Relations of one document in text order: narrated events, then events carried by speech."""
    index = MentionIndex(mentions)
    ctx = _Context(sentences, index, quotes, dates)
    ctx.apposed = appositions([(pp.doc, pp.start) for pp in parsed], index)
    ctx.subjects = _subject_mentions(parsed, index)
    seen: set = set()
    found: list[Relation] = []
    ctx.found = found
    for pp in parsed:
        if pp.para.block in ("heading", "attribution"):
            continue  # a headline restates the body; one entry per act (the body's)
        for token in pp.doc:
            trig = events.match(token, pp.lang)
            if trig is not None:
                found.extend(_relations(token, trig, pp, ctx))
    found.extend(quote_events(doc_id, quotes, sentences, index, ctx.sent_text, found))
    # one entry per act: of the codes one sentence gives a pair ("menace de poursuivre"), the
    # strongest on the Goldstein scale (the threat, not the suit it threatens)
    for rel in sorted(found, key=lambda r: (r.sent_id, r.source, r.target, -abs(r.intensity), r.event)):
        key = (rel.sent_id, rel.source, rel.target, rel.polarity)
        if key not in seen:
            seen.add(key)
            yield rel


def _subject_mentions(parsed: list[ParsedParagraph], index: MentionIndex) -> frozenset:
    """Start offsets of the mentions that are the subject (active or passive) of a clause.

    A name in apposition or a flat name climbs to its head (« l'enseigne Maréchal » is the subject
    when « enseigne » is), a complement introduced by a preposition does not (« la maire de X »).
    """
    out = set()
    for pp in parsed:
        if not pp.doc.has_annotation("DEP"):
            continue
        for m in index.starting_in(pp.start, pp.start + len(pp.doc.text)):
            span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
            if span is None:
                continue
            t = span.root
            while t.head is not t and (t.dep_ in ("flat:name", "flat", "appos")
                                       or t.dep_ == "nmod" and not any(c.dep_ == "case" for c in t.children)):
                t = t.head
            if t.dep_ in _SUBJ and t.lower_ not in ("qui", "who", "which", "that"):
                out.add(m.start)
    return frozenset(out)


class _Context:
    """Per-document look-ups: sentence of an offset, quotes and dates by sentence, mentions."""

    def __init__(self, sentences, index, quotes, dates):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.index = index
        self.quotes = quotes
        self.found: list[Relation] = []
        self.dates = {}
        for d in dates:
            self.dates.setdefault(d.sent_id, d.date)

    def para_of(self, offset: int) -> int:
        return self.sent_of(offset).para_id

    def speaker_at(self, sent_id: int) -> Optional[str]:
        said = [q.speaker for q in self.quotes if q.sent_id == sent_id and q.speaker_resolved and q.speaker]
        return said[0] if said else None

    def sent_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def sent_text(self, sent_id: int) -> str:
        return self.sentences[sent_id].text

    def quote_at(self, offset: int) -> Optional[Quote]:
        inside = [q for q in self.quotes if q.start <= offset < q.end]
        return min(inside, key=lambda q: q.end - q.start) if inside else None


def _relations(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: _Context) -> list[Relation]:
    base = pp.start
    lang = pp.lang
    if _negated(token, lang):
        return []
    sent = ctx.sent_of(base + token.idx)
    sources, targets = _arguments(token, trig, pp, ctx)
    if trig.event.reciprocal and not targets:
        sources = _reciprocal_pair(token, sources, pp, ctx)
        pairs = [(a, b) for a in sources for b in sources if a != b]
    else:
        pairs = [(a, b) for a in sources for b in targets if a != b]
    if not pairs:
        return []
    etype = trig.event
    if etype.polarity > 0 and _ceased(token, lang):
        etype = events.event_type("withdraw")  # « a cessé de financer X »: support withdrawn
    quote = ctx.quote_at(base + token.idx)
    modality = _modality(token, lang, sent.text, quote, sent.block)
    prospective = trig.event.prospective or _prospective(token, lang)
    out = []
    for a, b in pairs:
        out.append(Relation(sent.doc_id, sent.sent_id, a, b, etype.code, etype.polarity,
                            etype.intensity, modality, sent.text, prospective, token.text,
                            ctx.dates.get(sent.sent_id) or (quote.date if quote else None),
                            quote.quote_id if quote else None))
    return out


def _arguments(token: Token, trig: events.Trigger, pp: ParsedParagraph, ctx: _Context) -> tuple[list[str], list[str]]:
    """Source and target actors of the event headed by `token`."""
    if trig.nominal:
        return _nominal_arguments(token, pp, ctx)
    passive = any(c.dep_.endswith(":pass") for c in token.children)
    subjects = _subject(token)
    agent = [c for c in token.children if _case(c) in _AGENT and c.dep_.startswith("obl")]
    subj_actors = _first([_actors(c, pp, ctx) for c in subjects])
    adjacent = _adjacent_subject(token, pp, ctx)
    if adjacent and adjacent[0] not in subj_actors:
        subj_actors = adjacent  # "…, d'après Les Échos, Orvane aurait suspendu": the parse took another subject
    if not subj_actors:
        subj_actors = _coordinated_subject(token, pp, ctx)
    incise = _subject_before_relative(token, pp, ctx)
    if incise:
        subj_actors = incise
    if passive:
        sources = _first([_actors(c, pp, ctx) for c in agent])
        if not sources:
            sources = _surface_agent(token, pp, ctx, frozenset(subj_actors))
        targets = subj_actors
    else:
        sources = subj_actors
        if not sources and (not subjects or subjects[0].pos_ == "PRON"):
            # "…, a-t-il confié, avant d'accuser X": the speaker of the sentence's quote
            speaker = ctx.speaker_at(ctx.sent_of(pp.start + token.idx).sent_id)
            sources = [speaker] if speaker else []
        targets = _first([_actors(c, pp, ctx, frozenset(sources)) for c in _objects(token)])
        if not targets:
            clitic = _clitic_object(token)
            targets = _antecedent(clitic, pp, ctx, frozenset(sources)) if clitic is not None else []
        if len(sources) > 1 and not targets:
            return sources, []  # joint subject "X et Y ont signé": reciprocal
    if not sources and not passive:
        sources = _fallback_source(token, pp, ctx)
    if trig.event.code in ("reject", "deny") and sources:
        claims = [c for c in token.children if c.dep_ == "obj" and c.lemma_.lower() in _CLAIMS]
        if not claims:
            # a quoted adverbial (« en bloc ») may cut the parse: the claims noun next in the clause
            claims = [t for t in _clause_after(token)[:6] if t.lemma_.lower() in _CLAIMS and t.pos_ == "NOUN"][:1]
        if claims and not targets:
            # "a rejeté les accusations de la coopérative": the de-complement made the claims
            said_by = [g for c in claims for g in c.children if g.dep_ == "nmod" and _case(g) in _DE]
            targets = _first([_actors(g, pp, ctx, frozenset(sources)) for g in said_by])
            targets = [a for a in targets if a not in sources][:1] or _claimant(token, pp, ctx, sources[0])
    if not targets and not passive:
        targets = _fallback_target(token, pp, ctx, sources)
    if not targets and sources and trig.event.code in _OWNER_TARGET:
        targets = _possessor(token, pp, ctx, sources)
    if targets and _forum(targets[0]):
        # "X a saisi le tribunal administratif": the court is where, not whom; the suit is against
        # the source's current opponent (the target of its last conflict event)
        opponents = [r.target for r in ctx.found if r.polarity < 0 and r.source in sources and not _forum(r.target)]
        targets = opponents[-1:] if trig.event.code == "sue" else []
    if not targets and sources and trig.event.code in _ENDING:
        targets = _ended_partner(token, pp, ctx, subjects, sources)
    return sources, targets


def _surface_agent(token: Token, pp: ParsedParagraph, ctx: _Context, exclude: frozenset) -> list[str]:
    """The par-agent of a passive verb the parser hung elsewhere (« a été évincé la semaine dernière
    par X »): « par » in the verb's clause, right before a name."""
    for t in _clause_after(token):
        if t.lower_ in _AGENT and t.i + 1 < len(t.doc):
            nxt = t.doc[t.i + 1]
            hit = ctx.index.starting_at(pp.start + nxt.idx)
            if hit and hit[0].actor not in exclude:
                return [hit[0].actor]
            return []  # the first « par » only
    return []


def _forum(actor: str) -> bool:
    """Whether `actor` is a court or another forum (never the target of an event)."""
    first = actor.lower().split()[0] if actor.split() else ""
    return first in events.lexicon()["forums"]


def _adjacent_subject(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    """The actor named right before the verb group (« Orvane aurait suspendu », « La collectivité menace »).

    French subjects stand before their verb; the words between are auxiliaries, clitics and a few
    adverbs. A name introduced by a preposition (« de X a… ») is a complement, not a subject.
    """
    i = token.i - 1
    while i >= 0 and (pp.doc[i].pos_ == "AUX" or pp.doc[i].lower_ in _VERB_GROUP or pp.doc[i].lower_.startswith("-")):
        i -= 1
    if i < 0 or i == token.i - 1 and token.pos_ != "VERB" or pp.doc[i].is_punct:
        return []
    t = pp.doc[i]
    hit = ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text))
    if hit:
        m = max(hit, key=lambda m: m.end - m.start)
        span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
        first = span.start if span is not None else t.i
    else:
        m = None
        first = min((c.i for c in t.subtree), default=t.i) if t.pos_ == "NOUN" else t.i
    j = first - 1
    while j >= 0 and pp.doc[j].pos_ == "DET":
        j -= 1
    if j >= 0 and pp.doc[j].lower_.rstrip("'") in {"de", "d", "du", "des", "à", "au", "aux", "par", "pour", "of", "by", "to"}:
        return []
    if m is not None:
        return [m.actor]
    named = referent(t, pp.start, ctx.index, ctx.apposed, ctx.para_of, subjects=ctx.subjects)
    return [named] if named else []


def _subject_before_relative(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    """« X, qui avait soutenu Y en 2021, menace de… »: a finite verb with no subject of its own right
    after a relative incise has the incise's antecedent, the name before « , qui », as subject (the
    parser tends to hang the verb on the incise's last noun)."""
    if "Fin" not in token.morph.get("VerbForm") or any(c.dep_ in _SUBJ for c in token.children):
        return []
    i = token.i - 1
    while i >= 0 and (pp.doc[i].pos_ == "AUX" or pp.doc[i].lower_ in _VERB_GROUP):
        i -= 1
    if i < 1 or pp.doc[i].text != ",":
        return []
    # the parser's sentences may end inside the incise: the scan runs on the paragraph's tokens
    for j in range(i - 1, max(0, i - 30), -1):
        if pp.doc[j].lower_ in ("qui", "dont") and pp.doc[j - 1].text == ",":
            m = ctx.index.ending_at(pp.start + pp.doc[j - 1].idx)
            return [m[-1].actor] if m else []
        if pp.doc[j].text in (".", "!", "?", ";", ":", "«", "»"):
            break
    return []


def _coordinated_subject(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    # "X a apporté son soutien à Y et menace de…": a verb after "et" shares the subject of the verb before
    if not (token.i > 0 and pp.doc[token.i - 1].lower_ in ("et", "and", "puis", "mais", "but")
            or any(c.dep_ == "cc" for c in token.children)):
        return []
    sent = token.sent
    for v in reversed(pp.doc[sent.start:token.i]):
        if v.pos_ == "VERB" and v.i < token.i - 1:
            found = _first([_actors(c, pp, ctx) for c in _subject(v)]) or _adjacent_subject(v, pp, ctx)
            if found:
                return found
    return []


def _clitic_object(token: Token) -> Optional[Token]:
    # "Ryan Caldwell l'accuse", "la ville lui avait accordé": an object clitic in the verb group
    i = token.i - 1
    while i >= 0 and (token.doc[i].pos_ == "AUX" or token.doc[i].lower_ in ("ne", "n'", "y", "en")):
        i -= 1
    if i >= 0 and token.doc[i].lower_ in _CLITIC_OBJECTS and token.doc[i].pos_ in ("PRON", "DET"):
        return token.doc[i]
    return None


def _claimant(token: Token, pp: ParsedParagraph, ctx: _Context, source: str) -> list[str]:
    # "X a rejeté ces affirmations": the one who made them, i.e. the last actor to attack X,
    # else the last speaker quoted before other than X
    pos = pp.start + token.idx
    accusers = [r.source for r in ctx.found if r.polarity < 0 and r.target == source and r.source != source]
    if accusers:
        return accusers[-1:]
    said = [q for q in ctx.quotes if q.end <= pos and q.speaker_resolved and q.speaker and q.speaker != source]
    return [said[-1].speaker] if said else []


def _ended_partner(token: Token, pp: ParsedParagraph, ctx: _Context, subjects: list[Token],
                   sources: list[str]) -> list[str]:
    """The other party of a relationship ended without naming it (« a résilié le contrat qui la liait à X »).

    Looked for in the ended object with its relative clauses, then among the source's own
    cooperation events before, then in the source's description (« X, sponsor maillot du club, »).
    """
    exclude = frozenset(sources)
    for obj in [c for c in token.children if c.dep_ in ("obj", "obl:arg", "obl")]:
        found = _named_in(sorted(obj.subtree, key=lambda t: t.i), pp, ctx, exclude)
        if found:
            return found
    partners = [r.target for r in ctx.found if r.polarity > 0 and r.source in sources and r.target not in sources]
    if partners:
        return partners[-1:]
    for subj in subjects:
        found = _named_in([t for t in subj.subtree if t.i > subj.i], pp, ctx, exclude)
        if found:
            return found
    return []


def _named_in(tokens: list[Token], pp: ParsedParagraph, ctx: _Context, exclude: frozenset) -> list[str]:
    """The first actor named by `tokens` (a mention first, else a referring noun)."""
    for t in tokens:
        for m in ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text)):
            if m.actor not in exclude:
                return [m.actor]
    for t in tokens:
        named = _apposed_name(t, pp, ctx)  # « la coopérative normande Val d'Aure » cut off by the parser
        if named and named[0] not in exclude:
            return named
    for t in tokens:
        named = referent(t, pp.start, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects)
        if named:
            return [named]
    return []


def _first(candidates: list[list[str]]) -> list[str]:
    return next((c for c in candidates if c), [])


def _nominal_arguments(token: Token, pp: ParsedParagraph, ctx: _Context) -> tuple[list[str], list[str]]:
    """« la plainte de X contre Y », « le rachat de X par Y », « son soutien à X »."""
    trig = events.match(token, pp.lang)
    if trig is not None and trig.event.code == "cofound":
        return _predicated_founding(token, pp, ctx)
    by_case: dict[str, list[str]] = {}
    # "la levée de fonds menée par X", "le rachat de Y, conclu par X": an agent under a participle
    participles = [g for c in [token] + [c for c in token.children if c.dep_ == "nmod"]
                   for g in c.children if g.dep_ == "acl"]
    agents = [g for p in participles for g in p.children if g.dep_.startswith("obl") and _case(g) in _AGENT]
    # « l'amende infligée à X par Y »: the participle's à-object is who the act is done to
    recipients = [a for p in participles for g in p.children if g.dep_.startswith("obl") and _case(g) in ("à", "au", "aux")
                  for a in _actors(g, pp, ctx)]
    for c in list(token.children) + agents:
        case = _case(c)
        if case:
            by_case.setdefault(case, []).extend(_actors(c, pp, ctx))
    de = [a for k in ("de", "d", "du", "des", "of") for a in by_case.get(k, [])]
    agent = [a for k in _AGENT for a in by_case.get(k, [])]
    against = [a for k in TARGET_CASES for a in by_case.get(k, [])]
    if agent:
        return agent, de[:1] or [a for a in recipients if a not in agent][:1] or against[:1] or [a for a in _governor_subject(token, pp, ctx) if a not in agent][:1]
    if against:
        sources = de[:1] or _governor_subject(token, pp, ctx)
        return sources, against[:1]
    trig = events.match(token, pp.lang)
    if trig is not None and trig.event.code in _DE_PATIENT:
        if not de and any(_case(c) in _DE for c in token.children):
            # "le boycott des offres de Y" with "de Y" attached elsewhere by the parser: the
            # nearest actor named right after the noun in its clause
            de = _named_in(_clause_after(token)[:6], pp, ctx, frozenset())
        if de:
            # "X a appelé au boycott des offres de Y": the noun's verb's subject acts on the de-complement
            sources = _governor_subject(token, pp, ctx)
            return sources, [a for a in de if a not in sources][:1]
    return [], []


def _predicated_founding(token: Token, pp: ParsedParagraph, ctx: _Context) -> tuple[list[str], list[str]]:
    """« X a été l'une des figures fondatrices de Y (, aux côtés de Z) »: X (and Z) founded Y.

    A founder noun is a role, not an event (« le cofondateur de Microsoft, Bill Gates »), unless it
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
    founded = [a for c in noun.children if c.dep_ == "nmod" and _case(c) in _DE
               for a in _actors(c, pp, ctx)][:1]
    sources = _first([_actors(c, pp, ctx) for c in _subject(pred)])
    if not founded or not sources:
        return [], []
    for side in (c for c in pred.children if c.lemma_ == "côté" and _case(c) in ("à", "au", "aux")):
        sources += [a for g in side.children if g.dep_ == "nmod" and _case(g) in _DE
                    for a in _actors(g, pp, ctx) if a not in sources and a not in founded]
    return sources, founded


def _governor_subject(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    # "X a apporté son soutien à Y", "X a appelé au boycott de Y": the noun's verb's subject.
    head = token.head
    while head.dep_ in ("obj", "obl", "obl:arg", "nmod", "xcomp") and head.head is not head:
        head = head.head
    subjects = _subject(head) if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT" else []
    return _first([_actors(c, pp, ctx) for c in subjects])


def _subject(token: Token) -> list[Token]:
    """The subjects of `token`, climbing through infinitives, coordinations and participles."""
    cur = token
    for _ in range(6):
        subj = [c for c in cur.children if c.dep_ in _SUBJ]
        if subj:
            if subj[0].lower_ in ("qui", "who", "which", "that") and cur.head is not cur:
                return [cur.head]  # "c'est X qui a injecté", "X, qui a salué"
            return subj
        if cur.dep_ in ("acl", "acl:relcl") and cur.head is not cur:
            return [cur.head]  # "l'enseigne, accusée de…": the noun a participle modifies
        if cur.dep_ in ("xcomp", "conj", "dep", "advcl") and cur.head is not cur:
            cur = cur.head
            continue
        break
    return []


def _objects(token: Token) -> list[Token]:
    """Candidate target heads: direct and indirect objects, prepositional objects, their complements."""
    direct = [c for c in token.children if c.dep_ in ("obj", "iobj")]
    preps = [c for c in token.children if c.dep_.startswith(("obl", "nmod")) and _case(c) in TARGET_CASES]
    nested = [g for c in direct for g in c.children if g.dep_ == "nmod" and _case(g) in TARGET_CASES | _DE]
    return direct + preps + nested


def _case(token: Token) -> str:
    for c in token.children:
        if c.dep_ in ("case", "mark") and c.i < token.i:
            return c.lower_.rstrip("'")
    return ""


def _actors(token: Token, pp: ParsedParagraph, ctx: _Context, exclude: frozenset = frozenset()) -> list[str]:
    """The actor a phrase headed by `token` names: a mention on it, else the nearest in its phrase."""
    base = pp.start
    hit = ctx.index.overlapping(base + token.idx, base + token.idx + len(token.text))
    if hit:
        return [max(hit, key=lambda m: m.end - m.start).actor]
    if token.lower_ == "en" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_.endswith("ant"):
        return []  # "tout en saluant": the gerund's marker, not a pronoun
    if token.lower_ in _PRONOUNS:
        return _antecedent(token, pp, ctx)
    named = _apposed_name(token, pp, ctx)
    if named and named[0] not in exclude:
        return named
    # a name in apposition names the head ("le ministre délégué au Numérique, Julien Morvan");
    # conjuncts are separate arguments; nested clauses are not part of the phrase; a name in the
    # phrase wins over a referring noun (« la coopérative normande Val d'Aure »)
    appos = [c for c in token.children if c.dep_ in ("appos", "flat:name")]
    named = _named_in(appos + sorted(_phrase(token), key=lambda t: abs(t.i - token.i)), pp, ctx, frozenset())
    if named and named[0] in exclude and not ctx.index.overlapping(base + token.idx, base + token.idx + 1):
        named = []
    if named:
        conj = [a for c in token.children if c.dep_ == "conj" for a in _actors(c, pp, ctx, exclude)]
        return named + [a for a in conj if a != named[0]]
    return []


def _apposed_name(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    """The name right after a common noun and its adjectives: « la coopérative normande Val d'Aure ».

    A French close apposition puts the name after the noun (and its post-posed adjectives); the
    parser may cut it off the noun, so it is read off the token order.
    """
    if token.pos_ != "NOUN":
        return []
    j = token.i + 1
    while j < len(pp.doc) and j <= token.i + 3 and pp.doc[j].text[:1].islower() and (
            pp.doc[j].pos_ == "ADJ" or pp.doc[j].dep_ == "amod"):
        j += 1
    if j >= len(pp.doc) or not pp.doc[j].text[:1].isupper():
        return []
    hit = ctx.index.starting_at(pp.start + pp.doc[j].idx)
    return [max(hit, key=lambda m: m.end - m.start).actor] if hit else []


def _phrase(token: Token) -> list[Token]:
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL and c.pos_ not in ("VERB",))
    return out


def _antecedent(token: Token, pp: ParsedParagraph, ctx: _Context, exclude: frozenset = frozenset()) -> list[str]:
    """A singular pronoun's antecedent: the last actor mentioned before it other than the clause's subject.

    Plural pronouns ("ils", "they") are left unresolved: the event is dropped rather than guessed
    (speech.py resolves them inside quotes against the speaker's earlier opponent).
    """
    if token.lower_ in _PLURAL:
        return []
    if token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.head is not token.head:
        # "la Banque Lémanique a fait savoir qu'elle continuait…": the subject of the saying verb
        matrix = _first([_actors(c, pp, ctx) for c in _subject(token.head.head) if c.lower_ not in _PRONOUNS])
        if matrix:
            return matrix[:1]
    pos = pp.start + token.idx
    own = [c for c in token.head.children if c.dep_ in _SUBJ and c is not token and c.lower_ not in _PRONOUNS]
    subject_actors = {a for c in own for a in _actors(c, pp, ctx)} | set(exclude)
    m = ctx.index.last_before(pos)
    skipped = 0
    while m is not None and skipped < 8:
        if m.actor not in subject_actors and ctx.sent_of(m.start).para_id >= ctx.sent_of(pos).para_id - 1:
            return [m.actor]
        m = ctx.index.last_before(m.start)
        skipped += 1
    return []


def _fallback_source(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    # A mis-parsed subject: the last actor named before the trigger in its sentence, if that
    # actor is not introduced by a preposition ("de X", "à X": a complement, not a subject).
    sent = ctx.sent_of(pp.start + token.idx)
    m = ctx.index.last_before(pp.start + token.idx)
    if m is None or m.start < sent.start:
        return []
    before = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
    j = before.start - 1 if before is not None else -1
    while j >= 0 and pp.doc[j].pos_ == "DET":
        j -= 1
    if j >= 0 and pp.doc[j].lower_.rstrip("'") in {"de", "d", "du", "des", "à", "au", "aux", "par", "of", "by"}:
        return []
    return [m.actor]


def _fallback_target(token: Token, pp: ParsedParagraph, ctx: _Context, sources: list[str]) -> list[str]:
    # The first actor named inside the trigger's own subtree, after it.
    sub = [t for t in token.subtree if t.i > token.i]
    for t in sub:
        if t.dep_ in ("acl:relcl", "advcl", "ccomp") or _case(t) in _NOT_TARGET:
            break
        for m in ctx.index.overlapping(pp.start + t.idx, pp.start + t.idx + len(t.text)):
            if m.actor not in sources:
                return [m.actor]
    # the parse lost the object: the nearest actor right of the trigger in its clause
    right = []
    # (on the paragraph's tokens: the parser's sentence may end early when it mis-tags the verb)
    for t in token.doc[token.i + 1:]:
        if t.lower_ in _CLAUSE_END or t.text in (".", "!", "?") or t.pos_ == "SCONJ" or t.pos_ == "VERB" and t.dep_ != "xcomp":
            break
        if _case(t) not in _NOT_TARGET:
            right.append(t)
    return _named_in(right, pp, ctx, frozenset(sources))


def _possessor(token: Token, pp: ParsedParagraph, ctx: _Context, sources: list[str]) -> list[str]:
    """The owner of the object a boycott acts on (« menace de déréférencer ses yaourts »).

    A possessive determiner stands for an actor named before, like a pronoun; one does not
    boycott one's own goods, so the source is skipped, and so are courts (never owners of goods).
    """
    for obj in [c for c in token.children if c.dep_ == "obj"]:
        det = next((c for c in obj.children if c.dep_ == "det" and c.lower_ in _POSSESSIVE), None)
        if det is not None:
            courts = frozenset(m.actor for m in ctx.index if _forum(m.actor))
            return _antecedent(det, pp, ctx, frozenset(sources) | courts)
    return []


def _clause_after(token: Token) -> list[Token]:
    """The tokens after `token` up to the end of its clause (a comma, a relative, a conjunction).

    The parser's sentence may end early (« guillemets » cut it), so the scan runs on the paragraph's tokens.
    """
    out = []
    for t in token.doc[token.i + 1:]:
        if t.lower_ in _CLAUSE_END or t.text in (".", "!", "?") or t.pos_ in ("SCONJ", "CCONJ"):
            break
        out.append(t)
    return out


def _reciprocal_pair(token: Token, sources: list[str], pp: ParsedParagraph, ctx: _Context) -> list[str]:
    # "les deux hommes se sont querellés": the two last distinct actors of that kind named before.
    if len(sources) >= 2:
        return sources
    between = _between_pair(token, pp, ctx)
    if between:
        return between
    pos = pp.start + token.idx
    found: list[str] = []
    m = ctx.index.last_before(pos)
    while m is not None and len(found) < 2 and ctx.sent_of(m.start).para_id >= ctx.sent_of(pos).para_id - 1:
        if m.actor not in found and m.actor_type == "person":
            found.append(m.actor)
        m = ctx.index.last_before(m.start)
    return found if len(found) == 2 else []


def _between_pair(token: Token, pp: ParsedParagraph, ctx: _Context) -> list[str]:
    """« Entre lui et X, … les deux hommes se sont querellés »: the two parties « entre A et B » names.

    A pronoun party takes the last person *named* before it other than the other party: a
    description (« l'ancien entraîneur ») takes up an actor already given, while the pronoun
    continues the one the previous sentence introduced by name.
    """
    sent = ctx.sent_of(pp.start + token.idx)
    toks = [t for t in pp.doc[:token.i] if pp.start + t.idx >= sent.start]
    start = next((k for k, t in enumerate(toks) if t.lower_ in ("entre", "between")), None)
    if start is None:
        return []
    parts: list[list[Token]] = [[]]
    for t in toks[start + 1:]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        if t.lower_ in ("et", "and"):
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) != 2 or not all(parts):
        return []
    names = [_named_in(p, pp, ctx, frozenset()) for p in parts]
    for k, part in enumerate(parts):
        if not names[k] and part[0].lower_ in ("lui", "elle", "him", "her"):
            other = set(names[1 - k])
            m = ctx.index.last_before(pp.start + part[0].idx)
            while m is not None and ctx.sent_of(m.start).para_id >= sent.para_id - 1:
                if m.actor_type == "person" and m.method != "coref" and m.actor not in other:
                    names[k] = [m.actor]
                    break
                m = ctx.index.last_before(m.start)
    if all(names) and names[0][0] != names[1][0]:
        return [names[0][0], names[1][0]]
    return []


def _ceased(token: Token, lang: str) -> bool:
    """Whether the event is the infinitive complement of a verb of ending (« cesser de », "stop")."""
    head = token.head
    return (token.dep_ == "xcomp" or token.tag_ == "VBG" or token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm")) \
        and head is not token and head.lemma_ in events.words("cessation", lang)


def _negated(token: Token, lang: str) -> bool:
    """Whether the event or a verb governing it is negated (a double negation is not)."""
    neg = set(events.words("negation", lang))
    double = set(events.lexicon()["negation"]["double"])
    denial = set(events.lexicon()["negation"]["denial_heads"])
    cur = token
    for _ in range(4):
        if any(c.dep_ in ("advmod", "det", "neg") and c.lower_ in neg for c in cur.children):
            return cur.lemma_ not in double
        if cur is not token and cur.lemma_ in denial and token.lemma_ not in ("accusation",):
            return True  # "a démenti toute volonté de se séparer de…"
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "acl:relcl", "parataxis", "acl") or cur.head is cur:
            break
        if cur.dep_ == "conj" and any(c.dep_ in _SUBJ or c.dep_.startswith("aux") for c in cur.children):
            break  # "Ce n'est pas la première fois…: X a été condamné": a clause of its own
        cur = cur.head
    return False


def _modality(token: Token, lang: str, sentence: str, quote: Optional[Quote], block: str) -> str:
    """alleged (conditional) > reported (in speech or a post) > hedged (selon, il semble) > asserted."""
    verbs = [token] + [c for c in token.children if c.dep_.startswith("aux")]
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head
        verbs += [head] + [c for c in head.children if c.dep_.startswith("aux")]
    cond = [v for v in verbs if events.conditional(v)]
    if cond and not any(v.lemma_ in ("pouvoir", "devoir") for v in cond):
        return "alleged"
    if quote is not None or block == "embed":
        return "reported"
    low = " " + sentence.lower() + " "
    if cond or any(h in low for h in events.words("hedges", lang)):
        return "hedged"
    return "asserted"


def _prospective(token: Token, lang: str) -> bool:
    """Under a verb of plan, threat, call or attempt, or in the future tense."""
    plans = set(events.words("prospective", lang))
    cur = token
    for _ in range(3):
        if "Fut" in cur.morph.get("Tense"):
            return True
        if cur is not token and cur.lemma_ in plans:
            return True
        if cur.head is cur or cur.dep_ not in ("xcomp", "obj", "obl", "obl:arg", "nmod", "dep", "ccomp"):
            break
        cur = cur.head
    return False
