"""Rule-based polarity of a parsed sentence: library word scores, news vocabulary, negation scope,
intensifiers and hedges, contrast, questions and conditionals.

Notes:
    The composition follows the lexicon-and-rules tradition of Taboada et al. (2011, "Lexicon-based
    methods for sentiment analysis", Computational Linguistics 37(2)): word polarities from a
    dictionary, multiplied by intensifiers, shifted (not flipped outright: "not good" is less
    negative than "bad" is) by negation whose scope comes from the dependency parse (Councill et
    al. 2010), the clause after "but" weighted up, irrealis (questions, conditionals) weighted
    down. The word dictionary is textblob-fr/pattern's, overlaid with
    `resources/news_sentiment.yml` for the event vocabulary of news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span, Token

from .. import resources
from ..text import morph
from ..tag.actors.lexicon import speech_verbs
from .sentiment_library import library

#: Weights of the clauses around a contrast ("A, mais B"): B decides, A still counts a little.
BEFORE_CONTRAST, AFTER_CONTRAST = 0.5, 1.5
#: A concession ("malgré X", "despite X") is backgrounded: X barely counts.
CONCESSION = 0.3
#: A privative reverses its complement almost fully: « faute de financement » is about as negative
#: as « financement » is positive.
PRIVATIVE = 0.8
#: A word scored under this (library noise such as « changé » -0.05) does not count as a clause's
#: own tone when a contrast is weighed (the raw libraries' neutral band, sentiment.NEUTRAL_BAND).
NEUTRAL_WORD = 0.1
#: The subject's words against a polar predicate of the other sign (`subject_and_predicate`).
SUBJECT = 0.5
#: Questions assert nothing; conditionals describe a possible event whose tone still counts.
QUESTION, CONDITIONAL = 0.5, 0.8
#: Dependency relations whose subtree lies outside a negation of their head: the subject ("les
#: ventes" in "les ventes n'ont pas reculé" is not negated) and coordinated or loosely attached clauses.
_OUTSIDE_NEGATION = {"nsubj", "nsubj:pass", "csubj", "nsubjpass", "expl", "conj", "cc", "parataxis",
                     "punct"}
#: French negators other than "pas"/"sans"/"aucun"/"ni" are ambiguous alone ("plus de 45 millions",
#: "plus que jamais"): they negate only with "ne" on the same head.
_NEEDS_NE = {"plus", "jamais", "guère", "point", "rien", "personne"}
_CLAUSE_BREAKS = {",", ";", ":", "—", "–"}
#: "never … so": « n'a jamais été aussi bas », "never been this low" state a record, not a negation.
_RECORD_AFTER_NEVER = {"aussi", "autant", "si", "so", "as", "this"}
# fr_core_news_sm tags the conditional as an imperfect ("coûterait": Tense=Imp); the ending tells.
_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_EN_MODALS = {"would", "could", "might", "may"}
#: Regular endings and their bases (longest first): third-person present of first-group verbs
#: (« flambe », « reculent » → -er), past participles (« réduit » → « réduire », « ralentie »,
#: « annulés » → -ir, -er) and adjective agreement (« connus », « ouverte »).
_FIRST_GROUP_PRESENT = (("ent", "er"), ("e", "er"))
_PARTICIPLE_ENDINGS = (("ées", "er"), ("ée", "er"), ("és", "er"), ("é", "er"), ("ites", "ire"), ("ite", "ire"),
                       ("its", "ire"), ("it", "ire"), ("ies", "ir"), ("ie", "ir"), ("is", "ir"), ("i", "ir"))
_AGREEMENT_ENDINGS = (("es", ""), ("s", ""), ("e", ""))
#: Subject relations (French UD and English spaCy labels).
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
#: Causative verbs: their subject causes the change of the infinitive's object.
_CAUSATIVES = {"faire", "laisser", "make", "let"}
#: Complements a privative reverses: of a noun (« faute de X »), of a verb (« arrêter X »), the
#: passive subject (« X a été enterré ») and an infinitive (« cesser de soutenir »).
_PRIVATIVE_COMPLEMENTS = {"nmod", "obj", "obl:arg", "nsubj:pass", "xcomp", "dobj", "pobj", "prep"}


@dataclass(frozen=True)
class Lexicon:
    """The rules' vocabulary for one language, from resources/news_sentiment.yml."""

    terms: dict  # tuple of words -> weight
    negators: dict  # word -> (factor, default)
    denials: dict  # word -> factor
    modifiers: dict  # tuple of words -> multiplier
    contrast: frozenset
    concessive: tuple  # tuples of words
    detached_concessive: tuple  # tuples of words, concessive only at a phrase's start
    conditional_marks: frozenset
    directions: dict  # word -> +1 (up: "hausse", "grimper") or -1 (down: "baisse", "reculer")
    quantities: dict  # tuple of words -> +1 (good to have more of: "ventes") or -1 (bad: "chômage")
    measures: frozenset  # words that only measure what they govern ("taux" de chômage)
    direction_weight: float
    privatives: frozenset  # words that reverse their complement's tone ("faute de", "la fin de")
    transparent: frozenset  # verbs a negation does not reverse ("ne cache pas sa joie")
    realisation: tuple  # tuples of words: verbs of coming about, whose negation reverses their subject
    bases: frozenset  # first words of terms, directions and privatives: the lemmas `_lemma_fallbacks` may give


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Optional[Lexicon]:
    """The news vocabulary and rule words of `lang`; None for a language without rules."""
    data = resources.load("news_sentiment").get(lang)
    if data is None:
        return None
    terms = {tuple(t.split()): float(w) for group in data["terms"] for t, w in group["weights"].items()}
    directions = {w: sign for sign, key in ((1, "up"), (-1, "down")) for w in data["directions"][key]}
    privatives = frozenset(data.get("privatives", ()))
    return Lexicon(
        terms=terms,
        negators={w: (float(v["factor"]), float(v["default"])) for w, v in data["negators"].items()},
        denials={w: float(f) for w, f in data["denials"].items()},
        modifiers={tuple(w.split()): float(f) for w, f in data["modifiers"].items()},
        contrast=frozenset(data["contrast"]),
        concessive=tuple(tuple(c.split()) for c in data["concessive"]),
        detached_concessive=tuple(tuple(c.split()) for c in data.get("detached_concessive", ())),
        conditional_marks=frozenset(data["conditional_marks"]),
        directions=directions,
        quantities={tuple(w.split()): sign for sign, key in ((1, "good"), (-1, "bad"))
                    for w in data["quantities"][key]},
        measures=frozenset(data["quantities"]["measures"]),
        direction_weight=float(data["directions"]["weight"]),
        privatives=privatives,
        transparent=frozenset(data.get("transparent_under_negation", ())),
        realisation=tuple(tuple(w.split()) for w in data.get("realisation", ())),
        bases=frozenset(t[0] for t in terms) | frozenset(directions) | privatives,
    )


