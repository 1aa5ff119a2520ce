"""The data flows one way, and so do the imports: no stage imports a stage after it."""

import ast
from pathlib import Path

import distillguard

# Stages in the order the data flows (README "Layout"); a module may import its own stage and
# the stages before it. Top-level modules (schema, errors, data) are the base of everything.
ORDER = [
    {"__init__", "schema", "errors", "_malloc", "data"},
    {"normalize"}, {"sources"}, {"store"},
    {"signals"}, {"behaviour"}, {"linkage"}, {"campaigns"}, {"risk"}, {"verdicts", "report", "intel"},
    {"pipeline"}, {"sim"}, {"references"},
    {"policy"}, {"provenance"}, {"online"}, {"gateway"},
    {"evaluate"}, {"cli"}, {"__main__"},  # (`python -m distillguard` runs the CLI)
]
RANK = {name: i for i, names in enumerate(ORDER) for name in names}
ROOT = Path(distillguard.__file__).parent


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "distillguard":
            if node.module == "distillguard":  # `from distillguard import schema`
                yield from (f"distillguard.{a.name}" for a in node.names)
            else:
                yield node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names if a.name.startswith("distillguard."))


def test_every_stage_is_placed():
    stages = {p.stem if p.is_file() else p.name for p in ROOT.iterdir()
              if (p.is_file() and p.suffix == ".py") or (p.is_dir() and (p / "__init__.py").exists())}
    assert stages - set(RANK) == set()


def test_no_stage_imports_a_later_stage():
    wrong = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        here = _stage(".".join(rel.parts))
        for module in _imports(path):
            there = _stage(module)
            if there in RANK and RANK[there] > RANK[here]:
                wrong.append(f"{path.relative_to(ROOT.parent)} imports {module}")
    assert wrong == []
