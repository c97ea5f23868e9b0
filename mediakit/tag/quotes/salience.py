"""Who the passage lets speak, for a pronoun in an incise (« …, insiste-t-il »): the speakers of the latest speech
events and quotations, and the person the paragraph is about."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Optional

from ...types import Mention, Sentence
from ..spans import MentionIndex
from .attribution import _OTHER, _PRONOUN_GENDER, _gender, spokesperson_before
from .genders import _singular_person
from .reported import _Event
from .voiced import voiced_by_person

if TYPE_CHECKING:  # (extract.py builds the quotations this reads; it imports this module)
    from .extract import _Direct


class Salience:
    """Who the text is letting speak: the speakers of the latest speech events and quotations.

    A pronoun in an incise ("…, insiste-t-il") names the person the passage is about, which in
    news is the speaker of the latest speech event of that gender in the same or the previous
    paragraph, more often than the person named last (the centering observation of Grosz,
    Joshi & Weinstein 1995, reduced to speakers); the last person named is the fallback.
    """

    def __init__(self, mentions: MentionIndex, events: list[_Event], sentences: list[Sentence] = (), text: str = ""):
        self.mentions, self.text = mentions, text
        self.types = {m.actor: m.actor_type for m in mentions}
        #: where each paragraph starts
        self.para_start: dict[int, int] = {}
        for sent in sentences:
            self.para_start.setdefault(sent.para_id, sent.start)
        self.spoken = [(ev.cue_start, ev.sent.para_id, ev.speaker, ev.resolved) for ev in events if ev.speaker]
        self.spoken.sort()
        #: the clause each speech event reports, by its cue's position
        self.reports = {ev.cue_start: ev.clause for ev in events if ev.speaker and ev.clause}
        #: (start, speaker, resolved) of the quotations attributed so far
        self.quoted: list[tuple[int, str, bool]] = []
        #: the person opening the sentence before the quotation being attributed (set per quotation)
        self.opener: Optional[Mention] = None

    def add(self, start: int, d: _Direct) -> None:
        if d.speaker:
            bisect.insort(self.spoken, (start, d.para_id, d.speaker, d.resolved))
            bisect.insort(self.quoted, (start, d.speaker, d.resolved))

    def since(self, start: int, before: int) -> Optional[tuple[str, bool]]:
        """(speaker, resolved) of the latest quotation between `start` and `before`, if any."""
        i = bisect.bisect_left(self.quoted, (before,)) - 1
        return self.quoted[i][1:] if i >= 0 and self.quoted[i][0] >= start else None

    def speaker(self, before: int, para_id: int, pronoun: str) -> Optional[tuple[str, bool]]:
        """(speaker, resolved): a named person of the pronoun's gender; or, in the same paragraph, an
        unnamed one singular like the pronoun (« un conseiller … reconnaît que … ». « … », assure-t-il)."""
        gender = _PRONOUN_GENDER.get(pronoun)
        i = bisect.bisect_left(self.spoken, (before,)) - 1
        opener = self.opener
        # (not a subject inside what the last speaker reports, « Selon elle, le Sivad aurait refusé … »: the reported
        # words' subject is no new center, the one who reports them stays the center)
        report = self.reports.get(self.spoken[i][0]) if i >= 0 else None
        reported = report is not None and opener is not None and report[0] <= opener.start < report[1]
        if opener is not None and _gender(opener.actor) != _OTHER.get(gender) and (i < 0 or self.spoken[i][0] < opener.start) \
                and not reported:
            # « « … », dénonce X. Le préfet, Y, a signé l'arrêté. « … », a-t-il insisté »: a person made
            # the subject after the last speaker is the one the pronoun continues (centering: the
            # subject of the previous utterance is its preferred center)
            return opener.actor, True
        if i >= 0 and self.spoken[i][1] == para_id and self.spoken[i][3] and self.types.get(self.spoken[i][2]) == "org" \
                and voiced_by_person(self.text, self.spoken[i][0], gender):
            # « L'adjoint à la culture assure que … « … », plaide-t-il »: the unnamed official goes on speaking for the body
            return self.spoken[i][2], True
        if para_id in self.para_start and not self._spoke_here(i, para_id, gender):
            # no one the pronoun can stand for has spoken yet in this paragraph: its first person of the
            # pronoun's gender is the one it is about (« Le cas de Julien Mas … « … », soupire-t-il »), not
            # the speaker of the paragraph before (an organisation quoted in the paragraph is no such one:
            # « X a été licencié par la direction pour « faute ». « … », répond-il »)
            first = next((m for m in self.mentions.starting_in(self.para_start[para_id], before)
                          if m.actor_type == "person" and _gender(m.actor) != _OTHER.get(gender)), None)
            # (unless an unnamed spokesperson is named after that person: « un porte-parole de X »)
            if first is not None and not spokesperson_before(self.text, before, self.mentions, first.end, pronoun):
                return first.actor, True
        while i >= 0:
            _, para, speaker, resolved = self.spoken[i]
            if para < para_id - 1:
                return None
            if resolved and self.types.get(speaker) == "person" and _gender(speaker) != _OTHER.get(gender):
                return speaker, True
            if not resolved and para == para_id and _singular_person(speaker, gender):
                return speaker, False
            i -= 1
        return None


    def _spoke_here(self, i: int, para_id: int, gender: Optional[str]) -> bool:
        """Whether someone a pronoun of `gender` can stand for spoke in paragraph `para_id` (spoken[:i + 1])."""
        while i >= 0 and self.spoken[i][1] == para_id:
            _, _, speaker, resolved = self.spoken[i]
            if resolved and self.types.get(speaker) == "person" and _gender(speaker) != _OTHER.get(gender) \
                    or not resolved and _singular_person(speaker, gender):
                return True
            i -= 1
        return False


