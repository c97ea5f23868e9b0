"""Names read from the words that frame them, whatever the model's entities (French paragraphs): a
legal or trade word closing an organisation's name, a trade word opening it, a number closing a
collective name, a name coordinated with another."""

from __future__ import annotations

import re

from ...text.segment import ParsedParagraph
from .kinds import NER_TYPES, _type_cues
from .lexicon import _ARTICLES, _GIVEN, _noise, given_name_gender, is_trade_head
from .state import _Candidate

#: Parts of speech that open no name (« Pour Altaïr Médias », « Chez Kinéo Studios »).
_FUNCTION_POS = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX")
#: At most this many words of the name's own before the closing word or after the opening one.
_MAX_WORDS = 3


def _name_word(tok) -> bool:
    """A capitalised word (or one with a capital or a digit inside) that may be part of a name."""
    noise, _ = _noise()
    word = tok.text
    return (not tok.is_punct and not tok.is_space and tok.pos_ not in _FUNCTION_POS and word.lower() not in noise
            and word.lower() not in _ARTICLES and (word[:1].isupper() or any(ch.isupper() for ch in word[1:])))


def suffixed_name_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    """« Hexaplay Entertainment », « Blavet Océan Agglomération », « Altaïr Médias »: capitalised words
    closed by a legal or trade word (``types.yml``, ``org_suffixes``) are an organisation's name whole.

    The model may miss the name, cut it before the closing word, or run it on into the next word
    (« Altaïr Médias jeudi »); the closing word says where it ends and what it is.
    """
    _, suffixes, _ = _type_cues()
    out = []
    for pp in parsed:
        if pp.lang != "fr" or not pp.doc.has_annotation("DEP"):
            continue
        doc = pp.doc
        for i, word in enumerate(pp.words):
            if word not in suffixes or i == 0:
                continue
            t = doc[i]
            first = i
            while first > 0 and i - first < _MAX_WORDS and doc[first - 1].whitespace_ == " " \
                    and _name_word(doc[first - 1]):
                first -= 1
            if first == i:
                continue
            s, e = doc[first].idx, t.idx + len(word)
            out.append(_Candidate(pp.start + s, pp.start + e, pp.raw[s:e], "names", "org"))
    return out


def trade_name_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    """« les Fonderies Tarvel », « les Laboratoires Servier »: a capitalised word saying a firm's trade
    (``types.yml``, ``trade_heads``) opens the firm's name, which runs on over the capitalised words
    after it; the model may tag the proper part alone. Not into a person's name (« le ministre des
    Transports Clément Beaune »: the model's person, or a known given name and a capitalised word)."""
    out = []
    for pp in parsed:
        if pp.lang != "fr" or not pp.doc.has_annotation("DEP"):
            continue
        doc, words = pp.doc, pp.words
        people = {i for ent in doc.ents if ent.label_ in ("PER", "PERSON") for i in range(ent.start, ent.end)}
        for i, word in enumerate(words):
            if not is_trade_head(word) or doc[i].whitespace_ != " ":
                continue
            last = i
            while last + 1 < len(words) and last - i < _MAX_WORDS and _name_word(doc[last + 1]) \
                    and doc[last].whitespace_ == " " and last + 1 not in people \
                    and not (given_name_gender(words[last + 1]) in _GIVEN and last + 2 < len(words)
                             and words[last + 2][:1].isupper()):
                last += 1
            if last == i:
                continue
            s, e = doc[i].idx, doc[last].idx + len(words[last])
            out.append(_Candidate(pp.start + s, pp.start + e, pp.raw[s:e], "names", "org"))
    return out


