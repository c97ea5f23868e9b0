"""Word lists, name patterns and given names shared by the actor taggers."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from functools import lru_cache

from ... import resources

_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{1,30}(?:@[\w.]+)?")


_ELISION = re.compile(r"^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[lL]orsqu|[pP]uisqu|[jJ]usqu)'")


# A capitalised word (no dot: "Austin. He" is two sentences), or an internal capital ("eBay").
_CAPWORD = r"(?:[A-ZÀ-ÖØ-Þ][\w&'-]*|[a-z]+[A-Z][\w-]*)"


@lru_cache(maxsize=None)
def _noise() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.load("noise")
    return frozenset(w.lower() for w in data["words"]) | weekdays(), frozenset(w.lower() for w in data["particles"])


@lru_cache(maxsize=None)
def weekdays() -> frozenset[str]:
    """Names of the days of the week (months.yml), which are no actor and open no actor's name."""
    return frozenset(w.lower() for days in resources.load("months")["weekdays"].values() for w in days)


@lru_cache(maxsize=None)
def trade_heads() -> frozenset[str]:
    """Capitalised trade words that open a firm's name (« les Fonderies X », types.yml trade_heads)."""
    return frozenset(resources.load("types")["trade_heads"])


@lru_cache(maxsize=4096)
def is_trade_head(word: str) -> bool:
    """Whether a capitalised word opens a firm's name by saying its trade: a listed one, or a workshop or
    shop noun in « -erie » (`is_trade_noun`)."""
    return word in trade_heads() or is_trade_noun(word)


@lru_cache(maxsize=4096)
def is_trade_noun(word: str) -> bool:
    """Whether a capitalised word is a workshop or shop noun in « -erie » (« Coutellerie X », « Savonnerie X »;
    types.yml trade_suffixes), not a given name."""
    data = resources.load("types")
    return (word[:1].isupper() and len(word) >= data["trade_suffix_min_length"]
            and word.lower().endswith(tuple(data["trade_suffixes"])) and given_name_gender(word) == "unknown")


@lru_cache(maxsize=None)
def org_suffixes() -> frozenset[str]:
    """Last words that make a name an organisation's (« … Group », « … Intérim », types.yml org_suffixes)."""
    return frozenset(resources.load("types")["org_suffixes"])


@lru_cache(maxsize=None)
def body_heads() -> frozenset[str]:
    """First words of public bodies' names, which the NER often types as places (types.yml body_heads)."""
    return frozenset(resources.load("types")["body_heads"])


@lru_cache(maxsize=None)
def _role_words() -> frozenset[str]:
    data = resources.load("roles")
    # (the role lists of each language only: other sections hold endings, offices, covered roles)
    return frozenset(w.lower() for lang in data.values() if isinstance(lang, dict)
                     for key in ("person", "org") for w in lang.get(key, []))


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in resources.load("noise")["titles"])


def _fold(ch: str) -> str:
    """A letter without its accent, upper-cased ("É" → "E")."""
    return unicodedata.normalize("NFD", ch)[0].upper()


_AUXILIARIES = frozenset("is was has had will would can could should may might does did".split())


_CONJUNCTIONS = frozenset({"et", "and", "y", "und", "e"})


#: The preposition before a medium or a source the words went to or came from (« auprès de France
#: Bleu », « a affirmé au Télégramme », « selon Le Monde »): what follows is no speaker.
#: The participle naming a medium that asked (« Interrogée par Le Courrier, X … »).
ASKED_BY = r"(?:interrogée?s?|contactée?s?|sollicitée?s?|jointe?s?|questionnée?s?)\s+par"
MEDIUM_BEFORE = re.compile(rf"(?i)(?:\bauprès\s+d[eu]s?|\bà|\bau|\baux|\bsur|\bdans|\bselon|\bto|\bon|\b{ASKED_BY})\s+"
                           r"(?:l['’]|la\s+|le\s+)?$")
#: How far before a name those words may start (« contactées par » is 14 characters).
MEDIUM_REACH = 30


