"""All quotes of one document: direct quotations matched to their speakers, reported speech, posts."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text import lang as langid
from ...text.segment import ParsedParagraph
from ...types import Attribution, Mention, Quote, Sentence
from ..spans import MentionIndex
from .attribution import _previous_person, _said_after, speaker_of_phrase, spokesperson_before
from .salience import Salience
from .openers import _PAIR_GAP, _sentence_opener, described_opener, ordinal_speaker
from .spokespeople import bare_spokesperson, opening_org, organisation_opener
from .embeds import _embed_quotes
from .interview import inline_interviewees, interview_quotes
from .sides import side_of_on
from .written import written_source
from .introductions import _introduced_by
from .incises import _CLOSING, Incise, incise_after, incise_inside, is_governor
from .marks import _body_quotes
from .mixed import kept_clause
from .motives import active_motive, passive_judgement, passive_motive
from .predicates import quoted_predicate
from .reported import _Event, _speech_events
from .after import _WORD, _according, _headline_colon, _introduced_after, _taken_up_after
from .governors import GOVERNOR_REACH, _described_que_subject, _surface_governor
from ..actors.dateline import dateline_town
from ..actors.lexicon import is_outlet
from ..actors.offices import body_reference

#: A quotation shorter than this is a quoted term ("« bulle »") unless a verb governs it.
MIN_DIRECT_WORDS = 3
#: A quotation shorter than this, with no speaker and no verb, is a label ("« système Dupont »").
MIN_UNATTRIBUTED_WORDS = 5


@dataclass
class _Direct:
    """A direct quotation being attributed: its parts (cut around an incise) and its speaker."""

    parts: list[tuple[int, int]]
    sid: int
    para_id: int
    speaker: Optional[str] = None
    resolved: bool = False
    cue: Optional[str] = None


def extract_quotes(doc_id: str, text: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                   mentions: list[Mention], attributions: list[Attribution], prior: list[str],
                   languages: tuple[str, ...]) -> list[Quote]:
    """All quotes of one document, in text order, with speakers resolved to actors where possible."""
    sentences = _past_dateline(text, parsed, sentences)
    starts = [s.start for s in sentences]
    index = MentionIndex(mentions)  # every speaker look-up is by position
    events = _speech_events(parsed, sentences, index, text)
    by_sentence: dict[int, list[_Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sent.sent_id, []).append(ev)
    used_events: set[int] = set()

    directs: list[_Direct] = []
    salient = Salience(index, events, sentences, text)
    for s, e in _body_quotes(text, parsed):
        sid = _sent_of(starts, s)
        found = _attribute(text, s, e, sentences, starts, sid, index, by_sentence.get(sid, []), used_events, parsed,
                           salient)
        if found is not None:
            directs.append(found)
            salient.add(s, found)
    for d in directs:
        # (not when the quotation has a speaker phrase of its own, unresolved: « Le plan est « irréaliste », juge un
        # élu de l'opposition »; only the document's own phrase or none)
        opening = sentences[d.sid].start
        own = d.speaker is None or text[opening:d.parts[0][0]].lstrip(" «\"").startswith(d.speaker)
        written = written_source(text, opening, d.parts[0][0], index, d.sid) if not d.resolved and own else None
        if written is not None:
            # « Un rapport d'inspection relevait « … » »: the document's words, not the last speaker's going on
            d.speaker, d.resolved, d.cue = written[0], written[0] is not None, "document"
    interviewees = inline_interviewees(text, parsed, index)
    for d in directs:
        if d.para_id in interviewees and not d.resolved:
            # « Nous lui avons posé trois questions. » then « Pourquoi … ? « … » »: the prompt is the journalist's,
            # the quotation after it the interviewee's answer (not a subject the prompt names)
            d.speaker, d.resolved, d.cue = interviewees[d.para_id], True, "interview"
    _continue_speakers(directs, index, text, starts)

    quotes: list[tuple] = []
    for d in directs:
        for part in d.parts:
            quotes.append((part[0], part[1], "direct", d.speaker, d.resolved, d.cue, None))
    n_direct = len(quotes)
    for ev in events:
        if ev.clause is None or id(ev) in used_events:
            continue
        speaker, resolved = ev.speaker, ev.resolved
        if not resolved and speaker and bare_spokesperson(speaker, ev.cue):
            # « « … », explique un porte-parole, qui rappelle que … »: the spokesperson of the quotation right before,
            # in the same sentence, whose side the quotation's attribution found
            same = next((d for d in reversed(directs) if d.sid == ev.sent.sent_id and d.parts[-1][1] <= ev.cue_start), None)
            same = same if same is not None and same.resolved else None
            speaker, resolved = (same.speaker, True) if same is not None else (speaker, resolved)
        clause = kept_clause(text, ev.clause, speaker, resolved, ev.cue, quotes, n_direct)
        if clause is not None:
            quotes.append((*clause, "indirect", speaker, resolved, ev.cue, None))

    quotes += _embed_quotes(text, parsed, attributions, index)
    taken = [(q[0], q[1]) for q in quotes]
    # (a quotation inside an answer, « — Ma cadre m'avait prévenue : “Tu vas le payer.” », is words the answer
    # cites: the answer stays the interviewee's)
    quotes += [q for q in interview_quotes(text, parsed, index)
               if not any(s < q[1] and q[0] < e and not (q[0] <= s and e <= q[1]) for s, e in taken)]
    quotes.sort(key=lambda q: (q[0], q[1]))
    out = []
    part_of = {p: d.parts[0] for d in directs for p in d.parts[1:]}
    ids: dict[tuple[int, int], str] = {}
    for n, (s, e, kind, speaker, resolved, cue, date) in enumerate(quotes, 1):
        sid = _sent_of(starts, s)
        qlang, _ = langid.detect(text[s:e], languages, prior=[sentences[sid].lang] + prior, fallback=sentences[sid].lang)
        quote_id = ids[(s, e)] = f"{doc_id}#q{n}"
        head = part_of.get((s, e))
        out.append(Quote(doc_id, quote_id, sid, s, e, text[s:e], speaker, resolved, kind, cue, qlang, date,
                         continues=ids.get(head) if head else None))
    return out


def _according_aside(event: _Event) -> bool:
    """Whether a speech event is « selon X » (speech_verbs.yml according_to) with X resolved."""
    return bool(event.cue) and event.cue.lower() in _according() and event.resolved and bool(event.speaker)


def _past_dateline(text: str, parsed: list[ParsedParagraph], sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with the one a dispatch's dateline opens (« BREST, 4 mars 2026 — « Nous ne lâcherons rien. » »)
    starting after its dash: the dateline says where the story was filed from, outside the sentence, so that a
    quotation right after it opens its paragraph (as the rules that read a paragraph's opening expect)."""
    town = dateline_town(parsed)
    if town is None:
        return sentences
    dash = _DATELINE_DASH.match(text, town[1])
    if dash is None:
        return sentences
    at = dash.end()
    return [replace(x, start=at, text=text[at:x.end]) if x.start <= town[0] and at < x.end else x for x in sentences]


