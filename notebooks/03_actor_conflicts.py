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
# # Actor conflicts and alliances
#
# Who sues, accuses, criticises, threatens, rejects, fines, fires or drops whom; who invests in,
# partners with, supports, praises, hires or buys whom. Each relation comes from an event word of
# `mediakit/resources/events.yml` (CAMEO-coded, with its Goldstein weight from -10 to +10) whose
# source and target are read from the sentence's grammar, or from a quote or embedded post whose
# speaker attacks or denies. Every edge keeps the sentences it rests on.
#
# **Limits.** Measured against hand annotations (see the README): most missed relations are
# events whose source or target the parser does not link to a named actor. Negated events
# ("n'a pas attaqué") are dropped; "they"/"ils" is only resolved inside quotes, to the speaker's
# earlier opponent. `modality` says whether the narrator asserts the act, reports someone's
# words, or hedges or alleges it; `prospective` marks threats, plans, offers and attempts.

# %% tags=["parameters"]
corpus = None  # a folder or file of articles; None: this checkout's seeds/
cache_dir = None  # a folder to reuse analyses across runs; None: the default cache ($MEDIAKIT_CACHE, else ~/.cache/mediakit)

# %%
import mediakit as mk
from mediakit import figures, summaries

analysis = mk.analyze(mk.locate_corpus(corpus), cache_dir=cache_dir or mk.default_cache_dir())
summaries.relation_list(analysis)[["source", "target", "event", "polarity", "modality", "prospective"]]

# %% [markdown]
# ## The network
# Actors on a circle in name order (the same picture on every run); an arrow goes from the actor
# who acts to the actor acted upon, red for conflict, green for cooperation, grey when both
# cancel out; wider for more events. Hover the dot in the middle of an arrow for the evidence.

# %%
nodes, edges = summaries.network_layout(analysis)
figures.network_figure(nodes, edges)

# %% [markdown]
# ## Who does what to whom
# Net polarity per source × target (conflicts count -1, cooperations +1).

# %%
figures.relation_matrix(summaries.relation_matrix(analysis))

# %% [markdown]
# ## Most attacked, most attacking, signed balance
# `attacks` / `attacked`: conflict events initiated / received; `given` / `received`: net
# polarity of what the actor does and undergoes.

# %%
summaries.actor_balance(analysis)

# %% [markdown]
# Pairs tied by both conflict and cooperation, and the structural balance of signed triads
# (Cartwright & Harary 1956: a triad is balanced when the product of its signs is positive).

# %%
summaries.ambivalent_pairs(analysis)

# %%
summaries.balance_summary(analysis)

# %% [markdown]
# ## Timeline
# Relations whose sentence or embedded post carries a date.

# %%
figures.relations_timeline(summaries.relations_timeline(analysis))

# %% [markdown]
# ## Evidence
# Every relation with the sentence it comes from.

# %%
summaries.relation_list(analysis)[["doc_id", "source", "target", "event", "modality", "evidence"]]

# %% [markdown]
# ## Invariants a reader relies on

# %%
relations = analysis.relations
edges_frame = summaries.network_edges(analysis)
assert edges_frame["count"].sum() == len(relations)
assert (edges_frame["conflict"] + edges_frame["cooperation"] == edges_frame["count"]).all()
assert relations["polarity"].isin([-1, 1]).all()
assert relations["intensity"].between(-10, 10).all()
assert (relations["intensity"] * relations["polarity"] > 0).all()  # conflict weighs negative, cooperation positive
assert relations["modality"].isin(["asserted", "alleged", "hedged", "reported"]).all()
assert (relations["source"] != relations["target"]).all()
# every source and target is an actor mentioned in its document
actors = set(zip(analysis.mentions["doc_id"], analysis.mentions["actor"]))
assert all((d, s) in actors and (d, t) in actors for d, s, t in zip(relations["doc_id"], relations["source"], relations["target"]))
# every relation's evidence is a sentence of its document
sentences = set(zip(analysis.sentences["doc_id"], analysis.sentences["sent_id"], analysis.sentences["text"]))
assert all(k in sentences for k in zip(relations["doc_id"], relations["sent_id"], relations["evidence"]))
print(f"{len(relations)} relation(s) in {len(edges_frame)} edge(s): invariants hold")
