"""The model's named entities, joined again where it cut one name in two (French paragraphs)."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import resources
from .focus import body_heads
from .kinds import _type_cues
from .lexicon import given_name_gender, is_outlet


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
        # (a part the model calls a place whose words the tagger reads as common nouns, « les Crêtes »,
        # is a name made of common words, not a proper place name)
        if (prev is not None and prev.label_ == "ORG" and 1 <= ent.start - prev.end <= 2
                and (ent.label_ == "ORG" or ent.label_ in ("LOC", "GPE") and all(t.pos_ == "NOUN" for t in ent))
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
        dated = _dated_by_noun(ent)
        if dated and len(ent) > 1 and _YEAR.fullmatch(ent[-1].text) and ent[-2].whitespace_:
            label = ent.label_
            ent = doc[ent.start:ent.end - 1]
            ent.label_ = label
        # (a year only after a group's name the model calls miscellaneous: « le baromètre Ipsos 2024, » is a
        # poll of the firm Ipsos)
        number = r"\d{2,3}|(?:19|20)\d\d" if ent.label_ == "MISC" and not dated else r"\d{2,3}"
        if ent.label_ in ("ORG", "MISC") and ent.end + 1 < len(doc) and doc[ent.end - 1].whitespace_ \
                and re.fullmatch(number, doc[ent.end].text) and doc[ent.end + 1].text in (",", ".", ")", ";"):
            # « la fédération Familles & Collèges 72, », « les Ultras Valentinois 1998, »: a département's
            # number or a founding year closes the name
            label = ent.label_
            ent = doc[ent.start:ent.end + 1]
            ent.label_ = label
        out.append(ent)
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")


def _dated_by_noun(ent) -> bool:
    """« le baromètre Ipsos 2024 », « le rapport Oxfam 2023 »: after a lower-case common noun that does not
    class an organisation, a name and a year are the thing the noun names (its edition), by its author; the
    year dates the thing, it is no part of the name (« les Ultras Valentinois 1998 », « le club X 1998 » keep it).
    The model may put the year in the name itself (fr_core_news_md: « Ipsos 2024 »)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    return (before is not None and before.pos_ == "NOUN" and before.text[:1].islower()
            and before.lower_ not in _org_class_nouns())


@lru_cache(maxsize=None)
def _org_class_nouns() -> frozenset[str]:
    # (and the first words of institutions' names in lower case: « le comité Paris 2024 » is the committee's name)
    data = resources.load("types")
    return frozenset(w for w in data["cues_before"]["org"] if " " not in w) | {h.lower() for h in data["org_heads"]}


#: The endings of a demonym noun (« l'Américain », « la Nantaise », « le Finistérien »).
DEMONYM_ENDINGS = r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)"
_DEMONYM = re.compile(rf"[A-ZÀ-Þ][a-zà-ÿ-]+{DEMONYM_ENDINGS}")
#: A lowercase demonym adjective, singular or plural (« lorientais », « nantaise », « bretonnes »).
LOWER_DEMONYM = re.compile(rf"[a-zà-ÿ-]+{DEMONYM_ENDINGS}s?")
_DEMONYM_TAIL = re.compile(rf"{DEMONYM_ENDINGS}s?$")
#: Accents folded away to compare town stems (« Caen » in « caennais »).
FOLD = str.maketrans("çéèêëàâîïôûü", "ceeeeaaiiouu")


def demonym_stems(word: str) -> tuple[str, ...]:
    """The unaccented stems of the town a lowercase demonym adjective is formed on (« havrais » → havr,
    « caennaise » → caenn, caen; « niçois » → nic); none for another word."""
    word = word.lower()
    singular = word[:-1] if word.endswith("s") and not word.endswith(("ais", "ois")) else word
    # (the masculine: « française » → français, « italienne » → italien, « américaines » → américain)
    forms = {word, singular, singular.removesuffix("e"), singular.removesuffix("ne")}
    if not LOWER_DEMONYM.fullmatch(word) or forms & _nationalities():
        return ()  # (« le groupe français », « le fonds américain »: a country, no town; « chinois » is not Chinon)
    stem = _DEMONYM_TAIL.sub("", word).translate(FOLD)
    # a consonant doubled before the ending (« lyonnais », « caennaise ») is the town's single one
    return (stem, stem[:-1]) if len(stem) > 2 and stem[-1] == stem[-2] else (stem,)


@lru_cache(maxsize=None)
def _public_heads() -> frozenset[str]:
    """First words of the names of public bodies (focus.body_heads), unaccented as `town_in_name` reads names."""
    return frozenset(w.translate(FOLD) for w in body_heads()[0])


