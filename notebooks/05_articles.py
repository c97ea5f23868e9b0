# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Articles
#
# Each article with what mediakit found in it, as a journalist checks a tool: actors
# underlined in the colour of their type (hover for the canonical name), quotations underlined
# in the colour of their kind (hover for the speaker), dates and money amounts with their
# resolved values, claims with their modality, a ⚑ after a sentence that states a conflict or a
# cooperation (hover for who does what to whom), and the tone of each sentence beside its
# paragraph. Large corpora show the first `max_documents` documents by id.

# %% tags=["parameters"]
corpus = None  # a folder or file of articles; None: this checkout's seeds/
cache_dir = None  # a folder to reuse analyses across runs; None: the default cache ($MEDIAKIT_CACHE, else ~/.cache/mediakit)
max_documents = 20  # documents shown, by doc_id

# %%
from IPython.display import HTML

import mediakit as mk
from mediakit import figures, summaries

analysis = mk.analyze(mk.locate_corpus(corpus), cache_dir=cache_dir or mk.default_cache_dir())
shown = summaries.article_ids(analysis, max_documents)
views = [figures.article_html(*summaries.article_view(analysis, doc_id)) for doc_id in shown]
HTML(figures.articles_page(views, omitted=len(analysis.documents) - len(shown)))

# %% [markdown]
# ## Invariants a reader relies on
# Every mention, quote, date and amount of a shown document is marked once in its article
# (a span crossing another is drawn in two pieces, the second marked as a continuation).

# %%
page = "".join(views)
for layer, table in (("mention", analysis.mentions), ("quote", analysis.quotes), ("date", analysis.dates),
                     ("amount", analysis.amounts)):
    assert figures.marked(page, layer) == int(table["doc_id"].isin(shown).sum()), layer
assert "<script" not in page  # article text is escaped: a hostile article stays inert
