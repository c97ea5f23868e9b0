"""Candidate actor spans from every source (gazetteer, @handles, NER, name patterns), and the overlap resolution between them."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.lang import detect
from ...text.segment import ParsedParagraph
from ...types import Attribution, Sentence
from ..quotes import quoted_spans
from ..spans import name_occurrences
from .actor_file import ActorEntry
from .entities import demonym_description, inhabitants, joined_entities, participle_opener, verb_before_object
from .kinds import NER_TYPES, _type_cues
from .shapes import DEPARTMENT, numbered_name
from .lexicon import (
    _ARTICLES,
    _AUXILIARIES,
    _CAPWORD,
    _CONJUNCTIONS,
    _ELISION,
    _GIVEN,
    _HANDLE,
    compound_given_gender,
    given_name_gender,
    _looks_like_person,
    _noise,
    _outlet_index,
    weekdays,
    _role_words,
    _speech_forms,
    _titles,
)
from .state import DocumentActors, _Candidate

_PRIORITY = {"gazetteer": 0, "handle": 1, "acronym": 2, "dateline": 2, "ner": 3, "names": 3, "known": 4, "fallback": 5}


def _overlaps(c: _Candidate, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (c.start, c.start))
    return any(s < c.end and c.start < e for s, e in spans[max(0, i - 1):i + 2])


def _word_pattern(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w@]){re.escape(form)}(?![\w])")


def _gazetteer_candidates(text: str, entries: list[ActorEntry]) -> list[_Candidate]:
    out = []
    for pattern, owner in _gazetteer_index(tuple(entries)):
        for m in pattern.finditer(text):
            entry = owner[m.group().lower() if m.group().startswith("@") else m.group()]
            out.append(_Candidate(m.start(), m.end(), m.group(), "gazetteer", entry.type, entry.name))
    return out


@lru_cache(maxsize=None)
def _metonym_index() -> tuple[re.Pattern, dict[str, str]]:
    table = {_first_lower(k.replace("’", "'")): v for k, v in resources.load("metonyms")["fr"].items()}
    alt = "|".join(f"[{re.escape(k[0])}{re.escape(k[0].upper())}]" + re.escape(k[1:]).replace("'", "['’]")
                   for k in sorted(table, key=len, reverse=True))
    # (a word of its own: not before a capitalised word, « Bercy Arena »)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?![ \t]+[A-ZÀ-Þ])"), table


def metonym_candidates(text: str) -> list[_Candidate]:
    """Places named for the institution they house (``resources/metonyms.yml``): « Bercy » is the economy ministry."""
    pattern, table = _metonym_index()
    out = []
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        words = before.split()
        if words and compound_given_gender(words[-1].strip("«»,;:()")) in _GIVEN or _TITLE_OR_PLACE_BEFORE.search(before) \
                or _CAPITALISED_BEFORE.search(before) or _AT_BEFORE.search(before) and text[m.end():m.end() + 1] != ",":
            continue  # « Jean Matignon », « M. Matignon », « la gare de Bercy », « un concert à Bercy devant … »
        out.append(_Candidate(m.start(), m.end(), m.group(), "gazetteer", "org", table[_first_lower(m.group().replace("’", "'"))]))
    return out


def _first_lower(name: str) -> str:
    return name[:1].lower() + name[1:]


#: A civil title, or « de » (« la commune de Matignon », « les accords de Matignon », « un palace de la place
#: Vendôme »), before a metonym: a person or a place.
_TITLE_OR_PLACE_BEFORE = re.compile(r"(?:\b(?:M\.|Mme|Mlle|Me|Dr)|\b(?:de|du|des|de la)|\bd['’])\s*$")
#: « à » before a metonym is the place (« un concert à Bercy devant … ») unless a comma frames it (« À Bercy, on dément »).
_AT_BEFORE = re.compile(r"(?:\b[àÀ]|\bau)\s+$")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:«»\n])[ \t][A-ZÀ-Þ][\w'’-]*[ \t]$")


def outlet_candidates(text: str) -> list[_Candidate]:
    """News outlets (``resources/outlets.yml``) under their full name: « selon Le Monde », « au Parisien »."""
    pattern, names = _outlet_index()
    out = []
    for m in pattern.finditer(text):
        end = m.end()
        if m.lastgroup == "station":
            # « à France 3 Bretagne Isabelle Moreau »: a given name before a capitalised word opens a person's name
            last = m.group().split()[-1]
            if given_name_gender(last) in _GIVEN and re.match(rf"[^\S\n]+{_CAPWORD}", text[end:]):
                end = m.start() + m.group().rstrip().rfind(" ")
        # (a station is named as written)
        out.append(_Candidate(m.start(), end, text[m.start():end], "gazetteer", "org",
                              names.get(m.lastgroup, text[m.start():end])))
    return out




@lru_cache(maxsize=8)
def _gazetteer_index(entries: tuple[ActorEntry, ...]) -> list[tuple[re.Pattern, dict]]:
    """One compiled alternation per actor file (names case-sensitive, @handles not), built once."""
    names = {f: e for e in entries for f in (e.name, *e.aliases) if not f.startswith("@")}
    handles = {f.lower(): e for e in entries for f in (e.name, *e.aliases) if f.startswith("@")}
    out = []
    for table, flags in ((names, 0), (handles, re.IGNORECASE)):
        if table:
            alternation = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
            out.append((re.compile(rf"(?<![\w@])(?:{alternation})(?![\w])", flags), table))
    return out


def _handle_candidates(text: str, attributions: list[Attribution], known: DocumentActors) -> list[_Candidate]:
    for a in attributions:
        if a.handle:
            known.alias.setdefault(a.handle.lower(), a.author)
    if "@" not in text:
        return []  # (both patterns below need one: most texts have none, and the first is slow to fail)
    # "Name (@handle)" in body text teaches the handle too.
    for m in re.finditer(rf"({_CAPWORD}(?:\s+{_CAPWORD}){{0,3}})\s*\((@\w+)\)", text):
        known.alias.setdefault(m.group(2).lower(), m.group(1))
    out = []
    for m in _HANDLE.finditer(text):
        out.append(_Candidate(m.start(), m.end(), m.group(), "handle", None, None))
    return out


def _hyphen_joined(toks: list) -> bool:
    """Whether the first word is joined by a hyphen to the next (« Deux-Sèvres », « Saint-Malo »): part of the name."""
    return len(toks) > 2 and toks[0].text[:1].isupper() and not toks[0].whitespace_ and toks[1].text == "-" \
        and not toks[1].whitespace_


def _bare_subject(tok) -> bool:
    """Whether a sentence-opening word without article is the subject of the verb right after it
    (« Visionix a critiqué Datalis »): a French common noun takes an article there, a name does not."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or not nxt.text[:1].islower() or tok.lower_.endswith("s") or "Plur" in nxt.morph.get("Number"):
        return False
    if tok.dep_ in ("nsubj", "nsubj:pass") and nxt.pos_ in ("AUX", "VERB"):
        return True
    # (« Verrex traverse une crise » tagged a noun and its adjective: a present verb ending, then an article)
    return (tok.dep_ in ("nsubj", "ROOT") and nxt.pos_ in ("ADJ", "NOUN", "ADV") and _PRESENT_VERB.search(nxt.lower_) is not None
            and tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ == "DET")


