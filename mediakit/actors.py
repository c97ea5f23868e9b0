"""Actor mentions: NER, gazetteer, @handles, acronyms, surnames and role phrases, resolved per document.

Notes:
    Within a document the fullest form names the actor ("Musk" → "Elon Musk"), following the
    "one sense per discourse" observation for person names (Gale, Church & Yarowsky 1992) used by
    most news-entity linkers. Role phrases ("le milliardaire") resolve to an apposed name, else to
    the nearest preceding person, the salience heuristic of Lappin & Leass (1994) reduced to recency.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import yaml

from . import resources
from .errors import MediakitError
from .nlp import has_parser
from .segment import ParsedParagraph
from .types import ACTOR_TYPES, Attribution, Mention, Sentence

NER_TYPES = {"PER": "person", "PERSON": "person", "ORG": "org", "LOC": "place", "GPE": "place",
             "MISC": "other", "PRODUCT": "product", "NORP": "other", "FAC": "place", "EVENT": "other",
             "WORK_OF_ART": "product"}
_TYPE_ORDER = {t: i for i, t in enumerate(("person", "org", "product", "place", "other"))}
_PRIORITY = {"gazetteer": 0, "handle": 1, "acronym": 2, "ner": 3, "known": 4, "fallback": 5}
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{1,30}(?:@[\w.]+)?")
_ELISION = re.compile(r"^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[lL]orsqu|[pP]uisqu|[jJ]usqu)'")
_CAPWORD = r"(?:[A-ZÀ-ÖØ-Þ][\w&.'-]*|[a-z]+[A-Z][\w-]*)"


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
        entries.append(ActorEntry(item["name"].strip(), kind, tuple(str(a).strip() for a in aliases if str(a).strip())))
    return entries


@lru_cache(maxsize=None)
def _noise() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.load("noise")
    return frozenset(w.lower() for w in data["words"]), frozenset(w.lower() for w in data["particles"])


@lru_cache(maxsize=None)
def _role_pattern() -> tuple[re.Pattern, frozenset[str]]:
    data = resources.load("roles")
    person = {w.lower() for lang in data.values() if isinstance(lang, dict) for w in lang.get("person", [])}
    org = {w.lower() for lang in data.values() if isinstance(lang, dict) for w in lang.get("org", [])}
    words = "|".join(re.escape(w) for w in sorted(person | org, key=len, reverse=True))
    adjectives = r"(?:actuel|actuelle|ancien|ancienne|nouveau|nouvel|nouvelle|jeune|puissant|puissante|richissime|célèbre|fantasque|current|former|new|outgoing|controversial)"
    pattern = re.compile(
        rf"(?<![\w'])(?P<det>[Ll]e|[Ll]a|[Ll]'|[Ss]on|[Ss]a|[Ll]eur|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s*"
        rf"(?:{adjectives}\s+)?(?P<role>(?i:{words}))(?![\w-])"
        rf"(?:\s+(?:{adjectives}|américain|américaine|français|française|européen|européenne|exécutif|exécutive|général|générale|adjoint|adjointe))?"
        rf"(?:\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+the\s+|of\s+)(?P<obj>{_CAPWORD}(?:\s+{_CAPWORD})*))?"
    )
    return pattern, frozenset(person)


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    source: str  # gazetteer, handle, acronym, ner, known, fallback
    label: Optional[str] = None  # NER label or actor-file type
    actor: Optional[str] = None  # canonical name when the source already knows it


@dataclass
class DocumentActors:
    """What a document teaches about its actors: aliases to canonical names and type votes."""

    alias: dict[str, str] = field(default_factory=dict)
    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
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
    cands = [c for c in cands if not _overlaps(c, blocked)]
    _register_people(cands, known)
    cands += _known_candidates(text, cands, known)
    cands += _fallback_candidates(parsed, sentences, text)
    chosen = _resolve_overlaps(cands)

    mentions: list[Mention] = []
    resolved: list[tuple[_Candidate, str]] = []
    for c in chosen:
        actor = c.actor or _canonical(c, known, resolved)
        if actor is None:
            continue
        if c.label:
            known.votes[actor][c.label] += 1
        resolved.append((c, actor))
    types = {actor: _actor_type(actor, known) for _, actor in resolved}
    for c, actor in resolved:
        method = {"gazetteer": "gazetteer", "handle": "handle", "acronym": "alias"}.get(c.source, "ner")
        if c.source in ("ner", "known", "fallback") and actor != c.text:
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
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            flags = re.IGNORECASE if form.startswith("@") else 0
            for m in re.finditer(_word_pattern(form).pattern, text, flags):
                out.append(_Candidate(m.start(), m.end(), m.group(), "gazetteer", entry.type, entry.name))
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
    """'Digital Marketing Center (DMC)': the acronym becomes an alias of its expansion."""
    _, particles = _noise()
    out = []
    for m in re.finditer(r"\((?P<acr>[A-Z][A-Za-z0-9&.]{1,9})\)", text):
        acr = m.group("acr")
        letters = [ch for ch in acr if ch.isupper()]
        before = text[max(0, m.start() - 200):m.start()].rstrip()
        words = list(re.finditer(r"[\w'-]+", before))
        initials: list[str] = []
        for k in range(len(words) - 1, -1, -1):
            w = _ELISION.sub("", words[k].group())
            if w.lower() in particles or not w:
                continue
            initials.insert(0, w[0].upper())
            if initials == letters[:len(initials)][::-1][::-1] and len(initials) == len(letters):
                if initials != letters:
                    break
                start = max(0, m.start() - 200) + words[k].start()
                # Drop an elided article glued to the first word ("l'Autorité").
                el = _ELISION.match(text[start:])
                start += el.end() if el else 0
                end = max(0, m.start() - 200) + len(before)
                long_form = text[start:end]
                if long_form[:1].isupper() and not any(ch in long_form for ch in ".!?;:,"):
                    known.alias[acr] = long_form
                    out.append(_Candidate(start, end, long_form, "acronym", None, long_form))
                break
            if len(initials) > len(letters):
                break
    for acr, long_form in list(known.alias.items()):
        if acr.isupper() and acr in text and long_form != acr:
            for m in _word_pattern(acr).finditer(text):
                out.append(_Candidate(m.start(), m.end(), acr, "acronym", None, long_form))
    return out


def _clean_entity(text: str, start: int) -> Optional[tuple[int, int]]:
    """Trim elided articles and lowercase edge words from an NER span; None if it is noise."""
    noise, particles = _noise()
    el = _ELISION.match(text)
    if el:
        text, start = text[el.end():], start + el.end()
    words = list(re.finditer(r"\S+", text))
    while words and not _is_name_word(words[0].group()):
        words.pop(0)
    while words and not _is_name_word(words[-1].group()):
        words.pop()
    if not words:
        return None
    s, e = words[0].start(), words[-1].end()
    span = text[s:e].rstrip(".,;:!?»«\"“”()")
    e = s + len(span)
    inner = re.findall(r"[\w'-]+", span)
    if any(w[:1].islower() and w.lower() not in particles for w in inner):
        return None
    if all(w.lower() in noise for w in inner) or not any(ch.isupper() for ch in span) or len(span) < 2:
        return None
    return start + s, start + e


def _is_name_word(word: str) -> bool:
    w = word.strip(".,;:!?»«\"“”()")
    return bool(w) and (w[0].isupper() or w[0].isdigit() or any(ch.isupper() for ch in w[1:]))


def _ner_candidates(parsed: list[ParsedParagraph]) -> list[_Candidate]:
    out = []
    for pp in parsed:
        if not has_parser(_nlp_of(pp)):
            continue
        for ent in pp.doc.ents:
            if ent.label_ not in NER_TYPES:
                continue
            span = _clean_entity(ent.text, pp.start + ent.start_char)
            if span:
                s, e = span
                out.append(_Candidate(s, e, pp.doc.text[s - pp.start:e - pp.start], "ner", NER_TYPES[ent.label_]))
    return out


def _nlp_of(pp: ParsedParagraph):
    return pp.doc.vocab._nlp if hasattr(pp.doc.vocab, "_nlp") else _PipelineProbe(pp)


class _PipelineProbe:
    # A Doc does not point to its pipeline; a parsed Doc has entities/dependencies set.
    def __init__(self, pp: ParsedParagraph):
        doc = pp.doc
        self.pipe_names = ["ner", "parser"] if doc.has_annotation("DEP") else []


def _register_people(cands: list[_Candidate], known: DocumentActors) -> None:
    """Index multi-word person names by surname, so that a lone surname resolves to them."""
    for c in cands:
        if c.label == "person" or (c.source == "gazetteer" and c.label == "person"):
            name = c.actor or c.text
            parts = name.split()
            if len(parts) >= 2:
                known.alias.setdefault(parts[-1], name)
                if parts[-2][:1].islower() and len(parts) >= 3:  # "de Gaulle", "von der Leyen"
                    known.alias.setdefault(" ".join(parts[-2:]), name)


def _known_candidates(text: str, cands: list[_Candidate], known: DocumentActors) -> list[_Candidate]:
    """Every other occurrence of a name the document already uses (NER misses, other languages)."""
    forms = {c.text for c in cands if c.source in ("ner", "acronym") and len(c.text) >= 2}
    forms |= {a for a in known.alias if not a.startswith("@") and a[:1].isupper()}
    noise, _ = _noise()
    out = []
    for form in sorted(forms, key=len, reverse=True):
        if form.lower() in noise:
            continue
        for m in _word_pattern(form).finditer(text):
            out.append(_Candidate(m.start(), m.end(), form, "known"))
    return out


def _fallback_candidates(parsed: list[ParsedParagraph], sentences: list[Sentence], text: str) -> list[_Candidate]:
    """Capitalised names in paragraphs that no NER model covers (e.g. English posts)."""
    noise, particles = _noise()
    out = []
    sent_starts = {s.start for s in sentences}
    for pp in parsed:
        if has_parser(_nlp_of(pp)) or pp.para.block == "attribution":
            continue
        ptext = pp.doc.text
        part = "|".join(sorted(particles, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w@#“\"«]){_CAPWORD}(?:\s+(?:(?:{part})\s+)?{_CAPWORD})*(?![\w”\"»])", ptext):
            s, e = pp.start + m.start(), pp.start + m.end()
            span = m.group().rstrip(".'")
            e = s + len(span)
            words = span.split()
            if all(w.lower() in noise for w in words) or span == "I":
                continue
            initial = s in sent_starts or text[max(0, s - 2):s].strip() in ("", ".", "!", "?", ":")
            internal = any(ch.isupper() for ch in span[1:]) or any(ch.isdigit() for ch in span)
            if initial and len(words) == 1 and not internal:
                continue  # a capitalised first word is usually just a first word
            if len(words) == 1 and len(span) < 3:
                continue
            if words[0].lower() in noise:
                continue
            out.append(_Candidate(s, e, span, "fallback"))
    return out


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    ranked = sorted(cands, key=lambda c: (_PRIORITY[c.source], -(c.end - c.start), c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in ranked:
        if any(s < c.end and c.start < e for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _canonical(c: _Candidate, known: DocumentActors, resolved: list[tuple[_Candidate, str]]) -> Optional[str]:
    if c.source == "handle":
        return _follow(known.alias.get(c.text.lower(), c.text), known)
    return _follow(c.text, known)


def _follow(name: str, known: DocumentActors) -> str:
    seen = set()
    while name in known.alias and name not in seen and known.alias[name] != name:
        seen.add(name)
        name = known.alias[name]
    return name


def _actor_type(actor: str, known: DocumentActors) -> str:
    if actor in known.fixed_type:
        return known.fixed_type[actor]
    votes = known.votes.get(actor)
    if not votes:
        return "person" if actor in known.alias.values() and any(
            k.startswith("@") for k, v in known.alias.items() if v == actor) and len(actor.split()) >= 2 else "other"
    return max(votes, key=lambda t: (votes[t], -_TYPE_ORDER[t]))


def _role_mentions(doc_id: str, text: str, sentences: list[Sentence], starts: list[int],
                   mentions: list[Mention]) -> list[Mention]:
    """Role phrases ("le milliardaire", "son actuel PDG") resolved to the actor they describe."""
    pattern, person_roles = _role_pattern()
    by_start = sorted(mentions, key=lambda m: m.start)
    out = []
    for sent in sentences:
        if sent.block not in ("body", "heading", "embed"):
            continue
        for m in pattern.finditer(sent.text):
            s, e = sent.start + m.start(), sent.start + m.end()
            if any(x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in by_start):
                continue  # crosses an existing mention
            target = _apposed(text, s, e, by_start)
            if target is None and m.group("role").lower() in person_roles:
                target = _recent_person(by_start, s, sent, sentences, e)
            if target is None:
                continue
            out.append(Mention(doc_id, sent.sent_id, s, e, text[s:e], target.actor, target.actor_type, "coref"))
    return out


def _apposed(text: str, s: int, e: int, mentions: list[Mention]) -> Optional[Mention]:
    after = re.match(r"\s*,?\s*", text[e:])
    pos = e + after.end()
    for x in mentions:
        if x.start == pos and x.method != "coref":
            return x
    before = text[:s].rstrip()
    if before.endswith(","):
        end = len(before[:-1].rstrip())
        for x in mentions:
            if x.end == end and x.actor_type == "person":
                return x
    return None


def _recent_person(mentions: list[Mention], s: int, sent: Sentence, sentences: list[Sentence], e: int) -> Optional[Mention]:
    window_start = sentences[max(0, sent.sent_id - 2)].start
    inside = [x for x in mentions if s <= x.start < e]
    if any(x.actor_type == "person" for x in inside):
        return None
    for x in reversed(mentions):
        if x.end <= s and x.start >= window_start and x.actor_type == "person":
            return x
    return None
