"""Actor mentions of one document: candidates, aliases, types and role phrases put together."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from ... import resources
from ...text.segment import ParsedParagraph
from ...types import Attribution, Mention, Sentence
from .acronyms import _acronym_candidates
from .actor_file import ActorEntry
from .aliases import _canonical
from .dateline import dateline_town, town_name
from .candidates import (
    _author_candidates,
    _fallback_candidates,
    _foreign_quotes,
    _gazetteer_candidates,
    metonym_candidates,
    outlet_candidates,
    _handle_candidates,
    _classed_name_candidates,
    _institution_candidates,
    _org_name_candidates,
    society_candidates,
    _known_candidates,
    _ner_candidates,
    _overlaps,
    _person_name_candidates,
    _register_names,
    _resolve_overlaps,
)
from .kinds import _actor_type, _cue_type, _type_cues
from .laws import _law_candidates
from .roles import _role_mentions, is_demonym_designation, is_designation
from .shapes import (acronym_place_candidates, branch_candidates, coordinated_name_candidates, suffixed_name_candidates,
                     trade_name_candidates)
from .lexicon import _portfolios, _role_words, said_to
from .sentence_case import sentence_case_names
from .state import DocumentActors, _Candidate

#: A definite article right before a name (« la Lazio Rome », « le Cabinet Orsel »).
_DEFINITE_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|les|l['’])\s*$", re.IGNORECASE)


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
    # news outlets under their full names (« au Parisien » is Le Parisien), then the actor file's names
    outlets = outlet_candidates(text)
    for c in outlets:
        known.fixed_type.setdefault(c.actor, "org")
    cands += outlets
    cands += _gazetteer_candidates(text, gazetteer)
    cands += metonym_candidates(text)
    cands += _handle_candidates(text, attributions, known)
    cands += _acronym_candidates(text, known)
    cands += _ner_candidates(parsed)
    cands += coordinated_name_candidates(parsed)
    town = dateline_town(parsed)
    if town is not None:
        cands.append(_Candidate(town[0], town[1], town[2], "dateline", "place", town_name(town[2], text)))
    cands += _author_candidates(text, parsed, attributions)
    cands += _person_name_candidates(text)
    cands += _institution_candidates(text)
    classed = sentence_case_names(parsed, text, _classed_name_candidates(text))
    # « la mutuelle Harmonie Ouest »: the class noun says organisation, whatever given name opens it
    spans = {(c.start, c.end) for c in classed}
    cands = [c for c in cands if not (c.source == "names" and c.label == "person" and (c.start, c.end) in spans)]
    cands += classed
    shaped = (_org_name_candidates(parsed) + society_candidates(text) + suffixed_name_candidates(parsed)
              + trade_name_candidates(parsed) + branch_candidates(parsed))
    # a name whose shape makes it an organisation: the model's reading of the same words (a place,
    # a person) is dropped, so it does not vote on the type
    cands = _outside_of(cands, shaped)
    cands += shaped
    # (« l'ESSM Le Portel »: the longer name wins the overlap, while the town the model read in it stays a
    # known name of the document, for « Le Portel » written alone at a sentence's head)
    clubs = acronym_place_candidates(parsed)
    cands += clubs
    cands = _split_outlet_and_speaker(text, cands)
    cands += _law_candidates(text)
    # « son directeur France, X »: a country right after a role noun labels the division the role heads
    cands = [c for c in cands if not _division_label(text, c)]
    cands = [c for c in cands if not _overlaps(c, blocked)]
    foreign = _foreign_quotes(parsed)
    # the French model reads capitalised German or Spanish nouns as names ("« Wir glauben … »")
    cands = [c for c in cands if not (c.source == "ner" and _overlaps(c, foreign))]
    # a name never runs over a line break: the patterns read the whole text, where « \s » crosses lines
    cands = [_lowercase_tail(text, _trimmed(_with_article(text, c))) for c in cands
             if not _portfolio(c) and c.text.strip() and "\n" not in c.text.strip()]
    known.names = _register_names(cands, known)
    cands += _known_candidates(text, cands, known)
    cands = _inside_longer_names(cands)
    cands += _fallback_candidates(parsed, sentences, text)
    chosen = _resolve_overlaps(cands)
    # a known given name and a surname the model tagged a place (« le président de la Région, Loïc
    # Kerhervé »): the person reading of the same words, which lost the tie, votes too
    people = {(c.start, c.end) for c in cands if c.source == "names" and c.label == "person"}

    mentions: list[Mention] = []
    resolved: list[tuple[_Candidate, str]] = []
    for c in chosen:
        actor = c.actor or _canonical(c, known)
        if actor is None:
            continue
        if actor != c.text and not c.actor and actor not in known.people \
                and _town_before().search(text, max(0, c.start - 40), c.start):
            # « maire sortante de Castelnau »: a town in a municipal noun's complement is the town, not the list or
            # the club named after it (« Castelnau Écologie »); not after « à » alone, which also gives to a body
            # (« a suspendu son aide à Hors-Cadre »: measured, a development pair lost); nor a surname standing for a
            # person (« la ville natale de Mbappé »): a town names lists and clubs, not people, after it
            actor = c.text
            known.cues[actor]["place"] += 1  # (the construction types it, as a cue word does)
        if c.label:
            known.votes[actor][c.label] += 1
        if c.label == "place" and (c.start, c.end) in people:
            known.votes[actor]["person"] += 1
        known.agent[actor] += c.agent
        known.proper[actor] += c.proper
        known.named[actor] += 1
        known.articled[actor] += bool(_DEFINITE_BEFORE.search(text, max(0, c.start - 4), c.start))
        cue = _cue_type(text, c.start, c.end)
        if cue:
            known.cues[actor][cue] += 1
        resolved.append((c, actor))
    actors = {actor for _, actor in resolved}
    for c in clubs:
        town = c.text.split(None, 1)[1]
        if town in actors:
            known.votes[town]["place"] += 1  # (the model's reading of the town inside the name still counts)
    types = {actor: _actor_type(actor, known) for _, actor in resolved}
    for c, actor in resolved:
        method = {"gazetteer": "gazetteer", "handle": "handle"}.get(c.source, "ner")
        if c.source in ("ner", "names", "acronym", "known", "fallback", "dateline") and actor != c.text:
            method = "alias"
        mentions.append(Mention(doc_id, _sent_of(starts, c.start), c.start, c.end, c.text, actor, types[actor], method))
    mentions += _role_mentions(doc_id, text, sentences, starts, mentions)
    # (« Le Texan » taken up as the person named before: the demonym is no actor of its own)
    demonyms = [(m.start, m.end) for m in mentions if m.method == "coref" and is_demonym_designation(m.text)]
    if demonyms:
        mentions = [m for m in mentions if m.method == "coref" or not any(s <= m.start and m.end <= e for s, e in demonyms)]
    # (« l'État » in « le représentant de l'État » taken up as the prefect is the post's title, not the State)
    titles = [(m.start, m.end) for m in mentions if m.method == "coref" and is_designation(m.text)]
    if titles:
        mentions = [m for m in mentions if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e)
                                                   for s, e in titles)]
    para_starts = [pp.start for pp in parsed]
    acts = [_acts(parsed, para_starts, m.start, m.end) for m in mentions]
    mentions = [m if m.acts == a else replace(m, acts=a) for m, a in zip(mentions, acts)]
    mentions.sort(key=lambda m: (m.start, m.end, m.actor))
    return mentions


@lru_cache(maxsize=1)
def _town_before() -> re.Pattern:
    """What makes the name after it a town: a municipal noun (roles.yml municipal_nouns) and « de » (« maire
    sortante de », « la commune de »); not « de » alone, which also opens a club's or a list's name taken up in
    short (« les joueurs de Castelnau »)."""
    nouns = "|".join(re.escape(w) for w in sorted(resources.load("roles")["municipal_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})(?:\s+[a-zé]+)?\s+(?:de\s+|d['’])$", re.IGNORECASE)


def _outside_of(cands: list[_Candidate], shaped: list[_Candidate]) -> list[_Candidate]:
    """The candidates but the model's entities that lie within a shaped name."""
    bounds = sorted((o.start, o.end) for o in shaped)
    starts = [s for s, _ in bounds]
    furthest = list(itertools.accumulate((e for _, e in bounds), max))  # of the spans starting up to each

    def inside(c: _Candidate) -> bool:
        i = bisect.bisect_right(starts, c.start)  # the spans starting at or before c
        return i > 0 and furthest[i - 1] >= c.end

    return [c for c in cands if not (c.source == "ner" and inside(c))]


