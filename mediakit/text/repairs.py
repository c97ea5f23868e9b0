"""Repairs of fr_core_news_md's tags and parse, run as spaCy components after the parser (text/nlp.py adds them):
what the model gets wrong in press French often enough that every rule downstream would otherwise work around it
(a verb tagged a noun, an object read as a subject). Each repair rests on a rule of French grammar, cited where it
is used, and reads the Doc's arrays so that a Token is made only for its candidates."""

from __future__ import annotations

import re
from functools import lru_cache

#: The verbs each language's lemmatizer knows: its infinitives (lemma_index) and its irregular or listed
#: forms (lemma_exc), for the repairs that need to know a verb's forms.
_VERBS: dict[str, tuple] = {}


def remember_verbs(lang: str, nlp) -> None:
    """Keep the verbs `nlp`'s lemmatizer knows for the repairs of `lang`'s parses."""
    _VERBS[lang] = _known_verbs(nlp)


def _known_verbs(nlp) -> tuple:
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


#: Dependencies of a nominal: a word the parser gives one of them and an article is a noun.
_NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "appos", "iobj"}


#: What may stand between the first verb and such an object: no clause of its own can start there.
_CLAUSE_OPENERS = {"SCONJ", "VERB", "AUX", "PRON"}


def reattach_objects(doc):
    """The repairs of coordinations and of event verbs read as nouns (a spaCy component after the parser)."""
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


def retag_participles(doc):
    """A past participle with its auxiliary and reflexive clitic is a verb (a spaCy component)."""
    for t in _tokens_tagged(doc, ("NOUN", "ADJ")):
        # (a reflexive clitic too: « a été député », « a autorité pour » are nouns after their verb)
        if t.text[:1].islower() and _PARTICIPLE.fullmatch(t.lower_) and any(
                c.dep_.startswith("aux") and c.pos_ == "AUX" and c.i < t.i for c in t.children) \
                and any(c.lower_ in ("se", "s'", "s’") and c.i < t.i for c in t.children):  # (no lemma yet)
            t.pos_ = "VERB"
            t.tag_ = "VERB"
            t.set_morph("Tense=Past|VerbForm=Part")
    return doc


def retag_nouns(doc):
    """A word tagged a verb with its own definite article and a nominal function is a noun (a spaCy component)."""
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
