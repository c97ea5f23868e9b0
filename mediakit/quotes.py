"""Quotes and their speakers: quoted words, reported speech and embedded social posts.

Notes:
    Direct quotes are text between quotation marks; their speaker is the subject of a speech verb
    in the same sentence (or of a "X :" introduction), the cue-subject rule of Pouliquen et al.
    (2007) and Pareti (2016). Reported speech is a speech verb with a que/that complement clause,
    or "selon X". A quoted span of fewer than three words is a scare quote, not a quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import lang as langid
from . import resources
from .dates import parse as parse_date
from .segment import ParsedParagraph
from .types import Attribution, Mention, Quote, Sentence

MIN_DIRECT_WORDS = 3
_PAIRS = {"«": "»", "“": "”", "„": "“"}
# "après que", "parce que", "so that": conjunctions, not a reported clause.
_CONJUNCTION = re.compile(r"(?i)\b(?:après|avant|parce|bien|alors|pendant|tandis|dès|sans|pour|afin|sorte|même|si|so|such|now)\s*$")
# Participle endings: the morphologizer calls some present-tense verbs participles ("rappelle").
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ant|ed)$")
_PRONOUNS = {"il", "elle", "he", "she", "celui-ci", "celle-ci"}


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
    verbs = {w.lower() for lang in ("fr", "en") for w in data[lang]["verbs"]}
    phrases = [p for lang in ("fr", "en") for p in data[lang]["phrases"]]
    according = [p for lang in ("fr", "en") for p in data[lang]["according_to"]]
    return frozenset(verbs), phrases, according


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside quotation marks (outermost pairs; « », “ ”, straight quotes)."""
    return _scan_quotes(text)[0]


def _unclosed(text: str) -> Optional[int]:
    """Where the words of a quotation opened but not closed in `text` start, if any."""
    opened = _scan_quotes(text)[1]
    if opened is None:
        return None
    while opened < len(text) and text[opened].isspace():
        opened += 1
    return opened


def _scan_quotes(text: str) -> tuple[list[tuple[int, int]], Optional[int]]:
    spans = []
    stack: list[tuple[str, int]] = []
    straight: Optional[int] = None
    for i, ch in enumerate(text):
        if stack and ch == _PAIRS[stack[-1][0]]:  # closers first: "“" closes "„" and opens too
            _, pos = stack.pop()
            if not stack:
                spans.append((pos + 1, i))
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch == '"' and not stack:
            if straight is None:
                straight = i
            else:
                spans.append((straight + 1, i))
                straight = None
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out, (stack[0][1] + 1 if stack else None)


def _body_quotes(text: str, parsed: list[ParsedParagraph]) -> list[tuple[int, int]]:
    """Quoted spans of the body paragraphs, in document offsets.

    French press runs a long quotation over several paragraphs by opening each continuation
    paragraph with « and closing only the last: such a quotation is one span.
    """
    out: list[tuple[int, int]] = []
    carry: Optional[int] = None
    for pp in parsed:
        if pp.para.block != "body":
            carry = None
            continue
        ptext = text[pp.para.start:pp.para.end]
        spans = [(pp.para.start + a, pp.para.start + b) for a, b in quoted_spans(ptext)]
        if carry is not None and ptext[:1] in "«“":
            if spans and spans[0][0] - pp.para.start <= 2:
                out.append((carry, spans[0][1]))  # the continuation closes here
                spans, carry = spans[1:], None
            else:
                continue  # still open: the quotation goes on
        carry = None
        out.extend(spans)
        opened = _unclosed(ptext)
        if opened is not None:
            carry = pp.para.start + opened
    return out


