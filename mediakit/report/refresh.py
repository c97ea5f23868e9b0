"""Re-execute notebooks in place (``make notebooks``), so committed outputs are refreshed on purpose.

Outputs are produced as nbval will compare them: plotly's default renderer in a kernel
(``plotly_mimetype``), execution counts numbered from 1, no timing or kernel metadata noise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def refresh(path: Path) -> None:
    """Execute `path` in its own folder and save it with clean metadata."""
    nb = nbformat.read(path, as_version=4)
    os.environ.pop("PLOTLY_RENDERER", None)
    NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
                   timeout=600).execute()
    count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            count += 1
            cell.execution_count = count
            for output in cell.get("outputs", []):
                if "execution_count" in output:
                    output["execution_count"] = count
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata.get("language_info", {}).pop("version", None)
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    for name in argv:
        print(f"refreshing {name}", file=sys.stderr)
        refresh(Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
