"""From a token of the parse to the actor it names, for the relations analysis.

A phrase names an actor through a mention on it, a name in apposition (« la coopérative
normande X »), a referring noun (« l'enseigne »: reference.py) or a pronoun's antecedent;
`DocContext` holds one document's look-ups (sentences by offset, quotes, dates, mentions).
"""

from __future__ import annotations

import bisect
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from ..tag.spans import MentionIndex
from ..text.segment import ParsedParagraph
from ..types import Mention, Quote, Relation, Sentence
from ..tag.actors.lexicon import MEDIUM_BEFORE, is_outlet, person_gender, town_officials
from ..tag.actors.roles import public_offices
from ..tag.quotes.sides import side_of_on
from . import events
from .parties import heads_of, told_party
from .counsel import represented
from .descriptions import described_person
from ..tag.quotes.described import person_noun
from ..tag.quotes.genders import _person_role
from .salience import informant, mention_salience, pronoun_gender, salient_antecedent
from .reference import _INDEFINITE, referent, said_of
from .syntax import case_of, embedded_clause, participial_adjunct  # (case_of re-exported)
from .functions import (CLAUSE_END, DE, SUBJ, TARGET_CASES, clause_after, dative_read_as_subject,  # noqa: F401 (re-exported)
                        objects_of, personal_expletive, relative_object, subjects_of)

#: Dependents that never hold an argument of the governing event (a clause of its own).
_CLAUSAL = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "mark"}
PLURAL = {"ils", "elles", "they", "them", "eux", "ceux-ci", "celles-ci"}
#: Demonstrative pronouns (one token: resources/tokens.yml): they take up the actor named last.
DEMONSTRATIVES = {"celui-ci", "celle-ci"}
#: « ce dernier », « cette dernière »: the latter, taken up like a demonstrative pronoun.
_LATTER = {"dernier", "dernière"}
#: First-person object pronouns (« me », « m' »): inside a speaker's own words, the speaker.
FIRST_PERSON = {"me", "m'"}
PRONOUNS = {"il", "elle", "le", "la", "l'", "lui", "he", "she", "him", "her", "it", "qui", "who", "which",
             "en", "y", "se", "s'"} | DEMONSTRATIVES | PLURAL


def mention_spans(parsed: list[ParsedParagraph], index: MentionIndex) -> Iterator[tuple[Mention, Span]]:
    """Each mention of the parsed paragraphs with the span of tokens it covers."""
    for pp in parsed:
        if not pp.doc.has_annotation("DEP"):
            continue
        for m in index.starting_in(pp.start, pp.start + len(pp.text)):
            span = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
            if span is not None:
                yield m, span


def mention_roles(parsed: list[ParsedParagraph], index: MentionIndex) -> dict[int, str]:
    """The grammatical role of each mention, by start offset: "subj" (active or passive subject),
    "obj" (direct object), "iobj" (indirect or prepositional object of a verb), "adv" (inside an
    adverbial phrase) or "other".

    A name in apposition or a flat name climbs to its head (« l'enseigne Maréchal » is the subject
    when « enseigne » is), a complement introduced by a preposition does not (« la maire de X »).
    """
    out = {}
    for m, span in mention_spans(parsed, index):
        t = span.root
        while t.head.i != t.i and (t.dep_ in ("flat:name", "flat", "appos")
                                   or t.dep_ == "nmod" and not any(c.dep_ == "case" for c in t.children)
                                   or t.dep_ == "amod" and t.text[:1].isupper()):  # « le syndicat CFDT » read as an adjective
            t = t.head
        if _noun_complement(span[0]):
            out[m.start] = "other"  # the parser hung « Valdor » of « le syndicat X de l'usine Valdor » on the verb
            continue
        if t.dep_ in SUBJ and t.lower_ not in ("qui", "who", "which", "that") or _misread_subject(t):
            out[m.start] = "subj"
        elif t.dep_ == "obj":
            out[m.start] = "obj"
        elif t.dep_ in ("iobj", "obl:arg") or t.dep_.startswith("obl") and case_of(t) in TARGET_CASES - {"dans", "in", "on"}:
            out[m.start] = "iobj"
        elif t.dep_.startswith("obl"):
            out[m.start] = "adv"
        else:
            out[m.start] = "other"
    return out


