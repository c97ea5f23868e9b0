"""The event lexicon (resources/events.yml) compiled into trigger look-ups per language.

Notes:
    Event codes follow CAMEO root categories (Gerner et al. 2002; Schrodt 2012) and carry
    Goldstein (1992) weights; see the header of ``resources/events.yml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Token

from .. import resources
from ..text.screen import screened

#: fr_core_news_sm tags the French conditional as an imperfect ("aurait": Tense=Imp); its ending
#: tells them apart (same rule as text/segment.py's prospective flag).
_CONDITIONAL = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_REFLEXIVE = {"se", "s'", "s’", "me", "m'", "nous", "vous", "te", "t'"}


@dataclass(frozen=True)
class EventType:
    """One event code of the lexicon: CAMEO code, polarity, Goldstein intensity."""

    code: str
    cameo: str
    polarity: int
    intensity: float
    prospective: bool
    reciprocal: bool


@dataclass(frozen=True)
class Trigger:
    """A lexicon entry: head lemma, an optional required word (object or preposition), reflexive."""

    event: EventType
    lemma: str
    needs: Optional[str]
    reflexive: bool
    nominal: bool
    passive: bool = False
    also: tuple[str, ...] = ()  # further required words, right after `needs` (« faire appel à », not « de »)
    negative: bool = False  # the event only when negated (« ne se parlent plus »: events.yml « :neg »)


@lru_cache(maxsize=None)
def lexicon() -> dict:
    """The parsed events.yml."""
    return resources.load("events")


@lru_cache(maxsize=None)
def referring_words() -> frozenset[str]:
    """Every noun of ``referring_nouns`` (organisations and public bodies), whatever its kind."""
    return frozenset(w for words in lexicon()["referring_nouns"].values() for w in words)


@lru_cache(maxsize=None)
def triggers(lang: str) -> dict[str, tuple[Trigger, ...]]:
    """Triggers of `lang` by head lemma, the most specific (with a required word, then more words) first."""
    out: dict[str, list[Trigger]] = {}
    for code, entry in lexicon()["events"].items():
        etype = EventType(code, str(entry["cameo"]), int(entry["polarity"]), float(entry["intensity"]),
                          bool(entry.get("prospective")), bool(entry.get("reciprocal")))
        forms = entry.get(lang) or {}
        for nominal, key in ((False, "verbs"), (True, "nouns")):
            for phrase in forms.get(key) or []:
                # only a leading elided reflexive is a word of its own (« s'allier »), not the
                # apostrophe inside a noun (« saisir prud'hommes »)
                words = re.sub(r"^s'", "s' ", phrase).split()
                negative = words[-1] == ":neg"
                if negative:
                    words = words[:-1]
                passive = words[-1] == ":pass"
                if passive:
                    words = words[:-1]
                reflexive = words[0] in ("se", "s'")
                if reflexive:
                    words = words[1:]
                needs = words[1] if len(words) > 1 else None
                out.setdefault(words[0], []).append(Trigger(etype, words[0], needs, reflexive, nominal, passive,
                                                            tuple(words[2:]), negative))
    # (a phrase with more words first: « engager une procédure de licenciement » before « engager une procédure »)
    return {k: tuple(sorted(v, key=lambda t: (not t.passive, t.needs is None, not t.also, not t.reflexive)))
            for k, v in out.items()}


def candidate_tokens(doc: Doc, lang: str) -> list[int]:
    """Indices of the tokens of `doc` for which `match` may find a trigger, in order: every other
    token has none.

    `match` looks its triggers up under keys made of the token's form and lemma only (see
    `may_trigger`), and most words of a text are under none of them; so the words are screened
    on spaCy's arrays of form and lemma ids, once per distinct pair in a process, without making a
    Token of each or running `match`'s tests of the parse on it."""
    from spacy.attrs import LEMMA, LOWER

    return screened(doc, (LOWER, LEMMA), _SCREENED.setdefault(lang, {}), lambda form, lemma: may_trigger(form, lemma, lang))


