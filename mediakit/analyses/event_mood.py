"""Whether an event happened as told: negation, modality, and what is only planned or threatened."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..tag.actors.lexicon import speech_verbs
from ..types import Quote
from . import events
from .arguments import SUBJ
from .syntax import accused_act, offer_noun, stranded_auxiliary



#: Determiners that deny their noun (« aucune poursuite », "no action").
_NO_DET = {"aucun", "aucune", "nul", "nulle", "no"}


def ceased(token: Token, lang: str) -> bool:
    """Whether the event is the infinitive complement of a verb of ending (« cesser de », "stop"), or
    a support named by a noun that a verb of reduction or ending takes as object (« a réduit la subvention »,
    « a cessé toute collaboration »)."""
    head = token.head
    if head.i == token.i:
        return False
    if token.pos_ == "NOUN":
        reduction = events.words("reduction", lang)
        cur = token  # the object, or a complement of the object the parser took for it (« de 40 % la subvention »)
        # (three steps: fr_core_news_md hangs « la subvention » in apposition on « % », « % » on « lundi »;
        # « a gelé mardi le solde de sa subvention »: the small model makes « le solde » a modifier, obl:mod)
        for _ in range(3):
            if cur.dep_ not in ("obj", "nmod", "obl:arg", "obl:mod", "appos") or cur.head.i == cur.i:
                break
            head_verb = cur.head
            # (or of ending: « a cessé toute collaboration avec X », « interrompt son partenariat »)
            if head_verb.lemma_ in reduction or head_verb.lemma_ in events.words("cessation", lang) \
                    or head_verb.pos_ in ("ADJ", "NOUN", "VERB") and events.infinitive_of(head_verb.lower_) in reduction:
                return True  # (« gelé » tagged an adjective and left unlemmatised)
            if head_verb.lemma_ == "avoir" and any(
                    events.infinitive_of(w.lower_) in reduction for w in token.doc[head_verb.i + 1:cur.i]):
                return True  # « a de son côté gelé la subvention »: the participle hung on « côté »
            cur = cur.head
    return (token.dep_ == "xcomp" or token.tag_ == "VBG" or token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm")) \
        and head.lemma_ in events.words("cessation", lang)


@lru_cache(maxsize=None)
def _negation_words(lang: str) -> tuple[frozenset, frozenset, frozenset]:
    """(negators, verbs that a negation does not cancel, denial verbs), read once per language."""
    table = events.lexicon()["negation"]
    return frozenset(events.words("negation", lang)), frozenset(table["double"]), frozenset(table["denial_heads"])


def _no_intention(token: Token) -> bool:
    """« n'avait « aucune intention » de porter plainte »: an infinitive after « aucun N de », read off
    the words (quotation marks around the noun often break the parse)."""
    # (the last three words, read backwards: most triggers have no « de » before them)
    words: list[Token] = []
    for t in reversed(token.doc[max(0, token.i - 8):token.i]):
        if t.is_space or t.text in ("«", "»", '"', "“", "”"):
            continue
        if not words and t.lower_ not in ("de", "d'"):
            return False
        words.append(t)
        if len(words) == 3:
            return words[1].pos_ == "NOUN" and words[2].lower_ in _NO_DET
    return False


@lru_cache(maxsize=None)
def _negative_pronouns() -> frozenset:
    return frozenset(events.lexicon()["negation"]["pronouns"])


def _nothing_done(children: list[Token]) -> bool:
    """Whether « ne » and an object « rien » / « personne » negate the verb (`children`: its children; the
    pronoun is an object, not a negating adverb, so the adverb test of `negated` misses it)."""
    return any(c.lower_ in ("ne", "n'") for c in children) and any(
        c.dep_ == "obj" and c.lower_ in _negative_pronouns() for c in children)


@lru_cache(maxsize=None)
def _cancelling() -> frozenset:
    return frozenset(events.lexicon()["negation"]["cancelling"])


@lru_cache(maxsize=None)
def _cancelling_through_a() -> frozenset:
    return frozenset(events.lexicon()["negation"]["cancelling_through_a"])


@lru_cache(maxsize=None)
def _refusal() -> frozenset:
    return frozenset(events.lexicon()["negation"]["refusal_heads"])


@lru_cache(maxsize=None)
def _expectation() -> frozenset:
    return frozenset(events.lexicon()["negation"]["expectation_heads"])


@lru_cache(maxsize=None)
def _privative() -> frozenset:
    return frozenset(events.lexicon()["negation"]["privative"])


#: Verbs whose negation says their subject's event did not happen (« le rachat n'a pas eu lieu »,
#: « la plainte n'a pas abouti », « l'accord n'est pas signé »).
_REALISING = {"avoir", "être", "aboutir", "exister", "intervenir", "produire", "concrétiser", "happen", "be", "have", "occur"}


def negated(token: Token, lang: str) -> bool:
    """Whether the event or a verb governing it is negated (a double negation is not)."""
    neg, double, denial = _negation_words(lang)
    cur = token
    children = list(token.children)  # (read by several tests below: `children` makes new Tokens on each pass)
    if any(c.dep_ == "obj" and any(d.dep_ == "det" and d.lower_ in _NO_DET for d in c.children) for c in children):
        return True  # « n'engagerait aucune poursuite », "took no action": the act's object is none
    if _no_intention(token):
        return True
    if lang == "fr" and _nothing_done(children):
        return True  # « ne reproche rien à X », « n'a débauché personne »
    if any(c.dep_ in ("mark", "case") and c.lower_ in _privative() for c in children):
        return True  # « sans pour autant désavouer X », "without criticising Y"
    if token.pos_ == "VERB" and token.dep_ in ("xcomp", "ccomp", "obl:arg", "obl") and token.head.lemma_ in _refusal():
        return True
    if token.dep_ == "ccomp" and token.head.lemma_ in _expectation() \
            and any(events.conditional(v) for v in [token] + [c for c in children if c.dep_.startswith("aux")]):
        return True  # « je pensais que la fondation me soutiendrait »: it did not, or only might
    if token.pos_ == "NOUN" and (token.dep_ in ("obj", "nsubj:pass") and token.head.lemma_ in _cancelling()
                                 or token.dep_.startswith("obl") and token.head.lemma_ in _cancelling_through_a()
                                 and any(c.lower_ in ("à", "au", "aux") for c in children)):
        return True  # « a abandonné le rachat de X », « le rachat de X a été annulé », « renonce au rachat »
    if _denied_on_the_surface(token, denial):
        return True  # « X dément par ailleurs avoir voulu racheter Y », the denial read as an adverb
    aux = stranded_auxiliary(token)
    if aux is not None and any(c.dep_ in ("advmod", "neg") and c.lower_ in neg for c in aux.children):
        return True  # « n'a pas pour autant rompu avec X »: the negation stayed on the auxiliary the parse cut off
    for _ in range(4):
        kids = children if cur.i == token.i else list(cur.children)
        # (an adverb before a comma that precedes the verb is another clause's: « X, qui ne se parlent plus
        # depuis l'été, se renvoient … »; the French negation's « pas », « plus » follow the verb or its auxiliary)
        kids = [c for c in kids if not (c.i < cur.i and any(t.text == "," for t in cur.doc[c.i + 1:cur.i]))]
        if any(c.dep_ in ("advmod", "det", "neg") and c.lower_ in neg for c in kids) or (
                lang == "fr" and any(c.lower_ in ("ne", "n'") for c in kids)
                and any(t.lower_ == "ni" and t.i > cur.i for t in cur.subtree)):
            # (« ne soutient ni X ni Y »: « ni » is tagged a conjunction)
            # « n'exclut pas de retirer »: the act under a negated « exclure » stands (only planned),
            # the negated « exclure » itself is no act
            return cur.i == token.i or cur.lemma_ not in double
        if cur.i != token.i and cur.lemma_ in denial and token.lemma_ != "accusation":
            # "a démenti toute volonté de se séparer de…"; « a démenti les accusations de Y »
            # denies Y's words, it does not cancel them
            return True
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "acl:relcl", "parataxis", "acl") or cur.head.i == cur.i:
            break
        if cur.dep_ == "xcomp" and "Fin" in cur.morph.get("VerbForm"):
            break  # « X, qui ne se parlent plus, se renvoient … »: a finite verb heads a clause of its own
        if cur.dep_ == "nsubj" and cur.pos_ == "NOUN" and cur.head.lemma_ not in _REALISING:
            break  # « Le recours de X ne suspend pas le transfert »: the suit stands; « n'a pas eu lieu » does not
        if cur.dep_ == "conj" and (any(c.dep_ in SUBJ or c.dep_.startswith("aux") for c in kids)
                                   or "Fin" in cur.morph.get("VerbForm")):
            break  # "Ce n'est pas la première fois…: X a été condamné", « a démenti … et accuse »: a clause of its own
        cur = cur.head
    return False


#: Words that may stand between a denying verb and the infinitive it denies (« dément par ailleurs avoir voulu … »),
#: object clitics included (« dément l'avoir sanctionné »).
_BETWEEN_DENIAL = {"par", "ailleurs", "avoir", "être", "jamais", "formellement", "catégoriquement",
                   "l'", "le", "la", "les", "lui", "leur", "se", "s'",
                   # « dément toute volonté d'entrer au capital de X »
                   "toute", "tout", "volonté", "intention", "de", "d'",
                   # connectives md may tag a preposition and a noun (« dément en revanche avoir menacé X »,
                   # « de son côté »; « en », « pour » only in _CONNECTIVES)
                   "revanche", "bloc", "sa", "son", "part", "côté", "toutefois", "pourtant", "cependant"}
#: « en », « pour » between a denial and its infinitive only as the first word of a connective (« en revanche »,
#: « pour sa part »): « dément tout en accusant X », « dément pour mieux attaquer X » deny nothing of the act.
_CONNECTIVES = {"en": {"revanche", "bloc"}, "pour": {"sa", "son", "leur", "ma", "notre"}}


def _denied_on_the_surface(token: Token, denial: frozenset) -> bool:
    """Whether an infinitive (or a past infinitive) follows a denying verb the parse lost, read on
    the words: the denial's form (« dément »), then only adverbs, auxiliaries, object clitics and
    infinitives; a participle md tags an adjective after « avoir » or « être » counts."""
    doc = token.doc
    # (a participle md tags an adjective after « avoir »: « dément l'avoir sanctionné »)
    if not ({"Inf", "Part"} & set(token.morph.get("VerbForm"))) and not (
            token.i and doc[token.i - 1].lower_ in ("avoir", "être") and token.pos_ in ("ADJ", "VERB")):
        return False
    j = token.i - 1
    while j >= 0 and token.i - j <= 6:
        t = doc[j]
        if t.lemma_ in denial or events.surface_verb(t) in denial or not t.pos_ == "VERB" and _present_of(t.lower_) & denial:
            return True
        if not (t.lower_ in _BETWEEN_DENIAL or t.pos_ in ("ADV", "AUX")
                or t.pos_ == "VERB" and {"Inf", "Part"} & set(t.morph.get("VerbForm"))
                or doc[j + 1].lower_ in _CONNECTIVES.get(t.lower_, ())):
            return False
        j -= 1
    return False


def _present_of(form: str) -> set[str]:
    """The infinitives a third-person present form may be of (« dément » → démentir, « nie » → nier)."""
    out = {form + "r"} if form.endswith("e") else set()  # nie → nier, conteste → contester
    if form.endswith("ent"):
        out |= {form[:-3] + "entir", form[:-3] + "er", form[:-3] + "ir"}  # dément, nient, démentent
    return out


def _clause(token: Token) -> tuple[Token, list[Token]]:
    """The head of the clause `token` stands in (climbing infinitives and conjuncts) and the verbs,
    auxiliaries and copulas on the way (« serait prête à investir » counts its copula)."""
    verbs = [token] + [c for c in token.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
        verbs += [head] + [c for c in head.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    return head, verbs


def future_in_past(token: Token, lang: str) -> bool:
    """Whether the event is a present conditional in a clause that a verb of saying in a past tense
    reports (« a annoncé qu'elle porterait plainte », « a fait savoir qu'il soutiendrait X »): the
    future seen from the past (Grevisse, Le Bon usage §889), a reported plan, not an allegation.
    A past conditional (« a affirmé que X aurait licencié Y ») stays an allegation."""
    if lang != "fr":
        return False
    head, verbs = _clause(token)
    cond = [v for v in verbs if events.conditional(v)]
    if not cond or any(v.dep_ in ("aux", "aux:tense") for v in cond):
        return False
    if head.dep_ != "ccomp" or head.head.i == head.i:
        return False
    gov = head.head
    faire = [t for t in (gov.head, *gov.children) if t.lemma_ == "faire"] if gov.lemma_ == "savoir" else []
    if faire:
        gov = faire[0]  # « a fait savoir que » (the parser hangs « fait » on « savoir » or the reverse)
    elif gov.lemma_ not in speech_verbs(lang):
        return False
    past = "Past" in gov.morph.get("Tense") and "Part" in gov.morph.get("VerbForm") and any(
        c.dep_.startswith("aux") for c in gov.children)
    return past or "Imp" in gov.morph.get("Tense") and not events.conditional(gov)


@lru_cache(maxsize=None)
def _hedges(lang: str) -> re.Pattern:
    """The hedges of `lang` as whole words ("may" is not in "mayor")."""
    words = sorted(events.words("hedges", lang), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _governs_infinitive(token: Token) -> bool:
    """Whether `token` has an infinitive complement opened by « de » (« menace de faire … »)."""
    return any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")
               and any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’") for m in c.children) for c in token.children)


def _plan_on_the_surface(token: Token, plans: tuple[str, ...]) -> bool:
    """« X prévoit d'investir »: an infinitive whose « de » follows a plan verb the parse misread
    after an unknown name (« prévoit » tagged as part of the name), found by the verb's stem."""
    mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") and c.i == token.i - 1),
                None)
    if mark is None or mark.i == 0 or "Inf" not in token.morph.get("VerbForm"):
        return False
    word = token.doc[mark.i - 1].lower_
    return any(len(p) > 5 and " " not in p and word.startswith(p[:-3] if p.endswith(("oir", "re")) else p[:-2])
               for p in plans)


