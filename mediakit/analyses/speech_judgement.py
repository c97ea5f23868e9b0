"""Judgements a short quotation gives as the attribute of a verb of judging: « qualifie l'aide régionale de
« simple rustine » », « a jugé les tarifs cités par X « sans rapport avec la réalité » », « juge
« indispensable » le travail de X », « voit dans X « un partenaire exemplaire » », « salue en X « un
leader né » ».

A verb of judging takes an object and an attribute of that object (« juger X Y », « qualifier X de Y »,
« décrire X comme Y »; « voir en X Y », « saluer en X Y » with the object after « en / dans »): Riegel,
Pellat & Rioul, Grammaire méthodique du français, « L'attribut du complément d'objet ». The press
quotes the attribute in the judge's words; the quote tagger makes the judge its speaker. The judgement
bears on the object: on the actor it names, else on the owner or author of the thing it names
(« la gestion de X », « les tarifs cités par X », « l'aide régionale » is the Region's). Its polarity is
the tone of the quoted words (the sentiment lexicon); a label with no tone the lexicon knows is blame, as
for « qualifier de » (events.yml labelling_verbs): one quotes a label to distance oneself from it,
whereas praise quotes words of praise. A quality seen in someone (« voit en X … ») with no known tone
is nothing, unless the verb itself praises (« saluer en X »).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .. import resources
from ..tag.actors.lexicon import _role_words, is_forum
from ..tag.actors.focus import firm_in_focus
from ..tag.actors.offices import office_actor, office_nouns
from ..tag.quotes.incises import infinitives
from ..tag.spans import MentionIndex
from ..types import Quote, Relation, Sentence
from . import events
from .sentiment import sentence_tone
from .speech_conduct import NEGATION

#: A quotation longer than this many words is a statement, not an attribute.
_MAX_WORDS = 8
#: Words of the judged object at most (« les tarifs cités par le président de la FTRP »).
_MAX_OBJECT_WORDS = 12
_WORD = re.compile(r"[\w’'-]+")
#: The clause a verb of judging and its quoted attribute share starts after the last of these.
_CLAUSE_BREAKS = re.compile(r"[,;:.!?()«»]|\b(?:que|qu['’]|qui|et|mais|car|puis)\b", re.IGNORECASE)
#: An article or a determiner right before the verb's form makes it a noun (« le juge »).
_DETERMINER_BEFORE = re.compile(r"\b(?:le|la|les|un|une|des|du|ce|cet|cette|son|sa|ses|leur|leurs|au|aux|de)\s+$",
                                re.IGNORECASE)
#: A passive's auxiliary before the participle (« a été jugé « … » par X »): the agent judges, and
#: quotes.motives.passive_judgement already reads it.
_PASSIVE_BEFORE = re.compile(r"\b(?:été|est|sont|était|étaient|fut|furent|sera|seront|serait|seraient)\s+"
                             r"(?:[a-zà-ÿ]+ment\s+)?$", re.IGNORECASE)
#: The preposition of the attribute right before the quotation (« de « », « d'« », « comme « »).
_ATTRIBUTE_MARK = re.compile(r"\s*(?:\b(?:de|comme|pour)\s+(?:une?\s+|des\s+)?|\bd['’]\s*(?:une?\s+)?)$",
                             re.IGNORECASE)
#: A noun phrase opening (after the quotation: « juge « indispensable » le travail de X »).
_NOUN_PHRASE = re.compile(r"\s*(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs)\b", re.IGNORECASE)
#: A quotation opening on a preposition is an adverbial (« jugé « en urgence » »), nobody's judgement.
_ADVERBIAL_QUOTE = re.compile(r"\s*(?:en|à|au|aux|dans|pour|par|sur|sous|avec|de|d['’])\s", re.IGNORECASE)


@lru_cache(maxsize=None)
def _governors() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs with an attribute, those that need « de » or « comme », verbs that see a quality in someone,
    those of them that praise by themselves): speech_verbs.yml."""
    fr = resources.load("speech_verbs")["fr"]
    seeing = fr["seeing_governors"]
    return (frozenset(fr["attribute_governors"]), frozenset(fr["attribute_governors_as"]),
            frozenset(seeing["verbs"]), frozenset(seeing["praising"]))