def said_to(text: str, start: int, floor: int = 0) -> bool:
    """Whether the words right before `start` (not before `floor`) make the name there the medium
    the words went to or came from (« au Télégramme », « interrogée par Le Courrier »)."""
    return bool(MEDIUM_BEFORE.search(text, max(floor, start - MEDIUM_REACH), start))

_ARTICLES = {"le", "la", "les", "l'", "the", "un", "une", "des", "du", "de", "d'", "au", "aux"}


@lru_cache(maxsize=None)
def _forums() -> tuple[str, ...]:
    return tuple(w.lower() for w in resources.load("events")["forums"])


@lru_cache(maxsize=4096)
def is_forum(actor: str) -> bool:
    """Whether `actor` is a court or another forum (``events.yml``, ``forums``): where a case is
    heard, never a party, a speaker's organisation or what « l'enseigne » takes up."""
    low = actor.lower()
    return any(low == f or low.startswith(f + " ") for f in _forums())


_GIVEN = {"male", "female", "mostly_male", "mostly_female"}


@lru_cache(maxsize=None)
def speech_verbs(lang: str) -> frozenset[str]:
    """The verbs of saying of `lang` (speech_verbs.yml), lower-cased."""
    return frozenset(w.lower() for w in resources.load("speech_verbs").get(lang, {}).get("verbs", ()))


@lru_cache(maxsize=None)
def _speech_forms() -> frozenset[str]:
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for w in data[lang]["verbs"])


def _fold_word(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if ch.isalnum() and ord(ch) < 0x300)


@lru_cache(maxsize=1)
def _first_names():
    # gender-guesser ships a dictionary of ~40,000 given names from many countries: a name whose
    # first word is none of them is unlikely to be a person ("Smart Campaigns").
    # Built as Detector(case_sensitive=False) builds it, from the same lines through its own
    # line parser, but read at once: its codecs.open() line iterator took 40% of the 0.2 s.
    # (splitlines cuts where codecs' readline does.)
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector.__new__(gender_guesser.detector.Detector)
    detector.case_sensitive, detector.names = False, {}
    path = Path(gender_guesser.detector.__file__).parent / "data" / "nam_dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        detector._eat_name_line(line.strip())
    return detector


@lru_cache(maxsize=None)
def _portfolios() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("noise")["portfolios"])


@lru_cache(maxsize=8192)
def given_name_gender(word: str) -> str:
    """gender-guesser's answer for a given name, trying it without accents too ("Élodie" → "Elodie")."""
    guess = _first_names().get_gender(word)
    if guess == "unknown":
        plain = "".join(ch for ch in unicodedata.normalize("NFD", word) if ord(ch) < 0x300 or ord(ch) > 0x36F)
        if plain != word:
            guess = _first_names().get_gender(plain)
    return guess


def person_gender(actor: str) -> str:
    """"m" or "f" from a person's given name (its first word, or the first part of « Jean-Louis »), "" if unknown."""
    first = actor.split()[0].split("-")[0] if actor.split() else ""
    guess = given_name_gender(first)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess, "")


def _looks_like_person(actor: str) -> bool:
    words = actor.split()
    first = words[0]
    if re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)?", first):
        return len(words) >= 2
    return compound_given_gender(first) != "unknown"


def compound_given_gender(word: str) -> str:
    """`given_name_gender`, and for a compound given name the dictionary lacks (« Jean-Marc »,
    « Anne-Sophie ») the answer for its first part."""
    guess = given_name_gender(word)
    return given_name_gender(word.split("-")[0]) if guess == "unknown" and "-" in word else guess


@lru_cache(maxsize=None)
def media_nouns() -> frozenset[str]:
    """Nouns that take up a news outlet (« le quotidien », « la chaîne »; outlets.yml media_nouns)."""
    return frozenset(resources.load("outlets")["media_nouns"])


@lru_cache(maxsize=4096)
def is_outlet(actor: str) -> bool:
    """Whether an actor is a news outlet of ``resources/outlets.yml`` (a station included)."""
    data = resources.load("outlets")
    return actor in _outlet_index()[1].values() or actor.startswith(tuple(n + " " for n in data["networks"]))


#: The prepositions French contracts with an outlet's article (« au Parisien », « des Échos »).
_CONTRACTED = {"Le": ("au", "du"), "Les": ("aux", "des")}


