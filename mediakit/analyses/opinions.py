"""Blame reported in a que-clause: « X déplore que la Région ait abandonné le territoire », « Y estime que
le club a manqué à sa parole ».

A verb of saying or of opinion introduces its content as a completive clause (« que … »: Riegel, Pellat &
Rioul, Grammaire méthodique du français, ch. XXIII, « le discours indirect »); what the clause says of its
subject is the speaker's judgement of that actor. A verb of blame (« déplorer », « regretter ») makes any
such clause a criticism of its subject; a neutral verb of saying or opinion (« estimer », « juger »,
« affirmer ») does when the clause's own tone is negative (the sentence-tone rules). A clause whose verb
is itself an event of the lexicon (« estime que X a trahi Y ») is that event's, read elsewhere.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..text.segment import ParsedParagraph
from ..types import Relation
from . import event_mood, events
from .arguments import SUBJ, DocContext, actors_of
from .sentiment import sentence_tone

#: The marks of a completive clause.
_QUE = {"que", "qu'", "qu\u2019"}


@lru_cache(maxsize=None)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of blame and neutral verbs of saying or opinion that take a que-clause (events.yml clause_blame)."""
    table = events.lexicon()["clause_blame"]
    bare = lambda verbs: frozenset(v.removeprefix("s'").removeprefix("se ") for v in verbs)
    return bare(table["blame"]), bare(table["opinion"])


def opinion_events(pp: ParsedParagraph, ctx: DocContext) -> list[Relation]:
    """Criticisms a speaker states in a que-clause about the actor that is the clause's subject."""
    if pp.lang != "fr":
        return []
    blame, opinion = _verbs()
    out: list[Relation] = []
    for token in pp.doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in blame and lemma not in opinion \
                or event_mood.negated(token, pp.lang):
            continue
        for clause in [c for c in token.children if c.dep_ == "ccomp" and _completive(c)]:
            relation = _blame(token, clause, lemma in blame, pp, ctx)
            if relation is not None:
                out.append(relation)
    return out


def _completive(clause: Token) -> bool:
    # (the parse may hang « que » on the clause's subject: the clause opens on it all the same)
    return clause.left_edge.lower_ in _QUE


def _undergone(clause: Token) -> bool:
    """Whether the clause's subject undergoes its verb rather than acts: a passive (« a été condamné ») or an
    intransitive conjugated with « être » (« est mort », « est tombé »; Riegel et al., ch. XIII, the auxiliary
    « être » of the unaccusatives), which a speaker reports without blaming its subject."""
    auxes = [c for c in clause.children if c.dep_.startswith("aux")]  # (aux, aux:tense, aux:pass)
    if any(c.dep_ == "aux:pass" for c in auxes):
        return True
    reflexive = any(c.dep_ in ("expl:comp", "expl:pv", "expl") or c.lower_ in ("se", "s'", "s’") for c in clause.children)
    return not reflexive and clause.pos_ == "VERB" and any(c.lemma_ == "être" for c in auxes) \
        and not any(c.dep_ in ("obj", "iobj") for c in clause.children)


def _blame(token: Token, clause: Token, blaming: bool, pp: ParsedParagraph, ctx: DocContext) -> Optional[Relation]:
    subjects = [c for c in clause.children if c.dep_ in SUBJ]
    speakers = [c for c in token.children if c.dep_ in SUBJ]
    if not subjects or not speakers:
        return None
    sources = actors_of(speakers[0], pp, ctx)
    targets = actors_of(subjects[0], pp, ctx, frozenset(sources))
    if not sources or not targets or targets[0] in sources:
        return None
    sent = ctx.sent_of(pp.start + token.idx)
    if events.match(clause, pp.lang) is not None and any(r.sent_id == sent.sent_id and r.source == targets[0]
                                                         for r in ctx.found):
        return None  # the clause's own event, read with its parties (« estime que X a trahi Y »)
    if not blaming and _undergone(clause):
        return None  # « affirme que X est mort dans un accident »: what befalls X is no judgement of X
    words = sorted(clause.subtree, key=lambda t: t.i)
    tone = sentence_tone(pp.doc[words[0].i:words[-1].i + 1].text, pp.lang).tone
    if tone != "negative" and not (blaming and tone == "neutral"):
        # (a verb of blame over a clause of positive tone is surprise or envy, not blame: « s'étonne que X ait
        # obtenu un si bon score »; a neutral verb judges only through the clause's negative tone)
        return None
    etype = events.event_type("criticize")
    quote = ctx.quote_at(pp.start + token.idx)
    return Relation(sent.doc_id, sent.sent_id, sources[0], targets[0], etype.code, etype.polarity, etype.intensity,
                    "reported", sent.text, False, token.text, ctx.dates.get(sent.sent_id) or (quote.date if quote else None),
                    quote.quote_id if quote else None)
