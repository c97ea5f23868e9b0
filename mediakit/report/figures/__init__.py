"""Plotly figure builders, one module per notebook topic: a tidy frame in, a figure out."""

from .articles import article_html, articles_page, legend, marked
from .claims import checkworthiness_strip, features_bar, modality_bar
from .conflicts import network_figure, relation_matrix, relations_timeline
from .overview import actors_bar, blocks_languages_bar, dates_timeline, quotes_bar
from .sentiment import actor_tone_bar, raw_vs_mediakit_heatmap, tone_along_articles

__all__ = ["actor_tone_bar", "actors_bar", "article_html", "articles_page", "blocks_languages_bar",
           "checkworthiness_strip", "dates_timeline", "features_bar", "legend", "marked", "modality_bar",
           "network_figure", "quotes_bar", "raw_vs_mediakit_heatmap", "relation_matrix", "relations_timeline",
           "tone_along_articles"]
