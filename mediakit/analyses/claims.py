"""Claims: who claims what, how sure, and how check-worthy, from a tagged document.

A claim is a clause that can be true or false (claims_clauses.py). Its claimant is the speaker of
the quote it lies in, the subject of the speech verb that reports it, the source named by
« selon », `unattributed` for anonymous or vague sources, or `journalist` for the article's own
voice (the attribution model of Pareti 2016). Modality and prospective come from
claims_cues.py, check-worthiness from claims_checkworthy.py, links to the embedded posts a
sentence reports from claims_link.py.
"""

from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache
from typing import Optional

from .. import resources
from ..tag.quotes.attribution import speaker_of_phrase
from ..tag.quotes.genders import _PRONOUN_GENDER, _previous_person
from ..tag.spans import MentionIndex
from ..text.boilerplate import is_stamp
from ..text.segment import ParsedParagraph
from ..types import CHECKWORTHY_FEATURES, Amount, Claim, DateMention, Mention, Quote, Sentence
from .claims_checkworthy import features, is_checkworthy, score
from .claims_clauses import Clause, clauses, has_verb
from .claims_sentences import JOURNALIST, _frames_after, _own_language, _own_sentence
from .claims_sources import _NEWSROOM_SOURCE, _document_subject, _institution_named
from .claims_cues import (Modality, conditional_verbs, decide_modality, is_prospective, lemma_in, lexicon,
                          misread_participle)
from .claims_quotes import _best_quote
from .claims_link import link_posts
from .claims_according import UNATTRIBUTED, _according, _according_source, _in_other_relative
from .claims_actors import _SUBJECTS, _Attribution, _Index, _actor_of, _member_body, _phrase_speaker, _subjects_of
from .syntax import word_before_auxiliaries
from .named_heads import member_nouns

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