#: (form id, lemma id) → `may_trigger`, per language (a vocabulary's worth at most).
_SCREENED: dict[str, dict[tuple[int, int], bool]] = {}


def may_trigger(form: str, lemma: str, lang: str) -> bool:
    """Whether a token of this lowercase form and lemma may instantiate a trigger: whether one of
    the keys `match` looks triggers up under is in the lexicon (lemma, form, and for French the
    infinitives that `_infinitive`, `_participle_lemma`, `_present_lemma` and `surface_verb`
    rebuild from the form)."""
    table = triggers(lang)
    keys = [lemma.lower(), form]
    if lang == "fr":
        keys.append(infinitive_of(form))
        for pattern in (_SECOND_GROUP, _SECOND_PRESENT):
            second = pattern.match(form)
            if second:
                keys.append(second.group(1) + "ir")
        if form.endswith("ent"):
            keys.append(form[:-3] + "entir")
        keys.append(_participles().get(form, ""))
    return any(k and k in table for k in keys)


def match(token: Token, lang: str) -> Optional[Trigger]:
    """The lexicon trigger `token` instantiates, if any."""
    cands = triggers(lang).get(token.lemma_.lower()) or triggers(lang).get(token.lower_)
    if lang == "fr" and token.pos_ == "VERB" and not any(not t.nominal for t in cands or ()):
        cands = tuple(t for t in triggers(lang).get(_infinitive(token), ()) if not t.nominal) or cands
    # (an irregular participle first: « prise » would otherwise be rebuilt as a present, « priser »)
    participle = (_irregular_participle(token) or _participle_lemma(token) or _present_lemma(token) or surface_verb(token)
                  or adverb_verb(token)
                  or fronted_participle(token) or appositive_verb(token) or described_subject_verb(token)
                  or coordinated_verb(token) or relative_verb(token)) \
        if lang == "fr" else None
    if participle and not any(not t.nominal for t in cands or ()):
        # (« reproche » is also a noun of the lexicon: the clause's verb is the verb's trigger)
        cands = tuple(t for t in triggers(lang).get(participle, ()) if not t.nominal) or cands
    if not cands:
        return None
    verbal = token.pos_ in ("VERB", "AUX") or token.dep_ in ("ROOT", "xcomp", "conj", "acl", "advcl", "ccomp") \
        or participle is not None
    # (the words near the token and its reflexive clitic are read only when a candidate asks for them)
    near: Optional[set[str]] = None
    reflexive: Optional[bool] = None
    any_reflexive = any(c.reflexive for c in cands)
    for t in cands:
        # a founder noun used as an adjective (« les figures fondatrices ») is still the nominal event
        noun_like = token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ == "amod" and t.event.code == "cofound"
        if t.nominal and not noun_like or not t.nominal and token.pos_ == "NOUN" and not verbal:
            continue
        if t.needs:
            if near is None:
                near = _near_words(token)
            if t.needs not in near:
                continue
        if t.also and not _followed_by(token, t.needs, t.also):
            continue
        if any_reflexive and reflexive is None:
            reflexive = has_reflexive(token)  # (only a reflexive candidate or its rivals ask)
        if t.reflexive and not reflexive:
            continue
        if t.passive and not any(c.dep_.endswith(":pass") for c in token.children) and not participle_with_agent(token):
            continue
        if t.passive and _thanked(token, lang):
            continue  # « remerciée par le club pour son engagement »: thanks, not a dismissal (the active sense's trigger)
        if reflexive and not t.reflexive and any_reflexive:
            continue  # "s'engager à livrer" is not "engager" (hire)
        if t.nominal and _opens_idiom(token, lang):
            continue  # « le procès en sorcellerie intenté par X » is no suit
        return t
    return None


