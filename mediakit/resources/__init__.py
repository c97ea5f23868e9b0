"""Versioned data files (lexicons, lists) read through the package, never Python literals."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

import yaml

_PACKAGE = "mediakit.resources"
#: libyaml's safe loader where PyYAML was built with it: the same values (a test compares them
#: on every resource file) eight times faster, which every run pays at start-up.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed YAML resource `name` (without extension)."""
    return yaml.load(resources.files(_PACKAGE).joinpath(f"{name}.yml").read_text(encoding="utf-8"), Loader=LOADER)


def fingerprint() -> str:
    """A hash of every resource file: part of the analysis cache key."""
    h = hashlib.sha256()
    for entry in sorted(resources.files(_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]
