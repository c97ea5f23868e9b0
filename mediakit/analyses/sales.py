"""A sale told from the seller's side: « X a cédé Y à Z », « Y a été vendu à Z » is Z acquiring Y.

The lexicon marks such verbs « :conv » (events.yml acquire, converse verbs: the one who gets the thing is
the complement in « à », "to"): the source is that buyer, the target the firm sold, named by the object or
by the passive's subject, or the firm the object is a share of (« 80 % du capital du club », « sa
participation dans X »: `actors_of` reads the nearest actor in the object's phrase). What is sold must
be an organisation: goods, land, a place or a person sold (« a vendu Y au PSG », a footballer's
transfer) is no acquisition of a firm, and a verb with no buyer named is a sale to no one we know.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..text.segment import ParsedParagraph
from .arguments import DocContext, actors_of, case_of, first_found

#: The prepositions that open the buyer (« céder à », « vendre au »), and those of the firm a share is of
#: (« 80 % du capital de X », « sa participation dans X »).
_TO = {"à", "au", "aux"}
_SHARE_OF = {"de", "du", "des", "d'", "dans", "of", "in"}


def sale_arguments(token: Token, pp: ParsedParagraph, ctx: DocContext) -> tuple[list[str], list[str]]:
    """(buyers, firms sold) of a verb of selling headed by `token`; either may be empty."""
    children = list(token.children)
    buyers = first_found([actors_of(c, pp, ctx) for c in _buyer_phrases(token, children)])
    passive = any(c.dep_.endswith(("pass", ":pass")) for c in children)
    objects = ("nsubj:pass", "nsubjpass") if passive else ("obj", "dobj")
    sold = first_found([_sold_in(c, pp, ctx, frozenset(buyers)) for c in children if c.dep_ in objects])
    kinds = {m.actor: m.actor_type for m in ctx.index}
    sold = [a for a in sold if a not in buyers and kinds.get(a, "org") not in ("person", "place", "product")]
    return buyers[:1], sold[:1]


def _buyer_phrases(token: Token, children: list[Token]) -> list[Token]:
    """The phrases that may name the buyer: « à » complements (the governing verb's after an infinitive,
    « envisage de céder X au groupe Y », where the parse hangs them there), "to" objects in English."""
    french = [c for c in children if c.dep_.startswith(("obl", "iobj")) and case_of(c) in _TO]
    if not french and token.dep_ == "xcomp":
        french = [c for c in token.head.children if c.i > token.i and c.dep_.startswith(("obl", "iobj"))
                  and case_of(c) in _TO]
    english = [o for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for o in c.children if o.dep_ == "pobj"]
    return french + english


def _sold_in(phrase: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> list[str]:
    """The actor the object names, else the firm it is a share of, down its « de » / « dans » complements."""
    found = actors_of(phrase, pp, ctx, exclude)
    if found:
        return found
    for c in phrase.children:
        if c.dep_ in ("nmod", "prep", "pobj") and (case_of(c) in _SHARE_OF or c.lower_ in _SHARE_OF):
            found = _sold_in(c, pp, ctx, exclude)
            if found:
                return found
    return []
