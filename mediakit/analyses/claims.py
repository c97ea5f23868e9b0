"""Claims: who claims what, how sure, and how check-worthy, from a tagged document.

A claim is a clause that can be true or false (claims_clauses.py). Its claimant is the speaker of
the quote it lies in, the subject of the speech verb that reports it, the source named by
« selon », `unattributed` for anonymous or vague sources, or `journalist` for the article's own
voice (the attribution model of Pareti 2016). Modality and prospective come from
claims_cues.py, check-worthiness from claims_checkworthy.py, links to the embedded posts a
sentence reports from claims_link.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from .. import resources
from ..text.segment import ParsedParagraph
from ..types import CHECKWORTHY_FEATURES, Amount, Claim, DateMention, Mention, Quote, Sentence
from .claims_checkworthy import features, is_checkworthy, score
from .claims_clauses import Clause, clauses, has_verb
from .claims_cues import (Modality, conditional_verbs, decide_modality, is_prospective, lemma_in, lexicon,
                          misread_participle)
from .claims_link import link_posts
from .syntax import word_before_auxiliaries

JOURNALIST = "journalist"
UNATTRIBUTED = "unattributed"
_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui", "he", "she", "they", "celui-ci", "celle-ci"})
#: The claims table's column of each check-worthiness feature.
_CW_FIELDS = {name: f"cw_{name}" for name in CHECKWORTHY_FEATURES}


@lru_cache(maxsize=1)
def _speech_lemmas() -> dict[str, frozenset[str]]:
    # the quote tagger's speech verbs plus the report verbs of the claims lexicon
    speech = resources.load("speech_verbs")
    extra = resources.load("claims")["report_verbs"]
    return {lg: frozenset(w.lower() for w in speech.get(lg, {}).get("verbs", []) + extra.get(lg, []))
            for lg in ("fr", "en")}


@dataclass(frozen=True)
class _Attribution:
    claimant: str
    via_speech: bool  # the content of a speech verb or a quote (reported speech)
    cue: Optional[str]


class _Index:
    """Records with offsets, looked up by position (sorted starts and bisect)."""

    def __init__(self, rows: Sequence):
        self.rows = sorted(rows, key=lambda r: (r.start, r.end))
        self.starts = [r.start for r in self.rows]
        self.longest = max((r.end - r.start for r in self.rows), default=0)

    def overlapping(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [r for r in self.rows[lo:hi] if r.start < end and start < r.end]

    def inside(self, start: int, end: int) -> list:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [r for r in self.rows[lo:hi] if r.end <= end + 1]


def extract_claims(doc_id: str, text: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                   mentions: list[Mention], quotes: list[Quote], dates: list[DateMention],
                   amounts: list[Amount]) -> list[Claim]:
    """Every claim of one document in text order, with claimant, modality and check-worthiness."""
    by_para = {pp.para.para_id: pp for pp in parsed}
    mention_ix, quote_ix = _Index(mentions), _Index(quotes)
    date_ix, amount_ix = _Index(dates), _Index(amounts)
    lex = lexicon()
    out: list[Claim] = []
    last_named: Optional[str] = None
    deps_of: dict[int, bool] = {}  # per paragraph: whether its Doc has a dependency parse
    for sent in sentences:
        pp = by_para.get(sent.para_id)
        if pp is None or sent.block == "attribution":
            continue
        if sent.block != "embed" and sent.text.rstrip().endswith("?"):
            continue  # questions are not claims (their presuppositions are not annotated)
        span = pp.doc.char_span(sent.start - pp.start, sent.end - pp.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        deps = deps_of.setdefault(pp.para.para_id, pp.doc.has_annotation("DEP"))
        words = _Words(span)
        for clause in clauses(span, deps=deps, at=words.at):
            start, end = pp.start + clause.start_char, pp.start + clause.end_char
            ctext = text[start:end]
            low = ctext.lower()
            if sent.block != "embed" and (not has_verb(words.at, clause, deps=deps)
                                          or lex.find("procedural", sent.lang, low)
                                          or _framing_only(lex, sent.lang, low)):
                continue
            if deps and out and out[-1].sent_id == sent.sent_id and _incise(words.at[clause.head], clause, low):
                continue  # « …, a expliqué X »: the speech verb after its content is not a claim
            quote = _best_quote(quote_ix.overlapping(start, end), start, end)
            for q in quote_ix.overlapping(sent.start, start):
                if q.speaker_resolved and q.speaker:
                    last_named = q.speaker
            attr = _attribute(pp, span, clause, sent, quote, mention_ix, last_named, deps, words)
            if attr.claimant not in (JOURNALIST, UNATTRIBUTED):
                last_named = attr.claimant
            cspan = pp.doc[clause.tokens[0]: clause.tokens[-1] + 1]
            # the rules below read only the clause's verbs and auxiliaries, and each the same ones
            verbs = words.between(words.verbs, clause.tokens[0], clause.tokens[-1])
            conditionals = conditional_verbs(verbs)  # read by the three tests below: found once
            mod = decide_modality(cspan, ctext, sent.lang, attributed=attr.claimant != JOURNALIST,
                                  via_speech=attr.via_speech, sentence_text=sent.text if not clause.relative else ctext,
                                  conditionals=conditionals)
            if mod.modality == "reported" and attr.cue and lex.find("alleged", sent.lang, attr.cue):
                # « « A, et il n'a rien dit », accuse X »: the accusing verb covers each clause it reports
                mod = Modality("alleged", attr.cue)
            prospective = is_prospective(verbs, ctext, sent.lang, via_speech=attr.via_speech, conditionals=conditionals)
            in_dates, in_amounts = date_ix.inside(start, end), amount_ix.inside(start, end)
            actors = {m.actor for m in mention_ix.overlapping(start, end)}
            hypothetical = prospective or (lex.find("counterfactual", sent.lang, low) is not None
                                           and bool(conditionals))
            feats = features(verbs, ctext, sent.lang, n_amounts=len(in_amounts), n_dates=len(in_dates),
                             n_actors=len(actors), modality=mod.modality, prospective=hypothetical,
                             is_question=ctext.rstrip().endswith("?"), deps=deps)
            value = score(feats)
            kind = "quote" if quote is not None and quote.kind in ("direct", "embed") else (
                "narration" if attr.claimant == JOURNALIST else "reported")
            out.append(Claim(
                doc_id, f"{doc_id}#c{len(out) + 1}", sent.sent_id, attr.claimant, ctext, mod.modality,
                is_checkworthy(value), value, quote.quote_id if quote is not None else None, None, start, end,
                kind, prospective, mod.cue or attr.cue,
                ",".join(a.amount_id for a in in_amounts if a.amount_id) or None,
                ",".join(d.date_id for d in in_dates if d.date_id) or None,
                **{_CW_FIELDS[k]: v for k, v in feats.items()}))
    return link_posts(out, sentences, quotes, parsed)


class _Words:
    """One sentence's tokens, read once for every clause of it: by index, and those the rules look at."""

    def __init__(self, span):
        self.at = {t.i: t for t in span}
        pos = [(t, t.pos_) for t in self.at.values()]
        self.verbs = [t for t, p in pos if p in ("VERB", "AUX")]
        #: the words `_attribute` may take for a speech verb (a verb, or a participle misread as a noun)
        self.verb_like = [t for t, p in pos if p in ("VERB", "AUX", "PROPN", "NOUN")]
        self._texts: dict[tuple[int, int], str] = {}

    def text(self, start: int, end: int) -> str:
        """`doc[start:end].text` for tokens of this sentence, joined once from the tokens at hand."""
        got = self._texts.get((start, end))
        if got is None:
            got = "".join(self.at[i].text_with_ws for i in range(start, end))
            if end > start and self.at[end - 1].whitespace_:
                got = got[:-1]  # (as Span.text: without the last word's trailing space)
            self._texts[(start, end)] = got
        return got

    @staticmethod
    def between(tokens: list, first: int, last: int) -> list:
        """The tokens of `tokens` (in text order) from index `first` to `last`, both included."""
        return [t for t in tokens if first <= t.i <= last]


