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
# # Corpus overview
#
# What is in the corpus: the documents (title, language, date given or inferred from the text,
# size), how their sentences split into body text, headings, embedded social posts and their
# attribution lines, in which languages; the actors mentioned most and under which names; who is
# quoted and how; the dates and money amounts the articles mention.
#
# **Limits.** Actors come from spaCy's French model, an actor file when the corpus has one, and
# rules (surnames, @handles, acronyms, role phrases such as "le milliardaire"); types other than
# person are the weakest part (a company and its product are often confused). A quote's speaker
# is the grammatical subject of its speech verb; quotes by groups ("des universitaires") are kept
# and marked as not attributed to a named actor. Every figure comes from the tables of
# `mediakit.analyze`, each row traceable to a sentence and character offsets.

# %% tags=["parameters"]
corpus = None  # a folder or file of articles; None: this checkout's seeds/
cache_dir = None  # a folder to reuse analyses across runs; None: the default cache ($MEDIAKIT_CACHE, else ~/.cache/mediakit)
top_n = 15

# %%
import mediakit as mk
from mediakit import figures, summaries

analysis = mk.analyze(mk.locate_corpus(corpus), cache_dir=cache_dir or mk.default_cache_dir())
summaries.corpus_overview(analysis)

# %% [markdown]
# ## Documents
# `published_inferred` is true when the date was read from the text (a date the article calls
# "ce mardi …", else the latest embedded post, else the latest full date) rather than metadata.

# %%
summaries.documents_overview(analysis)

# %% [markdown]
# ## Blocks and languages

# %%
figures.blocks_languages_bar(summaries.blocks_by_language(analysis))

# %% [markdown]
# ## Actors
# Mentions per actor (canonical name: the fullest form used in the document), then every name
# under which each appears: `ner` a recognised name, `alias` a surname or acronym resolved to it,
# `handle` an @handle, `coref` a role phrase, `gazetteer` the corpus's actor file.

# %%
actors = summaries.top_actors(analysis, top_n)
figures.actors_bar(actors)

# %%
summaries.actor_names(analysis, list(actors["actor"]))

# %% [markdown]
# ## Quotes
# `direct`: words in quotation marks; `indirect`: reported speech ("a déclaré que…", "selon…");
# `embed`: an embedded social post, dated by its attribution line.

# %%
figures.quotes_bar(summaries.quotes_by_speaker(analysis))

# %%
summaries.quote_list(analysis)

# %% [markdown]
# ## Dates mentioned
# Months without a year are placed in the nearest such month to the article's date.

# %%
figures.dates_timeline(summaries.dates_timeline(analysis))

# %% [markdown]
# ## Money amounts
# Vague amounts ("des milliards de dollars") carry their lower bound and `vague` = True.

# %%
summaries.amounts_in_context(analysis)

# %% [markdown]
# ## Invariants a reader relies on

# %%
quotes = analysis.quotes
assert analysis.documents["n_sentences"].sum() == len(analysis.sentences)
assert summaries.top_actors(analysis, n=len(analysis.mentions) + 1, places="all")["mentions"].sum() == len(analysis.mentions)
assert summaries.quotes_by_speaker(analysis)["quotes"].sum() == len(quotes)
# every quote has a speaker, or is flagged as not attributed to a named actor
assert (quotes["speaker"].notna() | ~quotes["speaker_resolved"].astype(bool)).all()
assert quotes["speaker"][quotes["speaker_resolved"].astype(bool)].isin(analysis.mentions["actor"]).all()
print(f"{len(analysis.documents)} document(s): invariants hold")