_BRETON_CH = re.compile(r"h[a-zà-ÿ]*")
_INVERTED_CLITIC = re.compile(r"-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)")
_PRESENT_VERB = re.compile(r"[a-zà-ÿ]{2}(?:e|ent|it)$")


def _apostrophe_joined(toks) -> bool:
    """« Trans'Kor »: a capitalised first part closed by an apostrophe, no article, glued to the rest."""
    first = toks[0]
    return (len(toks) > 1 and first.text.endswith(("'", "’")) and first.text[:1].isupper() and not first.whitespace_
            and len(first.text) > 3 and not _ELISION.fullmatch(first.text))


#: Quotation marks, which no name the model tags runs across.
_QUOTE_MARKS = frozenset("«»“”\"")


def _entity_span(ent) -> Optional[tuple[int, int]]:
    """Character span of an NER entity trimmed to its name, or None if it is noise.

    Edge words that are articles, elisions, punctuation or lowercase words governed from outside
    the entity are trimmed ("Office commerciaux" → "Office"); lowercase words governed from
    inside stay ("Commission européenne"); an entity with a lowercase word governed from outside
    in its middle is not a name ("which is why I named it").
    """
    noise, particles = _noise()
    toks = list(ent)

    def inside(tok) -> bool:
        return toks[0].i <= tok.head.i <= toks[-1].i  # (a root inside the span counts as attached to it)

    # (a pronoun is a stop word: a name the tagger calls a pronoun, « Ombrelis » for fr_core_news_md, stays)
    while toks and (toks[0].is_punct or _ELISION.fullmatch(toks[0].text) or toks[0].pos_ in ("DET", "ADP")
                    or toks[0].pos_ == "PRON" and toks[0].is_stop
                    or toks[0].lower_ in _ARTICLES or toks[0].lower_ in weekdays() or toks[0].lower_.rstrip(".") in _titles()
                    or not _is_name_word(toks[0].text)) and not _hyphen_joined(toks) and not _apostrophe_joined(toks):
        toks.pop(0)
    if _sector_acronym(toks):
        toks.pop(0)
    # (a name does not run into a quotation: « la décision du Département de « brutale » »)
    quote = next((k for k, t in enumerate(toks) if k and t.text in _QUOTE_MARKS), None)
    if quote is not None:
        toks = toks[:quote]
    while toks and (toks[-1].is_punct or not _is_name_word(toks[-1].text) and not inside(toks[-1])
                    # « a mis en demeure Sorvia lundi »: a day's name in lower case right after a name says when,
                    # it is no part of the name (« Journal du dimanche » keeps its own after its particle)
                    or len(toks) > 1 and toks[-1].lower_ in weekdays() and toks[-1].text[:1].islower()
                    and _is_name_word(toks[-2].text)):
        toks.pop()
    if not toks:
        return None
    if len(toks) == 1 and toks[0].is_sent_start and toks[0].pos_ not in ("PROPN", "X") and not _bare_subject(toks[0]):
        return None  # a capitalised common noun opening a sentence ("Protection des mineurs : …")
    if all(t.lower_ in _role_words() for t in toks):
        return None  # a title ("PDG"), which role phrases handle
    after = toks[-1].i + 1
    if after < len(ent.doc) and not toks[-1].whitespace_ and _INVERTED_CLITIC.fullmatch(ent.doc[after].lower_):
        return None  # a verb before its inverted subject (« — Allez-vous saisir la justice ? »)
    for tok in toks[1:-1]:
        word = tok.text.lower()
        if tok.text[:1].islower() and word not in particles and not word.endswith("'") and not inside(tok):
            return None
    if _department_number(toks[-1], ent):
        toks.append(ent.doc[toks[-1].i + 1])  # « Panier Citoyen 38 »: the number is the name's
    span_text = ent.doc[toks[0].i:toks[-1].i + 1].text
    words = re.findall(r"[\w'-]+", span_text)
    if all(w.lower() in noise for w in words) or not any(ch.isupper() for ch in span_text) or len(span_text) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _department_number(last, ent) -> bool:
    """Whether the word after an organisation's name is a département number that ends the name
    (« l'association Panier Citoyen 38 s'est invitée »), not a quantity (« Verrex 38 salariés »)."""
    doc, i = ent.doc, last.i + 1
    if ent.label_ in ("PER", "LOC") or i >= len(doc) or not last.whitespace_ or not DEPARTMENT.fullmatch(doc[i].text):
        return False
    # (a plural verb after it makes the number its subject: « Selon la CGT 45 seront licenciés »)
    return i + 1 == len(doc) or doc[i + 1].pos_ in ("VERB", "AUX", "PUNCT", "PRON", "ADV", "CCONJ", "SCONJ") \
        and "Plur" not in doc[i + 1].morph.get("Number")


