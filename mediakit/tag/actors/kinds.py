"""Actor types (person, org, product, place, other) from NER votes, cue words, legal forms and given names."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.patterns import word_alternation
from .lexicon import _looks_like_person, body_heads, is_trade_head, is_trade_noun
from .state import DocumentActors

NER_TYPES = {"PER": "person", "PERSON": "person", "ORG": "org", "LOC": "place", "GPE": "place",
             "MISC": "other", "PRODUCT": "product", "NORP": "other", "FAC": "place", "EVENT": "other",
             "WORK_OF_ART": "product"}

_TYPE_ORDER = {t: i for i, t in enumerate(("person", "org", "product", "place", "other"))}


@lru_cache(maxsize=None)
def _type_cues():
    data = resources.load("types")

    # one lowercase adjective may sit between the cue and the name ("le laboratoire pharmaceutique X")
    # or a sector acronym after « de » (« le groupe de BTP X », « la société d'IA Y »)
    tail = r"(?:\s+[a-zà-ÿ-]{3,}|\s+(?:de\s+|d['’])[A-Z]{2,5})?\s+"
    before = _alternation(data["cues_before"], tail)
    of = _alternation(data["cues_of"], r"\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d'|of\s+(?:the\s+)?)")
    # (last: a title or a class noun before the name is the stronger cue)
    profession = _alternation({PROFESSION: data["profession_cues"]}, tail)
    return before + of + profession, frozenset(data["org_suffixes"]), frozenset(data["org_heads"])


#: The cue kind of a profession before a name (types.yml profession_cues): a person's surname, weakly.
PROFESSION = "profession"


def _alternation(table: dict, tail: str) -> list[tuple[re.Pattern, str]]:
    """One regex per type: any cue word of that type, then `tail`, at the end of the text."""
    return [(re.compile(rf"(?i)(?<![\w-]){word_alternation(words)}{tail}$"), kind) for kind, words in table.items()]


def _cue_type(text: str, start: int, end: int) -> Optional[str]:
    before = text[max(0, start - 40):start]
    patterns, _, _ = _type_cues()
    for pattern, kind in patterns:
        if pattern.search(before):
            return kind
    after = text[end:end + 40]
    for pattern, kind in _after_cues():
        if pattern.match(after):
            return kind
    if _fronted_role().search(text[max(0, start - 120):start]) and len(text[start:end].split()) >= 2:
        return "person"
    return None


@lru_cache(maxsize=None)
def _fronted_role() -> re.Pattern:
    """A sentence opened by a bare person role before its subject's name (« Technicien de l'usine
    depuis 2019, Paul Xavier a … »)."""
    # A detached apposition with no determiner at the head of the sentence describes its subject:
    # the role of a person makes the name a person's. Roles that also describe a
    # firm (« Numéro un du secteur, Lactalis », « Propriétaire du site, Vinci ») are left out.
    roles = resources.load("roles")
    types = resources.load("types")
    person = {w.lower() for lang in ("fr", "en") for w in roles[lang]["person"]}
    firm = {w.lower() for lang in ("fr", "en") for w in roles[lang]["org"]}
    firm |= {w.lower() for w in types["cues_after"]["org"] + types["cues_before"]["org"] + types["cues_of"]["org"]}
    words = word_alternation(person - firm)
    return re.compile(rf"(?:^|[.!?»]\s+|\n)(?:(?i:ancien|ancienne|ex-|jeune)\s*)?(?i:{words})(?![\w-])"
                      rf"[^,.;:!?«»\n]{{0,90}},\s*$")


@lru_cache(maxsize=None)
def _after_cues() -> list[tuple[re.Pattern, str]]:
    # "Nuvia, éditeur du réseau social Pixo": an apposition after the name types it.
    table = resources.load("types")["cues_after"]
    # No definite article: "Selon Dubreuil, le groupe va mal" is a new clause, not an apposition.
    return [(re.compile(rf"(?i)\s*,\s*(?:un\s+|une\s+|an?\s+)?(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?![\w-])"), kind)
            for kind, words in table.items()]


#: A word that opens a complement after a name's head (« Château de Versailles », « Domaine d'Orvault »).
_OF_WORD = re.compile(r"(?i)(?:de|du|des)$|d['’]")
#: An all-capital acronym of two to five letters.
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _actor_type(actor: str, known: DocumentActors) -> str:
    if actor in known.fixed_type:
        return known.fixed_type[actor]
    if _is_law(actor):
        return "other"
    if actor in _institution_names():
        return "org"
    words = actor.split()
    if len(words) >= 2 and words[0] in body_heads():
        # « la Région Bretagne », « la Ville de Quimper », « le Département du Pas-de-Calais »: a public body
        # named by its capitalised head and its territory; the model reads the territory and votes place
        return "org"
    if len(words) == 1 and actor in body_heads():
        # the capitalised head alone names the body the article is about (« la Ville a gelé la subvention »,
        # « Vinci menace de poursuivre la Ville »): French press capitalises it for the institution, the
        # common noun (« la ville ») being the place
        return "org"
    _, suffixes, org_heads = _type_cues()
    if actor.split()[-1] in suffixes:
        return "org"
    if len(words) >= 2 and (is_trade_noun(words[0]) or is_trade_head(words[0]) and not _OF_WORD.match(words[1])):
        # « Savonnerie Malbec », « Maison Delorme » in a headline, which the model may read as a first name and a
        # surname (not a trade head before « de »: « Château de Versailles », « Maison de la Radio » are places)
        return "org"
    votes = known.votes.get(actor) or Counter()
    cues = known.cues.get(actor) or Counter()
    if cues[PROFESSION]:
        # a profession makes a person of one word alone that no other cue classes (« le chanteur Miossec », not
        # « le coureur Cofidis » … « l'équipe Cofidis »)
        cues = Counter({t: n for t, n in cues.items() if t != PROFESSION}) \
            or (Counter(person=cues[PROFESSION]) if len(actor.split()) == 1 else Counter())
    # French gives a person's name no article (Grevisse, Le Bon usage §588: « la Callas » is familiar or
    # pejorative): a name the text always writes after one (« la Lazio Rome », « le Cabinet Orsel ») is no person's
    articled = known.named[actor] and known.articled[actor] == known.named[actor]
    if votes["person"] and len(actor.split()) >= 2 and _looks_like_person(actor) and not articled:
        return "person"
    if articled:
        # (nor does a role apposed to it make one: « le Cabinet Orsel, commissaire aux comptes de la start-up »)
        cues = Counter({t: n for t, n in cues.items() if t != "person"})
    if cues:
        return max(cues, key=lambda t: (cues[t], -_TYPE_ORDER[t]))
    words = actor.split()
    if len(words) >= 2 and words[0] in org_heads:
        return "org"
    if len(words) >= 2 and _ACRONYM.fullmatch(words[0]) and words[1][:1].isupper() and words[1].replace("-", "").isalpha():
        return "org"  # an acronym opening a longer name (« BCM Gravelines-Dunkerque », « SNCF Réseau »): no place nor person
    ranked = sorted(votes, key=lambda t: (-votes[t], _TYPE_ORDER[t]))
    if ranked and ranked[0] == "person" and (articled or len(words) == 1 or not known.proper[actor]
                                             or not _looks_like_person(actor) and votes["person"] < 2
                                             and not _not_a_word(words[0])):
        # News names a person in full at least once: a lone word never expanded to a full name, a name
        # whose first word is a common noun ("Laiterie Sorbier"), or one PER guess on a name with
        # no known first name, is more likely a company or brand.
        ranked = ranked[1:]
    if ranked and ranked[0] != "other":
        return ranked[0]
    if votes["org"] >= 2:
        # md tags a team or a company now ORG, now MISC (« les Harfangs de Caen »: 2 ORG, 3 MISC): an
        # actor the model saw as an organisation more than once is one
        return "org"
    if not votes and _looks_like_person(actor) and len(actor.split()) >= 2:
        return "person"
    return "org" if known.agent[actor] else "other"



@lru_cache(maxsize=4096)
def _not_a_word(word: str) -> bool:
    """Whether a name's first word is no French word the model's vectors know (« Sibyle », « Kylian »): a given name
    gender-guesser lacks, not the common noun of a firm's name (« Laiterie Sorbier »). Without vectors (a small
    model) nothing is known, and the answer is False."""
    from ...text.nlp import pipeline  # (the model is loaded by then: the mentions come from its parse)

    vocab = pipeline("fr").vocab
    return bool(vocab.vectors.shape[0]) and not vocab[word.lower()].has_vector


@lru_cache(maxsize=None)
def _institution_names() -> frozenset[str]:
    return frozenset(resources.load("types")["institution_names"])


@lru_cache(maxsize=None)
def _law_heads() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.load("types")
    return frozenset(w.lower() for w in data["laws_before"]), frozenset(data["laws_after"])


def _is_law(actor: str) -> bool:
    """A law, plan or programme by its head word: "loi Travail", "Digital Markets Act"."""
    before, after = _law_heads()
    words = actor.split()
    lowered = actor.lower()
    return len(words) >= 2 and (words[-1] in after or any(lowered.startswith(h + " ") for h in before))
