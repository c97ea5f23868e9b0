"""Presentation: tidy summaries and plotly figures per notebook topic, and the HTML report builder.

`summaries` computes the tidy frames a notebook shows, `figures` draws them (no computation),
`build` runs the notebooks with papermill and exports HTML with nbconvert, `refresh` re-executes
notebooks in place for `make notebooks`.
"""

from . import figures, summaries
from .build import build_reports, notebooks

__all__ = ["build_reports", "figures", "notebooks", "summaries"]
