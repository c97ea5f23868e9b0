"""Input and output: corpus loading (`corpus`) and all-or-nothing output folders (`outdir`)."""

from .corpus import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]
