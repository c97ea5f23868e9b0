"""The claims lexicon (resources/claims.yml) compiled into matchers, and the modality rules.

Modality follows the precedence of the press-analysis literature on the French journalistic
conditional (Kronning 2012, "Le conditionnel épistémique"; Abouda 2001): an unproven
accusation or a conditional of distance is `alleged`; a source formula or a hedge (« selon »,
« il semble que », reportedly) is `hedged`; anything else attributed to someone is `reported`;
the journalist's plain statement is `asserted`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Span, Token

from .. import resources
from ..text import morph

# fr_core_news_sm tags most conditionals Tense=Imp ("aurait": Imp); the -rait endings tell them
# apart (the same fallback as mediakit/text/segment.py).
_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ts|t)$")


@dataclass(frozen=True)
class Lexicon:
    """One compiled pattern per cue list and language, plus lemma sets."""

    phrases: dict[str, dict[str, re.Pattern]]
    lemmas: dict[str, dict[str, frozenset[str]]]
    weights: dict[str, float]
    bias: float
    threshold: float

    def find(self, name: str, lang: str, text: str) -> Optional[re.Match]:
        """The first cue of list `name` in `text` (either language's list when `lang` has none)."""
        pattern = self.phrases[name].get(lang) or self.phrases[name].get("fr")
        return pattern.search(text.lower()) if pattern is not None else None

    def has_lemma(self, name: str, lang: str, token) -> bool:
        """Whether `token`'s lemma (or form, for pipelines without a lemmatizer) is in list `name`."""
        words = self.lemmas[name].get(lang) or self.lemmas[name].get("fr", frozenset())
        return lemma_in(token, words)


def lemma_in(token, words: frozenset[str]) -> bool:
    """Whether a token's lemma or form is in `words`; fr_core_news_sm sometimes leaves a present
    form as its own lemma (« estime » → "estime"), so the -er infinitive is tried too."""
    lemma, form = token.lemma_.lower(), token.lower_
    return lemma in words or form in words or (token.pos_ == "VERB" and form.endswith("e") and form + "r" in words)


#: The endings of a first-group past participle (« tweeté », « postée »), whose infinitive ends in -er.
_PARTICIPLE_ER = re.compile(r"é(?:e|s|es)?$")


def misread_participle(t, verbs: frozenset[str]) -> bool:
    """A past participle after its auxiliary that the tagger called a name or a noun (fr_core_news_md tags
    « Lina Castel a récemment tweeté que … » with « tweeté » a PROPN): a lowercase word after « a »/« avait »
    (adverbs between) ending like a participle is the verb; its -er infinitive is looked up."""
    if t.pos_ not in ("PROPN", "NOUN") or not t.text[:1].islower() or not _PARTICIPLE_ER.search(t.lower_):
        return False
    i = t.i - 1
    while i >= 0 and t.doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and t.doc[i].pos_ == "AUX" and _PARTICIPLE_ER.sub("er", t.lower_) in verbs


_LEMMA_LISTS = ("report_verbs", "post_verbs", "opinion_lemmas", "factual_lemmas", "conditional_words", "seem_verbs",
                "modal_verbs")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The claims lexicon, compiled once."""
    data = resources.load("claims")
    phrases: dict[str, dict[str, re.Pattern]] = {}
    lemmas: dict[str, dict[str, frozenset[str]]] = {}
    for name, per_lang in data.items():
        if not isinstance(per_lang, dict) or name in ("checkworthiness", "body_members"):
            continue
        if name in _LEMMA_LISTS:
            lemmas[name] = {lg: frozenset(w.lower() for w in words) for lg, words in per_lang.items()}
        phrases[name] = {lg: _compile(words) for lg, words in per_lang.items() if words}
    cw = data["checkworthiness"]
    return Lexicon(phrases, lemmas, dict(cw["weights"]), float(cw["bias"]), float(cw["threshold"]))


def _compile(words: list[str]) -> re.Pattern:
    # Longest first so "plusieurs dizaines" wins over "plusieurs"; word boundaries on both sides
    # unless the cue itself starts or ends with a non-word character.
    alts = sorted({w.lower() for w in words}, key=len, reverse=True)
    # One lookbehind before the alternation, not one per word: the same matches, several times faster.
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(map(re.escape, alts))})(?![\w-])")


def conditional_verbs(span: Iterable[Token]) -> list:
    """Verbs and auxiliaries of `span` in the conditional mood (morphology, then the -rait fallback).

    `span`: a Span, or any list of its tokens that holds its verbs and auxiliaries (the only words read)."""
    out = []
    words = lexicon().lemmas["conditional_words"]
    for t in span:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        # the lexicon catches conditional auxiliaries the tagger gave no tense at all
        feats = morph.features(t)
        if "Cnd" in feats.get("Mood", ()) and t.doc.lang_ == "fr" and not _CONDITIONAL_ENDING.search(t.lower_):
            continue  # every French conditional ends in -rais/-rait/-rions/-riez/-raient (the future stem
            # and the imperfect endings): « pouvions », « concernait » tagged Cnd are imperfects
        if "Cnd" in feats.get("Mood", ()) or (_CONDITIONAL_ENDING.search(t.lower_) and "Imp" in feats.get("Tense", ())) or (
                t.lower_ in words.get(t.doc.lang_, frozenset()) and not feats.get("Tense")):
            out.append(t)
    return out


def is_perfect(verb) -> bool:
    """Whether a conditional auxiliary carries a past participle (« aurait formé », « pourrait avoir reporté »)."""
    doc = verb.doc
    nxt = [t for t in _after_auxiliary(verb)[:4] if t.pos_ not in ("ADV", "PART", "PRON")]
    if verb.lemma_ in ("avoir", "être") and nxt and nxt[0].pos_ in ("VERB", "AUX") and "Part" in nxt[0].morph.get("VerbForm"):
        reflexive = verb.i > 0 and doc[verb.i - 1].lower_ in ("se", "s'")  # « se serait dégradée »
        return reflexive or verb.lemma_ == "avoir" or nxt[0].lemma_ in _ETRE_VERBS  # « serait menée »: passive
    if verb.lemma_ == "pouvoir" and len(nxt) >= 2 and nxt[0].lower_ in ("avoir", "être"):
        return True
    return verb.lemma_ == "avoir" and bool(nxt) and bool(_PARTICIPLE.search(nxt[0].lower_)) and nxt[0].pos_ != "NOUN"


def _after_auxiliary(verb) -> list:
    """The words after an auxiliary, a source set between it and its participle skipped (« aurait, selon le
    syndicat, dissimulé », « aurait selon elle « menti » »: an adverbial may stand between the auxiliary and the
    participle, as an adverb may: Grevisse, Le Bon usage, on the place of the adverb in compound tenses); the
    commas and opening marks around it too."""
    doc, out = verb.doc, []
    i, limit = verb.i + 1, min(len(doc), verb.i + 12)
    while i < limit and len(out) < 4:
        t = doc[i]
        if t.lower_ == "selon" or t.lower_ in ("d'", "d’") and i + 1 < limit and doc[i + 1].lower_ == "après":
            i += 1
            while i < limit and doc[i].pos_ not in ("VERB", "AUX") and doc[i].text not in (",", "«"):
                i += 1  # (the source's words, to its closing comma or the participle)
            continue
        if not (t.pos_ == "PUNCT" and t.text in (",", "«")):
            out.append(t)
        i += 1
    return out


# Verbs whose compound tenses take « être » (« serait parti »): with them « serait + participle » is a perfect.
_ETRE_VERBS = frozenset("aller venir partir arriver entrer sortir monter descendre naître mourir tomber rester "
                        "devenir revenir retourner passer intervenir survenir parvenir".split())


@dataclass(frozen=True)
class Modality:
    """A claim's modality, the cue that decided it and whether it looks ahead."""

    modality: str
    cue: Optional[str]


def decide_modality(span: Span, text: str, lang: str, *, attributed: bool, via_speech: bool,
                    sentence_text: str, conditionals: Optional[list] = None) -> Modality:
    """alleged > hedged > reported > asserted for one clause (see the module docstring).

    `attributed`: the claim has a claimant other than the journalist; `via_speech`: it is the
    content of a speech verb, where a present conditional is the future-in-the-past of reported
    speech (« a annoncé qu'il investirait »), not a conditional of distance. `conditionals`:
    `conditional_verbs(span)` when the caller has it already.
    """
    lex = lexicon()
    low = text.lower()
    counterfactual = lex.find("counterfactual", lang, low)
    for verb in conditional_verbs(span) if conditionals is None else conditionals:
        if counterfactual and counterfactual.start() < verb.idx - span.start_char:
            break  # « Sans ce contrat, la croissance n'aurait atteint que … »: hypothetical
        if lex.has_lemma("seem_verbs", lang, verb):
            continue  # « il semblerait que »: the conditional of a verb of seeming is a hedge (claims.yml hedged)
        if via_speech and _missed_possibility(verb):
            continue  # « on aurait pu éviter ce drame »: the speaker's own unreal past, no hearsay
        if verb.lemma_ == "pouvoir" and not is_perfect(verb):
            # « pourrait coûter »: a possibility, a hedge rather than hearsay
            return Modality("hedged", verb.text)
        if verb.lemma_ == "devoir" and not is_perfect(verb):
            continue  # « devrait atteindre »: a forecast (prospective), not distance
        if is_perfect(verb) or not via_speech:
            return Modality("alleged", verb.text)
    accusation = lex.find("alleged", lang, low)
    if accusation:
        return Modality("alleged", accusation.group(0))
    hedge = lex.find("hedged", lang, low) or _sentence_hedge(lex, lang, sentence_text.lower())
    if hedge and not (hedge.group(0) in ("selon", "d'après", "according to") and _own_voice(sentence_text, hedge)):
        return Modality("hedged", hedge.group(0))
    if attributed:
        return Modality("reported", None)
    return Modality("asserted", None)



def _missed_possibility(verb) -> bool:
    """« aurait pu / aurait dû + infinitive »: the past conditional of « pouvoir » or « devoir » before an
    infinitive states an unreal past, a possibility or duty not taken (Riegel, Pellat & Rioul, Grammaire
    méthodique du français, « conditionnel passé », irréel du passé), not a fact reported with distance."""
    doc = verb.doc
    if verb.lemma_ != "avoir":
        return False
    nxt = [t for t in doc[verb.i + 1: min(len(doc), verb.i + 6)] if t.pos_ not in ("ADV", "PART")]
    return len(nxt) >= 2 and nxt[0].lower_ in ("pu", "dû", "du") and "Inf" in nxt[1].morph.get("VerbForm")


#: Hedges that govern their own clause (« il semble que A »), not the sentence's others (« B, mais il semble que A »).
_CLAUSE_HEDGES = ("il semble que", "il semblerait que", "il semble qu'", "il semblerait qu'")


def _sentence_hedge(lex, lang: str, sentence: str) -> Optional[re.Match]:
    """A hedge of the sentence that covers its other clauses: a source (« selon X ») or an adverb, not a
    verb of seeming with its own que-clause (« …, mais il semble que ce soit le cas »)."""
    for found in (lex.phrases["hedged"].get(lang) or lex.phrases["hedged"]["fr"]).finditer(sentence):
        if not (found.group(0).startswith(("il semble", "semblerait")) or sentence[found.start():].startswith(_CLAUSE_HEDGES)):
            return found
    return None


def _own_voice(sentence: str, hedge: re.Match) -> bool:
    # « selon moi » is the speaker's opinion, not a source.
    return sentence.lower()[hedge.end():hedge.end() + 5].strip().startswith(("moi", "nous"))


#: The endings of the simple future, avoir's present added to the infinitive (Grevisse, Le Bon usage, « futur
#: simple »: « laisser-ons », « remettr-a »).
_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


def _regular_future(t) -> bool:
    """A future the tagger called a present (fr_core_news_sm: « nous ne laisserons pas », « ne remettra pas »
    tagged Tense=Pres): the form is its infinitive, without the final -e of -re verbs, and a future ending.
    The present of a verb in -rer is not (« mesurons » is no « mesurer-ons »), nor a passé simple (« déclara »)."""
    if t.doc.lang_ != "fr" or "Pres" not in morph.values(t, "Tense") or "Ind" not in morph.values(t, "Mood"):
        return False
    lemma, form = t.lemma_.lower(), t.lower_
    if not lemma.endswith(("er", "ir", "re")) or form == lemma:
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return any(form == stem + e for e in _FUTURE_ENDINGS)


def is_prospective(span: Iterable[Token], text: str, lang: str, *, via_speech: bool = False,
                   conditionals: Optional[list] = None) -> bool:
    """A prediction, plan or promise: a future tense, or a cue such as « devrait » or "will".

    A present conditional is prospective where it is the future-in-the-past of reported speech
    (« a fait savoir qu'elle ne financerait pas ») or a possibility (« pourrait coûter »). `span`:
    as for `conditional_verbs`.
    """
    if any("Fut" in morph.values(t, "Tense") or _regular_future(t) for t in span if t.pos_ in ("VERB", "AUX")):
        return True
    if lexicon().find("counterfactual", lang, text) is None and any(
            not is_perfect(v) and (via_speech or v.lemma_ == "pouvoir")
            for v in (conditional_verbs(span) if conditionals is None else conditionals)):
        return True
    return lexicon().find("prospective", lang, text) is not None or lexicon().find("commitment", lang, text) is not None
