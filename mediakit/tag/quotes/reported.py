"""Speech events: a speech verb, a speech phrase or 'selon X', with its speaker and reported clause."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.screen import screened
from ...text.segment import ParsedParagraph
from ..spans import MentionIndex
from ...types import Mention, Sentence
from .attribution import (
    OPENING_SUBJECT,
    _RELATIVE,
    _WHERE_BEFORE,
    person_noun,
    _mention_at,
    _previous_person,
    _quote_before,
    _speaker_from_tokens,
    described_subject,
    led_by,
    speaker_of_phrase,
)
from ..actors.lexicon import _CAPWORD, said_to
from .organisations import _org_nouns, _previous_org
from ..actors.offices import body_reference, office_actor
from .incises import incise_after
from .spokespeople import bare_spokesperson, institution_nouns, opening_org
from .marks import quoted_spans

# "après que", "parce que", "so that": conjunctions, not a reported clause.
_CONJUNCTION = re.compile(r"(?i)\b(?:après|avant|parce|bien|alors|pendant|tandis|dès|sans|pour|afin|sorte|même|si|so|such|now)\s*$")


# Participle endings: the morphologizer calls some present-tense verbs participles ("rappelle").
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ant|ed)$")


@dataclass
class _Event:
    """A speech verb (or "selon") in a sentence, with its speaker and reported clause."""

    sent: Sentence
    cue: str
    cue_start: int
    speaker: Optional[str]
    resolved: bool
    clause: Optional[tuple[int, int]]
    orphan: bool = False  # no subject and no name before the verb: "… » et affirme que …"


@lru_cache(maxsize=None)
def _lexicon():
    data = resources.load("speech_verbs")
    verbs = {w.lower() for lang in ("fr", "en") for key in ("verbs", "governors") for w in data[lang][key]}
    phrases = [p for lang in ("fr", "en") for p in data[lang]["phrases"]]
    according = [p for lang in ("fr", "en") for p in data[lang]["according_to"]]
    return frozenset(verbs), phrases, according


@lru_cache(maxsize=None)
def _infinitive_verbs() -> frozenset[str]:
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for w in data[lang]["infinitive"])


@lru_cache(maxsize=None)
def _according_initial() -> tuple[str, ...]:
    data = resources.load("speech_verbs")
    return tuple(p for lang in ("fr", "en") for p in data[lang]["according_to_initial"])


def _other_sense(tok) -> bool:
    """Whether a verb that reports speech only with a clause or a quotation (speech_verbs.yml
    ``clause_only``) has a noun as its direct object, which makes it another verb (« assurer des
    gardes », "to provide")."""
    return tok.lemma_.lower() in _clause_only() and any(c.dep_ == "obj" and c.pos_ == "NOUN" for c in tok.children)


@lru_cache(maxsize=None)
def _clause_only() -> frozenset[str]:
    return frozenset(resources.load("speech_verbs")["fr"]["clause_only"])


def _speech_events(parsed: list[ParsedParagraph], sentences: list[Sentence], mentions: MentionIndex, text: str) -> list[_Event]:
    verbs, phrases, according = _lexicon()
    events: list[_Event] = []
    by_para: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault(s.para_id, []).append(s)
    for pp in parsed:
        if pp.para.block != "body":
            continue
        doc = pp.doc
        parsed_deps = doc.has_annotation("DEP")
        quoted = quoted_spans(pp.text)
        speech = _speech_verb_tokens(doc, verbs)
        for sent in by_para.get(pp.para.para_id, []):
            rel_s, rel_e = sent.start - pp.start, sent.end - pp.start
            span = doc.char_span(rel_s, rel_e, alignment_mode="expand")
            if span is None:
                continue
            for i in speech[bisect.bisect_left(speech, span.start):bisect.bisect_left(speech, span.end)]:
                tok = doc[i]
                if any(qs <= tok.idx < qe for qs, qe in quoted):
                    continue  # a speech verb inside the quoted words
                if parsed_deps and tok.pos_ not in ("VERB", "AUX") and not _verb_in_disguise(tok):
                    continue
                if parsed_deps and tok.dep_ == "acl" and _PARTICIPLE.search(tok.lower_) and not tok.lower_.endswith("ant"):
                    continue  # "le commentaire, publié sur Facebook": an adjectival participle
                if tok.text[:1].isupper() and tok.i > span.start:
                    continue  # a capitalised word mid-sentence is a name ("Facebook"), not a verb
                if parsed_deps and _other_sense(tok):
                    continue  # « prêts à assurer des gardes »: to provide, not to assert
                ev = _verb_event(tok, sent, pp, mentions, text, parsed_deps,
                                 sentences[sent.sent_id - 1] if sent.sent_id > 0 else None)
                if ev:
                    events.append(ev)
            low = sent.text.lower()
            for phrase in (p for p in phrases if p in low):  # the regex only where the words are
                for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
                    events.append(_phrase_event(sent, m.start(), m.end(), phrase, mentions, text))
            for prep in according:
                for m in _according_pattern(prep).finditer(sent.text):
                    ev = _according_event(sent, m, mentions, text, prep)
                    if ev:
                        events.append(ev)
            for prep in _according_initial():
                # "Pour X, clause.": only at the head of a sentence ("pour" is a preposition elsewhere)
                # (the names apposed to the source belong to it: « Pour les fondatrices de X, Julie
                # Caron et Inès Bakri, … »; two capitalised words at least, then a comma)
                m = _initial_pattern(prep).match(sent.text)
                ev = _initial_event(sent, m, mentions, text, prep) if m else None
                if ev:
                    events.append(ev)
            ev = _final_incise_event(sent, mentions, text)
            if ev:
                events.append(ev)
    # One event per cue position (a phrase and its verb may both match).
    unique: dict[tuple[int, int], _Event] = {}
    for ev in events:
        key = (ev.sent.sent_id, ev.clause[0] if ev.clause else -ev.cue_start)
        if key not in unique or (ev.speaker and not unique[key].speaker):
            unique[key] = ev
    ordered = sorted(unique.values(), key=lambda ev: (ev.sent.start, ev.cue_start))
    # A subjectless speech verb continues the previous speaker of its paragraph
    # ("X dénonce « … » et affirme que …", split by the parser after the quote).
    # (not an incise verb with its inverted subject after it, « », répond ce dernier »: the parse lost that subject)
    for prev, ev in zip(ordered, ordered[1:]):
        if ev.orphan and prev.speaker and prev.sent.para_id == ev.sent.para_id \
                and not _INVERTED_SUBJECT.match(text, ev.cue_start + len(ev.cue)):
            ev.speaker, ev.resolved = prev.speaker, prev.resolved
    for ev in ordered:
        if not ev.resolved and ev.speaker and ev.clause and ev.clause[1] <= ev.cue_start \
                and bare_spokesperson(ev.speaker, ev.cue):
            # « La préfecture menace de …, a précisé un porte-parole. »: a spokesperson no « de X »
            # ties to anyone speaks for the organisation their statement opens with
            org = opening_org(text, ev.clause[0], mentions)
            ev.speaker, ev.resolved = (org, True) if org else (ev.speaker, ev.resolved)
    return ordered


#: A lowercase infinitive after « Pour » (« Pour remplacer X, … », « Pour y parvenir, … »): a purpose.
_INFINITIVE_OPENING = re.compile(r"(?:(?:ne\s+pas|y|en|se|s'|lui|leur)\s*)?(?!(?:notre|votre|autre|entre|contre)\b)[a-zà-ÿ]+(?:er|ir|re|oir)\b")
_NAME = rf"(?-i:{_CAPWORD})"
_NAMES = rf"{_NAME}\s+{_NAME}(?:\s+(?:et|and)\s+{_NAME}\s+{_NAME})?"
_ASIDE = re.compile(r"\s*,[^,.;:!?«»]{1,90},\s*(?=que\s|qu'|that\s)", re.IGNORECASE)


def _clause_after(text: str, sent: Sentence, pos: int, max_gap: int = 40) -> Optional[tuple[int, int]]:
    """The complement clause after a cue: from the word after que/qu'/that to the sentence end."""
    aside = _ASIDE.match(text, pos, sent.end)
    if aside:
        pos = aside.end()  # "a estimé, dans un procès-verbal consulté par X, que …"
    window = text[pos:min(sent.end, pos + max_gap)]
    m = re.search(r"(?<![\w'])(?:que\s+|qu'|that\s+)", window, re.IGNORECASE)
    if not m or re.search(r"[.;:!?«“,]", window[:m.start()]) or _CONJUNCTION.search(window[:m.start()]):
        return None
    s = pos + m.end()
    e = sent.end
    # the clause ends with its own sentence, even when the parser glued the next one on
    # ("… 150 M€. Et de prévenir : « … »"); full stops inside quotation marks do not count
    quoted = [(a + sent.start, b + sent.start) for a, b in quoted_spans(sent.text)]
    for stop in re.finditer(r"[.!?…](?=\s+[«“\"A-ZÀ-Þ])", text[s:sent.end]):
        at = s + stop.start()
        if not any(a <= at < b for a, b in quoted):
            e = at
            break
    while e > s and text[e - 1] in " .;!?»”\"":
        e -= 1
    return _balanced(text, s, e) if len(re.findall(r"\w+", text[s:e])) >= 2 else None


