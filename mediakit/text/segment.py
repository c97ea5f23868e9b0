"""Paragraphs, blocks (heading, embed, attribution, body), sentences and their languages."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from ..types import Attribution, Paragraph, Sentence
from . import lang as langid
from . import morph
from .nlp import pipeline

if TYPE_CHECKING:  # spaCy is imported when a text is first parsed (see nlp.pipeline)
    from spacy.tokens import Doc

_TERMINAL = tuple('.!?…:;»"”)]')
# An attribution line under an embedded post: a dash, the author, an optional (@handle), a date.
# Handles may be Mastodon/Bluesky style (@user@server, @name.bsky.social).
_ATTRIBUTION = re.compile(
    r"^\s*[—–―]{1,2}\s*-?\s*(?P<author>[^\s()@—–][^()\n]{0,79}?)\s*"
    r"(?:\((?P<handle>@[\w.]{1,60}(?:@[\w.]+)?)\)|,)\s*"
    r"(?:(?:on|sur)\s+[A-Z]\w+\s*,?\s*)?"
    r"(?P<date>[^\n]{0,60}?)\s*$"
)
_RUN_IN_ATTRIBUTION = re.compile(r"(?<=[.!?…»\"”)\w/]) +(?=[—–―]{1,2} ?[^\s()@—–][^()\n—–]{0,79}? ?\(@[\w.]{1,60}\) "
                                 r"[^\n]{0,40}?\b(?:19|20)\d\d\s*$)", re.M)
_HAS_YEAR = re.compile(r"\b(19|20)\d\d\b")
#: Social platforms cap standard posts at 280 characters (X, Bluesky 300, Threads 500): lines
#: above an attribution join its post only while the whole stays within one post.
EMBED_MAX_CHARS = 280
HEADING_MAX_WORDS = 12
HEADLINE_MAX_WORDS = 30


def parse_text(raw: str) -> str:
    """What spaCy parses of a paragraph: newlines of a hard-wrapped paragraph become spaces
    (same length, so offsets into the paragraph stay valid)."""
    return raw.replace("\n", " ")


@dataclass
class ParsedParagraph:
    """A paragraph, its block, its language and its spaCy parse (offsets relative to `start`)."""

    para: Paragraph
    lang: str
    lang_confidence: float
    doc: Doc
    raw: str  # the paragraph as in documents.text (the parse saw newlines as spaces)

    @property
    def start(self) -> int:
        return self.para.start

    @functools.cached_property
    def text(self) -> str:
        """The text the parse saw (`parse_text`), not `Doc.text`, which joins every token again on
        each access."""
        return parse_text(self.raw)

    @functools.cached_property
    def words(self) -> list[str]:
        """The text of each token (`doc[i].text`), for the rules that look at most words only by it: a
        Token object is then made for the few they keep (read from the ORTH array, three times faster)."""
        from spacy.attrs import ORTH

        strings = self.doc.vocab.strings
        return [strings[orth] for orth in self.doc.to_array(ORTH).tolist()]


def paragraphs(text: str) -> list[Paragraph]:
    """Split normalized text into paragraphs: one per line, hard-wrapped lines joined."""
    wrapped = _hard_wrapped(text)
    spans: list[list[int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            spans.append(None)  # a blank line always ends a paragraph
            continue
        lead = len(line) - len(line.lstrip())
        prev = spans[-1] if spans else None
        if prev is not None and (wrapped or _continues(text[prev[0]:prev[1]], stripped)):
            prev[1] = end
        else:
            spans.append([start + lead, end])
    return [Paragraph(i, s, e) for i, (s, e) in enumerate(_split_run_in(text, [sp for sp in spans if sp is not None]))]


def _split_run_in(text: str, spans: list[list[int]]) -> list[list[int]]:
    # A post whose attribution line was run into its text (a page's embed flattened to one line,
    # « … We stand with commuters. — Name (@handle) March 17, 2025 ») is the post and its attribution.
    out = []
    for start, end in spans:
        m = _RUN_IN_ATTRIBUTION.search(text, start, end)
        if m is None:
            out.append([start, end])
        else:
            out += [[start, m.start()], [m.end(), end]]
    return out


def _hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width with blank lines between paragraphs.

    Then most lines without final punctuation have nearly the maximal length, and a blank line,
    not a newline, ends a paragraph (textwrap, e-mail, plain-text archives).
    """
    lines = [ln.rstrip() for ln in text.split("\n")]
    if "" not in lines:
        return False
    full = [ln for ln in lines if ln]
    width = max((len(ln) for ln in full), default=0)
    open_lines = [ln for ln in full if not ln.endswith(_TERMINAL)]
    near = [ln for ln in open_lines if len(ln) >= width - 15]
    return width <= 100 and len(full) >= 4 and len(near) >= max(2, len(open_lines) // 2)


def _continues(previous: str, line: str) -> bool:
    # A hard-wrapped line: the previous one has no final punctuation and this one starts lowercase.
    return not previous.rstrip().endswith(_TERMINAL) and line[:1].islower()


def parse_attribution(line: str) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """(author, handle, date text) if `line` is an embedded post's attribution."""
    m = _ATTRIBUTION.match(line)
    if not m:
        return None
    author, handle, date = m.group("author").strip(" ,"), m.group("handle"), m.group("date").strip()
    if not handle and not _HAS_YEAR.search(date or ""):
        return None  # without a handle, only "— Name, date" counts (not a dialogue dash)
    if len(author.split()) > 8 or not any(ch.isupper() for ch in author[:1] + author):
        return None
    if date and not _HAS_YEAR.search(date):
        date = None
    return author, handle, date or None


@dataclass
class Layout:
    """A document's paragraphs with blocks and languages, and its attributions: all but the parse."""

    paras: list[Paragraph]
    raw: list[str]
    langs: list[tuple[str, float]]  # (language, confidence) per paragraph, "und" resolved to main_lang
    attributions: list[Attribution]
    main_lang: str
    prior: list[str]

    def requests(self) -> list[tuple[str, str]]:
        """(language, text to parse) per paragraph."""
        return [(lg, parse_text(r)) for (lg, _), r in zip(self.langs, self.raw)]

    def attach(self, docs: list[Doc]) -> list[ParsedParagraph]:
        """The paragraphs with their parses (`docs`: one per paragraph, in order)."""
        return [ParsedParagraph(p, lg, conf, doc, r) for p, (lg, conf), doc, r in zip(self.paras, self.langs, docs, self.raw)]


def layout(text: str, languages: tuple[str, ...] = langid.DEFAULT_LANGUAGES) -> Layout:
    """Paragraphs, their blocks (body, heading, embed, attribution) and languages, before parsing."""
    paras = paragraphs(text)
    raw = [text[p.start:p.end] for p in paras]
    detected = [langid.detect(t, languages) for t in raw]
    confident = Counter(lg for (lg, c), t in zip(detected, raw) if c >= 0.8 and len(t.split()) >= 5)
    main_lang = confident.most_common(1)[0][0] if confident else Counter(lg for lg, _ in detected).most_common(1)[0][0]
    prior = [lg for lg, _ in confident.most_common()] or [main_lang]
    detected = [d if d[1] >= langid.LOW_CONFIDENCE else langid.detect(t, languages, prior=prior, fallback=main_lang)
                for d, t in zip(detected, raw)]

    blocks = ["body"] * len(paras)
    attributions: list[Attribution] = []
    for i, line in enumerate(raw):
        parsed = parse_attribution(line)
        if parsed is None or i == 0:
            continue
        author, handle, date_text = parsed
        blocks[i] = "attribution"
        attributions.append(Attribution(i, author, handle, date_text))
        _mark_embed(i, raw, blocks, detected, author, main_lang)
    for i, line in enumerate(raw):
        if blocks[i] == "body" and _is_heading(line, i, len(raw)):
            blocks[i] = "heading"
    paras = [Paragraph(p.para_id, p.start, p.end, b) for p, b in zip(paras, blocks)]
    langs = [(lg if lg != "und" else main_lang, conf) for lg, conf in detected]
    return Layout(paras, raw, langs, attributions, main_lang, prior)


def parse_layouts(layouts: list[Layout]) -> list[list[Doc]]:
    """The parses of every paragraph of several documents: one `nlp.pipe` per language over all of
    them, since spaCy batches many short texts far faster than one document at a time (its
    annotations do not depend on what else is in the batch)."""
    by_lang: dict[str, list[tuple[int, int, str]]] = {}
    for d, lay in enumerate(layouts):
        for i, (lg, text) in enumerate(lay.requests()):
            by_lang.setdefault(lg, []).append((d, i, text))
    out: list[list[Optional[Doc]]] = [[None] * len(lay.paras) for lay in layouts]
    for lg in sorted(by_lang):
        items = by_lang[lg]
        for (d, i, _), doc in zip(items, parse(pipeline(lg), [text for _, _, text in items])):
            out[d][i] = doc
    return out  # type: ignore[return-value]


def segment(text: str, languages: tuple[str, ...] = langid.DEFAULT_LANGUAGES):
    """Paragraphs with blocks, languages and parses; plus the attributions found (one document)."""
    lay = layout(text, languages)
    return lay.attach(parse_layouts([lay])[0]), lay.attributions, lay.main_lang, lay.prior


#: A paragraph longer than this is parsed in pieces cut at sentence ends and joined again, so
#: that spaCy's `max_length` (1,000,000 characters) and the parser's memory are never exceeded
#: whatever the input; offsets into the paragraph are unchanged.
MAX_PARSE_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?…»”]\s+(?=\S)")


