"""Date expressions: found in context, valued against the document's reference date."""

from datetime import datetime

import pytest

from mediakit.tag.dates import extract_dates, infer_published
from mediakit.types import Attribution, Sentence


def sent(text, lang="fr"):
    return Sentence("d", 0, 0, 0, len(text), text, lang, 1.0, "body")


@pytest.mark.parametrize("text,lang,reference,expected", [
    ("à partir du 25 avril 2023, les annonceurs", "fr", "2023-04-19", [("25 avril 2023", "2023-04-25", "day")]),
    ("Le 13 juillet 2021, la loi est votée.", "fr", None, [("13 juillet 2021", "2021-07-13", "day")]),
    ("—Elon Musk (@elonmusk) April 19, 2023", "en", None, [("April 19, 2023", "2023-04-19", "day")]),
    ("En février, Twitter a annoncé la fin", "fr", "2023-04-19", [("février", "2023-02", "month")]),
    # a month without a year is the nearest one: ahead when it is a deadline, behind otherwise
    ("Le tribunal statuera en avril.", "fr", "2024-03-05", [("avril", "2024-04", "month")]),
    ("jusqu'au 25 janvier pour répondre", "fr", "2024-01-12", [("25 janvier", "2024-01-25", "day")]),
    ("le 1er mai 2024 et en 2022", "fr", None, [("1er mai 2024", "2024-05-01", "day"), ("2022", "2022", "year")]),
    ("since 2019 and in March 2020", "en", None, [("2019", "2019", "year"), ("March 2020", "2020-03", "month")]),
    ("publié le 05/03/2024 à Lyon", "fr", None, [("05/03/2024", "2024-03-05", "day")]),
])
def test_dates(text, lang, reference, expected):
    got = [(d.text, d.date, d.granularity) for d in extract_dates([sent(text, lang)], reference)]
    assert got == expected


@pytest.mark.parametrize("text,lang", [
    ("une pause de 6 mois dans le développement", "fr"),   # a duration
    ("Il y a quelques semaines, Musk a signé", "fr"),       # vague relative
    ("Le rover a atterri sur mars hier.", "fr"),            # the planet, no cue
    ("You may go now, said the judge.", "en"),              # the modal verb
    ("Le COVID-19 a frappé 2 000 personnes.", "fr"),
])
def test_not_dates(text, lang):
    assert extract_dates([sent(text, lang)], "2023-04-19") == []


def test_offsets_slice_the_sentence():
    s = Sentence("d", 3, 1, 100, 140, "Le 3 mars 2024, Voltéa a déposé un recours", "fr", 1.0, "body")
    (d,) = extract_dates([s], None)
    assert (d.start, d.end, d.sent_id) == (103, 114, 3)


def test_published_prefers_the_day_the_text_calls_today():
    sents = [sent("Le ministre a dénoncé ce mardi 5 mars 2024 une opération."), sent("Le recours date du 3 mars 2024.")]
    attrs = [Attribution(0, "Claire Marchand", "@cm", "March 4, 2024")]
    assert infer_published(attrs, sents) == "2024-03-05"


def test_published_falls_back_to_latest_post_then_latest_date():
    attrs = [Attribution(0, "A", "@a", "April 19, 2023"), Attribution(1, "A", "@a", "February 17, 2023")]
    assert infer_published(attrs, [sent("à partir du 25 avril 2023")]) == "2023-04-19"
    assert infer_published([], [sent("Le 2 mai 2022 puis le 9 juin 2022.")]) == "2022-06-09"
    assert infer_published([], [sent("Aucune date ici.")]) is None


def test_published_moves_to_a_weekday_named_after_the_latest_post():
    # 14 November 2024 was a Thursday: "vendredi" in the article's voice is the 15th.
    attrs = [Attribution(0, "Claire Vasseur", "@cv", "14 novembre 2024")]
    assert infer_published(attrs, [sent("Interrogée vendredi, la ministre a confirmé la réunion.")]) == "2024-11-15"
    assert infer_published(attrs, [sent("La ministre a confirmé la réunion.")]) == "2024-11-14"


@pytest.mark.parametrize("first, lang, expected", [
    ("Quimper, le lundi 3 février 2025 – Le conseil municipal a voté le budget le 28 janvier 2025.", "fr", "2025-02-03"),
    ("Saint-Malo (Ille-et-Vilaine), 14 mai 2023. Les pêcheurs ont manifesté le 2 mai 2023.", "fr", "2023-05-14"),
    ("LYON, France, March 4, 2024 — The city council voted on February 28, 2024.", "en", "2024-03-04"),
    # a date in the first words that is no dateline: the latest full date is the fallback
    ("Le 28 janvier 2025, le conseil municipal a voté le budget.", "fr", "2025-01-28"),
])
def test_published_from_a_dateline(first, lang, expected):
    """Issue 7: a dispatch opens with its place and day of writing; that day is the publication date."""
    assert infer_published([], [sent(first, lang)]) == expected


