"""Which actor a pronoun takes up: rule-based salience over the actors named before it.

spaCy's French pipeline has no coreference component, so the antecedent is ranked by hand, after
Lappin & Leass (1994): recency, grammatical role, parallelism and gender agreement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..tag.actors.lexicon import POSSESSIVES, is_forum, person_gender, unnamed_heads, unnamed_spokespeople
from ..types import Sentence
from . import events

if TYPE_CHECKING:
    from .arguments import DocContext


#: Pronoun → the gender it agrees with ("m", "f"), or "" for either (« lui », « l' », « se »).
_GENDER = {"il": "m", "le": "m", "celui-ci": "m", "dernier": "m", "he": "m", "him": "m",
           "elle": "f", "la": "f", "celle-ci": "f", "dernière": "f", "she": "f", "her": "f"}
#: Salience weights of rule-based anaphora resolution (Lappin & Leass 1994, "An algorithm for
#: pronominal anaphora resolution", Computational Linguistics 20(4)): sentence recency 100,
#: subject 80, direct object 50, indirect object 40, not inside an adverbial phrase 50, and 35 for
#: a candidate in the pronoun's own role (parallelism). The sum over an actor's mentions halves with
#: each sentence between it and the pronoun: an actor named often and lately outranks one named once.
_ROLE_WEIGHT = {"subj": 80.0 + 50.0, "obj": 50.0 + 50.0, "iobj": 40.0 + 50.0, "adv": 0.0, "other": 50.0}
RECENCY, PARALLEL = 100.0, 35.0
#: Head-noun emphasis (Lappin & Leass 1994: 80): a phrase not embedded in another noun phrase (in a
#: relative clause or a participle modifying a noun: `DocContext.embedded`) outranks one that is.
HEAD_NOUN = 80.0
#: An article closing the words before a mention (« selon la » before « SDJ »).
_ARTICLE_END = re.compile(r"(?:(?<=\s)(?:la|le|les)|(?<=\s)l')$")
#: How many sentences back an antecedent is looked for; when none there agrees, how far back at most
#: (bounded so that a long document's pronouns do not each read all of it).
SENTENCES_BACK, FAR_SENTENCES_BACK = 3, 30
#: A person whose given name has the pronoun's gender outranks an organisation, which agrees with either.
AGREES = 100.0


def pronoun_gender(token: Token) -> str:
    if token.lower_ in ("le", "la") and token.pos_ == "DET" and token.head.pos_ in ("NOUN", "PROPN"):
        return ""  # an article (a clitic the tagger calls DET stands before its verb: « qu'il la soutenait »)
    if token.lower_.replace("\u2019", "'") == "l'" and token.pos_ == "PRON":
        return _participle_gender(token)
    return _GENDER.get(token.lower_, "")


def _participle_gender(clitic: Token) -> str:
    """The gender of an elided object clitic « l' » read off the past participle it governs with « avoir »:
    that participle agrees with a direct object placed before it (« X l'a écartée »: a feminine
    antecedent; « l'a recruté »: a masculine one; Riegel, Pellat & Rioul, Grammaire méthodique du
    français, on the agreement of the past participle with avoir; Grevisse, Le Bon Usage § 942).
    "" when the verb is no such participle (« l'accuse », « menace de l'assigner »)."""
    verb = clitic.head
    if clitic.dep_ != "obj" or verb.i < clitic.i or "Part" not in verb.morph.get("VerbForm") \
            or not any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in verb.children):
        return ""
    if "Plur" in verb.morph.get("Number"):
        return ""  # (a plural participle: « l' » is no plural; the parse is wrong)
    ending = verb.lower_
    # (from the written ending, which the tagger's Gender may leave out: « écartée », « humiliée »)
    if ending.endswith(("ée", "ie", "ue", "ise", "ite", "te", "se", "erte")):
        return "f"
    if ending.endswith(("é", "i", "u", "is", "it", "ert")):
        return "m"
    return ""


def salient_antecedent(pos: int, ctx: DocContext, gender: str = "", exclude: frozenset | set = frozenset(),
                       own_role: str = "", informants: bool = False, persons_only: bool = False,
                       nearest: bool = False) -> list[str]:
    """The most salient actor (a person when `persons_only`) named before `pos` that agrees with a
    pronoun of `gender`; the latest one when `nearest` (a demonstrative: « Le club a saisi la Ligue,
    mais celle-ci a refusé », where salience would pick the subject).

    Candidates are the actors named in the last SENTENCES_BACK sentences (the pronoun's own
    included) and its paragraph or the one before, other than `exclude`, courts, products and
    sources of information (« selon Le Monde », unless `informants`: a possessive may own what its
    informant speaks of, « Selon X, Y boycotte ses produits »); a person whose given name has the other
    gender is ruled out and one whose name agrees outranks an organisation (which agrees with either:
    « la société … elle », « le groupe … il »). When no candidate is left, FAR_SENTENCES_BACK sentences are searched.
    """
    here = ctx.sent_of(pos)
    near = _scored(pos, ctx, gender, exclude, own_role, informants, here, False, persons_only, nearest)
    if near:
        return near
    # nothing agrees nearby (« Elle » after two men and a newspaper): the article's earlier actors
    return _scored(pos, ctx, gender, exclude, own_role, informants, here, True, persons_only, nearest)


def _scored(pos: int, ctx: DocContext, gender: str, exclude, own_role: str, informants: bool, here: Sentence,
            far: bool, persons_only: bool = False, nearest: bool = False) -> list[str]:
    """Salience per actor over the mentions (and the pending references) in the window, best first."""
    scores: dict[str, float] = {}
    order: dict[str, int] = {}
    window = []
    back = FAR_SENTENCES_BACK if far else SENTENCES_BACK

    def outside(m) -> bool:
        sent = ctx.sent_of(m.start)
        return here.sent_id - sent.sent_id > back or not far and sent.para_id < here.para_id - 1

    m = ctx.index.last_before(pos)
    while m is not None and not outside(m):
        window.append(m)
        m = ctx.index.last_before(m.start)
    extra = False
    # (the references not in the index: pending subjects, and the descriptions read outside the subject)
    for refs in (ctx.pending, ctx.object_refs):
        for r in reversed(refs):  # in text order: read back from the latest, as far as the window
            if r.end > pos:
                continue
            if outside(r):
                break
            window.append(r)
            extra = True
    if extra:
        window.sort(key=lambda m: (-m.start, -m.end))
    # the narrator's pronoun takes up the narrator's actors, not one named inside a speaker's words
    outside_quotes = ctx.quote_at(pos) is None
    for m in window:
        if outside_quotes and ctx.in_quotation(m.start):
            continue
        sent = ctx.sent_of(m.start)
        ok = (m.actor not in exclude and m.actor_type not in ("product",) and not is_forum(m.actor)
              and (not persons_only or m.actor_type == "person")
              and sent.block not in ("heading", "attribution")
              and (informants or not informant(ctx, m.start))
              # (nor the outlet the words were said to: « », a-t-il confié au Télégramme. Il a … »)
              and not ctx.addressee(m)
              # (nor a place that does not act: « installé à Paris » is where, not whom « l' » takes up)
              and not (m.actor_type == "place" and ctx.roles.get(m.start) != "subj")
              # (nor, for an object pronoun, a lawyer: « Son avocat, Me X, a indiqué que sa cliente
              # l'attaquerait » is against the other party, not the counsel)
              and not (own_role in ("obj", "iobj") and m.actor in ctx.lawyers()))
        agrees = False
        if ok and gender and m.actor_type == "person":
            agrees = person_gender(m.actor) == gender
            ok = agrees or person_gender(m.actor) == ""
        elif ok and gender:
            # an organisation agrees in the gender of the noun it was named with (« le groupe Y … il »,
            # never « elle »): ruled out when that noun has the other gender. (No bonus when it agrees:
            # a noun's gender is weaker evidence than a given name's, and with one « Le club X accuse Y.
            # Il dément » took up the club, not the accused.)
            known = organisation_genders(ctx).get(m.actor, "")
            ok = known in ("", gender)
        if ok and nearest:
            return [m.actor]
        if ok:
            role = ctx.roles.get(m.start, "other")
            weight = RECENCY + _ROLE_WEIGHT[role] + (PARALLEL if role == own_role else 0.0) + (AGREES if agrees else 0.0) \
                + (0.0 if m.start in ctx.embedded else HEAD_NOUN)
            scores[m.actor] = scores.get(m.actor, 0.0) + weight * 0.5 ** (here.sent_id - sent.sent_id)
            order.setdefault(m.actor, len(order))
    if not scores:
        return []
    # ties go to the latest named
    return [max(scores, key=lambda a: (scores[a], -order[a]))]


def mention_salience(ctx: DocContext, start: int, pos: int) -> float:
    """The salience at `pos` of the one mention starting at `start`: recency and its role's weight,
    halved with each sentence between them; a source of information (« Selon X, la direction … »)
    scores nothing, so that it is taken up only when nothing else is."""
    if informant(ctx, start):
        return 0.0
    back = ctx.sent_of(pos).sent_id - ctx.sent_of(start).sent_id
    return (RECENCY + _ROLE_WEIGHT[ctx.roles.get(start, "other")]) * 0.5 ** max(0, back)


def informant(ctx: DocContext, start: int) -> bool:
    """Whether the mention at `start` is a source of information (« selon X », « joint par X »)."""
    before = ctx.text_before(start, 30).lower().replace("\u2019", "'")
    # (past an opening guillemet and an article: « Selon « Libération » », « selon la SDJ »)
    before = _ARTICLE_END.sub("", before.rstrip().rstrip("«\u00a0 "))
    return before.rstrip().endswith(events.informant_marks())


def spokesperson_owner(subject: Token, base: int, ctx: "DocContext") -> list[str]:
    """The organisation an unnamed spokesperson or a governing body with a possessive acts for (« Le
    Collectif des riverains a porté plainte. Sa porte-parole accuse aussi le Sivad »: the collective;
    « Son conseil d'administration a révoqué X »: the company), the most salient non-person actor
    before it; none for any other subject.

    The press names the body, not the person, when the spokesperson stays unnamed (« un porte-parole
    de X » is X): the possessive is resolved as a pronoun, of no gender (« sa » agrees with the noun)."""
    word = subject.lemma_.lower()
    organ = word in events.organ_nouns() and (word != "conseil" or any(c.dep_ in ("nmod", "amod") for c in subject.children))
    # (« Son directeur a salué … », unnamed: the body; not « son directeur de cabinet », another post)
    head = word in unnamed_heads() and not any(c.dep_ == "nmod" for c in subject.children)
    if word not in unnamed_spokespeople() and subject.lower_ not in unnamed_spokespeople() and not organ and not head:
        return []
    if not any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in subject.children):
        return []
    # (the possessive of a subject takes up a subject first: the role parallelism of Lappin & Leass 1994)
    return salient_antecedent(base + subject.idx, ctx, "", frozenset(ctx.persons()), own_role="subj")[:1]


def organisation_genders(ctx: "DocContext") -> dict[str, str]:
    """Actor (not a person) → "m" or "f", the gender of the common noun the text names it with: the
    noun its name is apposed to (« la société niortaise X », « l'association de consommateurs X »,
    past a bare « de » complement that says its kind) or a description that takes it up (« La
    collectivité »); none when the nouns disagree. French pronouns agree with that noun's gender
    (Riegel et al., Grammaire méthodique du français: the anaphoric pronoun takes the gender of its
    antecedent noun phrase). Read once per document (kept on the context, for its index)."""
    got = getattr(ctx, "_organisation_genders", None)
    if got is not None and got[0] is ctx.index:
        return got[1]
    seen: dict[str, set[str]] = {}
    from .arguments import mention_spans  # (arguments imports this module)

    for m, span in mention_spans(ctx.parsed, ctx.index):
        if m.actor_type == "person":
            continue
        g = _noun_gender(span)
        if g:
            seen.setdefault(m.actor, set()).add(g)
    out = {a: next(iter(g)) for a, g in seen.items() if len(g) == 1}
    ctx._organisation_genders = (ctx.index, out)
    return out


def _noun_gender(span) -> str:
    doc, first = span.doc, span[0]
    if first.pos_ == "NOUN" and first.text[:1].islower() or first.pos_ == "DET" and len(span) > 1 \
            and span[1].pos_ == "NOUN" and span[1].text[:1].islower():
        noun = first if first.pos_ == "NOUN" else span[1]  # a description (« la collectivité »)
    elif first.pos_ == "NOUN" and first.i >= 1 and doc[first.i - 1].pos_ == "DET":
        noun = first  # a name opening on its kind, after its article (« Le Syndicat des salariés … »)
    else:
        j = first.i - 1
        while j >= 0 and first.i - j <= 2 and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
            j -= 1
        if j >= 2 and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ in ("de", "d'") and doc[j - 2].pos_ == "NOUN":
            j -= 2  # « la société de production X »: the head noun, past its kind
        if j < 1 or doc[j].pos_ != "NOUN" or not doc[j].text[:1].islower() or doc[j - 1].pos_ != "DET":
            return ""
        noun = doc[j]
    if "Plur" in noun.morph.get("Number"):
        return ""
    # the article says the gender (« le », « la », « un », « une », « ce », « cette », « du », « au »); after
    # an elided « l' » only a lowercase noun's tag is trusted (the tagger guesses on « l'Agence »)
    det = doc[noun.i - 1] if noun.i >= 1 else None
    said = _ARTICLE_GENDER.get(det.lower_, "") if det is not None else ""
    if said or not noun.text[:1].islower():
        return said
    g = noun.morph.get("Gender")
    return {"Fem": "f", "Masc": "m"}.get(g[0], "") if len(g) == 1 else ""


_ARTICLE_GENDER = {"le": "m", "un": "m", "ce": "m", "cet": "m", "du": "m", "au": "m",
                   "la": "f", "une": "f", "cette": "f"}
