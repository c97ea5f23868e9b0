"""Claims sourced by « selon X » (« d'après », « according to », « à en croire »): the source phrase, the
newsroom's own reporting (« selon nos informations »), a document taken up by a demonstrative, and which clause of the
sentence the source covers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from ..tag.actors.lexicon import POSSESSIVES
from ..tag.quotes.attribution import speaker_of_phrase
from ..tag.spans import MentionIndex
from ..text.segment import ParsedParagraph
from ..types import Sentence
from .claims_actors import _SUBJECTS, _Attribution, _Index, _actor_of, _phrase_speaker, _subjects_of, _verb_before
from .claims_clauses import Clause, is_relative
from .claims_sentences import JOURNALIST
from .claims_sources import _document_nouns, _institution_named

if TYPE_CHECKING:
    from .claims import _Words

UNATTRIBUTED = "unattributed"


def _according_source(pp: ParsedParagraph, clause: Clause, scope, scope_text: str, hedge: int, mentions: _Index,
                      last_named: Optional[str], text: str, sent: Sentence, phrases: Optional[MentionIndex],
                      words: _Words) -> _Attribution:
    """The source of a claim « selon X » gives, at `hedge` in `scope_text` (_attribute)."""
    at = scope.start_char + hedge
    source = scope_text[hedge:hedge + 90]
    if _OWN_REPORTING.match(source):
        return _Attribution(JOURNALIST, False, None)  # « selon nos informations »: the outlet's own reporting
    comma = source.find(",", 1)  # the source is the phrase after « selon », not the clause after it
    # (and not past the sentence: « …, selon les chiffres de la Région. La SNCF en reconnaît 980 »)
    stop = min(pp.start + at + (comma if comma > 0 else 90), sent.end)
    near = [m for m in mentions.overlapping(pp.start + at, stop)]
    if near:
        return _Attribution(near[0].actor, False, None)
    if scope_text[hedge:hedge + 20].replace(",", " ").split()[1:2] in (["lui"], ["elle"], ["eux"]) and last_named:
        return _Attribution(last_named, False, None)
    author = _document_author(pp, at, source, mentions)
    if author is not None:
        return _Attribution(author, False, None)
    if phrases is not None:
        # « selon son porte-parole », « selon un représentant de la préfecture »: a source phrase naming
        # no one, read as the quote tagger reads a speaker phrase
        who = _source_phrase(pp, clause, at, source, comma, text, sent, phrases, words)
        if who is not None:
            return _Attribution(who, False, None)
    return _Attribution(UNATTRIBUTED, False, None)


def _document_author(pp: ParsedParagraph, at: int, source: str, mentions: _Index) -> Optional[str]:
    """Who issued the document a demonstrative source takes up (« La chambre … a rendu public un rapport …
    Selon ce document, … »): the demonstrative refers back to the last noun of its kind (Riegel, Pellat & Rioul,
    Grammaire méthodique du français, the demonstrative determiner as anaphora), here the last document noun of
    the paragraph before it (claims.yml document_nouns), and the document's author is the subject of the verb
    it is the object of. `at`: the offset of « selon » in the paragraph, `source` its lowercased words."""
    words = source.split()
    nouns = _document_nouns()
    if len(words) < 3 or words[1] not in ("ce", "cet", "cette", "ces") or words[2].strip(",.;:") not in nouns:
        return None
    for t in reversed([t for t in pp.doc if t.idx < at]):
        if t.lemma_.lower() in nouns or t.lower_ in nouns:
            if t.dep_ == "nsubj":
                # (the document the subject of its own finding, « Le rapport de la chambre régionale des comptes
                # relevait que … »: its author is named inside it, as for the claim it states, _document_subject)
                phrase = pp.text[t.left_edge.idx:t.right_edge.idx + len(t.right_edge.text)]
                return _actor_of(pp, t, mentions) or _institution_named(phrase)
            # (the verb it is the object of; the parse may cut « a rendu public mardi un rapport » in two:
            # then the verb right before it in its sentence)
            verb = t.head if t.dep_ == "obj" else _verb_before(t)
            subjects = _subjects_of(verb) if verb is not None else []
            return _actor_of(pp, subjects[0], mentions) if subjects else None
    return None


_OWN_REPORTING = re.compile(r"\S+(?: à)? (?:nos|notre|our) (?:informations|sources|révélations|enquête|calculs|"
                            r"constatations|données|information|reporting|own)\b")


def _in_other_relative(token, head: int) -> bool:
    """Whether `token` lies in a relative clause that does not hold the token `head`."""
    return any(is_relative(a) and not a.left_edge.i <= head <= a.right_edge.i for a in token.ancestors)


def _according(low: str) -> Optional[int]:
    # (« à en croire X », « aux dires de X »: X is the source as after « selon », TLFi, croire: « à en croire X: si
    # l'on se fie à ce que dit X »)
    for cue in ("selon ", "d'après ", "according to ", "à en croire ", "aux dires de ", "aux dires d'"):
        i = low.find(cue)
        if i >= 0 and not low[i + len(cue):].startswith(("moi", "nous")):
            return i
    return None


def _source_phrase(pp: ParsedParagraph, clause: Clause, at: int, source: str, comma: int, text: str,
                   sent: Sentence, phrases: MentionIndex, words: "_Words") -> Optional[str]:
    """Who the source phrase after « selon » (offset `at` in the paragraph, `source` its lowercased words,
    `comma` the comma after it) stands for when it holds no name.

    A possessive spokesperson opening the sentence takes up the clause's subject (« Selon son porte-parole,
    le groupe a … »: the possessive is cataphoric, its owner the subject that follows; Riegel, Pellat &
    Rioul, Grammaire méthodique du français, on cataphora); any other phrase is read by the quote tagger's
    rules (« un porte-parole de la préfecture » → the préfecture named before)."""
    cue = len(source.split()[0]) + 1 if source.split() else 0
    lo = pp.start + at + cue
    rest = source[cue:]
    stop = re.search(r"[,.;:!?«»]", rest)
    hi = lo + (stop.start() if stop else len(rest.rstrip()))
    phrase = re.findall(r"[\w'-]+", rest[: hi - lo])
    if len(phrase) < 2:
        return None
    if phrase[0] in POSSESSIVES and comma > 0:
        head = words.at[clause.head]
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS and pp.start + c.idx > hi), None)
        if subject is not None and subject.pos_ != "PRON":
            who = _actor_of(pp, subject, _Index(phrases.items)) or _phrase_speaker(pp, subject, sent, text, phrases)
            if who is not None:
                return who
    who, resolved = speaker_of_phrase(text, lo, hi, phrases, lo, sent.sent_id)
    return who if resolved else None