def _balanced(text: str, s: int, e: int) -> tuple[int, int]:
    """A clause that opens a quotation mark ends after its closing one (« est « une provocation » »)."""
    if text.count("«", s, e) > text.count("»", s, e):
        close = text.find("»", e)
        if close >= 0:
            e = close + 1
    return s, e


def _verb_event(tok, sent: Sentence, pp: ParsedParagraph, mentions: MentionIndex, text: str, parsed_deps: bool,
                previous: Optional[Sentence] = None) -> Optional[_Event]:
    cue_start = pp.start + tok.idx
    clause = _clause_after(text, sent, cue_start + len(tok.text))
    if clause and parsed_deps:
        clause = _balanced(text, *_clause_subtree(tok, pp, clause))
    if clause is None and parsed_deps and _is_speech_verb(tok, _infinitive_verbs()):
        clause = _infinitive_clause(tok, pp, sent)
    if parsed_deps:
        verb = tok
        subjects = _subjects(verb)
        hops = 0
        # A participle ("notant que…") or coordinated verb takes the subject of its head verb.
        in_sentence = range(sent.start - pp.start, sent.end - pp.start)
        # (a present participle the parse left hanging, « », a-t-il répondu, rappelant que … »: a participial
        # clause's subject is the one of the verb it is attached to)
        apposed = _name_right_before(verb, pp, mentions) if not subjects and verb.dep_ == "conj" else None
        if apposed is not None:
            # « …, dont le premier secrétaire, Olivier Faure, a salué « … » »: md made the verb a conjunct of the
            # main clause's; a person's name set off right before the verb and its auxiliaries, with no
            # conjunction, is its subject (a French subject stands before its verb: Riegel et al., ch. VI)
            return _Event(sent, tok.text, cue_start, apposed.actor, True, clause)
        while (not subjects and (verb.dep_ in ("advcl", "conj", "xcomp", "acl")
                                 or verb.dep_ == "dep" and verb.lower_.endswith("ant") and "Part" in verb.morph.get("VerbForm"))
               and hops < 3 and verb.head.idx in in_sentence):
            coordinated = verb.dep_ == "conj"
            verb = verb.head
            if coordinated and verb.dep_ == "ccomp":
                # "X a rappelé que A avait versé … et a estimé que …": the second speech verb is
                # coordinated with the first, not with the reported clause the parser chose.
                verb = verb.head
            if _inside_guillemets(verb) and not _inside_guillemets(tok):
                # (« « … », a-t-il répondu, rappelant que … » parsed with the participle on the quoted words' verb:
                # the narrator's participle goes with the incise's verb, outside the quotation, before it)
                verb = next((c for c in reversed(list(verb.children)) if c.i < tok.i and c.pos_ == "VERB"
                             and c.dep_ in ("advcl", "parataxis", "conj") and not _inside_guillemets(c)), verb)
            # (a personal « il » the parse called expletive is a subject too: « Il assure que X a subi … et
            # dénonce … »)
            subjects = [c for c in _subjects(verb) if c.dep_ == "nsubj" or _personal_il(c)]
            hops += 1
        if any(c.dep_ == "nsubj:pass" for c in subjects) and not _active_past(verb):
            return None  # "ont été informés que": the agent is not the subject
        named = _name_before_apposition(subjects, pp, mentions, text, sent)
        speaker, resolved = (named.actor, True) if named is not None \
            else _speaker_from_tokens(subjects, pp, mentions, text, sent, previous)
        opening = OPENING_SUBJECT.match(text, sent.start, cue_start) if not subjects else None
        if opening is not None and tok.lower_.endswith("ant") and _AFTER_COMMA.search(text, sent.start, cue_start):
            # « Il a attaqué la décision de la directrice, la jugeant … »: a participle set off by a comma shares
            # the subject of its sentence, here a personal pronoun opening it, whatever the parse made of it
            speaker, resolved = speaker_of_phrase(text, opening.start("p"), opening.end("p"), mentions,
                                                  opening.start("p"), sent.sent_id)
            if resolved:
                return _Event(sent, tok.text, cue_start, speaker, True, clause)
        if not subjects:
            # No subject in the parse: the name after an inverted verb ("», a confié X"), else
            # the first name of the sentence before the verb.
            after = [m for m in mentions.starting_in(cue_start + 1, sent.end) if m.actor_type == "person"]
            before = _named_before(text, sent, cue_start, mentions)
            pick = after[0] if after and _quote_before(text, sent, cue_start) else (before[0] if before else None)
            speaker, resolved = (pick.actor, True) if pick else (None, False)
            head = tok.head
            if pick is None and tok.dep_ == "acl" and head.pos_ == "NOUN" and head.i < tok.i \
                    and "Part" not in tok.morph.get("VerbForm") and "Inf" not in tok.morph.get("VerbForm") \
                    and pp.start + head.left_edge.idx == sent.start:
                # « Un porte-parole du groupe assure que … » parsed as a noun and its adjectival
                # verb: the noun phrase opening the sentence is the subject
                speaker, resolved = speaker_of_phrase(text, sent.start, cue_start, mentions, sent.start, sent.sent_id)
            if pick is None and not resolved:
                # « Le livreur de 27 ans, lui-même déconnecté, accuse … »: the parse lost the subject
                # a description opening the sentence gives
                described = described_subject(text, sent.start, cue_start, mentions, sent.sent_id)
                speaker, resolved = described if described[1] else (speaker, resolved)
            coordinated = tok.dep_ == "conj" or re.match(r"(?i)\s*(?:et|puis|mais|and|then)\b", text[sent.start:cue_start])
            if pick is None and coordinated and "Fin" in tok.morph.get("VerbForm"):
                return _Event(sent, tok.text, cue_start, None, False, clause, orphan=True)
            if pick is None and "Inf" in tok.morph.get("VerbForm"):
                return None  # "Faut-il rappeler que …": the journalist's own voice
    else:
        before = mentions.starting_in(sent.start, cue_start)
        after = mentions.starting_in(cue_start + 1, sent.end)
        pick = before[-1] if before else (after[0] if after else None)
        speaker, resolved = (pick.actor, True) if pick else (None, False)
    return _Event(sent, tok.text, cue_start, speaker, resolved, clause)


