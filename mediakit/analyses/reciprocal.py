"""Reciprocal events: « les deux hommes se sont querellés », « entre lui et X, … », « X et Y s'opposent ».

A reciprocal verb with no complement of its own names its two parties in its subject (« les deux
fondateurs »), in an « entre A et B » phrase, or as the last two persons named; ``conflicts.py``
gives one event per direction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from .. import resources
from ..tag.actors.lexicon import is_forum, is_outlet, person_gender
from ..text.segment import ParsedParagraph
from . import events
from .arguments import DocContext, case_of, named_in, subjects_of
from .salience import informant


def has_complement(token: Token, needs: str = "") -> bool:
    """Whether the verb has its own « à » argument (« X s'opposait à la vente »): a thing, when it
    names no actor, so the verb is no quarrel between two parties. `needs`: the word the trigger itself
    requires, part of the idiom and no argument (« se prendre à partie »)."""
    return any(c.dep_ in ("obl:arg", "iobj") and c.pos_ == "NOUN" and case_of(c) in ("à", "au", "aux")
               and c.lemma_.lower() not in _settings() and c.lemma_.lower() != needs for c in token.children)


@lru_cache(maxsize=None)
def _settings() -> frozenset[str]:
    """Nouns of a time, a court or a town: where and when parties act (« au printemps », « au tribunal »)."""
    lex = events.lexicon()
    return frozenset(lex["time_nouns"]) | frozenset(lex["forums"]) | frozenset(lex["town_nouns"])


def reciprocal_pair(token: Token, sources: list[str], pp: ParsedParagraph, ctx: DocContext) -> list[str]:
    # "les deux hommes se sont querellés": the two last distinct actors of that kind named before.
    if len(sources) >= 2:
        return sources
    between = _between_pair(token, pp, ctx)
    if between:
        return between
    pos = pp.start + token.idx
    noun = _pair_noun(token)
    kind = _pair_kind(noun)
    if kind:
        return _last_two(pos, ctx, kind)
    if token.pos_ == "NOUN" and not any(c.lower_ in ("leur", "their") for c in token.children):
        # « assiste à la querelle », « le torchon brûle »: a quarrel noun with no parties of its own (no
        # « entre », no « leur ») names a quarrel told elsewhere, not one between the last two persons
        return []
    persons: list[str] = []
    described: dict[str, str] = {}  # actor → the role phrases that took it up (« le cofondateur »)
    m = ctx.index.last_before(pos)
    here = ctx.sent_of(pos).para_id
    while m is not None and ctx.sent_of(m.start).para_id >= here - 1:
        if m.actor_type == "person" and m.actor not in persons:
            persons.append(m.actor)
        m = ctx.index.last_before(m.start)
    for m in ctx.index:  # a role said of a person anywhere before counts (nested mentions included)
        if m.end <= pos and m.actor_type == "person" and m.method == "coref":
            described[m.actor] = described.get(m.actor, "") + " " + m.text.lower()
    if noun in ("homme", "femme", "men", "women", "man", "woman"):
        # « les deux hommes », « les deux femmes »: persons of that gender
        want = "m" if noun in ("homme", "man", "men") else "f"
        persons = [p for p in persons if person_gender(p) in ("", want)]
    elif noun:
        # « les deux fondateurs »: the persons a role phrase with that noun took up, when two were
        stem = noun[:max(4, len(noun) - 3)]  # « fondateur » also finds « la cofondatrice »
        fitting = sorted((p for p in described if stem in described[p]), key=lambda p: p not in persons)
        if len(fitting) < 2 and _leaders().fullmatch(noun):
            # « les deux patrons » after « le PDG d'Océalia » and « son président, Thomas Verdier »: the two
            # persons named last in these paragraphs whom a leader's word described (not « vice-président »)
            # (the person named last must be one of them: « Lenoir, fondateur de X, et Bernard, à la tête de Y
            # … les deux patrons » are no presidents of the region named before)
            last_named: dict[str, int] = {}
            for m in ctx.index:
                if m.end <= pos and m.actor_type == "person":
                    last_named[m.actor] = m.start
            fitting = [p for p in sorted(described, key=lambda p: -last_named.get(p, -1)) if _leaders().search(described[p])]
            if not persons or persons[0] not in fitting[:1]:
                fitting = []
        if len(fitting) >= 2:
            persons = fitting
    return persons[:2] if len(persons) >= 2 else []


@lru_cache(maxsize=None)
def _leaders() -> re.Pattern:
    """Any role of whoever runs an organisation (roles.yml leaders), as a whole word (not « vice-président »)."""
    words = sorted(resources.load("roles")["leaders"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def mutual_plural(token: Token, code: str) -> bool:
    """Whether `token` with its « se » is done by each of a plural subject to the other (« ils se sont
    mutuellement accusés », « les deux organisations se sont accusées de mentir »): a plural pronoun or
    « les deux N », and an event read so (events.yml mutual_reflexive) or a word saying so (mutual_words)."""
    subjects = subjects_of(token)
    if not subjects or not (subjects[0].lower_ in ("ils", "elles", "they") or _pair_noun(token)):
        return False
    return code in events.lexicon()["mutual_reflexive"] \
        or bool(_mutual_words().search(token.sent.text.lower().replace("\u2019", "'")))


@lru_cache(maxsize=None)
def _mutual_words() -> re.Pattern:
    """Words saying an act is mutual (events.yml mutual_words), as one pattern."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in events.lexicon()["mutual_words"]) + r")\b")


