"""Tidy summary frames computed from an Analysis, one module per notebook topic."""

from .claims import check_first, checkworthy_features, claims_ranked, linked_claims, modality_by_claimant
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

__all__ = ["actor_names", "amounts_in_context", "blocks_by_language", "check_first", "checkworthy_features",
           "claims_ranked", "corpus_overview", "dates_timeline", "documents_overview", "linked_claims",
           "locate_corpus", "modality_by_claimant", "quote_list", "quotes_by_speaker", "shorten", "top_actors"]
