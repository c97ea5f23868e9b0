"""The town of a dispatch's dateline (« CASTELROUX (Cher), 4 décembre 2026 — »), as an actor.

Regional press files a story from its town and names it once, in capitals, at the head of the
first paragraph; afterwards « la commune », « la mairie », « la ville »… (events.yml `town_nouns`)
are that town (`analyses/reference.py`). The model does not tag a name in capitals, so it is read
here: no library parses datelines.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

from ... import resources

_CAPS = r"A-ZÀ-ÖØ-Þ"
#: A town in capitals (words joined by hyphens, spaces or an apostrophe), a département or country
#: in brackets or after a comma and the day of writing (« 4 décembre 2026 », "June 19, 2025"), all
#: optional, then the dash that closes a dateline: a
#: sentence opening on an acronym has none (« EDF (Électricité de France), le fournisseur, … »,
#: « EDF, le 4 décembre dernier, a annoncé »).
_DATELINE = re.compile(
    rf"(?P<town>[{_CAPS}][{_CAPS}'’]*(?:[ -][{_CAPS}][{_CAPS}'’]*){{0,5}})"
    rf"(?=\s*(?:\([^)\n]{{2,40}}\))?(?:,\s+[A-Z][a-zé]+(?=,))?"
    rf"\s*(?:,\s+(?:(?:le\s+)?(?:[a-zé]+\s+)?\d{{1,2}}(?:er)?\s+[a-zéû]+|[A-Z][a-z]+\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
    rf"\s+[—–-]\s)")


def dateline_town(parsed) -> Optional[tuple[int, int, str]]:
    """(start, end, the town in capitals) of the dateline opening one of the document's first two
    body paragraphs (`ParsedParagraph`s), if there is one."""
    for base, text in [(pp.start, pp.text) for pp in parsed if pp.para.block == "body"][:2]:
        m = _DATELINE.match(text)
        if m and len(re.sub(r"\W", "", m.group("town"))) >= 3:
            return base + m.start("town"), base + m.end("town"), m.group("town")
    return None


def town_name(caps: str, text: str) -> str:
    """The town's name as the document writes it outside the dateline (« Saint-Julien-de-Bréau »),
    else its capitals in the usual French case (particles in lower case after the first word)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(caps).replace(r"\ ", r"[ \u00a0]") + r"(?![\w-])", re.IGNORECASE)
    for m in pattern.finditer(text):
        if not m.group(0).isupper() and m.group(0)[:1].isupper():  # (not « pas de sens » for SENS)
            return m.group(0)
    particles = set(resources.load("noise")["place_particles"])
    parts = re.split(r"([ '’-])", caps.lower())
    out, first = [], True
    for part in parts:
        if not part or part in " '’-":
            out.append(part)
            continue
        out.append(part if not first and part in particles else part[:1].upper() + part[1:])
        first = False
    return unicodedata.normalize("NFC", "".join(out))
