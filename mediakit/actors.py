"""Actor mentions: NER, gazetteer, @handles, acronyms, surnames and role phrases, resolved per document.

Notes:
    Within a document the fullest form names the actor ("Dubreuil" → "Marie Dubreuil"), following the
    "one sense per discourse" observation for person names (Gale, Church & Yarowsky 1992) used by
    most news-entity linkers. Role phrases ("le milliardaire") resolve to an apposed name, else to
    the nearest preceding person, the salience heuristic of Lappin & Leass (1994) reduced to recency.
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import yaml

from . import resources
from .errors import MediakitError
from .lang import detect
from .quotes import quoted_spans
from .segment import ParsedParagraph
from .types import ACTOR_TYPES, Attribution, Mention, Sentence

NER_TYPES = {"PER": "person", "PERSON": "person", "ORG": "org", "LOC": "place", "GPE": "place",
             "MISC": "other", "PRODUCT": "product", "NORP": "other", "FAC": "place", "EVENT": "other",
             "WORK_OF_ART": "product"}
_TYPE_ORDER = {t: i for i, t in enumerate(("person", "org", "product", "place", "other"))}
_PRIORITY = {"gazetteer": 0, "handle": 1, "acronym": 2, "ner": 3, "names": 3, "known": 4, "fallback": 5}
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{1,30}(?:@[\w.]+)?")
_ELISION = re.compile(r"^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[lL]orsqu|[pP]uisqu|[jJ]usqu)'")
# A capitalised word (no dot: "Austin. He" is two sentences), or an internal capital ("eBay").
_CAPWORD = r"(?:[A-ZÀ-ÖØ-Þ][\w&'-]*|[a-z]+[A-Z][\w-]*)"


@dataclass(frozen=True)
class ActorEntry:
    """One actor of an actor file: canonical name, type and aliases."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


