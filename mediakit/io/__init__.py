"""Input and output: corpus loading (`corpus`) and all-or-nothing output folders (`outdir`)."""

from .corpus import Corpus, CorpusStream, load_corpus, stream_corpus

__all__ = ["Corpus", "CorpusStream", "load_corpus", "stream_corpus"]