def _pair_kind(noun: str) -> str:
    """« org » when « les deux N » names organisations (« les deux organisations », « les deux
    syndicats »), « any » for « les deux parties », else "" (persons: « les deux hommes »)."""
    return _pair_kinds().get(noun, "")


@lru_cache(maxsize=None)
def _pair_kinds() -> dict[str, str]:
    """Noun → the kind of actors « les deux N » names (events.yml pair_nouns and referring_nouns)."""
    lex = events.lexicon()
    nouns = lex["referring_nouns"]
    kinds = {n: "org" for n in lex["pair_nouns"]["org"] + nouns["org"] + nouns["place"]}
    return {**kinds, **{n: "any" for n in lex["pair_nouns"]["any"]}}


def _last_two(pos: int, ctx: DocContext, kind: str) -> list[str]:
    """The last two distinct actors of `kind` (« org »: not a person) named in the paragraph before `pos`
    or the one before it, other than courts, products, outlets and sources of information."""
    found: list[str] = []
    here = ctx.sent_of(pos).para_id
    m = ctx.index.last_before(pos)
    while m is not None and ctx.sent_of(m.start).para_id >= here - 1 and len(found) < 2:
        if m.actor not in found and m.actor_type != "product" and (kind == "any" or m.actor_type != "person") \
                and not is_forum(m.actor) and not is_outlet(m.actor) and not informant(ctx, m.start):
            found.append(m.actor)
        m = ctx.index.last_before(m.start)
    return found if len(found) == 2 else []


def _pair_noun(token: Token) -> str:
    """The noun of a « les deux N » subject of `token`, singular (« fondateurs » → « fondateur »), or ""."""
    subjects = subjects_of(token)
    if token.dep_ == "acl:relcl" and any(s.lower_ in ("qui", "who") for s in subjects):
        subjects = [token.head]  # « les deux fondateurs, qui ne se parlent plus »: the relative's antecedent
    for subj in subjects:
        if any(c.lower_ in ("deux", "two") for c in subj.children):
            lemma = subj.lemma_.lower()
            return lemma[:-1] if lemma.endswith("s") and len(lemma) > 3 else lemma
    return ""


def _between_pair(token: Token, pp: ParsedParagraph, ctx: DocContext) -> list[str]:
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
    names = [named_in(p, pp, ctx, frozenset()) for p in parts]
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


def settings_only(token: Token, needs: str = "") -> bool:
    """Whether a reciprocal verb's complements only say where (« se sont invectivés sur les pontons de
    Lorient »): no object, and every prepositional complement is a place's, not a party's (avec, contre).
    `needs`: the trigger's own word, part of the idiom (« se sont pris à partie lors d'une réunion à X »)."""
    if any(c.dep_ in ("obj", "iobj") and c.lower_ not in events.SE for c in token.children):
        return False
    # (a bare noun, « dimanche », says when)
    cases = [case_of(c) for c in token.children if c.dep_.startswith(("obl", "nmod")) and case_of(c)
             and c.lemma_.lower() != needs]
    # (« lors d'une réunion »: the parse hangs the phrase on « lors », an adverb)
    cases += [c.lower_ for c in token.children if c.dep_ == "advmod" and c.lower_ in _WHERE]
    return bool(cases) and all(c in _WHERE for c in cases)


#: Prepositions of a place or a setting, in space or time (« dès le tournoi de Limoges »).
_WHERE = frozenset({"sur", "dans", "devant", "en", "chez", "près", "derrière", "sous", "lors", "pendant", "on", "in", "at",
                    "dès", "depuis", "durant", "avant", "après", "during", "since",
                    # (and who tells of it: « Selon plusieurs joueurs, les deux hommes se seraient disputés »)
                    "selon", "d'après"})
