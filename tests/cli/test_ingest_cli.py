import gzip
import json
import subprocess
import sys

import pytest

from distillguard import schema
from distillguard.cli.main import main
from distillguard.normalize.privacy import HASH_PREFIX
from distillguard.store import ExchangeStore

SECRET = "sk-proj-AbCdEfGhIjKlMnOpQrStUv123456"


def run_cli(capsys, *args, env=None, monkeypatch=None):
    """Run `distillguard ARGS` in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def record(i, account="acct-1", **extra):
    rec = {
        "id": f"ex-{i}",
        "ts": f"2026-11-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z",
        "account_id": account,
        "messages": [{"role": "user", "content": f"Question {i}: what is {i} + {i}?"}],
        "model": "m-large",
        "ip": f"198.51.100.{i % 250}",
        "response": f"{2 * i}",
        "usage": {"input_tokens": 12, "output_tokens": 3},
    }
    rec.update(extra)
    return rec


def write_log(path, records, bad_lines=()):
    lines = [json.dumps(r) for r in records] + list(bad_lines)
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.fixture
def log(tmp_path):
    records = [record(i, account=f"acct-{i % 3}") for i in range(20)]
    records.append(record(20, headers={"Authorization": f"Bearer {SECRET}"},
                          params={"temperature": 0.3, "api_key": SECRET}))
    return write_log(tmp_path / "traffic.jsonl", records, bad_lines=["{not json", json.dumps({"ts": 5})])


def test_ingest_then_ingest_again_adds_nothing(tmp_path, log, capsys):
    db = tmp_path / "store.duckdb"
    code, out, err = run_cli(capsys, "ingest", str(log), "--db", str(db))
    assert code == 0, err
    assert "inserted 21, duplicates 0" in out
    assert "read 23 = accepted 21 + quarantined 2" in err
    assert str(tmp_path / "quarantine.jsonl") in err  # default: next to the store
    quarantined = (tmp_path / "quarantine.jsonl").read_text().splitlines()
    assert len(quarantined) == 2 and all("reason" in json.loads(q) for q in quarantined)

    code, out, err = run_cli(capsys, "ingest", str(log), "--db", str(db))
    assert code == 0, err
    assert "inserted 0, duplicates 21" in out
    with ExchangeStore(db, read_only=True) as store:
        assert store.count() == 21
        runs = store.runs()
    assert [(r["read"], r["accepted"], r["quarantined"], r["inserted"], r["duplicates"]) for r in runs] == [
        (23, 21, 2, 21, 0),
        (23, 21, 2, 0, 21),
    ]
    assert runs[0]["files"] == [str(log)] and runs[0]["pseudonymized"] is False


def test_no_secret_reaches_the_store(tmp_path, log, capsys):
    db = tmp_path / "store.duckdb"
    assert run_cli(capsys, "ingest", str(log), "--db", str(db))[0] == 0
    with ExchangeStore(db, read_only=True) as store:
        dumped = json.dumps(store.table().to_pylist(), default=str)
    assert SECRET not in dumped
    assert "Bearer" not in dumped
    assert "0.3" in dumped  # the harmless parameters are kept
    raw_db = db.read_bytes()
    assert SECRET.encode() not in raw_db


def test_hash_key_pseudonymizes_identifiers(tmp_path, log, capsys, monkeypatch):
    db = tmp_path / "hashed.duckdb"
    monkeypatch.setenv("DISTILLGUARD_HASH_KEY", "k-123")
    code, out, err = run_cli(capsys, "ingest", str(log), "--db", str(db))
    assert code == 0, err
    with ExchangeStore(db, read_only=True) as store:
        table = store.table()
        assert store.runs()[0]["pseudonymized"] is True
    accounts = table.column(schema.ACCOUNT_ID).to_pylist()
    addresses = table.column(schema.CLIENT_ADDRESS).to_pylist()
    networks = table.column(schema.CLIENT_NETWORK).to_pylist()
    assert all(a.startswith(HASH_PREFIX) for a in accounts)
    assert len(set(accounts)) == 3
    assert all(a.startswith(HASH_PREFIX) for a in addresses)
    assert all(n.startswith(HASH_PREFIX) for n in networks) and len(set(networks)) == 1
    assert "acct-1" not in json.dumps(table.to_pylist(), default=str)
    assert "198.51.100." not in json.dumps(table.to_pylist(), default=str)

    # the same key again: all duplicates; no key: refused, the store is not mixed
    assert "duplicates 21" in run_cli(capsys, "ingest", str(log), "--db", str(db))[1]
    monkeypatch.delenv("DISTILLGUARD_HASH_KEY")
    code, out, err = run_cli(capsys, "ingest", str(log), "--db", str(db))
    assert code == 1 and "hashed identifiers" in err and err.count("\n") == 1


def test_explicit_quarantine_path_and_quiet(tmp_path, log, capsys):
    db = tmp_path / "s.duckdb"
    q = tmp_path / "bad" / "q.jsonl"
    code, out, err = run_cli(capsys, "--quiet", "ingest", str(log), "--db", str(db), "--quarantine", str(q))
    assert code == 0 and out == "" and err == ""
    assert len(q.read_text().splitlines()) == 2


def test_clean_input_creates_no_quarantine_file(tmp_path, capsys):
    clean = write_log(tmp_path / "clean.jsonl.gz", [record(i) for i in range(5)])
    code, out, err = run_cli(capsys, "ingest", str(clean), "--db", str(tmp_path / "s.duckdb"))
    assert code == 0, err
    assert "read 5 = accepted 5 + quarantined 0" in err
    assert not (tmp_path / "quarantine.jsonl").exists()


def test_directory_input_and_format_option(tmp_path, capsys):
    folder = tmp_path / "logs"
    folder.mkdir()
    write_log(folder / "a.jsonl", [record(i) for i in range(3)])
    write_log(folder / "b.jsonl.gz", [record(i) for i in range(3, 7)])
    code, out, err = run_cli(capsys, "ingest", str(folder), "--format", "exchange-log", "--workers", "2",
                             "--db", str(tmp_path / "s.duckdb"))
    assert code == 0, err
    assert "inserted 7, duplicates 0" in out


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["ingest", "{missing}", "--db", "{db}"], 1, "missing.jsonl"),
        (["ingest", "{log}", "--db", "{tmp}/no/such/dir/s.duckdb"], 1, "does not exist"),
        (["ingest", "{log}", "--db", "{notdb}"], 1, "not a DuckDB database file"),
        (["ingest", "{log}", "--db", "{db}", "--format", "klingon"], 2, "klingon"),
        (["ingest", "{log}"], 2, "--db"),
        (["ingest", "--db", "{db}"], 2, "LOGS"),
    ],
)
def test_errors_are_one_line(tmp_path, log, capsys, args, code, message):
    notdb = tmp_path / "notes.duckdb"
    notdb.write_text("plain text, not a database\n" * 100)
    values = {"missing": tmp_path / "missing.jsonl", "db": tmp_path / "s.duckdb", "log": log,
              "tmp": tmp_path, "notdb": notdb}
    argv = [a.format(**values) for a in args]
    got_code, out, err = run_cli(capsys, *argv)
    assert got_code == code, err
    assert message in err
    assert "Traceback" not in err
    if code == 1:
        assert len(err.strip().splitlines()) == 1, err


def test_end_to_end_subprocess(tmp_path, log):
    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "distillguard", "ingest", str(log), "--db", str(db), "--hash-key", "k"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "inserted 21" in proc.stdout and "read 23 = accepted 21 + quarantined 2" in proc.stderr
    bad = subprocess.run([sys.executable, "-m", "distillguard", "ingest", str(tmp_path / "nope.jsonl"),
                          "--db", str(db)], capture_output=True, text=True)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_max_line_bytes_quarantines_long_lines(tmp_path, capsys):
    records = [record(i) for i in range(4)] + [record(9, response="x" * 5000)]
    path = write_log(tmp_path / "long.jsonl", records)
    code, out, err = run_cli(capsys, "ingest", str(path), "--db", str(tmp_path / "s.duckdb"),
                             "--max-line-bytes", "2000")
    assert code == 0, err
    assert "read 5 = accepted 4 + quarantined 1" in err
    assert "max_line_bytes" in (tmp_path / "quarantine.jsonl").read_text()


def test_hashing_a_raw_store_on_read(tmp_path, capsys):
    db = tmp_path / "raw.duckdb"
    assert run_cli(capsys, "ingest", str(write_log(tmp_path / "a.jsonl", [record(1)])), "--db", str(db))[0] == 0
    code, out, err = run_cli(capsys, "summary", "--db", str(db), "--json", "--hash-key", "k")
    assert code == 0, err
    assert json.loads(out)["top_accounts"][0]["account"].startswith(HASH_PREFIX)


def _no_ids(records):
    return [{k: v for k, v in r.items() if k != "id"} for r in records]


def test_a_rotated_log_at_the_same_path_is_new_data(tmp_path, capsys):
    # Day 1 and day 2 of `current.jsonl`, neither with ids: they used to share path-and-line ids,
    # and day 2 ingested as "inserted 0, duplicates 200".
    db, log = tmp_path / "s.duckdb", tmp_path / "current.jsonl"
    write_log(log, _no_ids(record(i) for i in range(200)))
    assert run_cli(capsys, "ingest", str(log), "--db", str(db))[0] == 0
    write_log(log, _no_ids(record(i, account="acct-2") for i in range(200, 400)))
    code, out, _ = run_cli(capsys, "ingest", str(log), "--db", str(db))
    assert code == 0 and "inserted 200, duplicates 0" in out
    with ExchangeStore(db, read_only=True) as store:
        assert store.count() == 400


def test_the_same_content_renamed_or_gzipped_is_stored_once(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    records = _no_ids(record(i) for i in range(50))
    write_log(tmp_path / "a.jsonl", records)
    with gzip.open(tmp_path / "archived.jsonl.gz", "wt") as fh:
        fh.write("\n".join(json.dumps(r) for r in records) + "\n")
    assert run_cli(capsys, "ingest", str(tmp_path / "a.jsonl"), "--db", str(db))[0] == 0
    code, out, _ = run_cli(capsys, "ingest", str(tmp_path / "archived.jsonl.gz"), "--db", str(db))
    assert code == 0 and "inserted 0, duplicates 50" in out
    with ExchangeStore(db, read_only=True) as store:
        assert store.count() == 50


def test_an_id_reused_with_other_content_is_quarantined_not_dropped(tmp_path, capsys):
    db, q = tmp_path / "s.duckdb", tmp_path / "q.jsonl"
    write_log(tmp_path / "day1.jsonl", [record(i) for i in range(10)])
    write_log(tmp_path / "day2.jsonl", [record(i, response="another answer") for i in range(5)]
              + [record(i) for i in range(5, 10)] + [record(i) for i in range(10, 12)])
    assert run_cli(capsys, "ingest", str(tmp_path / "day1.jsonl"), "--db", str(db), "--quarantine", str(q))[0] == 0
    code, out, err = run_cli(capsys, "ingest", str(tmp_path / "day2.jsonl"), "--db", str(db), "--quarantine", str(q))
    assert code == 0
    assert "inserted 2, duplicates 5" in out and "5 id conflicts quarantined" in out
    lines = [json.loads(x) for x in q.read_text().splitlines()]
    assert len(lines) == 5
    assert all(r["file"].endswith("day2.jsonl") and "day1.jsonl:" in r["reason"] for r in lines)
    assert sorted(r["line"] for r in lines) == [1, 2, 3, 4, 5]
    with ExchangeStore(db, read_only=True) as store:
        assert store.count() == 12
        run = store.runs()[-1]
        assert (run["read"], run["inserted"], run["duplicates"], run["quarantined"]) == (12, 2, 5, 5)


def test_a_second_run_appends_to_the_quarantine_file(tmp_path, capsys):
    q = tmp_path / "q.jsonl"
    for day in (1, 2):
        write_log(tmp_path / f"d{day}.jsonl", [record(day)], bad_lines=["{broken"])
        run_cli(capsys, "ingest", str(tmp_path / f"d{day}.jsonl"), "--db", str(tmp_path / "s.duckdb"),
                "--quarantine", str(q))
    lines = [json.loads(x) for x in q.read_text().splitlines()]
    assert [r["file"].rsplit("/", 1)[-1] for r in lines] == ["d1.jsonl", "d2.jsonl"]


@pytest.mark.parametrize("name", ["store.json", "store.jsonl", "store.csv", "store.parquet"])
def test_db_path_that_cannot_be_a_store_is_refused(tmp_path, capsys, name):
    write_log(tmp_path / "a.jsonl", [record(i) for i in range(5)])
    code, out, err = run_cli(capsys, "ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / name))
    assert code == 1 and "inserted" not in out and "a store is a DuckDB file" in err
    (tmp_path / name).write_text('{"not": "a store"}\n')
    code, out, err = run_cli(capsys, "ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / name))
    assert code == 1 and "inserted" not in out and "not a DuckDB database file" in err
