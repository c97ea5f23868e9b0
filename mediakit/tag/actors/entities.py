"""The model's named entities, joined again where it cut one name in two (French paragraphs)."""

from __future__ import annotations

import re

from .kinds import _type_cues
from .lexicon import is_outlet


def joined_entities(doc) -> list:
    """The NER entities, with two entities one space apart joined when the parse makes them one name.

    The recogniser may cut a name in two (« Sud Vignoble » as two places); the dependency parse still
    hangs the second part on the first as a flat name or compound, which tells one name from two; the
    two parts have one label (« l'Irlandais Daniel O'Connor » is a nationality, then a person).
    """
    out = []
    _, suffixes, heads = _type_cues()
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (prev is not None and ent.start == prev.end and doc[prev.end - 1].whitespace_ == " " and ent.label_ == prev.label_
                and any(t.dep_ in ("flat:name", "flat", "compound") and prev.start <= t.head.i < prev.end for t in ent)):
            out[-1] = doc[prev.start:ent.end]
            out[-1].label_ = prev.label_
            continue
        if (prev is not None and prev.label_ == "ORG" and ent.label_ in ("LOC", "GPE") and prev[0].text in heads
                and prev.end <= ent.start <= prev.end + 1 and all(t.lower_ in ("de", "du", "des", "d'") for t in doc[prev.end:ent.start])
                and prev.start <= ent.root.head.i < prev.end):
            # « l'Union paysanne de Saintonge », « l'Agence de l'eau Charente-Atlantique »: an institution's
            # name ends with the place the parse hangs on it; the model cut it before the place
            out[-1] = doc[prev.start:ent.end]
            out[-1].label_ = prev.label_
            continue
        if (prev is not None and prev.label_ == "ORG" and ent.label_ == "ORG" and 1 <= ent.start - prev.end <= 2
                and doc[prev.end].lower_ in ("sur", "sous", "en")
                and all(t.lower_ in ("la", "le", "les", "l'") for t in doc[prev.end + 1:ent.start])
                and ent.root.head.i in (prev.root.i, prev.root.head.i)):
            # « l'association Vent Debout sur les Crêtes »: the model read two organisations where the
            # parse hangs the second on the first (or both on the noun that classes them)
            out[-1] = doc[prev.start:ent.end]
            out[-1].label_ = prev.label_
            continue
        if ent.end < len(doc) and doc[ent.end].text in suffixes and doc[ent.end - 1].whitespace_ \
                and not any(e.start == ent.end for e in doc.ents):
            # « Blavet Océan Agglomération », « Sarthe Logis Habitat »: the model stopped before the
            # word that says what the organisation is
            ent = doc[ent.start:ent.end + 1]
            ent.label_ = "ORG"
        # (a year only after a group's name the model calls miscellaneous: « le baromètre Ipsos 2024, » is a
        # poll of the firm Ipsos)
        number = r"\d{2,3}|(?:19|20)\d\d" if ent.label_ == "MISC" else r"\d{2,3}"
        if ent.label_ in ("ORG", "MISC") and ent.end + 1 < len(doc) and doc[ent.end - 1].whitespace_ \
                and re.fullmatch(number, doc[ent.end].text) and doc[ent.end + 1].text in (",", ".", ")", ";"):
            # « la fédération Familles & Collèges 72, », « les Ultras Valentinois 1998, »: a département's
            # number or a founding year closes the name
            label = ent.label_
            ent = doc[ent.start:ent.end + 1]
            ent.label_ = label
        out.append(ent)
    return out


#: The endings of a demonym noun (« l'Américain », « la Nantaise », « le Finistérien »).
DEMONYM_ENDINGS = r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)"
_DEMONYM = re.compile(rf"[A-ZÀ-Þ][a-zà-ÿ-]+{DEMONYM_ENDINGS}")


def demonym_description(ent) -> bool:
    """« Joint par nos soins, l'Américain assure … », « a lâché la Nantaise »: a capitalised demonym
    with its definite article and no name after it describes a person named before (the quote
    layer and the relations take it up); the model tags it as an entity of its own."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or not _DEMONYM.fullmatch(ent.text):
        return False
    article = doc[ent.start - 1]
    after = doc[ent.end] if ent.end < len(doc) else None
    return (article.lower_ in ("le", "la", "l'")
            and not (after is not None and after.text[:1].isupper())
            and not is_outlet(f"{article.text}{article.whitespace_}{ent.text}"))