@lru_cache(maxsize=None)
def _nationalities() -> frozenset[str]:
    """Adjectives of countries and continents, masculine singular (types.yml nationality_adjectives)."""
    return frozenset(resources.load("types").get("nationality_adjectives", ()))


def town_in_name(actor: str, stems: tuple[str, ...]) -> bool:
    """Whether a word of `actor`'s name is the town a demonym's stems come from: the word begins with a
    stem of four letters or more (« Havre », « Nantes », « Aix-en-Provence »), or is a shorter stem with
    or without a final e (« Nice » for « niçois »). French demonyms are mostly the town's name with a
    suffix (Grevisse §169), so no list is needed; the irregular ones (« stéphanois ») do not match."""
    words = [w for w in re.split(r"[\s'’-]+", actor.lower().translate(FOLD)) if w]
    if words and words[0] in _public_heads():
        return False  # « Ville de Colmar » is the town itself, not « l'assureur colmarien »
    return any(w.startswith(stem) if len(stem) >= 4 else w in (stem, stem + "e") for stem in stems for w in words)


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


#: A plural demonym noun (« Portelois », « Lorientais », « Nantaises », « Parisiens »).
_PLURAL_DEMONYM = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ-]+(?:ais|ois|aises|oises|iens|iennes|éens|éennes|ains|aines)")


def inhabitants(ent) -> bool:
    """« les Portelois n'en revenaient pas », « des Lorientais »: a plural demonym with its article names the
    people of a town, a group and no actor (the gold rules leave generic groups out); the model tags it as
    a place or a group's name."""
    doc = ent.doc
    return (len(ent) == 1 and ent.start > 0 and _PLURAL_DEMONYM.fullmatch(ent.text) is not None
            and doc[ent.start - 1].lower_ in ("les", "des", "aux")
            and not (ent.end < len(doc) and doc[ent.end].text[:1].isupper())
            and not is_outlet(f"Les {ent.text}"))


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ie", "ies", "int", "inte", "ints", "intes")
#: What follows a participle of being reached or asked (« Joint par », « Interrogé au téléphone »).
_AGENT_MARKS = ("par", "au", "à")
#: What follows a participle of a place or state (« Installée en Bretagne », « Inscrits en CE2 »).
_STATE_MARKS = ("en", "dans")


def participle_opener(ent) -> bool:
    """« Contactée, la société … », « Joint par téléphone, … »: a participle opening its sentence
    before a comma, which the model reads as a name for its capital (not a given name, « André, »)."""
    doc, word = ent.doc, ent[0]
    before = [t for t in doc[max(0, ent.start - 2):ent.start] if not t.is_space]
    opens = ent.start == 0 or word.is_sent_start or all(t.is_punct for t in before)
    after = doc[ent.end] if ent.end < len(doc) else None
    # (after the comma the sentence goes on in lower case: « Vitré, Fougères et Redon » enumerates names)
    then = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return (opens and len(ent) <= 3 and word.lower_.endswith(_PARTICIPLE_ENDINGS)
            and (len(ent) == 1 and after is not None and (after.text == "," and then is not None and then.text[:1].islower()
                                                          or after.lower_ in _AGENT_MARKS)
                 or len(ent) > 1 and ent[1].lower_ in _AGENT_MARKS)
            and given_name_gender(word.text) == "unknown"
            # « Inscrits en CE2 et en CM1, ses enfants … »: where or in what state, by the tagger's own
            # reading of a participle (a name ending like one, « Normandie en … », is none)
            or opens and len(ent) <= 3 and len(ent) > 1 and ent[1].lower_ in _STATE_MARKS and word.pos_ == "VERB"
            and "Part" in word.morph.get("VerbForm") and given_name_gender(word.text) == "unknown")


#: A present-tense verb's ending (« parraine », « emploient », « rachète »).
_PRESENT_VERB = re.compile(r"[a-zà-ÿ]{2}(?:e|ent|it)$")


def verb_before_object(tok, ent) -> bool:
    """« La société Fabrika parraine le club Lumea »: the model ran a name the text classes with an
    organisation noun (``types.yml``, ``cues_before``) on into the lower-case verb after it (fr_core_news_md:
    an adjective hung on the name as a part of it, flat:name); a present-tense form right before the article of a noun phrase is the verb
    and its object, no adjective of the name (« le groupe Crédit agricole … », which the parse hangs on the
    name as an adjective, keeps it)."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[ent.start - 1] if ent.start else None
    return (tok.text[:1].islower() and tok.dep_ != "amod" and _PRESENT_VERB.search(tok.lower_) is not None
            and after is not None and after.pos_ == "DET" and after.dep_ == "det" and after.head.i > after.i
            and after.head.pos_ in ("NOUN", "PROPN")
            and before is not None and before.lower_ in _org_class_nouns())