@lru_cache(maxsize=None)
def _speech_verbs(lang: str) -> frozenset:
    # Reporting verbs ("a assuré", "a qualifié") introduce someone's words without judging them;
    # the library scores some as praise ("assurer" +0.2). Those that do judge ("dénoncer",
    # "menacer") are in the news vocabulary, which is looked up first.
    return speech_verbs(lang)


def _library_words(lang: str) -> dict:
    # pattern's word dictionary (word form -> {pos: [polarity, subjectivity, intensity]}), as a
    # plain dict: the library's own is a lazydict, whose every lookup is a Python method call.
    return library(lang).words


def _forms(tok: Token) -> tuple[str, str, str]:
    """The forms a lexicon phrase may match: lowercase, lemma, and lowercase without an elided apostrophe."""
    lower = tok.lower_
    return lower, tok.lemma_.lower(), lower.rstrip("'")


def _match(forms: list[tuple[str, str, str]], i: int, phrases) -> int:
    """Length of the longest phrase of `phrases` starting at word i (lemma or form), else 0."""
    found = _longest(forms, i, phrases)
    return len(found) if found else 0


def _longest(forms: list[tuple[str, str, str]], i: int, phrases) -> Optional[tuple]:
    """The longest phrase of `phrases` starting at word i (`forms`: `_forms` of each token), looked up by its first word."""
    return _longest_in(forms, i, _first_words(phrases))