def _sector_acronym(toks) -> bool:
    """« le groupe de BTP Batiroute », « une société d'IA Nébula »: an acronym after a cue noun and
    « de » is the noun's complement (the sector), a descriptor, not the first word of the name after it."""
    if len(toks) < 2 or toks[0].i < 2 or not re.fullmatch(r"[A-Z]{2,5}", toks[0].text):
        return False
    doc = toks[0].doc
    de, noun = doc[toks[0].i - 1], doc[toks[0].i - 2]
    return de.lower_ in ("de", "d'", "d’") and noun.lower_ in _org_cue_nouns()


@lru_cache(maxsize=None)
def _org_cue_nouns() -> frozenset[str]:
    return frozenset(w for w in resources.load("types")["cues_before"]["org"] if " " not in w)


def _is_name_word(word: str) -> bool:
    w = word.strip(".,;:!?»«\"“”()")
    return bool(w) and (w[0].isupper() or w[0].isdigit() or any(ch.isupper() for ch in w[1:]))


def _foreign_quotes(parsed: list[ParsedParagraph]) -> list[tuple[int, int]]:
    """Quoted spans written in another language than their paragraph (document offsets, sorted)."""
    out = []
    for pp in parsed:
        for a, b in quoted_spans(pp.raw):
            words = pp.raw[a:b].split()
            if len(words) >= 3 and detect(pp.raw[a:b], prior=[pp.lang])[0] != pp.lang:
                out.append((pp.start + a, pp.start + b))
    return sorted(out)


def _text_of(pp: ParsedParagraph, s: int, e: int) -> str:
    # The parse saw hard-wrap newlines as spaces; the contract's text is documents.text itself.
    return pp.raw[s:e]