def _infinitive_clause(verb, pp: ParsedParagraph, sent: Sentence) -> Optional[tuple[int, int]]:
    """What an infinitive or adjective complement reports: "a dit ne pas vouloir …", "accuse X d'avoir …",
    "s'est dite favorable à …", "assurant avoir respecté …"."""
    reflexive = any(c.lower_ in ("se", "s'") for c in verb.children)
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in ("xcomp", "ccomp", "obl", "obl:arg", "obl:mod", "advcl", "obj"):
            continue
        infinitive = "Inf" in child.morph.get("VerbForm") or any(
            a.dep_.startswith("aux") and "Inf" in a.morph.get("VerbForm") for a in child.children)
        adjective = reflexive and child.pos_ == "ADJ"
        if not (infinitive and child.pos_ in ("VERB", "AUX") or adjective):
            continue
        toks = [t for t in child.subtree if t.i > verb.i]
        # (« …, ce que conteste Y »: a relative resuming the clause comments on it, it is not reported)
        cut = next((k for k in range(len(toks) - 2) if toks[k].text == "," and toks[k + 1].lower_ == "ce"
                    and toks[k + 2].lower_ in ("que", "qu'", "qui")), None)
        toks = toks[:cut] if cut is not None else toks
        while toks and (toks[0].lower_ in ("de", "d'", "à", "to") or toks[0].is_punct):
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if len(toks) < 2:
            continue
        s = pp.start + toks[0].idx
        e = min(pp.start + toks[-1].idx + len(toks[-1].text), sent.end)
        if sent.start <= s < e:
            return s, e
    return None