def _split_outlet_and_speaker(text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """« a affirmé au Télégramme Loïc Kerhervé »: the model reads the outlet and the speaker placed
    after the verb as one name; a known given name and surname at its end are the person, and the
    words before them (after « au », « à », « selon ») another name."""
    people = {c.end: c for c in cands if c.source == "names" and c.label == "person"}
    out = []
    for c in cands:
        person = people.get(c.end) if c.source == "ner" else None
        if (person is not None and person.start > c.start and text[c.start:person.start].strip()
                and said_to(text, c.start)):
            head = text[c.start:person.start].rstrip()
            out.append(replace(c, end=c.start + len(head), text=head, label=None))
            continue
        out.append(c)
    return out


def _acts(parsed: list[ParsedParagraph], para_starts: list[int], start: int, end: int) -> bool:
    """Whether the mention is the active subject of a verb ("la France a voté contre"), from the parse."""
    pp = parsed[max(bisect.bisect_right(para_starts, start) - 1, 0)]
    if not pp.doc.has_annotation("DEP"):
        return False
    span = pp.doc.char_span(start - pp.start, end - pp.start, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("flat:name", "flat", "compound", "appos", "nmod") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "csubj") or _subject_by_position(root)


def _subject_by_position(root) -> bool:
    """Whether a name the parse left outside any subject slot stands before a verb that has none.

    md sometimes hangs « Escale Assistance nous a fait perdre … » as a bare dependent of the verb that
    follows it: the verb then has no subject, and the name before it is still what acts. (Names the
    parse makes a root with the verb as its parataxis, « Le collectif X, qui …, accuse Y », are left
    out: on the development sets that gained no pair and added a false one.)"""
    verb = root.head
    return root.dep_ == "dep" and root.i < verb.i and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_.startswith(("nsubj", "csubj")) for c in verb.children)


