"""The grammatical functions of a verb's arguments on fr_core_news_md's parse: its subjects (climbing through
infinitives, coordinations and participles), its objects and prepositional objects, the clause after a word; with
the parser's usual errors read back (a dative clitic labelled a subject, an expletive « il » that is personal, an
informant « selon X » labelled a subject). arguments.py maps these tokens to actors and re-exports these names."""

from __future__ import annotations

from spacy.tokens import Token

from . import events
from .syntax import (case_of, dislocated, fronted_setting, hung_on_time, misread_xcomp, object_controller, offer_noun,
                     offering_verb, participial_adjunct, stranded_auxiliary)


#: Prepositions that introduce the target of an event (FR and EN).
TARGET_CASES = {"à", "au", "aux", "contre", "avec", "dans", "envers", "auprès", "to", "with", "against", "in", "into",
                "on", "from"}


SUBJ = ("nsubj", "nsubj:pass", "csubj")


#: « de » and its contractions (« d' » once its apostrophe is stripped by case_of).
DE = {"de", "du", "des", "d", "of"}


#: Tokens that close the clause a fallback target is looked for in.
CLAUSE_END = {",", ";", ":", "(", ")", "qui", "que", "qu'", "dont", "lequel", "laquelle", "who", "which", "that"}


#: The conjoint dative clitics (« lui », « leur »): an indirect object standing before its verb.
_DATIVE_CLITICS = {"lui", "leur"}


def dative_read_as_subject(token: Token) -> bool:
    """« Le fonds X, actionnaire de l'académie, lui a apporté 1,5 million » parsed with « lui » as a second
    subject: a clause has one subject, and a conjoint « lui » / « leur » right before the verb group is its
    indirect object (Riegel, Pellat & Rioul, Grammaire méthodique du français, ch. VII, the conjoint personal
    pronouns: « lui », « leur » are the dative forms; a subject « lui » is a disjoint, stressed form)."""
    if token.lower_ not in _DATIVE_CLITICS or token.dep_ not in SUBJ or dislocated(token):
        return False
    verb = token.head
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or not (nxt.i == verb.i or nxt.pos_ == "AUX" and nxt.head.i == verb.i):
        return False
    return any(c.dep_ in SUBJ and c.i != token.i and c.i < token.i for c in verb.children)


def subjects_of(token: Token) -> list[Token]:
    """The subjects of `token`, climbing through infinitives, coordinations and participles."""
    controller = object_controller(token)
    if controller is not None:
        return [controller]  # « accuse X d'avoir licencié Y », « lui reprochant d'avoir racheté Y »: X's act
    cur = token
    for _ in range(6):
        children = list(cur.children)
        # (not a dative clitic the parse made a second subject: « X lui a apporté … »)
        subj = [c for c in children if c.dep_ in SUBJ and not dative_read_as_subject(c)] \
            or [c for c in children if personal_expletive(c)] \
            or [c for c in children if _unlabelled_subject(c)]
        subj = [r for c in subj for r in _not_informant(c)]
        # (a stressed pronoun that takes up a subject named before it is that subject, not a second one
        # to resolve on its own: « L'opposition, elle, s'en prend à la maire » is no act of whoever
        # « elle » was in the sentence before)
        subj = [c for c in subj if not (dislocated(c) and any(o.i < c.i and o.pos_ in ("NOUN", "PROPN") for o in subj))]
        if subj:
            if subj[0].lower_ in ("qui", "who", "which", "that") and cur.head.i != cur.i:
                return [cur.head]  # "c'est X qui a injecté", "X, qui a salué"
            return subj
        # (fr_core_news_md may label such a participle ``appos``)
        if cur.dep_ in ("acl", "acl:relcl", "appos") and participial_adjunct(cur):
            # « X a attribué le marché à Y, écartant Z »: a present participle after a comma is the
            # main clause's subject's act, whatever noun the parse hung it on
            # (not a subordinate clause's: « Quand X a refusé, Y a attribué …, écartant Z »)
            first = [t for t in cur.sent if t.dep_ in SUBJ and t.i < cur.i and t.head.dep_ not in _SUBORDINATE]
            if first:
                return first[:1]
        aux = stranded_auxiliary(cur)
        if aux is not None:
            subj = [c for c in aux.children if c.dep_ in SUBJ]
            # (or the noun the parse hung the auxiliary on: « La dramaturge X, …, a pour sa part pris »)
            # (or the subject the parse gave the noun of « de son côté » it hung the auxiliary on:
            # « Le Royaume d'Ysengrin a de son côté assigné X »)
            return subj or ([aux.head] if aux.head.i < aux.i and aux.head.pos_ in ("NOUN", "PROPN") else []) \
                or [c for c in aux.head.children if c.dep_ in SUBJ and c.i < aux.i]
        verb = misread_xcomp(cur) or offering_verb(cur)  # (« X a déposé une offre pour reprendre Y »: X's act)
        if verb is not None:
            cur = verb
            continue
        if (offer := offer_noun(cur)) is not None:
            return [offer]  # (« a validé l'offre pour reprendre Y »: the offer's maker is not said)
        if cur.dep_ in ("acl", "acl:relcl") and cur.head.i != cur.i:
            return [cur.head]  # "l'enseigne, accusée de…": the noun a participle modifies
        if cur.dep_ in ("xcomp", "conj", "dep", "advcl") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ == "advmod" and cur.head.i != cur.i and events.adverb_verb(cur):
            # « Il dément avoir signé … », « La directrice, elle, dément tout harcèlement »: a verb read as
            # an adverb follows its subject pronoun (which the parse may hang elsewhere), else hangs on
            # the word the parse made the clause's head, which holds its subject
            prev = cur.doc[cur.i - 1]
            if prev.lower_ in events.SUBJECT_PRONOUNS:
                return [prev]
            cur = cur.head
            continue
        break
    return []


