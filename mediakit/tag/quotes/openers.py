"""Speakers a sentence's opening continues: a pronoun opening a sentence after a named opener, a description
continued from the sentence before, « Le premier …, le second … »."""

from __future__ import annotations

import re
from typing import Optional

from ... import resources
from ...types import Mention, Sentence
from ..actors.lexicon import MEDIUM_BEFORE
from ..spans import MentionIndex
from . import attribution  # (its phrase readers; attribution calls this module back, at run time only)
from .described import elided_gender, person_noun
from .genders import _OTHER, _PRONOUN_GENDER, _gender, _person_role
def _sentence_opener(text: str, sent: Sentence, mentions: MentionIndex, before: int,
                     orgs: bool = False) -> Optional[Mention]:
    """A person (or, with `orgs`, an organisation) named in the first words of a sentence, before the quote."""
    for x in mentions.starting_in(sent.start, before):
        # (after « Interrogée par Le Courrier, »: the medium asked, the person answers)
        lead = attribution._ASKED_BY.sub("", text[sent.start:x.start], count=1)
        # (after a short adverbial set off by a comma: « Dans un entretien, X … »; after a lead-in
        # closed by a colon: « Soutien de poids : la ministre, X, … »)
        lead = _LEAD_IN.sub("", lead, count=1)
        lead = attribution._ADVERBIAL.sub("", lead, count=1)
        if x.actor_type == "person":
            # (after the role the name is apposed to: « Le porte-parole du Parti du centre (PDC), X, »)
            lead = _ROLE_LEAD.sub("", lead, count=1)
        if (x.actor_type == "person" or orgs and x.actor_type == "org" and x.method != "coref") \
                and len(lead.split()) <= 2 and not MEDIUM_BEFORE.search(lead[-30:]):
            return x
        if x.actor_type == "org" and x.method != "coref" and lead.strip(" «\"").lower() in _LEAD_ARTICLES:
            return None  # « Les Éditions X accusent le nouveau propriétaire … »: an organisation opens it
    return None


_LEAD_ARTICLES = {"", "le", "la", "les", "l'", "l’"}


#: What may stand between a class noun and the name it classes: nothing, or a lowercase complement
#: (« l'association de consommateurs X », « le collectif de riverains X »).
_CLASSED_GAP = re.compile(r"\s+(?:(?:de|d'|d’|des|du)\s*[a-zà-ÿ-]+\s+(?:[a-zà-ÿ-]+\s+)?)?")


_CLASSED_REACH = 40


#: A sentence opening on an organisation's description (« L'association s'est associée … »).
# (after a short adverbial set off by a comma: « Lundi, l'association X a saisi … »)
_DESCRIBED_OPENER = re.compile(r"\s*[«\"]?\s*(?:(?P<lead>[A-ZÀ-Þ][^,.;:!?«»]{0,30}),\s*)?"
                               r"(?P<det>(?i:la|le)\s+|(?i:l)['’]\s*)(?P<noun>[a-zà-ÿ-]+)")


def _noun_gender(noun: str) -> str:
    """The pronoun a noun after an elided article agrees with (feminine endings first: « l'université »)."""
    endings = resources.load("roles")["noun_gender_endings"]
    if noun.endswith(tuple(endings["elle"])):
        return "elle"
    return elided_gender(noun) or ("il" if noun.endswith(tuple(endings["il"])) else "")


def continued_description(text: str, sent: Sentence, at: int, previous: Optional[Sentence], mentions: MentionIndex,
                          pronoun: str) -> Optional[str]:
    """What a pronoun at `at` opening `sent` (after a short adverbial at most) continues: the actor the
    sentence before opened on by its description (« Le technicien conteste. Dans un communiqué, il annonce »)."""
    if previous is None or attribution._ADVERBIAL.sub("", text[sent.start:at], count=1).strip(" «\""):
        return None
    return described_opener(text, previous.start, mentions, pronoun, previous.sent_id)


def _named_organisation_opener(text: str, sent: Sentence, at: int, previous: Optional[Sentence],
                               mentions: MentionIndex, pronoun: str) -> Optional[str]:
    """The organisation the sentence before opened on by its name with an article the pronoun agrees with
    (« Le Collectif des enseignants, qui …, avait alerté. Dans une lettre ouverte, il accuse … »), when the
    pronoun opens its sentence (after a short adverbial at most): centering, as for a person opener."""
    if previous is None or pronoun not in ("il", "elle") or attribution._ADVERBIAL.sub("", text[sent.start:at], count=1).strip(" «\""):
        return None
    m = _NAMED_OPENER.match(text, previous.start)
    if m is None or {"le": "il", "la": "elle"}.get(m.group("det").lower()) != pronoun:
        return None
    named = next(iter(mentions.starting_in(m.end("det"), m.end("det") + 2)), None)
    if named is None or named.actor_type != "org" or named.method == "coref":
        return None
    # (a person of the pronoun's gender in that sentence is who it continues: « La SNCF a licencié Marie X.
    # Aujourd'hui, elle dénonce … » is Marie X, whom the pronoun's own step finds)
    gender = _PRONOUN_GENDER[pronoun]
    if any(x.actor_type == "person" and _gender(x.actor) != _OTHER[gender]
           for x in mentions.starting_in(previous.start, previous.end)):
        return None
    return named.actor


