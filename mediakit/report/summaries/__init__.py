"""Tidy summary frames computed from an Analysis, one module per notebook topic."""

from .conflicts import (actor_balance, ambivalent_pairs, balance_summary, network_edges, network_layout,
                        relation_list, relation_matrix, relations_timeline)
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

__all__ = ["actor_balance", "ambivalent_pairs", "balance_summary", "network_edges", "network_layout",
           "relation_list", "relation_matrix", "relations_timeline", "actor_names", "amounts_in_context", "blocks_by_language", "corpus_overview", "dates_timeline",
           "documents_overview", "locate_corpus", "quote_list", "quotes_by_speaker", "shorten", "top_actors"]