def modality(token: Token, lang: str, sentence: str, quote: Optional[Quote], block: str) -> str:
    """alleged (conditional, or the act someone is accused of) > reported (in speech or a post) >
    hedged (selon, il semble) > asserted."""
    if accused_act(token):
        return "alleged"  # « X accuse Y d'avoir licencié Z »: Z's firing is X's claim
    _, verbs = _clause(token)
    if token.pos_ == "NOUN" and token.dep_ in ("obj", "nmod") and token.head.i != token.i:
        # a nominal act under a verb (« aurait fait une offre d'embauche à X », « aurait annoncé le
        # rachat de X »): that verb's mood is the act's
        from .nominal_events import governing_verb  # (nominal_events imports this module's users)

        verbs += _clause(governing_verb(token))[1]
    cond = [v for v in verbs if events.conditional(v)]
    if cond and future_in_past(token, lang):
        return "reported"
    if cond and not any(v.lemma_ in ("pouvoir", "devoir") for v in cond):
        return "alleged"
    if quote is not None and quote.cue and quote.cue.lower().replace("\u2019", "'") in events.informant_marks():
        return "hedged"  # « selon X, Y a licencié Z »: a source named, not words reported
    if quote is not None or block == "embed":
        return "reported"
    if cond or _hedges(lang).search(sentence):
        return "hedged"
    return "asserted"