def parse(nlp, texts: list[str]) -> list[Doc]:
    """One Doc per text; a text over MAX_PARSE_CHARS is parsed in pieces and joined (same text)."""
    from spacy.tokens import Doc

    pieces: list[str] = []
    owner: list[int] = []
    for i, t in enumerate(texts):
        for piece in _pieces(t, MAX_PARSE_CHARS):
            pieces.append(piece)
            owner.append(i)
    parts: list[list[Doc]] = [[] for _ in texts]
    for i, doc in zip(owner, nlp.pipe(pieces)):
        parts[i].append(doc)
    return [p[0] if len(p) == 1 else Doc.from_docs(p, ensure_whitespace=False) for p in parts]


def _pieces(text: str, limit: int) -> list[str]:
    """`text` cut into consecutive pieces of at most `limit` characters, at sentence ends if possible."""
    out = []
    while len(text) > limit:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit)]
        cut = ends[-1] if ends else (text.rfind(" ", 0, limit) + 1 or limit)
        out.append(text[:cut])
        text = text[cut:]
    return out + [text]


def _mark_embed(attr_idx: int, raw: list[str], blocks: list[str], detected, author: str, main_lang: str) -> None:
    # The post is the line directly above the attribution, plus earlier lines in the post's
    # language or in a language foreign to the article, while the whole stays post-sized, is not
    # an introduction ("… a tweeté :") and does not speak of the author in the third person
    # (that is the journalist's narration).
    j = attr_idx - 1
    if j < 0 or blocks[j] != "body":
        return
    blocks[j] = "embed"
    total = len(raw[j])
    post_lang = detected[j][0]
    surname = author.split()[-1].lower() if author.split() else ""
    k = j - 1
    foreign = post_lang != main_lang
    while k >= 0 and blocks[k] == "body":
        line = raw[k]
        lang = detected[k][0]
        # Above a foreign-language line, an article-language line is the journalist again.
        if (lang == main_lang and (foreign or lang != post_lang) or total + len(line) > EMBED_MAX_CHARS
                or line.rstrip().endswith(":") or (surname and surname in line.lower())
                or _is_heading(line, k, len(raw))):
            break
        foreign = foreign or lang != main_lang
        blocks[k] = "embed"
        total += len(line)
        k -= 1


