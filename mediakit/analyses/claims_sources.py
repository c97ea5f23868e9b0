"""Who a claim is sourced to when no named speaker says it: the newsroom's « on » and whom it asked, a document
stating its findings, a public body written in lower case (« la préfecture du Val-de-Lère »)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import resources
from .claims_cues import lemma_in
#: The newsroom's « on » and whom it asked (« a-t-on appris auprès de la préfecture », « indique-t-on chez Orvane »,
#: « précise-t-on à la mairie »): the impersonal « on » of an incise is the one who speaks for the place named after
#: it (TLFi, chez: « dans la maison, l'entreprise de »; auprès: « en s'adressant à »).
_NEWSROOM_SOURCE = re.compile(r"(?:(?:a-t-on|avons-nous) appris|apprend-on|(?<![\w-])[a-zâêîôûéèàç]+(?:-t)?-on(?: savoir)?)\s+"
                              r"(?:auprès (?:de la |de l'|du |des |de |d')|chez |à la |à l'|au |aux )")


def _document_subject(verb, verbs: frozenset[str]) -> bool:
    """Whether `verb` is an active verb of finding or saying (claims.yml document_verbs, report_verbs) whose
    subject is a document (document_nouns: « le rapport », « la dernière étude de X »)."""
    if verb.pos_ != "VERB" or not (lemma_in(verb, verbs) or lemma_in(verb, _document_verbs())):
        return False
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return False  # « le rapport a été publié »: the document is what is acted on
    nouns = _document_nouns()
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in verb.children)


@lru_cache(maxsize=1)
def _document_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("claims").get("document_verbs", {}).get("fr", []))


@lru_cache(maxsize=1)
def _institution_pattern() -> re.Pattern:
    """A lower-case public body (types.yml institutions, claims.yml bodies) with its seat when one follows
    (« préfecture du Val-de-Lère », « chambre régionale des comptes »), after the head of a phrase that speaks
    for it: the body itself, a document, or a spokesperson (« le rapport de la chambre … », « un porte-parole
    de la police nationale »)."""
    names = [w for w in resources.load("types")["institutions"] if w[:1].islower()]
    names += resources.load("claims").get("bodies", {}).get("fr", [])
    body = "|".join(map(re.escape, sorted(set(names), key=len, reverse=True)))
    heads = "|".join(map(re.escape, sorted(_document_nouns() | _SPOKESPERSONS, key=len, reverse=True)))
    seat = r"(?:\s+(?:de la|de l'|du|des|de|d')\s*[A-ZÀ-Þ][\w'-]*(?:[ -][A-ZÀ-Þ][\w'-]*)*)?"
    det = r"(?:le|la|l'|les|un|une|ce|cet|cette|son|sa|ses|leur)\s*"
    return re.compile(rf"^(?:{det})?(?:(?:(?:dernier|dernière|nouveau|nouvelle|récent|récente)\s+)?(?:{heads})"
                      rf"(?:\s+[a-zéèêàûô]+)?\s+(?:de la|de l'|du|des|de|d')\s*)?((?:{body}){seat})(?![\w-])")


#: Nouns of one who speaks for a body (types.yml: « porte-parole »; README of the gold: an unnamed
#: spokesperson → his organisation).
_SPOKESPERSONS = frozenset({"porte-parole", "représentant", "représentante", "représentants", "communiqué",
                            "services", "service"})


def _institution_named(phrase: Optional[str]) -> Optional[str]:
    """The public body a phrase naming no actor speaks for, as written (« la préfecture du Val-de-Lère »,
    « le rapport de la chambre régionale des comptes publié en mars » → « chambre régionale des comptes »)."""
    if not phrase:
        return None
    phrase = phrase.strip().replace("’", "'").split(",")[0].strip()
    found = _institution_pattern().match(phrase[:1].lower() + phrase[1:])  # (« Le rapport … » opening a sentence)
    return found.group(1) if found else None
@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("claims").get("document_nouns", {}).get("fr", []))