def _sent_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)



# A capitalised article in mid-sentence belongs to the name: "selon Le Parisien", "a indiqué
# La Poste", "told The Guardian". At the head of a sentence it is ambiguous ("La France a voté"),
# so it is left out there; the form named elsewhere in the document resolves it.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(?:Le|La|Les|The) $|(?<![\w'])L'$")
# (a dash opens one too: the dateline's « LORIENT (Morbihan) — La Fédération … a suspendu »)
_SENTENCE_OPENERS = frozenset(".!?:;«“\"\n—–")


def _with_article(text: str, c: _Candidate) -> _Candidate:
    """The candidate with the capitalised article that opens its name, when one does."""
    if c.source not in ("ner", "fallback") and not (c.source == "names" and c.label == "org") or c.text[:1].islower():
        return c  # (« la société Les Films du Héron »: a collective name keeps its article too)
    m = _ARTICLE_BEFORE.search(text, max(0, c.start - 4), c.start)
    if not m:
        return c
    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t\u00a0\u202f")  # a newline opens a sentence
    titled = before.endswith("«") and text[c.end:c.end + 3].lstrip(" \u00a0\u202f").startswith("»")
    if (not before or before[-1] in _SENTENCE_OPENERS) and not titled:
        return c  # (a title in guillemets keeps its article: « Les Échos »)
    return replace(c, start=m.start(), text=text[m.start():c.end])