def embedded_mentions(parsed: list[ParsedParagraph], index: MentionIndex) -> frozenset[int]:
    """The start offsets of the mentions inside a clause that modifies a noun (a relative clause or a
    participle: « l'entraîneur qui a propulsé X », « la société, rachetée par X, »): embedded in that
    noun phrase, they lack the head-noun emphasis of Lappin & Leass (1994), which ranks the phrases
    of the main clause above them as a pronoun's antecedents."""
    out = set()
    for m, span in mention_spans(parsed, index):
        if _after_relative(span[0]):
            out.add(m.start)
            continue
        t = span.root
        for _ in range(12):
            if t.dep_ in ("acl:relcl", "acl"):
                out.add(m.start)
                break
            if t.head.i == t.i:
                break
            t = t.head
    return frozenset(out)


def _after_relative(first: Token) -> bool:
    """Whether a relative pronoun opens the clause of `first` before it, with no punctuation between
    (« l'entraîneur qui a propulsé X », however the parse hangs X), outside a cleft (« c'est Y qui a
    licencié X » predicates of Y's act)."""
    doc = first.doc
    for j in range(first.i - 1, max(-1, first.i - 15), -1):
        w = doc[j]
        if w.pos_ == "PUNCT" or w.is_sent_start:
            return False
        if w.lower_ in ("qui", "dont") or w.lower_ in ("que", "qu'") and "Rel" in w.morph.get("PronType"):
            return not any(doc[k].lower_ in ("c'", "ce") for k in range(max(0, j - 5), j))
    return False