def load_actor_file(path: Path) -> list[ActorEntry]:
    """Read an actor file (`actors.yml` or `.toml`): a list of {name, type, aliases}."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise MediakitError(path, f"cannot read actor file ({type(exc).__name__})") from exc
    items = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise MediakitError(path, "actor file must hold a list 'actors' of {name, type, aliases}")
    entries = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise MediakitError(path, f"actor #{i} has no 'name'")
        kind = item.get("type", "other")
        if kind not in ACTOR_TYPES:
            raise MediakitError(path, f"actor {item['name']!r} has type {kind!r}; expected one of {', '.join(ACTOR_TYPES)}")
        aliases = item.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, (str, int, float)) for a in aliases):
            raise MediakitError(path, f"actor {item['name']!r}: 'aliases' must be a list of names")
        entries.append(ActorEntry(item["name"].strip(), kind, tuple(str(a).strip() for a in aliases if str(a).strip())))
    return entries


@lru_cache(maxsize=None)
def _noise() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.load("noise")
    return frozenset(w.lower() for w in data["words"]), frozenset(w.lower() for w in data["particles"])


@lru_cache(maxsize=None)
def _role_words() -> frozenset[str]:
    data = resources.load("roles")
    return frozenset(w.lower() for lang in data.values() if isinstance(lang, dict) for words in lang.values() for w in words)


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in resources.load("noise")["titles"])


@lru_cache(maxsize=None)
def _role_pattern() -> tuple[re.Pattern, frozenset[str]]:
    data = resources.load("roles")
    person = {w.lower() for lang in data.values() if isinstance(lang, dict) for w in lang.get("person", [])}
    org = {w.lower() for lang in data.values() if isinstance(lang, dict) for w in lang.get("org", [])}
    words = "|".join(re.escape(w) for w in sorted(person | org, key=len, reverse=True))
    adjectives = _longest_first("actuel actuelle ancien ancienne nouveau nouvel nouvelle jeune puissant puissante "
                                "richissime célèbre fantasque current former new outgoing controversial")
    qualifiers = _longest_first("américain américaine français française européen européenne exécutif exécutive "
                                "général générale adjoint adjointe délégué déléguée gérant gérante financier "
                                "financière commercial commerciale technique juridique opérationnel "
                                "opérationnelle national nationale régional régionale sportif sportive "
                                "artistique scientifique médical médicale")
    pattern = re.compile(
        rf"(?<![\w'])(?P<det>[Ll]e|[Ll]a|[Ll]'|[Ss]on|[Ss]a|[Ll]eur|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s*"
        rf"(?:{adjectives}\s+)?(?P<role>(?i:{words}))(?![\w-])"
        rf"(?:\s+(?:{adjectives}|{qualifiers}|{_ADJECTIVE}))?(?![\w-])"
        rf"(?:(?P<prep>\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+the\s+|of\s+))"
        rf"(?P<obj>{_CAPWORD}(?:\s+{_CAPWORD})*|[a-zà-ÿ-]{{3,}}(?:\s+[a-zà-ÿ-]{{3,}})?(?=\s*,)))?"
    )
    return pattern, frozenset(person), frozenset(org)


# A lowercase word with a French adjective ending ("sortant", "financier"): a role's qualifier.
_ADJECTIVE = r"[a-zà-ÿ]{3,}(?:ant|ante|ien|ienne|al|ale|el|elle|if|ive|ier|ière|é|ée|aire|ique|ain|aine|ais|aise|ois|oise)"


def _longest_first(words: str) -> str:
    return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    source: str  # gazetteer, handle, acronym, ner, known, fallback
    label: Optional[str] = None  # NER label or actor-file type
    actor: Optional[str] = None  # canonical name when the source already knows it
    agent: bool = False  # the grammatical subject of a verb
    proper: bool = True  # the first word was tagged a proper noun (not "Laiterie")


@dataclass
class DocumentActors:
    """What a document teaches about its actors: aliases to canonical names and type votes."""

    alias: dict[str, str] = field(default_factory=dict)
    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    cues: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    agent: Counter = field(default_factory=Counter)
    proper: Counter = field(default_factory=Counter)
    people: set = field(default_factory=set)
    names: dict = field(default_factory=dict)
    fixed_type: dict[str, str] = field(default_factory=dict)


def extract_mentions(doc_id: str, text: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                     attributions: list[Attribution], gazetteer: Iterable[ActorEntry] = (),
                     blocked: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """All actor mentions of one document, with canonical actor names and types."""
    gazetteer = list(gazetteer)
    blocked = sorted(blocked)
    starts = [s.start for s in sentences]
    known = DocumentActors()
    for entry in gazetteer:
        known.fixed_type[entry.name] = entry.type
        for form in (entry.name, *entry.aliases):
            known.alias[form.lower() if form.startswith("@") else form] = entry.name

    cands: list[_Candidate] = []
    cands += _gazetteer_candidates(text, gazetteer)
    cands += _handle_candidates(text, attributions, known)
    cands += _acronym_candidates(text, known)
    cands += _ner_candidates(parsed)
    cands += _author_candidates(text, parsed, attributions)
    cands += _person_name_candidates(text)
    cands += _institution_candidates(text)
    cands = [c for c in cands if not _overlaps(c, blocked)]
    foreign = _foreign_quotes(parsed)
    # the French model reads capitalised German or Spanish nouns as names ("« Wir glauben … »")
    cands = [c for c in cands if not (c.source == "ner" and _overlaps(c, foreign))]
    known.names = _register_names(cands, known)
    cands += _known_candidates(text, cands, known)
    cands += _fallback_candidates(parsed, sentences, text)
    chosen = _resolve_overlaps(cands)

    mentions: list[Mention] = []
    resolved: list[tuple[_Candidate, str]] = []
    for c in chosen:
        actor = c.actor or _canonical(c, known)
        if actor is None:
            continue
        if c.label:
            known.votes[actor][c.label] += 1
        known.agent[actor] += c.agent
        known.proper[actor] += c.proper
        cue = _cue_type(text, c.start, c.end)
        if cue:
            known.cues[actor][cue] += 1
        resolved.append((c, actor))
    types = {actor: _actor_type(actor, known) for _, actor in resolved}
    for c, actor in resolved:
        method = {"gazetteer": "gazetteer", "handle": "handle"}.get(c.source, "ner")
        if c.source in ("ner", "names", "acronym", "known", "fallback") and actor != c.text:
            method = "alias"
        mentions.append(Mention(doc_id, _sent_of(starts, c.start), c.start, c.end, c.text, actor, types[actor], method))
    mentions += _role_mentions(doc_id, text, sentences, starts, mentions)
    mentions.sort(key=lambda m: (m.start, m.end, m.actor))
    return mentions


def _sent_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


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
    # "Name (@handle)" in body text teaches the handle too.
    for m in re.finditer(rf"({_CAPWORD}(?:\s+{_CAPWORD}){{0,3}})\s*\((@\w+)\)", text):
        known.alias.setdefault(m.group(2).lower(), m.group(1))
    out = []
    for m in _HANDLE.finditer(text):
        out.append(_Candidate(m.start(), m.end(), m.group(), "handle", None, None))
    return out


def _acronym_candidates(text: str, known: DocumentActors) -> list[_Candidate]:
    """'Digital Marketing Center (DMC)': the acronym becomes an alias of its expansion.

    The expansion is found as in Schwartz & Hearst (2003), "A simple algorithm for identifying
    abbreviation definitions in biomedical text": the acronym's letters are matched right to left
    against the words before the parenthesis, the first letter at the start of a word, within a
    window of min(|A| + 8, 3|A|) words. Leading lowercase words ("l'association …") are dropped.
    """
    out = []
    for m in re.finditer(r"\((?P<acr>[A-Z][A-Za-z0-9&]{1,9})\)", text):
        acr = m.group("acr")
        letters = [_fold(ch).lower() for ch in acr if ch.isalpha()]
        window_start = max(0, m.start() - 300)
        before = text[window_start:m.start()].rstrip()
        cut = max(before.rfind(ch) for ch in ".!?;:\n()")
        words = list(re.finditer(r"[\w'-]+", before[cut + 1:]))
        words = words[-min(len(letters) + 8, 3 * len(letters)):]
        start = _schwartz_hearst(letters, [_ELISION.sub("", w.group()) for w in words])
        if start is None:
            continue
        offset = window_start + cut + 1
        s = offset + words[start].start()
        while True:  # drop leading lowercase words and elided articles
            el = _ELISION.match(text[s:])
            if el:
                s += el.end()
                continue
            word = re.match(r"[\w-]+\s+", text[s:m.start()])
            if word and word.group()[:1].islower():
                s += word.end()
                continue
            break
        long_form = text[s:offset + len(before[cut + 1:])].strip()
        if not long_form[:1].isupper():
            # "la chambre régionale des comptes (CRC)": a lowercase institution is still its name
            s = offset + words[start].start()
            el = _ELISION.match(text[s:])
            s += el.end() if el else 0
            long_form = text[s:offset + len(before[cut + 1:])].strip()
        if len(long_form.split()) >= 2 and len(long_form) > len(acr):
            known.alias[acr] = long_form
            out.append(_Candidate(s, s + len(long_form), long_form, "acronym", None, long_form))
    for acr, long_form in list(known.alias.items()):
        if acr.isupper() and long_form != acr:
            for m in _word_pattern(acr).finditer(text):
                out.append(_Candidate(m.start(), m.end(), acr, "acronym", None, long_form))
    return out


def _schwartz_hearst(letters: list[str], words: list[str]) -> Optional[int]:
    """Index of the word where the expansion of `letters` starts, or None."""
    chars = [(_fold_word(w), i) for i, w in enumerate(words)]
    li = len(letters) - 1
    wi = len(chars) - 1
    pos = len(chars[wi][0]) - 1 if chars else -1
    while li >= 0 and wi >= 0:
        word, _ = chars[wi]
        found = False
        while pos >= 0:
            first_needed = li == 0
            if word[pos:pos + 1] == letters[li] and (not first_needed or pos == 0):
                found = True
                pos -= 1
                break
            pos -= 1
        if found:
            li -= 1
            if li < 0:
                return wi
            continue
        wi -= 1
        pos = len(chars[wi][0]) - 1 if wi >= 0 else -1
    return None


def _fold(ch: str) -> str:
    """A letter without its accent, upper-cased ("É" → "E")."""
    return unicodedata.normalize("NFD", ch)[0].upper()


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
        return toks[0].i <= tok.head.i <= toks[-1].i and tok.head is not tok

    while toks and (toks[0].is_punct or _ELISION.fullmatch(toks[0].text) or toks[0].pos_ in ("DET", "ADP", "PRON")
                    or toks[0].lower_ in _ARTICLES or toks[0].lower_.rstrip(".") in _titles()
                    or not _is_name_word(toks[0].text)):
        toks.pop(0)
    while toks and (toks[-1].is_punct or not _is_name_word(toks[-1].text) and not inside(toks[-1])):
        toks.pop()
    if not toks:
        return None
    if len(toks) == 1 and toks[0].is_sent_start and toks[0].pos_ not in ("PROPN", "X"):
        return None  # a capitalised common noun opening a sentence ("Protection des mineurs : …")
    if all(t.lower_ in _role_words() for t in toks):
        return None  # a title ("PDG"), which role phrases handle
    for tok in toks[1:-1]:
        word = tok.text.lower()
        if tok.text[:1].islower() and word not in particles and not word.endswith("'") and not inside(tok):
            return None
    span_text = ent.doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
    words = re.findall(r"[\w'-]+", span_text)
    if all(w.lower() in noise for w in words) or not any(ch.isupper() for ch in span_text) or len(span_text) < 2:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


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


def _ner_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    out = []
    for pp in parsed:
        if not pp.doc.has_annotation("DEP"):
            continue  # no statistical model for this paragraph's language
        for ent in pp.doc.ents:
            if ent.label_ not in NER_TYPES:
                continue
            span = _entity_span(ent)
            if span is None:
                continue
            s, e = span
            root = ent.root
            while root.dep_ in ("flat:name", "flat", "compound") and root.head is not root:
                root = root.head
            first = next(t for t in ent if t.idx >= s)
            out.append(_Candidate(pp.start + s, pp.start + e, _text_of(pp, s, e), "ner", NER_TYPES[ent.label_],
                                  agent=root.dep_ == "nsubj", proper=first.pos_ == "PROPN"))
    return out


def _register_names(cands: list[_Candidate], known: DocumentActors) -> dict[str, list[int]]:
    """Multi-word names of the document with where they occur; gazetteer/acronym names resolved."""
    names: dict[str, list[int]] = defaultdict(list)
    for c in cands:
        if c.source in ("gazetteer", "ner", "acronym", "names") and len(c.text.split()) >= 2:
            names[c.actor or c.text].append(c.start)
            if c.label == "person":
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


_AUXILIARIES = frozenset("is was has had will would can could should may might does did".split())
_CONJUNCTIONS = frozenset({"et", "and", "y", "und", "e"})
_ARTICLES = {"le", "la", "les", "l'", "the", "un", "une", "des", "du", "de", "d'", "au", "aux"}
_GIVEN = {"male", "female", "mostly_male", "mostly_female"}


def _person_name_candidates(text: str) -> list[_Candidate]:
    """A known given name followed by capitalised words ("Marie Dubreuil"): a person, even where NER missed it."""
    noise, particles = _noise()
    # "Emmanuel Macron et Olaf Scholz" are two people: no conjunction inside a person's name
    part = "|".join(re.escape(p) for p in sorted(particles - _CONJUNCTIONS, key=len, reverse=True))
    name = r"(?:[A-Z]'[A-ZÀ-Þ][a-zà-ÿ]+|[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)"
    out = []
    for m in re.finditer(rf"(?<![\w@#])(?P<first>{name})(?:\s+(?:(?:{part})\s+)?{name}(?:[-'][A-ZÀ-Þ][\w]+)?){{1,2}}(?![\w-])", text):
        first = m.group("first")
        if first.lower() not in noise and _first_names().get_gender(first) in _GIVEN:
            out.append(_Candidate(m.start(), m.end(), m.group(), "names", "person"))
    return out


@lru_cache(maxsize=None)
def _institution_pattern() -> re.Pattern:
    heads = resources.load("types")["institutions"]
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alt})(?:\s+[a-zà-ÿ-]+){{0,2}}?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
                      rf"{_CAPWORD}(?:[\s-]+(?:sur|sous|en|lès|les|de|du)?[\s-]*{_CAPWORD})*")


def _institution_candidates(text: str) -> list[_Candidate]:
    """Institutions named by their seat: "tribunal administratif d'Orléans", "université d'Édimbourg"."""
    return [_Candidate(m.start(), m.end(), m.group(), "names", "org") for m in _institution_pattern().finditer(text)]


def _known_candidates(text: str, cands: list[_Candidate], known: DocumentActors) -> list[_Candidate]:
    """Every other occurrence of a name the document already uses (NER misses, other languages)."""
    forms = {c.text for c in cands if c.source in ("ner", "acronym") and len(c.text) >= 2}
    forms |= {a for a in known.alias if not a.startswith("@") and a[:1].isupper()}
    forms |= {name.split()[-1] for name in known.people if len(name.split()) >= 2}  # surnames NER missed
    noise, _ = _noise()
    forms = sorted((f for f in forms if f.lower() not in noise), key=len, reverse=True)
    if not forms:
        return []
    # one alternation for the whole document: the longest form wins at each position
    pattern = re.compile(rf"(?<![\w@])(?:{'|'.join(map(re.escape, forms))})(?![\w])")
    return [_Candidate(m.start(), m.end(), m.group(), "known") for m in pattern.finditer(text)]


def _fallback_candidates(parsed: list[ParsedParagraph], sentences: list[Sentence], text: str) -> list[_Candidate]:
    """Capitalised names in paragraphs that no NER model covers (e.g. English posts).

    A capitalised first word of a sentence is kept only when the document also capitalises it
    mid-sentence, or a verb follows it ("Google said …", "Microsoft declined …"): otherwise it is
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
            # "Google said", "Microsoft declined", "Apple has": a name is a sentence's subject
            if not (nxt.lower() in verbs or nxt in _AUXILIARIES or (nxt.islower() and nxt.endswith("ed"))):
                continue  # a capitalised first word is usually just a first word
        out.append(_Candidate(s, s + len(span), span, "fallback"))
    return out


