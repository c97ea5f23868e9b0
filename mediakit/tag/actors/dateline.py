"""The town of a dispatch's dateline (« CASTELROUX (Cher), 4 décembre 2026 — »), as an actor.

Regional press files a story from its town and names it once, in capitals, at the head of the
first paragraph; afterwards « la commune », « la mairie », « la municipalité » are that town
(`analyses/reference.py`). The model does not tag a name in capitals, so it is read here: no
library parses datelines.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Optional

_CAPS = r"A-ZÀ-ÖØ-Þ"
#: A town in capitals (words joined by hyphens, spaces or an apostrophe), then what makes the line
#: a dateline rather than a sentence opening on an acronym (« EDF, qui… »): a département or
#: country in brackets, a date, or a dash.
_DATELINE = re.compile(
    rf"(?P<town>[{_CAPS}][{_CAPS}'’]*(?:[ -][{_CAPS}][{_CAPS}'’]*){{0,5}})"
    rf"(?=\s*(?:\([^)\n]{{2,40}}\)\s*[,—–-]|,\s+(?:le\s+)?(?:[a-zé]+\s+)?\d{{1,2}}(?:er)?\s+[a-zéû]+|\s+[—–]\s))")
#: Words a French place name keeps in lower case after its first word.
_PARTICLES = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "lez", "et", "aux", "au"}


def dateline_town(paragraphs: Iterable[tuple[int, str]]) -> Optional[tuple[int, int, str]]:
    """(start, end, name as the text writes it elsewhere) of the dateline's town among the
    document's first body paragraphs (offset, text), if one opens them."""
    for base, text in paragraphs:
        m = _DATELINE.match(text)
        if m and len(re.sub(r"\W", "", m.group("town"))) >= 3:
            return base + m.start("town"), base + m.end("town"), m.group("town")
    return None


def town_name(caps: str, text: str) -> str:
    """The town's name as the document writes it outside the dateline (« Saint-Julien-de-Bréau »),
    else its capitals in the usual French case (particles in lower case after the first word)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(caps).replace(r"\ ", r"[ \u00a0]") + r"(?![\w-])", re.IGNORECASE)
    for m in pattern.finditer(text):
        if not m.group(0).isupper():
            return m.group(0)
    parts = re.split(r"([ '’-])", caps.lower())
    out, first = [], True
    for part in parts:
        if not part or part in " '’-":
            out.append(part)
            continue
        out.append(part if not first and part in _PARTICLES else part[:1].upper() + part[1:])
        first = False
    return unicodedata.normalize("NFC", "".join(out))