@lru_cache(maxsize=None)
def _blaming_governors() -> frozenset[str]:
    """The verbs of judging whose quoted attribute of unknown tone is blame (speech_verbs.yml
    blaming_governors: « qualifie X de « … » », « juge X « … » », « décrit X comme « … » »)."""
    return frozenset(resources.load("speech_verbs")["fr"]["blaming_governors"])


@lru_cache(maxsize=None)
def _adverbials() -> re.Pattern:
    """Adverbials between the verb and its object (« juge en revanche », « qualifie pour sa part », « juge
    mardi »): speech_verbs.yml judging_adverbials, the weekdays, and adverbs in « -ment »."""
    words = list(resources.load("speech_verbs")["fr"]["judging_adverbials"]) + list(resources.load("months")["weekdays"]["fr"])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?:(?:{alt}|[a-zà-ÿ]+ment)\s*,?\s*)+", re.IGNORECASE)


def _verb(form: str) -> Optional[str]:
    """The verb of judging a word form may be (« juge », « jugé », « qualifiant », « voit »)."""
    attribute, _, seeing, _ = _governors()
    form = form.lower().replace("’", "'")
    form = re.sub(r"ant$", "er", form) if form.endswith("ant") and len(form) > 5 else form
    cands = infinitives(re.sub(r"(?<=é)(?:e|s|es)$", "", form)) | _SEEING_FORMS.get(form, frozenset())
    found = cands & (attribute | seeing)
    return min(found) if found else None


#: Forms of « voir » the ending rules do not rebuild.
_SEEING_FORMS = {f: frozenset({"voir"}) for f in ("voit", "voient", "voyait", "voyaient", "vu", "vue", "verra",
                                                   "verrait", "voyant")}


def judgement_events(doc_id: str, quotes: list[Quote], sentences: list[Sentence], index: MentionIndex,
                     known: list[Relation]) -> list[Relation]:
    """Criticisms and praises (modality reported) a short quotation gives as the attribute of a verb of
    judging, against the object the verb judges."""
    out: list[Relation] = []
    starts = [s.start for s in sentences]
    for q in quotes:
        if not q.speaker_resolved or not q.speaker or q.lang != "fr" or len(q.text.split()) > _MAX_WORDS:
            continue
        if _ADVERBIAL_QUOTE.match(q.text):
            continue
        sent = sentences[max(0, bisect.bisect_right(starts, q.start) - 1)]
        text, base = sent.text, sent.start
        mark = text.rfind("«", 0, q.start - base)
        if mark < 0:
            continue
        found = _frame(text[:mark])
        if found is None:
            continue
        verb, form, kind, obj_start = found
        span = (base + obj_start, base + mark)
        words = text[obj_start:mark]
        if kind == "seeing":
            m = re.match(r"\s*(?:en|dans)\s+", words)
            if m is None:
                continue
            span = (span[0] + m.end(), span[1])
        else:
            mark_m = _ATTRIBUTE_MARK.search(words)
            if verb in _governors()[1] and mark_m is None:
                continue  # « présente « en avant-première » »: staged, not described as
            if mark_m is not None:
                span = (span[0], span[0] + mark_m.start())
            if not text[span[0] - base:span[1] - base].strip():
                # « juge « indispensable » le travail de X »: the object after the attribute
                after = q.end - base
                close = text.find("»", after)
                rest = text[close + 1:] if close >= 0 else ""
                if not _NOUN_PHRASE.match(rest):
                    continue
                stop = _CLAUSE_BREAKS.search(rest)
                length = stop.start() if stop else len(rest)
                span = (base + close + 1, base + close + 1 + length)
        if len(_WORD.findall(text[span[0] - base:span[1] - base])) > _MAX_OBJECT_WORDS:
            continue
        target = _judged(q, text, base, span, index)
        if target is None:
            continue
        tone = sentence_tone(q.text, "fr").tone
        if tone == "positive":
            code = "praise"
        elif tone == "negative" or kind == "attribute" and verb in _blaming_governors():
            # (an unknown tone is blame only after a verb of labelling, judging or depicting, « qualifie X de
            # « … » », « juge X « … » »; « présente X comme « un acteur incontournable » » presents)
            code = "criticize"
        elif verb in _governors()[3]:
            code = "praise"
        else:
            continue
        etype = events.event_type(code)
        if any(r.source == q.speaker and r.sent_id == sent.sent_id and r.polarity == etype.polarity
               for r in known + out):
            continue  # the sentence already carries this speaker's act (« qualifie la résiliation de … »)
        out.append(Relation(doc_id, sent.sent_id, q.speaker, target, code, etype.polarity, etype.intensity,
                            "reported", sent.text, False, form, q.date, q.quote_id))
    return out