def _is_heading(line: str, index: int, n_paras: int) -> bool:
    stripped = line.strip()
    if stripped.startswith("#"):
        return True
    words = stripped.split()
    # a document's first line is its headline, and press headlines run long (« Football : fronde des
    # supporters contre X à Niort, la Mutuelle Y claque la porte »): a looser bound there
    most_words, most_chars = (HEADLINE_MAX_WORDS, 200) if index == 0 else (HEADING_MAX_WORDS, 100)
    return (
        index < n_paras - 1
        and 0 < len(words) <= most_words
        and len(stripped) <= most_chars
        and not _ends_sentence(stripped, index)
        and (stripped[0].isupper() or stripped[0].isdigit())
    )


_CLOSERS = '»"”)]'


def _ends_sentence(line: str, index: int) -> bool:
    """Whether `line` ends as a sentence does. A headline may close on a quotation or a bracket without
    a stop (« …, l'opposition dénonce un « fiasco » »): there only the mark inside counts."""
    if index == 0 and line.endswith(tuple(_CLOSERS)):
        inner = line.rstrip(_CLOSERS + " \u00a0\u202f")
        return not inner or inner.endswith(_TERMINAL + (",",))
    return line.endswith(_TERMINAL + (",",))


def sentences(doc_id: str, text: str, parsed: list[ParsedParagraph], languages: tuple[str, ...], prior: list[str]) -> list[Sentence]:
    """Sentence records: spaCy sentences, one per heading or attribution, with their language."""
    out: list[Sentence] = []
    for pp in parsed:
        p = pp.para
        if p.block in ("heading", "attribution"):
            spans = [(0, p.end - p.start)]
        else:
            # (the paragraph's text sliced, not `Span.text`, which joins the span's tokens again)
            ptext = pp.text
            spans = [(s.start_char, s.end_char) for s in pp.doc.sents if ptext[s.start_char:s.end_char].strip()]
            spans = _merge_fragments(spans, ptext)
        future = _prospective_tokens(pp.doc)
        for s, e in spans:
            start, end = p.start + s, p.start + e
            sent_text = text[start:end]
            if p.block == "attribution":
                lg, conf = pp.lang, pp.lang_confidence
            else:
                lg, conf = langid.detect(sent_text, languages, prior=[pp.lang] + prior, fallback=pp.lang)
            out.append(Sentence(doc_id, len(out), p.para_id, start, end, sent_text, lg, conf, p.block,
                                prospective=_prospective(pp.doc, s, e, future)))
    return out


