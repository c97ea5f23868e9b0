"""Definite noun phrases that refer back to an actor already named ("l'enseigne", "la ville").

The tagger resolves role phrases of persons ("le président du club"); organisations and places
are often taken up by a common noun instead. A noun that stood in apposition before a name
("la coopérative Laiterie du Bocage") refers to that name; a generic noun of
``resources/events.yml`` (``referring_nouns``) refers to the last actor of its kind named before
it (the nearest-antecedent heuristic of rule-based anaphora resolution, Lappin & Leass 1994).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from spacy.attrs import POS
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.tokens import Token

from .. import resources
from ..tag.spans import MentionIndex
from ..types import Mention
from ..tag.actors.candidates import town_organ
from ..tag.actors.entities import LOWER_DEMONYM, town_in_name
from ..tag.actors.focus import body_heads, named_as_body
from ..tag.actors.lexicon import CONTRACTED, DEFINITE, TOWN_BODY, is_forum, is_outlet, media_nouns, name_marks, name_marks_nouns
from . import events
from .management import counterpart, firm_of_management
from .named_heads import council, member_group, name_headed
from .origins import ORIGIN, actor_nouns, by_origin, demonym_stems_after, located_at, origin_adjective

_INDEFINITE = {"un", "une", "a", "an"}
#: Words that begin or end names without being what the name is (« Saint-X », « Le Monde »).
_NOT_HEADS = {"saint", "sainte", "le", "la", "les", "the", "grand", "grande", "nouvelle", "nouveau", "new", "north",
              "south", "sud", "nord", "est", "ouest"}
#: Modifiers that make the noun name a relative of the actor in focus, not the actor itself.
_RELATIONAL = {"mère", "mères", "parent", "rival", "rivale", "concurrent", "concurrente", "voisin", "voisine"}
#: How far back (in paragraphs) an antecedent may lie.
MAX_PARAGRAPHS_BACK = 2


def appositions(docs_and_offsets, index: MentionIndex, town: Optional[tuple[int, int, str]] = None,
                texts: Optional[Sequence[str]] = None) -> dict[str, list[tuple[int, str]]]:
    """Noun lemma → the (offset, actor) pairs it was apposed to (« l'enseigne Maréchal Distribution »,
    « Hexa Games, l'éditeur californien, »), or that hold it as the head word of their name
    (« Saint-Clair Métropole », « Université de Vauclair »), in text order. `texts`: the paragraphs' texts
    if known (`ParsedParagraph.text`; `Doc.text` joins the tokens again on each access)."""
    out: dict[str, list[tuple[int, str]]] = {}
    referring = events.referring_words()
    towns = set(events.lexicon()["town_markers"])
    # a dispatch's town (`town`: tag/actors/dateline.py) is what « la commune » means until the text
    # marks another town as one (« le maire de X », « la commune de X »: a later entry, and the latest wins)
    filed = index.starting_at(town[0]) if town is not None else []
    for noun in events.lexicon()["town_nouns"] if filed else ():
        out.setdefault(noun, []).append((filed[0].start, filed[0].actor))
    # (the loops below read each paragraph's tokens and tags from lists made once: indexing a Doc makes a new Token)
    pairs = list(docs_and_offsets)
    texts = texts if texts is not None else [doc.text for doc, _ in pairs]
    paragraphs = [(doc, base, *_tokens_and_tags(doc), text) for (doc, base), text in zip(pairs, texts)]
    for doc, base, toks, pos, _ in paragraphs:
        n = len(toks)
        for i in range(n - 1):
            # (a noun the tagger read as an adjective after its article counts: « le collectif X »)
            # (or a lowercase one read as a proper noun before the name: « l'enseigne Marbelo »)
            if pos[i] != "NOUN" and not ((pos[i] == "ADJ" or pos[i] == "PROPN" and toks[i].text[:1].islower())
                                         and i > 0 and toks[i - 1].lower_ in DEFINITE):
                continue
            t, nxt = toks[i], toks[i + 1]
            k = i + 1  # (past an adjective or two: « l'office public Sarthe Logis Habitat »)
            # (a demonym whatever its tag: fr_core_news_md may read « lorientais » as a verb)
            while k < n - 1 and k <= i + 2 and (pos[k] == "ADJ" or LOWER_DEMONYM.fullmatch(toks[k].text)) \
                    and toks[k].text[:1].islower():
                k += 1
            if toks[k].text[:1].isupper():
                nxt = toks[k]
            lemma = _lemma_at(toks, i) if pos[i] == "NOUN" else t.lower_
            if toks[k].lower_ == "à" and lemma in referring and k + 3 < n and toks[k + 1].text[:1].islower() \
                    and (toks[k + 2].text[:1].isupper() or toks[k + 2].text[:1].islower() and toks[k + 3].text[:1].isupper()):
                # « la compagnie à bas coût Volantis », « la société à mission X »: a short « à » phrase says
                # what kind of firm the name is
                j = k + 2 if toks[k + 2].text[:1].isupper() else k + 3
                # (a name the tagger typed a place counts: the noun says it is a firm)
                hit = [m for m in index.starting_at(base + toks[j].idx) if m.actor_type != "person"]
                if hit:
                    out.setdefault(lemma, []).append((hit[0].start, hit[0].actor))
                continue
            if nxt.lower_ in ("de", "du", "des", "d'") and i + 2 < n and (lemma in referring or lemma in towns):
                # « le festival des Estivales »: a referring noun names the organisation it is said
                # of; a place after it is where it stands (« la cave de Saint-Aurel » is not the
                # village). « le maire de X », « la commune de X » say that X is a town.
                after = index.starting_at(base + toks[i + 2].idx)
                if lemma in towns:
                    for noun in events.lexicon()["town_nouns"]:
                        out.setdefault(noun, []).extend((m.start, m.actor) for m in after[:1] if m.actor_type != "person")
                    continue
                hit = [m for m in after if m.actor_type not in ("person", "place")]
                if after and after[0].actor_type in ("place", "other"):
                    # « la cave de Saint-Aurel » is the one organisation whose name holds that place
                    # (« Vignerons de Saint-Aurel »), not the village, whatever type the tagger gave it
                    hit = _named_after(after[0], index) or hit
                if not hit and (j := _past_trade(doc, k)) is not None:
                    # « l'éditeur nantais de logiciels de paie Logivia »: the trade, then the name
                    hit = [m for m in index.starting_at(base + toks[j].idx) if m.actor_type not in ("person", "place")]
            elif nxt.text[:1].isupper():
                hit = index.starting_at(base + nxt.idx)
            elif (lemma in referring or i > 0 and toks[i - 1].lower_ in DEFINITE) \
                    and (j := _past_trade(doc, k)) is not None:
                # (any definite noun with its trade complement, not only a referring one: « le parc d'attractions
                # X », « la maison de retraite Y » are later « le parc », « la maison »)
                hit = [m for m in index.starting_at(base + toks[j].idx) if m.actor_type not in ("person", "place")]
            else:
                continue
            if hit:
                out.setdefault(lemma, []).append((hit[0].start, hit[0].actor))
                # (« le groupe lyonnais Casinos Lumière »: the adjective of origin is said of the name too)
                for t in toks[i + 1:k]:
                    if origin_adjective(t.text):
                        out.setdefault(ORIGIN + origin_adjective(t.text), []).append((hit[0].start, hit[0].actor))
    for doc, base, toks, pos, text in paragraphs:
        n = len(toks)
        for i in range(2, n):
            # the same after the name: « Hexa Games, l'éditeur californien qui… », a non-person name,
            # a comma, a definite noun (and an adjective) closed by a comma or a relative pronoun. A
            # name after « selon » opens a new clause instead (« Selon Le Monde, le groupe va mal »).
            # An indefinite apposition classifies the name the same way (« Fermio, une néobanque
            # nantaise spécialisée dans… », « X, une société coopérative qui… »), possibly behind
            # adjectives (« une jeune pousse »); a participle may close it (« spécialisée dans »).
            # (a bare trade noun after the comma may be tagged an adjective: « X, concessionnaire de … »)
            if pos[i] != "NOUN" and not (toks[i - 1].text == "," and toks[i].lower_ in referring):
                continue
            t = toks[i]
            k = i - 1
            while k > 0 and pos[k] == "ADJ" and toks[k - 1].lower_ in _INDEFINITE:
                k -= 1
            det = toks[k].lower_
            if toks[i - 1].text == "," and _lemma_at(toks, i) in referring:
                # a bare trade noun apposed to the name: « X (ACA), concessionnaire de l'A10, »
                k, det = i, ""
            elif k < 1 or toks[k - 1].text != "," or det not in DEFINITE and det not in _INDEFINITE:
                continue
            if det in _INDEFINITE and _lemma_at(toks, i) not in referring and not _classing_subject(toks, k - 1):
                continue  # « X, une décision qui… » sums up a clause; it does not class a name
            j = i + 1
            nouns = [_lemma_at(toks, i)]
            while j < n and pos[j] == "ADJ":
                nouns.append(toks[j].lower_)  # « une société coopérative » is later « la coopérative »
                j += 1
            if j >= n:
                continue
            # (a participle closes a definite apposition too: « X, le prestataire toulousain chargé des bagages »)
            closer = toks[j].lower_ in (",", "qui", "dont", "(", "which", "that") or pos[j] == "VERB" \
                and toks[j].dep_ == "acl" or (det in _INDEFINITE or not det) and (toks[j].is_punct or pos[j] == "ADP")
            if not closer and det in DEFINITE and toks[j].lower_ in ("de", "du", "des", "d'"):
                # a short lowercase complement, then the close: « Trivalor Sud, l'exploitant du site, filiale de … »
                m = j + 1
                while m < n and m <= j + 4 and toks[m].text[:1].islower() and not toks[m].is_punct and pos[m] != "VERB" \
                        and toks[m].lower_ not in ("qui", "dont"):
                    m += 1
                closer = m > j + 1 and m < n and toks[m].lower_ in (",", ".", ";", "qui", "dont")
            if not closer:
                continue
            comma = base + toks[k - 1].idx
            if k >= 2 and toks[k - 2].text == ")":
                # the name's acronym stands between it and the comma: « Sud Aéroports Gestion (SAG), la société qui »
                opening = text.rfind("(", 0, toks[k - 2].idx)
                comma = base + len(text[:max(0, opening)].rstrip()) if opening > 0 else comma
            before = [m for m in index.starting_in(comma - 80, comma) if m.end == comma]
            if not before or before[-1].actor_type == "person":
                continue
            opener = text[max(0, before[-1].start - base - 24):before[-1].start - base].lower().replace("\u2019", "'")
            if opener.rstrip().endswith(events.informant_marks()):
                continue
            for noun in nouns:
                out.setdefault(noun, []).append((before[-1].start, before[-1].actor))
                if origin_adjective(noun):  # (« X, le transporteur breton, »)
                    out.setdefault(ORIGIN + origin_adjective(noun), []).append((before[-1].start, before[-1].actor))
    for doc, base, toks, _, text in paragraphs:
        _person_appositions(doc, base, len(text), index, out)
        _operators(doc, base, toks, index, out)
        _fronted_appositions(base, toks, index, out)
    sole = _sole_marks([text for _, _, _, _, text in paragraphs])
    for m in index:
        if m.actor != m.text and town_organ(m.text):
            for noun in events.lexicon()["town_nouns"]:
                out.setdefault(noun, []).append((m.start, m.actor))
        words = m.actor.split()
        if m.actor_type != "person" and not is_outlet(m.actor):
            # « Étoile Basket Angevine … le club », « Loire Patrimoine Capital … le fonds »
            for noun in name_marks_nouns():
                if not name_marks(noun).isdisjoint(words) and sole.get(noun, True):
                    out.setdefault(noun, []).append((m.start, m.actor))
        # a name headed by a common noun is taken up by that noun: « Saint-Clair Métropole » by « la
        # métropole », « Université de Vauclair » by « l'université », « Caves de l'Orb » by « la cave »
        if len(words) < 2 or m.actor_type == "person" or is_outlet(m.actor):
            continue  # (« l'équipe » is not the newspaper L'Équipe)
        lowered = m.actor.lower()
        for head, nouns in events.lexicon()["name_head_nouns"].items():
            if lowered.startswith(head + " "):
                for noun in nouns:  # « Centre hospitalier Val-de-Creuse » … « l'hôpital »
                    out.setdefault(noun, []).append((m.start, m.actor))
        for word in {words[0], words[-1]}:
            noun = word.lower()
            # (a lowercase head too, when it is a referring noun: « la métropole de Rennes » … « la métropole »)
            if noun.isalpha() and (word[:1].isupper() or word == words[0] and noun in referring) and noun not in _NOT_HEADS:
                for form in {noun, noun[:-1] if noun.endswith(("s", "x")) and len(noun) > 4 else noun}:
                    out.setdefault(form, []).append((m.start, m.actor))
    near = frozenset(events.lexicon()["near_synonyms"])
    for group in events.lexicon()["referring_synonyms"]:
        said = {noun: list(out.get(noun, ())) for noun in group}
        pairs = sorted({p for noun in group for p in said[noun]})
        for noun in group:
            if pairs:
                # (a near synonym said of an actor takes that actor up before any its family was said of: « le
                # transporteur X … le logisticien Y. Le transporteur » is X; the family stands in only before
                # the noun's own first use)
                first = min((start for start, _ in said[noun]), default=None) if noun in near else None
                out[noun] = sorted(set(said[noun]) | {p for p in pairs if first is None or p[0] < first})
    for pairs in out.values():
        pairs.sort()
    return out


def _fronted_appositions(base: int, toks: list[Token], index: MentionIndex,
                         out: dict[str, list[tuple[int, str]]]) -> None:
    """Record a definite description set before a name it stands in apposition to (« a assigné le fabricant
    allemand de l'attraction, Kessler Fahrgeschäfte, qu'il accuse … », « sur son sous-traitant, les
    Transports Guillou, dont … »): the press takes the name up later by the noun (« le fabricant ») and
    its adjective of origin (« allemand »), as it does after « X, le fabricant allemand, ». The name, an
    organisation, must close the apposition (a comma, a relative pronoun, the sentence's end): « pour le
    groupe, X a … » opens a clause on X instead."""
    n = len(toks)
    for c in range(2, n - 2):
        if toks[c].text != ",":
            continue
        j = c + 1
        if toks[j].lower_ in ("le", "la", "les", "l'", "l’") and j + 1 < n and toks[j + 1].text[:1].isupper():
            j += 1  # (« les Transports Guillou »)
        # (the tagger may type a foreign firm's name a person at this stage: « Kessler Fahrgeschäfte »; a noun of
        # organisations says it is one, below)
        named = [m for m in index.starting_at(base + toks[j].idx) if m.actor_type != "product"]
        if not named:
            continue
        end = named[0].end
        after = next((t for t in toks[j:] if base + t.idx >= end), None)
        if after is not None and after.lower_ not in (",", ".", ";", "qui", "qu'", "qu’", "dont", ")"):
            continue
        # back from the comma: a short « de » complement in lowercase (« de l'attraction »), adjectives, the noun
        k = c - 1
        for d in range(c - 1, max(0, c - 5), -1):
            if toks[d].lower_ in ("de", "du", "des", "d'", "d’"):
                if all(t.text[:1].islower() and t.pos_ not in ("VERB", "AUX") for t in toks[d + 1:c]):
                    k = d - 1
                break
        while k > 0 and toks[k].pos_ == "ADJ" and toks[k].text[:1].islower():
            k -= 1
        noun = toks[k]
        if noun.pos_ != "NOUN" or not noun.text[:1].islower() or k < 1 \
                or toks[k - 1].lower_ not in ("le", "la", "l'", "l’", "son", "sa"):
            continue
        if k >= 2 and toks[k - 2].lower_ in _framing():
            continue
        if _fronted_adverbial(toks, k - 1):
            continue
        lemma = _lemma_at(toks, k)
        if lemma not in actor_nouns() or named[0].actor_type == "person" and lemma not in events.referring_words():
            continue
        out.setdefault(lemma, []).append((named[0].start, named[0].actor))
        for t in toks[k + 1:c]:
            if t.pos_ == "ADJ" and origin_adjective(t.text):
                out.setdefault(ORIGIN + origin_adjective(t.text), []).append((named[0].start, named[0].actor))


def _fronted_adverbial(toks: list[Token], det: int) -> bool:
    """Whether the noun phrase whose determiner is toks[det] sits in a prepositional phrase that opens the
    sentence, no verb before it (« Dans l'établissement, la CGT, majoritaire, réclame … », « Au sein de la
    structure, le syndicat X, qui … »): a fronted circumstantial complement, set off by its comma, is no
    apposition to the subject after it (Riegel et al., Grammaire méthodique du français, ch. VI, « les
    compléments circonstanciels » : « la position frontale »)."""
    start = toks[det].sent.start
    before = toks[start:det]
    return bool(before) and before[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in before)


def _classing_subject(toks: list[Token], comma: int) -> bool:
    """Whether the name before the comma at `comma` is the subject its indefinite apposition classes
    (« Lumio Pay, une fintech nantaise, a perdu … »): a clause-final apposition after an object sums up the
    clause instead (« … a racheté Lumea, une opération qui … »)."""
    j = comma - 1
    if j < 0:
        return False
    while j > 0 and toks[j].dep_ == "flat:name":
        j -= 1
    return toks[j].dep_ in ("nsubj", "nsubj:pass") or toks[j].is_sent_start


@lru_cache(maxsize=None)
def _framing() -> frozenset[str]:
    """Prepositions that put a fronted noun phrase outside the clause's arguments (events.yml
    framing_prepositions): « Selon le syndicat, X a … » is no apposition to X."""
    return frozenset(events.lexicon()["framing_prepositions"])


def _sole_marks(texts: list[str]) -> dict[str, bool]:
    """For each noun of types.yml name_marks_sole, whether name marks may count for it: not when a « noun
    de/d' + capital » names an institution of that kind in French (« l'université de Rennes »)."""
    return {noun: not any(french.search(t) for t in texts) for noun, french in _sole_patterns().items()}


@lru_cache(maxsize=None)
def _sole_patterns() -> dict[str, re.Pattern]:
    """Noun of types.yml name_marks_sole → the pattern of a French institution so named: the noun in either
    case, « de » and a capital (« l'université de Rennes », not « l'école de commerce »)."""
    return {noun: re.compile(rf"\b[{noun[0]}{noun[0].upper()}]{noun[1:]}\s+(?:de\s+|d['’]|du\s+)(?:l['’]|la\s+)?[A-ZÀ-Þ]")
            for noun in resources.load("types").get("name_marks_sole", ())}


@lru_cache(maxsize=None)
def _sole_nouns() -> frozenset[str]:
    return frozenset(_sole_patterns())


def _most_said(apposed: dict[str, list[tuple[int, str]]], noun: str, pos: int, exclude: frozenset) -> Optional[str]:
    """The actor `noun` was said of most often before `pos`, if one leads (« l'école » between two schools)."""
    counts: dict[str, int] = {}
    for start, a in apposed.get(noun, ()):
        if start < pos and a not in exclude:
            counts[a] = counts.get(a, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _operators(doc, base: int, toks: list[Token], index: MentionIndex,
               out: dict[str, list[tuple[int, str]]]) -> None:
    """« Avialim, la société qui gère l'aéroport », « X exploite la salle », « la salle, gérée par X »: the
    agent nouns of the verb (« le gestionnaire », « l'exploitant ») are said of X (events.yml operator_verbs)."""
    verbs = events.lexicon().get("operator_verbs", {})
    for t in toks:
        nouns = verbs.get(t.lemma_.lower()) if t.pos_ in ("VERB", "ADJ") else None
        if not nouns:
            continue
        agents = [c for c in t.children if c.dep_ == "obl:agent"] + [c for c in t.children if c.dep_ == "nsubj"]
        heads = []
        for a in agents:
            if a.lower_ in ("qui", "who") and t.dep_ == "acl:relcl":
                # the relative's antecedent, or the name it stands in apposition to (« X, la société
                # qui gère … », however the parse hung the description)
                h = t.head
                first = min([h.i] + [c.i for c in h.children if c.dep_ == "det"])
                if first > 0 and doc[first - 1].text == ",":
                    heads += [x for x in doc[max(0, first - 4):first - 1] if x.pos_ in ("PROPN", "NOUN")][-1:]
                heads += [h] + ([h.head] if h.dep_ == "appos" else [])
            else:
                heads.append(a)
        # (« le groupe Océalia, qui exploite … »: the relative hangs on the noun, the name is its complement)
        heads += [c for h in heads if h.pos_ == "NOUN" for c in h.children
                  if c.dep_ in ("nmod", "appos", "flat:name") and c.pos_ == "PROPN" and c.i == h.i + 1]
        for h in heads:
            # (a name the tagger typed a place counts: what manages a site is an organisation)
            hit = [m for m in index.overlapping(base + h.idx, base + h.idx + len(h.text))
                   if m.actor_type not in ("person", "product")]
            if hit:
                for noun in nouns:
                    out.setdefault(noun, []).append((hit[0].start, hit[0].actor))
                break


def _named_after(place: Mention, index: MentionIndex) -> list[Mention]:
    """The first mention of the one organisation whose name holds the place `place` names, if one only."""
    words = place.actor.split()
    orgs: dict[str, Mention] = {}
    for m in index:
        names = m.actor.split()
        if m.actor_type not in ("person", "place", "product") and len(names) > len(words) and any(
                names[i:i + len(words)] == words for i in range(len(names) - len(words) + 1)):
            orgs.setdefault(m.actor, m)
    return list(orgs.values()) if len(orgs) == 1 else []


def _person_appositions(doc, base: int, length: int, index: MentionIndex, out: dict[str, list[tuple[int, str]]]) -> None:
    """Record the noun apposed after a person's name (« Laëtitia Brochard, la plus importante franchisée
    de Farinelle, », « X, une ancienne salariée du groupe, »): the press takes the person up by that
    noun later (« la franchisée a assigné … »), as it does an organisation (the loops above)."""
    for m in index.starting_in(base, base + length):
        if m.actor_type != "person" or m.method == "coref":
            continue
        span = doc.char_span(m.start - base, m.end - base, alignment_mode="expand")
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            continue
        k = span.end + 1
        if doc[k].lower_ not in ("le", "la", "l'", "un", "une"):
            continue
        k += 1
        while k < len(doc) and doc[k].pos_ in ("ADJ", "ADV") and doc[k].text[:1].islower():
            k += 1  # « la plus importante franchisée »
        if k >= len(doc) or doc[k].pos_ != "NOUN" or not doc[k].text[:1].islower():
            continue
        noun = doc[k]
        lemma = noun_lemma(noun)
        # (the form itself: a lemma of another gender, « directrice » → « directeur », would take up
        # a man by a woman's noun)
        if lemma != noun.lower_ or not _closes_apposition(doc, k + 1):
            continue
        out.setdefault(lemma, []).append((m.start, m.actor))


def _closes_apposition(doc, j: int) -> bool:
    """Whether an apposition ends at doc[j], past adjectives and a « de » complement (« de Farinelle
    en Indre-et-Loire »): a comma, a relative pronoun, a bracket or the sentence's end, with no verb
    on the way."""
    for t in doc[j:j + 12]:
        if t.lower_ in (",", "qui", "(", ".", ";", ":") or t.is_sent_end and t.is_punct:
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in ("«", "»", "\u201c"):
            return False
        if t.i == j and t.pos_ != "ADJ" and t.lower_ not in ("de", "du", "des", "d'"):
            return False  # (an adjective or a complement follows the noun, or nothing)
    return False


def _tokens_and_tags(doc) -> tuple[list[Token], list[str]]:
    """The tokens of `doc` and their coarse tags (`pos_`), in order (the tags read from the Doc's array:
    `Token.pos_` is the same name, looked up token by token)."""
    return list(doc), [_POS_NAMES[p] for p in doc.to_array(POS).tolist()]


def _past_trade(doc, k: int) -> Optional[int]:
    """The index of the name after a trade complement starting at doc[k] (« de logiciels de paie X »,
    « du commerce en ligne X »): common nouns, adjectives and their little words, then a capital."""
    if doc[k].lower_ not in ("de", "du", "des", "d'"):
        return None
    nouns = 0
    for i in range(k + 1, min(len(doc), k + 8)):
        t = doc[i]
        if t.text[:1].isupper():
            # (right after a noun or an adjective: « de paie Logivia »; not « de batteries d'Orban »,
            # the firm's client)
            return i if nouns and doc[i - 1].pos_ in ("NOUN", "ADJ") else None
        if t.pos_ == "NOUN":
            nouns += 1
        elif t.pos_ not in ("ADJ", "DET") and t.lower_ not in ("de", "du", "des", "d'", "en", "à", "et"):
            return None
    return None


def _dateline(m) -> bool:
    """A mention in capitals, as a dateline's town is (« LIMOGES, 12 mars — »)."""
    return m.text.isupper() and len(m.text) > 3 and m.actor_type != "org"


def common_noun(token: Token) -> bool:
    """A common noun, or a lower-case word the small model tagged a proper noun (« l'institut ») or an
    adjective heading its own phrase after an article (« à l'industriel »)."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and (token.text[:1].islower() or token.text in _common_acronyms()) \
        or _nominal_adjective(token)


@lru_cache(maxsize=None)
def _common_acronyms() -> frozenset[str]:
    """Acronyms that are common nouns (« l'ONG », « la PME »: events.yml common_acronyms)."""
    return frozenset(events.lexicon()["common_acronyms"])


#: Dependencies of a noun phrase's head (an adjective with one of these heads a phrase of its own).
_PHRASE_HEADS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod")


def _nominal_adjective(token: Token) -> bool:
    """An adjective with its own article and no noun to qualify is a noun (nominalisation: « l'industriel »,
    « le challenger »), whatever the small model's tag."""
    return token.pos_ == "ADJ" and token.text[:1].islower() and token.dep_ in _PHRASE_HEADS \
        and any(c.dep_ == "det" for c in token.children)


def noun_lemma(token: Token) -> str:
    """The noun's lemma; a hyphenated noun the tokenizer split (« start - up ») is read whole."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not doc[token.i + 1].whitespace_ \
            and not token.whitespace_:
        return f"{token.lower_}-{doc[token.i + 2].lower_}"
    return token.lemma_.lower()


def _lemma_at(toks: list[Token], i: int) -> str:
    """`noun_lemma` of toks[i], the tokens of a whole Doc in order (read from the list, not the Doc)."""
    t = toks[i]
    if i + 2 < len(toks) and toks[i + 1].text == "-" and not toks[i + 1].whitespace_ and not t.whitespace_:
        return f"{t.lower_}-{toks[i + 2].lower_}"
    return t.lemma_.lower()


def _names_itself(token: Token) -> bool:
    """Whether a capitalised name follows the noun inside its own phrase, before any verb or
    punctuation (« le groupe de cosmétiques Lumeris », not « le club présidé par X »)."""
    doc, sub = token.doc, {t.i for t in token.subtree}
    for i in range(token.i + 1, min(len(doc), token.i + 5)):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.is_punct or i not in sub \
                or t.pos_ == "ADP" and t.lower_ not in ("de", "du", "des", "d'") \
                or events.described_subject_verb(t):  # (« Le syndicat critique la société X »: its verb)
            return False  # (« la plainte de l'association contre la société X »: another phrase)
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN"):
            return True
    return False


def said_of(apposed: dict[str, list[tuple[int, str]]], noun: str, pos: int,
            exclude: frozenset = frozenset()) -> Optional[str]:
    """The latest actor before offset `pos` that `noun` was said of (`appositions`), other than `exclude`."""
    before = [a for start, a in apposed.get(noun, ()) if start < pos and a not in exclude]
    return before[-1] if before else None


def referent(token: Token, base: int, index: MentionIndex, apposed: dict[str, list[tuple[int, str]]], para_of,
             exclude: frozenset = frozenset(), subjects: frozenset = frozenset(),
             arguments: Optional[frozenset] = None, quoted: Optional[Callable[[int], bool]] = None,
             salience: Optional[Callable[[int, int], float]] = None) -> Optional[str]:
    """The actor a definite common noun `token` refers back to, if any.

    `subjects` holds the start offsets of mentions that are grammatical subjects, `arguments` those
    of subjects and objects (when known), `salience(start, pos)` the salience of a mention at the
    noun. Among the actors named in the last paragraphs, the antecedent is the most salient of
    the noun's kind, else of the names the text classed as organisations, else of any kind
    (Lappin & Leass 1994: a subject outranks an object, a recent sentence an older one).
    « La collectivité menace… » after « X a résilié le contrat … de la ligne T3 » is X.
    """
    if not common_noun(token) or not any(c.lower_ in DEFINITE and c.dep_ == "det" or c.lower_ in CONTRACTED
                                         and c.dep_ == "case" for c in token.children):
        return None
    lemma = noun_lemma(token) if token.pos_ == "NOUN" else token.lower_
    if any(c.lower_ in _RELATIONAL for c in token.children):
        return None  # « la maison mère », « sa filiale »'s owner: another actor than the last named
    where = located_at(token, lemma, index, base)
    named = [c for c in token.children if c.dep_ in ("nmod", "appos", "flat:name") and c.text[:1].isupper()] \
        if where is None else []
    # (not a name past the clause's verb the tagger took for the noun's modifier: « l'autorité épingle aussi le
    # Cabinet X »; the verb is looked for only when a name hangs on the noun)
    if named:
        verb_at = next((c.i for c in token.children if c.i > token.i and events.described_subject_verb(c)), len(token.doc))
        if any(c.i < verb_at for c in named):
            return None  # "le fonds Cap Horizon": the name itself is the mention
    if where is None and _names_itself(token):
        return None  # « le groupe de cosmétiques Lumeris »: the phrase names its actor
    pos = base + token.idx
    origin = by_origin(token, lemma, index, apposed, pos, exclude, where)
    if origin:
        return origin
    # (« l'école » between two English-named schools: the one named most often, none on a tie)
    before = _most_said(apposed, lemma, pos, exclude) if lemma in _sole_nouns() else said_of(apposed, lemma, pos, exclude)
    if before:
        return before  # the latest actor the noun was said of
    if lemma in events.lexicon()["focus_nouns"]:
        return firm_of_management(token, index, pos, exclude)
    if counterpart(token, lemma):
        return firm_of_management(token, index, pos, exclude, own_modifiers=True)
    nouns = events.lexicon()["referring_nouns"]
    kinds = [kind for kind, words in nouns.items() if lemma in words and kind != "said"]
    if not kinds:
        # « l'autorité » after « l'Autorité de contrôle prudentiel », « la laiterie » after « la Laiterie des
        # Coëvrons »: a noun that heads an actor's own name takes that actor up
        return name_headed(token, lemma, index, pos, exclude) or member_group(token, lemma, index, pos, exclude)
    body = council(lemma, index, pos, exclude)
    if body:
        return body  # « le Département » after « le conseil départemental de Maine-et-Loire », not a town
    m = index.last_before(pos)
    # organisations are often typed as places and the reverse: any actor that is not a person
    # (nor a court, which is where a case is heard), ranked by salience
    cands = []
    # (the narrator's noun takes up the narrator's actors, not one named in a speaker's words:
    # « « Altexis a menti », fulmine X. Le syndicat menace … » is X's union)
    narrated = quoted is not None and not quoted(pos)
    while m is not None and para_of(m.start) >= para_of(pos) - MAX_PARAGRAPHS_BACK:
        # (nor a dateline's town in capitals, « LIMOGES, 12 mars 2026 — », where the story is filed from)
        if m.actor_type not in ("person", "product") and m.actor not in exclude and not is_forum(m.actor) \
                and (lemma in media_nouns() or not is_outlet(m.actor)) and not _dateline(m) \
                and not (narrated and quoted(m.start)):
            cands.append(m)  # (a news outlet is taken up as what it is: « le quotidien », not « le groupe »)
        m = index.last_before(m.start)
    # a name the text itself classed with a common noun (« la franchise Farinelle ») is an
    # organisation whatever type the tagger gave it; a place noun does not make it one
    places = set(nouns.get("place", ())) | set(events.lexicon()["town_nouns"])
    classed = {a for noun, pairs in apposed.items() if noun not in places for start, a in pairs if start < pos} \
        if "org" in kinds else set()
    # a noun of organisations only takes up a place that acts (« Polychim », typed a place, as a
    # subject), never one named after a preposition (« un conflit à Lorval »); a name of no known
    # type (« Verrex ») is a firm before a region that acts (« La région Bretagne a aidé Verrex »)
    org_only = "org" in kinds and "place" not in kinds
    argument = (lambda m: m.start in arguments) if arguments is not None else (lambda m: True)
    # one tier per kind of evidence; within a tier the most salient antecedent: a role's weight
    # halved with each sentence back (Lappin & Leass 1994), so that the object of the last
    # sentence outranks the subject of three sentences before (without `salience`: the latest)
    steps = [lambda m: m.actor_type in kinds, lambda m: m.actor in classed]
    steps += [lambda m: m.actor_type == "other" and (m.start in subjects or argument(m)),
              lambda m: m.start in subjects or m.actor_type != "place" and argument(m)] if org_only \
        else [lambda m: True]
    # once the noun has taken up an actor (« Le club, présidé par X, … »), a name that opens on another
    # noun of organisations is another kind of actor (« le Groupe Ardouin » is no « club »); before, it
    # may be the one (« Société Générale » … « la banque »)
    if any(m.method == "coref" and m.text.lower() == lemma for m in cands):
        cands = [m for m in cands if not _other_kind(m.actor, lemma)] or cands
    if lemma in _firm_nouns():
        # « le groupe », « l'entreprise »: a firm, never a body named as a union, an association or a public
        # body (« Union syndicale des … », not « Union Investment » nor « Métropole Télévision »), nor a place
        # the text called a region or a town (« La région Occitanie … l'industriel »)
        # (nor one the text classed as such a body: « l'association Enfance Sûre » is no « prestataire »; a name
        # opening on the noun is named_as_body's to judge: « Union Investment » is a firm)
        public = {a for noun in places for _, a in apposed.get(noun, ())} | {
            a for noun in body_heads()[1] for _, a in apposed.get(noun, ()) if a.split()[0].lower() != noun}
        cands = [m for m in cands if not named_as_body(m.actor) and m.actor not in public]
    stems = demonym_stems_after(token)
    if stems:
        # « le club havrais » after the Goélands du Havre and the Harfangs de Caen: the one named after
        # the town its adjective is formed on (none named so: the adjective does not decide)
        cands = [m for m in cands if town_in_name(m.actor, stems)] or cands
    rank = salience or (lambda start, pos: 0.0)
    for keep in steps:
        hits = [m for m in cands if keep(m)]
        if hits:
            return max(hits, key=lambda m: (rank(m.start, pos), m.start)).actor
    return None


@lru_cache(maxsize=None)
def _firm_nouns() -> frozenset[str]:
    return frozenset(events.lexicon()["firm_nouns"]["nouns"])


def _other_kind(actor: str, lemma: str) -> bool:
    """Whether `actor`'s name opens on a noun of organisations other than `lemma` and its synonyms
    (public bodies, named as places, are of every kind: « la Ville d'Angers » is « la collectivité »)."""
    first = actor.split()[0].lower() if actor.split() else ""
    heads, places = _heads()
    return first != lemma and first in heads and lemma not in places and not any(
        first in group and lemma in group for group in events.lexicon()["referring_synonyms"])


@lru_cache(maxsize=None)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The referring nouns of organisations that are not also nouns of places, and those of places
    (events.yml ``referring_nouns``)."""
    nouns = events.lexicon()["referring_nouns"]
    places = frozenset(nouns.get("place", ()))
    return frozenset(nouns.get("org", ())) - places, places


#: A town's institution written as a name (« la Ville de Metz », « la Commune de Bourg »): capitalised, as
#: the press writes the body that acts, not the place (« la ville de Metz »).


def town_institutions(mentions: Sequence[Mention]) -> dict[str, str]:
    """Town → the name of its institution the text uses (« Metz » → « Ville de Metz »).

    A town that acts is its institution: « la mairie », « la municipalité », the dateline's town and
    the bare name all act for the body the text names « la Ville de Metz »; one actor for one body."""
    places = {m.actor for m in mentions if m.actor_type == "place"}
    out: dict[str, str] = {}
    for m in mentions:
        hit = TOWN_BODY.fullmatch(m.actor)
        if hit and hit.group("town") in places and m.actor_type != "person":
            out.setdefault(hit.group("town"), m.actor)
    return out