@lru_cache(maxsize=None)
def _bid_nouns() -> frozenset[str]:
    """Nouns of an act that are offers of it (events.yml offer_nouns and bid_nouns)."""
    return frozenset(events.lexicon()["offer_nouns"]) | frozenset(events.lexicon()["bid_nouns"])


def prospective(token: Token, lang: str) -> bool:
    """Under a verb of plan, threat, call or attempt, or in the future tense."""
    # (an act offered or planned, « une offre de reprise de X », is prospective as under « projeter »)
    plans = events.words("prospective", lang) + tuple(events.lexicon()["offer_nouns"])
    if any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children):
        plans = ()  # « a annoncé avoir signé »: a past infinitive tells a done act, whatever announced it
    if future_in_past(token, lang) or _plan_on_the_surface(token, plans):
        return True
    if offer_noun(token) is not None:
        return True  # « a déposé une offre pour reprendre X »: the act offered, not (yet) done
    if token.pos_ == "NOUN" and {token.lower_, token.lemma_.lower()} & _bid_nouns() \
            and not (token.head.i != token.i and token.head.lemma_.lower() in events.lexicon()["winning_verbs"]):
        # « une OPA sur X », « une offre publique d'achat »: the noun of the act is itself an offer (not one
        # won or completed: « a réussi son OPA sur X »)
        return True
    cur = token
    for _ in range(3):
        if "Fut" in cur.morph.get("Tense"):
            return True
        if cur.i != token.i and (cur.lemma_ in plans or cur.pos_ in ("NOUN", "ADJ") and _governs_infinitive(cur)
                                 and events.infinitive_of(cur.lower_) in plans):
            # (« et menace de faire boycotter … »: the small model tags the verb a noun, « menace »)
            return True
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "obj", "obl", "obl:arg", "nmod", "dep", "ccomp"):
            break
        cur = cur.head
    return False
