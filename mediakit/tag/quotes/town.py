"""The town institution an unnamed municipal official speaks for (« l'adjointe aux sports » → « la Ville de Caen »)."""

from __future__ import annotations

from typing import Optional

from ..actors.lexicon import TOWN_BODY, town_officials
from ..spans import MentionIndex


#: Words opening a municipal official's portfolio (« l'adjointe aux sports », « l'adjoint chargé des finances »).
_PORTFOLIO_WORDS = {"à", "au", "aux", "chargé", "chargée", "délégué", "déléguée"}


def _town_body(words: list[str], mentions: MentionIndex) -> Optional[str]:
    """The town institution an unnamed municipal official speaks for (« l'adjointe aux sports » with « la Ville
    de Caen » in the text): the one the text names, none when it names several or none."""
    if words and "'" in words[0]:
        role, rest = words[0].split("'")[-1], words[1:]
    elif words[:1] in (["le"], ["la"], ["un"], ["une"]):
        role, rest = words[1] if len(words) > 1 else "", words[2:]
    else:
        return None
    if rest[:2] and " ".join([role, rest[0]]) in town_officials():
        role, rest = " ".join([role, rest[0]]), rest[1:]  # « le premier adjoint »
    # (only a portfolio may follow, « aux sports », « chargé de la culture »: « le maire de Ploemeur », « l'adjoint
    # de l'entraîneur », « un conseiller d'opposition » are someone else)
    if role not in town_officials() or rest and rest[0] not in _PORTFOLIO_WORDS:
        return None
    bodies = {m.actor for m in mentions if m.actor_type != "person" and TOWN_BODY.fullmatch(m.actor)}
    return bodies.pop() if len(bodies) == 1 else None
