"""Plotly figure builders, one module per notebook topic: a tidy frame in, a figure out."""

from .conflicts import network_figure, relation_matrix, relations_timeline
from .overview import actors_bar, blocks_languages_bar, dates_timeline, quotes_bar

__all__ = ["network_figure", "relation_matrix", "relations_timeline", "actors_bar", "blocks_languages_bar", "dates_timeline", "quotes_bar"]
