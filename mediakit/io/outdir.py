"""All-or-nothing output folders: written under a temporary name, then renamed into place."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from ..errors import MediakitError


def check_output(out: Path, *, marker: str, source: Optional[Path] = None) -> Path:
    """Refuse an output path that would destroy input or unrelated files; return it resolved.

    An existing output is replaced whole only if it is a folder that mediakit wrote before
    (it holds `marker`, e.g. manifest.json) or an empty folder.
    """
    resolved = Path(out).resolve()
    if resolved == Path(resolved.anchor) or not resolved.name:
        raise MediakitError(out, "refusing to write into a filesystem root")
    if source is not None:
        src = Path(source).resolve()
        src_dir = src if src.is_dir() else src.parent
        if resolved == src or src.is_relative_to(resolved) or (src.is_dir() and resolved.is_relative_to(src_dir)):
            raise MediakitError(out, f"output would overwrite or sit inside the corpus {source}")
    if resolved.exists():
        if not resolved.is_dir():
            raise MediakitError(out, "exists and is not a folder")
        if any(resolved.iterdir()) and not (resolved / marker).exists():
            raise MediakitError(out, f"folder is not empty and holds no {marker}: not replacing it")
    for parent in resolved.parents:
        if parent.exists() and not parent.is_dir():
            raise MediakitError(out, f"{parent} is a file, not a folder")
    return resolved


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """Yield a temporary sibling of `out` to write into; on success it replaces `out` whole.

    On any error the temporary folder is removed and `out` is left as it was, so a failed run
    never leaves a half-written output.
    """
    out = Path(out).resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o777 & ~umask)  # mkdtemp makes it private; the output is meant to be shared
    except OSError as exc:
        raise MediakitError(out, f"cannot create output folder ({exc.strerror or exc})") from exc
    try:
        yield tmp
        if out.exists():
            old = out.with_name(f".{out.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