#: A sentence opening on a capitalised name after « Le » / « La » (« Le Collectif des enseignants »).
_NAMED_OPENER = re.compile(r"\s*[«\"]?\s*(?P<det>[Ll]e|[Ll]a)\s+(?=[A-ZÀ-Þ])")


def described_opener(text: str, start: int, mentions: MentionIndex, pronoun: str, sent_id: int) -> Optional[str]:
    """The actor a sentence (starting at `start`) opens on by its description, when `pronoun` agrees
    with the noun: an organisation (« L'association s'est associée au Refuge. Elle assure … ») or a
    person (« Le technicien conteste. Dans un communiqué, il annonce … »; « Le maire, lui, … : « … »,
    a-t-il lancé »), not the last person of that gender named."""
    m = _DESCRIBED_OPENER.match(text, start)
    if m is None or pronoun not in ("il", "elle"):
        return None
    noun, det = m.group("noun"), m.group("det").strip()
    if noun not in attribution._org_nouns() and not person_noun(noun) and not _person_role(noun):
        return None
    if m.group("lead") and det[:1].isupper():
        return None  # (« Selon eux, La … »: a capital after the comma is no article)
    gender = {"la": "elle", "le": "il"}.get(det.lower()) or _noun_gender(noun)
    if gender != pronoun:
        return None
    # (the name may follow the noun's lowercase complement: « L'association de consommateurs X »)
    named = next((x for x in mentions.starting_in(m.end("noun") + 1, m.end("noun") + _CLASSED_REACH)
                  if x.actor_type != "place" and _CLASSED_GAP.fullmatch(text, m.end("noun"), x.start)), None)
    if named is not None and noun in attribution._org_nouns() and named.actor_type != "person":
        return named.actor  # « l'association Vent Debout »: the name the noun classes
    speaker, resolved = attribution.speaker_of_phrase(text, m.start("det"), m.end("noun"), mentions, m.start("det"), sent_id)
    return speaker if resolved else None


#: « le premier …, le second … »: an ordinal pronoun opening the clause (after a comma) that holds a quotation.
_ORDINAL = re.compile(r"(?:^|[,;]\s*)(?:et\s+|puis\s+)?(?P<det>[Ll]e|[Ll]a)\s+(?P<ord>premier|première|second|seconde|"
                      r"deuxième|dernier|dernière)\s+[^,;.!?«»]*[«“\"]?\s*$")


#: What joins the two actors the ordinals take up (« X et Y », « Son président, X, et Y »).
_PAIR_GAP = re.compile(r"\s*,?\s*(?:et|and)\s+")


def ordinal_speaker(text: str, sent: Sentence, s: int, mentions: MentionIndex,
                    previous: Optional[Sentence] = None) -> Optional[Mention]:
    """Who « le premier » / « la seconde » opening the clause of the quotation at `s` stands for: the first or
    the second of the two actors coordinated by « et » last named (in its sentence, else the one before).
    « Le premier … le second » take up, in order, the two terms of a pair just named (ordinals used as
    nominal representatives, Grevisse, Le Bon usage; section number not checked); « le dernier » the last."""
    m = _ORDINAL.search(text, sent.start, s)
    if m is None:
        return None
    at = m.start("det")
    for start in (sent.start, previous.start if previous is not None else None):
        if start is None:
            break
        named = [x for x in mentions.starting_in(start, at) if x.end <= at and x.actor_type in ("person", "org")]
        pairs = [(a, b) for a, b in zip(named, named[1:]) if _PAIR_GAP.fullmatch(text, a.end, b.start)]
        if pairs:
            first, second = pairs[-1]
            return first if m.group("ord").startswith("premi") else second
        if start != sent.start:
            break
    return None
#: A short lead-in closed by a colon at the head of a sentence (« Soutien de poids : »).
_LEAD_IN = re.compile(r"^\s*(?:[^\s:«»]+\s+){0,4}[^\s:«»]+\s*:\s*")


#: A role phrase set off by a comma before the name it is apposed to.
_ROLE_LEAD = re.compile(r"^\s*(?:[Ll]e|[Ll]a|[Ll]'|[Ss]on|[Ss]a|[Ll]eur)\s*[^,.;:«»]{1,80},\s*$")
