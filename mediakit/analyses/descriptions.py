"""Definite descriptions of people (« La militante accuse… », « l'ancienne salariée »): whom they take up.

Split from ``arguments`` (which reads the arguments of an event): a description names no one, so the
person is found from the roles named before it, else by salience (``salience``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .. import resources
from ..tag.quotes.described import elided_gender, person_noun
from ..text.segment import ParsedParagraph
from .salience import salient_antecedent

if TYPE_CHECKING:
    from .arguments import DocContext


def _person_description(noun: str, gender: str) -> bool:
    """Whether a noun describes a person without naming one (roles and descriptions of roles.yml)."""
    data = resources.load("roles")
    if noun in data["description_persons"] or noun in data["fr"]["person"] and noun not in data["fr"]["org"]:
        return True
    if noun in data["description_professions"]:
        return True  # (« l'animateur », « le chanteur »: a profession of people)
    endings = data["person_only_endings"]["feminine" if gender == "f" else "either"]
    return noun.endswith(tuple(endings)) and person_noun(noun)


#: Articles of a singular definite description and the gender they tell (« l' » tells none).
_ARTICLE_GENDER = {"le": "m", "la": "f", "l'": "", "l\u2019": ""}


def described_person(token: Token, pp: ParsedParagraph, ctx: DocContext, exclude: frozenset) -> str:
    """The person in focus a bare definite description takes up (« La militante accuse… »,
    « L'écologiste dénonce… »): the most salient person before it that agrees with its gender.

    A description with a complement naming something (« le militant de Greenpeace », « la
    directrice qui… ») may bring in someone else: only a noun with adjectives and bare noun
    complements (« la lanceuse d'alerte », « l'ancienne salariée ») is read."""
    det = [c for c in token.children if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ not in _ARTICLE_GENDER or det[0].i >= token.i \
            or any(c.dep_ in ("appos", "acl", "acl:relcl", "flat:name") or c.dep_ == "nmod" and (
                c.text[:1].isupper() or any(g.dep_ == "det" for g in c.children)) for c in token.children):
        return ""
    noun = token.lower_
    gender = _ARTICLE_GENDER[det[0].lower_] or {"elle": "f", "il": "m"}.get(elided_gender(noun), "")
    if "Number=Plur" in str(token.morph) or not _person_description(noun, gender):
        return ""
    pos = pp.start + token.idx
    # « la directrice » after « La directrice de l'hôpital, X, … »: the latest person a role phrase of
    # the same noun named, anywhere before (a role names its holder all through an article), before
    # the most salient person of that gender
    holder = ctx.index.last_before(pos, lambda m: m.method == "coref" and m.actor_type == "person",
                                   key="person roles")
    while holder is not None:
        if noun in re.split(r"[\s'’]+", holder.text.lower()) and holder.actor not in exclude:
            return holder.actor
        holder = ctx.index.last_before(holder.start, lambda m: m.method == "coref" and m.actor_type == "person",
                                       key="person roles")
    hit = salient_antecedent(pos, ctx, gender, exclude, own_role="subj", persons_only=True)
    return hit[0] if hit else ""