def coordinated_name_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    """« Lumeria et Orvane s'affrontent »: a capitalised word opening the sentence, the subject, with a
    name the model tagged as its conjunct, is a name of the same kind when the model's vocabulary has
    no vector for it (fr_core_news_md tags such an unknown first word a common noun and misses it; a
    model without vectors must have tagged it a proper noun)."""
    out = []
    for pp in parsed:
        if pp.lang != "fr" or not pp.doc.has_annotation("DEP"):
            continue
        doc = pp.doc
        vectors = doc.vocab.vectors.size > 0
        labels = {i: NER_TYPES[ent.label_] for ent in doc.ents if ent.label_ in NER_TYPES for i in range(ent.start, ent.end)}
        for sent in doc.sents:
            t = sent[0]
            if t.i in labels or not t.text[:1].isupper() or not t.dep_.startswith("nsubj") \
                    or (t.pos_ != "PROPN" if not vectors else not t.is_oov) or not _name_word(t):
                continue
            conj = next((c for c in t.children if c.dep_ == "conj" and c.i in labels), None)
            if conj is not None:
                out.append(_Candidate(pp.start + t.idx, pp.start + t.idx + len(t.text), t.text, "fallback",
                                      labels[conj.i]))
    return out


#: « les Ultras Valentinois 1998, »: capitalised words, then a founding year or a département's number
#: before a stop or a comma, after a capitalised plural common noun (tag/actors/candidates.py).
_NAME_AND_NUMBER = re.compile(r"(?:[ \t]+[A-ZÀ-Þ][\w'-]*){1,2}[ \t]+(?:\d{2,3}|(?:19|20)\d\d)(?=[,.;)])")


def numbered_name(raw: str, pos: int):
    """The rest of a collective name at `pos` closed by a number (see `_NAME_AND_NUMBER`), else None."""
    return _NAME_AND_NUMBER.match(raw, pos)


#: French département numbers, which local associations and unions put at the end of their name.
DEPARTMENT = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]")

#: « l'Union départementale CGT 29 », « la Fédération nationale CFDT »: a union's branch, named by a capitalised
#: head, one or two lowercase adjectives and the confederation's acronym (a département number may close it).
#: The model cuts it in two (« Union départementale » and « CGT 29 »), so one act gave two sources.
_BRANCH = re.compile(r"\b(?:Union|Fédération|Confédération|Syndicat|Coordination)(?:\s+[a-zà-ÿ-]+(?:ale|elle|aire|ique|ienne)){1,2}"
                     rf"\s+[A-Z][A-Z-]{{1,7}}\b(?:\s+(?:{DEPARTMENT.pattern})\b(?!\s*(?:%|€|euros|salariés|ans)))?")


def branch_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    """Unions' branches named by a head, adjectives and an acronym (see `_BRANCH`; French paragraphs)."""
    return [_Candidate(pp.start + m.start(), pp.start + m.end(), m.group(), "names", "org")
            for pp in parsed if pp.lang == "fr" for m in _BRANCH.finditer(pp.raw)]


#: An all-capital acronym as one token (« ESSM », « JL », « BCM »).
_ACRONYM_TOKEN = re.compile(r"[A-Z]{2,6}")


def acronym_place_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    """« l'ESSM Le Portel », « la JDA Dijon », « le BCM Gravelines-Dunkerque »: an acronym right before a
    place's name is one organisation named by its initials and its town, as French clubs and local bodies
    are; the model tags the acronym and the town apart, and the town then stands for the club. Not after
    a title or a role (« le PDG Paris … » is none), nor a news outlet's name (« l'AFP Lorient »)."""
    from .lexicon import _role_words, is_outlet

    out = []
    for pp in parsed:
        if pp.lang != "fr" or not pp.doc.has_annotation("DEP"):
            continue
        doc = pp.doc
        for ent in doc.ents:
            if ent.label_ not in ("LOC", "GPE") or ent.start == 0:
                continue
            acr = doc[ent.start - 1]
            if (not _ACRONYM_TOKEN.fullmatch(acr.text) or acr.whitespace_ != " " or acr.text.lower() in _role_words()
                    or is_outlet(acr.text) or (acr.i > 0 and doc[acr.i - 1].text == "(")):
                continue
            s, e = acr.idx, ent.end_char
            out.append(_Candidate(pp.start + s, pp.start + e, pp.raw[s:e], "names", "org"))
    return out