def _prospective(doc: Doc, start: int, end: int, future: Optional[list[int]]) -> bool:
    """Whether a verb of doc[start:end] (characters) is in the future tense or conditional mood
    (`future`: `_prospective_tokens(doc)`)."""
    if future is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    i = bisect.bisect_left(future, span.start)
    return i < len(future) and future[i] < span.end


def _prospective_tokens(doc: Doc) -> Optional[list[int]]:
    """Indices of the verbs of `doc` in the future tense or conditional mood, in order (None without
    morphology). Read once per paragraph from the tags array: only verbs become `Token` objects."""
    if not doc.has_annotation("MORPH"):
        return None
    from spacy.attrs import POS
    from spacy.symbols import AUX, VERB

    tags = doc.to_array(POS)
    verbs = ((tags == VERB) | (tags == AUX)).nonzero()[0].tolist()
    return [t.i for t in (doc[i] for i in verbs) if _prospective_form(morph.features(t), t)]


def _prospective_form(feats: dict[str, tuple[str, ...]], t) -> bool:
    """Whether a verb with features `feats` is in the future tense or conditional mood."""
    tense = feats.get("Tense", ())
    return "Fut" in tense or "Cnd" in feats.get("Mood", ()) or bool(_CONDITIONAL.search(t.lower_)) and "Imp" in tense


# fr_core_news_sm tags the French conditional as an imperfect ("coûterait": Tense=Imp); its
# endings tell them apart (the imperfect of a verb whose stem ends in r, "mourait", is the rare miss).
_CONDITIONAL = re.compile(r"r(?:ais|ait|ions|iez|aient)$")


def _merge_fragments(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    # Statistical parsers sometimes cut a sentence after a hyphen or before a closing quote
    # ("non-" / "profit company", "… matin." / "»"): a span that does not end a sentence, or one
    # made of closing marks only, joins the previous one; a lone opening mark joins the next one.
    merged: list[list[int]] = []
    pending: Optional[int] = None
    for s, e in spans:
        piece = text[s:e].strip()
        if piece and all(ch in "«“„\"" for ch in piece):
            pending = s if pending is None else pending
            continue
        if pending is not None:
            s, pending = pending, None
        closing_only = bool(piece) and all(ch in "»”\"’').,;:!?… " for ch in piece)
        prev = text[merged[-1][0]:merged[-1][1]].rstrip() if merged else ""
        ends = prev.endswith(_TERMINAL[:4] + ("»", '"', "”")) if merged else True
        if ends and merged and piece[:1].islower():
            # « dénonce un « putsch » et accuse… »: a closing mark with no stop before it does not end
            # the sentence when the next words go on in lower case
            ends = prev.rstrip("»”\"\u00a0\u202f ").endswith(_TERMINAL[:4])
        if merged and (closing_only or not ends):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    if pending is not None:  # an opening mark at the very end
        if merged:
            merged[-1][1] = spans[-1][1]
        else:
            merged.append([pending, spans[-1][1]])
    return [(s, e) for s, e in merged]