def participle_with_agent(token: Token) -> bool:
    """A past participle with a « par » agent and no auxiliary is a passive too (« Remerciée par le conseil
    d'administration, X a saisi … », « X, remerciée par son club, »): the reduced passive of an apposition."""
    # (the tagger may call « remerciée » a finite verb: the form of a participle of the first group says it)
    return ("Part" in token.morph.get("VerbForm") or token.lower_.endswith(("é", "ée", "és", "ées"))) \
        and token.dep_ in ("acl", "advcl", "ROOT") \
        and any(c.dep_ == "obl:agent" for c in token.children) \
        and not any(c.dep_.startswith("aux") for c in token.children)


def _thanked(token: Token, lang: str) -> bool:
    """Whether a passive that may be a dismissal (« remercié par X ») says what it thanks for or how warmly
    (« remerciée par le maire pour son engagement », « chaleureusement remerciée »): one thanks someone for a
    thing (« remercier qqn pour / de qqch », TLFi, remercier I), one dismisses without it (« remercié pour faute »
    has no determiner: a cause, not a thing given). events.yml thanks_marks."""
    marks = lexicon().get("thanks_marks", {}).get(lang, {})
    if any(c.dep_ == "advmod" and c.lower_ in marks.get("adverbs", ()) for c in token.children):
        return True
    # (the parse may hang « pour son engagement » on the agent's noun: « remerciée par le club pour … »)
    heads = [token] + [c for c in token.children if c.dep_ == "obl:agent"]
    return any(c.dep_.startswith(("obl", "nmod")) and c.pos_ == "NOUN"
               and any(g.dep_ == "case" and g.lower_ in marks.get("cases", ()) for g in c.children)
               and any(g.dep_.startswith("det") for g in c.children) for h in heads for c in h.children)


def _near_words(token: Token) -> set[str]:
    """The lemmas and forms of the words that may hold a trigger's required word: the token's
    children and the seven words after it (the required word, object or preposition, may follow its
    object: "investi 20 millions d'euros dans"), and its object's noun complements (« saisira dès la
    semaine prochaine le conseil de prud'hommes »: the court, beyond the eight words)."""
    children = list(token.children)
    after = []
    for w in token.doc[token.i + 1:token.i + 8]:
        if w.dep_ == "cc" and w.head.dep_ == "conj" and w.head.head.i == token.i and w.head.pos_ in ("VERB", "AUX"):
            break  # « conteste ces accusations et a saisi les prud'hommes »: the next verb's words are its own
        after.append(w)
    near = {w.lemma_.lower() for w in children} | {w.lemma_.lower() for w in after}
    near |= {w.lower_ for w in children} | {w.lower_ for w in after}
    near |= {w.lower_ for c in children if c.dep_ == "obj" for w in c.children if w.dep_ == "nmod"}
    return near


def _opens_idiom(token: Token, lang: str) -> bool:
    """Whether `token` opens a phrase that holds its word in another sense (events.yml speech idioms)."""
    following = token.doc[token.i:token.i + 4].text.lower().replace("\u2019", "'")
    return following.startswith(speech_idioms(lang))


#: The third-person reflexive clitic: the one that never stands for a subject (« nous », « vous »,
#: « me » may be subjects or objects of their own).
SE = frozenset({"se", "s'", "s\u2019"})


def has_se(token: Token) -> bool:
    """Whether « se » stands with the verb as its clitic (not a subject), before any auxiliary and
    adverbs (« se sont mutuellement accusés »); never with « avoir », which no reflexive verb takes."""
    if any(c.lemma_ == "avoir" and c.dep_.startswith("aux") for c in token.children):
        return False
    return any(c.lower_ in SE and not c.dep_.startswith("nsubj") for c in token.children) or _clitic_before(token, SE)


def has_reflexive(token: Token) -> bool:
    """Whether a reflexive clitic stands with the verb (« s'allie », « se sont accusés », « nous sommes alliés »)."""
    return any(w.lower_ in _REFLEXIVE for w in token.children) or _clitic_before(token, _REFLEXIVE)


