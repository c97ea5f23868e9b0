"""Who speaks: the subject of a speech verb, a name after the closing mark, a colon introduction."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.segment import ParsedParagraph
from ..spans import MentionIndex
from ...types import Mention, Sentence

_PRONOUNS = {"il", "elle", "he", "she", "celui-ci", "celle-ci"}


def _mention_at(mentions: MentionIndex, start: int, end: int) -> Optional[Mention]:
    """The mention over [start, end): a named one before a role phrase."""
    hits = mentions.overlapping(start, end)
    return next((m for m in hits if m.method != "coref"), hits[0] if hits else None)


def _previous_person(mentions: MentionIndex, before: int) -> Optional[Mention]:
    return mentions.last_before(before, _is_person, key="person")


def _is_person(m: Mention) -> bool:
    return m.actor_type == "person"


def _speaker_from_tokens(tokens, pp: ParsedParagraph, mentions: MentionIndex, text: str, sent: Sentence):
    if not tokens:
        return None, False
    subj = tokens[0]
    if subj.lower_ in ("qui", "who", "which") or "Rel" in subj.morph.get("PronType"):
        # "Berg, qui a …": the relative pronoun's antecedent, else the name just before it.
        if subj.head.dep_ == "acl:relcl":
            subj = subj.head.head
        else:
            at = pp.start + subj.idx
            prev = mentions.last_before(at)
            if prev is not None and prev.start >= sent.start:
                return prev.actor, True
    s = pp.start + subj.left_edge.idx
    e = pp.start + subj.right_edge.idx + len(subj.right_edge.text)
    head_s = pp.start + subj.idx
    # "La préfète du Loiret, Claire Vasseur, a assuré": the person apposed to the subject, not the place
    inside = sorted((x for x in mentions.starting_in(s, e) if x.end <= e),
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


def _previous_org(mentions: MentionIndex, before: int, noun: str = "") -> Optional[Mention]:
    """The organisation last named before `before`; one whose name holds `noun` first ("le syndicat")."""
    key = noun.lower()
    if key:
        holds = re.compile(rf"(?i)\b{re.escape(key)}")
        named = mentions.last_before(before, lambda m: _named_org(m) and bool(holds.search(m.actor)), key=("org", key))
        if named is not None:
            return named
    return mentions.last_before(before, _named_org, key="org")


def _named_org(m: Mention) -> bool:
    return m.actor_type == "org" and m.method != "coref"


def _quote_before(text: str, sent: Sentence, cue_start: int) -> bool:
    return bool(re.search(r"[»”\"]\s*,?\s*(?:\w+\s+){0,2}$", text[sent.start:cue_start]))


_AFTER = re.compile(r"[\s»”\"]*,\s*(?P<words>[^,.;:!?«“\"]{0,60})")


_INVERTED_PRONOUN = re.compile(r"-t?-?(il|elle)\b|\b(he|she) (?:said|added|told|wrote)\b", re.IGNORECASE)


def _said_after(text: str, e: int, sent: Sentence, mentions: MentionIndex) -> Optional[Mention]:
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
    found = [x for x in mentions.starting_in(w_start + first.end(), m.end("words"))
             if x.actor_type in ("person", "org")
             and not re.search(r"(?:\bà|\bau|\baux|\bto)\s+(?:l')?$", text[w_start:x.start], re.IGNORECASE)]
    # "a confié à L'Équipe son associé, James O'Connor": the addressee is not the speaker.
    found.sort(key=lambda x: (x.actor_type != "person", x.start))
    return found[0] if found else None


def _sentence_opener(text: str, sent: Sentence, mentions: MentionIndex, before: int) -> Optional[Mention]:
    """A person named in the first words of a sentence, before the quote."""
    for x in mentions.starting_in(sent.start, before):
        if x.actor_type == "person" and len(text[sent.start:x.start].split()) <= 2:
            return x
    return None


def _introduced_by(text: str, s: int, sent: Sentence, mentions: MentionIndex) -> tuple[Optional[str], bool]:
    # "Sophie Martin : « … »" — a name (and nothing but a colon) right before the quote.
    head = text[sent.start:s].rstrip(" «“\"\u00a0\u202f")
    if head.endswith(":"):
        limit = sent.start + len(head)
        before = [m for m in mentions.starting_in(sent.start, limit) if m.end <= limit]
        if before:
            return before[-1].actor, True
    return None, False

