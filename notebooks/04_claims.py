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
# # Claims
#
# Who claims what, how sure, and what a fact-checker should check first. A claim is a clause
# that can be true or false: a quote, an embedded post, a reported statement (« X a affirmé
# que … ») or the article's own statement (claimant `journalist`); anonymous or vague sources
# (« selon des sources proches du dossier ») are `unattributed`.
#
# **Modality** (first that applies): `alleged` — the journalistic conditional (« aurait
# formé ») or an accusation; `hedged` — « selon », « il semble que », "reportedly", « peut-être »;
# `reported` — anything else said by someone; `asserted` — the journalist's plain statement.
# `modality_cue` is the word that decided it.
#
# **Check-worthiness** is a logistic score over features shown as columns (`cw_numbers`,
# `cw_dates`, `cw_named_actors`, `cw_factual_verbs`, `cw_past`, `cw_legal`, `cw_comparative`, `cw_causal`,
# `cw_alleged` raise it; `cw_opinion`, `cw_question`, `cw_prediction`, `cw_vague` lower it);
# weights and the threshold (0.5) are in `mediakit/resources/claims.yml`.
#
# **Limits.** Rules over spaCy's French parse: a claimant named only by a role (« la direction »)
# or a spokesperson's organisation is often missed; claims inside long sentences may stay
# joined to their frame. Measured against hand-made gold in the README ("How well it works").

# %% tags=["parameters"]
corpus = None  # a folder or file of articles; None: this checkout's seeds/
cache_dir = None  # a folder to reuse analyses across runs; None: the default cache ($MEDIAKIT_CACHE, else ~/.cache/mediakit)
top_n = 15

# %%
import mediakit as mk
from mediakit import figures, summaries

analysis = mk.analyze(mk.locate_corpus(corpus), cache_dir=cache_dir or mk.default_cache_dir())
claims = analysis.claims
claims[["claimant", "modality", "checkworthy"]].describe()

# %% [markdown]
# ## Claims ranked by check-worthiness
# `numbers` and `dates` are the amounts and dates inside the claim (their ids are in
# `claims.amount_ids` / `date_ids`); `why` lists the features that raised (+) or lowered (−) the score.

# %%
summaries.claims_ranked(analysis, top_n)

# %%
figures.checkworthiness_strip(summaries.claims_ranked(analysis))

# %% [markdown]
# ## Modality per claimant

# %%
modality = summaries.modality_by_claimant(analysis, top_n)
figures.modality_bar(modality)

# %% [markdown]
# ## Claims that report an embedded post
# A French sentence that reports, in its own words, a post shown in the article (same speaker
# only, never across speakers; evidence: a verb of posting or saying, shared cognates and
# numbers, closeness in the text).

# %%
summaries.linked_claims(analysis)

# %% [markdown]
# ## Check these first
# Check-worthy claims, highest score first; at equal score an alleged claim (an unproven
# accusation) comes first.

# %%
summaries.check_first(analysis, 10)

# %% [markdown]
# ## What drives the score

# %%
drivers = summaries.checkworthy_features(analysis)
figures.features_bar(drivers)

# %%
drivers

# %% [markdown]
# ## Invariants a reader relies on

# %%
assert claims["modality"].isin(mk.types.CLAIM_MODALITIES).all()
assert claims["checkworthiness"].between(0, 1).all()
assert (claims["checkworthy"].astype(bool) == (claims["checkworthiness"] >= 0.5)).all()
# every claim is the text at its offsets, inside its sentence
docs = analysis.documents.set_index("doc_id")["text"]
assert all(docs[d][s:e] == t for d, s, e, t in zip(claims["doc_id"], claims["start"], claims["end"], claims["text"]))
# a linked post is an embedded post by the claim's own claimant
posts = analysis.quotes.set_index("quote_id")
linked = claims[claims["linked_quote_id"].notna()]
assert all(posts.at[q, "kind"] == "embed" and posts.at[q, "speaker"] == c
           for q, c in zip(linked["linked_quote_id"], linked["claimant"]))
assert modality["claims"].sum() <= len(claims)
print(f"{len(claims)} claim(s) in {claims['doc_id'].nunique()} document(s): invariants hold")
