"""Acronyms defined in the text ('Digital Marketing Center (DMC)') as aliases of their expansion."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from .candidates import _word_pattern
from .lexicon import _CAPWORD, _ELISION, _fold, _fold_word, _noise, given_name_gender, person_gender
from .state import DocumentActors, _Candidate


def _acronym_candidates(text: str, known: DocumentActors) -> list[_Candidate]:
    """'Digital Marketing Center (DMC)': the acronym becomes an alias of its expansion.

    The expansion is found as in Schwartz & Hearst (2003), "A simple algorithm for identifying
    abbreviation definitions in biomedical text": the acronym's letters are matched right to left
    against the words before the parenthesis, the first letter at the start of a word, within a
    window of min(|A| + 8, 3|A|) words. Leading lowercase words ("l'association …") are dropped.
    """
    out = []
    for m in re.finditer(r"\((?P<acr>(?:[A-Z][A-Za-z0-9&]{1,9}|[2-9][A-Z][A-Za-z0-9&]{0,8})(?:-[A-Z]{2,5})?)\)", text):
        acr = m.group("acr")
        # (« le Syndicat national des artistes musiciens (SNAM-CGT) »: the part after the hyphen is the
        # confederation the union belongs to, whose initials the name does not spell)
        letters = _letters(acr.split("-")[0])
        window_start = max(0, m.start() - 300)
        before = text[window_start:m.start()].rstrip()
        cut = max(before.rfind(ch) for ch in ".!?;:\n()")
        words = list(re.finditer(r"[\w'-]+", before[cut + 1:]))
        words = words[-min(len(letters) + 8, 3 * len(letters)):]
        bare = [_ELISION.sub("", w.group()) for w in words]
        start = _initials_start(letters, bare)
        if start is None:
            start = _schwartz_hearst(letters, bare)
        if start is None:
            short = _short_expansion(text, m.start(), letters)
            if short is not None:
                end, complement = _complement_after(text, m.end())
                name = f"{short[2]} {complement}".replace(" d' ", " d'") if complement else short[2]
                known.alias[acr] = name
                out.append(_Candidate(short[0], end if complement else short[1], name, "acronym", None, name))
            continue
        offset = window_start + cut + 1
        s = offset + words[start].start()
        while True:  # drop leading lowercase words and elided articles
            el = _ELISION.match(text[s:])
            if el:
                s += el.end()
                continue
            word = re.match(r"[\w-]+\s+", text[s:m.start()])
            if word and word.group()[:1].islower():
                s += word.end()
                continue
            break
        long_form = text[s:offset + len(before[cut + 1:])].strip()
        if not long_form[:1].isupper():
            # "la chambre régionale des comptes (CRC)": a lowercase institution is still its name
            s = offset + words[start].start()
            el = _ELISION.match(text[s:])
            s += el.end() if el else 0
            long_form = text[s:offset + len(before[cut + 1:])].strip()
        # (a comma inside a name only runs an enumeration on, « de la concurrence, de la consommation et
        # …»: « le député de la circonscription, Arnaud Pellerin (LR) » is a party's acronym after a person)
        if any(not _ENUMERATION.match(part) for part in long_form.split(",")[1:]):
            continue
        if _capital_without_initial(long_form, letters):
            continue
        if len(long_form.split()) >= 2 and len(long_form) > len(acr):
            end, complement = _complement_after(text, m.end())
            if complement:
                # the body the name and its complement name together; the acronym stands for it (below)
                long_form = f"{long_form} {complement}".replace(" d' ", " d'")
            known.alias[acr] = long_form
            out.append(_Candidate(s, end if complement else s + len(long_form), long_form, "acronym", None,
                                  long_form))
    out += _expansions_after(text, known)
    out += _initials_elsewhere(text, known)
    for acr, long_form in list(known.alias.items()):
        if acr.replace("-", "").isupper() and long_form != acr:
            for m in _word_pattern(acr).finditer(text):
                out.append(_Candidate(m.start(), m.end(), acr, "acronym", None, long_form))
    return out


#: « (SDJ) d'Altaïr », « (CCI) de Lyon »: a name's complement of place or owner written after the acronym
#: that shortens the name's head.
_COMPLEMENT = re.compile(rf"[ \t\u00a0]+(?P<prep>de[ \t\u00a0]+la|de[ \t\u00a0]+l'|du|des|de|d')[ \t\u00a0]*"
                         rf"(?P<name>{_CAPWORD}(?:[ \t-]+(?:(?:sur|sous|en|lès|de|du|d')[ \t-]*)?{_CAPWORD})*)")


def _complement_after(text: str, paren_end: int) -> tuple[int, Optional[str]]:
    """The complement after an acronym's parenthesis that belongs to the name before it: « La Société des
    journalistes (SDJ) d'Altaïr » is the newsroom society of Altaïr, « la Chambre de commerce et d'industrie
    (CCI) de Lyon » Lyon's. The press puts the acronym right after the words it shortens (the name's head,
    whose initials it spells), and the name's complement of place or owner follows: the body is named by the
    head and its complement together. A person after « de » (a given name and a surname) is
    someone the body belongs to or is led by (« le parti (LR) de Jean Moreau »), not part of its name: left out."""
    m = _COMPLEMENT.match(text, paren_end)
    if m is None:
        return paren_end, None
    name = m.group("name")
    words = name.split()
    # (a given name and a surname are a person; one word alone is a place or a title, « d'Altaïr »,
    # whatever given name it may also be)
    if len(words) >= 2 and given_name_gender(words[0].split("-")[0]) not in ("unknown", "andy"):
        return paren_end, None
    prep = m.group("prep").replace("\u00a0", " ").replace("\t", " ")
    prep = re.sub(r"\s+", " ", prep)
    return m.end(), f"{prep}{name}" if prep.endswith("'") else f"{prep} {name}"


def _capital_without_initial(long_form: str, letters: list[str]) -> bool:
    """Whether a capitalised word after the first gives the acronym no initial (« Le sénateur Jean Moreau
    (LR) »: « Jean » has no letter in LR, so LR is his party, not his name, though Schwartz & Hearst's
    inner-letter match reads L-e … mo-R-eau). Every capitalised word of a name that an acronym shortens
    gives it its initial (« Les Républicains (LR) », « Médecins Sans Frontières (MSF) »)."""
    words = re.findall(r"[\w-]+", _ELISION.sub("", long_form))
    if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and person_gender(long_form):
        return True  # « Pascale Fortin (PCF) »: a given name and a surname are a person, whom no acronym shortens
    # (a capitalised complement after a preposition may give none: « Syndicat … du Biterrois (Sivad) »)
    return any(w[:1].isupper() and _fold(w[0]).lower() not in letters and words[k].lower() not in _links()
               for k, w in enumerate(words[1:]))


@lru_cache(maxsize=None)
def _links() -> frozenset[str]:
    """Prepositions and articles after which a capitalised complement may give an acronym no initial: the lower-case
    words of names and of place names (noise.yml particles, place_particles)."""
    return _noise()[1] | frozenset(resources.load("noise")["place_particles"])


def _letters(acr: str) -> list[str]:
    """The initials an acronym stands for; a leading digit repeats the letter after it (« Syndicat
    santé solidaire (3S) »: s, s, s); other digits stand for no initial (« B2B »: b, b)."""
    out = [_fold(ch).lower() for ch in acr if ch.isalpha()]
    if acr[:1].isdigit() and out:
        out = [out[0]] * (int(acr[0]) - 1) + out
    return out


_ENUMERATION = re.compile(r"\s*(?:de|du|des|d'|et|en|à|pour)\b")
_NAME_BEFORE = re.compile(r"(?:^|[\s(])(?:[Ll]a|[Ll]e|[Ll]es|[Ll]'|[Dd]u|[Dd]es|[Aa]u|[Aa]ux)\s*"
                          r"(?P<name>[A-ZÀ-Þ][\w'’ -]{3,90}?)\s*$")


def _short_expansion(text: str, paren: int, letters: list[str]) -> Optional[tuple[int, int, str]]:
    """« la Direction générale de la concurrence (DGCCRF) »: the press shortens a long official name
    and keeps its full acronym. The name right before the parenthesis is the expansion when its
    content words' initials are the acronym's first letters (at least two)."""
    m = _NAME_BEFORE.search(text[max(0, paren - 100):paren])
    if m is None:
        return None
    name = m.group("name").strip()
    initials = [_fold(w[0]).lower() for w in re.findall(r"[\w-]+", _ELISION.sub("", name))
                if w.lower() not in _noise()[1]]  # (the words of a name that carry no initial)
    if not 2 <= len(initials) < len(letters) or letters[:len(initials)] != initials:
        return None
    start = max(0, paren - 100) + m.start("name")
    return start, start + len(name), name


#: Function words an acronym's initials skip (« Chambre de commerce et d'industrie », CCI).
#: (words as _fold_word folds them: « à » is « a »)
_SKIPPED = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "pour", "sur",
                      "of", "the", "and", "for"})


def _initials_start(letters: list[str], words: list[str]) -> Optional[int]:
    """Index of the word where the expansion starts when the acronym's letters are, in order, the initials of
    the last content words before it (« Chambre de commerce et d'industrie (CCI) »: C-hambre, C-ommerce,
    I-ndustrie), else None. A French sigle is formed on the initials of the name's content words, the articles
    and prepositions left out: this reading comes first, as Schwartz & Hearst's inner-letter match may take a
    letter from inside a word (the second c of CCI from « commerce ») and lose the name's head."""
    li = len(letters) - 1
    for wi in range(len(words) - 1, -1, -1):
        word = _fold_word(words[wi])
        if not word or word in _SKIPPED:
            continue
        if word[0] != letters[li]:
            return None
        li -= 1
        if li < 0:
            return wi
    return None