def _org_heads() -> frozenset[str]:
    return _type_cues()[2]


def _org_suffixes() -> frozenset[str]:
    return _type_cues()[1]


@lru_cache(maxsize=None)
def _multiword_heads() -> tuple[str, ...]:
    return tuple(h + " " for h in _org_heads() if " " in h)


@lru_cache(maxsize=None)
def _institution_heads() -> frozenset[str]:
    """Capitalised first words that make a name an institution (« Ville de X », « Union … »), never a person's."""
    return _org_heads() | {w for w in resources.load("types")["institutions"] if w[:1].isupper()}


#: Particles of place and company names (« Saint-Rémy en Provence », "Bank of America"), not of people's.
_PLACE_PARTICLES = frozenset({"à", "en", "sur", "of", "the", "for", "on", "für"})
#: A preposition between words, which no person's name holds.
_PREPOSITION_INSIDE = re.compile(r"\s+(?:à|au|aux|chez|contre|pour|avec|sur|dans)\s+")


def _ner_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    out = []
    for pp in parsed:
        if not pp.doc.has_annotation("DEP"):
            continue  # no statistical model for this paragraph's language
        for ent in joined_entities(pp.doc):
            if ent.label_ not in NER_TYPES:
                continue
            span = _entity_span(ent)
            if span is None or participle_opener(ent) or demonym_description(ent) or inhabitants(ent):
                continue
            s, e = span
            last = ent.end - 1
            while last > ent.start and pp.doc[last].text[:1].islower() and (
                    "Part" in pp.doc[last].morph.get("VerbForm") or pp.doc[last].pos_ not in ("NOUN", "PROPN", "ADJ")
                    and pp.doc[last].lower_.endswith(("é", "ée", "és", "ées"))
                    or "Fin" in pp.doc[last].morph.get("VerbForm") and pp.doc[last].pos_ == "VERB"
                    or pp.doc[last].pos_ == "VERB" and pp.doc[last].dep_ == "ROOT" or verb_before_object(pp.doc[last], ent)
                    # (« par les Harfangs de Caen vire au règlement de comptes »: md reads the verb as an
                    # infinitive on the name; no French name runs a bare verb on from a capitalised word)
                    or pp.doc[last].pos_ == "VERB" and pp.doc[last - 1].text[:1].isupper()):
                # « Stade lavallois limogé » in a headline: the model ran the name on into a participle
                # (or into its verb: « Électrys emploie aujourd'hui quarante salariés », « le groupe Nexoria
                # vire au conflit », the sentence's main verb whatever form the tagger gave it)
                last -= 1
                e = min(e, pp.doc[last].idx + len(pp.doc[last].text))
            if last > ent.start + 1 and "Inf" in pp.doc[last].morph.get("VerbForm") and pp.doc[last].text[:1].islower() \
                    and pp.doc[last - 1].lower_ in ("de", "d'"):
                # « reproche à l'Autorité de méconnaître le secteur »: the infinitive is the reproach's
                e = min(e, pp.doc[last - 2].idx + len(pp.doc[last - 2].text))
            if ent.label_ in ("PER", "PERSON"):
                # « contre Thierry Vasselin à Niort »: the model ran a person's name on into a place
                cut = _PREPOSITION_INSIDE.search(pp.raw, s, e)
                if cut:
                    e = cut.start()
            if pp.raw[e - 1:e] == "'" and (breton := _BRETON_CH.match(pp.raw, e)):
                e = breton.end()  # « Kerloc'h », « Le Goarc'h »: the tokenizer cut the Breton « c'h »
            if not pp.raw[s:e].strip():
                continue  # nothing left of the name
            root = ent.root
            while root.dep_ in ("flat:name", "flat", "compound") and root.head.i != root.i:
                root = root.head
            first = next(t for t in ent if t.idx >= s)
            out.append(_Candidate(pp.start + s, pp.start + e, _text_of(pp, s, e), "ner", NER_TYPES[ent.label_],
                                  agent=root.dep_ == "nsubj", proper=first.pos_ == "PROPN"))
    return out


def _register_names(cands: list[_Candidate], known: DocumentActors) -> dict[str, list[int]]:
    """Multi-word names of the document with where they occur; gazetteer/acronym names resolved."""
    names: dict[str, list[int]] = defaultdict(list)
    # (a name the shape rules class an organisation, « Novaplex Intérim », is none of the people,
    # whatever the model read: its first word is then short for it, not its last)
    shaped_orgs = {c.actor or c.text for c in cands if c.source == "names" and c.label == "org"}
    for c in cands:
        if c.source in ("gazetteer", "ner", "acronym", "names") and len(c.text.split()) >= 2:
            names[c.actor or c.text].append(c.start)
            if c.label == "person" and (c.actor or c.text) not in shaped_orgs:
                known.people.add(c.actor or c.text)
    return names


