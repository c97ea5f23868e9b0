"""Role phrases ('le milliardaire', 'son actuel PDG') resolved to the actor they describe."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.patterns import word_alternation
from ...types import Mention, Sentence
from ..spans import MentionIndex
from .lexicon import POSSESSIVES, _CAPWORD, _fold_word, _titles, person_gender, unnamed_heads, unnamed_spokespeople


#: Preposition and article in one word (« du maire », « au préfet »): masculine, and not part of the mention.
_CONTRACTED = ("du", "au")


@lru_cache(maxsize=None)
def _role_pattern() -> tuple[re.Pattern, frozenset[str], frozenset[str], re.Pattern]:
    data = resources.load("roles")
    person = {w.lower() for lang in data.values() if isinstance(lang, dict) for w in lang.get("person", [])}
    org = {w.lower() for lang in data.values() if isinstance(lang, dict) for w in lang.get("org", [])}
    words = word_alternation(person | org)  # (a tree of letters: the pattern is tried at every article of every sentence)
    adjectives = _longest_first(PRE_ADJECTIVES)
    qualifiers = _longest_first("américain américaine français française européen européenne exécutif exécutive "
                                "général générale adjoint adjointe délégué déléguée gérant gérante financier "
                                "financière commercial commerciale technique juridique opérationnel "
                                "opérationnelle national nationale régional régionale sportif sportive "
                                "artistique scientifique médical médicale")
    body = (rf"(?:{adjectives}\s+)?(?P<role>(?i:{words}))(?![\w-])"
            rf"(?:\s+(?:{adjectives}|{qualifiers}|{_ADJECTIVE}))?(?![\w-])"
            rf"(?:(?P<prep>\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d'|of\s+the\s+|of\s+))"
            rf"(?P<obj>{_CAPWORD}(?:\s+(?:&\s+)?{_CAPWORD})*|[a-zà-ÿ-]{{3,}}(?:\s+[a-zà-ÿ-]{{3,}})?(?=\s*,)))?")
    pattern = re.compile(
        rf"(?<![\w'])(?P<det>[Ll]e|[Ll]a|[Ll]'|[Ss]on|[Ss]a|[Ll]eur|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Dd]u|[Aa]u)\s*{body}")
    # « Thierry Vasselin, propriétaire et président du NSFC depuis 2021 »: roles apposed to a name
    # with no determiner, one or two coordinated
    bare = re.compile(rf"(?:\s*,|\s+(?:et|and))\s*(?P<det>){body}")
    return pattern, frozenset(person), frozenset(org), bare


#: Adjectives that stand before a role or a description of a person (« son actuel PDG », « le jeune coureur »).
PRE_ADJECTIVES = ("actuel actuelle ancien ancienne nouveau nouvel nouvelle jeune puissant puissante autre richissime "
                  "célèbre fantasque current former new outgoing controversial")


_PRE_WORDS = frozenset(PRE_ADJECTIVES.split())
#: A role's own complement (« son directeur de cabinet », « sa directrice d'exploitation »): another post.
_OWN_COMPLEMENT = re.compile(r"\s+(?:de|d'|d’|du|des)\b", re.IGNORECASE)

# A lowercase word with a French adjective ending ("sortant", "financier"): a role's qualifier.
_ADJECTIVE = r"[a-zà-ÿ]{3,}(?:ant|ante|ien|ienne|al|ale|el|elle|if|ive|ier|ière|é|ée|aire|ique|ain|aine|ais|aise|ois|oise)"


def _longest_first(words: str) -> str:
    return "(?:" + "|".join(sorted(words.split(), key=len, reverse=True)) + ")"


def _role_mentions(doc_id: str, text: str, sentences: list[Sentence], starts: list[int],
                   mentions: list[Mention]) -> list[Mention]:
    """Role phrases ("le milliardaire", "son actuel PDG") resolved to the actor they describe."""
    pattern, person_roles, org_roles, bare = _role_pattern()
    by_start = MentionIndex(mentions)
    # A role once apposed to a name ("La patronne de Voltéa, Claire Marchand") keeps naming them,
    # even before the apposition (a headline's "le maire sortant").
    said: list[tuple[int, str, Mention]] = []  # (where, role key, holder): the first saying wins
    owned_later: set[int] = set()  # holders named by a possessive role phrase (« Son directeur, X, »)
    for x in mentions:
        if x.method == "coref":
            continue
        m, first = bare.match(text, x.end), True
        while m is not None and (first or not m.group().lstrip().startswith(",")):
            role = m.group("role").lower()
            if x.actor_type == "person" or role not in person_roles or role in org_roles:
                said += [(x.start, key, x) for key in _bare_keys(text, m)]
            m, first = bare.match(text, m.end()), False  # « propriétaire et président du NSFC »
    found = [list(pattern.finditer(sent.text)) for sent in sentences]  # read twice below: searched once
    for sent, matches in zip(sentences, found):
        for m in matches:
            s, e = sent.start + m.start(), _object_end(m, sent.start, by_start)
            role = m.group("role").lower()
            person_only = role in person_roles and role not in org_roles
            target, _ = _apposed(text, s, e, by_start, person_only, role in org_roles and role not in person_roles)
            if target is not None:
                said += [(s, key, target) for key in _role_keys(text, m, s, e)]
                if m.group("det").lower() in POSSESSIVES:
                    owned_later.add(target.start)
    memory: dict[str, Mention] = {}
    for _, key, holder in sorted(said, key=lambda item: item[0]):
        memory.setdefault(key, holder)
    out = []
    for sent, matches in zip(sentences, found):
        if sent.block not in ("body", "heading", "embed"):
            continue
        for m in matches:
            s, e = sent.start + m.start(), _object_end(m, sent.start, by_start)
            if m.group("det").lower() in _CONTRACTED:
                # « l'entourage du préfet », « la décision du maire »: the role without the preposition
                s = sent.start + m.end("det")
                while text[s].isspace():
                    s += 1
            if any(not (s <= x.start and x.end <= e) for x in by_start.overlapping(s, e)):
                continue  # crosses an existing mention
            key = _fold_word(text[s + (0 if m.group("det").lower() in _CONTRACTED else len(m.group("det"))):e])
            role = m.group("role").lower()
            person_only = role in person_roles and role not in org_roles
            target, comma = _apposed(text, s, e, by_start, person_only, role in org_roles and role not in person_roles)
            if target is None and _describes_name(text, e, by_start):
                continue  # « le producteur Tempo Live »: the role word describes the name that follows
            if target is not None:
                memory[key] = target
                if not comma:
                    continue  # "le diffuseur Diffusport": a title inside the name's phrase
            if target is None:
                # a role with a named object (« le club de Brissac ») is that object's: its full key only
                # (« le président de la coopérative » may be the president named before)
                keys = _role_keys(text, m, s, e)
                if m.group("obj") and m.group("obj")[:1].isupper():
                    keys = [keys[0], _FORMER.sub("", keys[0])]  # (« l'ancien maire de X » is « le maire de X »)
                # (a possessive takes up the owner just named: « Le Quai des Arts a annulé … Son directeur
                # invoque … » is not the one a later « Son directeur, X, » names for another body; a later
                # « le président du FC Lorient, X, » still names who « Son président » was)
                later = m.group("det").lower() in POSSESSIVES
                target = next((memory[k] for k in keys if k in memory and not (
                    later and memory[k].start > s and memory[k].start in owned_later)), None)
            if target is None and role in person_roles and not m.group("obj"):
                # « le technicien » after « l'entraîneur X »: the person a synonym of the role named;
                # « l'ancien élu » after « X, maire de Y »: the one person a role it covers named
                gender = _role_gender(m, person_roles)
                synonyms = _holders(_synonyms().get(role, ()), memory, gender)
                covered = _holders(_covered().get(role, ()), memory, gender)
                target = synonyms[0] if synonyms else covered[0] if len(covered) == 1 else None
            owned = m.group("det").lower() in POSSESSIVES
            # « Son directeur invoque … » opening its sentence, never named: the head of the body the possessive
            # takes up, who speaks for it (not whoever was called « le directeur artistique » of another, nor
            # the last person named); « a égratigné son ancien président », « Sa nouvelle présidente » (just
            # appointed) stay persons
            body_head = owned and role in unnamed_heads() and not text[sent.start:s].strip() \
                and not set(m.group(0).lower().split()) & _PRE_WORDS and not _OWN_COMPLEMENT.match(text, e)
            if target is None and role in person_roles and not m.group("obj") and len(role) >= 7 and not body_head:
                # « le syndicaliste » after « le président du syndicat, X »: the one person a role phrase
                # of the same stem named, before recency
                # (of the role's gender: « la directrice » is not « le directeur général, X »)
                gender = _role_gender(m, person_roles)
                # (the stem of the role's noun, not of a rank before it: « le Premier ministre » is no kin of « son
                # premier secrétaire, X »)
                stem = _role_noun(role)[:6]
                kin = {memory[k].actor: memory[k] for k in memory if stem in k and k != key
                       and (not gender or person_gender(memory[k].actor) in (gender, ""))}
                target = next(iter(kin.values())) if len(kin) == 1 else None
            if target is None and m.group("role").lower() in person_roles and not m.group("obj") and not (
                    owned and m.group("role").lower() in unnamed_spokespeople() or body_head):
                # "le PDG de Fabrika" names a role someone holds, not the last person named:
                # only a bare role ("le milliardaire") refers back by recency. « Sa porte-parole » after
                # « Le Collectif des riverains a porté plainte » is the collective's unnamed voice (the press
                # names a spokesperson where it introduces one): no earlier person unless a role phrase
                # named them so (the keys above)
                target = _recent_person(by_start, s, sent, sentences, e, _role_gender(m, person_roles),
                                        other_function=_other_function(role, memory),
                                        # (opening its sentence: the owner is then the person just named)
                                        possessive=owned
                                        and m.group("role").lower() in _relational_roles()
                                        and not text[sent.start:s].strip(),
                                        quoted=_quoted_before(text, s))
                if target is not None and not owned and m.group("det").lower() in ("le", "la", "l'", "l’"):
                    # the press keeps one description for one person (« la chercheuse accuse … La
                    # chercheuse ne manque pas de soutiens … proposé à la chercheuse »): later uses of the
                    # same bare role take up the same person, whoever was named in between
                    memory.setdefault(key, target)
            if target is None:
                continue
            out.append(Mention(doc_id, sent.sent_id, s, e, text[s:e], target.actor, target.actor_type, "coref"))
    out += _designated(doc_id, text, sentences, by_start, memory)
    out += demonym_designations(doc_id, text, sentences, by_start)
    return out


#: « le Choletais », « la Quimpéroise », « l'Américain »: a capitalised demonym noun with its definite article
#: (endings as entities.DEMONYM_ENDINGS), no name after it (« le Breton Yann Le Goff » is a title before a name).
_DEMONYM_NOUN = re.compile(r"(?<![\w'’])(?P<det>[Ll]e|[Ll]a|[Ll]['’])\s*(?P<word>[A-ZÀ-Þ][a-zà-ÿ-]+"
                           r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine))(?![\w-])(?!\s+[A-ZÀ-Þ])")
_FEMININE_DEMONYM = ("aise", "oise", "ienne", "éenne", "aine")


def demonym_designations(doc_id: str, text: str, sentences: list[Sentence], mentions: MentionIndex) -> list[Mention]:
    """A demonym noun designating a person the text named before (« Bernard Quéré, éleveur … Le Choletais,
    installé ici depuis quarante ans, … », « La Quimpéroise propose … »): the press calls a person by where
    they come from once it has named them, as by a bare role; French writes the demonym noun with a capital
    and its adjective in lower case (« un Choletais », « un éleveur choletais »), so the capital tells the
    noun. The person is the one a bare role would take up (`_recent_person`), of the article's gender.

    Not a place that ends like a demonym (« l'Ukraine », « la Lorraine »): a word the document also puts
    after « en », « de », « à » is a place; not a news outlet (« Le Parisien »)."""
    from .lexicon import is_outlet

    out = []
    for sent in sentences:
        if sent.block not in ("body", "heading", "embed"):
            continue
        for m in _DEMONYM_NOUN.finditer(sent.text):
            word, det = m.group("word"), m.group("det")
            if is_outlet(f"{det} {word}") or re.search(rf"(?<![\w'’])(?:en|de|d['’]|à|au|du)\s*{re.escape(word)}(?![\w-])",
                                                       text, re.IGNORECASE):
                continue
            s, e = sent.start + m.start(), sent.start + m.end()
            if any(x.text != word for x in mentions.overlapping(s, e)):
                continue  # part of a longer name, or a name of its own
            elided = det[-1] in "'’"
            gender = "f" if det.lower() == "la" or elided and word.endswith(_FEMININE_DEMONYM) else "m"
            target = _recent_person(mentions, s, sent, sentences, e, gender)
            if target is not None:
                out.append(Mention(doc_id, sent.sent_id, s, e, text[s:e], target.actor, target.actor_type, "coref"))
    return out


def _designated(doc_id: str, text: str, sentences: list[Sentence], mentions: MentionIndex,
                memory: dict[str, Mention]) -> list[Mention]:
    """Periphrases the law gives a post (roles.yml designations: « le représentant de l'État » is the prefect,
    Constitution of 1958, art. 72) taking up the one person a role phrase of that post named."""
    out = []
    for phrase, posts in _designations().items():
        pattern = re.compile(rf"(?<![\w'’])(?:(?P<det>[Ll]e|[Ll]a)\s+|(?:[Dd]u|[Aa]u)\s+){phrase}(?![\w-])")
        holders = _holders([_fold_word(w) for w in posts], memory, "")
        if len(holders) != 1:
            continue  # (two prefects named: which one the phrase stands for is not said)
        for sent in sentences:
            if sent.block not in ("body", "heading", "embed"):
                continue
            for m in pattern.finditer(sent.text):
                s = sent.start + (m.start() if m.group("det") else m.start() + 3)
                e = sent.start + m.end()
                if any(not (s <= x.start and x.end <= e) for x in mentions.overlapping(s, e)):
                    continue
                out.append(Mention(doc_id, sent.sent_id, s, e, text[s:e], holders[0].actor, holders[0].actor_type,
                                   "coref"))
    return out


def is_demonym_designation(words: str) -> bool:
    """Whether `words` are a demonym noun with its article (« Le Choletais »), as `demonym_designations` reads them."""
    return _DEMONYM_NOUN.fullmatch(words) is not None


def is_designation(words: str) -> bool:
    """Whether `words` are one of the periphrases of roles.yml designations, with its determiner."""
    return any(re.fullmatch(rf"(?:[Ll]e|[Ll]a)\s+{phrase}", words) for phrase in _designations())


@lru_cache(maxsize=None)
def _designations() -> dict[str, tuple[str, ...]]:
    """A periphrasis (as a pattern, « l'État » with either apostrophe) → the posts it designates."""
    return {re.escape(phrase).replace("'", "['’]").replace(r"\ ", " ").replace(" ", r"\s+"): tuple(posts)
            for phrase, posts in resources.load("roles").get("designations", {}).items()}


def _object_end(m: re.Match, base: int, mentions: MentionIndex) -> int:
    """Where a role phrase ends: the end of its match, or of the name its object opens when that name
    runs on past the capitalised words the pattern reads (« le directeur général d'Aéroports du Sud »)."""
    end = base + m.end()
    if m.group("obj") and m.group("obj")[:1].isupper():
        start = base + m.start("obj")
        end = max([x.end for x in mentions.overlapping(start, end) if x.start == start and x.end > end], default=end)
    return end


@lru_cache(maxsize=None)
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Role word → the folded keys of its synonyms (roles.yml synonyms)."""
    out: dict[str, tuple[str, ...]] = {}
    for group in resources.load("roles").get("synonyms", []):
        for word in group:
            out[word.lower()] = tuple(_fold_word(w) for w in group if w != word)
    return out


def _holders(keys, memory: dict[str, Mention], gender: str) -> list[Mention]:
    """The first mention of each person a role phrase of `keys` named (of `gender` when known), in key order."""
    out: dict[str, Mention] = {}
    for k in keys:
        if k in memory and (not gender or person_gender(memory[k].actor) in (gender, "")):
            out.setdefault(memory[k].actor, memory[k])
    return list(out.values())


@lru_cache(maxsize=None)
def _covered() -> dict[str, tuple[str, ...]]:
    """General role word → the folded keys of the roles it covers (roles.yml covers)."""
    return {word.lower(): tuple(_fold_word(w) for w in narrower)
            for word, narrower in resources.load("roles").get("covers", {}).items()}


@lru_cache(maxsize=None)
def _relational_roles() -> frozenset[str]:
    """Roles held towards another person (« son associée », « son avocat »), not towards an organisation."""
    return frozenset(w.lower() for w in resources.load("roles").get("relational", []))


def _bare_keys(text: str, m: re.Match) -> list[str]:
    """`_role_keys` of a role apposed with no determiner (offsets of `m` are the text's)."""
    return _keys(text, m.end("det"), m.end(), m.start("prep") if m.group("obj") else None)


def _role_keys(text: str, m: re.Match, s: int, e: int) -> list[str]:
    """The role phrase without its determiner, with and without its object ("maire sortant de X", "maire sortant")."""
    return _keys(text, s + len(m.group("det")), e, s + (m.start("prep") - m.start()) if m.group("obj") else None)


def _keys(text: str, begin: int, end: int, prep: Optional[int]) -> list[str]:
    full = _fold_word(text[begin:end])
    keys = [full, _fold_word(text[begin:prep])] if prep is not None else [full]
    # « l'ancien entraîneur » is whoever the text first called « son entraîneur » (not « le nouvel »)
    return keys + [_FORMER.sub("", k) for k in keys if _FORMER.match(k)]


#: (keys are folded: « ancien entraîneur » → « ancienentraineur »)
_FORMER = re.compile(r"^(?:ancienne|ancien)(?=\w)")


def _apposed(text: str, s: int, e: int, mentions: MentionIndex, person_only: bool = False,
             org_only: bool = False) -> tuple[Optional[Mention], bool]:
    """The named mention in apposition to a role phrase, and whether a comma separates them."""
    # "Le PDG d'Aerlis, l'Irlandais Daniel O'Connor": a short lowercase-led descriptor may sit between.
    after = _AFTER_ROLE.match(text, e)
    # where the name may start: after that descriptor; after the role's own adjectives (« le producteur
    # montpelliérain Tempo Live »); after a lowercase word or two closed by a comma (« le chef pilote, X »)
    starts = [(after.end(), bool(after.group(1)))]
    for pattern, comma in ((_AFTER_ADJECTIVES, False), (_AFTER_WORDS_COMMA, True), (_AFTER_COMPLEMENT_COMMA, True),
                           (_AFTER_PARENTHESIS, True)):
        m = pattern.match(text, e)
        if m:
            starts.append((m.end(), comma))
    # « l'élu d'opposition Rémi Le Gall », « l'avocat d'affaires X »: the role's bare complement (a noun with no
    # article says what kind of holder), then the holder's name with no comma, a person only (with an article the
    # name is the complement's: « l'avocat de la famille Martin » is not Martin)
    lower = _AFTER_LOWER_COMPLEMENT.match(text, e) if not org_only else None
    for pos, comma in starts + ([(lower.end(), None)] if lower else []):
        title = _title_prefix().match(text, pos)
        if title and not mentions.starting_at(pos):
            pos = title.end()
        for x in mentions.starting_at(pos):
            if comma is None:
                if x.method != "coref" and x.actor_type == "person":
                    return x, False
                continue
            if x.method != "coref" and (x.actor_type == "person" or not person_only) and not (
                    org_only and x.actor_type == "person") and not (
                    comma and _PREPOSITION_BEFORE.search(text, max(0, s - 20), s) and _VERB_AFTER.match(text, x.end)):
                return x, comma
    comma = _skip_blanks_back(text, s) - 1
    if comma >= 0 and text[comma] == ",":
        for x in mentions.ending_at(_skip_blanks_back(text, comma)):
            # "Luca de Meo, le patron de Renault": the name opens its phrase (not "Interrogé par X, …")
            lead = _title_at_end().sub("", _window_before(text, x.start).rstrip()).rstrip()
            adjunct = re.search(r"(?i)\b(?:selon|d'après)$", lead)
            opener = lead[-1:] in ("", ",", "(", "\n", ".", ":", ";") or adjunct
            if adjunct and not _CLOSED.match(text, e):
                # after « Selon X, » a noun phrase is X's apposition when a comma closes it (« Selon X, le directeur
                # du groupe, les ventes … »); followed by its verb it is the main clause's subject, someone else
                # (« Selon Marie Dupont, le maire dit … »: a detached apposition is set off by commas, Grevisse,
                # Le Bon Usage, § 337)
                opener = False
            # (not for a noun of organisations: « Selon son directeur, Marc Vidal, le groupe « … » »)
            if x.actor_type == "person" and opener and not org_only:
                return x, True
    return None, False


#: (or a party's or a union's acronym: « le député LFI Éric Coquerel », « la déléguée CGT Anne X »)
#: (the descriptor opens with a determiner, « l'Irlandais », « le Breton », « son ami »: a verb and « que »,
#: an auxiliary and its participle, « selon Me » make none: « Le maire affirme que Lucie Marsan … »)
_AFTER_ROLE = re.compile(r"\s*(,?)\s*(?:(?:[Ll]'|[Ll]’|(?:le|la|les|un|une|the|an|son|sa|ses|leur|notre|mon|ma|ce|cet|cette)\s+)"
                         r"[A-ZÀ-Þ]?[a-zà-ÿ]+\s+(?=[A-ZÀ-Þ])"
                         r"|[A-Z]{2,6}\s+(?=[A-ZÀ-Þ][a-zà-ÿ]))?")


#: The end of a detached apposition: its closing comma (or the end of its sentence or parenthesis).
_CLOSED = re.compile(r"\s*(?:[,.;:!?)]|$)")


#: A role inside a fronted adjunct, then a name that a verb follows: the name is the main clause's subject, not
#: the role's holder (« Dans un courrier adressé au PDG de la SNCF, Carole Delga reproche … », « Interrogé par le
#: président du Sénat, X a répondu »); a holder in apposition is closed by a comma or ends the phrase.
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:à|au|aux|par|pour|avec|contre|chez|selon|auprès\s+d[eu]s?|de|du|des|sur|entre)"
                                 r"(?:\s+(?:la|le|les|l'|son|sa|ses|leur|leurs|ce|cet|cette))?\s*$")
_VERB_AFTER = re.compile(r"\s+(?!(?:et|ou|ni)\s)[a-zà-ÿ]")

#: « Le maire (divers droite), X », « la députée (LFI), X »: a party or a label between parentheses.
_AFTER_PARENTHESIS = re.compile(r"\s*\([^()\n]{1,40}\)\s*,\s*(?=[A-ZÀ-Þ])")
_AFTER_ADJECTIVES = re.compile(rf"(?:\s+{_ADJECTIVE})+\s+(?=[A-ZÀ-Þ])")
_AFTER_LOWER_COMPLEMENT = re.compile(r"\s+(?:de\s+|d')(?!la\s|l'|les\s)[a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]{3,})?\s+(?=[A-ZÀ-Þ])")
_AFTER_WORDS_COMMA = re.compile(r"(?:\s+[a-zà-ÿ-]{3,}){1,2}\s*,\s*(?=[A-ZÀ-Þ])")
#: « l'ancien chef d'exploitation d'Aquavia, Yannick Morel »: the role's own complement, then the name.
#: (« le ministre délégué au Numérique, Julien Morvan »: « à » too; where the role is held: « sa déléguée
#: sur le site, Léa Morin », « le délégué chez Airbus, X », « la responsable en charge du dossier, X »;
#: not an adverbial, « pour l'instant, », « dans l'immédiat, », nor the pronoun « en » before its
#: auxiliary, « le directeur en a pris acte, X … »)
_AFTER_COMPLEMENT_COMMA = re.compile(r"\s+(?:de\s+la\s+|de\s+l'|d'|du\s+|des\s+|de\s+|à\s+la\s+|à\s+l'|au\s+|aux\s+"
                                     r"|(?:sur|dans)\s+(?:le|la|les)\s+|sur\s+l'|chez\s+|en\s+)"
                                     r"(?!(?:a|ont|est|sont|avait|avaient|était|sera|va|vont)\s)"
                                     r"(?:(?!\s(?:a|ont|est|sont|avait|avaient|était|sera|va|vont)\s)[^,.;:«»()\n]){1,50}?,"
                                     r"\s*(?=[A-ZÀ-Þ])")  # (no auxiliary inside: « … a démissionné, X assure »)
_SPACES = re.compile(r" *")


def _describes_name(text: str, e: int, mentions: MentionIndex) -> bool:
    """Whether a non-person name follows the role phrase directly or after its adjectives."""
    after = _AFTER_ADJECTIVES.match(text, e)
    for pos in (_SPACES.match(text, e).end(), after.end() if after else -1):
        if any(x.actor_type != "person" and x.method != "coref" for x in mentions.starting_at(pos)):
            return True
    return False


@lru_cache(maxsize=None)
def _title_prefix() -> re.Pattern:
    """A civility title before a name (« Son avocat, Me Lucas Bordenave »): skipped to reach the name."""
    return re.compile(r"(?:" + "|".join(re.escape(t) + r"\.?" for t in sorted(_titles(), key=len, reverse=True))
                      + r")\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
#: How far back a look-behind reads: enough for a title and its spaces, bounded so that the cost
#: of a role phrase does not grow with the document.
_WINDOW = 200


def _skip_blanks_back(text: str, pos: int) -> int:
    """The position after the last non-blank character before `pos`."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _window_before(text: str, pos: int) -> str:
    """The text just before `pos`, at most _WINDOW characters (the whole prefix near the start)."""
    start = max(0, pos - _WINDOW)
    window = text[start:pos]
    if start and not window.strip():
        return text[:pos]  # only blanks in the window: look further, as the whole prefix would
    # a non-blank marker keeps "^" from matching at a cut that is not the start of the text
    return window if start == 0 else "\x00" + window


@lru_cache(maxsize=None)
def _title_at_end() -> re.Pattern:
    return re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, _titles())) + r")\.?$", re.IGNORECASE)


#: An incise right after a closing quotation mark: « », a martelé le magistrat ».
_INCISE_AFTER_QUOTE = re.compile(r"[»”]\s*,\s*(?:[\w'’-]+\s+){1,3}$")


def _quoted_before(text: str, s: int) -> Optional[tuple[int, int]]:
    """The quotation a role stands right after as an incise's subject, as offsets, if any."""
    m = _INCISE_AFTER_QUOTE.search(text, max(0, s - 60), s)
    if m is None:
        return None
    opening = text.rfind("«", 0, m.start())
    return (opening, m.start()) if opening >= 0 else None


#: Ranks before a role's noun (« premier secrétaire », « vice-présidente », « ex-ministre »).
_RANKS = {"premier", "première", "vice", "ex", "ancien", "ancienne", "sous", "co", "grand", "grande", "haut", "haute"}


def _role_noun(role: str) -> str:
    """The noun of a role phrase, past a rank before it (« premier ministre » → « ministre »)."""
    words = [w for w in re.split(r"[\s-]+", role) if w]
    while len(words) > 1 and words[0] in _RANKS:
        words = words[1:]
    return " ".join(words)


def _other_function(role: str, memory: dict[str, Mention]) -> frozenset[str]:
    """The persons a role phrase gave another function than the public office `role` (roles.yml public_offices):
    « le Premier ministre » after « Pierre Lamy, délégué syndical » is not Pierre Lamy."""
    if role not in public_offices():
        return frozenset()
    office = _fold_word(role)
    # (its synonyms and the general roles that cover it are the same function: « l'élu, X » is « le maire »)
    related = {office, *_synonyms().get(role, ()), *(_fold_word(general) for general, narrower in _covered().items()
                                                     if office in narrower)}
    held: dict[str, set[str]] = {}
    for key, holder in memory.items():
        held.setdefault(holder.actor, set()).add(key)
    return frozenset(actor for actor, keys in held.items()
                     if not any(r in k or k in r for k in keys for r in related))


@lru_cache(maxsize=None)
def public_offices() -> frozenset[str]:
    """Public offices held by one person at a time (roles.yml public_offices)."""
    return frozenset(w.lower() for w in resources.load("roles").get("public_offices", []))


def _recent_person(mentions: MentionIndex, s: int, sent: Sentence, sentences: list[Sentence], e: int,
                   gender: str = "", possessive: bool = False,
                   quoted: Optional[tuple[int, int]] = None,
                   other_function: frozenset[str] = frozenset()) -> Optional[Mention]:
    """The person a bare role takes up; the incise of a quotation never takes up a person named
    inside it (« « M. Dumesnil ciblait des retraités », a martelé le magistrat »)."""
    window_start = sentences[max(0, sent.sent_id - 6)].start
    if any(x.actor_type == "person" for x in mentions.starting_in(s, e)):
        return None
    # in an earlier sentence: "X a critiqué le ministre" is not X criticising X; a role of one
    # gender (« la journaliste », « l'homme d'affaires ») skips a person whose given name has the other
    x = mentions.last_before(sent.start, lambda m: m.actor_type == "person", key="person")
    if possessive and x is not None:
        # « … explique Julie Caron. Son associée … »: the person just named owns the role; the
        # holder is another one
        owner = x.actor
        while x is not None and x.actor == owner:
            x = mentions.last_before(x.start, lambda m: m.actor_type == "person", key="person")
    unknown = None  # a person whose given name tells no gender, taken only if none agrees
    while x is not None and x.start >= window_start:
        if quoted is not None and quoted[0] <= x.start < quoted[1] or x.actor in other_function:
            x = mentions.last_before(x.start, lambda m: m.actor_type == "person", key="person")
            continue
        said = person_gender(x.actor)
        if not gender or said == gender:
            return x
        if said == "" and unknown is None:
            unknown = x
        x = mentions.last_before(x.start, lambda m: m.actor_type == "person", key="person")
    return unknown


def _role_gender(m: re.Match, person_roles: frozenset[str]) -> str:
    """"m" or "f" as the role phrase marks it, "" when it does not (« l'élu », « son avocat »)."""
    return role_gender(m.group("det"), m.group("role"), person_roles)


def role_gender(det: str, role: str, person_roles: frozenset[str] | None = None) -> str:
    """"m" or "f" as an article and a role noun mark them, "" when they do not (« l'élu », « son avocat »).

    The article tells (« le », « la »); else the role word does when its other-gender form is a role
    too (« avocate » beside « avocat », « directrice » beside « directeur »); « homme », « femme » tell.
    """
    if person_roles is None:
        person_roles = _role_pattern()[1]
    det = det.strip().lower()
    if det in _CONTRACTED:
        return "m"
    if det in ("le", "la"):
        return "m" if det == "le" else "f"
    words = role.lower().split()
    if words[0] in ("homme", "femme"):
        return "m" if words[0] == "homme" else "f"
    role = words[0]
    # (« -e », « -rice », « -euse », « -enne » beside « -eur », « -en »: directrice, entraîneuse, technicienne)
    if role.endswith("e") and role[:-1] in person_roles or role.endswith("rice") and role[:-4] + "eur" in person_roles \
            or role.endswith("euse") and role[:-4] + "eur" in person_roles \
            or role.endswith("enne") and role[:-2] in person_roles:
        return "f"
    if role + "e" in person_roles or role.endswith("eur") and (role[:-3] + "rice" in person_roles
                                                             or role[:-3] + "euse" in person_roles) \
            or role.endswith("en") and role + "ne" in person_roles:
        return "m"
    return ""