@lru_cache(maxsize=None)
def _speech_forms() -> frozenset[str]:
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for w in data[lang]["verbs"])


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


def _canonical(c: _Candidate, known: DocumentActors) -> Optional[str]:
    if c.source == "handle":
        handle = c.text.lower()
        if handle not in known.alias:
            owner = _handle_owner(c.text, known.names, known.alias)
            if owner:
                known.alias[handle] = owner
        return _follow(known.alias.get(handle, c.text), known)
    if c.text in known.alias:
        return _follow(c.text, known)
    return _follow(_expansion(c, known) or c.text, known)


def _expansion(c: _Candidate, known: DocumentActors) -> Optional[str]:
    """The fuller name a short form stands for: "Dubreuil" → "Marie Dubreuil", "Racing" → "Racing Club de Strasbourg".

    A short form is the last words of a name (a surname), or for a non-person its first words;
    a numbered variant ("Ligue 1") is a different actor. Of several, the nearest name before the
    mention wins, else the first after it.
    """
    words = c.text.split()
    options = []
    for name, starts in known.names.items():
        nw = name.split()
        if len(nw) <= len(words) or name == c.text:
            continue
        # A surname stands for a person; "Valmont" is not short for "Racing Club de Valmont".
        suffix = nw[-len(words):] == words and name in known.people
        prefix = nw[:len(words)] == words and name not in known.people
        rest = nw[len(words):] if prefix else nw[:-len(words)]
        if (suffix or prefix) and not all(re.fullmatch(r"\d+|[IVX]+", w) for w in rest):
            before = [s for s in starts if s < c.start]
            options.append((0, -max(before), name) if before else (1, min(starts), name))
    return min(options)[2] if options else None


