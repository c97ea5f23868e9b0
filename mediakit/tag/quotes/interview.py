"""Interviews printed as questions and answers: each answer is the interviewee's own words.

Web pages and magazines print an interview as alternating paragraphs, a question ending with
« ? » and the answer after it, once a paragraph has introduced the interviewee (« Joint par
téléphone, X a accepté de répondre à nos questions », ``speech_verbs.yml``, ``interview``). No
quotation marks stand around the answers, so the quotation scanner never sees them; this module
reads the layout instead. The run of answers ends at the first paragraph that is neither a
question nor the answer to one. Some pages print each question with its answer in guillemets in one paragraph
(« Pourquoi ce choix ? « Parce que … » »): those answers are the interviewee's too (`inline_interviewees`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import resources
from ...text.segment import ParsedParagraph
from ...types import Paragraph
from ..spans import MentionIndex

#: A question paragraph is short: a long paragraph ending with « ? » is the journalist's own prose.
QUESTION_CHARS = 400


@lru_cache(maxsize=None)
def _cues() -> re.Pattern:
    words = [w for lang in ("fr", "en") for w in resources.load("speech_verbs")[lang].get("interview", [])]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


def interview_quotes(text: str, parsed: list[ParsedParagraph], mentions: MentionIndex) -> list[tuple]:
    """(start, end, kind, speaker, resolved, cue, date) of each answer of each interview of the text."""
    paras = [pp.para for pp in sorted(parsed, key=lambda pp: pp.start)]
    out = []
    i = 0
    while i < len(paras):
        intro = paras[i]
        i += 1
        # (a heading too: « Trois questions à X » is often printed as one, with no stop; then only when it opens
        # on the cue and names a person right after it, not « cinq questions à se poser », « Vos questions à
        # notre journaliste X », « X face aux questions à l'Assemblée »)
        cue = _cues().search(text, intro.start, intro.end) if intro.block in ("body", "heading") else None
        if cue is None or intro.block == "heading" and not _heading_cue(text, intro.start, cue, mentions):
            continue
        interviewee = _interviewee(text, intro, cue, mentions)
        if interviewee is None:
            continue
        j, run = i, []
        while j + 1 < len(paras) and _question(text, paras[j]) and _answer(text, paras[j + 1]):
            run.append((paras[j], paras[j + 1]))
            j += 2
        # (an interview asks its guest: « vous » in a question tells it from rhetorical questions; so does a
        # dialogue printed turn by turn, every question and answer opening on a dash, the French mark of a
        # change of speaker, « tiret de dialogue » (Imprimerie nationale, Lexique des règles typographiques):
        # an expert is asked about others, « Le coureur peut-il encore être blanchi ? »)
        if run and (any(_YOU.search(text, q.start, q.end) for q, _ in run)
                    or all(_DASHED.match(text, p.start, p.end) for pair in run for p in pair)):
            out += [(_after_dash(text, a.start, a.end), a.end, "direct", interviewee, True, "interview", None)
                    for _, a in run]
            i = j
    return out


def inline_interviewees(text: str, parsed: list[ParsedParagraph], mentions: MentionIndex) -> dict[int, str]:
    """The interviewee of each paragraph printing a question and its answer in guillemets (« Pourquoi
    défendre ce projet ? « Parce que … » »), in the run after a paragraph that introduces the interview."""
    paras = [pp.para for pp in sorted(parsed, key=lambda pp: pp.start)]
    out: dict[int, str] = {}
    for i, intro in enumerate(paras):
        cue = _cues().search(text, intro.start, intro.end) if intro.block == "body" else None
        if cue is None or i + 1 >= len(paras) or _inline_answer(text, paras[i + 1]) is None:
            continue
        interviewee = _interviewee(text, intro, cue, mentions)
        run = []
        for para in paras[i + 1:] if interviewee is not None else ():
            mark = _inline_answer(text, para)
            if mark is None:
                break
            run.append((para, mark))
        # (the newspaper asks: its own « nous » in the introduction, or « vous » in a question; not « X a posé deux
        # questions à la ministre » followed by « Sa réponse ? « … » »)
        if run and (_WE.search(cue.group()) or any(_YOU.search(text, p.start, mark) for p, mark in run)):
            out.update((p.para_id, interviewee) for p, _ in run)
    return out


def _interviewee(text: str, intro: Paragraph, cue: re.Match, mentions: MentionIndex) -> Optional[str]:
    """The person an interview's introduction presents: the one named last before the cue, not the one who asked
    (« Interrogé par X, Y a répondu à nos questions »), else the one the cue names (« Trois questions à X »)."""
    people = [m for m in mentions.starting_in(intro.start, cue.start()) if m.actor_type == "person"
              and not _ASKED_BY.search(text, max(intro.start, m.start - 12), m.start)]
    people = people or [m for m in mentions.starting_in(cue.end(), intro.end) if m.actor_type == "person"][:1]
    return people[-1].actor if people else None


def _inline_answer(text: str, para: Paragraph) -> Optional[int]:
    """Where the answer's opening mark stands, if the paragraph is a short prompt (a question, or a statement
    left hanging on « … ») followed by one quotation running to the paragraph's end."""
    line = text[para.start:para.end].rstrip()
    at = line.find("«")
    prompt = line[:at].rstrip()
    if para.block != "body" or at <= 0 or len(prompt) > QUESTION_CHARS or not prompt.endswith(("?", "…", "...")) \
            or not line.endswith("»") or line.count("«") != line.count("»"):
        return None
    return para.start + at