@lru_cache(maxsize=None)
def _outlet_index() -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of every outlet, a named group per outlet; « Le X » is also found as « X »
    after the preposition its article contracts with."""
    data = resources.load("outlets")
    # a station first (« France Bleu Mayenne »), then the longest name (« Le Monde diplomatique »)
    branches = [rf"(?P<station>(?:{'|'.join(map(re.escape, data['networks']))})(?:\s+{_CAPWORD}){{1,2}})"]
    first = {n[0] for n in data["networks"]}  # the characters a match can begin with
    names: dict[str, str] = {}
    outlets = sorted((n for lang in ("fr", "en") for n in data[lang]), key=len, reverse=True)
    for i, name in enumerate(outlets):
        article = re.match(r"(Le|La|Les)\s+|(L')", name)
        if article:
            word = article.group(1) or article.group(2)
            rest = re.escape(name[article.end():])
            # the article in either case (« selon le Parisien »), then the name as written
            space = "" if word.endswith("'") else r"\s+"
            forms = [rf"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}{space}{rest}"]
            forms += [rf"(?<=\b{prep} ){rest}" for prep in _CONTRACTED.get(word, ())]
            form = "|".join(forms)
            first |= {word[0], word[0].lower(), name[article.end()]}
        else:
            form = re.escape(name)
            first.add(name[0])
        branches.append(rf"(?P<o{i}>{form})")
        names[f"o{i}"] = name
    # The lookahead on the first character changes no match: it only spares the engine trying each
    # of the hundred branches at every other word start (4x faster over a document).
    starts = "".join(sorted(map(re.escape, first)))
    return re.compile(rf"(?<![\w-])(?=[{starts}])(?:{'|'.join(branches)})(?![\w-])"), names


@lru_cache(maxsize=None)
def name_marks(noun: str) -> frozenset[str]:
    """Capitalised words of a name that say it is what `noun` refers to (« le club »: « Basket »,
    « Stade »; « le fonds »: « Capital »), from types.yml name_marks and club_prefixes."""
    data = resources.load("types")
    marks = set(data["name_marks"].get(noun, ()))
    if noun == "club":
        marks |= set(data["club_prefixes"])
    return frozenset(marks)


@lru_cache(maxsize=None)
def name_marks_nouns() -> tuple[str, ...]:
    """The nouns that have name marks (types.yml name_marks)."""
    return tuple(resources.load("types")["name_marks"])


@lru_cache(maxsize=None)
def unnamed_spokespeople() -> frozenset[str]:
    """Nouns of people who speak for an organisation that stays their name (speech_verbs.yml)."""
    return frozenset(resources.load("speech_verbs")["fr"]["unnamed_spokespeople"])


@lru_cache(maxsize=None)
def unnamed_heads() -> frozenset[str]:
    """Heads of an organisation whose unnamed holder, after a possessive, is the organisation (roles.yml)."""
    data = resources.load("roles")
    return frozenset(w.lower() for w in data["leaders"] + data["unnamed_heads"])


#: The name of a town's institution (« Ville de Metz », « Commune d'Aragnouet »), its town as `town`.
TOWN_BODY = re.compile(r"(?:Ville|Commune|Mairie|Municipalité)\s+(?:de\s+|d'|du\s+)(?P<town>.+)")


@lru_cache(maxsize=None)
def town_officials() -> frozenset[str]:
    """Municipal roles whose unnamed holder speaks for the town's institution (roles.yml town_officials)."""
    return frozenset(w.lower() for w in resources.load("roles")["town_officials"])


#: Possessive determiners, of any owner (« son porte-parole », « leur avocat », "its CEO").
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"})
#: Those of one owner (« ses constats » are someone's named before; a plural owner is left unresolved like « ils »).
SINGULAR_POSSESSIVES = frozenset({"son", "sa", "ses", "its", "his", "her"})
#: Definite determiners (articles, demonstratives, singular possessives) of a description that takes up an actor.
DEFINITE = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "son", "sa", "the", "this", "its"})
#: Contracted preposition + article: « au club », « du groupe », « aux collectivités » are definite too.
CONTRACTED = frozenset({"au", "aux", "du"})
