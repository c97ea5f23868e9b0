"""A folder of awkward web pages runs to the end: every file analysed or skipped with a reason."""

import json
import subprocess
import sys

import pandas as pd

from webpages import make_site


def test_every_page_is_analysed_or_skipped_with_a_reason(tmp_path):
    pages = make_site(tmp_path / "site", huge_paragraphs=200)
    assert (tmp_path / "site" / "huge.html").stat().st_size > 2_000_000
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "mediakit.cli", "analyze", tmp_path / "site", "--out", out,
                           "--languages", "fr,en", "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    analysed = set(pd.read_parquet(out / "documents.parquet").source)
    skipped = {s["source"]: s["reason"] for s in manifest["skipped"]}
    assert analysed | set(skipped) == set(pages) and not analysed & set(skipped)
    assert all(reason.strip() for reason in skipped.values())
    assert {"article_fr.html", "article_en.html", "broken_fr.html", "mixed_fr_en.html", "latin1.html", "huge.html"} <= analysed
    for lang in ("de", "es"):
        assert skipped[f"article_{lang}.html"] == f"main language {lang} is not among --languages fr,en"
    assert skipped["template.html"].startswith("template placeholders")
    assert skipped["binary.html"] == "binary or undecodable content"
    sentences = pd.read_parquet(out / "sentences.parquet")
    assert set(sentences.lang) <= {"fr", "en"}