def _handle_owner(handle: str, names: dict, aliases: Optional[dict] = None) -> Optional[str]:
    """The named actor an @handle belongs to: "@mdubreuil", "@jmartin", "@ClimatNet", "@RCStrasbourg"."""
    _, particles = _noise()
    h = handle.lstrip("@").split("@")[0]
    parts = [p for p in re.findall(r"[A-Z]{2,}(?=[A-Z][a-z]|\b|\d|_)|[A-Z]?[a-z]+|[A-Z]+", h)]
    for part in parts:  # "@UNA_Navigants": a known acronym inside the handle
        if aliases and part.isupper() and len(part) >= 2 and part in aliases:
            return aliases[part]
    for name in sorted(names, key=lambda n: (-len(names[n]), n)):
        words = [_fold_word(w) for w in re.findall(r"[\w]+", name) if w.lower() not in particles]
        if not words:
            continue
        compact = "".join(words)
        flat = _fold_word(h)
        if flat in (compact, words[0][0] + words[-1], words[-1]) and len(flat) >= 4:
            return name
        if _parts_match([p for p in parts if not p.isdigit()], words):
            return name
    return None


def _parts_match(parts: list[str], words: list[str]) -> bool:
    i = 0
    for part in parts:
        if part.isupper() and len(part) >= 2:  # initials: "RC" → Racing Club
            if [w[0] for w in words[i:i + len(part)]] != list(part.lower()):
                return False
            i += len(part)
        else:
            if i >= len(words) or not words[i].startswith(part.lower()):
                return False
            i += 1
    return i == len(words) and len(parts) >= 2


