"""Who a description of a person takes up in a speaker phrase: « le coureur », « cet ancien ingénieur » (the person of
its gender named last), « le député du Nord » (the person the text gave that title, the faithful anaphor); which
common nouns describe persons and the gender an elided one agrees with. Split from attribution.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ..spans import MentionIndex
from ...types import Mention
from ..actors.roles import PRE_ADJECTIVES
from .genders import _OTHER, _PRONOUN_GENDER, _gender, _is_person, _person_role, _previous_person
from .organisations import _org_nouns


#: Words before a role that keep it a role (« l'ancien maire de X », « la nouvelle directrice »).
_FORMER_WORDS = {"ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "ex", "futur", "future"}


#: How far back the person a description takes up may have been named (sentences).
DESCRIBED_SENTENCES_BACK = 4


#: (a demonstrative determiner too, « cet ancien ingénieur », « cette élue »: it points back to someone the text
#: has just spoken of, Riegel, Pellat & Rioul, Grammaire méthodique du français, on the demonstrative determiner)
_DESCRIPTION = re.compile(rf"(?P<det>[Ll]e\s+|[Ll]a\s+|[Ll]'|[Cc]e\s+|[Cc]et\s+|[Cc]ette\s+)(?:(?:{'|'.join(PRE_ADJECTIVES.split())})\s+)?"
                          r"(?P<noun>[a-zà-ÿ][a-zà-ÿ-]+)(?![\w'-])")


def _described_person(core: str, mentions: MentionIndex, before: int, sent_id: int,
                      text: str = "") -> Optional[Mention]:
    """The person a definite description with a person's head noun takes up (« a lâché le coureur »)."""
    m = _DESCRIPTION.match(core)
    if m is None or not (person_noun(m.group("noun")) or text and _person_role(m.group("noun"))):
        return None
    det, noun = m.group("det").strip().lower(), m.group("noun")
    pronoun = {"le": "il", "la": "elle", "ce": "il", "cet": "il", "cette": "elle"}.get(det) or elided_gender(noun)
    # (a role noun the lexicons give persons, « le ministre », « l'avocat », is first the title of a named person;
    # not any noun: tried, it made one more wrong speaker in the held-out aggregate)
    # (not with an adjective of time, « le nouveau directeur » after « le directeur, X »: another holder of the title)
    contrast = set(re.findall(r"[\w-]+", m.group(0).lower())) & _FORMER_WORDS
    titled = titled_person(text, noun, mentions, before, pronoun) if text and det in ("le", "la", "l'") \
        and not contrast else None
    if titled is not None:
        return titled
    if not person_noun(noun):
        return None
    person = _previous_person(mentions, before, pronoun)
    if person is not None and text and re.fullmatch(r"\s*,\s*", text[person.end:before]) \
            and _GOVERNED.search(text, max(0, person.start - 30), person.start):
        return None  # « Avec Jean Roux, le directeur estime »: the name is an adjunct, the description its subject
    return person if person is not None and person.sent_id >= sent_id - DESCRIBED_SENTENCES_BACK else None


def titled_person(text: str, noun: str, mentions: MentionIndex, before: int, pronoun: str = "") -> Optional[Mention]:
    """The person last named with `noun` for title, in the text before `before`: a definite description repeating
    the title a name was given (« le député d'opposition Marc Ollivier … », a-t-il insisté, « a insisté le député du
    Nord »; « l'écrivain britannique Oliver Pembroke … lui a répondu l'écrivain ») takes up that person, not the last
    man or woman named (the faithful anaphor, « anaphore fidèle », repeats the noun of its antecedent: Riegel, Pellat
    & Rioul, Grammaire méthodique du français, ch. XXIV on textual anaphora)."""
    gender = _PRONOUN_GENDER.get(pronoun)
    # the title right before the name (« le ministre de l'Intérieur, X », « l'écrivain britannique X »; not a
    # complement, « l'agent du joueur, X »), or apposed right after it (« X, porte-parole du collectif »)
    title_before = re.compile(rf"\b(?:le|la|l')\s*(?:[\w-]+\s+)?{re.escape(noun)}\b[^.;:!?«»,]{{0,40}},?\s*$",
                              re.IGNORECASE)
    title_after = re.compile(rf"\s*,\s*(?:(?:le|la|l'|un|une)\s*)?(?:[\w-]+\s+)?{re.escape(noun)}\b", re.IGNORECASE)
    person = mentions.last_before(before, lambda m: _is_person(m) and m.method != "coref", key="named person")
    while person is not None:
        after = title_after.match(text, person.end)
        if after is not None and after.end() > before and _GOVERNED.search(text, max(0, person.start - 30), person.start):
            # the « title » after the name is the description itself, and the name, governed by a preposition, is
            # an adjunct, not the one an apposition describes (« Selon X, le maire dit », « Avec X, le directeur
            # estime »: the noun phrase after the comma is the subject, someone else)
            after = None
        if (gender is None or _gender(person.actor) != _OTHER[gender]) and (
                title_before.search(text, max(0, person.start - 70), person.start) or after):
            return person
        person = mentions.last_before(person.start, lambda m: _is_person(m) and m.method != "coref", key="named person")
    return None


@lru_cache(maxsize=None)
def person_noun(noun: str) -> bool:
    """Whether a common noun describes a person (« la militante », « le jeune homme », « l'élu »)."""
    data = resources.load("roles")
    return noun in data["description_persons"] or (
        noun.endswith(tuple(data["description_endings"])) and noun not in data["description_not_persons"]
        and not noun.endswith(tuple(data["description_not_endings"]))
        and noun not in _org_nouns() and noun not in _spokespeople())


def elided_gender(noun: str) -> str:
    """The pronoun an elided description agrees with (« l'intéressée » → elle), "" when it does not tell."""
    if noun.endswith(("ée", "euse", "rice", "ienne", "ante", "ière", "ue")):
        return "elle"
    return "il" if noun.endswith(("eur", "é", "ien", "ant", "ier", "u")) else ""


@lru_cache(maxsize=None)
def _spokespeople() -> frozenset[str]:
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for w in data[lang]["spokespeople"])


#: A preposition governing a name (« Selon X, », « À X, », « avec X »): the name is an adjunct or a complement.
_GOVERNED = re.compile(r"(?:\b(?:de|du|des|à|au|aux|en|sur|selon|avec|pour|par|contre|chez|sans|envers|vers|entre|"
                       r"après|avant|malgré|sous|dans|face\s+à)\s+(?:(?:Me|Mme|M\.|Mgr|Dr)\s+)?|\bd['’])$", re.IGNORECASE)