def _whole_paragraph(text: str, s: int, e: int, sentences: list[Sentence], sid: int) -> bool:
    """Whether the quotation at [s, e) is its paragraph, all of it, right after the paragraph before."""
    sent = sentences[sid]
    end = text.find("\n", e)
    end = len(text) if end < 0 else end
    return sentences[sid - 1].para_id == sent.para_id - 1 and not text[sent.start:s].strip(" «“\"\u00a0\u202f") \
        and not text[e:end].strip(" »”\".\u00a0\u202f")


#: From a dateline's town to the end of its closing dash (« BREST|, 4 mars 2026 — »).
_DATELINE_DASH = re.compile(r"[^—–\n«».]{0,80}?\s[—–-]\s+")


def _attribute(text: str, s: int, e: int, sentences: list[Sentence], starts: list[int], sid: int,
               mentions: MentionIndex, events: list[_Event], used_events: set[int],
               parsed: list[ParsedParagraph], salient: Salience) -> Optional[_Direct]:
    """The quotation text[s:e] with its speaker, or None when it is a quoted term, not a quote."""
    sent = sentences[sid]
    lang = sent.lang
    if lang == "fr" and _named_thing(text, s, e):
        return None
    inside = incise_inside(text, s, e, lang)
    parts = [(s, e)] if inside is None else _cut(text, s, e, inside)
    d = _Direct(parts, sid, sent.para_id)
    n_words = sum(len(re.findall(r"\w+", text[a:b])) for a, b in parts)
    # the sentence holding what follows the closing mark ("… ? », s'agace X": the parser may end
    # the sentence at the question mark)
    end_sent = sentences[_sent_of(starts, _CLOSING.match(text, e).end())]
    previous = sentences[sid - 1] if sid > 0 else None
    after = incise_after(text, e, end_sent.end, lang)
    event = _event_for(events, s)
    # the person a colon clause introduces, else the one opening the sentence before: the center of
    # attention a pronoun takes up
    salient.opener = _colon_intro(text, sent.start, s, mentions) or _chained_opener(text, sentences, sid, mentions, s)
    then = _AND_THEN.search(text, sent.start, s) if inside is None else None
    same = salient.since(sent.start, s) if then else None
    incise = inside if inside is not None else after
    introduced = _introduced_after(text, s, e, incise, sentences, sent, mentions) \
        if incise is None or incise.pronoun in ("il", "elle") else None
    if same is not None:
        # « « … », tranche X, avant d'ajouter : « … » »: the infinitive's subject is the one who spoke
        d.speaker, d.resolved, d.cue = same[0], same[1], then.group("verb")
    elif incise is not None and introduced is not None:
        # « « … », soupire-t-elle. Lucie Marchal, gérante du café, ne décolère pas. »: the pronoun
        # announces the person named right after
        d.speaker, d.resolved, d.cue = introduced.actor, True, incise.verb
        if incise is after and event is not None and event.cue_start > e:
            used_events.add(id(event))
    elif inside is not None:
        # « Ce chantier, on l'attend depuis dix ans, soupire-t-elle. … »
        d.speaker, d.resolved = _incise_speaker(text, inside, mentions, s, salient, sent.para_id, sid, previous)
        d.cue = inside.verb
    elif after is not None:
        # « … », glisse-t-il / « … », a lancé la maire / "…," she said.
        d.speaker, d.resolved = _incise_speaker(text, after, mentions, s, salient, sent.para_id, sid, previous)
        d.cue = after.verb
        if event is not None and event.cue_start > e:
            used_events.add(id(event))
    if d.speaker is None and event is not None and _according_aside(event):
        # « Selon la CGT, X juge ces départs « inévitables » », « Selon plusieurs salariés, X aurait qualifié
        # l'inspectrice de « militante » »: a verb of saying or judging after the « selon » that governs the
        # quotation says whose words they are, its subject's; the source only relays them (as the agent of a passive
        # judgement is the one who judges, motives.passive_judgement). The parse may have read no speech event on
        # that verb: its surface reading (governors._surface_governor)
        governed = _surface_governor(text, sent, s, mentions, previous, parsed)
        if governed is not None and governed[1] and governed[0] and governed[0] != event.speaker \
                and not is_outlet(governed[0]) and text.find(governed[2], event.cue_start, s) > event.cue_start:
            d.speaker, d.resolved, d.cue = governed
            return d
    if d.speaker is None:
        # « X et Y se sont opposés, le premier dénonçant un « … », le second un « … » »
        ordinal = ordinal_speaker(text, sent, s, mentions, previous)
        if ordinal is not None:
            # (the cue stays the verb that governs the quotation, elided or not: « le second un « … » »)
            verb = next((w.group() for w in reversed(list(_WORD.finditer(text, sent.start, s))) if is_governor(w.group())),
                        event.cue if event is not None and event.cue_start < s else None)
            d.speaker, d.resolved, d.cue = ordinal.actor, True, verb
            return d
    if d.speaker is None:
        # « son stand a été jugé « pas assez photogénique » par l'organisateur »: the passive's agent judges,
        # whoever relays it (« Selon Le Monde, »)
        judged = passive_judgement(text, sent, s, e, mentions)
        if judged is not None:
            d.speaker, d.resolved, d.cue = judged
            return d
    if d.speaker is None:
        named = _said_after(text, e, end_sent, mentions)
        if named is not None:
            # "« … », tranche Lemarchand": a name right after the closing mark, whatever the verb.
            d.speaker, d.resolved, d.cue = named.actor, True, "after"
            if event is not None and event.cue_start > e:
                used_events.add(id(event))
                d.cue = event.cue
    if d.speaker is None and incise is None:
        # « « Une trahison » : la CGT n'a pas d'autre mot pour le plan »: a quotation heading its sentence, its speaker
        # the subject of the clause the colon opens (a two-word one too: the construction makes it words said)
        headline = _headline_colon(text, s, e, sent, mentions)
        if headline is not None:
            d.speaker, d.resolved, d.cue = headline.actor, True, ":"
            return d
    if n_words < MIN_DIRECT_WORDS:
        # "s'est dite « profondément choquée »": a short quotation is a quote only when governed.
        if d.speaker is None and not _governs(text, event, s):
            if event is not None and event.clause and event.clause[0] <= s < event.clause[1]:
                return None  # part of the reported clause: « a estimé que la Ligue cherchait un « bouc émissaire » »
            governed = _surface_governor(text, sent, s, mentions, previous, parsed) or (
                passive_motive(text, sent, s, mentions, parsed) or active_motive(text, sent, s, mentions, parsed)
                if not _opens_on_infinitive(parsed, sent.para_id, s, e) else None) \
                or quoted_predicate(text, sent, s, e, mentions, parsed)
            if governed is None:
                return None
            d.speaker, d.resolved, d.cue = governed
            return d
        if d.speaker is None:
            d.speaker, d.resolved, d.cue = event.speaker, event.resolved, event.cue
            if d.speaker is None and _described_que_subject(text, sent.start, event.cue_start):
                # the parse found no subject for the verb (« une plainte que le spécialiste de l'eau juge « … » »,
                # « juge » read as a noun): the surface reading of the governing verb's clause may (not a subject
                # the parse found and left unnamed on purpose, « un ancien adjoint au maire », « on »)
                governed = _surface_governor(text, sent, s, mentions, previous, parsed)
                if governed is not None and governed[1]:
                    d.speaker, d.resolved, d.cue = governed
        return d
    if d.speaker is None and event is not None and event.clause and event.clause[1] <= event.cue_start < s \
            and event.cue.lower() in _according() and ":" in text[event.cue_start:s] \
            and _introduced_by(text, s, sent, mentions)[1]:
        # « Absent pour « raisons personnelles », selon le club, il a pris la parole : « … » »: « selon X » sources
        # the words before it; a colon after it opens a quotation its own clause introduces (the colon's subject)
        event = None
    if d.speaker is None and event is not None:
        # the quote is what this verb reports, unless a full stop separates them
        # ("… a rappelé que X. Et de prévenir : « … »")
        between = text[min(event.clause[1], s):max(event.clause[1], s)] if event.clause else ""
        # (a quotation inside the clause after the narrator's own words, « Elle assure que ses collègues tiendront
        # « jusqu'au printemps » », is a mixed quotation: the clause stays a quote of its own, mixed.kept_clause)
        mixed = event.clause and event.clause[0] < s < event.clause[1] and re.search(r"\w", text[event.clause[0]:s])
        if not re.search(r"[.!?]\s", between) and not mixed:
            used_events.add(id(event))
        d.speaker, d.resolved, d.cue = event.speaker, event.resolved, event.cue
    if d.speaker is None:
        d.speaker, d.resolved = _introduced_by(text, s, sent, mentions)
        d.cue = ":" if d.speaker else d.cue
    if d.speaker is None and sid > 0 and not text[sent.start:s].strip(" «“\"\u00a0\u202f") \
            and sentences[sid - 1].text.rstrip().endswith(":"):
        # « X détaille son plan : » ending the paragraph before, the quotation opening this one
        prev = sentences[sid - 1]
        d.speaker, d.resolved = _introduced_by(text, prev.end, prev, mentions)
        d.cue = ":" if d.speaker else d.cue
    if d.speaker is None:
        # "Samira Benali accuse … d'avoir « … »": a sentence opened by a person's name
        opener = _sentence_opener(text, sent, mentions, s)
        opener = opener or organisation_opener(text, sent, mentions, s)
        if opener is not None:
            d.speaker, d.resolved, d.cue = opener.actor, True, "subject"
    if d.speaker is None and d.cue is None and introduced is not None and re.search(r"[.!?…]\W*$", text[s:e]):
        # « « Nous sommes à bout. » Jeanne Ferrand, infirmière, raconte ses nuits. »: a paragraph opening
        # on a quotation whole sentences long, its speaker named first right after it
        d.speaker, d.resolved, d.cue = introduced.actor, True, "next"
    if d.speaker is None and incise is None and not text[sent.start:s].strip(" «“\"\u00a0\u202f") \
            and (re.search(r"[.!?…]\W*$", text[s:e]) or re.match(r"[\s»”\"]*[:—–]", text[e:e + 6])):
        # « « On ne construit rien sur des rancunes. » Ainsi s'exprimait le Premier ministre, X »: the sentence after
        # takes the words up and names who said them
        taken = _taken_up_after(text, e, sentences, sent, mentions)
        if taken is not None:
            d.speaker, d.resolved, d.cue = taken[0], taken[1], "next"
    if d.speaker is None and d.cue is None and n_words >= MIN_UNATTRIBUTED_WORDS and salient.opener is not None \
            and salient.opener.actor_type == "person" and (sentences[sid - 1].para_id == sent.para_id
                                                           or _whole_paragraph(text, s, e, sentences, sid)) \
            and not text[sent.start:s].strip(" «“\"\u00a0\u202f") and "«" not in sentences[sid - 1].text:
        # « Yann Le Goff se veut optimiste. « Le bateau sera au départ. » »: a quotation standing
        # alone after a sentence about a person, in the same paragraph, is that person's words (or in a paragraph
        # of its own right after it: web pages print the quotation on its own line)
        d.speaker, d.resolved, d.cue = salient.opener.actor, True, "previous"
    if d.speaker is None:
        # « elle reproche aux services d'avoir « fermé les yeux » », « L'association reproche à la
        # municipalité « un gâchis d'argent public » »: a quotation a verb governs in its clause
        governed = _surface_governor(text, sent, s, mentions, previous, parsed)
        if governed is not None and governed[1]:
            d.speaker, d.resolved, d.cue = governed
    if d.speaker is None and n_words < MIN_UNATTRIBUTED_WORDS:
        # « La direction, elle, « regrette ces propos » »: a quotation of a few words opening on its clause's finite
        # verb, the subject before it, is the subject's words (the shorter ones are asked above)
        governed = quoted_predicate(text, sent, s, e, mentions, parsed)
        if governed is not None:
            d.speaker, d.resolved, d.cue = governed
    if d.speaker is None and not _opens_on_infinitive(parsed, sent.para_id, s, e):
        # « licencié par la société pour « perte de confiance » »: a motive of any length is the sanctioning party's wording
        governed = passive_motive(text, sent, s, mentions, parsed) or active_motive(text, sent, s, mentions, parsed)
        if governed is not None:
            d.speaker, d.resolved, d.cue = governed
    if d.speaker is None and n_words < MIN_UNATTRIBUTED_WORDS and not _has_verb(parsed, sent.para_id, s, e):
        return None  # "« montée en gamme »", "« système Dupont »": a label in quotation marks
    return d


