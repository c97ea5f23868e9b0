"""Actor files (`actors.yml` / `.toml`) shipped beside a corpus: canonical names, types, aliases."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import yaml

from ...errors import MediakitError
from ...types import ACTOR_TYPES


@dataclass(frozen=True)
class ActorEntry:
    """One actor of an actor file: canonical name, type and aliases."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()


def load_actor_file(path: Path) -> list[ActorEntry]:
    """Read an actor file (`actors.yml` or `.toml`): a list of {name, type, aliases}."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw) if path.suffix == ".toml" else yaml.safe_load(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise MediakitError(path, f"cannot read actor file ({type(exc).__name__})") from exc
    items = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise MediakitError(path, "actor file must hold a list 'actors' of {name, type, aliases}")
    entries = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise MediakitError(path, f"actor #{i} has no 'name'")
        kind = item.get("type", "other")
        if kind not in ACTOR_TYPES:
            raise MediakitError(path, f"actor {item['name']!r} has type {kind!r}; expected one of {', '.join(ACTOR_TYPES)}")
        aliases = item.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, (str, int, float)) for a in aliases):
            raise MediakitError(path, f"actor {item['name']!r}: 'aliases' must be a list of names")
        entries.append(ActorEntry(item["name"].strip(), kind, tuple(str(a).strip() for a in aliases if str(a).strip())))
    return entries

