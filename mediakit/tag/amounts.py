"""Money amounts: number, scale, currency and period, with values in currency units."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from .. import resources
from ..types import Amount, Sentence

# Hand-written: no maintained library reads French money expressions ("15 millions d'euros",
# "500 M€", "42 000 dollars par mois", "des milliards de dollars"); price-parser and
# quantulum3 cover English prices only. The vocabulary lives in resources/currencies.yml.

_SPACES = "[ \u00a0\u202f]"
_NUMBER = rf"\d{{1,3}}(?:(?:{_SPACES}|[.,]|')\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _vocabulary():
    data = resources.load("currencies")
    currency = {w.lower(): code for code, words in data["currencies"].items() for w in words}
    scale = {w.lower(): float(v) for v, words in data["scales"].items() for w in words}
    period = {w.lower(): p for p, words in data["periods"].items() for w in words}
    vague = {w.lower(): float(v) for lang in data["vague"].values() for w, v in lang.items()}
    return currency, scale, period, vague, float(data["french_billion"])


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    currency, scale, period, vague, _ = _vocabulary()
    numbers = _number_words()
    symbols = [w for w in currency if not w[0].isalpha()]
    words = [w for w in currency if w[0].isalpha()]
    scale_words = [w for w in scale if not w.endswith(" de")]
    def cur(n: int) -> str:
        return rf"(?P<cur{n}>{_alt(words)})(?!\w)|(?P<cursym{n}>{_alt(symbols)})"
    sc = rf"(?P<scale>{_alt(scale_words)})(?!\w)"
    # "1 950 euros net par mois": a net/gross/tax qualifier may sit before the period
    # "10 millions d'euros l'an dernier", "$5 million a year ago": a date, not a rate
    not_a_rate = r"(?!\s+(?:dernier|dernière|passé|passée|prochain|prochaine|précédent|précédente|ago|earlier|later|before)\b)"
    per = (rf"(?:(?:{_SPACES}+(?:net|nets|nette|nettes|brut|bruts|brute|brutes|HT|TTC|gross))?{_SPACES}*"
           rf"(?P<per>{_alt(period)}){not_a_rate})?")
    of = r"(?:\s+(?:de|d'|of)\s*)?"
    vq = rf"(?P<vague>{_alt(vague)})(?:\s+(?:de|d'|of))?"
    return re.compile(
        rf"(?i:(?<![\w$€£¥])(?:"
        # $20 million, € 5 bn, US$3.5
        rf"(?P<pre>{_alt(symbols)}){_SPACES}?(?P<num1>{_NUMBER})(?:{_SPACES}?{sc})?"
        # 42 000 dollars, 15 millions d'euros, 500 M€, 2,5 Mds€
        rf"|(?P<num2>{_NUMBER})(?:{_SPACES}?(?P<scale2>{_alt(scale_words)})(?!\w))?{of}{_SPACES}?(?:{cur(1)})"
        # deux millions d'euros, un milliard de dollars, two billion dollars
        rf"|(?P<numword>{_alt(numbers)}){_SPACES}+(?P<scale3>{_alt(scale_words)})(?!\w){of}{_SPACES}?(?:{cur(3)})"
        # des milliards de dollars, des centaines de millions d'euros, billions of dollars
        rf"|(?:{vq}\s+)?(?:(?P<vq2>dizaines|centaines|milliers|tens|hundreds|thousands)\s+(?:de|of)\s+)?"
        rf"(?P<vscale>millions|milliards|billions|trillions|thousands){of}(?:{cur(2)})"
        rf"){per})"
    )


@lru_cache(maxsize=None)
def _number_words() -> dict[str, float]:
    data = resources.load("currencies")["number_words"]
    return {w.lower(): float(v) for lang in data.values() for w, v in lang.items()}


def parse_number(text: str, lang: str) -> float:
    """A number written with French or English separators ("42 000", "2,5", "1,200", "3.5")."""
    t = re.sub(_SPACES, "", text).replace("'", "")
    if "," in t and "." in t:  # both: the last one is the decimal mark
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if dec == "," else ",", "").replace(dec, ".")
    elif "," in t:
        head, _, tail = t.rpartition(",")
        thousands = len(tail) == 3 and lang == "en" or t.count(",") > 1
        t = t.replace(",", "") if thousands else head.replace(",", "") + "." + tail
    elif "." in t:
        head, _, tail = t.rpartition(".")
        thousands = len(tail) == 3 and lang != "en" or t.count(".") > 1
        t = t.replace(".", "") if thousands else t
    return float(t)


def _scale(word: Optional[str], lang: str) -> float:
    if not word:
        return 1.0
    _, scale, _, _, french_billion = _vocabulary()
    w = word.lower()
    if w in ("billion", "billions") and lang == "fr":
        return french_billion
    if w == "m" and word == "m":  # "5 m€" is ambiguous; a lowercase m is still read as million
        return 1e6
    return scale.get(w, 1.0)


def extract_amounts(sentences: Iterable[Sentence]) -> list[Amount]:
    """Every money amount of the sentences, with its value, ISO currency and period."""
    currency, _, period, vague_words, _ = _vocabulary()
    out = []
    for sent in sentences:
        for m in _pattern().finditer(sent.text):
            cur_word = next((m.group(g) for g in ("pre", "cur1", "cursym1", "cur2", "cursym2", "cur3", "cursym3")
                             if m.group(g)), "").lower()
            code = currency.get(cur_word)
            if code is None:
                continue
            vague = m.group("vscale") is not None
            if vague:
                mult = vague_words.get((m.group("vq2") or m.group("vague") or "des").lower(), 1.0)
                value = mult * _scale(m.group("vscale"), sent.lang)
            elif m.group("numword"):
                value = _number_words()[m.group("numword").lower()] * _scale(m.group("scale3"), sent.lang)
            else:
                num = m.group("num1") or m.group("num2")
                # "$2 billion" is English usage (10^9) even inside a French sentence
                scale_lang = "en" if m.group("pre") else sent.lang
                value = parse_number(num, sent.lang) * _scale(m.group("scale") or m.group("scale2"), scale_lang)
            per = period.get((m.group("per") or "").lower())
            text = m.group(0)
            s = m.start()
            out.append(Amount(sent.doc_id, sent.sent_id, sent.start + s, sent.start + s + len(text), text,
                              round(value, 4), code, per, vague))
    return out
