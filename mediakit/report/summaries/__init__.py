"""Tidy summary frames computed from an Analysis, one module per notebook topic."""

from .articles import article_header, article_ids, article_sentences, article_spans, article_view
from .claims import check_first, checkworthy_features, claims_ranked, linked_claims, modality_by_claimant
from .conflicts import (actor_balance, ambivalent_pairs, balance_summary, network_edges, network_layout,
                        relation_list, relation_matrix, relations_timeline)
from .headlines import claims_to_check, most_negative_coverage, most_quoted, strongest_conflicts
from .overview import (actor_names, amounts_in_context, blocks_by_language, corpus_overview, dates_timeline,
                       documents_overview, locate_corpus, quote_list, quotes_by_speaker, shorten, top_actors)
from .sentiment import (actor_tone, actor_tone_rows, raw_vs_mediakit, sentence_tones, tone_by_block,
                        tone_by_document, tone_by_language, tone_by_quote)

__all__ = ["actor_balance", "actor_names", "actor_tone", "actor_tone_rows", "ambivalent_pairs", "amounts_in_context",
           "article_header", "article_ids", "article_sentences", "article_spans", "article_view", "balance_summary",
           "blocks_by_language", "check_first", "checkworthy_features", "claims_ranked", "claims_to_check",
           "corpus_overview", "dates_timeline", "documents_overview", "linked_claims", "locate_corpus",
           "modality_by_claimant", "most_negative_coverage", "most_quoted", "network_edges", "network_layout",
           "quote_list", "quotes_by_speaker", "raw_vs_mediakit", "relation_list", "relation_matrix",
           "relations_timeline", "sentence_tones", "shorten", "strongest_conflicts", "tone_by_block",
           "tone_by_document", "tone_by_language", "tone_by_quote", "top_actors"]
