import json

import pytest

from distillguard.cli.main import main


def run_cli(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def record(i, account, model="m-large"):
    return {
        "id": f"ex-{i}",
        "ts": f"2026-11-0{1 + i % 3}T10:00:{i % 60:02d}Z",
        "account_id": account,
        "prompt": f"p {i}",
        "model": model,
        "usage": {"input_tokens": 10, "output_tokens": i},
    }


@pytest.fixture
def log(tmp_path):
    # acct-a: 6 exchanges, acct-b: 3, acct-c: 1; models 8 large + 2 small; 1 bad line
    accounts = ["acct-a"] * 6 + ["acct-b"] * 3 + ["acct-c"]
    records = [record(i, a, model="m-small" if i >= 8 else "m-large") for i, a in enumerate(accounts)]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{oops\n")
    return path


def test_summary_json(tmp_path, log, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "summary", str(log), "--json")
    assert code == 0, err
    s = json.loads(out)
    assert s["exchanges"] == 10 and s["accounts"] == 3
    assert s["first_ts"] == "2026-11-01T10:00:00Z" and s["last_ts"] == "2026-11-03T10:00:08Z"
    assert s["models"] == {"m-large": 8, "m-small": 2}
    assert s["formats"] == {"exchange-log": 10}
    top = s["top_accounts"]
    assert [(t["account"], t["exchanges"]) for t in top] == [("acct-a", 6), ("acct-b", 3), ("acct-c", 1)]
    assert top[0]["output_tokens"] == sum(range(6)) and top[0]["input_tokens"] == 60
    assert s["input"]["read"] == 11 and s["input"]["accepted"] == 10 and s["input"]["quarantined"] == 1
    assert s["input"]["quarantine_path"] == "quarantine.jsonl"
    assert sum(s["input"]["quarantine_reasons"].values()) == 1
    assert "read 11 = accepted 10 + quarantined 1 (quarantine: quarantine.jsonl)" in err
    assert (tmp_path / "quarantine.jsonl").exists()


def test_summary_tables_for_humans(log, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "summary", str(log))
    assert code == 0, err
    for text in ("exchanges", "acct-a", "m-small", "exchange-log", "quarantined", "Top 3 accounts"):
        assert text in out


def test_summary_of_a_store_with_and_without_logs(tmp_path, log, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "s.duckdb"
    assert run_cli(capsys, "ingest", str(log), "--db", str(db))[0] == 0
    code, out, err = run_cli(capsys, "summary", "--db", str(db), "--json")
    assert code == 0, err
    s = json.loads(out)
    assert s["exchanges"] == 10 and s["accounts"] == 3 and s["input"]["store_rows"] == 10
    assert s["input"]["quarantined"] == 0
    # the store plus a log: rows are read from both (summary does not deduplicate)
    code, out, err = run_cli(capsys, "summary", str(log), "--db", str(db), "--json")
    s = json.loads(out)
    assert s["exchanges"] == 20 and s["input"]["read"] == 21


def test_summary_hash_key_hides_accounts(tmp_path, log, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "summary", str(log), "--json", "--hash-key", "k")
    s = json.loads(out)
    assert s["accounts"] == 3 and "acct-a" not in out
    assert all(t["account"].startswith("hmac-sha256:") for t in s["top_accounts"])


def test_summary_needs_input(capsys):
    code, out, err = run_cli(capsys, "summary")
    assert code == 2 and "nothing to read" in err and "Traceback" not in err


def test_summary_quiet_json_prints_only_json(log, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "-q", "summary", str(log), "--json")
    assert code == 0 and err == ""
    assert json.loads(out)["exchanges"] == 10


def test_hashed_store_is_not_mixed_with_other_keys_or_raw_logs(tmp_path, log, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "h.duckdb"
    assert run_cli(capsys, "ingest", str(log), "--db", str(db), "--hash-key", "k1")[0] == 0
    assert run_cli(capsys, "summary", "--db", str(db), "--json")[0] == 0  # store alone: fine
    code, out, err = run_cli(capsys, "summary", "--db", str(db), "--hash-key", "k2")
    assert code == 2 and "another key" in err
    code, out, err = run_cli(capsys, "summary", str(log), "--db", str(db))
    assert code == 2 and "hashed identifiers" in err
    code, out, err = run_cli(capsys, "summary", str(log), "--db", str(db), "--hash-key", "k1", "--json")
    assert code == 0 and json.loads(out)["accounts"] == 3  # same key: log and store rows link up


def test_counts_line_mentions_skipped_files(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "t.jsonl").write_text(json.dumps(record(1, "acct-a")) + "\n")
    (folder / "README.md").write_text("not a log\n")
    code, out, err = run_cli(capsys, "summary", str(folder), "--json")
    assert code == 0, err
    assert "read 1 = accepted 1 + quarantined 0; 1 files skipped" in err
    assert json.loads(out)["exchanges"] == 1