def _schwartz_hearst(letters: list[str], words: list[str]) -> Optional[int]:
    """Index of the word where the expansion of `letters` starts, or None."""
    chars = [(_fold_word(w), i) for i, w in enumerate(words)]
    li = len(letters) - 1
    wi = len(chars) - 1
    pos = len(chars[wi][0]) - 1 if chars else -1
    while li >= 0 and wi >= 0:
        word, _ = chars[wi]
        found = False
        while pos >= 0:
            first_needed = li == 0
            if word[pos:pos + 1] == letters[li] and (not first_needed or pos == 0):
                found = True
                pos -= 1
                break
            pos -= 1
        if found:
            li -= 1
            if li < 0:
                return wi
            continue
        wi -= 1
        pos = len(chars[wi][0]) - 1 if wi >= 0 else -1
    return None


#: « La LPO (Ligue pour la protection des oiseaux) »: an acronym, then its expansion in brackets.
_ACRONYM_THEN_NAME = re.compile(r"(?<![\w-])(?P<acr>[A-Z]{2,6})\s*\((?P<name>[A-ZÀ-Þ][\w'’ -]{3,90})\)")


def _expansions_after(text: str, known: DocumentActors) -> list[_Candidate]:
    """The press also gives an acronym first and its expansion after it, in brackets (« la LPO (Ligue pour
    la protection des oiseaux) »): the bracketed name is the expansion when the acronym's letters are initials
    of its words, from its first word to its last (`_spells`)."""
    out = []
    for m in _ACRONYM_THEN_NAME.finditer(text):
        acr, name = m.group("acr"), m.group("name").strip()
        if acr in known.alias or not _spells(_letters(acr), name):
            continue
        known.alias[acr] = name
        out.append(_Candidate(m.start("name"), m.start("name") + len(name), name, "acronym", None, name))
    return out


