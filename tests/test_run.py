"""Engines of the corpus loop: --jobs N and --engine dask give byte-identical tables to --jobs 1."""

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

import mediakit as mk
from mediakit.run import foreign_language

from conftest import ROOT, cli_in_process

TINY = ["Le maire de Lyon, Grégory Doucet, a annoncé mardi un plan de 120 millions d'euros pour les écoles.",
        "« C'est irréaliste », a dénoncé Pierre Oliver, le chef de l'opposition, qui réclame un audit.",
        "Elon Musk a attaqué OpenAI en justice le 1er mars 2024. « Lawsuit time », a-t-il écrit.",
        "La ministre de l'Éducation a salué l'initiative de la ville et promis un soutien de l'État."]


def run(*args):
    return subprocess.run([sys.executable, "-m", "mediakit.cli", *map(str, args)], capture_output=True, text=True)


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "manifest.json"}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small")
    for i, text in enumerate(TINY):
        (folder / f"d{i}.txt").write_text(text, encoding="utf-8")
    for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))[:2]:
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


def test_jobs_2_is_byte_identical_to_jobs_1(tmp_path, small_corpus):
    # (--jobs 1 in this process, --jobs 2 as a real command: its workers are what is tested; they start only
    # for a corpus of more than one batch, so the small corpus gets short dispatches besides)
    from mediakit.run import BATCH

    corpus = tmp_path / "c"
    shutil.copytree(small_corpus, corpus)
    for i in range(BATCH):
        (corpus / f"z{i:02d}.txt").write_text(f"Dépêche numéro {i}\n{TINY[i % len(TINY)]}", encoding="utf-8")
    outputs = {}
    for jobs, runner in ((1, cli_in_process), (2, run)):
        out = tmp_path / f"j{jobs}"
        proc = runner("analyze", corpus, "--out", out, "--format", "csv", "--jobs", jobs, "--quiet")
        assert proc.returncode == 0, proc.stderr
        outputs[jobs] = _files(out)
    assert outputs[1] == outputs[2]
    assert len(pd.read_csv(tmp_path / "j2" / "documents.csv")) == len(TINY) + 2 + BATCH


def test_tables_do_not_depend_on_the_hash_seed(tmp_path, small_corpus):
    # Python salts str hashes per process: a rule that iterates a set of strings would change the
    # tables from run to run (the target of « la plainte de X contre Y …, au parquet de Z » did, from the
    # order of a set of prepositions, until 2026-12-05; a sweep of 100 test articles under two seeds is
    # byte-identical since)
    import os

    # (the two processes run at once: each spends most of its time loading the models)
    procs = {seed: subprocess.Popen([sys.executable, "-m", "mediakit.cli", "analyze", str(small_corpus), "--out",
                                     str(tmp_path / f"s{seed}"), "--format", "csv", "--jobs", "1", "--quiet"],
                                    stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                    env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")}
    outputs = {}
    try:
        for seed, proc in procs.items():
            _, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err
            outputs[seed] = _files(tmp_path / f"s{seed}")
    finally:
        for proc in procs.values():
            proc.kill()  # (a no-op once it has ended)
    assert outputs["1"] == outputs["2"]


def test_streamed_tables_equal_the_api_tables(tmp_path, small_corpus):
    """The CLI writes batches; mk.analyze builds whole DataFrames: the same CSV bytes."""
    out = tmp_path / "cli"
    assert cli_in_process("analyze", small_corpus, "--out", out, "--format", "csv", "--quiet", "--jobs", "1").returncode == 0
    saved = mk.analyze(small_corpus).save(tmp_path / "api", format="csv")
    assert _files(out) == _files(saved)


@pytest.mark.dask
def test_dask_engine_gives_the_same_tables(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i, text in enumerate(TINY):
        (corpus / f"d{i}.txt").write_text(text, encoding="utf-8")
    local = cli_in_process("analyze", corpus, "--out", tmp_path / "local", "--jobs", "1", "--quiet")
    dask = run("analyze", corpus, "--out", tmp_path / "dask", "--engine", "dask", "--quiet")
    assert local.returncode == 0 and dask.returncode == 0, local.stderr + dask.stderr
    for name in mk.TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "local" / f"{name}.parquet"),
                                      pd.read_parquet(tmp_path / "dask" / f"{name}.parquet"))
    assert json.loads((tmp_path / "dask" / "manifest.json").read_text())["engine"] == "dask"


def test_unreachable_scheduler_is_one_line_error(tmp_path):
    proc = run("analyze", ROOT / "seeds", "--out", tmp_path / "o", "--scheduler", "tcp://127.0.0.1:9", "--quiet")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mediakit: error: tcp://127.0.0.1:9: cannot reach"), proc.stderr
    assert not (tmp_path / "o").exists()


GERMAN = ("Der Bürgermeister von Leipzig hat am Dienstag einen Plan zur Sanierung der städtischen Schulen "
          "vorgestellt. Die Opposition hält den Zeitplan für unrealistisch und fordert eine unabhängige Prüfung.")
SPANISH = ("El alcalde de Sevilla anunció el martes un plan para renovar las escuelas públicas de la ciudad. "
           "La oposición considera que el calendario no es realista y exige una auditoría independiente.")


def test_documents_in_other_languages_are_skipped_not_tagged_with_another_model():
    frame = pd.DataFrame({"id": ["fr", "de", "es"], "text": [TINY[0] + " " + TINY[1], GERMAN, SPANISH]})
    analysis = mk.analyze(frame, languages=("fr", "en"))
    assert list(analysis.documents.doc_id) == ["fr"]
    assert set(analysis.sentences.lang) <= {"fr", "en"}
    reasons = [s["reason"] for s in analysis.manifest["skipped"]]
    assert reasons == ["main language de is not among --languages fr,en", "main language es is not among --languages fr,en"]
    # with German accepted, the German document is analysed as German
    both = mk.analyze(frame, languages=("fr", "en", "de"))
    assert both.documents.set_index("doc_id").lang["de"] == "de"


@pytest.mark.parametrize("folder", ["articles", "heldout3", "press", "heldout4", "press2"])
def test_french_and_english_articles_are_never_screened_out(folder):
    for path in sorted((ROOT / "tests" / "data" / folder).glob("*.txt")):
        assert foreign_language(path.read_text(encoding="utf-8"), ("fr", "en")) is None, path.name


def test_a_corpus_of_one_batch_starts_no_worker(monkeypatch, small_corpus):
    # workers load the models again each: for fewer documents than a batch they would cost more than they save
    import mediakit.run as engine

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for a corpus of one batch")

    monkeypatch.setattr(engine, "_pool", no_pool)
    assert len(mk.analyze(small_corpus, jobs=2).documents) == len(TINY) + 2
