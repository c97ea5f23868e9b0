"""What an event verb's complements say beyond who they name: the recipient of a thing entrusted,
an idiom's empty « en », and the tone of the label a labelling verb gives its object."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from . import events
from .arguments import case_of, clause_after
from .sentiment import span_tone

#: « de » as the tokenizer writes it before a label (« qualifie X de « … » », « d'« historique » »).
_LABEL_DE = {"de", "d'", "d’"}
#: Prepositions of a recipient (« à la société », « au groupe », « aux Ateliers »).
_RECIPIENT = {"à", "au", "aux"}


def target_objects(objects: list[Token], thing: Optional[str]) -> list[Token]:
    """The objects that may name a target, the à-complements of the thing the trigger needs first:
    in « confier la gestion de la médiathèque X à la société Y » the parser hangs « à Y » on
    « gestion »; X is what is entrusted, Y to whom."""
    objects = [c for c in objects if not (c.lower_ == "en" and _idiom_with_en(c.head))]
    if not thing:
        return objects
    return sorted(objects, key=lambda c: not (c.head.lemma_.lower() == thing and case_of(c) in _RECIPIENT))


def _idiom_with_en(verb: Token) -> bool:
    """« s'en prendre à X », « en vouloir à X »: an « en » that stands for nothing (not « en a pris le contrôle »)."""
    reflexive, plain = _idiomatic_en()
    lemma = verb.lemma_.lower()
    return lemma in plain or lemma in reflexive and events.has_reflexive(verb)


@lru_cache(maxsize=None)
def _idiomatic_en() -> tuple[frozenset[str], frozenset[str]]:
    words = events.lexicon()["idiomatic_en_verbs"]
    return (frozenset(w.split()[1] for w in words if w.startswith("se ")),
            frozenset(w for w in words if not w.startswith("se ")))


def labelling(token: Token) -> bool:
    """Whether `token` is a labelling verb (« qualifie X de … »; events.yml labelling_verbs)."""
    return token.lemma_.lower() in events.lexicon()["labelling_verbs"]


def praising_label(token: Token, lang: str) -> bool:
    """Whether the words a labelling verb gives its object read positive: those after the first
    « de » past the object (« qualifie la société X de « partenaire exemplaire de la commune » »)."""
    words = clause_after(token)
    objects = [c for c in token.children if c.dep_ == "obj"]
    past = max((t.i for c in objects for t in c.subtree), default=token.i)
    de = next((t.i for t in words if t.i > past and t.lower_ in _LABEL_DE), None)
    if de is None:
        de = next((t.i for t in words if t.lower_ in _LABEL_DE), None)
    if de is None or de >= words[-1].i:
        return False
    return span_tone(token.doc[de + 1:words[-1].i + 1], lang).tone == "positive"