def _heading_cue(text: str, start: int, cue: re.Match, mentions: MentionIndex) -> bool:
    """Whether a heading opens on the cue, after a number at most, with a person named right after it."""
    before = text[start:cue.start()].split()
    after = len(text[cue.end():]) - len(text[cue.end():].lstrip())
    return len(before) <= 1 and (not before or before[0].lower() in _COUNTS or before[0].isdigit()) and any(
        m.actor_type == "person" for m in mentions.starting_in(cue.end() + after, cue.end() + after + 1))


#: Number words that open « Trois questions à X ».
_COUNTS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix"}


def _after_dash(text: str, start: int, end: int) -> int:
    """Where an answer's words begin after the dash that prints a turn (« — Pas du tout. »)."""
    m = _TURN.match(text, start, end)
    return m.end() if m else start


_TURN = re.compile(r"\s*[—–-]\s*")
#: A turn of dialogue: a dash, then a space, opening the paragraph (not a hyphenated word).
_DASHED = re.compile(r"\s*[—–]\s")
_ASKED_BY = re.compile(r"\bpar\s+(?:l'|la\s+|le\s+)?$")
_YOU = re.compile(r"(?i)\bvous\b|-vous\b|\byou\b")
#: The newspaper's first person plural in an interview's cue (« Nous lui avons posé », « nos questions »).
_WE = re.compile(r"(?i)\b(?:nous|nos|notre|we|our|us)\b")


def _question(text: str, para: Paragraph) -> bool:
    line = text[para.start:para.end].strip()
    return para.block == "body" and line.endswith("?") and len(line) <= QUESTION_CHARS and "«" not in line


def _answer(text: str, para: Paragraph) -> bool:
    # (an answer holds no quotation of its own: a paragraph with one is the article's prose again; but a turn
    # printed after a dash may cite words in second-level marks, « — Ma cadre m'avait prévenue : “Tu vas le
    # payer.” », the inner quotation marks of French typography (Imprimerie nationale, Lexique des règles
    # typographiques), inside the answer)
    line = text[para.start:para.end].strip()
    marks = r"[«»\"]" if _DASHED.match(text, para.start, para.end) else r"[«»“”\"]"
    return para.block == "body" and bool(line) and not line.endswith("?") and not re.search(marks, line)