def _clitic_before(token: Token, clitics) -> bool:
    """Whether one of `clitics` stands before the verb's auxiliary and adverbs (« se sont d'ailleurs
    mutuellement accusés »), not past another verb (in « s'est fait licencier » it is « faire »'s)."""
    doc, j = token.doc, token.i - 1
    while j >= 0 and token.i - j <= _CLITIC_REACH and (doc[j].pos_ == "AUX" and doc[j].lemma_ in ("être", "avoir")
                                                      or doc[j].pos_ == "ADV" or doc[j].lower_ in _ADVERB_PARTS):
        j -= 1
    return j >= 0 and doc[j].lower_ in clitics


#: How many words (auxiliary, adverbs) may stand between a reflexive clitic and its verb.
_CLITIC_REACH = 5
#: Words of adverbial phrases the tagger does not call adverbs (« d'ailleurs », « en outre »).
_ADVERB_PARTS = {"d'", "d\u2019", "ailleurs", "en", "outre", "même", "pas", "plus", "jamais"}


def _followed_by(token: Token, needs: str, also: tuple[str, ...]) -> bool:
    """Whether `needs` follows `token` closely and is itself followed by the words `also`."""
    doc = token.doc
    for w in doc[token.i + 1:token.i + 8]:
        if needs in (w.lower_, w.lemma_.lower()):
            return [x.lower_ for x in doc[w.i + 1:w.i + 1 + len(also)]] == list(also)
    return False


#: First-group past participle endings: « a félicité » is « féliciter », whatever the tagger says.
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies)$")


#: Endings of first-group verb forms (participles, present), longest first: the rest plus « -er »
#: is the infinitive.
_ER_ENDINGS = ("ées", "ent", "és", "ée", "es", "é", "e")


def _infinitive(token: Token) -> str:
    """The first-group infinitive of a verb form the lemmatizer misread (« reproche » → « reprocher »).

    Hand-written: fr_core_news_sm gives some verbs a noun's or an adjective's lemma, and first-group
    verbs, which most event verbs are, rebuild their infinitive from the form.
    """
    return infinitive_of(token.lower_)


def infinitive_of(form: str) -> str:
    for end in _ER_ENDINGS:
        if form.endswith(end) and len(form) > len(end) + 2:
            return form[:-len(end)] + "er"
    return ""


def _participle_lemma(token: Token) -> Optional[str]:
    """The infinitive of a past participle after « avoir » that fr_core_news_sm tagged as a noun
    (« a félicité » read as the noun « félicité »): first-group verbs only (-é → -er)."""
    if token.pos_ != "NOUN" or token.i == 0 or not _PARTICIPLE.search(token.lower_):
        return None
    i = token.i - 1
    if token.doc[i].text == ",":
        # « a, quant à lui, investi »: the auxiliary stands before a parenthesis set off by commas
        i = next((k for k in range(i - 1, max(-1, i - 8), -1) if token.doc[k].text == ","), 0) - 1
    prev = token.doc[i] if i >= 0 else token
    if prev.lemma_ != "avoir" or prev.pos_ not in ("AUX", "VERB"):
        return None
    return next(iter(_participle_infinitives(token.lower_)), None)


def _participle_infinitives(form: str) -> list[str]:
    """The infinitives a past participle may be of: second group (« investi » → investir), else first."""
    second = _SECOND_GROUP.match(form)
    return [c for c in (second.group(1) + "ir" if second else "", infinitive_of(form)) if c]


#: A second-group past participle (« investi », « trahie »): its infinitive ends in -ir.
_SECOND_GROUP = re.compile(r"(.{3,}?)i(?:e|s|es)?$")


