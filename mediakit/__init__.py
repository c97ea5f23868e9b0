"""mediakit: turn a corpus of news articles into tables a journalist or researcher can trust.

    import mediakit as mk
    analysis = mk.analyze("seeds/")
    mk.figures.actors_bar(mk.summaries.top_actors(analysis))
"""

__version__ = "0.1.0"

from .analysis import Analysis  # noqa: E402
from .errors import CorpusError, MediakitError  # noqa: E402
from .io.corpus import Corpus, load_corpus  # noqa: E402
from .pipeline import analyze, process_document  # noqa: E402
from .report import figures, summaries  # noqa: E402
from .report.summaries import locate_corpus  # noqa: E402
from .types import TABLES  # noqa: E402

__all__ = ["Analysis", "Corpus", "CorpusError", "MediakitError", "TABLES", "analyze", "figures", "load_corpus",
           "locate_corpus", "process_document", "summaries", "__version__"]