def extract_claims(doc_id: str, text: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                   mentions: list[Mention], quotes: list[Quote], dates: list[DateMention],
                   amounts: list[Amount], published: Optional[str] = None) -> list[Claim]:
    """Every claim of one document in text order, with claimant, modality and check-worthiness.

    `published`: the document's date (ISO), to tell a claim about a day still to come."""
    by_para = {pp.para.para_id: pp for pp in parsed}
    mention_ix, quote_ix = _Index(mentions), _Index(quotes)
    phrase_ix = MentionIndex(mentions)  # for the quote tagger's reading of speaker phrases
    date_ix, amount_ix = _Index(dates), _Index(amounts)
    lex = lexicon()
    out: list[Claim] = []
    last_named: Optional[str] = None
    deps_of: dict[int, bool] = {}  # per paragraph: whether its Doc has a dependency parse
    for sent in sentences:
        pp = by_para.get(sent.para_id)
        if pp is None or sent.block == "attribution" or is_stamp(sent.text):
            continue
        own = _own_language(pp, sent, text)
        if sent.block != "embed" and sent.text.rstrip().endswith("?"):
            continue  # questions are not claims (their presuppositions are not annotated)
        # (a sentence in another language than its paragraph has a parse of its own, whose Doc may have no
        # dependency parse where the paragraph's has one: walking the tree of an unparsed Doc reads spaCy's arrays
        # out of bounds, so the paragraph's answer is not reused for it)
        deps = deps_of.setdefault(pp.para.para_id, pp.doc.has_annotation("DEP")) if own is pp \
            else own.doc.has_annotation("DEP")
        pp = own
        span = pp.doc.char_span(sent.start - pp.start, sent.end - pp.start, alignment_mode="expand")
        if span is None or not len(span):
            continue
        words = _Words(span)
        units = clauses(span, deps=deps, at=words.at)
        for clause in units:
            start, end = pp.start + clause.start_char, pp.start + clause.end_char
            ctext = text[start:end]
            low = ctext.lower()
            if sent.block == "embed" and not _WORDS_BESIDE_LINKS.search(_LINK.sub(" ", ctext)):
                continue  # (a post's « pic.twitter.com/… » or bare link says nothing)
            quote = _best_quote(quote_ix.overlapping(start, end), start, end)
            # (a quotation's words are a claim whatever its incise says: « « C'est grave », tempête X, joint par
            # Libération » is not the procedural « Joint par Libération, X n'a pas répondu »)
            quoted = quote is not None and quote.kind == "direct" and quote.start <= start + 2 and quote.end < end
            own_low = text[start:quote.end].lower() if quoted else _own_words(words, clause)
            # (a quotation in another language than its sentence's, « « We are always looking … », a déclaré X »,
            # is parsed by the sentence's model, which finds no verb in it: its words are still a claim)
            foreign = quoted and quote.lang != sent.lang
            if sent.block != "embed" and (not (foreign or has_verb(words.at, clause, deps=deps))
                                          or lex.find("procedural", sent.lang, own_low)
                                          or _framing_only(lex, sent.lang, own_low if quoted else low)):
                continue
            if deps and out and (out[-1].sent_id == sent.sent_id or not text[out[-1].end:start].strip(" ,»\"”")) \
                    and _incise(words.at[clause.head], clause, low):
                # « …, a expliqué X »: the speech verb after its content is not a claim (also when the
                # sentence splitter cut the quotation « … » from its incise)
                continue
            for q in quote_ix.overlapping(sent.start, start):
                if q.speaker_resolved and q.speaker:
                    last_named = q.speaker
            attr = _attribute(pp, span, clause, sent, quote, mention_ix, last_named, deps, words, text, phrase_ix)
            if attr.claimant == JOURNALIST and quote is None:
                attr = _governed_quote(quote_ix.overlapping(start, end), words, clause, pp.start) or attr
            if attr.via_speech and attr.claimant not in (JOURNALIST, UNATTRIBUTED) and _unnamed_group(words, attr):
                attr = _Attribution(UNATTRIBUTED, True, attr.cue)
            if attr.claimant not in (JOURNALIST, UNATTRIBUTED):
                last_named = attr.claimant
            cspan = pp.doc[clause.tokens[0]: clause.tokens[-1] + 1]
            # the rules below read only the clause's verbs and auxiliaries, and each the same ones
            verbs = words.between(words.verbs, clause.tokens[0], clause.tokens[-1])
            # (not those of a relative clause set inside it, a claim of its own: « Le maire, qui aurait touché
            # 20 000 euros, a annoncé sa candidature » reports no hearsay about the candidacy)
            inner = {i for other in units if other.relative and other is not clause for i in other.tokens}
            conditionals = conditional_verbs([v for v in verbs if v.i not in inner])  # read by the three tests below
            if attr.claimant == JOURNALIST and conditionals:
                # (a conditional inside quotation marks is the quoted words' mood, not the newsroom's distance:
                # « l'humoriste avait comparé X à « un notaire qui aurait perdu ses clés » » is asserted)
                quoted_spans = [(q.start, q.end) for q in quote_ix.overlapping(start, end)]
                conditionals = [v for v in conditionals
                                if not any(a <= pp.start + v.idx < b for a, b in quoted_spans)]
            mod = decide_modality(cspan, _without_relatives(ctext, units, clause, pp.start, text), sent.lang,
                                  attributed=attr.claimant != JOURNALIST, via_speech=attr.via_speech,
                                  sentence_text=_without_relatives(_own_sentence(sent, start, end), units, clause,
                                                                   pp.start, text) if not clause.relative else ctext,
                                  conditionals=conditionals)
            if mod.modality == "reported" and attr.cue and lex.find("alleged", sent.lang, attr.cue):
                # « « A, et il n'a rien dit », accuse X »: the accusing verb covers each clause it reports
                mod = Modality("alleged", attr.cue)
            prospective = is_prospective(verbs, ctext, sent.lang, via_speech=attr.via_speech, conditionals=conditionals)
            in_dates, in_amounts = date_ix.inside(start, end), amount_ix.inside(start, end)
            own, own_dates, own_amounts = ctext, in_dates, in_amounts
            if clause.tokens[-1] - clause.tokens[0] + 1 > len(clause.tokens) + 2:
                # (« La Région, qui a versé 6,5 millions …, se dit « choquée » »: the relative clause inside is a
                # claim of its own, its words, figures and dates are not this one's)
                own = _own_words(words, clause)
                own_dates = [d for d in in_dates if text[d.start:d.end].lower() in own]
                own_amounts = [a for a in in_amounts if text[a.start:a.end].lower() in own]
            # a date after the article's own is scheduled (« doit rendre son rapport le 2 avril », written in March)
            prospective = prospective or _after(in_dates, published)
            # (the claimant is who says it, not what it is about: « …, raconte Paul Henry » names no actor of the claim)
            actors = {m.actor for m in mention_ix.overlapping(start, end)} - {attr.claimant}
            # (a commitment is prospective but checkable: no prediction, claims.yml commitment)
            hypothetical = prospective and lex.find("commitment", sent.lang, low) is None or (
                lex.find("counterfactual", sent.lang, low) is not None and bool(conditionals))
            feats = features(verbs, own, sent.lang, n_amounts=len(own_amounts), n_dates=len(own_dates),
                             n_actors=len(actors), modality=mod.modality, prospective=hypothetical,
                             is_question=ctext.rstrip().endswith("?"), deps=deps,
                             said=frozenset(v.i for v in verbs if attr.via_speech and v.text == attr.cue))
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
    return link_posts(_frames_after(out), sentences, quotes, parsed)


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