@lru_cache(maxsize=1)
def _all_speech_lemmas() -> frozenset[str]:
    return _speech_lemmas()["fr"] | _speech_lemmas()["en"]


def _incise(head, clause: Clause, low: str) -> bool:
    verbs = _all_speech_lemmas()
    content = any(c.dep_ in ("ccomp", "xcomp") for c in head.children)
    # (an incise inverts its subject or has none: « …, et il n'a rien dit » is a clause of its own)
    fronted = any(c.dep_ in _SUBJECTS and c.i < head.i for c in head.children)
    return lemma_in(head, verbs) and not content and not fronted and len(clause.tokens) <= 8 and not any(
        c in low for c in (" que ", " qu'", "«", " that "))


def _framing_only(lex, lang: str, low: str) -> bool:
    # « a balayé ces critiques » alone frames content given elsewhere; with « que »/« » it holds it
    return lex.find("framing", lang, low) is not None and not any(c in low for c in (" que ", " qu'", "«", ", assurant"))


def _best_quote(hits: list[Quote], start: int, end: int) -> Optional[Quote]:
    # the quote sharing most characters with the clause; a one-word quote inside a longer
    # clause (« illégalement ») does not make the clause a quote
    best, best_len = None, 0
    for q in hits:
        shared = min(end, q.end) - max(start, q.start)
        if shared > best_len:
            best, best_len = q, shared
    if best is None or (best.kind != "embed" and best_len < 0.3 * (end - start) and best_len < 25):
        return None
    return best


