"""Links from a sentence that reports an embedded post in another language to that post.

« X a récemment tweeté que … » reports, in French, an English post shown in the article.
Evidence (each documented in the score below): the same speaker (required: never across
speakers), a verb of posting or saying in the sentence, shared cognates, numbers and actors,
and closeness in the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Optional

from ..text.segment import ParsedParagraph
from ..types import Claim, Quote, Sentence
from .claims_cues import lexicon, misread_participle

#: A link needs a verb of posting/saying plus this much evidence (cognates and numbers count 1 each,
#: capped at 3; a post within 3 sentences adds 1).
LINK_THRESHOLD = 2.0
_WORD = re.compile(r"[^\W\d_]{4,}|\d+")


def _stem(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()
    return plain if plain.isdigit() else plain[:5]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text)}


def link_posts(claims: list[Claim], sentences: list[Sentence], quotes: list[Quote],
               parsed: list[ParsedParagraph]) -> list[Claim]:
    """The claims, with `linked_quote_id` set where a sentence reports a post of the same speaker."""
    posts = [q for q in quotes if q.kind == "embed" and q.speaker and q.speaker_resolved]
    if not posts:
        return claims
    by_para = {pp.para.para_id: pp for pp in parsed}
    links: list[Optional[tuple[str, float]]] = []
    for c in claims:
        sent = sentences[c.sent_id]
        link = None
        if sent.block == "body" and c.claimant and _posting_verb(sent, by_para.get(sent.para_id)):
            link = _best_post(c, sent, [p for p in posts if p.speaker == c.claimant and p.lang != sent.lang])
        links.append(link)
    # A sentence reports one post: its clauses of the same claimant take the link best evidenced in the sentence
    # (« X a déclaré qu'il était temps d'intenter un procès parce que … « illégalement » … » reports « They trained
    # illegally … Lawsuit time. » through both clauses, though the first shares no word with it)
    best: dict[tuple[int, str], tuple[str, float]] = {}
    for c, link in zip(claims, links):
        key = (c.sent_id, c.claimant)
        if link is not None and (key not in best or link[1] > best[key][1]):
            best[key] = link
    return [replace(c, linked_quote_id=best[(c.sent_id, c.claimant)][0]) if (c.sent_id, c.claimant) in best else c
            for c in claims]


def _posting_verb(sent: Sentence, pp: Optional[ParsedParagraph]) -> bool:
    if pp is None:
        return False
    span = pp.doc.char_span(sent.start - pp.start, sent.end - pp.start, alignment_mode="expand")
    lex = lexicon()
    return span is not None and any(t.pos_ in ("VERB", "AUX") and lex.has_lemma("post_verbs", sent.lang, t)
                                    or misread_participle(t, lex.lemmas["post_verbs"].get(sent.lang, frozenset()))
                                    for t in span)


def _best_post(c: Claim, sent: Sentence, posts: list[Quote]) -> Optional[tuple[str, float]]:
    claim_stems = _stems(c.text)
    best, best_score = None, 0.0
    for p in posts:
        shared = len(claim_stems & _stems(p.text))
        evidence = min(3, shared) + (1.0 if abs(p.sent_id - sent.sent_id) <= 3 else 0.0)
        if shared and evidence >= LINK_THRESHOLD and evidence > best_score:
            best, best_score = p.quote_id, evidence
    return (best, best_score) if best is not None else None
