"""The libraries' own sentence scores (textblob-fr for French, TextBlob for English), computed
as `PatternAnalyzer.analyze(text)` computes them, without its per-call overhead.

`analyze` tokenizes with pattern's `find_tokens`, then walks the words through
`Sentiment.assessments` on a `lazydict`, where every `in` and `[]` is a Python method call, and
TextBlob's English analyzer builds a new namedtuple class on each call. Those costs were a third
of the tone's time. Here the same tokenizer runs on the same text and the same walk runs on a
plain dict copy of the same word table, so the scores are the library's to the last bit
(tests/analyses/test_sentiment.py checks them against `analyze` on every test article).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional


@dataclass(frozen=True)
class _Library:
    words: dict  # word form -> {pos or None: (polarity, subjectivity, intensity)}
    negations: tuple
    modifiers: tuple
    modifier: Callable[[str], bool]
    tokenize: Callable[[str], list]  # text -> pattern's sentences (space-separated tokens)
    emoticons: dict  # lowercase emoticon -> polarity (the first group of EMOTICONS that has it)
    punctuation: str
    synset: object  # pattern's RE_SYNSET: such a text goes to the library itself (see `library_score`)


@lru_cache(maxsize=None)
def library(lang: str) -> Optional[_Library]:
    """The loaded word table and settings of `lang`'s pattern analyzer; None without one."""
    if lang == "fr":
        from textblob_fr import _text as text_module
        from textblob_fr import fr as lang_module
    elif lang == "en":
        from textblob import _text as text_module
        from textblob import en as lang_module
    else:
        return None
    sentiment = lang_module.sentiment
    sentiment.load()
    emoticons: dict = {}
    for (_, polarity), forms in text_module.EMOTICONS.items():
        for form in forms:
            emoticons.setdefault(form.lower(), polarity)
    return _Library(words=dict.copy(sentiment), negations=tuple(sentiment.negations),
                    modifiers=tuple(sentiment.modifiers), modifier=sentiment.modifier,
                    tokenize=_tokenizer(text_module, lang_module), emoticons=emoticons,
                    punctuation=text_module.PUNCTUATION, synset=text_module.RE_SYNSET)


def _tokenizer(text_module, lang_module) -> Callable[[str], list]:
    # The analyzer's tokenizer is `parser.find_tokens`, which first re.sub()s every contraction of
    # its `replacements`. Most of textblob-fr's only put a space after an ASCII apostrophe
    # ("l'" → "l' "), which find_tokens then surrounds with spaces anyway before collapsing runs of
    # spaces, and no token can equal one of them (the apostrophe stands alone as a token): those
    # are dropped, the others kept in their order (« l’ » → « l&rsquo; », English "n't" → " n't").
    parser = lang_module.parser
    # (TextBlob's English parser uses _text's table: every entry there is kept)
    replacements = getattr(lang_module, "replacements", text_module.replacements)
    table = {k: v for k, v in replacements.items() if v != k + " "}
    if text_module.__name__ == "textblob_fr._text":
        find = _french_find_tokens(text_module, lang_module.ABBREVIATIONS, table)
        return lambda s: [t.replace("&rsquo ;", "’") for t in find(s)]  # as textblob-fr's Parser.find_tokens
    return lambda s: parser.find_tokens(s, replace=table)