#: A title in quotation marks has at most this many words (« Lunac, mémoire d'une école »).
TITLE_WORDS = 10
#: Words before « dit » that make it the verb of saying (« a dit », « il dit »), not a naming.
_SAYING_BEFORE_DIT = {"a", "avait", "ont", "avaient", "aura", "as", "ai", "avons", "avez", "il", "elle", "on", "ils",
                      "elles", "je", "qui", "lui", "leur", "en", "pas", "jamais", "tout", "déjà", "se", "s'est", "l'a"}


@lru_cache(maxsize=None)
def _title_words() -> tuple[frozenset, frozenset]:
    data = resources.load("speech_verbs")["fr"]
    return frozenset(data["naming"]), frozenset(data["work_nouns"])


def _named_thing(text: str, s: int, e: int) -> bool:
    """Whether the quotation marks around text[s:e] hold a name or a title, not words spoken: after a
    naming word (« le projet dit « … » »), or a capitalised short title after a noun of works
    (« le documentaire « La Dernière Vigne » ») or followed by one in apposition (« « X », le livre de Y »)."""
    naming, works = _title_words()
    window = text[max(0, s - 60):s].replace("\u2019", "'")
    # only a word right before the opening mark names it: « … du projet. « C'est faux, … » » is speech
    before = re.findall(r"[\w'-]+", window) if re.search(r"[\w'-][\s«“\"\u00a0\u202f]*$", window) else []
    last = before[-1].lower() if before else ""
    prev = before[-2].lower() if len(before) > 1 else ""
    if last in naming and prev not in _SAYING_BEFORE_DIT and (
            not last.startswith("dit") or {w.lower() for w in before[-3:-1]} & works):
        # (« dit » names only after a noun of schemes, or one with its adjective: « le plan national dit
        # « … » »; « X, étudiante, dit « comprendre » la grève » reports speech)
        return True
    inner = text[s:e].strip(" \u00a0\u202f")
    if not inner[:1].isupper() or len(re.findall(r"\w+", inner)) > TITLE_WORDS or re.search(r"[.!?…]\s*$", inner):
        return False
    if last in works or " ".join(before[-2:]).lower() in works or last in ("de", "du", "d'") and prev in works:
        return True  # (« auteur de « La Gauche et les villes » »)
    after = text[e:e + 60]
    m = re.match(r"[\s»”\"\u00a0\u202f]*,\s+(?:l'|l’|le |la |les |un |une |son |sa |ses |leur |leurs |ce |cet |cette )\s*"
                 r"([\w-]+)(?:\s+([\w-]+))?", after)
    # the noun right after the determiner, or after one adjective (« le dernier livre de X »)
    return bool(m and any(g and g.lower() in works for g in m.groups()))