@lru_cache(maxsize=1)
def _incise_lemmas() -> frozenset[str]:
    # the verbs of saying plus those of the manner of saying that only an incise makes speech (« …, poursuit
    # l'élue », « …, tonne X »: speech_verbs.yml incise)
    fr = resources.load("speech_verbs")["fr"]
    return _all_speech_lemmas() | frozenset(w.lower() for w in fr.get("incise", []) + fr.get("incise_with_pronoun", []))


def _incise(head, clause: Clause, low: str) -> bool:
    verbs = _incise_lemmas()
    content = any(c.dep_ in ("ccomp", "xcomp") for c in head.children)
    # (an incise inverts its subject or has none: « …, et il n'a rien dit » is a clause of its own; an
    # inverted clitic is joined to its auxiliary by a hyphen, « a-t-elle indiqué », and is no fronted subject)
    fronted = any(c.dep_ in _SUBJECTS and c.i < head.i and not c.text.startswith("-") for c in head.children)
    # (the inverted subject of an incise after a comma may be long, « a expliqué le manager général, Didier
    # Coulon, à L'Équipe »: its words are not counted; not « … et promet une enquête dont … », an object)
    inverted = {x.i for c in head.children if c.dep_ in _SUBJECTS + ("obj",) and c.i > head.i for x in c.subtree} \
        if _after_comma(head) else set()
    # (nor those of its adjuncts of place, time or audience: « …, a martelé X devant les élus réunis en
    # assemblée plénière à Montpellier » frames the quote as a short incise does)
    adjuncts = {x.i for c in head.children if c.dep_.startswith("obl") and c.i > head.i for x in c.subtree}
    return lemma_in(head, verbs) and not content and not fronted \
        and len([i for i in clause.tokens if i not in inverted and i not in adjuncts]) <= 8 and not any(
            c in low for c in (" que ", " qu'", "«", " that "))


def _own_words(words: "_Words", clause: Clause) -> str:
    """The clause's own words, lowercased, without those of a clause set inside it (« Une habitante, qui n'a pas
    souhaité donner son nom, résume … : « … » »: the relative is procedural, its host is not)."""
    out, last = [], None
    for i in clause.tokens:
        if last is not None and i != last + 1 and not out[-1].endswith(" "):
            out.append(" ")  # (a gap where the inner clause or a comma stood)
        out.append(words.at[i].text_with_ws)
        last = i
    return "".join(out).lower()


def _framing_only(lex, lang: str, low: str) -> bool:
    # « a balayé ces critiques » alone frames content given elsewhere; with « que »/« » it holds it
    return lex.find("framing", lang, low) is not None and not any(c in low for c in (" que ", " qu'", "«", ", assurant"))