def _final_incise_event(sent: Sentence, mentions: MentionIndex, text: str) -> Optional[_Event]:
    """"…, a révélé Le Monde." / "…, selon X": a statement closed by an incise names its source."""
    body = sent.text.rstrip(" .!?…")
    comma = body.rfind(",")
    if comma < 0:
        return None
    found = incise_after(text, sent.start + comma, sent.start + len(body), sent.lang)
    if found is None or found.end != sent.start + len(body):
        return None
    cs, ce = sent.start, sent.start + comma
    if len(re.findall(r"\w+", text[cs:ce])) < 4 or quoted_spans(text[cs:ce]):
        return None  # a quotation before the incise is a direct quote, attributed elsewhere
    opener = [m for m in mentions.starting_in(cs, cs + 4) if text[m.end:m.end + 1] == "," and m.end < ce]
    if opener and text.count(",", opener[0].end, ce + 1) == 2:
        return None  # « Paul Lenoir, maire de Laval, a dénoncé … »: a name, its apposition, then its verb
    if any(m.actor_type == "person" for m in mentions.ending_at(ce)) and _APPOSED_NAME.search(text, cs, ce):
        # « Le lendemain, la présidente de X, Marie Veil, a annoncé la suspension »: a role and the name apposed to
        # it, then their verb; the object after the verb is no inverted subject
        return None
    last_comma = text.rfind(",", cs, ce)
    if last_comma >= 0 and _RELATIVE.match(text, last_comma, ce):
        return None  # « X, qui dirige le site depuis 2015, a confirmé l'information »: the relative clause's end
    if last_comma >= 0 and " ".join(text[last_comma + 1:ce].lower().split()) in _asides():
        return None  # « Le maire, lui, dénonce X »: a subject and its aside, then the verb
    if found.pronoun:
        person = _previous_person(mentions, sent.start, found.pronoun)
        speaker, resolved = (person.actor, True) if person else (None, False)
    elif found.subject:
        speaker, resolved = speaker_of_phrase(text, found.subject[0], found.subject[1], mentions, sent.start, sent.sent_id)
    else:
        return None
    return _Event(sent, found.verb, found.start, speaker, resolved, (cs, ce))


