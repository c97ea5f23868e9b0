"""Plotly figure builders, one module per notebook topic: a tidy frame in, a figure out."""

from .claims import checkworthiness_strip, features_bar, modality_bar
from .overview import actors_bar, blocks_languages_bar, dates_timeline, quotes_bar

__all__ = ["actors_bar", "blocks_languages_bar", "checkworthiness_strip", "dates_timeline", "features_bar", "modality_bar",
           "quotes_bar"]