def _author_candidates(text: str, parsed: list[ParsedParagraph], attributions: list[Attribution]) -> list[_Candidate]:
    """The author named on each attribution line under an embedded post."""
    starts = {pp.para.para_id: pp.para.start for pp in parsed}
    out = []
    for a in attributions:
        line_start = starts[a.para_id]
        pos = text.find(a.author, line_start)
        if pos >= 0:
            label = "person" if _looks_like_person(a.author) and len(a.author.split()) >= 2 else None
            out.append(_Candidate(pos, pos + len(a.author), a.author, "ner", label))
    return out


def _person_name_candidates(text: str) -> list[_Candidate]:
    """A known given name followed by capitalised words ("Marie Dubreuil"): a person, even where NER missed it."""
    noise, particles = _noise()
    # "Emmanuel Macron et Olaf Scholz" are two people: no conjunction inside a person's name
    # nor a preposition (« Thierry Vasselin à Niort »): those particles belong to places and firms
    part = "|".join(re.escape(p) for p in sorted(particles - _CONJUNCTIONS - _PLACE_PARTICLES, key=len, reverse=True))
    name = r"(?:[A-Z]'[A-ZÀ-Þ][a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
    out = []
    pattern = re.compile(rf"(?<![\w@#])(?P<first>{name})(?:\s+(?:(?:{part})\s+)?{name}(?:[-'][A-ZÀ-Þ][\w]+)?){{1,2}}(?![\w-])")
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        first = m.group("first")
        # (never right after an article: « le député du Cher Julien Carrère » names the Cher, then the person)
        if (first.lower() not in noise and compound_given_gender(first) in _GIVEN and not _division_of(text, m)
                and not _ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start())
                and first not in _institution_heads()  # « Ville de Niort »: « Ville » is also a Finnish name
                and not m.group().startswith(_multiword_heads())  # « France Bleu Mayenne »
                and m.group().split()[-1] not in _org_suffixes()):  # « Altaïr Médias »: a firm's legal or trade word
            out.append(_Candidate(m.start(), m.end(), m.group(), "names", "person"))
            pos = m.end()
        else:
            pos = m.end("first")  # « au Télégramme Loïc Kerhervé »: the name may start at the next word
    return out


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:du|des|au|aux)\s+$")


