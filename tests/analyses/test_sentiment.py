"""Sentence tone: one table of cases per rule (sentences written for these tests), scores on the
hand-labelled sets of tests/data/sentiment, and the language routing."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parent))

import sentiment_eval as ev  # noqa: E402
import summary  # noqa: E402

from mediakit.analyses.sentiment import score, sentence_tone, text_polarity, tone  # noqa: E402


#: (set, system) -> scores, printed at the end of the run beside the gold tables.
SENTIMENT_SCORES: dict = {}


@pytest.fixture(scope="module", autouse=True)
def _print_scores():
    summary.add("sentiment vs hand labels (tests/data/sentiment; first scores in first_score.txt)",
                lambda: [f"{key:<34} {line}" for key, line in sorted(SENTIMENT_SCORES.items())])
    yield


def _tone(text: str, lang: str = "fr") -> str:
    return sentence_tone(text, lang).tone


def _polarity(text: str, lang: str = "fr") -> float:
    return sentence_tone(text, lang).polarity


@pytest.mark.parametrize("text, lang, expected", [
    ("Ce téléphone n'est pas bon.", "fr", "negative"),
    ("Les exportations n'ont pas reculé cette année.", "fr", "positive"),
    ("Le directeur n'a pas commenté la rumeur.", "fr", "neutral"),
    ("Le service de messagerie ne fonctionne plus depuis lundi.", "fr", "negative"),
    ("La réforme des retraites est loin d'être un succès.", "fr", "negative"),
    ("Le nouveau modèle n'a pas vraiment séduit, et les critiques pleuvent.", "fr", "negative"),
    ("Ce n'est pas une mauvaise idée.", "fr", "positive"),
    ("This phone is not bad at all.", "en", "positive"),
    ("The update is not good for small developers.", "en", "negative"),
    # « aucun » negates the clause: its noun is not polar, the verb that governs it is
    ("Le club n'a perdu aucune rencontre de la saison.", "fr", "positive"),
    # « ne … rien » negates like « ne … pas »
    ("L'équipe n'a rien perdu de sa combativité.", "fr", "positive"),
    # litotes: a negated « hésiter » / « cacher » asserts what follows
    ("Les élus n'ont pas hésité à saluer l'accord.", "fr", "positive"),
    ("They did not hesitate to praise the deal.", "en", "positive"),
    # « plus » hung on the auxiliary negates the verb (« n'ont plus été battus »)
    ("Les Lyonnais n'ont plus été battus depuis janvier.", "fr", "positive"),
    # the negative pronoun « personne ne » negates its clause; « une personne » does not
    ("Personne ne peut sauver ce film.", "fr", "negative"),
    ("Une personne a été secourue.", "fr", "neutral"),  # (guard)
    # a negated verb of coming about denies its subject too
    ("La réforme tant attendue n'a jamais vu le jour.", "fr", "negative"),
    ("Le projet de coopération n'a pas abouti.", "fr", "negative"),
    # fixed expressions, with a possessive of any person (« ses », « leurs »), negated or not
    ("Le maire n'a pas tenu ses promesses.", "fr", "negative"),
    ("Le film n'a pas trouvé son public.", "fr", "negative"),
    ("Les efforts de la commune ont porté leurs fruits.", "fr", "positive"),
])
def test_negation(text, lang, expected):
    assert _tone(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Le constructeur annonce 800 licenciements dans ses usines du Nord.", "fr", "negative"),
    ("La banque a été condamnée à une amende de 2 millions d'euros.", "fr", "negative"),
    ("Les salariés menacent de se mettre en grève.", "fr", "negative"),
    ("Les deux villes ont signé un partenariat culturel.", "fr", "positive"),
    ("L'assureur va investir dans trois nouvelles agences.", "fr", "positive"),
    ("La commune a publié le compte rendu du conseil municipal.", "fr", "neutral"),
    ("The carmaker announced layoffs at two plants.", "en", "negative"),
    ("The museum signed a partnership with the city.", "en", "positive"),
    # labels of blame: textblob-fr scores « pur » +0.5 and « inadmissible » +0.3, « copinage » 0
    ("Le député qualifie le projet de « pure folie ».", "fr", "negative"),
    ("L'opposition dénonce un « copinage pur ».", "fr", "negative"),
    ("Le syndicat juge la proposition « inadmissible ».", "fr", "negative"),
    # reported criticism is negative, by its verb
    ("Les usagers se plaignent de la lenteur du service.", "fr", "negative"),
    ("L'opposition raille la réforme du gouvernement.", "fr", "negative"),
    ("Le syndicat s'insurge contre la réforme.", "fr", "negative"),
    # events by category: relegation, postponement
    ("Le club est relégué en deuxième division.", "fr", "negative"),
    ("La sortie du film est repoussée à l'automne.", "fr", "negative"),
    # library words with the wrong sign in news: « grave » +0.4, « délicat » +0.25, « connu » +0.6,
    # « ouvert » +0.31, « fort » +0.41 (a degree, not praise)
    ("La situation est grave.", "fr", "negative"),
    ("Le dossier reste délicat pour le gouvernement.", "fr", "negative"),
    ("La date du scrutin sera connue en juin.", "fr", "neutral"),
    ("Le musée est ouvert du mardi au dimanche.", "fr", "neutral"),
    ("De fortes pluies sont attendues dans la région.", "fr", "neutral"),
    # relational adjectives classify (library: « international » +0.35, « militaire » -0.13)
    ("Le salon international se tiendra en mars.", "fr", "neutral"),
    ("La loi de programmation militaire couvre six ans.", "fr", "neutral"),
    ("Le relais français a pris le départ à 18 heures.", "fr", "neutral"),
    # a business model inside a phrase is no change of price
    ("La compagnie à bas coût emploie 300 personnes.", "fr", "neutral"),
    # sport results, offences, approval by category
    ("Le nageur a été disqualifié en demi-finale.", "fr", "negative"),
    ("Le demi d'ouverture est forfait pour la finale.", "fr", "negative"),
    ("L'ailier s'est qualifié pour la finale.", "fr", "positive"),
    ("Menés de cinq buts, les joueurs ont renversé le match.", "fr", "positive"),
    ("Le coût du chantier a dérapé.", "fr", "negative"),
    ("La plateforme a obtenu son agrément.", "fr", "positive"),
    ("Les douaniers ont démantelé un trafic de drogue.", "fr", "positive"),
    # (2026-12-07, invented) blame of conduct the library does not score: « huge » made « a huge mistake » +0.4
    ("The party is making a huge mistake.", "en", "negative"),
    ("The minister's decision was irresponsible.", "en", "negative"),
    ("Une décision que l'élue qualifie de « coup de poignard ».", "fr", "negative"),
])
def test_news_vocabulary(text, lang, expected):
    assert _tone(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a present-tense verb the tagger reads as a noun (« flambe »), on « le prix des … »
    ("Le prix des loyers flambe dans la capitale.", "negative"),
    # a participle tagged as an adjective (« réduit »), on a budget
    ("Le budget de la culture a été réduit de 10 %.", "negative"),
    # the subject of « vont » is the infinitive's
    ("Les températures vont grimper cette semaine.", "negative"),
    ("Le nombre de demandeurs d'emploi a diminué de 3 %.", "positive"),
    # a news event noun counted is a quantity of its own sign
    ("Le nombre de meurtres a baissé de 10 %.", "positive"),
    ("Les plaintes ont bondi de 20 % cette année.", "negative"),
    # in the causative the subject is the cause, not what changes (guard for the rule above)
    ("La sécheresse a fait baisser le niveau des rivières.", "negative"),
    # « perdre » is a loss, of a quantity or not (the library knows only the participle « perdu »)
    ("La coalition pourrait perdre sa majorité.", "negative"),
    ("Le club a perdu 3 000 abonnés en un an.", "negative"),  # (guard: the change rule)
])
def test_changes(text, expected):
    assert _tone(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a word of lack, end or burial reverses its complement's tone
    ("Le projet a été abandonné faute de soutien.", "fr", "negative"),
    ("La fin de la grève a soulagé les usagers.", "fr", "positive"),
    ("Le projet de coopération a été enterré.", "fr", "negative"),
    ("The company ended its partnership with the club.", "en", "negative"),
    ("The club stopped the layoffs.", "en", "positive"),
])
def test_privatives(text, lang, expected):
    assert _tone(text, lang) == expected


@pytest.mark.parametrize("strong, plain, weak", [
    ("Le public est très satisfait du spectacle.", "Le public est satisfait du spectacle.",
     "Le public est un peu satisfait du spectacle."),
    ("Les chiffres sont extrêmement mauvais.", "Les chiffres sont mauvais.", "Les chiffres sont légèrement mauvais."),
])
def test_intensifiers_and_hedges(strong, plain, weak):
    assert abs(_polarity(strong)) > abs(_polarity(plain)) > abs(_polarity(weak)) > 0


@pytest.mark.parametrize("text, lang, expected", [
    ("Le décor est agréable, mais la cuisine est mauvaise.", "fr", "negative"),
    ("La cuisine est mauvaise, mais le décor est vraiment magnifique.", "fr", "positive"),
    ("Malgré une saison difficile, le club a remporté la coupe.", "fr", "positive"),
    ("The food was bad but the staff were wonderful.", "en", "positive"),
    # a clause with no polar word of its own goes against the concession or the clause before « mais »
    ("Malgré les critiques, la ministre a été reconduite dans ses fonctions.", "fr", "positive"),
    ("Les dirigeants avaient promis une relance, mais rien n'a changé.", "fr", "negative"),
    # a detached phrase of the past (« longtemps … ») is conceded as « malgré » is
    ("Le projet, longtemps bloqué, a été relancé.", "fr", "positive"),
    ("Longtemps critiqué, le ministre a été reconduit.", "fr", "positive"),
    # the predicate decides against its subject's words
    ("L'accord a été rejeté par les députés.", "fr", "negative"),
    ("Le partenariat a échoué.", "fr", "negative"),
    # an evaluative reporting verb frames the quotation before it
    ("« Le jury a encore récompensé les plus grosses maisons », déplore un libraire.", "fr", "negative"),
])
def test_contrast(text, lang, expected):
    assert _tone(text, lang) == expected


@pytest.mark.parametrize("hedged, plain", [
    ("La crise va-t-elle durer ?", "La crise va durer."),
    ("Une amende serait infligée au transporteur.", "Une amende est infligée au transporteur."),
    ("Si la crise dure, le groupe fermera deux sites.", "La crise dure, le groupe fermera deux sites."),
])
def test_questions_and_conditionals_weaker(hedged, plain):
    assert 0 < abs(_polarity(hedged)) < abs(_polarity(plain))


def test_speech_verbs_do_not_judge():
    # "assurer" is praise in the library's lexicon; as a reporting verb it says nothing of the tone.
    assert _tone("La directrice a assuré que le calendrier restait inchangé.") == "neutral"


@pytest.mark.parametrize("text, lang", [("Das ist eine Katastrophe für alle.", "de"), ("Esto es una catástrofe.", "es")])
def test_other_languages_get_no_analyzer(text, lang):
    t = sentence_tone(text, lang)
    assert (t.analyzer, t.tone, t.polarity, t.polarity_raw) == ("none", "neutral", None, None)


def test_english_goes_to_the_english_analyzer():
    t = sentence_tone("Lawsuit time.", "en")
    assert t.analyzer == "textblob-en" and t.tone == "negative"


def _raw(text: str, lang: str) -> str:
    return tone(score(text, lang)[0])


#: Floors a little below the scores reached when the rules were frozen (README "How well it works").
FLOORS = {"sentences_tune": (0.80, 0.80), "sentences_tune2": (0.89, 0.89), "sentences_heldout": (0.67, 0.67),
          # tune 3: 0.767 / 0.762 when first scored (e014005), 0.927 / 0.926 after its round
          "sentences_tune3": (0.90, 0.90),
          # blind held-out 2: scored with 7766554 (0.67 / 0.67) and 4a0bec5 (0.77 / 0.76) only
          "sentences_heldout2": (0.72, 0.72),
          # blind held-out 3: scored with e014005 (0.81 / 0.81) and c29b6c6 (0.83 / 0.83) only
          "sentences_heldout3": (0.78, 0.78)}


@functools.lru_cache(maxsize=None)
def _scored(name: str) -> tuple:
    """(gold label, Tone) of every row of a sentence file, scored once per run."""
    return tuple((r["label"], sentence_tone(r["text"], r["lang"])) for r in ev.rows(name))


@pytest.mark.parametrize("name", ["sentences_tune", "sentences_tune2", "sentences_tune3", "sentences_heldout",
                                  "sentences_heldout2", "sentences_heldout3"])
def test_accuracy_against_hand_labels(name):
    raw = ev.score_sentences(name, _raw)
    scored = _scored(name)
    ours = ev.accuracy_macro_f1([g for g, _ in scored], [t.tone for _, t in scored])
    SENTIMENT_SCORES[f"{name} raw library"] = f"accuracy {raw[0]:.3f}  macro-F1 {raw[1]:.3f}"
    SENTIMENT_SCORES[f"{name} mediakit"] = f"accuracy {ours[0]:.3f}  macro-F1 {ours[1]:.3f}"
    assert ours[0] >= FLOORS[name][0] and ours[1] >= FLOORS[name][1]
    assert ours[0] > raw[0] and ours[1] > raw[1]


def test_neutral_bands_are_the_cross_validated_ones():
    # NEUTRAL_BANDS: the band 5-fold cross-validation picks on the tuning sets (never the held-out)
    from mediakit.analyses.sentiment import NEUTRAL_BANDS

    scored = [(g, t.polarity, t.analyzer.rsplit("-", 1)[-1])
              for name in ("sentences_tune", "sentences_tune2", "sentences_tune3") for g, t in _scored(name)]
    accuracy, bands = ev.cross_validated_bands(scored)
    SENTIMENT_SCORES["tune+tune2+tune3 5-fold"] = f"out-of-fold accuracy {accuracy:.3f}"
    for lang in ("fr", "en"):
        picks = [b[lang] for b in bands]
        assert max(set(picks), key=picks.count) == NEUTRAL_BANDS[lang], (lang, picks)


def test_document_polarity_beats_the_library_on_opinions():
    raw = ev.score_opinions(lambda t: score(t, "fr")[0])
    ours = ev.score_opinions(lambda t: text_polarity(t, "fr"))
    SENTIMENT_SCORES["opinions ROC AUC"] = f"textblob-fr whole text {raw:.3f}  mediakit {ours:.3f}"
    assert ours >= raw and ours >= 0.80


def test_phrase_lookup_matches_any_form_of_its_first_word():
    # `_longest` skips a word none of whose forms starts a phrase; a phrase must still be found
    # by the lowercase form, by the lemma, or by the form without its elided apostrophe.
    from mediakit.analyses.sentiment_rules import _longest

    phrases = {("porter", "plainte"): -0.5, ("mis", "en", "examen"): -0.6, ("l", "échec"): -0.4}
    sentence = [("ont", "avoir", "ont"), ("porté", "porter", "porté"), ("plainte", "plainte", "plainte")]
    assert _longest(sentence, 1, phrases) == ("porter", "plainte")  # by the lemma
    assert _longest([("mis", "mettre", "mis"), ("en", "en", "en"), ("examen", "examen", "examen")], 0,
                    phrases) == ("mis", "en", "examen")  # by the lowercase form
    assert _longest([("l'", "le", "l"), ("échec", "échec", "échec")], 0, phrases) == ("l", "échec")  # apostrophe
    assert _longest(sentence, 0, phrases) is None and _longest(sentence, 2, phrases) is None


def test_sentences_in_another_language_are_parsed_beforehand_with_the_same_tone(monkeypatch):
    # an English sentence in a French paragraph is scored on a parse of its own; the pipeline
    # gathers those of a batch of documents and parses them together (`parse_alone`)
    from mediakit.analyses import sentiment
    from mediakit.text.segment import segment, sentences

    text = "Le ministre a salué l'accord signé hier à Paris. We will fight this terrible decision in court, he said."
    parsed, _, _, prior = segment(text, ("fr", "en"))
    sents = sentences("d", text, parsed, ("fr", "en"), prior)
    assert [s.lang for s in sents] == ["fr", "en"]
    requests = sentiment.texts_to_parse_alone(sents, [], parsed)
    assert requests == [(sents[1].text, "en")]
    alone = sentiment.parse_alone(requests)
    expected = sentiment.tone_sentences(sents, parsed)  # parsed one by one
    assert expected[1].analyzer == "textblob-en" and expected[1].tone == "negative"

    def no_parse(_):
        raise AssertionError("a sentence parsed beforehand was parsed again")

    monkeypatch.setattr(sentiment, "parse_alone", no_parse)
    assert sentiment.tone_sentences(sents, parsed, alone) == expected


def _library_texts() -> list[str]:
    """Every line and sentence-sized piece of the test articles and sentiment sets, plus the
    tokenizer's corner cases (apostrophes of both kinds, contractions, emoticons, sarcasm)."""
    data = Path(__file__).resolve().parents[1] / "data"
    texts = {"C’est l’« affaire » : qu’il L’ÉCRIVE, jusqu’à demain (!) :-) n't don't", "a-12", "pas très bon !",
             "Ce n'est vraiment pas mauvais...", "not very good :(", "It isn't bad, really ! ;-)",
             "M. Dupont, etc. : « bon »\u00a0!\n\nTrès U.S. (J.-C.) xD\r\n\u2028fin…", "( ! ) :- ) « pas »"}
    for path in sorted(data.rglob("*.txt")) + sorted(data.rglob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.add(line)
            texts.update(line.split(". "))
    return sorted(texts)


def test_library_scores_are_the_analyzers():
    # sentiment_library computes PatternAnalyzer().analyze(text) without its overheads: to the bit
    from textblob.en.sentiments import PatternAnalyzer as English
    from textblob_fr import PatternAnalyzer as French

    from mediakit.analyses.sentiment_library import library_score

    def outcome(call, text):
        try:
            return tuple(call(text))
        except AttributeError as exc:  # textblob-fr reads "a-12" as a WordNet synset id and fails
            return type(exc)

    for lang, analyzer in (("fr", French()), ("en", English())):
        for text in _library_texts():
            assert outcome(lambda t: library_score(t, lang), text) == outcome(analyzer.analyze, text), (lang, text)