def _french_find_tokens(module, abbreviations, replace: dict) -> Callable[[str], list]:
    """textblob-fr's `find_tokens(s, PUNCTUATION, abbreviations, replace, r"\n{2,}")`, statement for
    statement, with its per-word tests made cheap: its punctuation marks are single characters,
    so `t.startswith(tuple)` is a set lookup of t's first character (and `t.endswith(punctuation +
    (".",))` builds no tuple per word); a word with no mark at either end is kept as it is, which
    is all that its two loops do to it."""
    import re

    lead = frozenset(module.PUNCTUATION.replace(".", ""))
    trail = lead | {"."}
    ends, closers = {"...", ".", "!", "?", module.EOS}, {"...", ".", "!", "?", ")", "'", "\"", "”", "’", module.EOS}
    abbr = (module.RE_ABBR1.match, module.RE_ABBR2.match, module.RE_ABBR3.match)
    eos, token, sarcasm, emoticons = module.EOS, module.TOKEN, module.RE_SARCASM, module.RE_EMOTICONS
    # (a contraction pattern ending in « ’ » cannot match a text without one: most have none)
    subs = [(re.compile(a), b, "’" if a.endswith("’") else "") for a, b in replace.items()]
    breaks = re.compile(r"\n{2,}")
    assert token.pattern == r"(\S+)\s"

    def find(string: str) -> list:
        for pattern, repl, needs in subs:
            if not needs or needs in string:
                string = pattern.sub(repl, string)
        string = string.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ").replace("’", " ’ ")\
                       .replace("'", " ' ").replace('"', ' " ')
        string = string.replace("\r\n", "\n")
        if "\n\n" in string:
            string = breaks.sub(" %s " % eos, string)
        # re.sub(r"\s+", " ") then TOKEN (r"(\S+)\s") over the text and a final space: every run of
        # non-space characters, which is what str.split() gives (both use Unicode's whitespace)
        tokens: list = []
        for t in string.split():
            if t[:1] not in lead and t[-1:] not in trail or t in replace:
                tokens.append(t)
                continue
            tail = []
            while t[:1] in lead and t not in replace:
                tokens.append(t[0])
                t = t[1:]
            while t[-1:] in trail and t not in replace:
                if t[-1:] in lead:
                    tail.append(t[-1])
                    t = t[:-1]
                if t.endswith("..."):
                    tail.append("...")
                    t = t[:-3].rstrip(".")
                if t.endswith("."):
                    if t in abbreviations or any(m(t) is not None for m in abbr):
                        break
                    tail.append(t[-1])
                    t = t[:-1]
            if t != "":
                tokens.append(t)
            tokens.extend(reversed(tail))
        sentences, i, j = [[]], 0, 0
        while j < len(tokens):
            if tokens[j] in ends:
                while j < len(tokens) and tokens[j] in closers:
                    j += 1
                sentences[-1].extend(t for t in tokens[i:j] if t != eos)
                sentences.append([])
                i = j
            j += 1
        sentences[-1].extend(tokens[i:j])
        joined = (" ".join(s) for s in sentences if len(s) > 0)
        return [emoticons.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), sarcasm.sub("(!)", s)) for s in joined]

    return find


def library_score(text: str, lang: str) -> Optional[tuple[float, float]]:
    """(polarity, subjectivity) exactly as `PatternAnalyzer().analyze(text)` gives them; None for a
    language without an analyzer."""
    lib = library(lang)
    if lib is None:
        return None
    if lib.synset.match(text):
        # pattern reads such a string ("a-12") as a WordNet synset id, not words: its own path
        return _analyzer_score(text, lang)
    words, negations, modifiers, emoticons = lib.words, lib.negations, lib.modifiers, lib.emoticons
    # pattern's Sentiment.assessments for words without a part of speech (pos None), keeping only
    # what the averages read: [polarity, subjectivity, intensity, negated]
    found: list[list] = []
    m = n = None
    for w in " ".join(lib.tokenize(text)).split():
        w = w.lower()
        entry = words.get(w)
        if entry is not None and None in entry:
            p, s, i = entry[None]
            if m is None:
                found.append([p, s, i, 1])
            else:
                last = found[-1]
                last[0] = max(-1.0, min(p * last[2], +1.0))
                last[1] = max(-1.0, min(s * last[2], +1.0))
                last[2] = i
            if n is not None:
                found[-1][2] = 1.0 / found[-1][2]
                found[-1][3] = -1
            m = n = None
            if any(mod in entry for mod in modifiers):
                m = w
            if w in negations:
                n = w
        else:
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and lib.modifier(m):
                found[-1][3] = -1
                n = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and found:
                found[-1][0] = max(-1.0, min(found[-1][0] * 1.25, +1.0))
            if w == "(!)":
                found.append([0.0, 1.0, 1.0, 1])
            if w.isalpha() is False and len(w) <= 5 and w not in lib.punctuation and w in emoticons:
                found.append([emoticons[w], 1.0, 1.0, 1])
    # the library's avg(): a running sum from 0 in the same order, over float(count or 1)
    polarity = subjectivity = 0
    for p, s, _, negated in found:
        polarity += p * -0.5 if negated < 0 else p
        subjectivity += s
    count = float(len(found) or 1)
    return polarity / count, subjectivity / count


def _analyzer_score(text: str, lang: str) -> tuple[float, float]:
    if lang == "fr":
        from textblob_fr import PatternAnalyzer
    else:
        from textblob.en.sentiments import PatternAnalyzer
    result = PatternAnalyzer().analyze(text)
    return result[0], result[1]