def _misread_subject(t: Token) -> bool:
    """A name the parse made its clause's root while its verb follows, read as an adjective or an
    adverb (« Verrex traverse une crise »): the subject of that verb."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.dep_ == "ROOT" and nxt is not None and nxt.text[:1].islower() and (
        nxt.pos_ == "VERB" or events.surface_verb(nxt) is not None)


def _noun_complement(first: Token) -> bool:
    """Whether the name starting at `first` completes a noun before it (« le syndicat X de l'usine
    Valdor », « la présidente de la région Y »), read off the words, whatever the parse made of it."""
    doc, j = first.doc, first.i - 1
    while j >= 0 and first.i - j <= 3 and (w := doc[j]).pos_ in ("NOUN", "ADJ") and w.text[:1].islower():
        j -= 1
    if j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    return j >= 1 and doc[j].lower_.rstrip("'") in DE and (doc[j - 1].pos_ in ("NOUN", "PROPN") or doc[j - 1].text[:1].isupper())


class DocContext:
    """Per-document look-ups: sentence of an offset, quotes and dates by sentence, mentions, the
    nouns apposed to names (`reference.appositions`), the grammatical role of each mention
    (`mention_roles`), and the relations found so far."""

    def __init__(self, sentences: list[Sentence], index: MentionIndex, quotes: list[Quote], dates,
                 apposed: dict[str, list[tuple[int, str]]], roles: dict[int, str],
                 parsed: list[ParsedParagraph] = ()):
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.index = index
        self.quotes = quotes
        self.apposed = apposed
        self.roles = roles
        #: Mentions inside a clause modifying a noun (`embedded_mentions`): no head-noun emphasis.
        self.embedded = embedded_mentions(parsed, index)
        self._index_roles()
        self.found: list[Relation] = []
        self.parsed = parsed  # the document's paragraphs (decisions.py reads back through them)
        #: Subject pronouns and descriptions resolved so far (coref.subject_references), not yet in the index.
        self.pending: list[Mention] = []
        #: Definite descriptions resolved outside the subject (« l'ANCEC a épinglé l'institut »), in text order:
        #: mentions of their actor for the salience of the pronouns after them (coref._object_reference), not
        #: in the index (the relations read their objects themselves, with their clause's exclusions).
        self.object_refs: list[Mention] = []
        self._heads: Optional[dict[str, set[str]]] = None
        self._persons: Optional[frozenset[str]] = None
        self._lawyers: Optional[frozenset[str]] = None
        self.dates = {}
        for d in dates:
            self.dates.setdefault(d.sent_id, d.date)

    def para_of(self, offset: int) -> int:
        return self.sent_of(offset).para_id

    def salience(self, start: int, pos: int) -> float:
        """The salience at offset `pos` of the mention starting at `start` (salience.mention_salience)."""
        return mention_salience(self, start, pos)

    def speaker_at(self, sent_id: int) -> Optional[str]:
        """The speaker of a quotation in sentence `sent_id` or running through it (a long quote's later sentences)."""
        sent = self.sentences[sent_id]
        said = [q.speaker for q in self.quotes if q.speaker_resolved and q.speaker
                and (q.sent_id == sent_id or q.start <= sent.start < q.end)]
        return said[0] if said else None

    def sent_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def add_reference(self, ref: Mention) -> None:
        """A resolved subject (pronoun or description): salient at once, indexed by `index_pending`."""
        self.pending.append(ref)
        self.roles[ref.start] = "subj"

    def index_pending(self) -> None:
        """Put the pending references into the mention index and the subjects."""
        self.index = MentionIndex(list(self.index) + self.pending)
        self._heads = self._persons = self._lawyers = None  # (read from the index: computed again on demand)
        self._index_roles()
        self.pending = []

    def _index_roles(self) -> None:
        # the start offsets of subjects, and of subjects and objects (a referring noun's candidates)
        self.subjects = frozenset(k for k, r in self.roles.items() if r == "subj")
        self.arguments = frozenset(k for k, r in self.roles.items() if r in ("subj", "obj", "iobj"))

    def text_between(self, start: int, end: int) -> Optional[str]:
        """The text from `start` to `end` when both lie in one sentence, else None."""
        sent = self.sent_of(start)
        return sent.text[start - sent.start:end - sent.start] if end <= sent.end else None

    def heads(self) -> dict[str, set[str]]:
        """Person → the organisations the text makes them lead (`parties.heads_of`), once per document."""
        if self._heads is None:
            self._heads = heads_of(self.index, self.text_between, self._described)
        return self._heads

    def workplace(self, pos: int, exclude) -> Optional[str]:
        """The organisation named after « chez » earlier in the sentence of `pos` (« salarié chez X »)."""
        sent = self.sent_of(pos)
        for m in reversed(self.index.starting_in(sent.start, pos)):
            if m.actor_type != "person" and m.actor not in exclude \
                    and self.text_before(m.start, 6).lower().rstrip().endswith("chez"):
                return m.actor
        return None

    def persons(self) -> frozenset[str]:
        """The actors of the document's mentions typed a person, once per state of the index."""
        if self._persons is None:
            self._persons = frozenset(m.actor for m in self.index if m.actor_type == "person")
        return self._persons

    def lawyers(self) -> frozenset[str]:
        """The actors named as counsel (« Me X »), once per state of the index."""
        if self._lawyers is None:
            self._lawyers = frozenset(m.actor for m in self.index if self.text_before(m.start, 3) == "Me ")
        return self._lawyers

    def _described(self, noun: str, offset: int) -> Optional[str]:
        """The actor named before `offset` that `noun` was said of (« l'académie »: « Académie X »)."""
        return said_of(self.apposed, noun, offset)

    def text_before(self, offset: int, n: int) -> str:
        """The (at most `n`) characters of the sentence of `offset` before it."""
        sent = self.sent_of(offset)
        return sent.text[max(0, offset - sent.start - n):max(0, offset - sent.start)]

    def sent_text(self, sent_id: int) -> str:
        return self.sentences[sent_id].text

    def named_at(self, start: int, end: int) -> list[Mention]:
        """The mentions over [start, end) that may be an event's party: not the outlet the words were
        said to (« a-t-il déclaré à l'AFP », « dans un entretien à L'Équipe »)."""
        return [m for m in self.index.overlapping(start, end) if not self.addressee(m)]

    def addressee(self, m: Mention) -> bool:
        """Whether `m` is a news outlet the words were said to (« au Télégramme », « à l'AFP ») or that
        reports them (« d'après La Dépêche du Midi », wherever the parse hangs it): no party."""
        return is_outlet(m.actor) and (bool(MEDIUM_BEFORE.search(self.text_before(m.start, 30)))
                                       or informant(self, m.start))

    def in_quotation(self, offset: int) -> bool:
        """Whether `offset` lies inside a speaker's own words (a quotation or a post), not reported speech."""
        quote = self.quote_at(offset)
        return quote is not None and quote.kind != "indirect"

    def quote_at(self, offset: int) -> Optional[Quote]:
        inside = [q for q in self.quotes if q.start <= offset < q.end]
        return min(inside, key=lambda q: q.end - q.start) if inside else None


def named_in(tokens: list[Token], pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The first actor named by `tokens` (a mention first, else a referring noun)."""
    for t in tokens:
        for m in ctx.named_at(pp.start + t.idx, pp.start + t.idx + len(t.text)):
            if m.actor not in exclude:
                return [m.actor]
    for t in tokens:
        named = apposed_name(t, pp, ctx)  # « la coopérative normande Val d'Aure » cut off by the parser
        if named and named[0] not in exclude:
            return named
    for t in tokens:
        party = represented(t, pp.start, ctx, exclude) or told_party(t, ctx.found, exclude)  # « sa cliente »,
        if party:  # « le repreneur », « son ancien employeur »
            return [party]
        if exclude and t.lemma_.lower() in events.lexicon()["employer_nouns"]:
            # « Chef d'escale chez X depuis 2013, il a été licencié par son employeur »: where the
            # sentence says the person works
            place = ctx.workplace(pp.start + t.idx, exclude)
            if place:
                return [place]
        named = referent(t, pp.start, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects, ctx.arguments,
                         ctx.in_quotation, salience=ctx.salience)
        if named:
            return [named]
    # the first noun with its own article is the phrase's description (« au secours de la lanceuse d'alerte »)
    head = next((t for t in tokens if t.pos_ == "NOUN" and any(c.dep_ == "det" for c in t.children)), None)
    person = described_person(head, pp, ctx, exclude) if head is not None else ""
    return [person] if person else []


def first_found(candidates: list[list[str]]) -> list[str]:
    return next((c for c in candidates if c), [])


def actors_of(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset = frozenset()) -> list[str]:
    """The actor a phrase headed by `token` names: a mention on it, else the nearest in its phrase."""
    base = pp.start
    hit = ctx.named_at(base + token.idx, base + token.idx + len(token.text))
    if hit:
        first = max(hit, key=lambda m: m.end - m.start).actor
        return [first] + _conjuncts(token, pp, ctx, exclude, first)
    if token.lower_ == "en" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_.endswith("ant"):
        return []  # "tout en saluant": the gerund's marker, not a pronoun
    if token.lower_.replace("\u2019", "'") in FIRST_PERSON and token.pos_ == "PRON":
        # « Yanis m'a toujours soutenu », in a quotation or an interview's answer: the speaker
        quote = ctx.quote_at(base + token.idx)
        speaker = quote.speaker if quote is not None and quote.speaker_resolved and quote.kind != "indirect" else None
        return [speaker] if speaker and speaker not in exclude else []
    if token.lower_ in _PREPOSED_RELATIVES and token.head.dep_ == "acl:relcl" and token.head.head.i != token.head.i:
        # « le groupe X, avec lequel l'agence a signé », « à laquelle la mairie a confié »: the noun
        # the relative clause hangs on
        return actors_of(token.head.head, pp, ctx, exclude)
    if relative_object(token):
        # the noun the relative clause hangs on, or (the parse lost it) the phrase before its comma
        if token.head.dep_ == "acl:relcl" and token.head.head.i != token.head.i:
            return actors_of(token.head.head, pp, ctx, exclude)
        j = token.i - 1 if token.i and token.doc[token.i - 1].text == "," else -1
        return actors_of(token.doc[j - 1], pp, ctx, exclude) if j >= 1 else []
    if token.lower_ == "on" and token.dep_ in SUBJ:
        # « Chez X, on réfute ces accusations », « Dans l'entourage de X, on dénonce … »: X's side
        sent = ctx.sent_of(base + token.idx)
        side = side_of_on(sent.text, 0, base + token.idx - sent.start, ctx.index, shift=sent.start)
        return [side] if side and side not in exclude else []
    if token.lower_ in PRONOUNS or latter(token):
        return antecedent(token, pp, ctx, exclude)
    named = apposed_name(token, pp, ctx)
    if named and named[0] not in exclude:
        return named + _conjuncts(token, pp, ctx, exclude, named[0])
    named = detached_apposition(token, pp, ctx)
    if named and named[0] not in exclude:
        return named
    # a name in apposition names the head ("le ministre délégué au Numérique, Julien Morvan");
    # conjuncts are separate arguments; nested clauses are not part of the phrase; a name in the
    # phrase wins over a referring noun (« la coopérative normande Val d'Aure »)
    appos = [c for c in token.children if c.dep_ in ("appos", "flat:name")]
    # « Son fondateur et directeur artistique, X »: the name apposed to the coordinated roles names both
    appos += [g for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"
              for g in c.children if g.dep_ in ("appos", "flat:name")]
    if token.pos_ == "NOUN":
        # the parser may take that name for one more conjunct: a name right after a comma
        appos += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN" and token.doc[c.i - 1].text == ","]
    named = named_in(appos + sorted(_phrase(token), key=lambda t: abs(t.i - token.i)), pp, ctx, frozenset())
    if named and named[0] in exclude and not ctx.index.overlapping(base + token.idx, base + token.idx + 1):
        # the phrase's nearest name is excluded: its head noun may still refer (« l'association »)
        own = referent(token, base, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects, ctx.arguments,
                       ctx.in_quotation, salience=ctx.salience)
        named = [own] if own else []
    if named and _seat_of_office(token, named[0], ctx):
        return []
    if named and token.pos_ == "NOUN" and person_noun(token.lower_) and not _person_role(token.lower_) \
            and _only_place(named[0], ctx):
        # « L'éleveur de Saint-Agrève menace … »: where a person described by a common noun lives or works is no
        # one who acts; the person the description takes up, if the text resolves it (not a role: « le maire de X »
        # is left to the town, _seat_of_office)
        own = referent(token, base, ctx.index, ctx.apposed, ctx.para_of, exclude, ctx.subjects, ctx.arguments,
                       ctx.in_quotation, salience=ctx.salience)
        return [own] if own else []
    if named:
        return named + _conjuncts(token, pp, ctx, exclude, named[0])
    return []


def _only_place(actor: str, ctx: DocContext) -> bool:
    """Whether every mention of `actor` in the document is a place."""
    return any(m.actor == actor for m in ctx.index.items) and all(
        m.actor_type == "place" for m in ctx.index.items if m.actor == actor)


def _seat_of_office(token: Token, actor: str, ctx: DocContext) -> bool:
    """« Le député de Seine-et-Marne accuse … », « la sénatrice de l'Orne »: a public office's « de » complement
    is where it is held, not who acts (the holder, when the text names them, is a mention of its own); a town's
    mayor is left to the town (roles.yml town_officials)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in public_offices() or token.lemma_.lower() in town_officials():
        return False
    return _only_place(actor, ctx)


def _conjuncts(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset, first: str) -> list[str]:
    """The actors of the phrases coordinated with `token` (« la société X et le groupe Y »): separate arguments."""
    # (a coordinated description is another actor than the first: « l'université et l'entreprise »)
    # (the parse may hang the conjunct on the noun's name instead of the noun: « la société X et le groupe Y »)
    heads = [token] + [c for c in token.children if c.dep_ in ("flat:name", "appos", "nmod") and c.pos_ == "PROPN"]
    conj = [a for h in heads for c in h.children if c.dep_ == "conj" and c.i > h.i and _listed(h, c)
            for a in actors_of(c, pp, ctx, exclude | {first})]
    return [a for a in conj if a != first]


def _listed(head: Token, conj: Token) -> bool:
    """Whether `conj` is a member of a list closed by « et »/« ou » (« X, Y et Z »), not a phrase in
    apposition the parse took for one (« La Maison X, principal client de la cave, a dénoncé … »)."""
    return any(c.dep_ == "cc" for k in head.children if k.dep_ == "conj" and k.i >= conj.i for c in k.children)


def apposed_name(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """The name right after a common noun and its adjectives: « la coopérative normande Val d'Aure ».

    A French close apposition puts the name after the noun (and its post-posed adjectives); the
    parser may cut it off the noun, so it is read off the token order.
    """
    if token.pos_ != "NOUN":
        return []
    doc, j, n = pp.doc, token.i + 1, len(pp.doc)  # (each `doc[j]` makes a new Token: one per word here)
    while j < n and j <= token.i + 3 and (w := doc[j]).text[:1].islower() and (w.pos_ == "ADJ" or w.dep_ == "amod"):
        j += 1
    if j < n and doc[j].text[:1].islower():
        j = _past_complement_and_comma(doc, j)
    if j >= n or not (w := doc[j]).text[:1].isupper():
        return []
    hit = ctx.index.starting_at(pp.start + w.idx)
    return [max(hit, key=lambda m: m.end - m.start).actor] if hit else []


#: Definite singular articles of a detached apposition (« X, la filiale du groupe Y, … »; the indefinite ones,
#: « X, une PME de Colmar, … », are reference._INDEFINITE).
_DEFINITE_SINGULAR = {"le", "la", "l'", "l’", "the"}


def detached_apposition(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    """The name a noun phrase set off by a comma right after it describes: « Alsatherm, une PME de Colmar,
    qui … » is Alsatherm, not Colmar; « Alsatherm, la filiale du groupe Verrex, qui … » is Alsatherm, not
    Verrex. A detached apposition is predicated of the noun phrase it follows and shares its referent
    (Grevisse, Le Bon Usage § 337 and § 342: « l'apposition détachée »), so a place or a name in its own « de »
    complement (where the firm is from, whose it is) is no actor of the phrase. The parser often hangs it as a
    conjunct or on another noun: read on the words."""
    if token.pos_ != "NOUN":
        return []
    det = next((c for c in token.children if c.dep_ == "det" and c.lower_ in _INDEFINITE | _DEFINITE_SINGULAR
                and c.i < token.i), None)
    # a definite or bare apposition (« X, la filiale du groupe Y, qui … », « X, filiale de Y, … ») is told from a
    # list's member (« X, la région et l'État ») and from a clause's subject after a fronted phrase (« Saisie du
    # rapport du délégué, la commission a … ») only by its place: not a listed conjunct, lower-case, after a name
    # (not after a role phrase taken up by coreference)
    definite = det is None or det.lower_ in _DEFINITE_SINGULAR
    if definite and (not token.text[:1].islower()
                     or token.dep_ == "conj" and _listed(token.head, token)):
        return []
    if det is None and (token.i + 1 >= len(pp.doc) or pp.doc[token.i + 1].lower_ not in ("de", "du", "des", "d'", "d’")):
        return []  # (a bare noun only with its complement, « X, filiale de Y, »: not a verb the tagger read as a noun)
    first = det.i if det is not None else token.i
    if first < 2 or pp.doc[first - 1].text != "," or any(
            t.pos_ not in ("ADJ", "ADV") for t in pp.doc[first + 1:token.i]):
        return []
    if _finite_verb_follows(pp.doc, token.i):
        return []  # (« Face à X, une association a porté plainte »: the subject after a fronted phrase, no apposition)
    before = pp.doc[first - 2]
    hit = [m for m in ctx.named_at(pp.start + before.idx, pp.start + before.idx + len(before.text))
           if m.end == pp.start + before.idx + len(before.text) and not (definite and m.method == "coref")]
    return [max(hit, key=lambda m: m.end - m.start).actor] if hit else []


def _finite_verb_follows(doc, i: int) -> bool:
    """Whether a finite verb comes after the noun at `i` before the phrase closes (a comma, a relative pronoun,
    the sentence's end): a detached apposition is closed off by a comma or ends the sentence (Grevisse § 337),
    while a clause's subject runs on into its verb (« Après l'annonce de X, une association a porté … »)."""
    for t in doc[i + 1:]:
        if t.is_sent_start or t.text in (",", ";", ":", ".", "(", ")", "«", "»") or t.lower_ in ("qui", "que", "dont"):
            return False
        if t.pos_ == "AUX" or t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm"):
            return True
    return False


def _past_complement_and_comma(doc, j: int) -> int:
    """Where the name of « le fabricant allemand de l'attraction, Kessler Fahrgeschäfte, » starts,
    given `j` after the noun and its adjectives: past a short « de » complement and a comma, when
    a comma, a relative or the sentence's end closes the name (else `j`, unchanged)."""
    k = j
    if doc[k].lower_ in ("de", "du", "des", "d'"):
        k += 1
        while k < len(doc) and k <= j + 4 and doc[k].text[:1].islower() and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
            k += 1
    if k == j or k + 1 >= len(doc) or doc[k].text != "," or not doc[k + 1].text[:1].isupper():
        return j
    end = k + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].pos_ in ("PROPN", "ADP") and end < k + 6):
        end += 1
    closes = end >= len(doc) or doc[end].text in (",", ".", ";", ")") or doc[end].lower_ in ("qui", "que", "qu'", "dont")
    return k + 1 if closes else j


def _phrase(token: Token) -> list[Token]:
    # (not into a place complement: « deux autres établissements en Bretagne » names no one)
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        # (nor into a clause md tagged an adjective: « reproche au délégataire d'avoir caché le contrôle de X »)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSAL and c.pos_ not in ("VERB",)
                     and case_of(c) not in LOCATIVE and not embedded_clause(c))
    return out


#: Prepositions of place: a name after them in a phrase is where, not who.
LOCATIVE = {"en", "dans", "in"}


def antecedent(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset = frozenset(),
               informants: bool = False) -> list[str]:
    """A singular pronoun's antecedent: the last actor mentioned before it other than the clause's subject.

    Plural pronouns ("ils", "they") are left unresolved: the event is dropped rather than guessed
    (speech.py resolves them inside quotes against the speaker's earlier opponent; reciprocal.py as
    the subject of « se » done to each other, « ils se sont accusés »).
    """
    if token.lower_ in PLURAL:
        return []
    if token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.head.i != token.head.i:
        # "la Banque Lémanique a fait savoir qu'elle continuait…": the subject of the saying verb
        matrix = first_found([actors_of(c, pp, ctx) for c in subjects_of(token.head.head) if c.lower_ not in PRONOUNS])
        if matrix and pronoun_gender(token) in ("", person_gender(matrix[0]) or pronoun_gender(token)):
            return matrix[:1]
    own = [c for c in token.head.children if (c.dep_ in SUBJ or personal_expletive(c)) and c.i != token.i
           and c.lower_ not in PRONOUNS]
    if not own and token.head.i != token.i and participial_adjunct(token.head):
        # « X a sanctionné Y, lui reprochant … »: the participle's subject is the main clause's
        own = [c for c in subjects_of(token.head) if c.lower_ not in PRONOUNS]
    subject_actors = {a for c in own for a in actors_of(c, pp, ctx)} | set(exclude)
    # « Le fondateur de l'académie, X, lui reproche … »: not the organisation the subject leads
    subject_actors |= {org for a in list(subject_actors) for org in ctx.heads().get(a, ())}
    if _receives_funds(token):
        subject_actors |= ctx.persons()  # « la municipalité lui a accordé une avance »: the club, not its coach
    return salient_antecedent(pp.start + token.idx, ctx, pronoun_gender(token), subject_actors,
                              own_role=_pronoun_role(token), informants=informants,
                              nearest=token.lower_ in DEMONSTRATIVES or latter(token),
                              persons_only=_undergoes_a_person_act(token, pp.lang))


#: Acts done to a person only: whom one hires or fires (« il a été licencié », « l'a recruté »).
PERSON_ACTS = {"fire", "hire"}


def _undergoes_a_person_act(token: Token, lang: str) -> bool:
    """Whether the pronoun is who a verb of hiring or firing acts on (its passive subject or its object)."""
    if not (token.dep_ == "nsubj:pass" or _pronoun_role(token) == "obj" and token.dep_ not in SUBJ):
        return False
    trig = events.match(token.head, lang)
    return trig is not None and trig.event.code in PERSON_ACTS


def _receives_funds(token: Token) -> bool:
    """Whether the pronoun is who receives money (« lui a accordé une subvention de 300 000 euros »)."""
    verb = token.head
    verbs, money = events.funding_words()
    if _pronoun_role(token) != "iobj" or verb.lemma_.lower() not in verbs:
        return False
    return any(c.dep_ == "obj" and (c.lemma_.lower() in money or c.pos_ == "NUM" or any(g.lower_ in money for g in c.subtree))
               for c in verb.children)


def latter(token: Token) -> bool:
    """« ce dernier », « cette dernière » as a noun phrase of its own (not « ce dernier recours »)."""
    return token.lower_ in _LATTER and token.dep_ != "amod" \
        and any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette") for c in token.children)


def _pronoun_role(token: Token) -> str:
    if dative_read_as_subject(token):
        return "iobj"
    if token.dep_ in SUBJ or personal_expletive(token):
        return "subj"
    if token.dep_ == "obj" or token.lower_ in ("l'", "le", "la") and token.pos_ == "PRON":
        return "obj"
    if token.dep_ == "iobj" or token.lower_ == "lui" or token.dep_.startswith("obl"):
        return "iobj"
    return "other"


#: Relative pronouns after a preposition (« avec lequel », « à laquelle », « auprès duquel »).
_PREPOSED_RELATIVES = {"lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel",
                       "desquels", "desquelles"}


def beneficiary(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The actor a support is for (« a pris fait et cause pour X », « se mobilise pour X »): « pour » is
    not a target case of every event (« a payé 2 millions pour X » buys), but whom one supports."""
    return first_found([actors_of(c, pp, ctx, exclude) for c in token.children
                        if c.dep_.startswith("obl") and case_of(c) in ("pour", "for")])


