"""The repairs mediakit adds to the French pipeline after its parser (text/nlp.py)."""

from mediakit.text.nlp import pipeline


def _token(text: str, word: str):
    return next(t for t in pipeline("fr")(text) if t.text == word)


def test_a_participle_tagged_a_noun_after_its_auxiliary_is_a_verb():
    # fr_core_news_md tags « invectivés » a noun here (judged by hand: the verb « s'invectiver », past participle)
    t = _token("Les deux dirigeants se sont violemment invectivés lors du dernier conseil.", "invectivés")
    assert (t.pos_, t.lemma_, t.morph.get("VerbForm")) == ("VERB", "invectiver", ["Part"])


def test_a_noun_with_its_determiner_stays_a_noun_under_an_auxiliary():
    # tune3's theme-park article, judged by hand: md hangs the auxiliary « a » on « côté », which keeps its
    # possessive « son »: a noun (without that condition it became the verb « côter »)
    line = "Le Royaume d’Ysengrin a de son côté assigné le fabricant allemand de l’attraction, Kessler " \
           "Fahrgeschäfte, qu’il accuse d’avoir livré des freins défectueux."
    t = _token(line, "côté")
    assert (t.pos_, t.lemma_) == ("NOUN", "côté")
