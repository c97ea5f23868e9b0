"""The firm a noun of management or of a counterpart stands for: « la direction » (the firm in focus, the firm
whose staff speak, the firm the sentence places itself in), « son (ancien) employeur » (the possessor's counterpart)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..tag.actors.focus import bodies, firm_in_focus
from ..tag.actors.lexicon import CONTRACTED, DEFINITE, POSSESSIVES, is_outlet
from ..tag.spans import MentionIndex
from . import events
from .syntax import case_of
def counterpart(token: Token, lemma: str) -> bool:
    """« son employeur », « son ancien donneur d'ordre »: a possessive noun of the firm on the other side of
    the possessor's tie (events.yml counterpart_nouns: a noun, then the words that must follow it)."""
    if not any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in token.children):
        return False
    doc = token.doc
    if any(c.dep_ == "appos" for c in token.children) or token.i + 2 < len(doc) and doc[token.i + 1].text == "," \
            and doc[token.i + 2].lower_ in DEFINITE:
        return False  # « contre son employeur, la société X »: the apposition names the firm, no guess
    end = token.idx + len(token.text)
    after = doc.text[end:end + 40].lower().replace("’", "'").lstrip()
    return any(lemma == noun and after.startswith(rest) for noun, rest in _counterpart_nouns())


@lru_cache(maxsize=None)
def _counterpart_nouns() -> tuple[tuple[str, str], ...]:
    """(noun, the words after it) of events.yml counterpart_nouns (« donneur d'ordre » → donneur, d'ordre)."""
    return tuple((n.split(" ", 1) + [""])[:2] for n in events.lexicon()["counterpart_nouns"])


def firm_of_management(token: Token, index: MentionIndex, pos: int, exclude: frozenset,
                   own_modifiers: bool = False) -> Optional[str]:
    """The organisation named most often before `pos` (first named on a tie), for « la direction »: no
    person, place, product, outlet, court, nor a union, an association or a public body (« CGT »,
    « Union syndicale des … », « Ville de … »). `own_modifiers`: the noun's adjectives and complements
    do not make it another body (« son ancien employeur »)."""
    if not own_modifiers and any(c.dep_ == "amod" and c.lower_ not in ("générale", "general") or c.dep_ == "nmod" and _definite(c)
           or _course(token, c) for c in token.children):
        # « la direction de l'hôpital », « la direction régionale des affaires culturelles », a course (« la
        # direction prise par le gouvernement », « que prend la Ligue »); not « menace la direction d'une
        # grève », where md hangs the threat's complement on the noun
        return None
    if not own_modifiers and token.dep_ == "obj" and token.head.lemma_.lower() in events.lexicon()["post_verbs"]:
        return None  # a post: « a quitté la direction en 2024 », « lui a confié la direction »
    doc, base = token.doc, pos - token.idx
    employer = _staff_employer(token, index, base)
    if employer:
        return employer
    for t in doc[token.sent.start:token.i]:
        if t.lower_ == "chez":
            # « Chez Bridor, la direction a licencié … »: the firm the sentence places itself in
            at = index.starting_at(base + doc[t.i + 1].idx) if t.i + 1 < token.i else []
            if at and at[0].actor_type != "person":
                return at[0].actor
    return firm_in_focus(index, pos, exclude)


def _staff_employer(token: Token, index: MentionIndex, base: int) -> Optional[str]:
    """The firm whose staff or union is the subject of the clause (« La CGT du CHRU … accuse la direction »,
    « les salariés de Bridor dénoncent la direction »): the management is that firm's. A union named
    alone is staff too (« CGT » in types.yml name marks)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and verb.dep_ == "conj":  # « La CGT du CHRU a appelé à la grève et accuse la direction »
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    staff = events.lexicon()["staff_nouns"]
    for subj in subjects:
        at = index.starting_at(base + subj.idx)
        if not (subj.lemma_.lower() in staff or subj.lower_ in staff
                or at and not bodies().isdisjoint(at[0].actor.split())):
            continue
        for g in subj.children:
            if g.dep_ == "nmod" and case_of(g) in ("de", "du", "d", "of"):
                owner = index.starting_in(base + g.left_edge.idx, base + g.right_edge.idx + len(g.right_edge))
                owner = [m for m in owner if m.actor_type in ("org", "other") and not is_outlet(m.actor)]
                if owner:
                    return owner[0].actor
    return None


def _course(noun: Token, child: Token) -> bool:
    """« la direction prise par X », « la direction que prend X »: a participle or an object relative
    right after the noun, with no comma (« la direction, qui lui reproche … » is the firm's management)."""
    if child.dep_ == "acl" and child.i == noun.i + 1:
        return True
    return child.dep_ == "acl:relcl" and noun.doc[noun.i + 1].lower_ in ("que", "qu'", "qu’")


def _definite(noun: Token) -> bool:
    """Whether a « de » complement is definite or a name (« de l'hôpital », « du NSFC », « de X »), not « d'une
    grève » nor another preposition's phrase (« pendant les fêtes »)."""
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    if cases and cases[0] not in ("de", "d'", "d’", "du", "des"):
        return False
    return noun.pos_ == "PROPN" or any(c.lower_ in DEFINITE or c.lower_ in CONTRACTED or c.lower_ == "des"
                                       for c in noun.children if c.dep_ in ("det", "case"))
