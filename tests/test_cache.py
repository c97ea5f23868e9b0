"""The per-document cache: one changed document re-analysed, concurrent runs and a killed run leave it valid."""

import json
import signal
import subprocess
import sys
import time

import pandas as pd

import mediakit as mk
from mediakit.cache import DocumentCache

from conftest import ROOT, cli_in_process

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]


def _corpus(folder, n=6, lines=None):
    """`n` distinct documents (another first line each time, so no two share a cache entry), cut to their first
    `lines` lines if given: the concurrency test needs many documents, not long ones."""
    folder.mkdir()
    for i in range(n):
        text = TEXTS[i % len(TEXTS)]
        if lines:
            text = "\n".join(text.splitlines()[:lines])
        (folder / f"a{i}.txt").write_text(f"Dépêche numéro {i}\n" + text, encoding="utf-8")
    return folder


def _tables(folder):
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in mk.TABLES}


def run(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "mediakit.cli", *map(str, args)], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, **kwargs)


def test_changing_one_document_reanalyses_only_that_one(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(["Le maire de Lyon, Grégory Doucet, a annoncé un plan.", "La ministre a salué l'initiative.",
                              "Pierre Oliver dénonce un calendrier irréaliste."]):
        (corpus / f"d{i}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    first = mk.analyze(corpus, cache_dir=cache)
    assert first.manifest["cache"] == {"hits": 0, "misses": 3}
    (corpus / "d1.txt").write_text("La ministre de l'Éducation a salué l'initiative.", encoding="utf-8")
    second = mk.analyze(corpus, cache_dir=cache)
    assert second.manifest["cache"] == {"hits": 2, "misses": 1}
    assert mk.analyze(corpus, cache_dir=cache).manifest["cache"] == {"hits": 3, "misses": 0}
    fresh = mk.analyze(corpus)
    for name in mk.TABLES:
        pd.testing.assert_frame_equal(getattr(second, name), getattr(fresh, name))


def test_other_languages_or_actor_file_are_other_entries(tmp_path):
    frame = pd.DataFrame({"id": ["a"], "text": ["Le maire de Lyon, Grégory Doucet, a annoncé un plan."]})
    mk.analyze(frame, cache_dir=tmp_path)
    assert mk.analyze(frame, cache_dir=tmp_path, languages=("fr", "en")).manifest["cache"]["misses"] == 1


def test_unreadable_entry_is_a_miss(tmp_path):
    cache = DocumentCache(tmp_path)
    cache.put("ab" * 16, ("skip", "why", {}))
    assert cache.get("ab" * 16) == ("skip", "why", {})
    path = next((tmp_path / "v1").rglob("*.pkl"))
    path.write_bytes(path.read_bytes()[:5])
    assert cache.get("ab" * 16) is None


def test_concurrent_runs_and_a_killed_run_leave_the_cache_valid(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    cache = tmp_path / "cache"
    # two runs at once on one cache
    procs = [run("analyze", corpus, "--out", tmp_path / f"o{i}", "--cache", cache, "--jobs", "1", "--quiet")
             for i in range(2)]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    assert all(_tables(tmp_path / "o0")[n].equals(_tables(tmp_path / "o1")[n]) for n in mk.TABLES)
    # a run killed halfway: a corpus of several batches (16 documents each), killed as soon as the
    # first batch's entries are in the cache, so that the kill always lands while documents remain
    # (short documents: a headline and two paragraphs each, three batches left when the first is cached)
    big = _corpus(tmp_path / "big", n=64, lines=3)
    cache2 = tmp_path / "cache2"
    killed = run("analyze", big, "--out", tmp_path / "killed", "--cache", cache2, "--jobs", "1", "--quiet")
    deadline = time.time() + 180
    while not list(cache2.rglob("*.pkl")) and time.time() < deadline:
        time.sleep(0.02)
    assert killed.poll() is None, "the run ended before it could be killed"
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    assert not (tmp_path / "killed").exists()
    assert 0 < len(list(cache2.rglob("*.pkl"))) < 64
    # (the re-run and the reference in this process: what is tested is the cache the killed process left)
    rerun = cli_in_process("analyze", big, "--out", tmp_path / "again", "--cache", cache2, "--jobs", "1", "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    fresh = cli_in_process("analyze", big, "--out", tmp_path / "fresh", "--jobs", "1", "--quiet")
    assert fresh.returncode == 0, fresh.stderr
    again, reference = _tables(tmp_path / "again"), _tables(tmp_path / "fresh")
    for name in mk.TABLES:
        pd.testing.assert_frame_equal(again[name], reference[name])


def test_cache_path_that_is_a_file_is_one_line_error(tmp_path):
    (tmp_path / "file").write_text("x")
    proc = subprocess.run([sys.executable, "-m", "mediakit.cli", "analyze", ROOT / "seeds", "--out", tmp_path / "o",
                           "--cache", tmp_path / "file", "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot create cache folder" in lines[0], proc.stderr
    assert not (tmp_path / "o").exists()


def test_run_served_from_the_cache_never_imports_the_taggers(tmp_path):
    # spaCy, lingua's models, dateparser and textblob are loaded only for a document to analyse:
    # a re-run on an unchanged corpus starts in a fraction of the time
    corpus = _corpus(tmp_path / "corpus", n=2)
    cache = tmp_path / "cache"
    args = ["analyze", str(corpus), "--out", str(tmp_path / "o"), "--cache", str(cache), "--jobs", "1", "--quiet"]
    probe = ("import sys; from mediakit.cli import main; code = main(sys.argv[1:]); "
             "print(sorted(m for m in ('spacy', 'thinc', 'dateparser', 'textblob', 'textblob_fr', 'mediakit.document') "
             "if m in sys.modules)); sys.exit(code)")
    first = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "'spacy'" in first.stdout  # the probe sees an import when there is one
    again = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "[]"
    assert json.loads((tmp_path / "o" / "manifest.json").read_text())["cache"] == {"hits": 2, "misses": 0}
