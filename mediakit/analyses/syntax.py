"""Small syntactic facts about a token of a French or English parse: its preposition, a participle
set off by a comma, whose act an infinitive under a verb of judging is (object control), and two
repairs of the small model's attachments (an infinitive hung on the last of coordinated objects, a
fronted « à » phrase read as an object)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..tag.actors.lexicon import body_heads, weekdays
from . import events
from .. import resources


def case_of(token: Token) -> str:
    """The preposition or subordinator opening the phrase `token` heads (« contre », « de »), or ""."""
    for c in token.lefts:  # (the children before the token: `children` would walk the right ones too)
        if c.dep_ in ("case", "mark"):
            return c.lower_.rstrip("'")
    return ""


def participial_adjunct(verb: Token) -> bool:
    """A French present participle set off by a comma (« …, écartant X », « …, lui reprochant »)."""
    before = verb.i - 1
    if before > 0 and verb.doc[before].lower_ in _CLITICS and verb.doc[before].pos_ == "PRON":
        before -= 1
    return before >= 0 and verb.doc[before].text == "," and verb.lower_.endswith("ant") \
        and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def embedded_clause(token: Token) -> bool:
    """A word heading « de » + (past) infinitive (« d'avoir caché »), whatever part of speech md gave it, or a
    common noun md calls an apposition with no comma before it (« d'avoir « caché » le contrôle de X »: the
    object of the infinitive)."""
    aux = [g for g in token.children if g.dep_.startswith("aux") and "Inf" in g.morph.get("VerbForm")]
    if aux and any(g.dep_ == "mark" for x in [token, *aux] for g in x.children):
        return True
    left = token.left_edge.i
    return token.dep_ == "appos" and token.pos_ == "NOUN" and left > 0 \
        and token.doc[left - 1].text not in (",", "(", ":", "—", "–", "-")


def apposed_patient(verb: Token) -> Optional[Token]:
    """The noun a detached past participle follows and agrees with, when it is not the clause's subject
    (« … à Euronord, l'école de commerce du quartier Vauban, rachetée en 2023 par le fonds X »: the school
    was bought, not the subject of « a mis fin »): French sets a participle after the noun it is said of."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or "Part" not in verb.morph.get("VerbForm") \
            or verb.dep_ not in ("advcl", "acl", "conj"):
        return None
    noun = doc[verb.i - 2]
    while noun.dep_ in ("nmod", "amod", "appos", "flat:name", "flat") and noun.head.i < noun.i and noun.head.i < verb.i:
        noun = noun.head  # (« l'école de commerce du quartier Vauban »: up to « école »)
    if noun.pos_ != "NOUN" or noun.dep_ in ("nsubj", "nsubj:pass"):
        return None
    gender, number = verb.morph.get("Gender"), verb.morph.get("Number")
    # (only an agreement the forms show: a feminine or a plural participle on a noun of the same form)
    if not gender or gender != noun.morph.get("Gender") or number != noun.morph.get("Number") \
            or gender == ["Masc"] and number == ["Sing"]:
        return None
    return noun


#: Object clitics between a comma and a participle (« …, lui reprochant », « …, les accusant »).
_CLITICS = {"lui", "leur", "le", "la", "l'", "les", "se", "s'"}


def object_controller(verb: Token) -> Optional[Token]:
    """Whose act an infinitive under a verb of judging someone's act is (« accuse X d'avoir licencié »,
    « reproche à X d'avoir racheté », « lui reprochant d'avoir … »; events.yml object_control): the
    judged party, the object or « à » complement of that verb, not its subject."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp", "acl") or head.i == verb.i or _judging(head) is None or not any(
            c.dep_ == "mark" and c.lower_ in ("de", "d'", "d\u2019") for c in verb.children):
        return None
    judged = [c for c in head.children if c.dep_ in ("obj", "iobj") or c.dep_ == "obl:arg" and case_of(c) in ("à", "au", "aux")]
    return judged[0] if judged else None


def accused_act(verb: Token) -> bool:
    """Whether `verb` is the act someone is accused of (« accuse X d'avoir licencié Y »): alleged."""
    return object_controller(verb) is not None and _judging(verb.head) == "accusing"


def _judging(verb: Token) -> Optional[str]:
    """« accusing » or « other » for a verb of judging someone's act, else None; by stem, since the
    lemmatizer leaves « reproche » as it is."""
    kinds = _object_control()
    return kinds.get(events.verb_stem(verb.lemma_)) or kinds.get(events.verb_stem(verb.lower_))


@lru_cache(maxsize=None)
def _object_control() -> dict[str, str]:
    """Verb stem → kind (events.yml object_control)."""
    return {events.verb_stem(v): kind for kind, verbs in events.lexicon()["object_control"].items() for v in verbs}


def misread_xcomp(verb: Token) -> Optional[Token]:
    """The verb « à » + infinitive completes when the parse hung it on the last of coordinated objects
    (« a appelé ses adhérents et leurs familles à boycotter X »: an xcomp of « appelé »)."""
    if verb.dep_ != "acl" or "Inf" not in verb.morph.get("VerbForm") \
            or not any(c.dep_ == "mark" and c.lower_ in ("à", "to") for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ != "conj":
        return None  # (one object: the parse read « une maison à vendre », and may be right)
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    # (the conjunct may hang on the verb itself, beside its first object)
    if noun.head.pos_ == "VERB" and (noun.dep_ == "obj" or noun.dep_ == "conj"
                                     and any(c.dep_ == "obj" for c in noun.head.children)):
        return noun.head
    return None


#: Negation words on a verb (« n'a pas l'intention de … »).
_NEGATION = {"ne", "n'", "n\u2019", "not", "never"}


#: Words opening the infinitive that completes an offer noun (« une offre pour reprendre », « le projet de racheter »).
_OFFER_MARKS = {"de", "d'", "d\u2019", "pour", "to"}


def offer_noun(verb: Token) -> Optional[Token]:
    """The offer noun (events.yml offer_nouns) an infinitive completes, object of the verb before it
    (« X a déposé une offre pour reprendre Y »), also where the parse hung the infinitive on that verb."""
    if "Inf" not in verb.morph.get("VerbForm") or verb.head.i == verb.i \
            or not any(c.dep_ == "mark" and c.lower_ in _OFFER_MARKS and c.i < verb.i for c in verb.children):
        return None
    offers = events.lexicon()["offer_nouns"]
    if verb.dep_ == "acl":
        noun = verb.head
    elif verb.dep_ in ("xcomp", "advcl"):
        # (« a retiré son offre pour reprendre Y »: md hangs the infinitive on « retiré », and may read
        # « offre » as a verb: the object whose phrase ends right before the « pour » is the noun)
        start = verb.left_edge.i
        noun = next((c for c in verb.head.children if c.dep_ in ("obj", "obl:arg") and c.right_edge.i == start - 1),
                    None)
        if noun is None:
            return None
    else:
        return None
    if noun.lemma_.lower() not in offers and noun.lower_ not in offers or noun.dep_ not in ("obj", "obl:arg") \
            or noun.head.i == noun.i:
        return None
    return noun


def offering_verb(verb: Token) -> Optional[Token]:
    """The verb whose object is the offer an infinitive completes (« X a déposé une offre pour reprendre Y »,
    « a confirmé son intention de racheter Y »): its subject controls the infinitive."""
    noun = offer_noun(verb)
    if noun is None:
        return None
    # (the offer of another: « l'offre de X pour reprendre Y », « l'offre faite par X »)
    if any(c.dep_ in ("nmod", "acl") and c.i < verb.i for c in noun.children):
        return None
    head = noun.head
    lemma = head.lemma_.lower()
    lex = events.lexicon()
    # (one who judges, receives, rejects or drops an offer did not make it, or will not act on it:
    # « a rejeté une offre pour racheter Y », « a retiré son offre pour reprendre Y »)
    # (nor one who denies having it: « je n'ai pas l'intention de sanctionner X »)
    if head.pos_ != "VERB" or lemma in lex["judging_verbs"] or lemma in lex["receiving_verbs"] \
            or lemma in lex["dropping_verbs"] or events.match(head, "fr") is not None \
            or any(c.lower_ in _NEGATION for c in head.children):
        return None
    # (« son intention », « leur offre » is the subject's own; « l'offre », « une offre », « tout projet »
    # is the subject's only under a verb of making it: « a déposé une offre », not « a validé l'offre »)
    own = any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in noun.children)
    return head if own or lemma in lex["offering_verbs"] else None


def fronted_setting(phrase: Token) -> bool:
    """« À la Région Occitanie, on fustige … », « Au Havre, la CGT menace … »: an « à » phrase opening
    its sentence before a comma, on a place or a public body, says where, not to whom (« À la société
    X, la CGT reproche … » is still to whom)."""
    doc, end = phrase.doc, phrase.right_edge.i + 1
    if case_of(phrase) not in ("à", "au", "aux") or phrase.left_edge.i != phrase.sent.start \
            or end >= len(doc) or doc[end].text != ",":
        return False
    words = doc[phrase.left_edge.i:end]
    return any(t.ent_type_ == "LOC" for t in words) or any(t.text in body_heads() for t in words)


def perfect_active(token: Token) -> bool:
    """« Il l'a critiquée »: a participle with « avoir » and no « être » is active, whatever subject
    label the parser gave (fr_core_news_md may mark its subject ``nsubj:pass``)."""
    aux = [c for c in token.children if c.dep_.startswith("aux")]
    return any(c.lemma_ == "avoir" for c in aux) and not any(c.dep_ == "aux:pass" or c.lemma_ == "être" for c in aux)


#: What may stand between a verb and the infinitive it governs (« menace de le poursuivre »).
_BEFORE_INFINITIVE = {"de", "d'", "à", "le", "la", "l'", "les", "lui", "leur", "se", "s'", "en", "y", "ne", "n'", "pas"}


def governed_infinitive(verb: Token, token: Token) -> bool:
    """Whether `token` is an infinitive right after `verb` and its « de » or « à » (« menace de
    poursuivre X »): the act `verb` governs, whatever head the parse gave it (fr_core_news_md may hang
    it on the subject noun when it tags the verb a noun)."""
    between = token.doc[verb.i + 1:token.i]
    return "Inf" in token.morph.get("VerbForm") and 0 < len(between) <= 4 \
        and between[0].lower_ in ("de", "d'", "à") and all(t.lower_ in _BEFORE_INFINITIVE for t in between)


def sibling_subjects(subjects: list[Token]) -> bool:
    """« l'université et l'entreprise avaient signé »: two subjects of one verb joined by « et » that
    the parse left as siblings instead of conjuncts (fr_core_news_md does): each is a party."""
    if len(subjects) < 2:
        return False
    doc = subjects[0].doc
    pairs = zip(subjects, subjects[1:])
    return all(any(t.lower_ in ("et", "and") for t in doc[a.i + 1:b.i]) for a, b in pairs)


def stranded_auxiliary(participle: Token) -> Optional[Token]:
    """« X a pour sa part pris la défense de Y »: the auxiliary a past participle lost to the parse
    (fr_core_news_md makes « a » the root and hangs « pris » on « part »), when a phrase stands
    between them: the subject is the auxiliary's. None when the participle keeps its auxiliary."""
    if "Part" not in participle.morph.get("VerbForm") or "Past" not in participle.morph.get("Tense") \
            or any(c.dep_.startswith("aux") for c in participle.children):
        return None
    for t in reversed(participle.doc[max(0, participle.i - 7):participle.i]):
        # (or tagged a verb and made the participle's head: « Elle n'a pas pour autant rompu avec X »)
        # (or the root above the noun the participle was hung on: « La préfecture a de son côté mis en
        # demeure X », « a » the root, « mis » an acl of « côté »)
        # (a bare object noun is no such phrase: « La CGT a plusieurs délégués licenciés par X » is passive)
        if t.lemma_ in ("avoir", "être") and (t.pos_ == "AUX" or t.i == participle.head.i or t.i == participle.head.head.i
                                               and any(c.dep_ == "case" for c in participle.head.children)):
            return t if t.i < participle.i - 1 else None
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":", "«", "»"):
            return None
    return None


def stray_agents(participle: Token) -> list[Token]:
    """« l'amende infligée à X en 2023 par l'Autorité »: a « par » phrase after a past participle that
    the parse hung on an active verb of the clause (fr_core_news_md hangs it on « ajoute »). An active
    verb has no agent, so the participle is the phrase's head."""
    if "Part" not in participle.morph.get("VerbForm"):
        return []
    out = []
    for t in participle.sent:
        head = t.head
        if t.i > participle.i and t.dep_ == "obl:agent" and head.i != participle.i and head.i < participle.i \
                and not any(c.dep_.endswith(":pass") for c in head.children) and "Part" not in head.morph.get("VerbForm"):
            out.append(t)
    return out[:1]


def word_before_auxiliaries(token: Token) -> int:
    """The index of the word before `token` and its auxiliaries (« », a accusé X »: the comma), or -1."""
    doc = token.doc
    i = token.i - 1
    # (and the verb's own adverbials between them: « », a pour sa part déclaré X », « a aussitôt répondu »)
    while i >= 0 and (doc[i].pos_ == "AUX" or _verbs_adverbial(doc[i], token)):
        i -= 1
    return i


def _verbs_adverbial(word: Token, verb: Token) -> bool:
    """Whether `word` belongs to an adverb or adverbial phrase (« pour sa part ») the parse hung on `verb`."""
    head = word if word.dep_ in ("advmod", "obl:mod") else word.head
    return head.head.i == verb.i and head.i < verb.i and head.dep_ in ("advmod", "obl:mod") and word.pos_ != "PUNCT"


@lru_cache(maxsize=None)
def _time_nouns() -> frozenset[str]:
    """Month names of every language (resources/months.yml) and weekday names, lower-cased."""
    months = [w for words in resources.load("months").values() if isinstance(words, list) for w in words]
    return frozenset(w.lower() for w in months) | weekdays()


def hung_on_time(verb: Token, cases: set[str]) -> list[Token]:
    """Phrases opened by one of `cases` that the parse hung on the verb's day or month (« a injecté
    vendredi 2 millions d'euros dans le club »: md reads « dans le club » as a complement of
    « vendredi »). A day or month takes no complement of place or party, so they are the verb's."""
    return [g for c in verb.children if c.dep_.startswith("obl") and c.lower_ in _time_nouns()
            for g in c.children if g.dep_ == "nmod" and case_of(g) in cases]


def dislocated(token: Token) -> bool:
    """A stressed pronoun that takes up the subject, not an object: between commas (« La ministre, elle,
    refuse … », with an additive adverb: « La députée a, elle aussi, fustigé … », « lui non plus »)
    or after « quant à » (« X a quant à lui renouvelé sa confiance à Y »)."""
    doc = token.doc
    if token.lower_ not in ("elle", "lui", "eux", "elles"):
        return False
    if token.i > 1 and doc[token.i - 1].lower_ == "à" and doc[token.i - 2].lower_ == "quant":
        return True
    if token.i == 0 or doc[token.i - 1].text != ",":
        return False
    # French object pronouns are clitics before the verb: a stressed one set off by commas, alone or
    # with an additive adverb, can only take up the subject (Riegel et al., Grammaire méthodique, ch. VII)
    after = [t.lower_ for t in doc[token.i + 1:token.i + 4]]
    return any(after[:len(w) + 1] == w + [","] for w in ([], ["aussi"], ["également"], ["non", "plus"], ["-même"]))