@lru_cache(maxsize=None)
def _asides() -> frozenset[str]:
    """Asides between a subject and its verb (speech_verbs.yml asides)."""
    return frozenset(resources.load("speech_verbs")["fr"]["asides"])


@lru_cache(maxsize=None)
def _according_pattern(prep: str) -> re.Pattern:
    # compiled once: tried on every sentence of the body
    return re.compile(rf"(?<![\w']){re.escape(prep)}\s+", re.IGNORECASE)


@lru_cache(maxsize=None)
def _initial_pattern(prep: str) -> re.Pattern:
    return re.compile(rf"(?i){re.escape(prep)}\s+([^,;:.]{{2,80}}(?:,\s*{_NAMES})?),\s*")


def _speech_verb_tokens(doc, verbs: frozenset[str]) -> list[int]:
    """Indices of the tokens of `doc` that `_is_speech_verb` accepts, in order.

    Its answer depends on a word's form, lemma and text alone: read from spaCy's arrays of their
    ids and kept per distinct triple for the process, instead of a Token and three string
    lookups for every word of the body."""
    from spacy.attrs import LEMMA, LOWER, ORTH

    return screened(doc, (LOWER, LEMMA, ORTH), _SPEECH_FORMS.setdefault(verbs, {}),
                    lambda lower, lemma, text: _is_speech_form(lower, lemma, text, verbs))


#: verb table → {(form id, lemma id, text id): `_is_speech_form`}.
_SPEECH_FORMS: dict[frozenset, dict[tuple[int, int, int], bool]] = {}


def _is_speech_verb(tok, verbs: frozenset[str]) -> bool:
    return _is_speech_form(tok.lower_, tok.lemma_, tok.text, verbs)


def _is_speech_form(lower: str, lemma: str, text: str, verbs: frozenset[str]) -> bool:
    # Called for every distinct word of the body: the cheapest forms are tried first.
    if lower in verbs or (lemma or text).lower() in verbs:
        return True
    # The small model sometimes lemmatises a present-tense verb as a noun ("dénonce"): try the
    # infinitive the form implies (-e/-es/-ent → -er).
    return _INFLECTION.sub("", lower) + "er" in verbs


_INFLECTION = re.compile(r"(?:e|es|ent)$")


def _verb_in_disguise(tok) -> bool:
    """A speech verb the tagger called a noun, recognisable by what follows: a quote or que."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.text[:1].islower() and nxt is not None
            and (nxt.text in ("«", "“", '"') or nxt.lower_ in ("que", "qu'", ":")))


#: A comma before a participle, with its object clitics (« , la jugeant », « , tout en lui reprochant »).
_AFTER_COMMA = re.compile(r",\s*(?:tout\s+)?(?:en\s+)?(?:(?:la|le|les|l'|lui|leur|se|s'|y|en)\s*)*$")


def _active_past(verb) -> bool:
    """Whether a participle the parse gave a passive subject is in fact an active compound past: « Il a précisé
    que » has the auxiliary « avoir » and no « être » (the passive is « être » + participle, Grevisse, Le Bon
    usage, § 772), whatever label the parse gave the subject."""
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.lemma_ == "avoir" for c in aux) and not any(c.dep_ == "aux:pass" or c.lemma_ == "être" for c in aux)


def _subjects(verb) -> list:
    # Quoted words are what is said, never who says it, whatever the parser attached them to
    # (« X fustige « une gestion par la peur » et accuse … »: the parse made « gestion » the subject).
    found = [c for c in verb.children if (c.dep_ in ("nsubj", "nsubj:pass") or _personal_il(c))
             and not c.left_edge.text in ("«", "“", '"') and not _inside_guillemets(c)]
    # (« Une promesse que les soignants jugent « hypocrite » »: a noun before the verb's own « que » is
    # the relative's antecedent, the parse's second subject; the subject is the one after « que »)
    que = [c.i for c in verb.children if c.dep_ == "mark" and c.lower_.replace("’", "'") in ("que", "qu'")]
    if que and any(c.i > que[0] for c in found):
        found = [c for c in found if c.i > que[0]]
    return found


def _name_before_apposition(subjects: list, pp: ParsedParagraph, mentions: MentionIndex, text: str,
                            sent: Sentence) -> Optional[Mention]:
    """The person whose apposition the parse made the subject (« Léa Morvan, 21 ans, étudiante en histoire,
    dit … »: fr_core_news_md takes « ans » for the subject and the name for the root). A French subject noun
    has its determiner; a bare noun phrase (an age, an occupation) set off by a comma right after a name,
    itself governed by no preposition, is that name's apposition."""
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].left_edge.pos_ in ("DET", "PRON", "PROPN"):
        return None
    start = pp.start + subjects[0].left_edge.idx
    comma = re.search(r",\s*$", text[sent.start:start])
    if comma is None:
        return None
    for m in mentions.ending_at(sent.start + comma.start()):
        name = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
        if m.actor_type == "person" and m.start >= sent.start and name is not None \
                and name.root.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod") \
                and not any(c.dep_ == "case" for c in name.root.children):
            return m
    return None


