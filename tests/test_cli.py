"""The `mediakit` command: contract output, one-line errors, non-zero exits, no partial output."""

import json
import subprocess
import sys

import pandas as pd
import pytest

import mediakit as mk

from conftest import ROOT, cli_in_process


def run(*args):
    return subprocess.run([sys.executable, "-m", "mediakit.cli", *map(str, args)], capture_output=True, text=True)


def test_analyze_writes_every_table_and_the_manifest(tmp_path):
    out = tmp_path / "out"
    proc = cli_in_process("analyze", ROOT / "seeds", "--out", out, "--quiet", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    for name, columns in mk.TABLES.items():
        table = pd.read_parquet(out / f"{name}.parquet")
        assert set(columns) <= set(table.columns), name
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["n_documents"] == 1 and manifest["skipped"] == []
    assert manifest["rows"]["sentences"] == 27
    assert manifest["mediakit_version"] == mk.__version__


def test_csv_format_and_skipped_files_reported(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Le maire de Lyon, Grégory Doucet, a annoncé un plan.", encoding="utf-8")
    (corpus / "b.txt").write_bytes(b"\x00\x01\x02binary")
    proc = cli_in_process("analyze", corpus, "--out", tmp_path / "o", "--format", "csv", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "o" / "mentions.csv").is_file()
    assert "skipped b.txt: binary or undecodable content" in proc.stderr
    assert json.loads((tmp_path / "o" / "manifest.json").read_text())["n_skipped"] == 1


@pytest.mark.parametrize("setup,message", [
    (lambda p: p / "nowhere", "no such file or folder"),
    (lambda p: (p / "t.csv").write_text("id,body\n1,x\n") and p / "t.csv", "no 'text' column"),
    (lambda p: (p / "e").mkdir() or p / "e", "folder holds no files"),
])
def test_bad_input_one_line_nonzero_exit_no_output(tmp_path, setup, message):
    out = tmp_path / "out"
    proc = run("analyze", setup(tmp_path), "--out", out)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mediakit: error: ") and message in lines[0]
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]


def test_bad_actor_file_and_languages(tmp_path):
    bad = tmp_path / "actors.yml"
    bad.write_text("actors: 3\n")
    proc = run("analyze", ROOT / "seeds", "--out", tmp_path / "o", "--actors", bad)
    assert proc.returncode == 1 and "actors.yml: actor file must hold a list" in proc.stderr
    proc = run("analyze", ROOT / "seeds", "--out", tmp_path / "o", "--languages", "fr,zz")
    assert proc.returncode == 1 and "unknown ISO 639-1 code(s): zz" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_previous_output_is_replaced_whole(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text("{}")
    (out / "stale.parquet").write_text("old")
    assert cli_in_process("analyze", ROOT / "seeds", "--out", out, "--quiet", "--jobs", "1").returncode == 0
    assert not (out / "stale.parquet").exists() and (out / "manifest.json").stat().st_size > 2


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Le maire de Lyon, Grégory Doucet, a annoncé un plan.", encoding="utf-8")
    return corpus


@pytest.mark.parametrize("target,message", [
    (lambda c, t: c, "would overwrite or sit inside the corpus"),
    (lambda c, t: c / "out", "would overwrite or sit inside the corpus"),
    (lambda c, t: (t / "notes.txt").write_text("keep me") and t / "notes.txt", "exists and is not a folder"),
    (lambda c, t: ((t / "mine").mkdir(), (t / "mine" / "thesis.docx").write_text("x"))[-1] and t / "mine",
     "folder is not empty and holds no manifest.json"),
])
def test_output_that_would_destroy_files_is_refused(tmp_path, target, message):
    corpus = _corpus(tmp_path)
    out = target(corpus, tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    proc = run("analyze", corpus, "--out", out, "--quiet")
    assert proc.returncode == 1 and message in proc.stderr and proc.stderr.count("\n") == 1
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