#: How many sentences opened by a subject pronoun may stand between a person and the quotation.
PRONOUN_CHAIN = 2
_OPENING_PRONOUN = re.compile(r"^\s*(?:[^\s,]+\s+){0,3}?(?:[^\s,]+,\s*)?(?:il|elle|Il|Elle)\s")


_AGENT_BEFORE = re.compile(r"\b(?:dirigée?s?|présidée?s?|menée?s?|pilotée?s?|fondée?s?|créée?s?)\s+(?:[^,.;]{0,30}\s)?par\s[^,.;]*$")


def _colon_intro(text: str, start: int, quote_start: int, mentions: MentionIndex) -> Optional[Mention]:
    """The one person a clause introducing the quotation with a colon names (« Des propos qui ont fait
    bondir X : « … », a-t-il ironisé »): the center a pronoun after the quotation takes up."""
    intro = text[start:quote_start].rstrip(" «“\"\u00a0\u202f")
    if not intro.endswith(":") or _SUBJECT_OPENING.match(intro):
        return None  # (« Il a visé Paul Roux : « … », a-t-il lancé »: the clause has its own speaker)
    persons = [m for m in mentions.starting_in(start, quote_start) if m.actor_type == "person"]
    if persons and persons[0].start - start <= 2:
        return None  # a person opening the clause is its subject: the sentence-opener rules read it
    return persons[0] if len({m.actor for m in persons}) == 1 else None