def _attribute(pp: ParsedParagraph, span, clause: Clause, sent: Sentence, quote: Optional[Quote],
               mentions: _Index, last_named: Optional[str], deps: bool, words: _Words, text: str = "",
               phrases: Optional[MentionIndex] = None) -> _Attribution:
    """Who makes the claim (see the module docstring for the order of the rules); `words`: `span`'s;
    `text` and `phrases`: the document's text and mentions, to read a subject phrase that names no one
    (« l'entreprise », « un porte-parole de la préfecture ») as the quote tagger reads speakers."""
    lex = lexicon()
    if quote is not None and quote.speaker:
        if quote.speaker_resolved:
            return _Attribution(quote.speaker, True, quote.cue)
        return _Attribution(_reread_speaker(quote, text, sent, phrases) or _member_body(quote.speaker, phrases)
                            or _institution_named(quote.speaker) or UNATTRIBUTED, True, quote.cue)
    scope = pp.doc[clause.tokens[0]: clause.tokens[-1] + 1] if clause.relative else span
    scope_text = words.text(scope.start, scope.end).lower()
    marker = lex.find("unattributed", sent.lang, scope_text)
    if marker:
        return _Attribution(UNATTRIBUTED, True, marker.group(0))
    learnt = _NEWSROOM_SOURCE.search(scope_text)
    if learnt is not None:
        # « …, a-t-on appris auprès de la préfecture », « …, indique-t-on chez Orvane »: the source named after
        # the impersonal « on » says it
        lo, hi = pp.start + scope.start_char + learnt.end(), pp.start + scope.end_char
        near = [m for m in mentions.overlapping(lo, hi) if m.start >= lo and m.actor_type in ("person", "org", "other")]
        who = near[0].actor if near else _institution_named(text[lo:hi])
        if who is None and phrases is not None:
            who, resolved = speaker_of_phrase(text, lo, hi, phrases, lo, sent.sent_id)
            who = who if resolved else None
        if who is not None:  # (« indique-t-on au passage » names no one: the rules below read the sentence)
            return _Attribution(who, True, learnt.group(0).split()[0])
    hedge = _according(scope_text)
    if hedge is not None and scope is span:
        # (a « selon » of another clause of the sentence, a relative that is a claim of its own, does not source this
        # one: « X a taclé Y, qui avait selon lui « divisé le vestiaire » » is the journalist's about X)
        # (not a « selon » of the clause's coordination: « Selon X, le site emploie … et produit … »)
        cues = [t for t in span if t.lower_ == "selon"
                or t.lower_ == "après" and t.i and t.doc[t.i - 1].lower_ in ("d'", "d’")]
        if cues and all(_in_other_relative(t, clause.head) for t in cues):
            hedge = None
    if hedge is not None:
        return _according_source(pp, clause, scope, scope_text, hedge, mentions, last_named, text, sent, phrases,
                                 words)
    verbs = _speech_lemmas().get(sent.lang, _speech_lemmas()["fr"])
    # (only verbs, auxiliaries and nouns can pass the first test: the others are not walked)
    candidates = words.verb_like if scope is span else words.between(words.verb_like, scope.start, scope.end - 1)
    head = words.at[clause.head]
    for t in (candidates if deps else ()):
        # « Le rapport annuel de l'IGPN recensait 1 083 enquêtes »: a document stating its finding (claims.yml
        # document_verbs) holds the claim whether or not the verb governs a content clause
        stated = t.i == head.i and _document_subject(t, verbs)
        if not stated and (not (t.pos_ in ("VERB", "AUX") and lemma_in(t, verbs) or misread_participle(t, verbs))
                           or _other_reflexive(t, verbs)):
            continue  # (« a ainsi tweeté que »: a participle the tagger called a noun is the verb still)
        if not stated and not _reports(t, head, clause):
            continue
        subjects = _subjects_of(t)
        # (a present participle has no subject of its own to invert: « …, dénonçant « une faute » » is said by its
        # governing verb's subject, below, not by its object)
        participle = set(t.morph.get("VerbForm")) & {"Part", "Ger"} and "Pres" in t.morph.get("Tense")
        if not subjects and not participle and (t.i > head.i or _fronted_content(t)):
            # an incise with the subject inverted (« …, a précisé la préfecture ») parses as an object
            # (also when the parse made the incise the root and the content before it its dependent:
            # « Aucune fuite n'a été détectée, assure l'entreprise »)
            subjects = [c for c in t.children if c.dep_ == "obj" and c.i > t.i]
        nonfinite = bool(set(t.morph.get("VerbForm")) & {"Part", "Ger", "Inf"})
        if not subjects and nonfinite and t.dep_ in ("advcl", "xcomp", "conj", "acl"):
            # « …, assurant que … »: the participle's speaker is its governing verb's subject
            subjects = [c for c in t.head.children if c.dep_ in _SUBJECTS]
        if not subjects and not nonfinite and t.dep_ == "conj" and t.head.i < t.i and not _after_comma(t):
            # « X a dénoncé une erreur et affirme que … »: coordinated verbs share the subject,
            # which UD attaches to the first conjunct only (UD French guidelines, « conj »)
            subjects = [c for c in _subjects_of(t.head) if c.i < t.head.i]
        if not subjects and not nonfinite:
            # a finite verb whose subject the parser attached elsewhere (« et l'Autorité (AMF)
            # indique … » parsed as a coordinated noun): the actor named right before it
            before = [m for m in mentions.overlapping(pp.start + t.idx - 40, pp.start + t.idx)
                      if m.end <= pp.start + t.idx and not re.search(r"[,.;:]", pp.text[m.end - pp.start:t.idx])]
            if before:
                return _Attribution(before[-1].actor, True, t.text)
        if not subjects:
            continue
        who = _subject_speaker(pp, t, subjects, mentions, last_named, sent, text, phrases)
        if stated and not lemma_in(t, verbs) and who.claimant == UNATTRIBUTED:
            continue  # (« Le rapport ne mentionne pas … » of no known author: the journalist's reading of it)
        return who
    stance = _stance_before_colon(words, clause) if deps else None
    if stance is not None and _subjects_of(stance):
        # « L'avocat, Me X, est formel : la chaîne … a été rompue »: the one who is formal says what follows
        who = _subject_speaker(pp, stance, _subjects_of(stance), mentions, last_named, sent, text, phrases)
        if who.claimant != UNATTRIBUTED:
            return who
    return _Attribution(JOURNALIST, False, None)


