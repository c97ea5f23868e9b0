"""A folder of awkward web pages, generated offline: several languages, broken markup, templates, a huge page.

`make_site(folder)` writes the pages and returns {file name: what it is}. Nothing is downloaded:
the article paragraphs are written here, in French, English, German and Spanish.
"""

from __future__ import annotations

from pathlib import Path

PARAGRAPHS = {
    "fr": [
        "Le maire de Lyon, Grégory Doucet, a annoncé mardi un plan de rénovation des écoles de la ville.",
        "« Nous investirons 120 millions d'euros d'ici 2026 », a-t-il déclaré devant le conseil municipal.",
        "L'opposition municipale dénonce un calendrier irréaliste et réclame un audit indépendant des travaux.",
        "Les syndicats d'enseignants saluent l'annonce mais demandent que les élèves soient consultés.",
    ],
    "en": [
        "The mayor of Leeds, James Lewthwaite, announced on Tuesday a plan to renovate the city's schools.",
        "\"We will invest 120 million pounds by 2026,\" he told the city council in a crowded meeting.",
        "The opposition called the timetable unrealistic and asked for an independent audit of the works.",
        "Teachers' unions welcomed the announcement but asked that pupils be consulted before any decision.",
    ],
    "de": [
        "Der Bürgermeister von Leipzig hat am Dienstag einen Plan zur Sanierung der städtischen Schulen vorgestellt.",
        "„Wir werden bis 2026 rund 120 Millionen Euro investieren“, sagte er vor dem Stadtrat der Stadt.",
        "Die Opposition hält den Zeitplan für unrealistisch und fordert eine unabhängige Prüfung der Arbeiten.",
        "Die Lehrergewerkschaften begrüßen die Ankündigung, verlangen aber, dass die Schüler gehört werden.",
    ],
    "es": [
        "El alcalde de Sevilla anunció el martes un plan para renovar las escuelas públicas de la ciudad.",
        "«Invertiremos 120 millones de euros hasta 2026», declaró ante el pleno del ayuntamiento de la ciudad.",
        "La oposición considera que el calendario no es realista y exige una auditoría independiente de las obras.",
        "Los sindicatos de profesores celebran el anuncio pero piden que los alumnos sean consultados antes.",
    ],
}

_NAV = "<nav><ul>" + "".join(f"<li><a href='/r{i}'>Rubrique {i}</a></li>" for i in range(12)) + "</ul></nav>"


def _page(title: str, paragraphs: list[str], *, broken: bool = False) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if broken:  # unclosed tags, bad nesting, a stray closing tag, no <html> or <body>
        body = "".join(f"<p><b>{p}<i></b>" for p in paragraphs) + "</div></span><p>"
        return f"<title>{title}</title><h1>{title}</h1>{_NAV}<article>{body}"
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{_NAV}"
            f"<article><h1>{title}</h1>{body}</article><footer>© 2021 Le Journal</footer></body></html>")


def make_site(folder: Path, *, huge_paragraphs: int = 1500) -> dict[str, str]:
    """Write the pages into `folder`; return {file name: description}."""
    folder.mkdir(parents=True, exist_ok=True)
    pages: dict[str, str] = {}

    def write(name: str, content, what: str) -> None:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        pages[name] = what

    for lang, paras in PARAGRAPHS.items():
        write(f"article_{lang}.html", _page(paras[0][:40], paras), f"an article in {lang}")
        write(f"broken_{lang}.html", _page(paras[0][:40], paras[::-1], broken=True), f"broken markup in {lang}")
    mixed = PARAGRAPHS["fr"][:2] + ["Twitter will be fine. They trained illegally using Twitter data."] + PARAGRAPHS["fr"][2:]
    write("mixed_fr_en.html", _page("Un article qui cite un post", mixed), "French quoting English")
    template = "<h1>{{ article.title }}</h1>" + "".join(f"<p>{{{{ article.paragraph_{i} }}}} {{% if x %}}</p>" for i in range(8))
    # an unclosed <title> swallows the whole page (HTML parsers read it as the title's text)
    write("title_unclosed.html", "<title>" + _page("Sans titre", PARAGRAPHS["fr"]), "an unclosed <title>")
    write("template.html", f"<html><body><article>{template}</article></body></html>", "a template page")
    code = "<pre>" + "function f(a, b) { return a[b] || {x: 1}; }\n" * 40 + "</pre>"
    write("code.html", f"<html><body><article>{code}</article></body></html>", "a page of code")
    write("empty.html", "<html><head><title></title></head><body><nav></nav></body></html>", "a page without text")
    write("nav_only.html", f"<html><body>{_NAV * 3}</body></html>", "navigation only")
    write("binary.html", bytes(range(256)) * 4, "binary content named .html")
    write("latin1.html", _page("Réforme", PARAGRAPHS["fr"]).replace("charset='utf-8'", "charset='iso-8859-1'")
          .encode("latin-1", errors="replace"), "French in latin-1")
    huge = [PARAGRAPHS["fr"][i % 4] + f" (paragraphe {i})" for i in range(huge_paragraphs)]
    write("huge.html", _page("Un très long dossier", huge) + "<!--" + "x" * 2_000_000 + "-->", "a huge page")
    write("notes.docx", b"PK\x03\x04 not really a docx", "an unsupported file type")
    return pages