def _longest_in(forms: list[tuple[str, str, str]], i: int, index: dict) -> Optional[tuple]:
    """`_longest` with the phrases' first-word index already looked up."""
    lower, lemma, bare = forms[i]
    if lower not in index and lemma not in index and bare not in index:
        return None  # most words start no phrase: this is called for every word of every sentence
    # forms in a fixed order (not a set's): between phrases of one length, the first found wins
    candidates = [p for w in dict.fromkeys(forms[i]) for p in index.get(w, ())]
    best: Optional[tuple] = None
    for phrase in candidates:
        if (best is None or len(phrase) > len(best)) and _matches_at(forms, i, phrase):
            best = phrase
    return best


def _matches_at(forms: list[tuple[str, str, str]], i: int, phrase: tuple) -> bool:
    """Whether `phrase` matches the words from i on, each by lowercase form or lemma."""
    return i + len(phrase) <= len(forms) and all(w in f for w, f in zip(phrase, forms[i:i + len(phrase)]))


def _agreement_base(lower: str, terms: dict) -> Optional[tuple]:
    """The one-word term of which `lower` is a feminine or plural form (« connues » → « connu »)."""
    for ending, base in _AGREEMENT_ENDINGS:
        if lower.endswith(ending) and (lower[:-len(ending)] + base,) in terms:
            return (lower[:-len(ending)] + base,)
    return None


_INDEXES: dict[int, tuple[object, dict]] = {}


def _first_words(phrases) -> dict:
    """Phrases grouped by their first word, built once per lexicon table (tables live for the process)."""
    got = _INDEXES.get(id(phrases))
    if got is None or got[0] is not phrases:
        index: dict[str, list] = {}
        for phrase in phrases:
            index.setdefault(phrase[0], []).append(phrase)
        got = _INDEXES[id(phrases)] = (phrases, index)
    return got[1]