def fronted_participle(token: Token) -> Optional[str]:
    """The infinitive of a past participle opening the sentence with its « par » agent before the first
    comma (« Licenciée en février par X pour faute grave, Y a saisi … »): a passive whose subject is the
    main clause's. fr_core_news_sm reads the capitalised participle as a name."""
    if not token.is_sent_start or not token.text[:1].isupper() or not _PARTICIPLE.search(token.lower_):
        return None
    comma = fronted_comma(token)
    if comma is None or not any(t.lower_ == "par" for t in token.doc[token.i + 1:comma]):
        return None
    return next((c for c in _participle_infinitives(token.lower_) if c in triggers("fr")), None)


def fronted_comma(token: Token) -> Optional[int]:
    """The index of the comma that closes a sentence-opening participle phrase, within 13 words."""
    return next((t.i for t in token.doc[token.i + 1:token.i + 14] if t.text == ","), None)


def _present_lemma(token: Token) -> Optional[str]:
    """The infinitive of a first-group verb in the present that fr_core_news_sm tagged as an adjective
    or a noun heading its clause (« la journaliste accuse X » read as the adjective « accuse »): the
    token has a subject and no copula, and an object of its own or heads the sentence, so it is the
    clause's verb (« Le dirigeant accuse en outre le gestionnaire… »)."""
    if token.pos_ not in ("ADJ", "NOUN") or not _PRESENT.search(token.lower_):
        return None
    deps = {c.dep_ for c in token.children}
    if "nsubj" not in deps or "cop" in deps or "obj" not in deps and token.dep_ != "ROOT":
        return None
    return _infinitive(token) or None


def surface_verb(token: Token) -> Optional[str]:
    """The infinitive of a verb in the present that the tagger read as an adjective, adverb or noun
    right after a name (« La CFDT accuse Verrex », « Kestrel Partners investit dans Datalis »):
    unknown names throw fr_core_news_sm's tags off, and a lower-case word in the present right
    after a name is that name's verb."""
    if token.pos_ in ("VERB", "AUX", "PROPN") or token.i == 0 or not token.text[:1].islower():
        return None
    prev = token.doc[token.i - 1]
    if not prev.text[:1].isupper() or prev.pos_ in ("DET", "ADP", "PRON", "CCONJ", "SCONJ"):
        return None
    if prev.i == 0 and prev.pos_ != "PROPN" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "DET"):
        return None  # a capitalised noun opening the sentence is a name only before a verb and its object
    form = token.lower_
    second = _SECOND_PRESENT.match(form)
    candidates = [second.group(1) + "ir"] if second else []
    if form.endswith("ent"):
        candidates.append(form[:-3] + "entir")  # « dément », « ment »: the -entir verbs
    if _PRESENT.search(form):
        candidates.append(_infinitive(token))
    verbs = triggers("fr")
    # (the infinitive the lexicon knows, else the likeliest one: the word is a verb either way)
    return next((c for c in candidates if c and c in verbs), next((c for c in candidates if c), None))


def _verbal_trigger(verb: str) -> bool:
    """Whether the French lexicon has a verbal (not nominal) trigger under this infinitive."""
    return any(not t.nominal for t in triggers("fr").get(verb, ()))


def _lexicon_verb(verb: str) -> Optional[str]:
    """`verb` when the French lexicon has a verbal trigger under it, else None."""
    return verb if _verbal_trigger(verb) else None


#: Subject pronouns a verb read as an adverb may follow (« Il dément »).
SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})


