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


def test_resources_read_by_libyaml_as_by_pure_python():
    # mediakit.resources reads with libyaml's loader when PyYAML has it: the values, their types
    # and the order of keys (lexicon order decides ties) must be those of the reference loader
    from importlib import resources

    from mediakit.resources import LOADER

    def same(a, b):
        if type(a) is not type(b):
            return False
        if isinstance(a, dict):
            return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
        if isinstance(a, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        return a == b

    files = [f for f in resources.files("mediakit.resources").iterdir() if f.name.endswith(".yml")]
    assert len(files) >= 9
    for f in files:
        text = f.read_text(encoding="utf-8")
        assert same(yaml.load(text, Loader=LOADER), yaml.load(text, Loader=yaml.SafeLoader)), f.name


def test_no_resource_file_repeats_a_key():
    # PyYAML keeps the last of two equal keys without a word: claims.yml had two `en:` lists under `commitment`
    # (the second was `prospective`'s), and the English commitments were lost
    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
        assert not repeated, f"{node.start_mark}: repeated keys {repeated}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    paths = sorted((ROOT / "mediakit" / "resources").glob("*.yml"))
    assert len(paths) >= 10
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