def extract_quotes(doc_id: str, text: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                   mentions: list[Mention], attributions: list[Attribution], prior: list[str],
                   languages: tuple[str, ...]) -> list[Quote]:
    """All quotes of one document, in text order, with speakers resolved to actors where possible."""
    starts = [s.start for s in sentences]
    quotes: list[tuple[int, int, str, Optional[str], bool, Optional[str], Optional[str]]] = []
    events = _speech_events(parsed, sentences, mentions, text)
    used_events = set()

    for s, e in _body_quotes(text, parsed):
        if len(re.findall(r"\w+", text[s:e])) < MIN_DIRECT_WORDS:
            continue
        sid = _sent_of(starts, s)
        event = _event_for(events, sid, s, e)
        after = _said_after(text, e, sentences[_sent_of(starts, e)], mentions)
        if after is not None:
            # "« … », tranche Lemarchand" / "…, a-t-il martelé": the attribution right after
            # the closing mark is unambiguous, whatever the verb.
            speaker, resolved, cue = after.actor, True, "after"
            if event is not None and event.cue_start > e:
                used_events.add(id(event))
                cue = event.cue
        elif event is not None:
            # the quote is what this verb reports, unless a full stop separates them
            # ("… a rappelé que X. Et de prévenir : « … »")
            between = text[min(event.clause[1], s):max(event.clause[1], s)] if event.clause else ""
            if not re.search(r"[.!?]\s", between):
                used_events.add(id(event))
            speaker, resolved, cue = event.speaker, event.resolved, event.cue
        else:
            speaker, resolved = _introduced_by(text, s, sentences[sid], mentions)
            cue = ":" if speaker else None
            if speaker is None:
                # "Samira Benali accuse … d'avoir « … »": a sentence opened by a person's name
                opener = _sentence_opener(text, sentences[sid], mentions, s)
                speaker, resolved, cue = (opener.actor, True, "subject") if opener else (None, False, None)
        quotes.append((s, e, "direct", speaker, resolved, cue, None))

    direct_spans = [(q[0], q[1]) for q in quotes]
    for ev in events:
        if ev.clause is None or id(ev) in used_events:
            continue
        cs, ce = ev.clause
        if any(ds < ce and cs < de for ds, de in direct_spans):
            continue
        quotes.append((cs, ce, "indirect", ev.speaker, ev.resolved, ev.cue, None))

    quotes += _embed_quotes(text, parsed, attributions, mentions)
    quotes.sort(key=lambda q: (q[0], q[1]))
    out = []
    for n, (s, e, kind, speaker, resolved, cue, date) in enumerate(quotes, 1):
        sid = _sent_of(starts, s)
        qlang, _ = langid.detect(text[s:e], languages, prior=[sentences[sid].lang] + prior, fallback=sentences[sid].lang)
        out.append(Quote(doc_id, f"{doc_id}#q{n}", sid, s, e, text[s:e], speaker, resolved, kind, cue, qlang, date))
    return out


def _sent_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _event_for(events: list[_Event], sid: int, s: int, e: int) -> Optional[_Event]:
    # The speech verb of the quote's sentence; for a quote spanning sentences, of its first one.
    same = [ev for ev in events if ev.sent.sent_id == sid]
    if not same:
        return None
    # The verb closest to the quote, preferring one before it.
    return min(same, key=lambda ev: (ev.cue_start > s, abs(ev.cue_start - s)))


def _mention_at(mentions: list[Mention], start: int, end: int) -> Optional[Mention]:
    for m in mentions:
        if m.start < end and start < m.end and m.method != "coref":
            return m
    for m in mentions:
        if m.start < end and start < m.end:
            return m
    return None


def _previous_person(mentions: list[Mention], before: int) -> Optional[Mention]:
    for m in reversed(mentions):
        if m.end <= before and m.actor_type == "person":
            return m
    return None


