"""The organisation a statement speaks for when its speaker is unnamed or unparsed.

« La préfecture menace …, a précisé un porte-parole », « Les Éditions X accusent … de « vider les
tables » »: press quotes an organisation through a spokesperson no « de X » ties to it, or through the
sentence the organisation opens; these look-ups read that organisation off the surface.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...types import Mention, Sentence
from ..spans import MentionIndex
from .organisations import _holds, _org_nouns
from .openers import _LEAD_ARTICLES
from .incises import infinitives, is_governor, is_incise_verb
from ..actors.lexicon import body_heads


@lru_cache(maxsize=None)
def institution_nouns() -> frozenset[str]:
    """Public bodies named by a common noun (« la préfecture », « le parquet »; types.yml institutions)."""
    return frozenset(w for w in resources.load("types")["institutions"] if " " not in w)


def bare_spokesperson(phrase: str, verb: str = "") -> bool:
    """Whether a phrase is an unnamed spokesperson of no one said (« un porte-parole », « la porte-parole »)
    speaking with `verb` for their own side (not answering the other: « a rétorqué un porte-parole »)."""
    words = re.findall(r"[\w'-]+", phrase.lower())
    data = resources.load("speech_verbs")["fr"]
    return (len(words) == 2 and words[0] in _DEFINITE_OR_NOT and words[1] in data["unnamed_spokespeople"]
            and not infinitives(verb) & set(data["rebuttals"]))


#: The articles of an unnamed spokesperson (« un porte-parole », « la porte-parole »).
_DEFINITE_OR_NOT = {"un", "une", "le", "la"}


def opening_org(text: str, start: int, mentions: MentionIndex) -> Optional[str]:
    """The organisation a statement opens with: a name, or « le groupe », « la préfecture » taking up the
    last organisation named that holds the noun (none other: the noun must say which)."""
    named = next((m for m in mentions.starting_in(start, start + 4) if m.actor_type == "org"), None)
    if named is not None:
        return named.actor
    noun = re.match(r"(?i)(?:le|la|l'|l’)\s*([\w-]+)", text[start:start + 40])
    if noun is None or noun.group(1).lower() not in _org_nouns() | institution_nouns():
        return None
    holds = _holds(noun.group(1).lower())
    found = mentions.last_before(start, lambda m: m.actor_type == "org" and bool(holds.search(m.actor)),
                                 key=("opening org", noun.group(1).lower()))
    return found.actor if found is not None else None


def organisation_opener(text: str, sent: Sentence, mentions: MentionIndex, before: int) -> Optional[Mention]:
    """An organisation named first in a sentence, after its article at most (« Les Éditions X accusent … »)."""
    first = next(iter(mentions.starting_in(sent.start, before)), None)
    # (a public body the NER types as a place is an organisation all the same: « La Région Bretagne a gelé … »;
    # types.yml body_heads)
    body = first is not None and first.actor_type == "place" and first.actor.split()[0] in body_heads()
    if first is None or first.actor_type != "org" and not body or first.method == "coref":
        return None
    # (a verb of saying or judging between them: « Le Stade Rennais a recruté X, un attaquant « rapide et
    # généreux » selon son entraîneur » quotes someone else)
    # (or the quotation appended as the grounds of the act: « a suspendu l'adhésion du parc, « dans
    # l'attente des conclusions » », « a porté plainte pour « abus de position dominante » »)
    said = any(is_governor(w) or is_incise_verb(w) for w in re.findall(r"[\w'’-]+", text[first.end:before])) \
        or bool(re.search(r"(?:,|\bpour)[\s«\"\u00a0]*$", text[first.end:before]))
    after = text[before:sent.end]
    return first if said and text[sent.start:first.start].strip(" «\"").lower() in _LEAD_ARTICLES \
        and not re.search(r"(?i)\b(?:selon|d'après|d’après)\b", after) else None