def _portfolio(c: _Candidate) -> bool:
    """A lone portfolio word ("Santé", "Justice", "Gouvernement") names no actor by itself."""
    return c.source in ("ner", "fallback") and " " not in c.text and c.text.lower() in _portfolios()


_ABBREVIATION = re.compile(r"(?:^|[\s.])(?:[A-Z]|[A-Z][a-z]{0,3})\.$")


#: A French adjective by its ending (« départementale », « écologique », « paysanne », « nationale »).
_ADJ = r"[a-zà-ÿ-]{3,}(?:al|ale|aux|ales|ien|ienne|ique|iques|aire|aires|el|elle|if|ive|ais|aise|ois|oise|an|anne)(?![\w-])"
_LOWER_TAIL = re.compile(rf"(?:[ \t\u00a0]+{_ADJ}){{0,2}}(?:[ \t\u00a0]+(?:(?:de|du|des)[ \t\u00a0]+|d')(?:la[ \t\u00a0]+|l')?"
                         rf"[a-zà-ÿ]{{3,}}(?![\w-])(?:[ \t\u00a0]+{_ADJ})?)?")
_TRAILING_ADJ = re.compile(rf"[ \t\u00a0]+{_ADJ}")
_THEN_ARTICLE = re.compile(r"[ \t\u00a0]+(?:le|la|les|l'|un|une|des|du|ce|cette|ses|son|sa|leur|leurs)\b")


def _lowercase_tail(text: str, c: _Candidate) -> _Candidate:
    """An institution's name with its lower-case words: French writes them after the first word
    (« la Fédération départementale de pêche », « le Conseil des ministres », « la Confédération
    paysanne ») and after a capitalised portfolio (« ministère de la Transition écologique »); the
    model stops at the last capital. Not into a verb: a word followed by an article is one
    (« la Fédération critique la décision »)."""
    words = c.text.split()
    heads = _type_cues()[2]
    if len(words) == 1 and words[0] in heads:
        m = _LOWER_TAIL.match(text, c.end)
    elif words[0].lower() in ("ministère", "secrétariat") and words[-1][:1].isupper():
        m = _TRAILING_ADJ.match(text, c.end)
    else:
        return c
    if not m or m.end() == c.end or _THEN_ARTICLE.match(text, m.end()):
        return c
    return replace(c, end=m.end(), text=text[c.start:m.end()])


def _trimmed(c: _Candidate) -> _Candidate:
    """Without a stray final dot ("Ferrox." at a sentence end); abbreviations keep theirs ("Cie.", "S.A.")."""
    if not c.text.endswith(".") or _ABBREVIATION.search(c.text) or c.text.count(".") > 1:
        return c
    return replace(c, end=c.end - 1, text=c.text[:-1])


def _inside_longer_names(cands: list[_Candidate]) -> list[_Candidate]:
    """Drop the model's entity lying strictly inside an occurrence of a longer name the document uses
    elsewhere (« Armor » in « Armor Traversées a résilié », the name the headline gives whole): the
    model cut it short here, and the model outranks a name found by its other occurrences."""
    longer = sorted((c.start, c.end) for c in cands if c.source == "known")
    if not longer:
        return cands
    starts = [s for s, _ in longer]

    def inside(c: _Candidate) -> bool:
        i = bisect.bisect_right(starts, c.start)  # known spans starting at or before c
        return any(c.end <= e and e - s > c.end - c.start for s, e in longer[max(0, i - 3):i])

    return [c for c in cands if not (c.source == "ner" and inside(c))]


def _division_label(text: str, c: _Candidate) -> bool:
    """« son directeur France », « la patronne Europe du groupe »: a one-word place the model tagged right after
    a role noun, with no article or preposition between, is the division the role heads, not an actor."""
    if c.source != "ner" or c.label != "place" or " " in c.text.strip():
        return False
    before = text[max(0, c.start - 25):c.start].split()
    return bool(before) and before[-1].lower() in _role_words()
