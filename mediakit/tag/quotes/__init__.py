"""Quotes and their speakers: quoted words, reported speech and embedded social posts.

Notes:
    Direct quotes are text between quotation marks; their speaker is the subject of a speech verb
    in the same sentence (or of a "X :" introduction), the cue-subject rule of Pouliquen et al.
    (2007) and Pareti (2016). Reported speech is a speech verb with a que/that complement clause,
    or "selon X". A quoted span of fewer than three words is a scare quote, not a quote.

Modules: `marks` finds quoted spans, `reported` the speech events, `attribution` their speakers,
`embeds` the embedded posts; `extract` matches them into the rows of the quotes table.
"""

from .extract import extract_quotes
from .marks import quoted_spans

__all__ = ["extract_quotes", "quoted_spans"]
