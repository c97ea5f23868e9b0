"""The working records of actor tagging: a candidate span, and what a document teaches about its actors."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    source: str  # gazetteer, handle, acronym, ner, known, fallback
    label: Optional[str] = None  # NER label or actor-file type
    actor: Optional[str] = None  # canonical name when the source already knows it
    agent: bool = False  # the grammatical subject of a verb
    proper: bool = True  # the first word was tagged a proper noun (not "Laiterie")


@dataclass
class DocumentActors:
    """What a document teaches about its actors: aliases to canonical names and type votes."""

    alias: dict[str, str] = field(default_factory=dict)
    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    cues: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    agent: Counter = field(default_factory=Counter)
    proper: Counter = field(default_factory=Counter)
    named: Counter = field(default_factory=Counter)  # mentions by name
    articled: Counter = field(default_factory=Counter)  # of those, right after a definite article (« la Lazio »)
    people: set = field(default_factory=set)
    names: dict = field(default_factory=dict)
    fixed_type: dict[str, str] = field(default_factory=dict)