#: A clause opening on a subject pronoun (« Il a visé X : »), whose subject is who speaks.
_SUBJECT_OPENING = re.compile(r"[\s«\"]*(?:il|elle|ils|elles|on|je|nous)\b", re.IGNORECASE)


def _chained_opener(text: str, sentences: list[Sentence], sid: int, mentions: MentionIndex,
                    quote_start: Optional[int] = None) -> Optional[Mention]:
    """The person opening the sentence before the quotation's, going back over sentences that open
    with a subject pronoun (« Lucas Martin a gardé la tête baissée. Il pleurait. « … », a-t-il ajouté »:
    the pronoun keeps the center the sentence before it set)."""
    sent = sentences[sid]
    head = text[sent.start:quote_start].rstrip(" «“\"\u00a0\u202f") if quote_start is not None else ""
    if head.endswith((".", "!", "?", "…")) and text[quote_start:quote_start + 1].isupper():
        # « Claire Vidal pleure. « Il ne reviendra pas, murmure-t-elle. » »: a stop, then a quotation opening
        # with its capital starts a sentence the parser may have run into the one before (fr_core_news_md
        # does); the words up to the stop are the sentence before
        cut = sent.start + len(head)
        sentences = sentences[:sid] + [replace(sent, end=cut, text=text[sent.start:cut]), sent]
        sid += 1
    k = sid - 1
    while k >= 0 and sentences[k].para_id >= sent.para_id - 1:
        prev = sentences[k]
        opener = _sentence_opener(text, prev, mentions, prev.end, orgs=True)
        demonstrative = _DEMONSTRATIVE_OPENING.match(prev.text) if opener is None else None
        if demonstrative is not None:
            # « Celui-ci a appris la nouvelle par SMS. « … », dénonce-t-il »: the demonstrative pronoun takes up the
            # person of its gender named last (the nearer antecedent: Riegel, Pellat & Rioul, Grammaire méthodique
            # du français, on « celui-ci » and « ce dernier »), who is then the sentence's subject
            opener = _previous_person(mentions, prev.start, demonstrative.group(1).lower())
        if opener is None or opener.actor_type != "person":
            # « La société X est dirigée par Y. « … », promet-il »: the person who leads the
            # organisation, named as the agent, is the one who speaks
            after = opener.end if opener is not None else prev.start
            agent = next((m for m in mentions.starting_in(after, prev.end) if m.actor_type == "person"
                          and _AGENT_BEFORE.search(text[max(after, m.start - 40):m.start])), None)
            opener = agent or opener
        if opener is not None or sid - k > PRONOUN_CHAIN or not _OPENING_PRONOUN.match(prev.text) or "«" in prev.text:
            return opener
        k -= 1
    return None