class _Scorer:
    """Per-token values and weights of one sentence, changed rule by rule."""

    def __init__(self, span: Span, lang: str, lex: Lexicon, tokens: Optional[list[Token]] = None,
                 text: Optional[str] = None):
        self.span = span
        self.tokens = list(span) if tokens is None else tokens
        self.text = text  # the span's text, when the caller has it
        # read once: spaCy's string attributes are not free (`_forms`, inlined: this runs for every word)
        self.forms = [(lower, lemma.lower(), lower.rstrip("'")) for lower, lemma in
                      ((t.lower_, t.lemma_) for t in self.tokens)]
        self.lang, self.lex = lang, lex
        if lang == "fr":
            self._lemma_fallbacks()
            # a possessive determiner of any person or number matches the lexicon's « son » (« tenir
            # ses promesses », « porter leurs fruits », « tenir notre engagement »)
            for i, t in enumerate(self.tokens):
                if t.pos_ == "DET" and "Yes" in t.morph.get("Poss"):
                    self.forms[i] = (self.forms[i][0], "son", self.forms[i][2])
        self.offset = span.start if isinstance(span, Span) else 0
        n = len(self.tokens)
        self.value: list[Optional[float]] = [None] * n  # None: not a polar word
        self.weight = [1.0] * n
        self.role = [""] * n  # "negator", "modifier", "denial", "contrast" or "" for content words
        self._mood: Optional[float] = None

    def _lemma_fallbacks(self) -> None:
        """The lemma a lexicon knows, for a word whose tagged lemma it does not. fr_core_news_sm
        often keeps the form as lemma: a present-tense verb read as a noun (« le prix des billets
        flambe »), a participle read as an adjective (« a été réduit »), an inflected adjective
        (« connus », « ouverte »). The regular endings are tried (Grevisse, Le Bon Usage: -e/-ent
        of the first-group present, -é/-i/-it participles, -e/-s agreement), and the first base
        a lexicon holds is the lemma. A word after a determiner is a noun indeed (« une ferme »), and
        an adjective is not a present-tense verb (« une décision ferme »)."""
        keys = self.lex.bases
        for i, t in enumerate(self.tokens):
            lower, lemma, bare = self.forms[i]
            if t.pos_ not in ("NOUN", "ADJ") or len(lower) < 4 or t.is_title:
                continue  # (a capitalised word is a name or a title: « Coupe du monde » is no « couper »)
            if lower in keys or lemma in keys:
                continue
            rules = list(_PARTICIPLE_ENDINGS) + (list(_AGREEMENT_ENDINGS) if t.pos_ == "ADJ" else [])
            if t.pos_ != "ADJ" and not (i and self.tokens[i - 1].pos_ == "DET"):
                rules = list(_FIRST_GROUP_PRESENT) + rules
            for ending, base in rules:
                if lower.endswith(ending) and lower[:-len(ending)] + base in keys:
                    self.forms[i] = (lower, lower[:-len(ending)] + base, bare)
                    break

    def idx(self, tok: Token) -> Optional[int]:
        i = tok.i - self.offset
        return i if 0 <= i < len(self.tokens) else None

    def polar(self) -> list[int]:
        return [i for i, v in enumerate(self.value) if v is not None]

    def mark_function_words(self) -> None:
        """Negators, denials, modifiers and contrast words carry no polarity of their own."""
        lex = self.lex
        # (the phrase lookups of this loop and the next ones run for every word of every sentence:
        # a word that starts no phrase is passed over before any call, by `_longest_in`'s first test
        # written out in the loop)
        modifiers = _first_words(lex.modifiers)
        for i, (lower, lemma, bare) in enumerate(self.forms):
            low = bare if lower != "n't" else "n't"
            # "ne" (the library's -0.05) is the first half of a negation, never a word of its own.
            if low in lex.negators or lemma in lex.negators or self.lang == "fr" and low in ("ne", "n"):
                self.role[i] = "negator"
            elif low in lex.denials:
                self.role[i] = "denial"
            elif low in lex.contrast:
                self.role[i] = "contrast"
            elif lower in modifiers or lemma in modifiers or bare in modifiers:
                found = _longest_in(self.forms, i, modifiers)
                n = len(found) if found else 0
                if n:
                    for j in range(i, i + n):
                        self.role[j] = "modifier"

    def word_values(self) -> None:
        """News vocabulary first (multiword expressions, then lemmas), else the library's word score."""
        library, speech = _library_words(self.lang), _speech_verbs(self.lang)
        self.from_news = [False] * len(self.tokens)
        terms = _first_words(self.lex.terms)
        i = 0
        while i < len(self.tokens):
            t = self.tokens[i]
            lower, lemma, bare = self.forms[i]
            key = _longest_in(self.forms, i, terms) if not self.role[i] and (
                lower in terms or lemma in terms or bare in terms) else None
            n = len(key) if key else 0
            if n:
                self.value[i] = self.lex.terms[key] or None
                self.from_news[i] = True
                for j in range(i + 1, i + n):
                    self.role[j] = "term"
                i += n
                continue
            if self.role[i]:
                i += 1
                continue
            # (the tagger's own lemma: a base found by `_lemma_fallbacks` is for the news lexicon only)
            entry = library.get(lower) or library.get(t.lemma_.lower())
            if not (entry and None in entry and entry[None][0]):
                i += 1  # looked up first: most words have no score, and then nothing else is read
                continue
            base = _agreement_base(lower, self.lex.terms) if self.lang == "fr" else None
            if base is not None:
                # the news lexicon overrides the library for every form of its adjectives: the
                # library lists « connue », « ouvertes » apart, and a participle's lemma is its verb
                self.value[i] = self.lex.terms[base] or None
                self.from_news[i] = True
                i += 1
                continue
            # A capitalised word inside a sentence is a name ("Bonne Mère", "Nouvelle Vague"), not an opinion.
            name = t.is_title and not t.is_sent_start and t.i > 0 and not t.nbor(-1).is_punct
            if not name and t.pos_ not in ("PUNCT", "NUM") and lemma not in speech:
                self.value[i] = float(entry[None][0])
            i += 1

    def directions(self) -> None:
        """A change's tone is its direction times its quantity's: « hausse du chômage » and « les
        ventes ont reculé » are negative, « baisse des émissions » and « chômage aussi bas » positive.
        A direction word with no known quantity keeps its own value ("la croissance", "un recul")."""
        for i, (lower, lemma, _) in enumerate(self.forms):
            direction = self.lex.directions.get(lemma) or self.lex.directions.get(lower)
            if not direction or self.role[i]:
                # (a word inside a lexicon phrase is the phrase's: « à bas prix » names a kind of
                # firm, « battre un record » scores itself; neither is a change)
                continue
            t = self.tokens[i]
            found = self._quantity(t)
            if found is None:
                continue
            q, sign = found
            self.value[i] = direction * sign * self.lex.direction_weight
            self.from_news[i] = True
            if q is not None and q != i:
                self.value[q] = None  # the quantity's own tone ("chômage" -0.4) is the change's now

    def _quantity(self, t: Token) -> Optional[tuple[Optional[int], int]]:
        # What changes: the subject of a verb or predicate ("les ventes ont reculé", "prices are
        # high"), the object of a transitive one ("réduire les émissions", "doubled the price"), the
        # complement of a noun ("hausse des prix", "rise in prices"), the noun an adjective
        # qualifies ("loyers record", "prix élevés") or that « en hausse » describes.
        # (in the causative « la sécheresse a fait reculer le débit » the subject is the cause and
        # the object what changes, whether « faire » heads the infinitive or hangs on it:
        # Grevisse, Le Bon Usage, on the causative « faire »)
        causative = any(c.lemma_ in _CAUSATIVES and c.i < t.i for c in t.children)
        candidates = [c for c in t.children if c.dep_ in ("nmod", "obj", "dobj")
                      or c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and not causative]
        candidates += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children
                       if g.dep_ == "pobj"]
        if t.dep_ in ("acomp", "attr", "xcomp") and t.head.lemma_ not in _CAUSATIVES:
            # (an infinitive after « va », « doit », « continue de » shares its subject: « les prix vont grimper »)
            candidates += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if t.dep_ == "amod" or any(c.dep_ == "case" and c.lower_ == "en" for c in t.children):
            candidates.append(t.head)
        # « le prix des billets flambe » read as « billets flambe »: the noun a complement hangs on
        candidates += [c.head for c in candidates if c.dep_ == "nmod" and c.head.i != t.i]
        for c in candidates:
            for _ in range(2):  # "le taux de chômage": the measure's complement
                j = self.idx(c)
                n = _match(self.forms, j, self.lex.quantities) if j is not None else 0
                if n:
                    key = next(k for k in self.lex.quantities if len(k) == n and _matches_at(self.forms, j, k))
                    return j, self.lex.quantities[key]
                if j is not None and j != self.idx(t) and self.from_news[j] and self.value[j] \
                        and c.pos_ in ("NOUN", "PROPN"):
                    # a news event noun counted (« le nombre d'homicides a reculé », « les plaintes
                    # ont bondi ») is a quantity of its own sign: fewer bad events is good news
                    return j, 1 if self.value[j] > 0 else -1
                if c.lemma_.lower() not in self.lex.measures:
                    break
                c = next((g for g in c.children if g.dep_ in ("nmod", "pobj") or g.dep_ == "prep"), None)
                if c is not None and c.dep_ == "prep":
                    c = next((g for g in c.children if g.dep_ == "pobj"), None)
                if c is None:
                    break
        return None

    def privatives(self) -> None:
        """A privative reverses the tone of its complement and then carries none of its own
        (« faute de financement », « la fin de l'accès gratuit », « le partenariat a été enterré »)."""
        for i, (lower, lemma, _) in enumerate(self.forms):
            if lemma not in self.lex.privatives and lower not in self.lex.privatives or self.role[i] not in ("", "term"):
                continue
            t = self.tokens[i]
            complements = [c for c in t.children if c.dep_ in _PRIVATIVE_COMPLEMENTS]
            if not complements and i + 1 < len(self.tokens) and self.forms[i + 1][0] in ("de", "d'", "du", "des"):
                # the parser often hangs « de X » elsewhere: the first noun or verb after « de » is the complement
                complements = [u for u in self.tokens[i + 2:i + 5] if u.pos_ in ("NOUN", "VERB")][:1]
            scope = sorted({j for c in complements for j in (self.idx(g) for g in c.subtree)
                            if j is not None and j != i and self.value[j] is not None and not self.role[j] == "negator"})
            if not scope:
                continue
            for j in scope:
                self.value[j] = -self.value[j] * PRIVATIVE
            self.value[i] = None
            self.from_news[i] = True

    def graded_events(self) -> None:
        """An evaluative adjective on a news event noun grades it ("pure trahison", "forte croissance")."""
        for i, t in enumerate(self.tokens):
            if self.value[i] is None or self.from_news[i] or t.dep_ != "amod":
                continue
            head = self.idx(t.head)
            if head is not None and self.from_news[head] and self.value[head] is not None:
                self.value[head] = max(-1.0, min(1.0, self.value[head] * (1 + abs(self.value[i]) / 2)))
                self.value[i] = None

    def modifiers(self) -> None:
        """An intensifier or hedge multiplies the polar word it modifies (its head, else the next one)."""
        for i, t in enumerate(self.tokens):
            if self.role[i] != "modifier" or (i and self.role[i - 1] == "modifier"):
                continue
            n = _match(self.forms, i, self.lex.modifiers)
            factor = next(f for k, f in self.lex.modifiers.items() if len(k) == n and _matches_at(self.forms, i, k))
            target = self.idx(self.tokens[i + n - 1].head)
            if target is None or self.value[target] is None:
                target = next((j for j in range(i + n, min(i + n + 3, len(self.tokens))) if self.value[j] is not None), None)
            if target is not None:
                self.value[target] = max(-1.0, min(1.0, self.value[target] * factor))

    def negations(self) -> None:
        """A negator shifts every polar word in its head's subtree (subject and coordinated clauses excluded)."""
        done: set[int] = set()
        for i, t in enumerate(self.tokens):
            if self.role[i] not in ("negator", "denial") or not self._negates(t):
                continue
            head = self.idx(t.head)
            if head is not None and t.head.dep_.startswith("aux") and self.idx(t.head.head) is not None:
                # the parser hangs « plus » on the auxiliary (« n'ont plus été battus »): the
                # negation is the verb's, whose auxiliary only carries tense or voice
                head = self.idx(t.head.head)
                t_head = t.head.head
            else:
                t_head = t.head
            if head is None or head in done:
                continue
            done.add(head)
            if self.forms[head][1] in self.lex.transparent:
                self.value[head] = None  # « ne cache pas sa fierté »: the pride stands
                continue
            factor, default = (self.lex.denials[t.lower_], 0.0) if self.role[i] == "denial" else self._negator(t)
            # The negated predicate itself when it is polar ("pas compatible avec l'opacité"), else
            # the polar words it governs ("ne mentionne pas un refus").
            scope = [head] if self.value[head] is not None else [j for j in self._scope(t, t_head) if self.value[j] is not None]
            if not scope and t.dep_ == "det" and self.lang == "fr":
                # « n'a perdu aucun match »: a negative determiner negates the clause; its noun is
                # not polar, so the verb that governs the noun is (with « ne » on it)
                verb = self.idx(t.head.head)
                if verb is not None and verb not in done and self.value[verb] is not None and any(
                        c.lower_ in ("ne", "n'") for c in t.head.head.children):
                    scope = [verb]
                    done.add(verb)
            if self.role[i] == "negator" and _longest(self.forms, head, self.lex.realisation):
                # « le partenariat n'a jamais vu le jour »: what never came about is the subject
                # (the governing verb's, when the parser hangs the clause on it without one)
                subjects = [c for c in t_head.children if c.dep_ in _SUBJECTS]
                if not subjects and t_head.dep_ in ("advcl", "conj", "xcomp"):
                    subjects = [c for c in t_head.head.children if c.dep_ in _SUBJECTS]
                scope += [j for c in subjects for j in (self.idx(g) for g in c.subtree)
                          if j is not None and self.value[j] is not None and j not in scope]
            for j in scope:
                self.value[j] = self.value[j] * factor
            if not scope and default:
                self.value[head] = default
            if not scope and not default:
                done.discard(head)  # « Rien ne va plus »: « rien » found nothing, « plus » still ends the clause

    def _negator(self, t: Token) -> tuple[float, float]:
        low = t.lower_.rstrip("'")
        return self.lex.negators.get(low) or self.lex.negators[t.lemma_.lower()]

    def _negates(self, t: Token) -> bool:
        if self.role[self.idx(t)] == "denial":
            return True
        low = t.lower_
        if low in ("jamais", "never") and any(n.lower_ in _RECORD_AFTER_NEVER for n in t.doc[t.i + 1:t.i + 4]):
            return False
        if self.lang == "fr" and low in ("ne", "n'", "n"):
            return False  # "ne" is the first half of "ne … pas": its partner carries the scope (a stray « N » too)
        if self.lang == "fr" and low in _NEEDS_NE:
            # "ne" on the same head, or just before (the parser sometimes hangs "plus" elsewhere)
            before = t.doc[max(t.i - 4, 0):t.i]
            return any(c.lower_ in ("ne", "n'") for c in list(t.head.children) + list(before))
        return True

    def _scope(self, negator: Token, head: Optional[Token] = None) -> list[int]:
        # The head's subtree (its subject and coordinated clauses excluded), rightward from the
        # negator to the clause's next comma, colon or semicolon: "pas de fioritures, [des pâtes
        # fraîches]" and "ne l'est plus, [alors merci]" keep what follows the comma.
        head = negator.head if head is None else head
        excluded: set[int] = set()
        for child in head.children:
            if child.dep_ in _OUTSIDE_NEGATION:
                excluded.update(c.i for c in child.subtree)
        stop = next((t.i for t in negator.doc[negator.i + 1:] if t.text in _CLAUSE_BREAKS), len(negator.doc))
        return [j for j in (self.idx(t) for t in head.subtree
                            if t.i not in excluded and negator.i < t.i < stop) if j is not None]

    def contrast(self) -> None:
        """After "mais"/"but" the second clause decides; a concession ("malgré X,") is backgrounded."""
        cut = max((i for i, r in enumerate(self.role) if r == "contrast" and i), default=None)
        backgrounded: set[int] = set()
        if cut is not None:
            if any(t.pos_ in ("VERB", "AUX") for t in self.tokens[cut + 1:]):
                backgrounded.update(range(cut))  # (« avec regret mais sans hésitation » opposes no clauses)
            for j in range(len(self.tokens)):
                self.weight[j] *= BEFORE_CONTRAST if j < cut else AFTER_CONTRAST
        concessive = _first_words(self.lex.concessive)
        detached = _first_words(self.lex.detached_concessive)
        for i, (lower, lemma, bare) in enumerate(self.forms):
            if (lower in concessive or lemma in concessive or bare in concessive) \
                    and _longest_in(self.forms, i, concessive) \
                    or (lower in detached and (i == 0 or self.tokens[i - 1].text == ",")
                        and _longest_in(self.forms, i, detached)):
                # A concession runs to the next comma (fronted "Malgré X, Y") or to the sentence end.
                end = next((j for j in range(i + 1, len(self.tokens)) if self.tokens[j].text in (",", ";")), len(self.tokens))
                for j in range(i, end):
                    self.weight[j] *= CONCESSION
                backgrounded.update(range(i, end))
        # (a library word under ±0.1, « changé » -0.05, « dirigeant » -0.05, is no tone of its own)
        polar = [j for j in self.polar() if abs(self.value[j]) >= NEUTRAL_WORD]
        if backgrounded and polar and all(j in backgrounded for j in polar):
            # « Malgré X, Y » and « X, mais Y » present Y as going against X: when Y has no polar
            # word of its own, the sentence takes the tone opposite to X's (« Malgré les critiques,
            # le président a été réélu »; Ducrot's analysis of « mais », Anscombre & Ducrot 1977)
            for j in polar:
                self.value[j], self.weight[j] = -self.value[j], 1.0

    def subject_and_predicate(self) -> None:
        """The predicate asserts; the subject names what it is about. When a clause's verb or
        predicate is a news event of one sign and its subject holds words of the other (« le
        lauréat est accusé de plagiat », « l'accord a été rejeté », « la réforme contestée a été
        adoptée »), the predicate decides: the subject's words count half (the topic, given,
        against the comment, new: Halliday's theme and rheme)."""
        for i, t in enumerate(self.tokens):
            v = self.value[i]
            if v is None or not self.from_news[i] or abs(v) < NEUTRAL_WORD or t.pos_ not in ("VERB", "ADJ"):
                continue
            for c in t.children:
                if c.dep_ not in _SUBJECTS:
                    continue
                for g in c.subtree:
                    j = self.idx(g)
                    if j is not None and self.value[j] is not None and self.value[j] * v < 0:
                        self.weight[j] *= SUBJECT

    def reported_speech(self) -> None:
        """A quotation followed by an evaluative reporting verb (« « … », regrette une libraire »,
        « « … », s'est félicité le maire ») is framed by that verb: the verb says how the speaker
        judges what they say, and decides as the clause after « mais » does. Such verbs are the
        subjective verbs of speaking (Kerbrat-Orecchioni 1980, L'Énonciation : de la subjectivité
        dans le langage); here, the reporting verbs the news vocabulary scores (« regretter »,
        « déplorer », « saluer »)."""
        close = next((i for i, (lower, _, _) in enumerate(self.forms) if lower in ("»", "”") and i), None)
        if close is None or self.forms[0][0] not in ("«", "“"):
            return
        verb = next((j for j in range(close + 1, min(close + 5, len(self.tokens)))
                     if self.tokens[j].pos_ == "VERB"), None)
        if verb is None or self.value[verb] is None or not self.from_news[verb] \
                or not any(self.value[j] is not None for j in range(1, close)):
            return
        for j in range(close):
            self.weight[j] *= BEFORE_CONTRAST
        self.weight[verb] *= AFTER_CONTRAST

    def mood(self) -> float:
        """Sentence-wide factor: questions and conditionals assert less."""
        if self._mood is None:
            self._mood = self._mood_factor()
        return self._mood

    def _mood_factor(self) -> float:
        factor = 1.0
        # (the text without its trailing space is the same once the closing marks and spaces are stripped)
        text = (self.span.text_with_ws if self.text is None else self.text).rstrip(" »”\"')")
        if text.endswith("?"):
            factor *= QUESTION
        if any(self._conditional(t, forms[0]) for t, forms in zip(self.tokens, self.forms)):
            factor *= CONDITIONAL
        return factor

    def _conditional(self, t: Token, lower: str) -> bool:
        if lower in self.lex.conditional_marks and t.dep_ == "mark":
            return True
        if self.lang == "en":
            return lower in _EN_MODALS
        if t.pos_ not in ("VERB", "AUX"):
            return False
        feats = morph.features(t)
        return "Cnd" in feats.get("Mood", ()) or "Imp" in feats.get("Tense", ()) \
            and bool(_CONDITIONAL_ENDING.search(t.lower_))

    def polarity(self) -> float:
        """Weighted mean of the polar words, times the mood factor, in -1..1."""
        polar = self.polar()
        if not polar:
            return 0.0
        total = sum(self.value[j] * self.weight[j] for j in polar)
        # sqrt(n): two negative events make a sentence more clearly negative than one.
        mean = total / sum(max(self.weight[j], 1.0) for j in polar) * len(polar) ** 0.5
        return max(-1.0, min(1.0, mean * self.mood()))

    def mass(self) -> tuple[float, float]:
        """(weighted sum, total weight) of the polar words, for pooling a document's sentences.

        In a document's verdict an event word weighs half an opinion word: the writer's
        evaluation, not the events reported, decides the tone of a whole text.
        """
        polar = self.polar()
        if not polar:
            return 0.0, 0.0  # (the mood, a scan of every word, is only read for polar words)
        mood, total, weight = self.mood(), 0.0, 0.0
        for j in polar:
            w = max(self.weight[j], 1.0) * (EVENT_WEIGHT_IN_DOCUMENT if self.from_news[j] else 1.0)
            total += self.value[j] * self.weight[j] / max(self.weight[j], 1.0) * w * mood
            weight += w
        return total, weight


#: Weight of a news event word (relative to a library opinion word) in a document's polarity.
EVENT_WEIGHT_IN_DOCUMENT = 0.5


@dataclass(frozen=True)
class RuleScore:
    """A sentence's rule polarity, and its polar words' mass for document pooling."""

    polarity: float
    total: float
    weight: float


def rule_score(span: Span, lang: str, *, tokens: Optional[list[Token]] = None,
               text: Optional[str] = None) -> Optional[RuleScore]:
    """Polarity -1..1 of a parsed sentence by the rules; None for a language without rules.
    `tokens`, `text`: `list(span)` and `span.text`, when the caller has them already."""
    lex = lexicon(lang)
    if lex is None:
        return None
    s = _Scorer(span, lang, lex, tokens, text)
    s.mark_function_words()
    s.word_values()
    s.directions()
    s.privatives()
    s.graded_events()
    s.modifiers()
    s.negations()
    s.subject_and_predicate()
    s.contrast()
    s.reported_speech()
    return RuleScore(round(s.polarity(), 4), *s.mass())