#: Determiners of an unnamed group (« des habitants », « plusieurs salariés », « les riverains »).
_GROUP_DETERMINERS = frozenset({"des", "les", "plusieurs", "certains", "certaines", "quelques", "de", "d'", "d’",
                                "nombre", "beaucoup"})


def _unnamed_group(words: "_Words", attr: _Attribution) -> bool:
    """Whether the speaker of the sentence's speech verb (the word `attr.cue`) is an unnamed group of people
    (« Des habitants de Ribeval assurent que … », « Les riverains de l'usine X affirment … »; events.yml
    member_nouns): the gold's vague groups are unattributed, not the place or firm named in their complement. Not
    the one organisation the noun takes up by its name (« les usagers » for « l'Association des usagers du
    rail », events.yml member_nouns)."""
    cue = (attr.cue or "").split()[-1:] if attr.cue else []
    nouns = member_nouns()
    for t in words.verb_like:
        if not cue or t.text != cue[0] or t.pos_ not in ("VERB", "AUX"):
            continue
        subjects = _subjects_of(t) or [c for c in t.children if c.dep_ == "obj" and c.i > t.i]
        for s in subjects[:1]:
            if s.pos_ == "NOUN" and s.lower_ in nouns and s.lower_ not in attr.claimant.lower() and any(
                    c.dep_ == "det" and c.lower_ in _GROUP_DETERMINERS for c in s.children):
                return True
    return False


def _governed_quote(hits: list[Quote], words: "_Words", clause: Clause, offset: int) -> Optional[_Attribution]:
    """A short quotation governed by the clause's own verb (« L'association salue de son côté une « victoire
    historique » », « a évoqué « un drame » »: speech_verbs.yml governors) whose speaker the quote tagger
    resolved: the clause reports what that speaker said, though the quotation is too short to make the clause a
    quote (_best_quote); the verb of saying with its quoted object is the report, as the quote tagger reads it
    (speech_verbs.yml governors: a short quotation after one of them is the speaker's word)."""
    for q in hits:
        if q.kind != "direct" or not (q.speaker and q.speaker_resolved and q.cue):
            continue
        cue = [words.at[i] for i in clause.tokens if words.at[i].text == q.cue.split()[-1]
               and offset + words.at[i].idx < q.start]
        if cue and cue[-1].pos_ == "VERB" and lemma_in(cue[-1], _governors()) and q.end <= offset + max(
                words.at[i].idx + len(words.at[i].text) for i in clause.tokens) + 1:
            return _Attribution(q.speaker, True, q.cue)
    return None


@lru_cache(maxsize=1)
def _governors() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("speech_verbs")["fr"].get("governors", []))


