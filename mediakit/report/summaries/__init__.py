"""Tidy summary frames computed from an Analysis, one module per notebook topic."""

from .overview import (
                       actor_names,
                       amounts_in_context,
                       blocks_by_language,
                       corpus_overview,
                       dates_timeline,
                       documents_overview,
                       locate_corpus,
                       quote_list,
                       quotes_by_speaker,
                       shorten,
                       top_actors,
)

__all__ = ["actor_names", "amounts_in_context", "blocks_by_language", "corpus_overview", "dates_timeline",
           "documents_overview", "locate_corpus", "quote_list", "quotes_by_speaker", "shorten", "top_actors"]