def _unlabelled_subject(child: Token) -> bool:
    """A bare name or noun before its verb that the parser left unlabelled (``dep``): in French a
    nominal with no preposition before the verb is its subject (fr_core_news_md reads
    « Paul Roche s'est fait embaucher » with « Paul » as ``dep``)."""
    return child.dep_ == "dep" and child.pos_ in ("PROPN", "NOUN") and child.i < child.head.i \
        and not any(g.dep_ == "case" for g in child.children)


#: Dependencies of verbs heading a clause inside another (relative, adverbial, completive).
_SUBORDINATE = {"acl:relcl", "acl", "advcl", "ccomp", "csubj"}


def _not_informant(subject: Token) -> list[Token]:
    """A subject the parser gave its « selon » (« Selon X, Y a licencié Z » read as X and Y
    licensed Z) is the source of the information, not of the act: its conjuncts stand instead."""
    # doc.text[left_edge.idx:subject.idx], read from those tokens alone: Doc.text joins every
    # token of the paragraph again on each access
    before = subject.doc[subject.left_edge.i:subject.i].text_with_ws.lower().replace("\u2019", "'").strip()
    if before and before.endswith(events.informant_marks()):
        return [c for c in subject.children if c.dep_ == "conj"]
    if subject.lang_ == "fr" and subject.dep_ != "csubj" and any(
            c.dep_ == "case" and c.pos_ == "ADP" and c.i < subject.i and c.lower_.rstrip("'") not in DE for c in subject.children):
        # « sur France Bleu, X et Y se sont accusés »: a phrase with its preposition is no subject
        # (fr_core_news_md may label it so and hang the true subjects on it as conjuncts); « des »,
        # « du » stay: a partitive subject (« Des salariés ont dénoncé ») may be tagged so
        return [c for c in subject.children if c.dep_ == "conj" and not any(g.dep_ == "case" for g in c.children)]
    return [subject]


#: Verbs of the impersonal constructions whose « il » is a true expletive (« il faut », « il semble »,
#: « il y a », « il s'agit », « il est probable que »).
_IMPERSONAL = {"falloir", "sembler", "paraître", "agir", "exister", "rester", "manquer", "suffire", "arriver",
               "pleuvoir", "valoir", "importer", "convenir", "être", "avoir", "faire", "apparaître", "s'agir"}


def personal_expletive(token: Token) -> bool:
    """A subject « il » / « elle » the parser labelled expletive (``expl:subj``) in a personal clause.

    fr_core_news_md often labels a sentence-initial « Il » of « Il la critique » as an expletive;
    outside the impersonal verbs it stands for an actor.
    """
    return (token.dep_ == "expl:subj" and token.lower_ in ("il", "elle")
            and token.head.lemma_ not in _IMPERSONAL and not any(c.lower_ == "y" for c in token.head.children))


def objects_of(token: Token) -> list[Token]:
    """Candidate target heads: direct and indirect objects, prepositional objects, their complements."""
    # (a stressed pronoun between commas, « La ministre, elle, refuse … », is the subject taken up, not
    # an object: French object pronouns are clitics before the verb)
    # (nor is a reflexive clitic, « se sont invectivés »: it is the subject itself)
    children = list(token.children)  # (read several times below: `children` makes new Tokens on each pass)
    direct = [c for c in children if c.dep_ in ("obj", "iobj") and not dislocated(c)
              and c.lower_ not in events.SE]
    # « a assigné en référé le bailleur X »: « en » never takes a past participle, so « référé » is the
    # procedure's noun the parser read as a verb, with the real object hung on it as its subject
    misread = [c for c in children if c.dep_ == "advcl" and "Part" in c.morph.get("VerbForm")
               and "Past" in c.morph.get("Tense") and any(g.dep_ == "mark" and g.lower_ == "en" for g in c.children)]
    direct += [g for c in misread for g in c.children if g.dep_ in ("nsubj", "obj") and g.i > c.i]
    aux = stranded_auxiliary(token)
    if aux is not None and aux.head.i != token.i and aux.head.pos_ == "NOUN" and aux.head.i < token.i:
        # « X a de son côté assigné le fabricant Y »: the parse hung the object, as a bare noun, on « côté »
        direct += [c for c in aux.head.children if c.i > token.i and c.dep_ in ("nmod", "obj")
                   and not any(g.dep_ == "case" for g in c.children)]
    if not direct:
        # « Tuber & Co, qu'elle accuse de … »: the relative object pronoun, whatever the parse hung it as
        direct = [c for c in children if c.dep_ in ("obj", "mark") and relative_object(c)]
    preps = [c for c in children if c.dep_.startswith(("obl", "nmod")) and case_of(c) in TARGET_CASES
             and not fronted_setting(c)] + hung_on_time(token, TARGET_CASES)
    nested = [g for c in direct for g in c.children if g.dep_ == "nmod" and case_of(g) in TARGET_CASES | DE]
    return direct + preps + nested


def relative_object(token: Token) -> bool:
    """Whether `token` is the relative pronoun « que » (the object of its clause's verb)."""
    return token.lower_ in ("que", "qu'") and "Rel" in token.morph.get("PronType")


def clause_after(token: Token) -> list[Token]:
    """The tokens after `token` up to the end of its clause (a comma, a relative, a conjunction).

    The parser's sentence may end early (« guillemets » cut it), so the scan runs on the paragraph's tokens.
    """
    out = []
    for t in token.doc[token.i + 1:]:
        if t.lower_ in CLAUSE_END or t.text in (".", "!", "?") or t.pos_ in ("SCONJ", "CCONJ"):
            break
        out.append(t)
    return out