def _stance_before_colon(words: "_Words", clause: Clause):
    """A predicate of assertion right before a colon the clause goes on after (« X est formel : … »,
    claims.yml stance_adjectives): « être formel » is to state with certainty (TLFi, formel: « qui est
    exprimé de façon précise, catégorique »), and the colon announces what is stated."""
    forms = _stance_forms()
    for t in words.at.values():
        if t.lower_ in forms and any(c.dep_ == "cop" for c in t.children):  # (tagged ADJ or VERB)
            colon = words.at.get(t.i + 1)
            if colon is not None and colon.text == ":" and clause.tokens[-1] > colon.i:
                return t
    return None


@lru_cache(maxsize=1)
def _stance_forms() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("claims").get("stance_adjectives", {}).get("fr", []))


def _subject_speaker(pp: ParsedParagraph, t, subjects: list, mentions: _Index, last_named: Optional[str],
                     sent: Sentence, text: str, phrases: Optional[MentionIndex]) -> _Attribution:
    """Who speaks as the subject `subjects[0]` of the speech verb `t` (_attribute)."""
    antecedent = subjects[0].lower_ in ("qui", "who") and t.dep_ == "acl:relcl"
    if antecedent:
        subjects = [t.head]  # « X, porte-parole du comité, qui menace de … »: the relative's antecedent speaks
    who = _actor_of(pp, subjects[0], mentions)
    if who is None and antecedent and subjects[0].dep_ == "appos":
        # (an antecedent that names no one, apposed to a name: that name)
        edge = pp.start + subjects[0].left_edge.idx
        before = [m for m in mentions.overlapping(edge - 60, edge) if m.end <= edge
                  and pp.text[m.end - pp.start:edge - pp.start].strip() == ","]
        who = before[-1].actor if before else None
    pronoun = _inverted_pronoun(subjects[0])
    if who is None and pronoun in _PRONOUNS or pronoun in ("je", "j'", "i", "nous", "we"):
        who = last_named
        if who is None and pronoun in _PRONOUN_GENDER and phrases is not None:
            # no speaker named yet in the claims: the last person of the pronoun's gender (quote tagger's rule)
            person = _previous_person(phrases, pp.start + subjects[0].idx, pronoun)
            who = person.actor if person is not None else None
    elif who is None and phrases is not None:
        who = _phrase_speaker(pp, subjects[0], sent, text, phrases)
    return _Attribution(who or UNATTRIBUTED, True, t.text)