def test_bare_year_shortcut_agrees_with_dateparser():
    # bare years skip dateparser; what it would have said for every year a candidate can match
    from mediakit.tag import dates as D

    for lang in ("fr", "en"):
        parser = D._parser(lang)
        for year in range(1800, 2200, 7):
            data = parser.get_date_data(str(year))
            assert (data.period, data.date_obj.year) == ("year", year)
            assert D.parse(str(year), lang, None) == (str(year), "year")


def test_dates_written_in_full_agree_with_dateparser():
    # « 25 avril 2023 », "April 19, 2023" and « mars 2024 » skip dateparser: what it says for
    # every full month name the five languages read, days that exist or not, around leap years
    # (compared once when this was written: days 1-31 of every month name in 12 years from 1800 to
    # 2199, leap and century years included, both word orders and capitalisations: 239,280 dates, none differed)
    from mediakit.tag import dates as D

    for lang in D._PARSED_LANGUAGES:
        parser = D._parser(lang)
        for i, name in enumerate(D._month_numbers(lang)):
            day, year = (29, 31, 9)[i % 3], (1900, 2024, 2199)[i % 3]
            for text in (f"{day} {name} {year}", f"{name.capitalize()} {day}, {year}", f"{name} {year}",
                         f"29 {name} 2023", f"30 {name} 2024"):
                written = D._written_date(text, lang)
                data = parser.get_date_data(text)
                assert written is None or written == (data.date_obj, data.period), (lang, text)
    assert D._written_date("25 avril 2023", "fr") == (datetime(2023, 4, 25), "day")
    assert D._written_date("April 19, 2023", "fr") == (datetime(2023, 4, 19), "day")
    assert D._written_date("mars 2024", "en") == (datetime(2024, 3, 1), "month")
    # left to dateparser: a day that does not exist, an abbreviation (French « mar » is also
    # Tuesday: dateparser reads « 12 mar 2024 » as 12 January), a year outside those compared
    assert D._written_date("31 avril 2023", "fr") is None
    assert D._written_date("12 mar 2024", "fr") is None
    assert D._written_date("12 avril 2300", "fr") is None


def test_dates_without_a_year_agree_with_dateparser():
    # « 25 avril » and « en avril » skip dateparser too: what it says for every full month name
    # the five languages read (compared once when this was written: days 0-99 and 00-09 and the
    # month alone, in lower case, capitalised and in capitals: 18,189 expressions, none differed)
    from mediakit.tag import dates as D

    for lang in D._PARSED_LANGUAGES:
        parser = D._parser(lang)
        for i, name in enumerate(D._month_numbers(lang)):
            name = (name, name.capitalize(), name.upper())[i % 3]
            for text in (name, f"1 {name}", f"05 {name}", f"29 {name}", f"31 {name}"):
                yearless = D._written_date(text, lang)
                data = parser.get_date_data(text)
                assert yearless is None or yearless == (data.date_obj, data.period), (lang, text)
    assert D._written_date("25 avril", "fr") == (datetime(1999, 4, 25), "day")
    assert D._written_date("avril", "fr") == (datetime(1999, 4, 1), "month")
    assert D._written_date("1 janvier", "fr") == (datetime(2000, 1, 1), "day")
    # left to dateparser: a day that does not exist in 1999, an abbreviation, a word that is no month
    assert D._written_date("29 février", "fr") is None
    assert D._written_date("31 avril", "fr") is None
    assert D._written_date("12 mar", "fr") is None
    assert D._written_date("mardi", "fr") is None


def test_an_update_stamp_alone_dates_a_live_page():
    # (invented, 2026-12-07) a live page stamped « Mis à jour le 14/05/2025 à 16h45 » with no « Publié le »: the
    # page is of that Wednesday, not the Friday its strike notice runs to (before: « jusqu'à vendredi » made it
    # the 16th); a publication stamp still wins over an update
    sents = [sent("Mis à jour le 14/05/2025 à 16h45"), sent("Le syndicat maintient son préavis jusqu'à vendredi.")]
    assert infer_published([], sents) == "2025-05-14"
    sents = [sent("Publié le 12/05/2025 à 08h00"), sent("Mis à jour le 14/05/2025 à 16h45")]
    assert infer_published([], sents) == "2025-05-12"
