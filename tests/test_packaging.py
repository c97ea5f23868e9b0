"""pyproject.toml and environment.yml list the same packages; resources ship with the package."""

import re
import tomllib

import yaml

from conftest import ROOT


def _name(spec: str) -> str:
    return re.split(r"[<>=!~\[ ]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {_name(d) for d in project["dependencies"]}
    for extra in ("test", "lab", "en"):
        declared |= {_name(d) for d in project["optional-dependencies"][extra]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda, pip = set(), set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip |= {_name(d) for d in dep["pip"] if not d.startswith("-e")}
        else:
            conda.add(_name(dep))
    conda -= {"python", "pip"}
    assert conda | pip == declared
    assert not conda & pip


def test_resources_are_package_data():
    from importlib import resources

    names = {p.name for p in resources.files("mediakit.resources").iterdir()}
    assert {"speech_verbs.yml", "roles.yml", "noise.yml", "currencies.yml", "months.yml", "types.yml"} <= names