#: « selon nos informations », « d'après notre enquête »: the outlet's own reporting (« nos confrères
#: de X » cite another outlet).
_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*|[@#]\w+")
_WORDS_BESIDE_LINKS = re.compile(r"[^\W\d_]{2,}")


def _other_reflexive(verb, verbs) -> bool:
    """A reflexive use that is no speech verb of the lexicon (« le match s'annonce décisif » is not « annoncer »)."""
    if not any(c.lower_ in ("se", "s'") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return ("s'" + lemma if lemma[:1] in "aeiouéèêh" else "se " + lemma) not in verbs


def _after_comma(verb) -> bool:
    """Whether a comma (not « et ») stands right before the verb and its auxiliaries: an incise (the
    inverted clitics of « , a-t-elle confié » stand between the auxiliary and the verb)."""
    i = word_before_auxiliaries(verb)
    while i >= 0 and verb.doc[i].text.startswith("-"):
        i = word_before_auxiliaries(verb.doc[i])
    return i >= 0 and verb.doc[i].text == ","


def _inverted_pronoun(subject) -> str:
    """The pronoun a subject token stands for, without the hyphens of inversion (« -elle » → « elle »;
    « -t » with « -elle » hanging on it → « elle »)."""
    word = subject.lower_.lstrip("-")
    if word == "t":
        word = next((c.lower_.lstrip("-") for c in subject.children if c.text.startswith("-")), word)
    return word.removeprefix("t-")


def _without_relatives(sentence: str, units: list[Clause], clause: Clause, offset: int, text: str) -> str:
    """`sentence` without the words of the relative clauses that are claims of their own: their hedge is theirs
    (« Il rappelle que la métropole a relevé la taxe de 6 %, une hausse qui, selon lui, a servi à … »: the
    « selon lui » sources the relative, not the que-clause; a relative clause is a proposition of its own, Riegel,
    Pellat & Rioul, Grammaire méthodique du français, « la relative appositive »)."""
    for other in units:
        if other.relative and other is not clause:
            sentence = sentence.replace(text[offset + other.start_char: offset + other.end_char], " ", 1)
    return sentence


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
        if _fronted_content(verb):
            return True  # « Aucune fuite n'a été détectée, assure l'entreprise » parsed with the incise as the root
        if verb.i > head.i and verb.head.i == head.i and verb.dep_ == "advcl" and _after_comma(verb) \
                and _tensed(verb) and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
            # « …, le 5 avril, a annoncé lundi la Fédération » parsed as an adverbial of the content: a compound
            # tense after a comma with no subject before it and no conjunction is an incise (its participle is
            # no finite form, its auxiliary is)
            return True
        return any(c.dep_ in ("ccomp", "xcomp", "parataxis", "obj") and (c.dep_ != "obj" or c.pos_ == "PRON")
                   for c in verb.children) or verb.dep_ in ("parataxis", "dislocated") or any(verb.doc[i].text == "«" for i in clause.tokens)
    node = head
    while node.head.i != node.i:
        if node.head.i == verb.i:
            # a conjunct of the speech verb is its content again when it opens with « que »
            return node.dep_ != "conj" or any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "that")
                                              for c in node.children)
        node = node.head
    if head.dep_ == "conj" and _que(head) and head.i > verb.i and any(
            c.dep_ == "ccomp" and _que(c) and verb.i < c.i < head.i for c in verb.children):
        # « …, assurant que A et que B » parsed with B coordinated to the main verb: a second « que » repeats the
        # completive it is coordinated with (Grevisse, Le Bon usage, repetition of « que » in coordinated
        # completives), so B is the content of the verb that governs the first
        return True
    # (a conjunct reports its host only as an incise, after a comma: « … et a critiqué X » is a second act of
    # the same subject, whose object the parser may have taken for an inverted subject)
    # (an incise parsed as an adverbial clause: « …, promet l'association », finite and after a comma)
    return verb.head.i == head.i and verb.dep_ in ("parataxis", "ccomp", "dislocated", "conj", "advcl") \
        and verb.i > head.i and (verb.dep_ not in ("conj", "advcl") or _after_comma(verb)) \
        and (verb.dep_ != "advcl" or "Fin" in verb.morph.get("VerbForm")
             and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children))


def _que(clause_head) -> bool:
    """Whether a clause opens with the conjunction « que » (« that »)."""
    return any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "that") for c in clause_head.children)


def _tensed(verb) -> bool:
    """A finite verb, or a participle with a finite auxiliary (« a annoncé »)."""
    return "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children)


def _reread_speaker(quote: Quote, text: str, sent: Sentence, phrases: Optional[MentionIndex]) -> Optional[str]:
    """The actor an unresolved speaker phrase stands for, read again where it is written (the last time
    before the quote's end, within its paragraph: « Léa Morin, l'infirmière …, dit … »): the
    quote tagger's own reading of speaker phrases, given the mentions of the whole document."""
    if phrases is None or not text:
        return None
    para = text.rfind("\n", 0, quote.start) + 1
    at = text.rfind(quote.speaker, para, max(quote.end, sent.end))
    if at < 0:
        return None
    who, resolved = speaker_of_phrase(text, at, at + len(quote.speaker), phrases, at, sent.sent_id)
    return who if resolved else None


def _after(dates: list[DateMention], published: Optional[str]) -> bool:
    """Whether one of `dates` lies after the publication date, compared at its own granularity
    (« 2026 » after 2024-11-18; « avril » is not after 2025-04-10). A day must be two days after at
    least: an inferred publication date may be a day early (README, known limits)."""
    if not published or not isinstance(published, str):
        return False
    for d in dates:
        if not isinstance(d.date, str) or d.date <= published[:len(d.date)]:
            continue
        if len(d.date) == 10 and len(published) >= 10:
            try:
                if (_date.fromisoformat(d.date) - _date.fromisoformat(published[:10])).days < 2:
                    continue
            except ValueError:
                continue
        return True
    return False


def _fronted_content(verb) -> bool:
    """A speech verb after a comma whose content clause precedes it (« A, assure l'entreprise » parsed
    with the incise as the root): French inverts the subject of such an incise (Grevisse, Le Bon usage,
    « incise »), so the noun after the verb is its subject, whatever the parse called it."""
    return _after_comma(verb) and any(c.dep_ in ("advcl", "ccomp", "parataxis") and c.i < verb.i
                                      for c in verb.children)