def _division_of(text: str, m: re.Match) -> bool:
    """« le directeur France de Nexoria »: a role, a region that is also a given name, and an
    organisation the text names on its own elsewhere (a surname with a particle keeps it)."""
    before = text[max(0, m.start() - 30):m.start()].split()
    words = m.group().split()
    if not before or before[-1].lower() not in _role_words() or len(words) < 3 or words[1].lower() not in ("de", "du"):
        return False
    tail = " ".join(words[2:])
    return any(text[max(0, k.start() - 3):k.start()].strip().lower() not in ("de", "du", "d'")
               for k in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", text))


@lru_cache(maxsize=None)
def _institution_pattern() -> re.Pattern:
    heads = resources.load("types")["institutions"]
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    # (one lowercase noun with its article may stand between: « le rectorat de l'académie de Grenoble »)
    # (after an elided article too: « l'université de Rennes », « l'aéroport de Castres »)
    # (a head written with its capital takes its name with no « de »: « le Centre hospitalier Val-de-Creuse »)
    capital = "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(heads, key=len, reverse=True) if " " in h)
    return re.compile(rf"(?:(?<=[lL]')|(?<![\w']))(?:(?:{alt})(?:\s+(?:de\s+l'|de\s+la\s+|du\s+)?[a-zà-ÿ-]+){{0,2}}?\s+"
                      rf"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')|(?:{capital})\s+)"
                      rf"{_CAPWORD}(?:[\s-]+(?:sur|sous|en|lès|les|de|du)?[\s-]*{_CAPWORD})*")


@lru_cache(maxsize=None)
def _club_pattern() -> re.Pattern:
    prefixes = resources.load("types")["club_prefixes"]
    alt = "|".join(re.escape(h) for h in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})\s+{_CAPWORD}(?:[ \t-]+(?:(?:sur|sous|en|lès|de|du|d')[ \t-]*)?{_CAPWORD})*")


_NAME_AFTER_DE = re.compile(rf"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?:{_CAPWORD}|[A-ZÀ-Þ][\w’-]*)"
                            rf"(?:[ \t-]+(?:(?:sur|sous|en|lès|de|du|des|d['’])[ \t-]*)?{_CAPWORD})*")
_CAPITALISED_PLURAL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+[sx]")
#: « les Mouettes Portelloises », « les Goélands Vannetais »: a capitalised plural noun and a capitalised plural
#: demonym adjective name a team or a group the way « les Vignerons de X » does (a town's people would be
#: « les Portelois » alone; an adjective after a common noun is written in lower case, « les mouettes portelloises »).
_PLURAL_DEMONYM_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ-]+(?:ais|aises|ois|oises|iens|iennes|éens|éennes|ains|aines)(?![\w-])")


def _org_name_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    """Organisation names whose shape the NER model splits or misreads (French paragraphs).

    * a sports-club prefix and the name after it (« l'AS Garonne », « le FC Nantes »): the prefix is
      part of the name and makes it an organisation (``types.yml``, ``club_prefixes``);
    * a capitalised plural common noun in mid-sentence, « de » and a name (« les Vignerons de X »,
      « les Chantiers de l'Atlantique »): a collective name, not a noun and a place; plural heads that
      name places (« Pays de la Loire », « Îles de … ») are excluded (``plural_place_heads``).
    """
    data = resources.load("types")
    places = frozenset(data["plural_place_heads"])
    out = []
    for pp in parsed:
        if pp.lang != "fr" or not pp.doc.has_annotation("DEP"):
            continue
        for m in _club_pattern().finditer(pp.raw):
            out.append(_Candidate(pp.start + m.start(), pp.start + m.end(), m.group(), "names", "org"))
        for i, word in enumerate(pp.words):
            if not word[:1].isupper() or not _CAPITALISED_PLURAL.fullmatch(word):  # (first: most words need no Token)
                continue
            t = pp.doc[i]
            if (t.is_sent_start or t.pos_ not in ("NOUN", "PROPN") or word.lower() in places
                    or t.lemma_.lower() == word.lower() and "Plur" not in t.morph.get("Number")):
                continue  # a capitalised plural common noun whose singular differs (« Vignerons » → vigneron)
            # (or capitalised words closed by a founding year or a number: « les Ultras Valentinois 1998, »)
            m = (_NAME_AFTER_DE.match(pp.raw, t.idx + len(word)) or numbered_name(pp.raw, t.idx + len(word))
                 or _PLURAL_DEMONYM_AFTER.match(pp.raw, t.idx + len(word)))
            if m:
                out.append(_Candidate(pp.start + t.idx, pp.start + m.end(), pp.raw[t.idx:m.end()], "names", "org"))
    return out


def society_candidates(text: str) -> list[_Candidate]:
    """Names of associations and bodies with lower-case words inside (« Amicale des locataires des
    Sablons », « Chambre de commerce de Lyon »), which the model cuts into a noun and a place."""
    out = []
    for m in _society_pattern().finditer(text):
        end = m.end()
        # a person's name may follow (« l'Association des maires de France Paul Dubois a protesté »): the
        # name of where the members gather stops before a given name
        tail = list(re.finditer(r"[\s-]+(\S+)", text[m.start():m.end()]))
        for k, w in enumerate(tail[1:], 1):
            if given_name_gender(w.group(1)) in _GIVEN and tail[k - 1].group(1)[:1].isupper():
                end = m.start() + w.start()
                break
        out.append(_Candidate(m.start(), end, text[m.start():end], "names", "org"))
    return out


@lru_cache(maxsize=None)
def _society_pattern() -> re.Pattern:
    heads = "|".join(map(re.escape, resources.load("types")["society_heads"]))
    de = r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
    return re.compile(rf"(?<![\w-])(?:{heads})(?:\s+{de}[a-zà-ÿ][a-zà-ÿ-]+(?:\s+[a-zà-ÿ][a-zà-ÿ-]+)?){{1,2}}"
                      rf"\s+{de}{_CAPWORD}(?:[\s-]+{_CAPWORD})*")


def _classed_name_candidates(text: str) -> list[_Candidate]:
    """A name the text classes with an organisation noun after an article: « la compagnie Iroise
    Ferries », « le groupe Distrimarché », « du fonds lyonnais Rhône Amorçage ».

    The small French model misses many invented or rare company names, but French press names
    a company it introduces with its class noun (``types.yml``, ``cues_before`` ``org``); the
    capitalised words after the noun (and one adjective) are the name. An agent noun (« l'industriel
    breton Vincent Kerlann », « le producteur X ») also describes people: before a known given name
    it classes nothing.
    """
    out = []
    for m in _classed_name_pattern().finditer(text):
        first = m.group("name").split()[0]
        if m.group("noun").lower().endswith(_AGENT_ENDINGS) and given_name_gender(first) in _GIVEN:
            continue
        end = m.end("name")
        if m.group("noun").lower() in _and_named():
            # « l'association Eau et Rivières de Bretagne »: associations and firms of counsel take names
            # joined by « et » (two bodies would be « les associations X et Y »)
            more = _AND_NAME.match(text, end)
            if more and not _PLURAL_VERB.match(text, more.end()):
                end = more.end()  # (a plural verb after them, « … et Sea Shepherd ont dénoncé », makes two subjects)
        linked = _LINKED_NAME.match(text, end)
        if linked and text.count(text[m.start("name"):linked.end()]) >= 2:
            # « le festival Musiques en Bretagne », « le label Tôt ou Tard »: a name may join two capitalised
            # words with « en » or « ou »; a place or an alternative after a name (« le groupe Lactalis en
            # Bretagne ») is said once, a name the article repeats word for word
            end = linked.end()
        out.append(_Candidate(m.start("name"), end, text[m.start("name"):end], "names", "org"))
    # « la Fondation Castaing »: a capitalised class noun opens the name itself (the model may tag the
    # surname alone, which would then stand for the person of that surname)
    out += [_Candidate(m.start("name"), m.end("name"), m.group("name"), "names", "org")
            for m in _class_opened_pattern().finditer(text)]
    return out


@lru_cache(maxsize=None)
def _class_opened_pattern() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in resources.load("types")["named_with_class"])
    return re.compile(rf"(?<![\w'])(?:[lL]a|[lL]e|[lL]'|[dD]e\s+la|[dD]u|[aA]u|[àÀ]\s+la)\s*"
                      rf"(?P<name>(?:{nouns})(?:[ \t]+(?:(?:de|du|des|d')[ \t]*)?{_CAPWORD})+)")


_AGENT_ENDINGS = ("eur", "euse", "iel", "ier", "ant", "iste")
_LINKED_NAME = re.compile(rf"[ \t]+(?:en|ou)[ \t]+{_CAPWORD}(?:[ \t]+(?:(?:de|du|des|d')[ \t]*)?{_CAPWORD})*")
_AND_NAME = re.compile(rf"[ \t]+et[ \t]+{_CAPWORD}(?:[ \t]+(?:(?:de|du|des|d')[ \t]*)?{_CAPWORD})*")
#: A verb of the third person plural after a name, its clitics first (« ont », « sont », « se disent », « accusent »; not
#: an adverb in -ment): « la fondation X et Y accusent » joins two subjects, where one name would take the singular.
_PLURAL_VERB = re.compile(r"[ \t]+(?:(?:ne|n'|se|s'|y|en|leur|les|lui|l')[ \t]*)*(?:ont|sont|font|vont|[a-zàâçéèêëîïôûù]+(?<!m)ent)\b")


@lru_cache(maxsize=None)
def _and_named() -> frozenset[str]:
    """Class nouns whose names may join two words with « et » (types.yml and_named)."""
    return frozenset(resources.load("types")["and_named"])


@lru_cache(maxsize=None)
def _classed_name_pattern() -> re.Pattern:
    nouns = resources.load("types")["cues_before"]["org"]
    alt = "|".join(re.escape(n) for n in sorted(set(nouns), key=len, reverse=True))
    # an article (or « au », « du ») before the noun: « Compagnie » capitalised opens a name itself
    article = r"(?<![\w'])(?:[lL]es|[lL]e|[lL]a|[lL]'|[dD]u|[aA]u|[dD]es|[aA]ux)\s*"
    # (an adjective by its ending: « recrute » in « le club recrute X » is none)
    adjective = r"(?:\s+[a-zà-ÿ]{2,}(?:ais|aise|ois|oise|ien|ienne|al|ale|el|elle|in|ine|if|ive|ique|aire|ain|aine|é|ée|an|ane))?"
    name = rf"(?P<name>{_CAPWORD}(?:[ \t]+(?:(?:de|du|des|d')[ \t]*)?{_CAPWORD})*)"
    # (a sector acronym after « de »: « le groupe de BTP Castelbat », as _sector_acronym reads it)
    return re.compile(rf"{article}(?P<noun>{alt}){adjective}(?:\s+(?:de\s+|d')[A-Z]{{2,5}})?\s+{name}")


def _institution_candidates(text: str) -> list[_Candidate]:
    """Institutions named by their seat: "tribunal administratif d'Orléans", "université d'Édimbourg".

    A town's own organs (``types.yml``, ``town_organs``: « le conseil municipal de X », « la mairie
    de X ») act for the town, as « la commune » and « la ville » do: their actor is the town itself.
    """
    out = []
    for m in _institution_pattern().finditer(text):
        organ = town_organ(m.group())
        if organ:
            out.append(_Candidate(m.start(), m.end(), m.group(), "names", None, actor=m.group()[organ.end():]))
        else:
            out.append(_Candidate(m.start(), m.end(), m.group(), "names", "org"))
    return out


def town_organ(name: str) -> Optional[re.Match]:
    """The « conseil municipal de » that opens `name` when it names a town's organ, else None."""
    return _town_organ_pattern().match(name)


@lru_cache(maxsize=None)
def _town_organ_pattern() -> re.Pattern:
    organs = resources.load("types")["town_organs"]
    alt = "|".join(re.escape(h) for h in sorted(organs, key=len, reverse=True))
    # the organ's words in any case (« Mairie de X »), the article of the town's name kept (« de La Rochelle »)
    return re.compile(rf"(?i:{alt})\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+|d')")


def _known_candidates(text: str, cands: list[_Candidate], known: DocumentActors) -> list[_Candidate]:
    """Every other occurrence of a name the document already uses (NER misses, other languages)."""
    forms = {c.text for c in cands if (c.source in ("ner", "acronym") or c.source == "names" and c.label == "org")
             and len(c.text) >= 2}
    forms |= {a for a in known.alias if not a.startswith("@") and a[:1].isupper()}
    forms |= {name.split()[-1] for name in known.people if len(name.split()) >= 2}  # surnames NER missed
    noise, _ = _noise()
    forms = sorted((f for f in forms if f.lower() not in noise), key=len, reverse=True)
    if not forms:
        return []
    # one search for the whole document: the longest form wins at each position
    return [_Candidate(s, e, text[s:e], "known") for s, e in name_occurrences(text, forms)]



def _fallback_candidates(parsed: list[ParsedParagraph], sentences: list[Sentence], text: str) -> list[_Candidate]:
    """Capitalised names in paragraphs that no NER model covers (e.g. English posts).

    A capitalised first word of a sentence is kept only when the document also capitalises it
    mid-sentence, or a verb follows it ("Fabrika said …", "Batexa declined …"): otherwise it is
    just a first word.
    """
    noise, particles = _noise()
    verbs = _speech_forms()
    part = "|".join(sorted(particles - _CONJUNCTIONS, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@#“\"«]){_CAPWORD}(?:[ \t]+(?:(?:{part})[ \t]+)?{_CAPWORD})*(?![\w”\"»])")
    sent_starts = {s.start for s in sentences}
    found = []
    for pp in parsed:
        if pp.doc.has_annotation("DEP") or pp.para.block == "attribution":
            continue
        for m in pattern.finditer(pp.raw):
            s = pp.start + m.start()
            span = re.sub(r"'s$", "", m.group().rstrip("'"))  # "Sunday's" → "Sunday"
            words = span.split()
            if all(w.lower() in noise for w in words) or words[0].lower() in noise or span == "I":
                continue
            if all(w.lower() in _role_words() for w in words) or (len(words) == 1 and len(span) < 3):
                continue  # a title ("CEO") or a fragment
            initial = s in sent_starts or text[max(0, s - 2):s].strip() in ("", ".", "!", "?", ":")
            found.append((s, span, initial))
    mid_sentence = {span for _, span, initial in found if not initial}
    out = []
    for s, span, initial in found:
        internal = any(ch.isupper() for ch in span[1:]) or any(ch.isdigit() for ch in span)
        if initial and " " not in span and not internal and span not in mid_sentence:
            after = re.match(r"\s+(\w+)", text[s + len(span):s + len(span) + 30])
            nxt = after.group(1) if after else ""
            # "Fabrika said", "Batexa declined", "Orvane has": a name is a sentence's subject
            if not (nxt.lower() in verbs or nxt in _AUXILIARIES or (nxt.islower() and nxt.endswith("ed"))):
                continue  # a capitalised first word is usually just a first word
        out.append(_Candidate(s, s + len(span), span, "fallback"))
    return out


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Best candidates first (by source, then length); a span overlapping a chosen one is dropped."""
    ranked = sorted(cands, key=lambda c: (_PRIORITY[c.source], -(c.end - c.start), c.start, c.text))
    starts: list[int] = []  # chosen spans never overlap, so sorted starts imply sorted ends
    ends: list[int] = []
    chosen = []
    for c in ranked:
        i = bisect.bisect_left(starts, c.end)  # chosen spans starting before c ends
        if i and ends[i - 1] > c.start:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)