def _spells(letters: list[str], name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, in order, from its first word to its
    last (« Ligue pour la protection des oiseaux »: L, P, O; a preposition may give a letter or none)."""
    initials = [_fold(w[0]).lower() for w in re.findall(r"[\w-]+", _ELISION.sub("", name))]
    if len(letters) < 2 or not initials or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(any(ch == i for i in rest) for ch in letters[1:-1])


def _initials_elsewhere(text: str, known: DocumentActors) -> list[_Candidate]:
    """« Soizic Morvan, conseillère municipale (PS) » after « le Parti socialiste »: a party or union in
    brackets after a person, spelled out elsewhere in the article, shortens the one name whose words'
    initials it spells (« Parti socialiste », PS), when one and only one name does."""
    out = []
    noise = _noise()[0]
    acronyms = sorted({m.group(1) for m in re.finditer(r"\(([A-Z]{2,5})\)", text)} - set(known.alias))
    words = [(w.group(), w.start(), w.end()) for w in re.finditer(r"[\w'’-]+", text)] if acronyms else []
    for acr in acronyms:
        letters = _letters(acr)
        found = set()
        for i in range(len(words)):
            first = words[i][0]
            if not first[:1].isupper() or _fold(first[0]).lower() != letters[0] or first.lower() in noise \
                    or given_name_gender(first) not in ("unknown", "andy"):
                continue
            taken, j = 1, i + 1
            while taken < len(letters) and j < len(words) and j - i <= 2 * len(letters):
                w = words[j][0]
                if text[words[j - 1][2]:words[j][1]].strip():
                    break  # (punctuation between: no longer one name)
                if w.lower() in _noise()[1]:
                    j += 1
                    continue
                if _fold(w[0]).lower() != letters[taken]:
                    break
                taken, j = taken + 1, j + 1
            if taken < len(letters):
                continue
            before = text[max(0, words[i][1] - 20):words[i][1]].rstrip(" \t\u00a0«\"")
            # (a capital after a stop only opens a sentence; a given name inside makes a person's name)
            if (before and before[-1] not in ".!?:\n"
                    and not any(given_name_gender(w[0]) not in ("unknown", "andy") for w in words[i:j])):
                found.add((words[i][1], words[j - 1][2]))
        names = {text[s:e] for s, e in found}
        if len(names) != 1:
            continue
        name = names.pop()
        known.alias[acr] = name
        out += [_Candidate(s, e, name, "acronym", None, name) for s, e in found]
    return out