def adverb_verb(token: Token) -> Optional[str]:
    """The infinitive of an « -entir » lexicon verb in the present the tagger read as an adverb in
    « -ment » (« L'entreprise dément avoir … », « Il dément : »: fr_core_news_md), right after a
    noun or a subject pronoun. No adverb in « -ment » rebuilds into such a verb."""
    if token.pos_ != "ADV" or token.i == 0 or not token.lower_.endswith("ent"):
        return None
    verb = token.lower_[:-3] + "entir"  # « dément » → « démentir »
    prev = token.doc[token.i - 1]
    if prev.text == "," and token.i >= 2 and token.doc[token.i - 2].lower_ in _DISLOCATED_PRONOUNS:
        # « La directrice, elle, dément … »: a subject taken up by a stressed pronoun between commas
        # (left dislocation, Riegel et al., Grammaire méthodique du français, ch. XIV) stands
        # before its verb like the subject itself
        return _lexicon_verb(verb)
    # (or the adjective closing such a noun: « Le directeur général dément. »)
    if not (prev.pos_ in ("NOUN", "PROPN") or prev.lower_ in SUBJECT_PRONOUNS
            or prev.pos_ == "ADJ" and prev.i >= 1 and token.doc[prev.i - 1].pos_ == "NOUN"):
        return None
    return _lexicon_verb(verb)


#: Stressed pronouns that take up a dislocated subject (« X, elle, dément », « Le maire, lui, … »).
_DISLOCATED_PRONOUNS = {"elle", "lui", "elles", "eux"}


def appositive_verb(token: Token) -> Optional[str]:
    """The infinitive of a lexicon verb in the present the tagger read as a noun or an adjective after
    « Role, Name, » (« Sa porte-parole, Léa Morin, dénonce une … »: fr_core_news_sm hangs the word on
    the name as an apposition): after a comma closing a name, before its object."""
    if token.pos_ not in ("NOUN", "ADJ", "ADV") or token.i < 2 or not token.text[:1].islower() \
            or token.i + 1 >= len(token.doc):
        return None
    doc = token.doc
    comma, name, nxt = doc[token.i - 1], doc[token.i - 2], doc[min(after_adverbs(doc, token.i + 1), len(doc) - 1)]
    if comma.text != "," or not name.text[:1].isupper() or name.pos_ not in ("PROPN", "NOUN") \
            or not (nxt.pos_ in ("DET", "PROPN") or nxt.text in ("«", "\u201c") or nxt.lower_ in ("de", "d'", "à", "au")):
        return None
    form = token.lower_
    second = _SECOND_PRESENT.match(form)
    if not _PRESENT.search(form) and not second:
        return None
    candidates = [_infinitive(token)] + ([second.group(1) + "ir"] if second else [])
    return next((c for c in candidates if _verbal_trigger(c)), None)


@lru_cache(maxsize=None)
def _participles() -> dict[str, str]:
    """Irregular past participle → infinitive (events.yml ``irregular_participles``)."""
    return {form: verb for verb, forms in lexicon()["irregular_participles"].items() for form in forms}


def _irregular_participle(token: Token) -> Optional[str]:
    """The infinitive of an irregular participle the tagger read as an adjective after its auxiliary
    (« s'en est prise à X », « a été mise en demeure »)."""
    verb = _participles().get(token.lower_)
    if verb is None or token.pos_ == "VERB" and token.lemma_ == verb:
        return None
    j = token.i - 1
    while j >= 0 and token.doc[j].pos_ == "ADV":
        j -= 1
    return verb if j >= 0 and token.doc[j].pos_ == "AUX" and token.doc[j].lemma_ in ("être", "avoir") else None


