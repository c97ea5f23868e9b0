"""Actor mentions: NER, gazetteer, @handles, acronyms, surnames and role phrases, resolved per document.

Notes:
    Within a document the fullest form names the actor ("Dubreuil" → "Marie Dubreuil"), following the
    "one sense per discourse" observation for person names (Gale, Church & Yarowsky 1992) used by
    most news-entity linkers. Role phrases ("le milliardaire") resolve to an apposed name, else to
    the nearest preceding person, the salience heuristic of Lappin & Leass (1994) reduced to recency.

Modules, in the order a document goes through them: `candidates` (and `acronyms`) propose spans,
`aliases` maps them to canonical names, `kinds` types the actors, `roles` adds role phrases;
`mentions` puts them together. `actor_file` reads the optional actor list of a corpus.
"""

from .actor_file import ActorEntry, load_actor_file


def __getattr__(name: str):
    # the mention tagger is imported on first use: reading the actor file needs none of it
    if name == "extract_mentions":
        from .mentions import extract_mentions

        return extract_mentions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ActorEntry", "extract_mentions", "load_actor_file"]