def _attribute(pp: ParsedParagraph, span, clause: Clause, sent: Sentence, quote: Optional[Quote],
               mentions: _Index, last_named: Optional[str], deps: bool, words: _Words) -> _Attribution:
    """Who makes the claim (see the module docstring for the order of the rules); `words`: `span`'s."""
    lex = lexicon()
    if quote is not None and quote.speaker:
        return _Attribution(quote.speaker if quote.speaker_resolved else UNATTRIBUTED, True, quote.cue)
    scope = pp.doc[clause.tokens[0]: clause.tokens[-1] + 1] if clause.relative else span
    scope_text = words.text(scope.start, scope.end).lower()
    marker = lex.find("unattributed", sent.lang, scope_text)
    if marker:
        return _Attribution(UNATTRIBUTED, True, marker.group(0))
    hedge = _according(scope_text)
    if hedge is not None:
        at = scope.start_char + hedge
        source = scope_text[hedge:hedge + 90]
        if _OWN_REPORTING.match(source):
            return _Attribution(JOURNALIST, False, None)  # « selon nos informations »: the outlet's own reporting
        comma = source.find(",", 1)  # the source is the phrase after « selon », not the clause after it
        near = [m for m in mentions.overlapping(pp.start + at, pp.start + at + (comma if comma > 0 else 90))]
        if near:
            return _Attribution(near[0].actor, False, None)
        if scope_text[hedge:hedge + 20].replace(",", " ").split()[1:2] in (["lui"], ["elle"], ["eux"]) and last_named:
            return _Attribution(last_named, False, None)
        return _Attribution(UNATTRIBUTED, False, None)
    verbs = _speech_lemmas().get(sent.lang, _speech_lemmas()["fr"])
    # (only verbs, auxiliaries and nouns can pass the first test: the others are not walked)
    candidates = words.verb_like if scope is span else words.between(words.verb_like, scope.start, scope.end - 1)
    head = words.at[clause.head]
    for t in (candidates if deps else ()):
        if not (t.pos_ in ("VERB", "AUX") and lemma_in(t, verbs) or misread_participle(t, verbs)) \
                or _other_reflexive(t, verbs):
            continue  # (« a ainsi tweeté que »: a participle the tagger called a noun is the verb still)
        if not _reports(t, head, clause):
            continue
        subjects = [c for c in t.children if c.dep_ in _SUBJECTS]
        if not subjects and t.i > head.i:
            # an incise with the subject inverted (« …, a précisé la préfecture ») parses as an object
            subjects = [c for c in t.children if c.dep_ == "obj" and c.i > t.i]
        nonfinite = bool(set(t.morph.get("VerbForm")) & {"Part", "Ger", "Inf"})
        if not subjects and nonfinite and t.dep_ in ("advcl", "xcomp", "conj", "acl"):
            # « …, assurant que … »: the participle's speaker is its governing verb's subject
            subjects = [c for c in t.head.children if c.dep_ in _SUBJECTS]
        if not subjects and not nonfinite:
            # a finite verb whose subject the parser attached elsewhere (« et l'Autorité (AMF)
            # indique … » parsed as a coordinated noun): the actor named right before it
            before = [m for m in mentions.overlapping(pp.start + t.idx - 40, pp.start + t.idx)
                      if m.end <= pp.start + t.idx and not re.search(r"[,.;:]", pp.text[m.end - pp.start:t.idx])]
            if before:
                return _Attribution(before[-1].actor, True, t.text)
        if not subjects:
            continue
        who = _actor_of(pp, subjects[0], mentions)
        if who is None and subjects[0].lower_ in _PRONOUNS or subjects[0].lower_ in ("je", "j'", "i", "nous", "we"):
            who = last_named
        return _Attribution(who or UNATTRIBUTED, True, t.text)
    return _Attribution(JOURNALIST, False, None)