#: A sentence opening on a demonstrative pronoun of a person (« Celui-ci a … », « Cette dernière … »).
_DEMONSTRATIVE_OPENING = re.compile(r"\s*[«\"]?\s*(Celui-ci|Celle-ci|Ce dernier|Cette dernière)\b")


def _cut(text: str, s: int, e: int, incise: Incise) -> list[tuple[int, int]]:
    """The quoted words before and after an incise ("…, soupire-t-elle. …")."""
    parts = [(s, incise.start)]
    rest = re.match(r"[\s,.;:!?…]*", text[incise.end:e]).end() + incise.end
    if rest < e:
        parts.append((rest, e))
    return parts


def _incise_speaker(text: str, incise: Incise, mentions: MentionIndex, before: int, salient: Salience,
                    para_id: int, sent_id: int, previous: Optional[Sentence] = None) -> tuple[Optional[str], bool]:
    start = _sentence_start(text, before)  # (of the quotation's own sentence, read on the surface)
    if incise.pronoun:
        if incise.pronoun == "on":
            # « lit-on dans le communiqué de la préfecture », « explique-t-on chez X »: who « on » is
            where = _ON_AT.search(text, incise.start, incise.end)
            speaker = speaker_of_phrase(text, where.end(), incise.end, mentions, before, sent_id) if where else None
            if speaker and speaker[1]:
                return speaker
            # « explique-t-on à la mairie », « assure-t-on à l'hôtel de Région »: the body, or its seat, where « on »
            # speaks is the one of that kind the text names (events.yml body_references)
            seat = _ON_IN_BODY.search(text, incise.start, incise.end)
            body = body_reference(seat.group(1), mentions) if seat else None
            if body is not None:
                return body, True
        if incise.pronoun in ("ils", "elles", "on", "they"):
            return None, False
        # « Le maire, lui, ne se laisse pas impressionner : « … », a-t-il lancé »
        # (a sentence of the narrator's before the quotation: not the quoted words' own opening)
        opening = re.match(r"[\s«\"]*", text[start:before])
        described = described_opener(text, start + opening.end(), mentions, incise.pronoun, sent_id) \
            if text[start:before].strip(" «\"\u00a0") else None
        if described is not None:
            return described, True
        speaker = salient.speaker(before, para_id, incise.pronoun)
        if speaker is not None:
            return speaker
        person = _previous_person(mentions, before, incise.pronoun)
        # an unnamed spokesperson named since that person is the one the pronoun takes up
        spokesperson = spokesperson_before(text, before, mentions, person.end if person else 0, incise.pronoun)
        if spokesperson:
            return spokesperson, True
        return (person.actor, True) if person else (None, False)
    if incise.subject:
        phrase = " ".join(text[incise.subject[0]:incise.subject[1]].lower().split())
        if _SAME_SOURCE.fullmatch(phrase):
            # « », ajoute la même source »: the one who spoke in the quotation before, nearby
            same = salient.since(salient.para_start.get(para_id - 1, salient.para_start.get(para_id, 0)), before)
            if same is not None:
                return same
        ordinal = _ORDINAL_SUBJECT.fullmatch(phrase)
        if ordinal is not None:
            # « », a lancé la première. « … », a répondu le second »: the first or the second of the last pair of
            # actors coordinated by « et » in the paragraph or the one before (as openers.ordinal_speaker does for
            # the clause's own subject)
            since = salient.para_start.get(para_id - 1, salient.para_start.get(para_id, 0))
            named = [x for x in mentions.starting_in(since, before) if x.end <= before and x.actor_type in ("person", "org")
                     and x.method != "coref"]
            pairs = [(a, b) for a, b in zip(named, named[1:]) if _PAIR_GAP.fullmatch(text, a.end, b.start)
                     or _ROLED_PAIR_GAP.fullmatch(text, a.end, b.start)]
            if pairs:
                return (pairs[-1][0] if ordinal.group(1).startswith("premi") else pairs[-1][1]).actor, True
        if _OWN_CIRCLE_SUBJECT.fullmatch(phrase):
            # « », confie son entourage »: the circle of the person last named speaks for them (as « selon son
            # entourage » and « dans son entourage, on » do, sides.py)
            person = _previous_person(mentions, before)
            if person is not None:
                return person.actor, True
        speaker = speaker_of_phrase(text, incise.subject[0], incise.subject[1], mentions, before, sent_id)
        if not speaker[1]:
            # « a indiqué son équipe, Alpen Racing, dans un communiqué »: the name apposed to the noun
            apposed = _APPOSED_NAME.match(text, incise.subject[1])
            named = mentions.starting_at(apposed.end()) if apposed else []
            if named and named[0].actor_type != "place":
                return named[0].actor, True
        if not speaker[1] and bare_spokesperson(text[incise.subject[0]:incise.subject[1]], incise.verb):
            # « La préfecture, elle, « attend la décision », a indiqué un porte-parole. »: the
            # organisation the sentence opens with (reported.py does the same for reported clauses)
            opening = re.search(r"[^\s«\"]", text[start:before])
            org = opening_org(text, start + opening.start(), mentions) if opening else None
            if opening is None and previous is not None and previous.para_id == para_id:
                # the quotation opens its sentence: the organisation the sentence before opened on
                # (« X a annoncé la fin de son partenariat. « … », a indiqué un porte-parole. »)
                opener = _sentence_opener(text, previous, mentions, previous.end, orgs=True)
                org = opener.actor if opener is not None and opener.actor_type == "org" else None
                on = _ON_SUBJECT.search(text, previous.start, previous.end) if org is None else None
                if on is not None:
                    # (« À la préfecture, on défend le dossier. « … », explique un porte-parole »: the side the
                    # « on » of the sentence before spoke for)
                    org = side_of_on(text, previous.start, on.start(), mentions)
            return (org, True) if org else speaker
        return speaker
    return None, False