def _name_right_before(verb, pp: ParsedParagraph, mentions: MentionIndex) -> Optional[Mention]:
    """The person named right before `verb` and its auxiliaries, behind a comma, in a conjunct with no « et »
    of its own whose first clause ends before the name (« …, dont le secrétaire, Olivier Faure, a salué »)."""
    if any(c.dep_ == "cc" for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "AUX":
        i -= 1
    if i < 1 or verb.doc[i].text != "," or verb.head.i >= i:
        return None
    end = pp.start + verb.doc[i - 1].idx + len(verb.doc[i - 1].text)
    found = [m for m in mentions.ending_at(end) if m.actor_type == "person" and m.start > pp.start + verb.head.idx]
    return found[0] if found else None


def _personal_il(token) -> bool:
    """« Il » / « elle » labelled expletive (``expl:subj``, as fr_core_news_md often does for a sentence-initial
    « Il affirme que … ») before a verb of saying: no verb of saying is impersonal in the active voice,
    so it names the speaker; not in « il se dit que », « il est dit que », « il y a » (impersonal)."""
    verb = token.head
    return (token.dep_ == "expl:subj" and token.lower_ in ("il", "elle")
            and not any(c.lower_ in ("se", "s'", "y") or c.dep_ in ("aux:pass", "expl:pass") for c in verb.children))


def _inside_guillemets(token) -> bool:
    """Whether `token` stands inside quotation marks of its paragraph (marks.quoted_spans)."""
    return any(s <= token.idx < e for s, e in _doc_quotes(token.doc))


@lru_cache(maxsize=1)
def _doc_quotes(doc) -> list[tuple[int, int]]:
    # The quoted spans of the paragraph being read, for each subject of each of its speech verbs:
    # Doc.text joins every token again on each access. (Keyed by the Doc itself, which the cache
    # keeps alive: no other paragraph can take its place.)
    return quoted_spans(doc.text)


def _clause_subtree(verb, pp: ParsedParagraph, clause: tuple[int, int]) -> tuple[int, int]:
    """Cut a reported clause at the end of the verb's complement ("… que X, et a estimé que …")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "obj", "xcomp") and any(t.lower_ in ("que", "qu'", "that") for t in child.subtree):
            verbs, _, _ = _lexicon()
            coordinated = [set(c.subtree) for c in child.children
                           if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                           and (_is_speech_verb(c, verbs) or any(g.lower_ in ("que", "qu'") for g in c.children))]
            inner = [t for t in child.subtree if not any(t in sub for sub in coordinated) and not t.is_punct]
            last = max(inner, key=lambda t: t.i)
            end = pp.start + last.idx + len(last.text)
            if clause[0] < end <= clause[1]:
                return clause[0], end
    return clause


#: A name set off by commas right before the clause's last comma (« …, la présidente de X, Marie Veil »).
_APPOSED_NAME = re.compile(r",\s*[A-ZÀ-Þ][^,]{1,60}$")
#: A noun phrase right after a verb: its inverted subject (« répond ce dernier », « tranche la maire »).
_INVERTED_SUBJECT = re.compile(r"\s+(?:ce|cette|le|la|les|l'|son|sa|ses|leur|un|une)\s*[a-zà-ÿ]", re.IGNORECASE)


def _named_before(text: str, sent: Sentence, cue_start: int, mentions: MentionIndex) -> list[Mention]:
    """The actors named in `sent` before a speech cue that may be its subject, likeliest first: a
    person first (« La maire de X, Claire Y, s'est dite … »), then any named actor; not the medium
    that asked (« Interrogée par Le Courrier, Julie Mercier juge que … ») nor who leads the subject
    (« X, présidé par Y, a fait savoir »)."""
    # (nor a place after « de », « à »…: where the subject is from, « le groupe de Landerneau invoque … »)
    before = [m for m in mentions.starting_in(sent.start, cue_start)
              if not said_to(text, m.start, sent.start) and not led_by(text, m)
              and not (m.actor_type == "place" and _WHERE_BEFORE.search(text[max(sent.start, m.start - 30):m.start]))]
    return sorted(before, key=lambda m: (m.actor_type != "person", m.method == "coref", m.start))


def _phrase_event(sent: Sentence, s: int, e: int, phrase: str, mentions: MentionIndex, text: str) -> _Event:
    cue_start = sent.start + s
    clause = _clause_after(text, sent, sent.start + e)
    before = _named_before(text, sent, cue_start, mentions)  # (« X, présidé par Y, a fait savoir »: X)
    if before:
        return _Event(sent, phrase, cue_start, before[0].actor, True, clause)
    # The subject is a group ("de nombreuses entreprises ont fait savoir"): keep its words.
    head = text[sent.start:cue_start]
    head = re.split(r"[,;]\s*(?:et\s+)?", head)[-1].strip()
    head = re.sub(r"\s+(?:ont|a|avait|avaient|ont clairement|a clairement|have|has)(?:\s+\w+ment)?$", "", head).strip()
    if head.lower() in ("il", "elle"):
        # « Il a fait savoir qu'il … »: a subject pronoun takes up the last person named of its gender
        at = text.find(head, sent.start, cue_start)
        speaker, resolved = speaker_of_phrase(text, at, at + len(head), mentions, at, sent.sent_id)
        if resolved:
            return _Event(sent, phrase, cue_start, speaker, True, clause)
    return _Event(sent, phrase, cue_start, head or None, False, clause)


def _initial_event(sent: Sentence, m: re.Match, mentions: MentionIndex, text: str, prep: str) -> Optional[_Event]:
    """"Pour X, clause.": X's view when X is a named actor ("Pour la plupart, …" is not a source, nor is
    a purpose: « Pour remplacer X, le club a recruté Y »)."""
    if _INFINITIVE_OPENING.match(m.group(1)) or _FOR_ONES_PART.match(m.group(1)):
        return None
    speaker, resolved = speaker_of_phrase(text, sent.start + m.start(1), sent.start + m.end(1), mentions, sent.start, sent.sent_id)
    if not resolved:
        return None
    cs, ce = sent.start + m.end(), sent.end
    while ce > cs and text[ce - 1] in " ,.;!?»”\"":
        ce -= 1
    if len(re.findall(r"\w+", text[cs:ce])) < 3:
        return None
    return _Event(sent, prep, sent.start, speaker, True, (cs, ce))


#: « Pour sa part, X estime … », « pour ma part »: the locution means « as for him / me » (en ce qui le concerne,
#: Trésor de la langue française, s.v. part), a topic, not whose view the clause is; the subject after it speaks.
_FOR_ONES_PART = re.compile(r"(?i)(?:ma|ta|sa|notre|votre|leur)\s+part\b")


#: Words that may open a sentence before « selon X, » (« Mais selon un cadre du ministère, … »).
_LEADING_LINKS = {"", "mais", "et", "or", "pourtant", "toutefois", "cependant", "enfin", "ainsi", "d'ailleurs",
                  "en revanche", "but", "and", "yet"}


@lru_cache(maxsize=None)
def _source_nouns() -> frozenset[str]:
    return frozenset(resources.load("speech_verbs")["fr"]["source_nouns"])


#: A relative « qui » opening right before « selon » (« Y, qui avait selon lui … »): at most a few words between.
_RELATIVE_BEFORE = re.compile(r",\s*qui(?:\s+[\w'’-]+){0,3}\s*,?\s*$")
#: Stressed pronouns after « selon » → the subject pronoun of their gender (« selon lui »: « il »).
_STRESSED = {"lui": "il", "him": "he", "her": "she"}


#: A circle after « selon » (« l'entourage du ministre », « le cabinet de la maire »), what it surrounds and that
#: title's complement (« du ministre de l'Intérieur »).
_CIRCLE_OF = re.compile(r"(?i)(?:entourage|proches|cabinet)\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+)(?P<held>[\w'’-]+)"
                        r"(?:\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)(?P<of>[\w'’-]+))?")


def _circle_holder(circle: re.Match, mentions: MentionIndex) -> Optional[str]:
    """Who a circle speaks for: the actor named where its holder stands, else the one body of the office a bare
    role names (« du ministre »: the ministry the text names; events.yml role_offices)."""
    named = next(iter(mentions.starting_in(circle.start("held"), circle.start("held") + 1)), None)
    if named is not None:
        return named.actor
    nouns = tuple(role_offices().get(circle.group("held").lower(), ()))
    body = office_actor(nouns, mentions) if nouns else None
    # (« du ministre de l'Intérieur » is no other ministry the text names)
    of = circle.group("of")
    return body if body is None or of is None or of.lower() in body.lower() else None


@lru_cache(maxsize=None)
def role_offices() -> dict[str, tuple[str, ...]]:
    """A public office-holder's title → the nouns of the body that office is (events.yml role_offices)."""
    return {role: tuple(nouns) for role, nouns in resources.load("events")["role_offices"].items()}


def _according_event(sent: Sentence, m: re.Match, mentions: MentionIndex, text: str, prep: str) -> Optional[_Event]:
    s = sent.start + m.end()
    rest = text[s:sent.end]
    resolved = True
    pronoun = re.match(r"(?i)(lui|elle|eux|elles|him|her|them)\b", rest)
    if pronoun:
        # "Selon elle, …": the person of its gender last named before (in the sentence too: « X a
        # rappelé que …, selon elle, … »)
        word = pronoun.group(1).lower()
        prev = _previous_person(mentions, sent.start + m.start(), _STRESSED.get(word, word))
        relative = _RELATIVE_BEFORE.search(text, sent.start, sent.start + m.start())
        if prev is not None and relative and not text[prev.end:relative.start()].strip(" \u00a0"):
            # « X a taclé Y, qui avait selon lui « divisé le vestiaire » »: the pronoun is not the relative's
            # antecedent, whose act the clause tells (a pronoun is free in its own clause: Riegel et al.,
            # Grammaire méthodique, ch. VII), but the one named before it
            prev = _previous_person(mentions, prev.start, _STRESSED.get(word, word))
        if prev is None:
            return None
        speaker_actor, after_speaker = prev.actor, s + pronoun.end()
    else:
        det = re.match(r"(?i)(?:la|le|les|l'|the)\s*", rest)
        s += det.end() if det else 0
        speaker = _mention_at(mentions, s, s + 1)
        noun = re.match(r"[\w-]+", text[s:sent.end])
        phrase = re.match(r"(?i)(?:une?|des|a|an)\s+[^,;:]{2,80}?(?=,)", text[s:sent.end])
        if speaker is None and det and noun:
            # « selon le cabinet Orbis »: the name the noun stands before is the source (the noun
            # classes it), not the last organisation the noun could take up
            speaker = next(iter(mentions.starting_in(s + noun.end() + 1, s + noun.end() + 2)), None)
        if speaker is None and det and noun and noun.group().lower() in _org_nouns():
            prev = _previous_org(mentions, sent.start, noun.group())  # "Selon le syndicat, …"
            if prev is None:
                return None
            speaker_actor, after_speaker = prev.actor, s + noun.end()
        elif speaker is None and det and noun and noun.group().lower() in institution_nouns():
            # « Selon la préfecture, … »: an institution no name stands for speaks as written; the one body of
            # its kind the text names when there is one (« selon la municipalité » after « la Ville de X »)
            speaker_actor, after_speaker = text[s - det.end():s + noun.end()], s + noun.end()
            body = body_reference(speaker_actor, mentions)
            speaker_actor, resolved = (body, True) if body is not None else (speaker_actor, False)
        elif speaker is None and phrase:
            # "Selon une porte-parole de l'enseigne, …": the organisation a spokesperson speaks for
            # (« Selon une source proche du dossier, … »: an unnamed source speaks as written)
            speaker_actor, resolved = speaker_of_phrase(text, s, s + phrase.end(), mentions, sent.start, sent.sent_id)
            head = re.findall(r"[\w'-]+", phrase.group().lower())[1:2]
            if not resolved and not (head and (head[0] in _source_nouns() or person_noun(head[0]))):
                return None
            after_speaker = s + phrase.end()
        elif speaker is None and (circle := _CIRCLE_OF.match(text, s, sent.end)) is not None \
                and (held := _circle_holder(circle, mentions)) is not None:
            # « selon l'entourage du ministre », « selon le cabinet de la maire »: the circle speaks for the one it
            # surrounds, named there or, a bare office, the one body of that office the text names
            speaker_actor, after_speaker = held, circle.end()
        elif speaker is None:
            return None
        else:
            speaker_actor, after_speaker = speaker.actor, speaker.end
        # "selon la Direction nationale … (DNCG)": skip an acronym in parentheses.
        paren = re.match(r"\s*\([^)]{1,12}\)", text[after_speaker:sent.end])
        after_speaker += paren.end() if paren else 0
    if text[sent.start:sent.start + m.start()].strip().rstrip(",").lower() in _LEADING_LINKS:
        comma = text[after_speaker:sent.end].find(",")  # "Selon X, clause." (« Mais selon X, … »)
        if comma < 0:
            return None
        cs, ce = after_speaker + comma + 1, sent.end
        while cs < sent.end and text[cs] == " ":
            cs += 1
    else:
        # "clause, selon X." (or a sentence-internal "…, selon X, …": the words before it)
        cs, ce = sent.start, sent.start + m.start()
    while ce > cs and text[ce - 1] in " ,.;!?»”\"":
        ce -= 1
    if len(re.findall(r"\w+", text[cs:ce])) < 3:
        return None
    return _Event(sent, prep, sent.start + m.start(), speaker_actor, resolved, (cs, ce))