#: « selon nos informations », « d'après notre enquête »: the outlet's own reporting (« nos confrères
#: de X » cite another outlet).
_OWN_REPORTING = re.compile(r"\S+(?: à)? (?:nos|notre|our) (?:informations|sources|révélations|enquête|calculs|"
                            r"constatations|données|information|reporting|own)\b")


def _other_reflexive(verb, verbs) -> bool:
    """A reflexive use that is no speech verb of the lexicon (« le match s'annonce décisif » is not « annoncer »)."""
    if not any(c.lower_ in ("se", "s'") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return ("s'" + lemma if lemma[:1] in "aeiouéèêh" else "se " + lemma) not in verbs


def _after_comma(verb) -> bool:
    """Whether a comma (not « et ») stands right before the verb and its auxiliaries: an incise."""
    i = word_before_auxiliaries(verb)
    return i >= 0 and verb.doc[i].text == ","


def _according(low: str) -> Optional[int]:
    for cue in ("selon ", "d'après ", "according to "):
        i = low.find(cue)
        if i >= 0 and not low[i + len(cue):].startswith(("moi", "nous")):
            return i
    return None


def _reports(verb, head, clause: Clause) -> bool:
    """Whether speech verb `verb` reports the clause headed by `head`.

    It does when it lies in the clause and governs content (a que-clause, an infinitive, a
    quotation: « X a annoncé la fin de … » without content is the journalist's narration of an
    event), when it governs the clause (« a tweeté que A et que B »), or when it is an incise
    attached to it (« …, a-t-elle lancé »). A clause coordinated with the speech verb itself is
    the journalist's again (« X revendique …, les analystes restent sceptiques »).
    """
    if verb.i in clause.tokens:
        if verb.i > head.i and verb.head.i == head.i and verb.dep_ in ("conj", "parataxis") and _after_comma(verb):
            return True  # « La décision sera prise …, a précisé X » (not « … et a critiqué X »)
        return any(c.dep_ in ("ccomp", "xcomp", "parataxis", "obj") and (c.dep_ != "obj" or c.pos_ == "PRON")
                   for c in verb.children) or verb.dep_ in ("parataxis", "dislocated") or any(verb.doc[i].text == "«" for i in clause.tokens)
    node = head
    while node.head.i != node.i:
        if node.head.i == verb.i:
            # a conjunct of the speech verb is its content again when it opens with « que »
            return node.dep_ != "conj" or any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "that")
                                              for c in node.children)
        node = node.head
    # (a conjunct reports its host only as an incise, after a comma: « … et a critiqué X » is a second act of
    # the same subject, whose object the parser may have taken for an inverted subject)
    return verb.head.i == head.i and verb.dep_ in ("parataxis", "ccomp", "dislocated", "conj") and verb.i > head.i \
        and (verb.dep_ != "conj" or _after_comma(verb))


def _actor_of(pp: ParsedParagraph, subject, mentions: _Index) -> Optional[str]:
    # the mention covering the subject's head word (« la patronne de Lumio » → the person the role
    # phrase resolves to), else the last mention inside the subject phrase (« un porte-parole du club »)
    lo = min(x.idx for x in subject.subtree)
    hi = max(x.idx + len(x.text) for x in subject.subtree)
    inside = mentions.overlapping(pp.start + lo, pp.start + hi)
    if not inside:
        return None
    head = [m for m in inside if m.start <= pp.start + subject.idx < m.end]
    return (head or inside)[-1 if not head else 0].actor