#: The subject « on » after a sentence's fronted phrase (« À la mairie, on », « Chez X, on »).
_ON_SUBJECT = re.compile(r"(?<=,\s)on\b|(?<=,\s)l'on\b")
#: An incise's subject taking up the source of the quotation before (« ajoute la même source », « cette source »).
_SAME_SOURCE = re.compile(r"(?:la|cette)\s+(?:même\s+)?source(?:\s+même)?|(?:le|la)\s+même")
#: An incise's subject that is an ordinal of a pair (« le premier », « la seconde »).
_ORDINAL_SUBJECT = re.compile(r"(?:le|la)\s+(premier|première|second|seconde|deuxième)")
#: « X, et son opposant, Y »: a pair whose second term is named after its role.
_ROLED_PAIR_GAP = re.compile(r"\s*,?\s*(?:et|and)\s+(?:son|sa|leur|le|la|l')\s*[^,.;:!?«»]{1,40},\s*")
#: An incise's subject naming the circle of the person in focus (« confie son entourage », « ses proches »).
_OWN_CIRCLE_SUBJECT = re.compile(r"(?:son|leur)\s+entourage|(?:ses|leurs)\s+proches")


#: What names the side an incise's « on » speaks for (« lit-on dans le communiqué de », « chez »).
_ON_AT = re.compile(r"\b(?:dans\s+(?:le|un|son|leur)\s+(?:communiqué|courrier|rapport|lettre|document|texte|message|compte rendu)"
                    r"\s+(?:de\s+|d'(?=[A-ZÀ-Þ]))?|chez\s+|du\s+côté\s+(?:de\s+|d'(?=[A-ZÀ-Þ]))?)(?=la\s|l'|du\s|des\s|[A-ZÀ-Þ])")