def described_subject_verb(token: Token) -> Optional[str]:
    """The infinitive of a lexicon verb in the present the tagger read as an adjective or a noun right
    after a definite description opening its clause (« Le syndicat critique la directrice », « Le
    franchiseur menace de la poursuivre »): fr_core_news_sm makes the verb the noun's modifier when
    the form is also a noun or an adjective. Read so only before what opens an object or a
    complement (an article, a name, a quotation, « de »), since « la réponse critique » stays a noun
    phrase before any other word."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "ADJ", "ADV") or token.i < 2 or token.i + 1 >= len(doc) \
            or not token.text[:1].islower() or not _PRESENT.search(token.lower_):
        return None
    noun, nxt = doc[token.i - 1], doc[min(after_adverbs(doc, token.i + 1), len(doc) - 1)]
    if noun.pos_ != "NOUN" or not noun.text[:1].islower() or "Number=Plur" in str(noun.morph):
        return None
    j = token.i - 2
    if doc[j].pos_ == "ADJ" and j > 0:
        j -= 1  # « le nouveau propriétaire »
    if doc[j].lower_ not in _DESCRIPTION_ARTICLES:
        return None
    if j > 0 and not (doc[j - 1].is_punct or doc[j - 1].lower_ in ("et", "mais", "or", "puis", "and")):
        return None  # (« la lettre de la ministre menace » is not the ministre's act: only a clause's opening)
    if not (nxt.pos_ == "DET" and nxt.lower_ not in ("des", "du") or nxt.text[:1].isupper()
            or nxt.text in ("«", "\u201c") or nxt.lower_ in ("de", "d'")):
        return None
    return _lexicon_verb(_infinitive(token))


def after_adverbs(doc, i: int) -> int:
    """The index of the first word from `i` on past the adverbs and adverbial locutions (events.yml
    post_verb_locutions) that may stand between a conjugated verb and its object (« épingle aussi le
    cabinet », « vante au contraire un repreneur »); at most three of them. Never a negation (events.yml
    negation, and « ne »), nor a locution that opens a phrase in « de » (« au contraire de X » compares X)."""
    for _ in range(3):
        if i >= len(doc):
            break
        if doc[i].pos_ == "ADV" and doc[i].text[:1].islower() and doc[i].lower_ not in _negation_words():
            i += 1
            continue
        locution = next((w for w in _post_verb_locutions() if [t.lower_ for t in doc[i:i + len(w)]] == list(w)), None)
        if locution is None or i + len(locution) < len(doc) and doc[i + len(locution)].lower_ in ("de", "d'", "du", "des"):
            break
        i += len(locution)
    return i


@lru_cache(maxsize=None)
def _negation_words() -> frozenset[str]:
    """The French negation words (events.yml negation) and « ne » itself: never skipped as an adverb."""
    return frozenset(words("negation", "fr")) | {"ne", "n'", "rien"}


@lru_cache(maxsize=None)
def _post_verb_locutions() -> tuple[tuple[str, ...], ...]:
    """events.yml post_verb_locutions as spaCy's French tokenizer cuts them (« d'ailleurs »: « d' », « ailleurs »)."""
    return tuple(tuple(re.findall(r"\w+['’]|\w+", loc.lower())) for loc in lexicon()["post_verb_locutions"])


def relative_verb(token: Token) -> Optional[str]:
    """The infinitive of a lexicon verb the tagger read as a noun while parsing it as a relative
    clause with « qui » as its subject (« X, qui finance le théâtre, »): a word with a subject and
    no copula is a verb."""
    if token.pos_ not in ("NOUN", "ADJ") or not token.text[:1].islower() or any(c.dep_ == "cop" for c in token.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ in ("qui", "qu'") for c in token.children):
        return None
    return _lexicon_verb(_infinitive(token))


