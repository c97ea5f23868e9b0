"""Names written in sentence case after their class noun (« l'association Vivre à Pessac », « le collectif
Stop aux nuisances »): only the first word is capitalised, so the model and the name patterns stop there."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.segment import ParsedParagraph
from .state import _Candidate

#: Words that close a name: the clause goes on after it (prepositions of time, place and manner a name does
#: not hold, relatives, clitics, negation).
_CLOSING = frozenset("""qui que qu' dont où depuis dans contre avec par selon après avant lors pendant chez vers sans
sous entre malgré auprès envers face ne n' se s' y lui leur leurs ses son sa cette ce ces cet et ou mais car donc
aussi déjà encore toujours notamment également lundi mardi mercredi jeudi vendredi samedi dimanche un une plusieurs
quelques chaque tout toute tous toutes""".split())
#: Prepositions and articles a name holds inside (« Vivre à Pessac », « Sauvons la forêt », « Stop aux nuisances »).
_INSIDE = frozenset("à au aux de du des d' la le les l' en pour sur non".split())
#: At most this many words after the capitalised one: a longer run is a clause, not a name.
_MAX_TAIL = 6
#: The class noun right before a name, or before one adjective (« le collectif lyonnais X »).
_NOUN_BEFORE = re.compile(r"(\w+)\s+(?:(\w+)\s+)?$")


@lru_cache(maxsize=None)
def _classes() -> frozenset[str]:
    """Class nouns whose names French writes in sentence case (types.yml sentence_case_named)."""
    return frozenset(resources.load("types")["sentence_case_named"])


def sentence_case_names(parsed: list[ParsedParagraph], text: str, classed: list[_Candidate]) -> list[_Candidate]:
    """The classed names of `classed`, each run on over the lower-case words of its name when its class noun
    is one whose names French writes in sentence case.

    The Imprimerie nationale's rule (Lexique des règles typographiques, « associations ») capitalises
    the first word of an association's name only: « l'association Bassines non merci », « la régie Eau
    de Meurthe ». The name runs on over lower-case words, articles and prepositions (and a capitalised
    place after a preposition) up to the clause around it: a verb, a pronoun, a relative, punctuation.
    No library tags such names: the model cuts them at the last capital.
    """
    starts = [pp.start for pp in parsed]
    out = []
    for c in classed:
        if " " in c.text:
            out.append(c)  # (« Terres Unies »: a name in title case, not in sentence case)
            continue
        noun = _NOUN_BEFORE.search(text[max(0, c.start - 40):c.start])
        if noun is None or not {noun.group(1).lower(), (noun.group(2) or "").lower()} & _classes():
            out.append(c)
            continue
        k = bisect.bisect_right(starts, c.end) - 1
        end = _tail_end(parsed[k], c.end - parsed[k].start) if k >= 0 else None
        out.append(c if end is None else replace(c, end=parsed[k].start + end, text=text[c.start:parsed[k].start + end]))
    return out


def _tail_end(pp: ParsedParagraph, rel: int) -> Optional[int]:
    """The paragraph offset where a sentence-case name that ends at `rel` for the patterns really ends, or None
    when the words after it are not part of it."""
    doc = pp.doc
    i = next((t.i for t in doc if t.idx >= rel), None)
    if i is None or doc[i].idx - rel > 1:
        return None
    if doc[i].pos_ == "DET" and (i == 0 or doc[i - 1].pos_ != "VERB"):
        return None  # (an article opens a name after a verb only, « Sauvons la forêt »: « X la semaine dernière »)
    last = None
    for j in range(i, min(len(doc), i + _MAX_TAIL + 1)):
        t = doc[j]
        low = t.lower_
        if t.like_num and not (j + 1 == len(doc) or _closes(doc[j + 1])):
            return None  # (« la coopérative X 12 tonnes de semences »: a number opens the object, it ends no name)
        if _closes(t):
            break
        if t.text[:1].isupper() and not (j > i and doc[j - 1].lower_ in _INSIDE):
            return None  # (a capitalised word after a content word: another name begins)
        if low in ("de", "d'") and j + 1 < len(doc) and "Inf" in doc[j + 1].morph.get("VerbForm"):
            break  # « accuse X de mentir »: the complement of the verb
        if low not in _INSIDE and j + 1 < len(doc) and doc[j + 1].pos_ == "DET" and t.pos_ != "ADP":
            break  # a word with an article after it is a verb the model took for a noun (« accuse la »)
        if not (t.is_lower or t.like_num or t.text[:1].isupper()):
            return None
        last = j
    else:
        return None  # (no end in sight: a clause, not a name)
    while last is not None and last >= i and doc[last].lower_ in _INSIDE:
        last = last - 1 if last > i else None
    if last is None or last < i:
        return None
    return doc[last].idx + len(doc[last].text)


def _closes(t) -> bool:
    """Whether `t` comes after a name: punctuation, a verb, a pronoun, a conjunction, a closing word."""
    return t.is_punct or t.pos_ in ("AUX", "PRON", "SCONJ", "CCONJ") or t.lower_ in _CLOSING or _finite(t)


def _finite(t) -> bool:
    return t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")