def _speech_events(parsed: list[ParsedParagraph], sentences: list[Sentence], mentions: list[Mention], text: str) -> list[_Event]:
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
        quoted = quoted_spans(pp.doc.text)
        for sent in by_para.get(pp.para.para_id, []):
            rel_s, rel_e = sent.start - pp.start, sent.end - pp.start
            span = doc.char_span(rel_s, rel_e, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if not _is_speech_verb(tok, verbs) or any(qs <= tok.idx < qe for qs, qe in quoted):
                    continue  # not a speech verb, or one inside the quoted words
                if parsed_deps and tok.pos_ not in ("VERB", "AUX") and not _verb_in_disguise(tok):
                    continue
                if parsed_deps and tok.dep_ == "acl" and _PARTICIPLE.search(tok.lower_):
                    continue  # "le commentaire, publié sur Twitter": an adjectival participle
                if tok.text[:1].isupper() and tok.i > span.start:
                    continue  # a capitalised word mid-sentence is a name ("Twitter"), not a verb
                ev = _verb_event(tok, sent, pp, mentions, text, parsed_deps)
                if ev:
                    events.append(ev)
            low = sent.text.lower()
            for phrase in phrases:
                for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
                    events.append(_phrase_event(sent, m.start(), m.end(), phrase, mentions, text))
            for prep in according:
                for m in re.finditer(rf"(?<![\w']){re.escape(prep)}\s+", sent.text, re.IGNORECASE):
                    ev = _according_event(sent, m, mentions, text, prep)
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
    for prev, ev in zip(ordered, ordered[1:]):
        if ev.orphan and prev.speaker and prev.sent.para_id == ev.sent.para_id:
            ev.speaker, ev.resolved = prev.speaker, prev.resolved
    return ordered


def _clause_after(text: str, sent: Sentence, pos: int, max_gap: int = 40) -> Optional[tuple[int, int]]:
    """The complement clause after a cue: from the word after que/qu'/that to the sentence end."""
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
    return (s, e) if len(re.findall(r"\w+", text[s:e])) >= 2 else None


def _speaker_from_tokens(tokens, pp: ParsedParagraph, mentions: list[Mention], text: str, sent: Sentence):
    if not tokens:
        return None, False
    subj = tokens[0]
    if subj.lower_ in ("qui", "who", "which") or "Rel" in subj.morph.get("PronType"):
        # "Berg, qui a …": the relative pronoun's antecedent, else the name just before it.
        if subj.head.dep_ == "acl:relcl":
            subj = subj.head.head
        else:
            at = pp.start + subj.idx
            prev = [m for m in mentions if sent.start <= m.start and m.end <= at]
            if prev:
                return prev[-1].actor, True
    s = pp.start + subj.left_edge.idx
    e = pp.start + subj.right_edge.idx + len(subj.right_edge.text)
    head_s = pp.start + subj.idx
    # "La préfète du Loiret, Claire Vasseur, a assuré": the person apposed to the subject, not the place
    inside = sorted((x for x in mentions if s <= x.start and x.end <= e),
                    key=lambda x: (x.actor_type != "person", x.method == "coref", x.start))
    m = _mention_at(mentions, head_s, head_s + len(subj.text))
    if m is None or (m.actor_type != "person" and inside and inside[0].actor_type == "person"):
        m = inside[0] if inside else m
    if m:
        return m.actor, True
    if subj.lower_.lstrip("-").removeprefix("t-") in _PRONOUNS:  # "a-t-il dit"
        prev = _previous_person(mentions, sent.start)
        if prev:
            return prev.actor, True
    if subj.pos_ == "PRON":
        return None, False
    if subj.lemma_.lower() in _org_nouns() and any(c.dep_ == "det" for c in subj.children):
        # "l'entreprise s'est dite…", "le régulateur rappelle…": the organisation last named.
        prev = _previous_org(mentions, s, subj.lemma_)
        if prev:
            return prev.actor, True
    words = re.split(r",\s*(?:qui|que|dont|who|which)\b", text[s:e])[0]  # drop a relative clause
    return words.strip(" ,"), False


@lru_cache(maxsize=None)
def _org_nouns() -> frozenset[str]:
    data = resources.load("types")
    return frozenset(w.lower() for w in data["cues_before"]["org"] + data["cues_after"]["org"] if " " not in w)


def _previous_org(mentions: list[Mention], before: int, noun: str = "") -> Optional[Mention]:
    """The organisation last named before `before`; one whose name holds `noun` first ("le syndicat")."""
    earlier = [m for m in mentions if m.end <= before and m.actor_type == "org" and m.method != "coref"]
    key = noun.lower()
    named = [m for m in earlier if key and re.search(rf"(?i)\b{re.escape(key)}", m.actor)]
    pool = named or earlier
    return pool[-1] if pool else None


def _verb_event(tok, sent: Sentence, pp: ParsedParagraph, mentions, text, parsed_deps) -> Optional[_Event]:
    cue_start = pp.start + tok.idx
    clause = _clause_after(text, sent, cue_start + len(tok.text))
    if clause and parsed_deps:
        clause = _clause_subtree(tok, pp, clause)
    if parsed_deps:
        verb = tok
        subjects = _subjects(verb)
        hops = 0
        # A participle ("notant que…") or coordinated verb takes the subject of its head verb.
        in_sentence = range(sent.start - pp.start, sent.end - pp.start)
        while (not subjects and verb.dep_ in ("advcl", "conj", "xcomp", "acl") and hops < 3
               and verb.head.idx in in_sentence):
            coordinated = verb.dep_ == "conj"
            verb = verb.head
            if coordinated and verb.dep_ == "ccomp":
                # "X a rappelé que A avait versé … et a estimé que …": the second speech verb is
                # coordinated with the first, not with the reported clause the parser chose.
                verb = verb.head
            subjects = [c for c in _subjects(verb) if c.dep_ == "nsubj"]
            hops += 1
        if any(c.dep_ == "nsubj:pass" for c in subjects):
            return None  # "ont été informés que": the agent is not the subject
        speaker, resolved = _speaker_from_tokens(subjects, pp, mentions, text, sent)
        if not subjects:
            # No subject in the parse: the name after an inverted verb ("», a confié X"), else
            # the first name of the sentence before the verb.
            after = [m for m in mentions if cue_start < m.start < sent.end and m.actor_type == "person"]
            before = [m for m in mentions if sent.start <= m.start < cue_start and m.method != "coref"]
            pick = after[0] if after and _quote_before(text, sent, cue_start) else (before[0] if before else None)
            speaker, resolved = (pick.actor, True) if pick else (None, False)
            coordinated = tok.dep_ == "conj" or re.match(r"(?i)\s*(?:et|puis|mais|and|then)\b", text[sent.start:cue_start])
            if pick is None and coordinated and "Fin" in tok.morph.get("VerbForm"):
                return _Event(sent, tok.text, cue_start, None, False, clause, orphan=True)
            if pick is None and "Inf" in tok.morph.get("VerbForm"):
                return None  # "Faut-il rappeler que …": the journalist's own voice
    else:
        before = [m for m in mentions if sent.start <= m.start < cue_start]
        after = [m for m in mentions if cue_start < m.start < sent.end]
        pick = before[-1] if before else (after[0] if after else None)
        speaker, resolved = (pick.actor, True) if pick else (None, False)
    return _Event(sent, tok.text, cue_start, speaker, resolved, clause)


def _is_speech_verb(tok, verbs: frozenset[str]) -> bool:
    forms = {(tok.lemma_ or tok.text).lower(), tok.lower_}
    # The small model sometimes lemmatises a present-tense verb as a noun ("dénonce"): try the
    # infinitive the form implies (-e/-es/-ent → -er).
    stem = re.sub(r"(?:e|es|ent)$", "", tok.lower_)
    forms.add(stem + "er")
    return bool(forms & verbs)


def _verb_in_disguise(tok) -> bool:
    """A speech verb the tagger called a noun, recognisable by what follows: a quote or que."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (tok.text[:1].islower() and nxt is not None
            and (nxt.text in ("«", "“", '"') or nxt.lower_ in ("que", "qu'", ":")))


def _subjects(verb) -> list:
    # Quoted words are what is said, never who says it, whatever the parser attached them to.
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")
            and not c.left_edge.text in ("«", "“", '"')]


def _quote_before(text: str, sent: Sentence, cue_start: int) -> bool:
    return bool(re.search(r"[»”\"]\s*,?\s*(?:\w+\s+){0,2}$", text[sent.start:cue_start]))


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


def _phrase_event(sent: Sentence, s: int, e: int, phrase: str, mentions, text) -> _Event:
    cue_start = sent.start + s
    clause = _clause_after(text, sent, sent.start + e)
    before = [m for m in mentions if sent.start <= m.start < cue_start]
    if before:
        return _Event(sent, phrase, cue_start, before[-1].actor, True, clause)
    # The subject is a group ("de nombreuses entreprises ont fait savoir"): keep its words.
    head = text[sent.start:cue_start]
    head = re.split(r"[,;]\s*(?:et\s+)?", head)[-1].strip()
    head = re.sub(r"\s+(?:ont|a|avait|avaient|ont clairement|a clairement|have|has)(?:\s+\w+ment)?$", "", head).strip()
    return _Event(sent, phrase, cue_start, head or None, False, clause)


def _according_event(sent: Sentence, m: re.Match, mentions, text, prep) -> Optional[_Event]:
    s = sent.start + m.end()
    rest = text[s:sent.end]
    pronoun = re.match(r"(?i)(lui|elle|eux|elles|him|her|them)\b", rest)
    if pronoun:
        # "Selon elle, …": the person last named before.
        prev = _previous_person(mentions, sent.start)
        if prev is None:
            return None
        speaker_actor, after_speaker = prev.actor, s + pronoun.end()
    else:
        det = re.match(r"(?i)(?:la|le|les|l'|the)\s*", rest)
        s += det.end() if det else 0
        speaker = _mention_at(mentions, s, s + 1)
        noun = re.match(r"[\w-]+", text[s:sent.end])
        if speaker is None and det and noun and noun.group().lower() in _org_nouns():
            prev = _previous_org(mentions, sent.start, noun.group())  # "Selon le syndicat, …"
            if prev is None:
                return None
            speaker_actor, after_speaker = prev.actor, s + noun.end()
        elif speaker is None:
            return None
        else:
            speaker_actor, after_speaker = speaker.actor, speaker.end
        # "selon la Direction nationale … (DNCG)": skip an acronym in parentheses.
        paren = re.match(r"\s*\([^)]{1,12}\)", text[after_speaker:sent.end])
        after_speaker += paren.end() if paren else 0
    if text[sent.start:sent.start + m.start()].strip() == "":
        comma = text[after_speaker:sent.end].find(",")  # "Selon X, clause."
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
    return _Event(sent, prep, sent.start + m.start(), speaker_actor, True, (cs, ce))


_AFTER = re.compile(r"[\s»”\"]*,\s*(?P<words>[^,.;:!?«“\"]{0,60})")
_INVERTED_PRONOUN = re.compile(r"-t?-?(il|elle)\b|\b(he|she) (?:said|added|told|wrote)\b", re.IGNORECASE)


def _said_after(text: str, e: int, sent: Sentence, mentions: list[Mention]) -> Optional[Mention]:
    """The speaker named right after a closing quotation mark: "», a déclaré X", "», a-t-il dit"."""
    m = _AFTER.match(text, e, sent.end)
    if not m:
        return None
    words = m.group("words")
    pronoun = _INVERTED_PRONOUN.search(words)
    if pronoun and pronoun.start() < 15:
        return _previous_person(mentions, e)
    w_start = m.start("words")
    first = re.match(r"[a-zà-ÿ'-]+\s+", words)  # a verb comes first ("», a déclaré le maire …")
    if not first:
        return None
    found = [x for x in mentions if w_start + first.end() <= x.start < m.end("words")
             and x.actor_type in ("person", "org")
             and not re.search(r"(?:\bà|\bau|\baux|\bto)\s+(?:l')?$", text[w_start:x.start], re.IGNORECASE)]
    # "a confié à L'Équipe son associé, James O'Connor": the addressee is not the speaker.
    found.sort(key=lambda x: (x.actor_type != "person", x.start))
    return found[0] if found else None


def _sentence_opener(text: str, sent: Sentence, mentions: list[Mention], before: int) -> Optional[Mention]:
    """A person named in the first words of a sentence, before the quote."""
    for x in mentions:
        if sent.start <= x.start < before and x.actor_type == "person" and len(text[sent.start:x.start].split()) <= 2:
            return x
    return None


def _introduced_by(text: str, s: int, sent: Sentence, mentions: list[Mention]) -> tuple[Optional[str], bool]:
    # "Sophie Martin : « … »" — a name (and nothing but a colon) right before the quote.
    head = text[sent.start:s].rstrip(" «“\"\u00a0\u202f")
    if head.endswith(":"):
        before = [m for m in mentions if sent.start <= m.start and m.end <= len(head) + sent.start]
        if before:
            return before[-1].actor, True
    return None, False


def _embed_quotes(text: str, parsed: list[ParsedParagraph], attributions: list[Attribution], mentions: list[Mention]):
    out = []
    blocks = {pp.para.para_id: pp.para for pp in parsed}
    for a in attributions:
        k = a.para_id - 1
        first = last = None
        while k >= 0 and blocks[k].block == "embed":
            first = blocks[k]
            last = last or blocks[k]
            k -= 1
        if first is None:
            continue
        author = next((m.actor for m in mentions if blocks[a.para_id].start <= m.start < blocks[a.para_id].end
                       and m.method != "handle"), a.author)
        date = None
        if a.date_text:
            value = parse_date(a.date_text, "en" if a.date_text[:1].isupper() else "fr", None)
            date = value[0] if value else None
        out.append((first.start, last.end, "embed", author, True, "embed", date))
    return out
