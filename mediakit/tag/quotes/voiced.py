"""Whether a speech event was voiced by an unnamed person speaking for an organisation.

« L'adjoint à la culture assure que … « … », plaide-t-il »: the press lets an unnamed official,
head or spokesperson speak for their body (the speaker is the body), and a pronoun after that goes
on with the same speaker; it must agree with the person's noun, not the body's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors.lexicon import town_officials, unnamed_heads, unnamed_spokespeople
from ..actors.roles import role_gender

#: A subject opening its sentence (after a short adverbial at most) before the speech verb:
#: a definite or possessive article and the noun of who speaks, then its complement.
_BEFORE = re.compile(r"(?:^|[.!?»\n])\s*(?:[A-ZÀ-Þ][^,.;:!?«»]{0,30},\s*)?"
                     r"(?P<det>(?i:le|la|son|sa)\s+|(?i:l)['’]\s*)(?P<noun>[a-zà-ÿ-]+)"
                     r"(?:\s[^,.;:!?«»]{0,60})?\s+(?:(?:a|avait)\s+)?$")
#: A subject after the verb (« explique sa déléguée générale »).
_AFTER = re.compile(r"[\w'’-]*\s+(?P<det>(?i:le|la|son|sa)\s+|(?i:l)['’]\s*)(?P<noun>[a-zà-ÿ-]+)")

_GENDER = {"m": "male", "f": "female"}


@lru_cache(maxsize=None)
def _voicing_nouns() -> frozenset[str]:
    # the nouns whose unnamed holder the quote module already makes speak for their body
    return town_officials() | unnamed_heads() | unnamed_spokespeople()


def voiced_by_person(text: str, cue_start: int, gender: str | None) -> bool:
    """Whether the speech verb at `cue_start` has as subject an unnamed official, head or spokesperson
    whose noun agrees with a pronoun of `gender` ("male", "female" or None)."""
    before = _BEFORE.search(text, max(0, cue_start - 160), cue_start)
    after = _AFTER.match(text, cue_start)
    for found in (before, after):
        if found is None or found.group("noun").lower() not in _voicing_nouns():
            continue
        det = found.group("det").strip(" '’").lower()
        # (« sa » marks a feminine noun, « sa porte-parole »; else the article or the role noun tells)
        noun_gender = "female" if det == "sa" else _GENDER.get(role_gender(det, found.group("noun")), "")
        if gender is None or noun_gender in ("", gender):  # (« son porte-parole » agrees with either)
            return True
    return False
