"""One real scan of the demo simulation, made once per test process and shared by the tests of
campaign indicators, intel export and import (fixture `demo_scan`, registered in conftest.py),
with the helpers those tests use to look for leaks."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from cli_runner import run_cli

DEMO = Path(__file__).resolve().parents[1] / "benchmarks" / "scenarios" / "demo.yaml"


@pytest.fixture(scope="session")
def demo_scan(tmp_path_factory):
    """Paths of the demo at scale 0.3: `log`, `labels`, `verdicts` (read them afresh: each test
    module may change its own copy)."""
    d = tmp_path_factory.mktemp("demo_scan")
    log, labels, verdicts = d / "log.jsonl.gz", d / "labels.json", d / "verdicts.json"
    code, _, err = run_cli("-q", "sim", str(DEMO), "--seed", "7", "--scale", "0.3", "--out", str(log),
                           "--labels", str(labels))
    assert code == 0, err
    code, _, err = run_cli("-q", "scan", str(log), "--out", str(verdicts), "--workers", "1")
    assert code == 0, err
    assert json.loads(verdicts.read_text())["campaigns"], "the demo scan finds campaigns"
    return SimpleNamespace(dir=d, log=log, labels=labels, verdicts=verdicts)


def log_texts(rows: list[dict]) -> list[str]:
    """Every piece of user content of a log: messages, responses, reasoning, tool calls."""
    out = []
    for r in rows:
        for m in r.get("messages") or []:
            c = m.get("content")
            if isinstance(c, str):
                out.append(c)
            elif c is not None:
                out.append(json.dumps(c, ensure_ascii=False))
        for k in ("response", "reasoning", "prompt"):
            if isinstance(r.get(k), str):
                out.append(r[k])
        if r.get("tool_calls"):
            out.append(json.dumps(r["tool_calls"], ensure_ascii=False))
    return out


def strings(obj):
    """Every string (keys and values) inside a JSON-like value."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from strings(v)
