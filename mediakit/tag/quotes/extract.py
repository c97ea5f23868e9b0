"""All quotes of one document: direct quotations matched to their speech events, reported speech, posts."""

from __future__ import annotations

import bisect
import re
from typing import Optional

from ...text import lang as langid
from ...text.segment import ParsedParagraph
from ..spans import MentionIndex
from ...types import Attribution, Mention, Quote, Sentence
from .attribution import _introduced_by, _said_after, _sentence_opener
from .embeds import _embed_quotes
from .marks import _body_quotes
from .reported import _Event, _speech_events

MIN_DIRECT_WORDS = 3


def extract_quotes(doc_id: str, text: str, parsed: list[ParsedParagraph], sentences: list[Sentence],
                   mentions: list[Mention], attributions: list[Attribution], prior: list[str],
                   languages: tuple[str, ...]) -> list[Quote]:
    """All quotes of one document, in text order, with speakers resolved to actors where possible."""
    starts = [s.start for s in sentences]
    quotes: list[tuple[int, int, str, Optional[str], bool, Optional[str], Optional[str]]] = []
    mentions = MentionIndex(mentions)  # every speaker look-up is by position
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

