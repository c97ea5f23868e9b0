"""mediakit: turn a corpus of news articles into tables a journalist or researcher can trust.

    import mediakit as mk
    analysis = mk.analyze("seeds/")
    mk.figures.actors_bar(mk.summaries.top_actors(analysis))
"""

__version__ = "0.1.0"

import importlib  # noqa: E402

from .errors import CorpusError, MediakitError  # noqa: E402
from .types import TABLES  # noqa: E402

# The public names, each imported on first use (PEP 562): `mediakit analyze` re-run on its cache
# needs neither spaCy nor plotly, whose imports alone took most of such a run.
_LAZY = {
    "Analysis": ".analysis",
    "Corpus": ".io.corpus",
    "load_corpus": ".io.corpus",
    "analyze": ".pipeline",
    "process_document": ".pipeline",
    "figures": ".report",
    "summaries": ".report",
    "locate_corpus": ".report.summaries",
    "default_cache_dir": ".cache",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = ["Analysis", "Corpus", "CorpusError", "MediakitError", "TABLES", "analyze", "default_cache_dir", "figures",
           "load_corpus", "locate_corpus", "process_document", "summaries", "__version__"]
