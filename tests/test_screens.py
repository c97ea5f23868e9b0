"""Screens against the rules they stand for, on every line of tests/data.

The taggers skip most tokens with a cheap screen before the rule proper (a memo per form, an array of
dependency ids): a screen that lets through fewer tokens than the rule accepts would lose events and
speakers silently. Both checks share one French parse of tests/data (some 125,000 words) and sit in
one module so that pytest-xdist, which hands a module to one worker, parses it once."""

from __future__ import annotations


def test_the_speech_verbs_screened_on_arrays_are_the_words_tested_one_by_one(french_data_docs):
    # _speech_events reads speech verbs from _speech_verb_tokens (a memo per form, lemma and
    # text): on every line of tests/data it must pick exactly the tokens _is_speech_verb accepts
    from mediakit.tag.quotes import reported

    verbs = reported._lexicon()[0]
    for doc in french_data_docs:
        assert reported._speech_verb_tokens(doc, verbs) == [t.i for t in doc if reported._is_speech_verb(t, verbs)]


def test_the_screened_tokens_are_all_that_can_trigger(data_lines, french_data_docs):
    # extract_relations runs events.match only on events.candidate_tokens: every token of the test
    # articles that match gives a trigger must be among them
    from mediakit.analyses import events
    from mediakit.text.nlp import pipeline

    english = pipeline("en").pipe(data_lines[:400])  # (English: a sample, for time)
    for lang, docs in (("fr", french_data_docs), ("en", english)):
        for doc in docs:
            screened = set(events.candidate_tokens(doc, lang))
            assert all(t.i in screened for t in doc if events.match(t, lang) is not None), doc.text
