"""Who speaks: the subject of a speech verb, a name after the closing mark, a colon introduction."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.segment import ParsedParagraph
from ..spans import MentionIndex
from ...types import Mention, Sentence
from ..actors.lexicon import (ASKED_BY, POSSESSIVES, SINGULAR_POSSESSIVES, is_outlet, media_nouns, said_to,
                              unnamed_heads)
from ..actors.entities import DEMONYM_ENDINGS
from ..actors.focus import firm_in_focus, focus_nouns
from ..actors.offices import body_reference, office_actor, office_nouns, office_organs
from ..actors.roles import is_designation
from .genders import _OTHER, _PRONOUN_GENDER, _gender, _is_person, _named_since, _person_role, _previous_person  # noqa: F401 (re-exported)
from .town import _town_body
from .organisations import _by_origin, _org_nouns, _organisation, _person_nearer, _qualified_org
from .described import (DESCRIBED_SENTENCES_BACK, _FORMER_WORDS, _GOVERNED, _described_person,
                        _spokespeople, person_noun, titled_person)
from .openers import _named_organisation_opener, _sentence_opener, continued_description

_PRONOUNS = {"il", "elle", "he", "she", "celui-ci", "celle-ci"}


def _mention_at(mentions: MentionIndex, start: int, end: int) -> Optional[Mention]:
    """The mention over [start, end): a named one before a role phrase."""
    hits = mentions.overlapping(start, end)
    return next((m for m in hits if m.method != "coref"), hits[0] if hits else None)


#: A preposition right before a name: the name is a complement (« de Sète », « à Lyon »).
_IN_COMPLEMENT = re.compile(r"(?:\b(?:de|du|des|à|au|aux|en|sur)\s+|\bd'|\bd’)$", re.IGNORECASE)


def speaker_of_phrase(text: str, start: int, end: int, mentions: MentionIndex, before: int,
                      sent_id: Optional[int] = None) -> tuple[Optional[str], bool]:
    """Who a noun phrase naming a speaker stands for: (canonical actor, True) or (its words, False).

    A named actor inside the phrase wins (a person first; not one inside its relative clause: « L'enseigne,
    qui compte 310 magasins en France, »); a spokesperson ("un porte-parole du ministère") speaks
    for the organisation after "de"; an organisation noun ("le quotidien", "le groupe") for the
    organisation last named that holds it, else the one the text is most about; a pronoun for the
    last person named of its gender; a definite description of a person (« le coureur de 26 ans »)
    for the person of its gender named in the last DESCRIBED_SENTENCES_BACK sentences before
    `sent_id` (the phrase's sentence, when the caller knows it); an unnamed possessive spokesperson
    (« sa déléguée générale ») for the organisation that acted last, nearby. Groups stay as written.
    """
    # (« Joint par nos soins, l'Américain assure »: the one asked, not the participle, is the subject)
    asked = _ASKED_BY.match(text[start:end])
    if asked:
        start += asked.end()
    # (« a indiqué la société dans un communiqué »: the adverbial after the subject is not its words)
    adverbial = _ADVERBIAL_AFTER.search(text, start, end)
    if adverbial and adverbial.start() > start:
        end = adverbial.start()
    phrase = text[start:end].strip()
    relative = _RELATIVE.search(text, start, end)
    if relative:
        end = relative.start()
    # (a place inside the phrase is where the speaker is from or works, « un boulanger de la rue
    # Victor-Hugo », unless the phrase is the place itself)
    # (nor the medium the words went to, « un porte-parole du groupe, joint par Le Progrès »: not the speaker)
    inside = sorted((m for m in mentions.starting_in(start, end) if m.end <= end and not led_by(text, m)
                     and not (m.actor_type == "place" and _WHERE_BEFORE.search(text[max(start, m.start - 30):m.start]))
                     and not (m.start > start and said_to(text, m.start, start))),
                    key=lambda m: (m.actor_type != "person", m.method == "coref", m.start))
    core = re.split(r"\s*,", phrase)[0]  # without its apposition or relative clause
    words = re.findall(r"[\w'-]+", core.lower())
    heads = [w.split("'")[-1] for w in words[:3]]
    if any(h in _spokespeople() for h in heads):
        # a spokesperson named in apposition speaks in their own name (« la porte-parole de
        # l'opérateur, Inès Duval »); unnamed, for the organisation
        # (or the post a legal periphrasis designates: « le représentant de l'État » is the prefect named before)
        person = next((m for m in inside if m.actor_type == "person" and (m.method != "coref" or is_designation(m.text))),
                      None)
        if person is not None:
            return person.actor, True
        org = next((m for m in inside if m.actor_type in ("org", "place")), None)
        if org is not None:
            return org.actor, True
        # « un porte-parole du conseil régional »: the one body of that office (« Région Occitanie »)
        office = next((office_actor(nouns, mentions) for before_w, w in zip(words[1:], words[2:])
                       if before_w in office_organs() and (nouns := office_nouns(w))), None)
        if office is not None:
            return office, True
        noun = re.search(r"(?:\bde\s+la\s+|\bde\s+l'\s*|\bdu\s+|\bdes\s+|\bde\s+|\bof\s+the\s+|\bof\s+)([\w-]{2,})", phrase,
                         re.IGNORECASE)
        found = _organisation(mentions, before, noun.group(1), text) if noun else None
        if found is not None:
            return found, True
    if len(words) == 2 and words[0] in SINGULAR_POSSESSIVES and words[1] in _opposing() and not inside:
        # « « … », s'est défendu X. « … », rétorque son adversaire »: the possessive takes up the last person
        # named (X), the noun the one X faces: the person named last before X, a different one, nearby
        opponent = _opponent(mentions, before, sent_id, words[1])
        if opponent is not None:
            return opponent.actor, True
    if words and words[0] in POSSESSIVES and not inside and (
            any(h in _spokespeople() for h in heads) or len(words) == 3 and " ".join(words[1:3]) in unnamed_heads()
            or len(words) == 2 and words[1] in unnamed_heads()
            or len(words) == 3 and _ranked_head(words[1], words[2])):
        # (a head with a complement of its own is someone else's: « son directeur de cabinet » is an aide)
        # « Sa porte-parole », « sa déléguée générale », « son directeur », unnamed: the voice of the
        # organisation the possessive takes up, the last that acted (« La Fondation Ressac, mécène de la
        # troupe, a suspendu son aide. « … », sa déléguée générale »: not the troupe)
        # (a venue that acts is a body too: « Le Quai des Arts a annulé … Son directeur invoque … »; not a
        # place in a complement, « scène nationale de Sète », which the parse may hang on the subject)
        owner = mentions.last_before(
            before, lambda m: m.acts and not is_outlet(m.actor) and (
                m.actor_type == "org" or m.actor_type == "place" and not _IN_COMPLEMENT.search(text, max(0, m.start - 6), m.start)),
            key="acting org or place, no outlet")  # (one index per document: its text is fixed)
        if owner is not None and (sent_id is None and before - owner.start < _OWNER_REACH
                                  or sent_id is not None and owner.sent_id >= sent_id - DESCRIBED_SENTENCES_BACK):
            return owner.actor, True
        if sent_id is not None:
            # no body acted nearby: the one named in this sentence or the one before (« La directrice n'a
            # jamais été désavouée par l'ARS. Son directeur général a salué … »)
            # (an organisation: a place there is where things happen, « entendu par les enquêteurs à Lyon »)
            owner = mentions.last_before(before, lambda m: m.actor_type == "org" and not is_outlet(m.actor),
                                         key="org, no outlet")
            if owner is not None and owner.sent_id >= sent_id - 1:
                return owner.actor, True
    role_word = next((w.split("'")[-1] for w in words[1:3] if w not in _FORMER_WORDS), "")
    if inside and inside[0].actor_type != "person" and len(words) > 1 and _person_role(role_word):
        # « sourit le patron des Verts », « un dirigeant d'un club de Ligue 2 »: a person of the
        # organisation speaks, not the organisation; unnamed, the phrase stays as written
        # (but a definite leader of it is the person named as its leader under any of the leaders' titles:
        # « le patron d'Armorgaz » after « Le directeur général d'Armorgaz, Loïc Le Dantec, »; roles.yml leaders)
        leader = _leader_of(text, inside[0].actor, mentions, start, {"le": "male", "la": "female"}.get(words[0])) \
            if words[0] in ("le", "la", "l") and role_word in _leader_words() else None
        if leader is not None:
            return leader.actor, True
        inside = []
    if words and words[0] in ("un", "une") and inside and inside[0].actor_type == "person" \
            and (_person_role(role_word) or person_noun(role_word)) and inside[0].start < start + len(core) \
            and _IN_COMPLEMENT.search(text, max(start, inside[0].start - 8), inside[0].start):
        # « un ancien adjoint au maire », « une collaboratrice du ministre »: an indefinite person of someone's
        # staff is another, unnamed person; the one named in the complement does not speak (a spokesperson, whose
        # words are the body's, is taken above; « un proche de X », X's circle, has no person's role)
        return core.strip() or None, False
    if inside and not (sent_id is not None and _DEMONYM.match(core)):
        return inside[0].actor, True
    if " ".join(words) in _PRONOUN_GENDER:  # (« se félicite ce dernier »: the last person named of its gender)
        person = _previous_person(mentions, before, " ".join(words))
        if person is not None and len(words) == 2 and _named_since(text, person.end, before, mentions,
                                                                   _PRONOUN_GENDER[" ".join(words)]):
            # « X a écrit au Département. « … », répond ce dernier »: « ce dernier » takes up the last noun of
            # its gender, here the body or an unnamed role (« le gérant ») named after the person
            return None, False
        return (person.actor, True) if person else (None, False)
    if len(words) == 2 and words[0] in ("le", "la", "l", "du", "the") or (len(words) == 1 and "'" in phrase):
        noun = heads[-1] if len(words) == 1 else words[1]
        if noun in media_nouns():
            # « précise le quotidien »: the news outlet last named
            outlet = mentions.last_before(before, lambda m: is_outlet(m.actor), key="outlet")
            if outlet is not None:
                return outlet.actor, True
        if noun in _documents():
            # « « … », indique le message, publié en anglais »: the author of the written statement
            author = _author(text, mentions, before, sent_id)
            if author is not None:
                return author.actor, True
        if noun in focus_nouns():
            # « …, affirme la direction »: the management of the firm the article is about
            firm = firm_in_focus(mentions, before)
            if firm is not None:
                return firm, True
        if noun in _org_nouns():
            found = _organisation(mentions, before, noun, text)
            if found is not None:
                return found, True
        # « s'indigne l'amicale » after « l'Amicale des locataires des Sablons »: the organisation
        # whose name the noun heads
        headed = mentions.last_before(before, lambda m: m.actor_type == "org" and m.actor.split()[0].lower() == noun,
                                      key=("headed by", noun))
        if headed is not None:
            return headed.actor, True
    qualified = _qualified_org(core) if not inside else None
    if qualified is not None:
        # « le géant de l'énergie », « le groupe pharmaceutique », « l'équipementier américain »: a definite
        # organisation noun qualified by common words only is a periphrasis of the organisation last named
        # that fits (the press's way of not repeating a name; as the bare « le groupe » above)
        found = _organisation(mentions, before, qualified, text)
        if found is not None and not _person_nearer(mentions, before, found, qualified):
            return found, True
    origin = _by_origin(words, mentions, before) if not inside else None
    if origin is not None:
        return origin, True
    if sent_id is not None and _DEMONYM.match(core) and not (inside and inside[0].actor_type == "person"):
        # « lâche le Morbihannais »: a demonym describes the person of its gender named just before
        det = core.split()[0].lower().rstrip("'")
        person = _previous_person(mentions, before, {"le": "il", "la": "elle"}.get(det, ""))
        if person is not None and person.sent_id >= sent_id - DESCRIBED_SENTENCES_BACK:
            return person.actor, True
    if inside:
        return inside[0].actor, True
    if sent_id is not None:
        person = _described_person(core, mentions, before, sent_id, text)
        if person is not None:
            return person.actor, True
        body = _town_body(words, mentions)
        if body is not None:
            return body, True
    # « selon la municipalité », « La collectivité a suspendu … »: the one body of that kind the text names
    body = body_reference(core, mentions)
    if body is not None:
        return body, True
    return _RELATIVE.split(phrase)[0].strip(" ,") or None, False


@lru_cache(maxsize=None)
def _leader_words() -> frozenset[str]:
    """The one-word titles of whoever runs an organisation (roles.yml leaders: « patron », « pdg », « présidente »)."""
    return frozenset(w.lower() for w in resources.load("roles")["leaders"] if " " not in w)


@lru_cache(maxsize=None)
def _leader_title() -> re.Pattern:
    """A leader's title and its « de » right before an organisation's name (« directeur général d'», « PDG du »)."""
    words = "|".join(re.escape(w) for w in sorted(resources.load("roles")["leaders"], key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{words})\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)$")


def _leader_of(text: str, org: str, mentions: MentionIndex, before: int, gender: Optional[str] = None) -> Optional[Mention]:
    """The person last named before `before` as the leader of `org`, under any leader's title (« Le directeur
    général d'Armorgaz, Loïc Le Dantec, », « Loïc Le Dantec, PDG d'Armorgaz, »): one person only."""
    found = []
    for m in mentions.starting_in(0, before):
        if m.actor != org or m.end > before:
            continue
        if not _leader_title().search(text, max(0, m.start - 40), m.start):
            continue
        # the name apposed right after the title phrase, or right before it
        after = next((p for p in mentions.starting_in(m.end, m.end + 6) if _is_person(p) and p.method != "coref"
                      and re.fullmatch(r"\s*,\s*", text[m.end:p.start])), None)
        title_start = _leader_title().search(text, max(0, m.start - 40), m.start).start()
        before_name = next((p for p in mentions.starting_in(max(0, title_start - 60), title_start)
                            if _is_person(p) and p.method != "coref"
                            and re.fullmatch(r"\s*,\s*(?:le\s+|la\s+|l['’]\s*)?", text[p.end:title_start])), None)
        person = after or before_name
        if person is not None and (gender is None or _gender(person.actor) != _OTHER[gender]):
            found.append(person)
    return found[-1] if found and len({p.actor for p in found}) == 1 else None


def _ranked_head(noun: str, adjective: str) -> bool:
    """« secrétaire départemental », « président national »: a head of an organisation (roles.yml unnamed_heads,
    or the first word of a two-word one) with an adjective of rank or territory (roles.yml rank_adjectives)."""
    if adjective not in _rank_adjectives():
        return False
    return noun in unnamed_heads() or any(h.split()[0] == noun for h in unnamed_heads() if " " in h)


@lru_cache(maxsize=None)
def _rank_adjectives() -> frozenset[str]:
    return frozenset(w.lower() for w in resources.load("roles").get("rank_adjectives", []))


@lru_cache(maxsize=None)
def _documents() -> frozenset[str]:
    """Nouns of a written statement (speech_verbs.yml documents: « communiqué », « message »)."""
    return frozenset(w.lower() for w in resources.load("speech_verbs")["fr"]["documents"])


@lru_cache(maxsize=None)
def _publishing() -> re.Pattern:
    """A verb of publishing or writing right after its subject (« X, a annoncé sur Instagram », « X a publié »)."""
    stems = "|".join(re.escape(w) for w in resources.load("speech_verbs")["fr"]["publishing_stems"])
    return re.compile(rf"\s*(?:,[^,.;:!?«»]{{0,60}})?,?\s*(?:(?:a|ont|avait|avaient|vient\s+de|venait\s+de)\s+)?"
                      rf"(?:\w+\s+)?(?:{stems})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _published() -> re.Pattern:
    """A document noun or a place of publication (speech_verbs.yml documents, publishing_places)."""
    fr = resources.load("speech_verbs")["fr"]
    nouns = "|".join(re.escape(w) for w in sorted(fr["documents"], key=len, reverse=True))
    places = "|".join(re.escape(w) for w in sorted(fr["publishing_places"], key=len, reverse=True))
    return re.compile(rf"\b(?i:{nouns})\b|\b(?:sur|via)\s+(?:{places})\b")


#: How far back the author of a statement is looked for.
_AUTHOR_REACH = 400


def _author(text: str, mentions: MentionIndex, before: int, sent_id: Optional[int]) -> Optional[Mention]:
    """The person or organisation last named as the subject of a verb of publishing or writing before `before`,
    in the phrase's sentence or the one before it (« Vendredi, l'agence …, Northbound Management, a annoncé sur
    Instagram … « … », indique le message »)."""
    for m in reversed(mentions.starting_in(max(0, before - _AUTHOR_REACH), before)):
        if sent_id is not None and m.sent_id < sent_id - 1:
            break
        verb = _publishing().match(text, m.end, min(before, m.end + 90)) \
            if m.actor_type in ("person", "org") and m.end <= before else None
        # (what it published: a written statement, or on a network or site, « a annoncé sur Instagram »)
        if verb is not None and _published().search(text, verb.end(), min(before, verb.end() + 60)):
            return m
    return None


@lru_cache(maxsize=None)
def _opposing() -> frozenset[str]:
    """Nouns of the other side of an exchange (roles.yml opposing: « adversaire », « rivale »)."""
    return frozenset(w.lower() for w in resources.load("roles").get("opposing", []))


def _opponent(mentions: MentionIndex, before: int, sent_id: Optional[int], noun: str) -> Optional[Mention]:
    """The person facing the last person named before `before` (the possessor of « son adversaire »): the
    person named last before that one, a different actor, in the DESCRIBED_SENTENCES_BACK sentences before, of
    the noun's gender when it has one (« sa rivale »)."""
    possessor = _previous_person(mentions, before)
    if possessor is None:
        return None
    endings = resources.load("roles")["opposing_endings"]  # (« adversaire »: either)
    gender = "female" if noun.endswith(tuple(endings["female"])) else \
        "male" if noun.endswith(tuple(endings["male"])) else None
    other = mentions.last_before(possessor.start, lambda m: m.actor_type == "person" and m.actor != possessor.actor)
    if other is None or sent_id is not None and other.sent_id < sent_id - DESCRIBED_SENTENCES_BACK:
        return None
    if gender is not None and _gender(other.actor) == _OTHER[gender]:
        return None
    return other


#: A personal « il »/« elle » opening a sentence, after a short adverbial at most (not the impersonal « Il faut »,
#: « Il y a », « Il s'agit », « Il semble », « Il est … de/que »: Grevisse, Le Bon usage, § 754).
OPENING_SUBJECT = re.compile(r"[\s«\"]*(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*,\s*)?(?P<p>[Ii]l|[Ee]lle)\s+"
                              r"(?!faut\b|fallait\b|y\b|s'agit\b|s'agissait\b|semble\b|semblait\b|paraît\b|est\b|était\b|reste\b|suffit\b)")


#: How far (characters) a possessive spokesperson's organisation may lie when its sentence is unknown.
_OWNER_REACH = 600
#: A short definite description opening a sentence, a subject the parse may lose (« La plateforme »).
SUBJECT_NP = re.compile(r"\s*(?:[Ll]e|[Ll]a|[Ll]'|[Ss]on|[Ss]a|[Ll]eur)\s*[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s*")
_ADVERBIAL_AFTER = re.compile(r"\s+(?:dans|lors|devant|pendant|depuis|auprès|sur|sous|en marge|au cours)\s")
_RELATIVE = re.compile(r",\s*(?:qui|que|qu'|dont|où|who|which)\b")
#: The agent of a participle apposed to the subject (« La Fédération X, présidée par Y, accuse … »):
#: who leads the subject, not who speaks; the agent's name may follow its role, in lowercase words
#: (« présidé depuis 2019 par l'ancien gardien Y »: the role noun apposed before the name).
_LED_BY = re.compile(r",\s*[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|it|ite)\s+(?:[^,]{0,20}\s)?par\s+(?:l['’]|la\s+|le\s+)?"
                     r"(?:[a-zà-ÿ-]+\s+){0,3}$")


def led_by(text: str, m: Mention) -> bool:
    """Whether mention `m` is the agent of a participle apposed before it (« , présidée par Y »)."""
    return bool(_LED_BY.search(text, max(0, m.start - 90), m.start))


#: « le Finistérien », « la Nantaise »: a demonym with its article, standing for a person.
_DEMONYM = re.compile(rf"(?:[Ll]e|[Ll]a|[Ll]')\s*[A-ZÀ-Þ][a-zà-ÿ-]+{DEMONYM_ENDINGS}$")
#: A preposition (and a street word) before a place inside a speaker phrase: where the speaker is from.
_WHERE_BEFORE = re.compile(r"(?i)\b(?:de|du|des|d'|à|au|aux|en|dans|sur|of|in|from)\s+(?:la\s+|le\s+|l'|les\s+|the\s+)?"
                           r"(?:(?:rue|place|avenue|boulevard|quartier|cité|route|street)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+)?)?$")


def described_subject(text: str, start: int, at: int, mentions: MentionIndex, sent_id: int) -> tuple[Optional[str], bool]:
    """The actor a description opening a sentence at `start` names, when it is all the subject before `at`
    (« La plateforme dénonce », « Le livreur de 27 ans, lui-même déconnecté, accuse »)."""
    end = _description_end(text, start, at)
    if not SUBJECT_NP.fullmatch(text, start, end) and not _qualified_org(text[start:end]):
        if _DEMONSTRATIVE.match(text, start, end):
            # « Cet ancien ingénieur de l'aéronautique, qui …, affirme »: a demonstrative description of a person,
            # complements and all, points back to the person just spoken of
            person = _described_person(text[start:end].strip(), mentions, start, sent_id, text)
            if person is not None:
                return person.actor, True
        return None, False
    return speaker_of_phrase(text, start, end, mentions, start, sent_id)


#: A demonstrative determiner opening a subject (« Cet ancien ingénieur », « Cette élue »).
_DEMONSTRATIVE = re.compile(r"\s*(?:Ce|Cet|Cette)\s+[a-zà-ÿ]")


#: Object (and negation) clitics right before a finite verb (« lui reproche », « ne leur pardonne »).
_CLITICS_BEFORE_VERB = re.compile(r"(?<![\w'-])(?:(?:ne|n'|lui|leur|les|la|le|l'|y|en|se|s'|me|m'|nous|vous)\s*)+$")


def _description_end(text: str, start: int, at: int) -> int:
    """Where a subject description before `at` ends: before an insert set off by commas (« , qui n'a pas
    l'intention de démissionner, ») and an age (« de 27 ans »); not the object pronouns that stand
    between the subject and its verb (« Le club, …, lui reproche »: clitics precede the verb)."""
    clitics = _CLITICS_BEFORE_VERB.search(text, start, at)
    at = clitics.start() if clitics else at
    insert = re.search(r",[^,«»]{1,80},\s*$", text[start:at])
    end = start + insert.start() if insert else at
    age = re.search(r"\s+(?:de\s+)?\d{1,3}\s+ans\s*$", text[start:end])
    return start + age.start() if age else end


def spokesperson_before(text: str, before: int, mentions: MentionIndex, after: int = 0,
                        pronoun: str = "") -> Optional[str]:
    """The organisation an unnamed spokesperson of the paragraph so far (after offset `after`) speaks
    for (« … par un porte-parole du constructeur Orbéa. « … », a-t-il indiqué »): what « il » in
    the incise takes up."""
    start = max(after, text.rfind("\n", 0, before) + 1)
    found = None
    # (« un porte-parole » is « il », « une porte-parole » « elle »)
    want = {"il": ("un", "son"), "elle": ("une", "sa")}.get(pronoun)
    for m in _SPOKESPERSON.finditer(text, max(start, before - _SPOKESPERSON_REACH), before):
        if m.group("noun").lower() in _spokespeople() and (want is None or m.group("det").lower() in want
                                                            or m.group("det").lower() == "leur"):
            found = m
    if found is None:
        return None
    speaker, resolved = speaker_of_phrase(text, found.start(), found.end(), mentions, found.start())
    return speaker if resolved else None


#: An indefinite or possessive spokesperson phrase up to its clause's end (« un porte-parole du groupe X »).
_SPOKESPERSON = re.compile(r"\b(?P<det>[Uu]n|[Uu]ne|[Ss]on|[Ss]a|[Ll]eur)\s+(?P<noun>[\w-]+)\s+(?:de|du|des|d')\s*[^,.;:!?«»]{1,60}")
_SPOKESPERSON_REACH = 300


def _speaker_from_tokens(tokens, pp: ParsedParagraph, mentions: MentionIndex, text: str, sent: Sentence,
                         previous: Optional[Sentence] = None):
    if not tokens:
        return None, False
    subj = tokens[0]
    if subj.pos_ == "NOUN" and any(t.lower_ == "on" for t in tokens[1:]):
        # « Côté syndical, on dénonce … »: the parse may make the fronted side a second subject; « on » is the one
        subj = next(t for t in tokens[1:] if t.lower_ == "on")
    following = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    if subj.lower_ in ("l'", "l’") and following is not None and following.lower_ == "on":
        subj = following  # « où l'on assure »: the euphonic « l' » of « on », which the parse may make the subject
    elif subj.lower_ == "-t" and following is not None and following.lower_ in ("-il", "-elle", "-on"):
        subj = following  # « a-t-il répondu »: the euphonic « -t- » before the inverted pronoun
    if subj.lower_ in ("qui", "who", "which") or "Rel" in subj.morph.get("PronType"):
        # "Berg, qui a …": the relative pronoun's antecedent, else the name just before it.
        apposed = _apposed_antecedent(subj, pp, mentions, text, sent) if subj.lower_ == "qui" else None
        if apposed is not None:
            return apposed.actor, True
        if subj.head.dep_ == "acl:relcl":
            subj = subj.head.head
            if subj.dep_ == "appos" and subj.head.pos_ == "PROPN" and (_person_role(subj.lower_) or person_noun(subj.lower_)):
                # « Me X, avocat de Y, qui dénonce « … » »: the relative hangs on the role apposed to the name; who
                # speaks is the person the role describes, not the body its complement names
                subj = subj.head
        else:
            at = pp.start + subj.idx
            prev = mentions.last_before(at)
            if prev is not None and prev.start >= sent.start:
                return prev.actor, True
    s = pp.start + subj.left_edge.idx
    e = pp.start + subj.right_edge.idx + len(subj.right_edge.text)
    head_s = pp.start + subj.idx
    relative = _RELATIVE.search(text, head_s, e)
    if relative:
        e = relative.start()  # « L'enseigne, qui compte 310 magasins en France, affirme »: not France
    # "La préfète du Loiret, Claire Vasseur, a assuré": the person apposed to the subject, not the place
    inside = sorted((x for x in mentions.starting_in(s, e) if x.end <= e
                     and not said_to(text, x.start) and not led_by(text, x)),
                    key=lambda x: (x.actor_type != "person", x.method == "coref", x.start))
    m = _mention_at(mentions, head_s, head_s + len(subj.text))
    if m is None and _DEMONSTRATIVE.match(text, s, e) and sent is not None:
        # « Cet ancien marin du port de Concarneau affirme »: a demonstrative description of a person points back
        # to the person just spoken of, not to a place in its complement
        person = _described_person(text[s:e].strip(), mentions, s, sent.sent_id, text)
        if person is not None:
            return person.actor, True
    if m is None and inside and inside[0].actor_type != "person" and inside[0].start > head_s \
            and _person_role(subj.lower_) and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’")
                                                  for c in subj.children):
        # « La déléguée FO lui a répondu » after « Nadia Ferhat, déléguée FO, »: a definite role noun whose
        # complement names the body is first the title a person was given (the faithful anaphor, titled_person),
        # not the body
        pronoun = {"la": "elle", "le": "il"}.get(next(c.lower_ for c in subj.children if c.dep_ == "det"), "")
        titled = titled_person(text, subj.lower_, mentions, head_s, pronoun)
        if titled is not None:
            return titled.actor, True
    if m is None or (m.actor_type != "person" and inside and inside[0].actor_type == "person"):
        m = inside[0] if inside else m
    if m is not None and m.actor_type == "place" and subj.pos_ == "NOUN" and (_person_role(subj.lower_) or (
            subj.lower_ in _org_nouns() and m.start > head_s)):  # (« le groupe de Landerneau »: the noun alone speaks)
        # « L'ancien maire de Labruguière assure … »: where the role was held, or the body is based, not who speaks
        m, e = None, e if _person_role(subj.lower_) else min(e, pp.start + subj.idx + len(subj.text))
    if m:
        return m.actor, True
    pronoun = subj.lower_.lstrip("-").removeprefix("t-")
    if pronoun in ("celui-ci", "celle-ci") and subj.dep_ == "nsubj" and not any(
            c.dep_ == "nsubj" and c.lower_.startswith("-") for c in subj.head.children):
        # (not before an incise with its own inverted subject, « Celle-ci, a-t-elle dit, « … » »: the demonstrative
        # is the subject of the quoted words, maybe a thing, and « -elle » the speaker)
        # a demonstrative takes up the actor named last, not the topic the sentences before were about
        # (« … rompu la convention avec la clinique X. Celle-ci a annoncé … »: the clinic, Riegel et al.,
        # Grammaire méthodique du français, on « celui-ci » and the nearer referent)
        last = _last_named(mentions, pp.start + subj.idx, pronoun)
        if last is not None and previous is not None and last.start >= previous.start:
            return last.actor, True
    if pronoun in _PRONOUNS:  # "a-t-il dit"
        # « la CFDT a annoncé qu'elle quittait … » : the subject of the clause that governs the
        # pronoun's own, when it agrees (an organisation, or a person of the pronoun's gender)
        governor = _governing_subject(subj, pp, mentions, pronoun)
        if governor is not None:
            return governor.actor, True
        # a sentence-initial pronoun continues the person who opened the sentence before (centering:
        # « Marc Tessier accuse le président de mentir. Il affirme que … » is Tessier)
        at = pp.start + subj.idx
        opener = _sentence_opener(text, previous, mentions, previous.end) \
            if previous is not None and not text[sent.start:at].strip(" «\"") else None
        if opener is not None and _gender(opener.actor) != _OTHER.get(_PRONOUN_GENDER.get(pronoun, ""), "none"):
            return opener.actor, True
        described = continued_description(text, sent, at, previous, mentions, pronoun) if opener is None else None
        if described is not None:
            return described, True
        named = _named_organisation_opener(text, sent, at, previous, mentions, pronoun) if opener is None else None
        if named is not None:
            return named, True
        # the person named last before the pronoun itself, in its own sentence too
        # ("X défend une décision qu'elle qualifie de …"), unless an unnamed spokesperson came after
        # that person (« Un porte-parole de l'enseigne X a fustigé … Il a indiqué que … »)
        # (« Par la voix de son avocate, Me X, elle annonce »: the voice is not who « elle » is)
        voice = _THROUGH_VOICE.match(text, sent.start, at)
        # (« « Tomas a eu tout l'argent … », a-t-il déclaré »: the pronoun inverted in the incise after a quotation
        # is who speaks it, never a name inside the quoted words; look before the quotation)
        opening = text.rfind("«", sent.start, at) if subj.lower_.startswith("-") else -1
        prev = _previous_person(mentions, sent.start if voice else opening if opening >= 0 else at, pronoun)
        spokesperson = spokesperson_before(text, at, mentions, prev.end if prev else 0, pronoun) \
            if opener is None else None
        if spokesperson:
            return spokesperson, True
        if prev:
            return prev.actor, True
    if pronoun == "on":
        from .sides import side_of_on  # (here: sides reads this module's _previous_person)
        side = side_of_on(text, sent.start, pp.start + subj.idx, mentions)
        if side is not None:
            return side, True
    if subj.pos_ == "PRON":
        return None, False
    return speaker_of_phrase(text, s, e, mentions, s, sent.sent_id)


#: A detached apposition closed by its comma right before a relative pronoun (« X, l'avocate des familles, qui »).
_APPOSITION_BEFORE = re.compile(r",\s*(?P<np>[^,;:«»()\[\]]{2,80}?)\s*,\s*$")


def _apposed_antecedent(rel, pp: ParsedParagraph, mentions: MentionIndex, text: str, sent: Sentence) -> Optional[Mention]:
    """The name a relative « qui » takes up through the apposition set between them (« a réagi Me Laure Vasseur,
    l'avocate des familles, qui annonce … »), whatever noun the parse hung the relative on (the role, a place in
    its complement, « le maire de Lorient, qui »). A noun phrase set off by commas right after a name, the name
    governed by no preposition, is a detached apposition to it (Grevisse, Le Bon Usage, § 337; Riegel, Pellat &
    Rioul, Grammaire méthodique du français, on the detached apposition): it names the same referent, and a
    relative after its closing comma, an explicative one, takes up that referent. The apposition is a
    description of a person for a person's name (a role, « la mère de la victime »), not of one for an
    organisation's (« la société X, le fournisseur historique, qui »); never a coordination (« X, Y et Z, qui »:
    an enumeration)."""
    at = pp.start + rel.idx
    found = _APPOSITION_BEFORE.search(text, sent.start, at)
    if found is None or re.search(r"(?<![\w'-])(?:et|ou|ni)(?![\w'-])", found.group("np")):
        return None
    span = pp.doc.char_span(found.start("np") - pp.start, found.end("np") - pp.start, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN":
        return None
    head = span.root.lower_
    for m in mentions.ending_at(found.start()):
        if m.start < sent.start or m.method == "coref" or _GOVERNED.search(text, max(sent.start, m.start - 30), m.start):
            continue
        name = pp.doc.char_span(m.start - pp.start, m.end - pp.start, alignment_mode="expand")
        if name is None or any(c.dep_ == "case" for c in name.root.children):
            continue
        described = _person_role(head) or person_noun(head) or head in _spokespeople()
        if m.actor_type == "person" and described or m.actor_type == "org" and not described:
            return m
    return None


def _last_named(mentions: MentionIndex, before: int, pronoun: str) -> Optional[Mention]:
    """The actor named last before `before` that a demonstrative of that gender can take up: no place, no
    person of the other gender."""
    other = _OTHER[_PRONOUN_GENDER[pronoun]]
    return mentions.last_before(before, lambda m: m.actor_type != "place" and not (
        m.actor_type == "person" and _gender(m.actor) == other), key=("demonstrative", other))


def _governing_subject(pronoun, pp: ParsedParagraph, mentions: MentionIndex, word: str) -> Optional[Mention]:
    """The named subject of the verb whose que-clause (or object relative clause) holds `pronoun` as
    subject, if it agrees."""
    verb = pronoun.head
    if verb.dep_ not in ("ccomp", "acl:relcl") or pronoun.dep_ != "nsubj":
        return None
    main = verb.head
    if verb.dep_ == "acl:relcl":
        # « X s'en prend au maire, Y, qu'il accuse de … »: the subject of a relative clause whose
        # object is its antecedent is the main clause's
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        if main.pos_ not in ("VERB", "AUX") or not any(c.lower_ in ("qu'", "que") for c in verb.children):
            return None
    subjects = [c for c in main.children if c.dep_ == "nsubj" and c.i < pronoun.i]
    if not subjects:
        return None
    m = _mention_at(mentions, pp.start + subjects[0].idx, pp.start + subjects[0].idx + len(subjects[0].text))
    gender = _PRONOUN_GENDER.get(word)
    if m is None or m.actor_type == "person" and gender and _gender(m.actor) == _OTHER[gender]:
        return None
    return m


def _quote_before(text: str, sent: Sentence, cue_start: int) -> bool:
    # (« », a confié X », « » souligne encore X »; not « X fustige « … » et accuse Y »: a verb
    # coordinated after a quotation has the first verb's subject, not the name after it)
    return bool(re.search(r"[»”\"]\s*,?\s*(?:(?!(?:et|mais|puis|ou|and|but|then)\s)\w+\s+){0,2}$",
                          text[sent.start:cue_start]))


_AFTER = re.compile(r"[\s»”\"]*,\s*(?P<words>[^,.;:!?«“\"]{0,60})")


#: Conjunctions that open a clause of its own after a quotation, where no incise stands (Grevisse, Le Bon usage
#: §374: the incise is a verb of saying with its subject inverted, never introduced by a conjunction).
_CLAUSE_LINK = re.compile(r"(?:tandis|alors|mais|et|car|donc|puis|quand|lorsque?|lorsqu'|puisque?|puisqu'|parce|si|"
                          r"comme|bien|pendant|ou|or|ni|while|but|and|as|when|because)\b", re.IGNORECASE)


_INVERTED_PRONOUN = re.compile(r"-t?-?(il|elle)\b|\b(he|she) (?:said|added|told|wrote)\b", re.IGNORECASE)


def _said_after(text: str, e: int, sent: Sentence, mentions: MentionIndex) -> Optional[Mention]:
    """The speaker named right after a closing quotation mark: "», a déclaré X", "», a-t-il dit"."""
    m = _AFTER.match(text, e, sent.end)
    if not m:
        return None
    words = m.group("words")
    pronoun = _INVERTED_PRONOUN.search(words)
    if pronoun and pronoun.start() < 15:
        return _previous_person(mentions, e)
    w_start = m.start("words")
    first = re.match(r"[a-zà-ÿ'-]+\s+", words)  # a verb comes first ("», a déclaré le maire …")
    if not first or _CLAUSE_LINK.match(words):
        return None  # (« », tandis que l'association X a salué … »: a clause of its own, not an incise)
    found = [x for x in mentions.starting_in(w_start + first.end(), m.end("words"))
             if x.actor_type in ("person", "org")
             and not re.search(r"(?:\bà|\bau|\baux|\bto)\s+(?:l')?$", text[w_start:x.start], re.IGNORECASE)]
    # "a confié à L'Équipe son associé, James O'Connor": the addressee is not the speaker.
    found.sort(key=lambda x: (x.actor_type != "person", x.start))
    return found[0] if found else None


#: A sentence opening on the one who speaks for its subject (« Par la voix de son avocate, Me X, »).
_THROUGH_VOICE = re.compile(r"\s*(?:(?:[Pp]ar\s+la\s+voix|[Pp]ar\s+l['’]interm[ée]diaire)\s+d(?:e\s|u\s|es\s|['’])|[Vv]ia\s)"
                            r"\s*[^.;:!?«»]{1,90},\s*$")


#: A short sentence-initial adverbial closed by a comma (« Dans un entretien, », « Mardi soir, »).
#: Prepositions opening a phrase of place or time (« Dans un entretien », « Devant le tribunal de Y »).
_SETTING_WORDS = "dans|sur|devant|derrière|depuis|pendant|lors|après|avant|à|au|aux|en|face|près|loin|sous|dès"
_ADVERBIAL = re.compile(rf"^\s*(?:(?:[^\s,]+\s+){{0,3}}|(?:{_SETTING_WORDS}|chez)\s+(?:[^\s,]+\s+){{0,6}})[^\s,]+,\s*",
                        re.IGNORECASE)
#: A sentence-initial phrase of place or time closed by a comma (« Dans les couloirs de X, »): where the
#: scene is, not who speaks (« Chez X, » is X's side, and stays out).
_SETTING = re.compile(rf"\s*(?:{_SETTING_WORDS})\b[^,:«»]{{0,80}},", re.IGNORECASE)
#: A leading participle naming who asked (« Interrogée par Le Courrier, », « Contacté par nos soins, »), or
#: a conjunction opening the clause (« …, et l'adjointe aux sports appelle X à « … » »).
_ASKED = ASKED_BY.removesuffix(r"\s+par")  # (« Interrogé sur l'avenir du projet, »: the one asked)
_ASKED_BY = re.compile(rf"^\s*(?:(?:{ASKED_BY}|{_ASKED}\s+(?:sur|à propos|au sujet)\b)\s+[^,]{{1,60}},|(?:et|mais|puis|and|but)\b)\s*", re.I)