def coordinated_verb(token: Token) -> Optional[str]:
    """The infinitive of a lexicon verb in the present right after « et » that the tagger read as a
    noun (« X a apporté son soutien à Y et menace de bloquer … »): a noun after « et » with no
    article of its own, before « de » and an infinitive, is the second verb of the clause."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "ADJ") or token.i < 2 or token.i + 2 >= len(doc) \
            or not token.text[:1].islower() or not _PRESENT.search(token.lower_) \
            or doc[token.i - 1].lower_ not in ("et", "mais", "puis") or any(c.dep_ == "det" for c in token.children):
        return None
    if doc[token.i + 1].lower_ not in ("de", "d'") or "Inf" not in doc[token.i + 2].morph.get("VerbForm"):
        return None
    return _lexicon_verb(_infinitive(token))


#: Articles of a definite description that may open a clause as its subject.
_DESCRIPTION_ARTICLES = {"le", "la", "l'", "ce", "cet", "cette", "son", "sa", "leur"}


#: A second-group verb in the present (« investit », « investissent »).
_SECOND_PRESENT = re.compile(r"(.{3,}?)(?:it|issent)$")
#: A present-tense ending of a first-group verb (compiled once: tried on every word of a document).
_PRESENT = re.compile(r"[a-zà-ÿ](?:e|ent)$")


def conditional(token: Token) -> bool:
    """Whether `token` (a verb or auxiliary) is in the conditional mood."""
    return "Cnd" in token.morph.get("Mood") or bool(_CONDITIONAL.search(token.lower_)) and "Imp" in token.morph.get("Tense")


def words(section: str, lang: str) -> tuple[str, ...]:
    """A word list of the lexicon (hedges, prospective, negation) for `lang`."""
    return tuple(lexicon()[section].get(lang) or ())


@lru_cache(maxsize=None)
def speech_cues(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(event code, words that make a quote in `lang` carry that event) pairs; both languages' words
    for a quote in another language (« lie » is English; French « lie » is « lier »)."""
    table = lexicon()["speech"]
    langs = [lang] if lang in table else sorted(table)
    return tuple((code, tuple(w for la in langs for w in table[la].get(code, ())))
                 for code in dict.fromkeys(c for la in langs for c in table[la] if c != "idioms"))


@lru_cache(maxsize=None)
def organ_nouns() -> frozenset[str]:
    """An organisation's governing bodies (« son conseil d'administration »: events.yml organ_nouns)."""
    return frozenset(lexicon()["organ_nouns"])


@lru_cache(maxsize=None)
def funding_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs giving funds and the nouns of funds (events.yml funding_verbs, money_nouns)."""
    return frozenset(lexicon()["funding_verbs"]), frozenset(lexicon()["money_nouns"])


@lru_cache(maxsize=None)
def speech_idioms(lang: str) -> tuple[str, ...]:
    """Phrases that hold a speech cue word in another sense (« un procès d'intention »)."""
    table = lexicon()["speech"]
    langs = [lang] if lang in table else sorted(table)
    return tuple(w for la in langs for w in table[la].get("idioms", ()))


@lru_cache(maxsize=None)
def speech_verbs() -> dict[str, str]:
    """Stem of a verb of saying that is itself an act (« tonner », « fustiger ») → its event code."""
    return {verb_stem(v): code for code, verbs in (lexicon().get("speech_verbs") or {}).items() for v in verbs}


#: Endings of the French verb forms a quote's cue takes (participles, present, imperfect), longest first.
_ENDINGS = ("èrent", "aient", "ait", "eant", "ant", "ées", "és", "ée", "ent", "es", "er", "é", "e", "s", "a")


def verb_stem(word: str) -> str:
    """A verb form or infinitive reduced to a comparable stem (« s'agace », « s'agacer » → « agac »).

    Hand-written: the quote records keep the cue's surface form only, and the speech-act list holds
    first-group French verbs, whose forms differ by these endings only.
    """
    w = word.lower().replace("\u2019", "'").strip()
    w = w.split()[-1] if w.split() else w
    w = w.split("-")[0]  # « s'indigne-t-elle »
    for reflexive in ("s'", "se "):
        if w.startswith(reflexive):
            w = w[len(reflexive):]
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[:-len(end)]
    return w


@lru_cache(maxsize=None)
def informant_marks() -> tuple[str, ...]:
    """Words that, right before a name, make it a source of information (« selon », « joint par »)."""
    return tuple(lexicon()["informant_marks"])


def event_type(code: str) -> EventType:
    """The EventType of an event code."""
    entry = lexicon()["events"][code]
    return EventType(code, str(entry["cameo"]), int(entry["polarity"]), float(entry["intensity"]),
                     bool(entry.get("prospective")), bool(entry.get("reciprocal")))