def _fold_word(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if ch.isalnum() and ord(ch) < 0x300)


def _follow(name: str, known: DocumentActors) -> str:
    seen = set()
    while name in known.alias and name not in seen and known.alias[name] != name:
        seen.add(name)
        name = known.alias[name]
    return name


@lru_cache(maxsize=None)
def _type_cues():
    data = resources.load("types")

    # one lowercase adjective may sit between the cue and the name ("le laboratoire pharmaceutique X")
    before = _alternation(data["cues_before"], r"(?:\s+[a-zà-ÿ-]{3,})?\s+")
    of = _alternation(data["cues_of"], r"\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|des\s+|d'|of\s+(?:the\s+)?)")
    return before + of, frozenset(data["org_suffixes"]), frozenset(data["org_heads"])


def _alternation(table: dict, tail: str) -> list[tuple[re.Pattern, str]]:
    """One regex per type: any cue word of that type, then `tail`, at the end of the text."""
    return [(re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))}){tail}$"), kind)
            for kind, words in table.items()]


def _cue_type(text: str, start: int, end: int) -> Optional[str]:
    before = text[max(0, start - 40):start]
    patterns, _, _ = _type_cues()
    for pattern, kind in patterns:
        if pattern.search(before):
            return kind
    after = text[end:end + 40]
    for pattern, kind in _after_cues():
        if pattern.match(after):
            return kind
    return None


