import datetime as dt

import pyarrow.parquet as pq
import pytest

from distillguard import schema
from distillguard.cli.main import main
from distillguard.store import ExchangeStore


def run_cli(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture
def store(tmp_path):
    t0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    rows = [{schema.EXCHANGE_ID: f"e{i}", schema.TS: t0 + dt.timedelta(minutes=i), schema.ACCOUNT_ID: f"a{i % 2}",
             schema.PROMPT: f"p{i}", schema.OUTPUT_TOKENS: i} for i in range(6)]
    db = tmp_path / "s.duckdb"
    with ExchangeStore(db) as s:
        s.append(schema.from_rows(rows))
    return db


def test_export_writes_canonical_parquet(tmp_path, store, capsys):
    out = tmp_path / "x.parquet"
    code, stdout, err = run_cli(capsys, "export", "--db", str(store), "--out", str(out))
    assert code == 0, err
    assert f"exported 6 exchanges to {out}" in stdout
    table = pq.read_table(out)
    assert table.schema.equals(schema.EXCHANGE_SCHEMA, check_metadata=False)
    assert sorted(table.column(schema.EXCHANGE_ID).to_pylist()) == [f"e{i}" for i in range(6)]


def test_export_then_ingest_round_trips(tmp_path, store, capsys):
    out = tmp_path / "x.parquet"
    assert run_cli(capsys, "export", "--db", str(store), "--out", str(out))[0] == 0
    code, stdout, err = run_cli(capsys, "ingest", str(out), "--db", str(tmp_path / "copy.duckdb"))
    assert code == 0, err
    assert "inserted 6, duplicates 0" in stdout
    with ExchangeStore(store, read_only=True) as a, ExchangeStore(tmp_path / "copy.duckdb", read_only=True) as b:
        ta, tb = a.table().sort_by(schema.EXCHANGE_ID), b.table().sort_by(schema.EXCHANGE_ID)
    for column in (schema.EXCHANGE_ID, schema.TS, schema.ACCOUNT_ID, schema.PROMPT, schema.OUTPUT_TOKENS):
        assert ta.column(column).equals(tb.column(column)), column


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["export", "--db", "{tmp}/missing.duckdb", "--out", "{tmp}/x.parquet"], 1, "no store at"),
        (["export", "--db", "{db}", "--out", "{tmp}/no/dir/x.parquet"], 1, "does not exist"),
        (["export", "--db", "{db}", "--out", "{db}"], 2, "must not be the store"),
        (["export", "--db", "{db}"], 2, "--out"),
    ],
)
def test_export_errors_are_one_line(tmp_path, store, capsys, args, code, message):
    argv = [a.format(tmp=tmp_path, db=store) for a in args]
    got, out, err = run_cli(capsys, *argv)
    assert got == code, err
    assert message in err and "Traceback" not in err
    if code == 1:
        assert len(err.strip().splitlines()) == 1
