"""Shared record types and the table contract (column names live here and nowhere else)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

#: Required columns of each output table, in order (see DESIGN.md "Output contract").
TABLES: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id", "source", "title", "lang", "published", "published_inferred", "text",
        "n_sentences", "n_words", "polarity", "subjectivity",
    ),
    "sentences": (
        "doc_id", "sent_id", "para_id", "start", "end", "text", "lang", "lang_confidence", "block",
        "polarity", "subjectivity", "tone", "analyzer", "prospective", "polarity_raw", "subjectivity_raw",
        "voice",
    ),
    "mentions": ("doc_id", "sent_id", "start", "end", "text", "actor", "actor_type", "method", "acts"),
    "quotes": (
        "doc_id", "quote_id", "sent_id", "start", "end", "text", "speaker", "speaker_resolved",
        "kind", "cue", "lang", "date", "continues", "polarity", "tone",
    ),
    "dates": ("doc_id", "sent_id", "start", "end", "text", "date", "granularity"),
    "amounts": ("doc_id", "sent_id", "start", "end", "text", "value", "currency", "per", "vague"),
    "relations": (
        "doc_id", "sent_id", "source", "target", "event", "polarity", "intensity", "modality",
        "evidence", "prospective", "cue", "date", "quote_id",
    ),
    "claims": (
        "doc_id", "claim_id", "sent_id", "claimant", "text", "modality", "checkworthy",
        "checkworthiness", "quote_id", "linked_quote_id",
    ),
}

BLOCKS = ("body", "heading", "embed", "attribution")
ACTOR_TYPES = ("person", "org", "product", "place", "other")
MENTION_METHODS = ("gazetteer", "ner", "alias", "handle", "coref")
QUOTE_KINDS = ("direct", "indirect", "embed")
TONES = ("negative", "neutral", "positive")
#: sentences.voice: the journalist's own words, or words reported from someone (inside a quote).
VOICES = ("own", "reported")


@dataclass(frozen=True)
class RawDocument:
    """A document as loaded, before normalization."""

    doc_id: str
    text: str
    source: str
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date from metadata, if any


@dataclass(frozen=True)
class Skipped:
    """A file or record the loader did not turn into a document, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph (a line, or hard-wrapped lines joined) of a document."""

    para_id: int
    start: int
    end: int
    block: str = "body"


@dataclass(frozen=True)
class Attribution:
    """The attribution line under an embedded social post."""

    para_id: int
    author: str
    handle: Optional[str]
    date_text: Optional[str]


@dataclass
class Sentence:
    doc_id: str
    sent_id: int
    para_id: int
    start: int
    end: int
    text: str
    lang: str
    lang_confidence: float
    block: str
    polarity: Optional[float] = None
    prospective: bool = False  # a verb in the future tense or conditional mood: not (yet) a fact
    subjectivity: Optional[float] = None
    tone: Optional[str] = None
    analyzer: Optional[str] = None
    polarity_raw: Optional[float] = None  # the library's own score, before mediakit's rules
    subjectivity_raw: Optional[float] = None
    voice: str = "own"  # "reported" when the sentence holds a quote


@dataclass(frozen=True)
class Mention:
    doc_id: str
    sent_id: int
    start: int
    end: int
    text: str
    actor: str
    actor_type: str
    method: str
    acts: bool = False  # the subject of a verb: a place counts as an actor only when it acts


@dataclass(frozen=True)
class Quote:
    doc_id: str
    quote_id: str
    sent_id: int
    start: int
    end: int
    text: str
    speaker: Optional[str]
    speaker_resolved: bool
    kind: str
    cue: Optional[str]
    lang: str
    date: Optional[str]
    continues: Optional[str] = None  # quote_id of the part before an incise ("…, soupire-t-elle. …")
    polarity: Optional[float] = None  # tone of the quoted words themselves: the speaker's
    tone: Optional[str] = None


@dataclass(frozen=True)
class DateMention:
    doc_id: str
    sent_id: int
    start: int
    end: int
    text: str
    date: str
    granularity: str
    date_id: Optional[str] = None  # "<doc_id>#d<n>", set by the pipeline so claims can point at it


@dataclass(frozen=True)
class Amount:
    doc_id: str
    sent_id: int
    start: int
    end: int
    text: str
    value: float
    currency: str
    per: Optional[str]
    vague: bool
    amount_id: Optional[str] = None  # "<doc_id>#a<n>", set by the pipeline so claims can point at it


#: Check-worthiness features, one column each (`cw_<name>`), so a reader sees why a claim ranks high.
CHECKWORTHY_FEATURES = ("numbers", "dates", "named_actors", "factual_verbs", "past", "legal", "comparative", "causal",
                        "alleged", "opinion", "question", "prediction", "vague")
CLAIM_MODALITIES = ("alleged", "hedged", "reported", "asserted")
CLAIM_KINDS = ("quote", "reported", "narration")


@dataclass(frozen=True)
class Claim:
    """A proposition that can be true or false, by a claimant, with its modality and check-worthiness."""

    doc_id: str
    claim_id: str
    sent_id: int
    claimant: str  # a canonical actor, `journalist` or `unattributed`
    text: str
    modality: str
    checkworthy: bool
    checkworthiness: float
    quote_id: Optional[str]
    linked_quote_id: Optional[str]
    start: int
    end: int
    kind: str
    prospective: bool
    modality_cue: Optional[str]
    amount_ids: Optional[str]  # comma-separated `amounts.amount_id`s inside the claim
    date_ids: Optional[str]  # comma-separated `dates.date_id`s inside the claim
    cw_numbers: int = 0
    cw_dates: int = 0
    cw_named_actors: int = 0
    cw_factual_verbs: int = 0
    cw_past: int = 0  # verbs in a past tense: something that happened (ClaimBuster's past-tense verbs, VBD)
    cw_legal: int = 0
    cw_comparative: int = 0
    cw_causal: int = 0
    cw_alleged: int = 0
    cw_opinion: int = 0
    cw_question: int = 0
    cw_prediction: int = 0
    cw_vague: int = 0


@dataclass(frozen=True)
class Relation:
    """A directed conflict (-1) or cooperation (+1) event between two actors, with its evidence."""

    doc_id: str
    sent_id: int
    source: str
    target: str
    event: str  # a code of resources/events.yml (CAMEO-rooted)
    polarity: int
    intensity: float  # Goldstein (1992) weight, -10..+10
    modality: str  # asserted, alleged, hedged, reported
    evidence: str  # the sentence text
    prospective: bool = False  # a threat, plan, offer, call or attempt, not (yet) a fact
    cue: str = ""  # the words that triggered the event
    date: Optional[str] = None  # a date the text gives the event (its sentence or its post)
    quote_id: Optional[str] = None  # the quote or post the event was found in


MODALITIES = ("asserted", "alleged", "hedged", "reported")


@dataclass
class DocumentResult:
    """Everything extracted from one document: one row of `documents` plus its child rows."""

    document: dict
    sentences: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    amounts: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    claims: list = field(default_factory=list)


#: Python types of the columns of tables whose rows are not dataclasses (documents are dicts;
#: claims have no record type yet). The other tables take their column types from the
#: annotations of their record type (ROW_TYPES). Streamed Parquet files declare these types
#: up front, so every row group of a table has the same schema whatever values it holds.
COLUMN_TYPES: dict[str, dict[str, type]] = {
    "documents": {
        "doc_id": str, "source": str, "title": str, "lang": str, "published": str, "published_inferred": bool,
        "text": str, "n_sentences": int, "n_words": int, "polarity": float, "subjectivity": float,
    },
    "claims": {
        "doc_id": str, "claim_id": str, "sent_id": int, "claimant": str, "text": str, "modality": str,
        "checkworthy": bool, "checkworthiness": float, "quote_id": str, "linked_quote_id": str,
    },
}

#: The record type of each table's rows, where there is one.
ROW_TYPES: dict[str, type] = {
    "sentences": Sentence, "mentions": Mention, "quotes": Quote, "dates": DateMention, "amounts": Amount,
    "relations": Relation,
}
