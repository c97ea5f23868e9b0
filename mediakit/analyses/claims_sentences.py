"""Claims read across the sentence splitter's units: a sentence in another language than its paragraph, a
frame that gives the sentence before to its speaker (« C'est ce qu'a annoncé X »), a hedge's own sentence."""

from __future__ import annotations

import re

from ..text.segment import ParsedParagraph
from ..types import Claim, Sentence

#: The claimant of what the article says in its own voice (claims.JOURNALIST, which imports this module).
JOURNALIST = "journalist"
#: « C'est ce qu'a annoncé X », « C'est en tout cas ce qu'affirme X »: a frame whose content is the sentence before
#: (the demonstrative « ce » takes it up, Riegel, Pellat & Rioul, « c'est … que » extraction).
_FRAME_AFTER = re.compile(r"(?:c'est|tel est|voilà) (?:en tout cas |du moins |justement |précisément |aussi )?"
                          r"ce qu(?:e |')")


def _frames_after(claims: list[Claim]) -> list[Claim]:
    """The journalist's claims of the sentence before a frame (« Le site fermera en juin. C'est ce qu'a annoncé
    X. ») are X's, reported; the frame itself is no claim (the gold README: a speech verb whose content is given
    elsewhere is not one)."""
    from dataclasses import replace

    out: list[Claim] = []
    for c in claims:
        low = c.text.lower()
        # (not a quotation: « « C'est ce que nous voulions », dit X » is X's own claim)
        if _FRAME_AFTER.match(low) and c.claimant != JOURNALIST and c.kind != "quote" and " que " not in low[12:] \
                and len(low) < 120:
            before = [i for i, p in enumerate(out) if p.sent_id == c.sent_id - 1 and p.claimant == JOURNALIST]
            if before:
                for i in before:
                    p = out[i]
                    out[i] = replace(p, claimant=c.claimant, kind="reported",
                                     modality="reported" if p.modality == "asserted" else p.modality)
                continue
        out.append(c)
    if len(out) == len(claims):
        return out
    return [replace(c, claim_id=f"{c.doc_id}#c{n}") for n, c in enumerate(out, 1)]


#: Languages whose pipeline parses (a blank one has no tags: a sentence parsed with it would lose its verbs).
_PARSED_LANGS = ("fr", "en")


def _own_language(pp: ParsedParagraph, sent: Sentence, text: str) -> ParsedParagraph:
    """The sentence parsed in its own language when its paragraph was parsed in another: a French paragraph
    that quotes a statement in English (« … a réagi dans un communiqué : « The images … » L'ONG rappelle
    que … ») is detected as one language as a whole, and each sentence of the other language, parsed with
    the wrong pipeline, has no verb left to be a claim."""
    if sent.lang == pp.lang or sent.lang not in _PARSED_LANGS or pp.para.block != "body" \
            or sent.lang_confidence < 0.5:
        return pp
    from dataclasses import replace

    from ..text.nlp import pipeline
    raw = text[sent.start:sent.end]
    return ParsedParagraph(replace(pp.para, start=sent.start, end=sent.end), sent.lang, sent.lang_confidence,
                           pipeline(sent.lang)(raw.replace("\n", " ")), raw)


#: A sentence end inside a sentence record: the splitter keeps « … minutes. « Il n'opposait … » » whole when a
#: quotation opens the next sentence.
_INNER_END = re.compile(r"[.!?…]\s+(?=[«\"“]\s*[A-ZÀ-Þ])")


def _own_sentence(sent: Sentence, start: int, end: int) -> str:
    """The sentence of `sent` the clause at `start`–`end` (document offsets) lies in: a hedge of the sentence
    (« Selon elle, … ») covers that sentence only, not a quotation the splitter left joined to it."""
    lo, hi = 0, len(sent.text)
    for cut in _INNER_END.finditer(sent.text):
        if sent.start + cut.end() <= start:
            lo = cut.end()
        elif sent.start + cut.start() >= end:
            hi = cut.start() + 1
            break
    return sent.text[lo:hi]
