"""Who a phrase in a claim's sentence stands for: a verb's subjects, the actor a subject phrase names or takes up
(a firm's noun, a spokesperson, the members of a body), and the attribution record a claim gets (claims.py)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from .. import resources
from ..tag.actors.focus import firm_in_focus
from ..tag.actors.offices import office_actor
from ..tag.quotes.attribution import speaker_of_phrase
from ..tag.spans import MentionIndex
from ..text.segment import ParsedParagraph
from ..types import Sentence
from .claims_sources import _institution_named
from .reference import _firm_nouns  # (events.yml firm_nouns: « l'entreprise », « le groupe »)

#: The dependencies of a verb's subjects.
_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")


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


@dataclass(frozen=True)
class _Attribution:
    claimant: str
    via_speech: bool  # the content of a speech verb or a quote (reported speech)
    cue: Optional[str]


def _verb_before(token):
    """The nearest verb before `token` in its sentence (read on the stops, not on the parse's sentences)."""
    i = token.i - 1
    while i >= 0 and token.doc[i].text not in (".", "!", "?"):
        if token.doc[i].pos_ == "VERB":
            return token.doc[i]
        i -= 1
    return None


#: Subject pronouns: French « il », « elle », « ils », « elles », « je », « on » have no object use (Riegel,
#: Pellat & Rioul, personal pronouns), so one before its verb is the subject whatever the parse calls it
#: (« Il juge les accusations … » parsed with « Il » as an object).
_NOMINATIVE = frozenset({"il", "elle", "ils", "elles", "je", "j'", "on"})


def _subjects_of(verb) -> list:
    """The subjects of `verb`: its nsubj children, and a nominative pronoun before it (its child, or right
    before it with only clitics between: the parse may cut « Il » off as a root of its own)."""
    found = [c for c in verb.children if c.dep_ in _SUBJECTS or c.lower_ in _NOMINATIVE and c.i < verb.i]
    if not found:
        i = verb.i - 1
        while i >= 0 and verb.doc[i].lower_ in _CLITICS:
            i -= 1
        if i >= 0 and verb.doc[i].lower_ in _NOMINATIVE and verb.doc[i].head.i in (verb.i, i):
            found = [verb.doc[i]]
    return found


#: Clitics that stand between a subject pronoun and its verb (« il ne le dit », « elle lui reproche »).
_CLITICS = frozenset({"ne", "n'", "le", "la", "l'", "les", "lui", "leur", "y", "en", "se", "s'", "me", "m'", "te",
                      "t'", "nous", "vous"})


def _phrase_speaker(pp: ParsedParagraph, subject, sent: Sentence, text: str,
                    phrases: MentionIndex) -> Optional[str]:
    """The actor a subject phrase naming no one stands for, read as the quote tagger reads a speaker
    phrase (tag/quotes/attribution.py: « l'entreprise » → the firm last named that fits, an unnamed
    spokesperson → his organisation); None when it stays as written (« un ancien cadre »)."""
    lo = pp.start + min(x.idx for x in subject.subtree)
    hi = pp.start + max(x.idx + len(x.text) for x in subject.subtree)
    noun = re.fullmatch(r"(?i)(?:le|la|l'|l’)\s*([\w-]+)", text[lo:hi].split(",")[0].strip())
    if noun is not None and noun.group(1).lower() in _firm_nouns():
        # « assure l'entreprise », « le groupe a … »: the firm the article is about (named most often so
        # far), not the last organisation named, which may be a regulator or a client
        firm = firm_in_focus([m for m in phrases if m.actor_type == "org"], lo)
        if firm is not None:
            return firm
    who, resolved = speaker_of_phrase(text, lo, hi, phrases, lo, sent.sent_id)
    return who if resolved else _member_body(text[lo:hi], phrases) or _institution_named(text[lo:hi])


#: Determiners before the plural noun of a body's members (« les magistrats », « ces juges », « deux inspecteurs »).
_MEMBERS_BEFORE = re.compile(r"^(?:les|des|ces|leurs|plusieurs|deux|trois|quatre|cinq)\s+")


def _member_body(phrase: Optional[str], phrases: Optional[MentionIndex]) -> Optional[str]:
    """The body whose members a plural phrase names (claims.yml body_members: « les magistrats financiers » →
    the one chamber or court of accounts the text names), else None."""
    if not phrase or phrases is None:
        return None
    words = _MEMBERS_BEFORE.sub("", " ".join(phrase.replace("’", "'").lower().split(",")[0].split()))
    for noun in _body_members().get(words, ()):
        body = office_actor((noun,), phrases)
        if body is not None:
            return body
    return None


@lru_cache(maxsize=1)
def _body_members() -> dict[str, tuple[str, ...]]:
    return {k.lower(): tuple(v) for k, v in resources.load("claims").get("body_members", {}).get("fr", {}).items()}


def _actor_of(pp: ParsedParagraph, subject, mentions: _Index) -> Optional[str]:
    # the mention covering the subject's head word (« la patronne de Lumio » → the person the role
    # phrase resolves to), else the last mention inside the subject phrase (« un porte-parole du club »)
    lo = min(x.idx for x in subject.subtree)
    hi = max(x.idx + len(x.text) for x in subject.subtree)
    inside = mentions.overlapping(pp.start + lo, pp.start + hi)
    if not inside:
        return None
    head = [m for m in inside if m.start <= pp.start + subject.idx < m.end]
    if not head:
        # (a party or an acronym in brackets after the name is no speaker: « La députée X (PS) a fustigé »)
        text, base = pp.text, pp.start
        bare = [m for m in inside if not (text[m.start - base - 1:m.start - base] == "(" and text[m.end - base:m.end - base + 1] == ")")]
        inside = bare or inside
    return (head or inside)[-1 if not head else 0].actor