#: A body or its seat after an incise's « on » (« explique-t-on à la mairie », « au département »), to its end.
_ON_IN_BODY = re.compile(r"-on\s+(?:à\s+(?:la\s+|l')|au\s+)([^,.;:!?«»]{2,40}?)\s*$")


#: A comma and an article before a name apposed to an incise's subject (« son club, le Stade Y, »).
_APPOSED_NAME = re.compile(r"\s*,\s*(?:(?:le|la|les)\s+|l')?")


#: A quotation the speaker of the one before goes on with (« », tranche X, avant d'ajouter : « … »).
#: (the verb may govern the quotation directly too, with a few words of its own: « », a-t-il insisté, avant de
#: dénoncer « … » », « avant de qualifier le projet d'« … » »: the infinitive's subject is the main clause's)
_AND_THEN = re.compile(r"[»”\"][^«“\"]*,\s*(?:avant|puis|et|sans oublier)\s+d(?:e\s+|')(?P<verb>[a-zà-ÿ]+)"
                       r"(?:\s*:|(?:\s+[\w'-]+){0,4}?\s+(?:d')?)\s*[«“\"]?\s*$")


def _governs(text: str, event: Optional[_Event], s: int) -> bool:
    """Whether a speech verb before a short quotation governs it (same clause, close enough)."""
    if event is None or event.cue_start >= s or s - event.cue_start > GOVERNOR_REACH:
        return False
    if event.clause and event.clause[0] <= s < event.clause[1] \
            and text[event.clause[0]:s].strip(" \u00a0\u202f").lower() not in ("", "de", "d'", "à"):
        return False  # "a estimé que la Ligue cherchait un « bouc émissaire »": part of the reported clause
    # (a quotation opening the infinitive the verb governs is its words: « a promis d'« accompagner » X »)
    return not re.search(r"[.;:!?]\s", text[event.cue_start:s])


def _has_verb(parsed: list[ParsedParagraph], para_id: int, s: int, e: int) -> bool:
    pp = parsed[para_id]
    span = pp.doc.char_span(s - pp.start, e - pp.start, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _opens_on_infinitive(parsed: list[ParsedParagraph], para_id: int, s: int, e: int) -> bool:
    """Whether text[s:e] opens on an infinitive of its own (« faire vivre »: a purpose), not on « avoir » or
    « être » of a past infinitive (« avoir diffusé … »: a motive)."""
    pp = parsed[para_id]
    span = pp.doc.char_span(s - pp.start, e - pp.start, alignment_mode="expand")
    first = next((t for t in span if not t.is_punct and not t.is_space), None) if span is not None else None
    return first is not None and "Inf" in first.morph.get("VerbForm") and first.lemma_ not in ("avoir", "être")


def _continue_speakers(directs: list[_Direct], mentions: MentionIndex, text: str = "", starts: list[int] = ()) -> None:
    """A quotation with no speaker of its own goes on from the previous one of its paragraph or the one before.

    French press follows a speaker's quotation with more of their words, unattributed, until
    another speaker is named; a person named in between breaks the chain (not one in a complement of the
    previous quotation's own attribution: « », fait valoir Me X, avocate de Y. « … » » goes on with X's words).
    """
    for prev, d in zip(directs, directs[1:]):
        # (a quotation with a verb of its own whose subject is unknown, « …, explique-t-on à la
        # mairie », is someone else speaking)
        if d.speaker is not None or d.cue is not None or prev.speaker is None or not 0 <= d.para_id - prev.para_id <= 1:
            continue
        end_sid = _sent_of(starts, prev.parts[-1][1]) if starts else None
        between = [m for m in mentions.starting_in(prev.parts[-1][1], d.parts[0][0])
                   if not (prev.resolved and m.sent_id == end_sid
                           and _COMPLEMENT_BEFORE.search(text, max(0, m.start - 6), m.start))]
        if any(m.actor_type == "person" and m.actor != prev.speaker for m in between):
            continue
        d.speaker, d.resolved, d.cue = prev.speaker, prev.resolved, "continuation"


#: A preposition right before a name: the name is a complement (« avocate de Y », « proche du maire »).
_COMPLEMENT_BEFORE = re.compile(r"(?:\bde\s+|\bdu\s+|\bd')$", re.IGNORECASE)


def _sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding `offset` starts, read on the surface (after the last sentence end or line end)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, offset - 400), offset)]
    return max(ends[-1] if ends else 0, text.rfind("\n", 0, offset) + 1)


#: A sentence end (not after « M. »).
_SENTENCE_END = re.compile(r"(?<!\bM)[.!?…]\s+")


def _sent_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _event_for(events: list[_Event], s: int) -> Optional[_Event]:
    """The speech verb of the quote's sentence closest to the quote, preferring one before it."""
    if not events:
        return None
    return min(events, key=lambda ev: (ev.cue_start > s, abs(ev.cue_start - s)))

