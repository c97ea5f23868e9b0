"""The incise: a speech verb with its inverted subject, inside a quotation or right after it.

Notes:
    French press names the speaker of a quotation in an incise, a short clause with a verb of
    saying and an inverted subject, set off by commas inside the quotation marks (« Ce chantier,
    on l'attend depuis dix ans, soupire-t-elle. Personne ne nous a écoutés. ») or after them
    (« … », a lancé le maire). Grevisse (Le Bon usage, §374) lists the construction; any verb of
    saying or of the manner of saying can head it, which is why the incise lexicon is wider than
    the verbs that introduce reported speech. English uses the same clause without inversion
    (", she said."). The incise is not part of the quoted words: the quotation is cut around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import resources

# The inverted subject: a name, a determiner-led phrase or a title, up to the next punctuation; a
# civility abbreviated with a full stop opens it (« a répondu M. Ortega », « Dr. Lin said »).
_CIVILITY = r"(?:(?:M|MM|Mgr|Dr|Pr|Mr|Mrs|Ms|St)\.\s+)"
_SUBJECT = (rf"(?:{_CIVILITY}?[A-ZÀ-Þ]|l'|le\s|la\s|les\s|un\s|une\s|des\s|son\s|sa\s|ses\s|leur\s|cette\s|ce\s)"
            r"[^,.;:!?«»“”\"()]{0,70}?")
_PRONOUN = r"(?:il|elle|ils|elles|on)"
# A role subject with its name in apposition, closing the incise's sentence (« tonne son PDG,
# Bertrand Lhomme. »): the name belongs to the incise, not to the words quoted after it; so does
# a named subject's role (« …, explique Julie Mercier, trésorière du club. Les caisses sont vides. »).
_NAMED = rf"{_CIVILITY}?[A-ZÀ-Þ][^,.;:!?«»“”\"()]{{0,70}}?"
# (_APPOSED and _ROLE_APPOSED are optional groups: "[:-1]" drops their "?" to join them as alternatives)
# (a hyphenated role, « porte-parole », but never the next incise's verb, « soupire-t-elle »)
_ROLE_APPOSED = r"(?:,\s+(?![a-zà-ÿ]+-(?:t-)?(?:il|elle|ils|elles|on)\b)[a-zà-ÿ][a-zà-ÿ'’-]*(?:\s+[\w'’-]+){0,5}(?=\s*[.;!?…]))?"
# An inverted pronoun is an incise whatever follows it; a short adverbial may close it (« a-t-il
# balayé avant l'entraînement. »).
_PREPOSITIONS = r"(?:avant|après|lors|devant|dans|en|au|aux|à|sous|pendant|depuis|sur|chez)"
# (a day may come first: « a-t-il lancé lundi en conseil municipal. »)
_WHEN = (r"(?:\s+(?:" + "|".join(resources.load("months")["weekdays"]["fr"] + ["hier", "aujourd'hui"])
         + r")(?:\s+(?:matin|midi|soir))?)?")
_ADVERBIAL = rf"{_WHEN}(?:\s+{_PREPOSITIONS}\b[^,.;:!?«»“”\"]{{0,40}})?"
# The speaker's mood in apposition, closing the sentence (« a-t-elle lâché, amère, à la sortie. »):
# one or two words that open no clause of their own (no determiner, pronoun or conjunction: in
# « lâche-t-il, on ne reviendra pas. » the quotation goes on).
_CLAUSE_WORD = (r"(?:je|j'|tu|il|elle|on|nous|vous|ils|elles|c'|ce|ça|cela|ne|n'|et|mais|car|donc|puis|que|qu'|"
                r"qui|si|le|la|les|l'|un|une|des|du|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|"
                r"leurs|ces|cette|cet|pas|plus|tout|tous|rien|y|en)")
_MOOD = (rf"(?:,\s+(?!{_CLAUSE_WORD}(?![\w'’]))[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?"
         rf"(?:,?\s+{_PREPOSITIONS}\b[^,.;:!?«»“”\"]{{0,40}})?(?=\s*[.;!?…]))?")
_APPOSED = (r"(?:,\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}"
            # (and the named person's own role after it: « s'indigne sa présidente, Martine Goudard,
            # institutrice retraitée. »; not words opening a clause or an adverbial, « , tout reste à
            # faire. », « , sans attendre la décision. »: the quotation goes on)
            rf"(?:(?:,\s+(?!(?:{_CLAUSE_WORD}|{_PREPOSITIONS}|sans|pour|avec)(?![\w'’]))"
            r"[a-zà-ÿ][\w'’-]*(?:\s+[\w'’-]+){0,5})?(?=\s*[.;!?…])"
            # (or where the words were said: « a rappelé sa fondatrice, X, au micro de France Bleu. »)
            rf"|,\s+{_PREPOSITIONS}\b[^,.;:!?«»“”\"]{{0,60}}(?=\s*[.;!?…])"
            # (or the name alone before the quotation goes on: « prévient son président, Jean Moulin, tout
            # reste à faire. »)
            r"|(?=\s*,)))?")
# The outlet the words were said to may stand between the verb and its inverted subject (« a affirmé
# au Progrès la porte-parole de l'opérateur, Inès Duval »).
# (« auprès de » names it too, « s'est réjoui auprès de l'AFP X »; a one-word outlet may stand before a
# name, « a indiqué à l'AFP Sandrine Poulain », where a longer one would leave the two names one run)
_ADDRESSEE = (r"(?:(?:à|au|aux|auprès\s+(?:de\s+|d'|du\s+|des\s+))\s*(?:l'|la\s+|le\s+)?"
              r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}\s+(?=[a-zà-ÿ])|[A-ZÀ-Þ][\w'’-]*\s+(?=[A-ZÀ-Þ])))?")
# Where or when the words were said, after a named subject (« a expliqué X lors d'une conférence de
# presse expédiée en huit minutes. »): not the subject's words, and longer than a name allows.
_SETTING = rf"(?:\s+{_PREPOSITIONS}\b[^,.;:!?«»“”\"]{{0,60}}(?=\s*[.;!?…]))?"
# An adverb of manner or time inside the incise (« a sobrement réagi X », « réplique sèchement X », « a aussitôt
# répondu X », « rétorque-t-il sèchement »): it modifies the verb of saying, the subject still follows (Grevisse,
# Le Bon usage §374: the incise keeps the verb's complements and adverbs). An -ment adverb is one word that ends so
# with no article before it.
_ADVERB_WORD = r"(?:[a-zà-ÿ]{3,}ment|aussitôt|immédiatement|encore|alors|déjà|aujourd'hui|simplement|ensuite|enfin)"
# (and the asides that set the speaker against others, between the auxiliary and the participle:
# « », a pour sa part déclaré un porte-parole », « a de son côté indiqué X »; speech_verbs.yml asides,
# not the bare stressed pronouns, which stand after a subject, not inside a verb)
_ASIDES = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
    (w for w in resources.load("speech_verbs")["fr"]["asides"] if " " in w or w[:3] not in ("lui", "ell", "eux")),
    key=len, reverse=True))
_MANNER = rf"(?:(?:{_ADVERB_WORD}|{_ASIDES})\s+)?"
# « », fait savoir la direction », « », a fait valoir X »: « faire » and its infinitive say the words as one verb
_MADE_KNOWN = r"(?:fait|font|faisait|faisaient|fera)\s+(?:savoir|valoir)"
_MANNER_AFTER = rf"(?:\s+{_ADVERB_WORD}(?=\s*[,.;:!?…]|\s+{_PREPOSITIONS}\b))?"
# After an exclamation or a question mark the incise follows with no comma, in lower case (« Vous
# mentez ! lance-t-il. », « « Qui va payer ? » s'interroge X »: Grevisse, Le Bon usage §374 and
# the Lexique des règles typographiques en usage à l'Imprimerie nationale).
# (the one the words answer may stand before the verb as a dative clitic: « », lui a répondu l'écrivain »,
# « », leur lance-t-elle »: Grevisse, Le Bon usage §374, the incise keeps the verb's complements)
_FRENCH_BODY = (
    r"(?:(?:lui|leur)\s+)?(?:"
    rf"(?P<aux>a|avait|ont|avaient|aura)-(?:t-)?(?P<pron_aux>{_PRONOUN})\s+{_MANNER}(?P<verb_aux>[a-zà-ÿ']+){_MANNER_AFTER}{_ADVERBIAL}{_MOOD}"
    rf"|(?P<verb_inv>(?:s'|se\s+)?[a-zà-ÿ]+)(?:-t-|-)(?P<pron>{_PRONOUN})(?P<inv_made>\s+(?:savoir|valoir))?{_MANNER_AFTER}{_ADVERBIAL}{_MOOD}"
    # (a pronominal verb in a compound tense: « s'est-il félicité », « s'est réjouie X »)
    rf"|(?P<refl_aux>s'|se\s+)(?:est|sont|était|étaient)-(?:t-)?(?P<pron_refl>{_PRONOUN})\s+{_MANNER}(?P<verb_refl>[a-zà-ÿ]+){_MANNER_AFTER}{_ADVERBIAL}{_MOOD}"
    rf"|(?:(?:a|avait|ont|avaient)\s+{_MANNER}|(?P<refl_subj>s'est|se\s+sont|s'était|s'étaient)\s+{_MANNER})?(?P<verb_subj>{_MADE_KNOWN}|(?:s'|se\s+)?[a-zà-ÿ]+)\s+{_MANNER}{_ADDRESSEE}(?P<subject>(?P<named>{_NAMED}{_ROLE_APPOSED})|{_SUBJECT}(?:{_APPOSED[:-1]}|{_ROLE_APPOSED[:-1]})?)"
    # (where the words were said, after a name only: « le maire de Bourg en Bresse » is one subject)
    rf"(?(named){_SETTING})"
    r")\s*(?=[,.;:!?…]|$)"
)
_FRENCH = re.compile(r"(?:,|(?<=[!?]))\s+" + _FRENCH_BODY)
#: The incise right after a closing mark that follows « ! » or « ? » (no comma).
_FRENCH_BARE = re.compile(_FRENCH_BODY)
#: A quotation ending on an exclamation or a question mark, before its closing mark.
_BANG_END = re.compile(r"[!?][\s\u00a0\u202f]*[»”\"][\s\u00a0\u202f]*$")
_ENGLISH = re.compile(
    r",\s+(?:"
    r"(?P<pron>he|she|they)\s+(?P<verb_inv>[a-z]+)"
    rf"|(?P<subject>(?:{_CIVILITY}?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}}|the\s+[a-z]+(?:\s+[a-z]+)?|a\s+[a-z]+(?:\s+[a-z]+){{0,3}}))"
    r"\s+(?P<verb_subj>[a-z]+)(?:\s+(?:reporters|journalists|us|me))?"
    rf"|(?P<verb_aux>said|added|told\s+\w+)\s+(?P<subject_after>{_CIVILITY}?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}})"
    r")\s*(?=[,.;:!?…]|$)"
)
_CLOSING = re.compile(r"[\s»”\"]*")


@dataclass(frozen=True)
class Incise:
    """An incise found at document offsets [start, end): its verb and who it names."""

    start: int  # the comma that opens it
    end: int  # the end of its last word
    verb: str
    pronoun: Optional[str] = None  # il, elle, ils, elles, on, he, she, they
    subject: Optional[tuple[int, int]] = None  # the inverted subject's words


def incise_inside(text: str, start: int, end: int, lang: str = "fr") -> Optional[Incise]:
    """The first incise between the quotation marks of text[start:end], if any."""
    pattern = _ENGLISH if lang == "en" else _FRENCH
    for m in pattern.finditer(text, start, end):
        found = _incise(m)
        if found is not None and found.start > start:
            return found
    return None


def incise_after(text: str, end: int, limit: int, lang: str = "fr") -> Optional[Incise]:
    """The incise that follows a closing quotation mark at `end` (« … », glisse-t-il), if any."""
    pos = _CLOSING.match(text, end, limit).end()
    patterns = (_ENGLISH, _FRENCH) if lang == "en" else (_FRENCH, _ENGLISH)
    if _BANG_END.search(text, max(0, end - 3), pos):
        patterns += (_FRENCH_BARE,)
    for pattern in patterns:
        m = pattern.match(text, pos, limit) or pattern.match(text, pos, _clause_end(text, pos, limit))
        # (a transitive verb of saying is an incise right after a closing mark only: « », prédit X »)
        found = _incise(m, after=bool(_MARK.search(text, end, pos))) if m else None
        if found is not None:
            return found
    return None


#: A closing quotation mark (between a quotation's end and its incise).
_MARK = re.compile(r"[»”\"]")
#: The word that ends an incise's clause.
_CLAUSE_STOP = re.compile(r"\s+(?:sous|devant|dans|lors|avant|après|en|avec|à|au|aux|pendant|depuis|"
                          r"on|in|at|after)\b")


def _clause_end(text: str, pos: int, limit: int) -> int:
    # "», a lancé le maire sous les applaudissements": the incise ends with its clause
    m = _CLAUSE_STOP.search(text, pos, limit)
    return m.start() if m else limit


def _incise(m: re.Match, after: bool = False) -> Optional[Incise]:
    groups = m.groupdict()
    verb = groups.get("verb_aux") or groups.get("verb_inv") or groups.get("verb_subj")
    pronoun = groups.get("pron_aux") or groups.get("pron") or groups.get("pron_refl")
    verb = verb or groups.get("verb_refl")
    form = re.sub(r"^\w+\s+", "faire ", verb) if re.fullmatch(_MADE_KNOWN, verb) else verb
    if groups.get("inv_made"):
        if not re.fullmatch(r"fait|font|faisait|faisaient|fera", verb):
            return None
        form = "faire " + groups["inv_made"].strip()  # « fait-elle savoir »
    if groups.get("verb_refl") or groups.get("refl_subj"):
        # the lexicon's pronominal verb (« se féliciter »), the participle agreeing with the subject of
        # « être » (« s'est réjouie », « se sont dits »); the cue keeps the participle
        form = "se " + re.sub(r"(?<=[éiut])(?:es|e|s)$", "", verb)
    if not verb or not (is_incise_verb(form) or (pronoun or after) and infinitives(form) & _pronoun_verbs()):
        return None
    name = "subject" if groups.get("subject") else ("subject_after" if groups.get("subject_after") else None)
    subject = (m.start(name), m.end(name)) if name else None
    return Incise(m.start(), m.end(), verb, pronoun, subject)


@lru_cache(maxsize=None)
def _verbs() -> frozenset[str]:
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for key in ("incise", "verbs") for w in data[lang][key])


@lru_cache(maxsize=None)
def _pronoun_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("speech_verbs")["fr"]["incise_with_pronoun"])


@lru_cache(maxsize=None)
def _governors() -> frozenset[str]:
    data = resources.load("speech_verbs")
    return frozenset(w.lower() for lang in ("fr", "en") for key in ("governors", "blame_governors")
                     for w in data[lang].get(key, []) if " " not in w)


@lru_cache(maxsize=None)
def _blamers() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("speech_verbs")["fr"].get("blame_governors", []))


@lru_cache(maxsize=4096)
def is_blaming(form: str) -> bool:
    """Whether an inflected form (« accuse », « reprochant ») is a verb of blame (speech_verbs.yml blame_governors)."""
    return bool((infinitives(form) | _present_participle(form)) & _blamers())


@lru_cache(maxsize=4096)
def is_governor(form: str) -> bool:
    """Whether an inflected form ("juge", "qualifiant", "défendu") is a verb that governs a short quotation."""
    form = _ELIDED_CLITIC.sub("", form)  # (« l'accusant d'avoir « … » »: the verb after its elided object)
    return bool((infinitives(form) | _present_participle(form)) & _governors())


#: An elided object or reflexive clitic written onto the verb (« l'accusant », « s'estimant », « m'a »).
_ELIDED_CLITIC = re.compile(r"^(?:[lmts]|qu)['’]", re.IGNORECASE)


#: Endings of a present participle and of its infinitive (« jugeant », « dénonçant », « décrivant », « qualifiant »).
_PRESENT_PARTICIPLE = (("geant", "ger"), ("çant", "cer"), ("isant", "ire"), ("ivant", "ire"), ("ettant", "ettre"),
                       ("ant", "er"))


def _present_participle(form: str) -> set[str]:
    # the present participle keeps the verb's complements (« la jugeant « opportuniste » »), and its
    # subject is the clause's
    w = form.lower()
    return {w[: -len(ending)] + infinitive for ending, infinitive in _PRESENT_PARTICIPLE if w.endswith(ending)}


def is_incise_verb(form: str) -> bool:
    """Whether an inflected form ("soupire", "lancé", "s'agace", "reconnaît", "said") heads an incise."""
    return bool(infinitives(form) & _verbs())


@lru_cache(maxsize=4096)
def infinitives(form: str) -> frozenset[str]:
    """The infinitives a French verb form may come from, by its ending; English forms as they are.

    A handful of ending rules cover the verbs of saying (first group -er, -ire, -dre, -aître,
    -ettre); the lexicon decides which candidate is a verb at all.
    """
    w = form.lower().replace("’", "'")
    reflexive = re.match(r"s'|se\s+", w)
    stem = w[reflexive.end():] if reflexive else w
    out = {stem}
    rules = (("e", "er"), ("é", "er"), ("it", "ire"), ("it", "ir"), ("ut", "ure"), ("aît", "aître"), ("nu", "naître"),
             ("et", "ettre"), ("is", "ettre"), ("ond", "ondre"), ("end", "endre"), ("u", "re"), ("u", "ure"),
             ("i", "ire"), ("i", "re"), ("i", "ir"), ("uit", "uivre"), ("ent", "er"), ("ait", "er"),
             # « prévient », « soutenu » (-enir); « balaie » (-ayer); « appelle », « rejette » (-eler, -eter)
             ("ient", "enir"), ("enu", "enir"), ("aie", "ayer"), ("elle", "eler"), ("ette", "eter"),
             # « craint », « se plaint » (-aindre)
             ("aint", "aindre"),
             # the imperfect of the press's narrative incises (« écrivait-elle », « disait-il », « lançait X »,
             # « annonçait le maire »): -ivait/-isait of -ire verbs, -çait/-geait of -cer/-ger ones, and
             # « interrompt » (-ompre)
             ("ivait", "ire"), ("isait", "ire"), ("çait", "cer"), ("geait", "ger"), ("ompt", "ompre"),
             # « dément » (-entir)
             ("ent", "entir"))
    # a past participle agreeing in gender and number (« accusée », « jugés », « réjouie », « dite », « reconnue »:
    # Grevisse, Le Bon usage, on the participle's agreement) is read as its masculine singular
    agreed = re.match(r"(.+(?:é|i|it|is|u))(?:e|es|s)$", stem)
    stems = [stem] + ([agreed.group(1)] if agreed else [])
    for base in stems:
        out.add(base)
        for ending, infinitive in rules:
            if base.endswith(ending):
                out.add(base[: -len(ending)] + infinitive)
    # "tempère" → "tempérer"; "martèle" → "marteler"
    out |= {re.sub(r"è(?=[^aeiouéè]+er$)", v, c) for c in out for v in ("é", "e")}
    if reflexive:
        return frozenset("s'" + c if c[:1] in "aeiouéèêh" else "se " + c for c in out)
    return frozenset(out)