@lru_cache(maxsize=None)
def _after_cues() -> list[tuple[re.Pattern, str]]:
    # "Nuvia, éditeur du réseau social Pixo": an apposition after the name types it.
    table = resources.load("types")["cues_after"]
    # No definite article: "Selon Dubreuil, le groupe va mal" is a new clause, not an apposition.
    return [(re.compile(rf"(?i)\s*,\s*(?:un\s+|une\s+|an?\s+)?(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?![\w-])"), kind)
            for kind, words in table.items()]


@lru_cache(maxsize=1)
def _first_names():
    # gender-guesser ships a dictionary of ~40,000 given names from many countries: a name whose
    # first word is none of them is unlikely to be a person ("Smart Campaigns").
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def _looks_like_person(actor: str) -> bool:
    words = actor.split()
    first = words[0]
    if re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)?", first):
        return len(words) >= 2
    return _first_names().get_gender(first.split("-")[0] if "-" in first and len(words) == 1 else first) != "unknown"


def _actor_type(actor: str, known: DocumentActors) -> str:
    if actor in known.fixed_type:
        return known.fixed_type[actor]
    _, suffixes, org_heads = _type_cues()
    if actor.split()[-1] in suffixes:
        return "org"
    votes = known.votes.get(actor) or Counter()
    cues = known.cues.get(actor) or Counter()
    if votes["person"] and len(actor.split()) >= 2 and _looks_like_person(actor):
        return "person"
    if cues:
        return max(cues, key=lambda t: (cues[t], -_TYPE_ORDER[t]))
    words = actor.split()
    if len(words) >= 2 and words[0] in org_heads:
        return "org"
    ranked = sorted(votes, key=lambda t: (-votes[t], _TYPE_ORDER[t]))
    if ranked and ranked[0] == "person" and (len(words) == 1 or not known.proper[actor]
                                             or not _looks_like_person(actor) and votes["person"] < 2):
        # News names a person in full at least once: a lone word never expanded to a full name, a name
        # whose first word is a common noun ("Laiterie Sorbier"), or one PER guess on a name with
        # no known first name, is more likely a company or brand.
        ranked = ranked[1:]
    if ranked and ranked[0] != "other":
        return ranked[0]
    if not votes and _looks_like_person(actor) and len(actor.split()) >= 2:
        return "person"
    return "org" if known.agent[actor] else "other"