def _frame(before: str) -> Optional[tuple[str, str, str, int]]:
    """(verb, its form, "attribute" or "seeing", offset after the verb) of the verb of judging that governs a
    quotation opening after `before`, in the same clause, not negated, not passive, not a noun."""
    breaks = [m.end() for m in _CLAUSE_BREAKS.finditer(before)]
    clause_start = breaks[-1] if breaks else 0
    attribute, _, seeing, _ = _governors()
    for w in reversed(list(_WORD.finditer(before, clause_start))):
        verb = _verb(w.group())
        if verb is None:
            continue
        head = before[:w.start()]
        if _DETERMINER_BEFORE.search(head) or _PASSIVE_BEFORE.search(head):
            return None
        if NEGATION.search(before[clause_start:w.start()]):
            return None  # « ne la juge pas « … » »
        rest = before[w.end():]
        adverbials = _adverbials().match(rest)
        start = w.end() + (adverbials.end() if adverbials else 0)
        # (« trouver » is both: « trouve la décision « … » » judges, « trouve en X « … » » sees)
        seen = verb in seeing and (verb not in attribute or re.match(r"\s*(?:en|dans)\s", before[start:]))
        return verb, w.group(), "seeing" if seen else "attribute", start
    return None


def _judged(q: Quote, text: str, base: int, span: tuple[int, int], index: MentionIndex) -> Optional[str]:
    """The actor the judged object names (« Jeanne Roux », « la gestion du groupe X », « les tarifs cités
    par X »), else the one its office adjective names (« l'aide régionale »: the Region); not the speaker,
    a court, a product, or a place that does nothing; none when the name is the complement of a role
    noun (« le président de la FTRP » is a person the name does not give)."""
    for m in index.overlapping(*span):
        if m.start < span[0] or m.end > span[1] or m.actor == q.speaker or m.actor_type == "product" \
                or is_forum(m.actor) or m.actor_type == "place" and not m.acts:
            continue
        # (the name's own kind noun may stand between: « le président de la société X »)
        role = re.search(r"([\w-]+)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:[a-zà-ÿ-]+\s+)?$",
                         text[:m.start - base])
        if role and role.group(1).lower() in _role_words() and base + role.start() >= span[0]:
            return None
        return m.actor
    for w in _WORD.finditer(text, span[0] - base, span[1] - base):
        nouns = office_nouns(w.group())
        if nouns:
            actor = office_actor(nouns, index, frozenset({q.speaker}))
            if actor is not None:
                return actor
    focus = _FOCUS_NOUN.search(text[span[0] - base:span[1] - base])
    if focus and focus.group(1).lower() in events.lexicon()["focus_nouns"]:
        # « juge « inacceptable » l'attitude de la direction »: the management of the firm the article is about
        # (the object's last words: « la direction » with no complement of its own, « la direction régionale
        # des affaires culturelles » is another body)
        return firm_in_focus(index, span[0], frozenset({q.speaker}))
    return None


#: A focus noun with its definite article closing the judged object (« l'attitude de la direction »).
_FOCUS_NOUN = re.compile(r"\b(?:la|l['’])\s*([\w-]+)\s*$", re.IGNORECASE)