def _role_mentions(doc_id: str, text: str, sentences: list[Sentence], starts: list[int],
                   mentions: list[Mention]) -> list[Mention]:
    """Role phrases ("le milliardaire", "son actuel PDG") resolved to the actor they describe."""
    pattern, person_roles, org_roles = _role_pattern()
    by_start = sorted(mentions, key=lambda m: m.start)
    # A role once apposed to a name ("La patronne de Voltéa, Claire Marchand") keeps naming them,
    # even before the apposition (a headline's "le maire sortant").
    memory: dict[str, Mention] = {}
    for sent in sentences:
        for m in pattern.finditer(sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            person_only = m.group("role").lower() in person_roles and m.group("role").lower() not in org_roles
            target, _ = _apposed(text, s, e, by_start, person_only)
            if target is not None:
                for key in _role_keys(text, m, s, e):
                    memory.setdefault(key, target)
    out = []
    for sent in sentences:
        if sent.block not in ("body", "heading", "embed"):
            continue
        for m in pattern.finditer(sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            if any(x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in by_start):
                continue  # crosses an existing mention
            key = _fold_word(text[s + len(m.group("det")):e])
            person_only = m.group("role").lower() in person_roles and m.group("role").lower() not in org_roles
            target, comma = _apposed(text, s, e, by_start, person_only)
            if target is not None:
                memory[key] = target
                if not comma:
                    continue  # "le diffuseur Diffusport": a title inside the name's phrase
            if target is None:
                target = next((memory[k] for k in _role_keys(text, m, s, e) if k in memory), None)
            if target is None and m.group("role").lower() in person_roles and not m.group("obj"):
                # "le PDG de Microsoft" names a role someone holds, not the last person named:
                # only a bare role ("le milliardaire") refers back by recency.
                target = _recent_person(by_start, s, sent, sentences, e)
            if target is None:
                continue
            out.append(Mention(doc_id, sent.sent_id, s, e, text[s:e], target.actor, target.actor_type, "coref"))
    return out


def _role_keys(text: str, m: re.Match, s: int, e: int) -> list[str]:
    """The role phrase without its determiner, with and without its object ("maire sortant de X", "maire sortant")."""
    begin = s + len(m.group("det"))
    full = _fold_word(text[begin:e])
    if m.group("obj"):
        return [full, _fold_word(text[begin:s + (m.start("prep") - m.start())])]
    return [full]


def _apposed(text: str, s: int, e: int, mentions: list[Mention], person_only: bool = False) -> tuple[Optional[Mention], bool]:
    """The named mention in apposition to a role phrase, and whether a comma separates them."""
    # "Le PDG d'Aerlis, l'Irlandais Daniel O'Connor": a short lowercase-led descriptor may sit between.
    after = re.match(r"\s*(,?)\s*(?:(?:[a-zà-ÿ]+'|[a-zà-ÿ]+\s+)[A-ZÀ-Þ]?[a-zà-ÿ]+\s+(?=[A-ZÀ-Þ]))?", text[e:])
    pos = e + after.end()
    for x in mentions:
        if x.start == pos and x.method != "coref" and (x.actor_type == "person" or not person_only):
            return x, bool(after.group(1))
    before = text[:s].rstrip()
    if before.endswith(","):
        end = len(before[:-1].rstrip())
        for x in mentions:
            # "Luca de Meo, le patron de Renault": the name opens its phrase (not "Interrogé par X, …")
            lead = re.sub(r"(?:^|\s)(?:" + "|".join(map(re.escape, _titles())) + r")\.?$", "", text[:x.start].rstrip(),
                          flags=re.IGNORECASE).rstrip()
            opener = lead[-1:] in ("", ",", "(", "\n", ".", ":", ";") or re.search(r"(?i)\b(?:selon|d'après)$", lead)
            if x.end == end and x.actor_type == "person" and opener:
                return x, True
    return None, False


def _recent_person(mentions: list[Mention], s: int, sent: Sentence, sentences: list[Sentence], e: int) -> Optional[Mention]:
    window_start = sentences[max(0, sent.sent_id - 2)].start
    inside = [x for x in mentions if s <= x.start < e]
    if any(x.actor_type == "person" for x in inside):
        return None
    for x in reversed(mentions):
        # in an earlier sentence: "X a critiqué le ministre" is not X criticising X
        if x.end <= sent.start and x.start >= window_start and x.actor_type == "person":
            return x
    return None
