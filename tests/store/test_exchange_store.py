import datetime as dt
import subprocess
import sys
import textwrap

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillguard import schema
from distillguard.errors import DistillguardError
from distillguard.store import AppendResult, ExchangeStore, IngestRun

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def exchanges(ids, account="a-1", **extra):
    rows = []
    for i, ex_id in enumerate(ids):
        row = {
            schema.EXCHANGE_ID: ex_id,
            schema.TS: T0 + dt.timedelta(seconds=i),
            schema.ACCOUNT_ID: account,
            schema.MODEL: "m-1",
            schema.PROMPT: f"prompt {ex_id}",
            schema.TURNS: 1,
            schema.TEMPERATURE: 0.5,
            schema.LOGPROBS: i % 2 == 0,
            schema.OUTPUT_TOKENS: 10 + i,
        }
        row.update(extra)
        rows.append(row)
    return schema.from_rows(rows)


def test_append_is_idempotent_on_exchange_id(tmp_path):
    db = tmp_path / "s.duckdb"
    with ExchangeStore(db) as store:
        assert store.append(exchanges(["e1", "e2", "e3"])) == AppendResult(inserted=3, duplicates=0)
        assert store.append(exchanges(["e1", "e2", "e3"])) == AppendResult(inserted=0, duplicates=3)
        assert store.append(exchanges(["e3", "e4"]).to_batches()) == AppendResult(inserted=1, duplicates=1)
        assert store.count() == 4


def test_ids_repeated_inside_one_input_count_once(tmp_path):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        result = store.append(exchanges(["x", "x", "y", "x"]))
        assert result == AppendResult(inserted=2, duplicates=2)
        assert sorted(store.table().column(schema.EXCHANGE_ID).to_pylist()) == ["x", "y"]


def test_store_survives_reopen_and_reads_back_the_canonical_schema(tmp_path):
    db = tmp_path / "s.duckdb"
    original = exchanges(["e1", "e2"], **{schema.CLIENT_ADDRESS: "203.0.113.7", schema.STATUS: 200})
    with ExchangeStore(db) as store:
        store.append(original)
    with ExchangeStore(db, read_only=True) as store:
        table = store.table()
        assert table.schema.equals(schema.EXCHANGE_SCHEMA)
        assert table.sort_by(schema.EXCHANGE_ID).equals(original.sort_by(schema.EXCHANGE_ID))
        batches = list(store.batches(batch_size=1))
        assert sum(b.num_rows for b in batches) == 2
        assert all(b.schema.equals(schema.EXCHANGE_SCHEMA) for b in batches)
        rel = store.relation()
        assert rel.aggregate(f'count(DISTINCT "{schema.ACCOUNT_ID}")').fetchall() == [(1,)]


def test_empty_input_appends_nothing(tmp_path):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        assert store.append([]) == AppendResult(0, 0)
        assert store.append(schema.empty_table()) == AppendResult(0, 0)
        assert store.table().num_rows == 0


def test_failed_append_rolls_back_the_whole_run(tmp_path):
    def batches():
        yield exchanges(["ok-1"]).to_batches()[0]
        raise DistillguardError("reader failed")

    with ExchangeStore(tmp_path / "s.duckdb") as store:
        with pytest.raises(DistillguardError):
            store.append(batches())
        assert store.count() == 0
        assert store.append(exchanges(["ok-1"])).inserted == 1


def test_append_scrubs_secrets(tmp_path):
    leaked = exchanges(["e1"], **{schema.EXTRA: '{"headers": {"Authorization": "Bearer abcdefghijklmnop123"}}'})
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        store.append(leaked)
        assert "abcdefghijklmnop123" not in str(store.table().to_pylist())


def test_ingest_runs_are_recorded(tmp_path):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        now = dt.datetime.now(dt.timezone.utc)
        run = IngestRun(started=now, finished=now, files=["a.jsonl"], formats={"exchange-log": 5},
                        read=5, accepted=4, quarantined=1, inserted=4, duplicates=0)
        assert store.record_run(run) == 1
        assert store.record_run(run) == 2
        runs = store.runs()
    assert [r["run_id"] for r in runs] == [1, 2]
    assert runs[0]["files"] == ["a.jsonl"] and runs[0]["formats"] == {"exchange-log": 5}
    assert (runs[0]["read"], runs[0]["accepted"], runs[0]["quarantined"]) == (5, 4, 1)


def test_to_parquet_writes_the_canonical_schema(tmp_path):
    out = tmp_path / "out.parquet"
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        store.append(exchanges(["e1", "e2", "e3"]))
        assert store.to_parquet(out) == 3
    table = pq.read_table(out)
    assert table.schema.equals(schema.EXCHANGE_SCHEMA, check_metadata=False)
    assert sorted(table.column(schema.EXCHANGE_ID).to_pylist()) == ["e1", "e2", "e3"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_to_parquet_into_missing_directory_is_one_clear_error(tmp_path):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        with pytest.raises(DistillguardError, match="does not exist"):
            store.to_parquet(tmp_path / "nope" / "out.parquet")


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(DistillguardError, match="directory .* does not exist"):
        ExchangeStore(tmp_path / "nope" / "s.duckdb")


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(DistillguardError, match="no store at"):
        ExchangeStore(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_duckdb_file_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are not the bytes of a database\n" * 200)
    with pytest.raises(DistillguardError, match="not a DuckDB database file"):
        ExchangeStore(bogus)


def test_duckdb_file_without_exchanges_is_not_a_store(tmp_path):
    import duckdb

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(DistillguardError, match="not a distillguard store"):
        ExchangeStore(other, read_only=True)


def test_locked_store_is_a_clear_error(tmp_path):
    db = tmp_path / "s.duckdb"
    ExchangeStore(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, duckdb
            con = duckdb.connect({str(db)!r})
            print("locked", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DistillguardError, match=r"locked by another process \(PID \d+\)"):
            ExchangeStore(db)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_readers_can_share_a_store(tmp_path):
    db = tmp_path / "s.duckdb"
    with ExchangeStore(db) as store:
        store.append(exchanges(["e1"]))
    with ExchangeStore(db, read_only=True) as a, ExchangeStore(db, read_only=True) as b:
        assert a.count() == b.count() == 1
        with pytest.raises(DistillguardError, match="read-only"):
            a.append(exchanges(["e2"]))


def test_pseudonym_key_cannot_be_mixed(tmp_path):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        store.check_pseudonym_key("key-a")
        store.append(exchanges(["e1"]))
        store.check_pseudonym_key("key-a")
        with pytest.raises(DistillguardError, match="another key"):
            store.check_pseudonym_key("key-b")
        with pytest.raises(DistillguardError, match="hashed identifiers"):
            store.check_pseudonym_key(None)
    with ExchangeStore(tmp_path / "raw.duckdb") as store:
        store.check_pseudonym_key(None)
        store.append(exchanges(["e1"]))
        with pytest.raises(DistillguardError, match="raw identifiers"):
            store.check_pseudonym_key("key-a")


def test_store_created_before_a_schema_addition_gains_the_column(tmp_path):
    import duckdb

    db = tmp_path / "old.duckdb"
    with ExchangeStore(db) as store:
        store.append(exchanges(["e1"]))
    con = duckdb.connect(str(db))
    con.execute(f'ALTER TABLE exchanges DROP COLUMN "{schema.REASONING}"')
    con.close()
    with ExchangeStore(db, read_only=True) as store:  # readable as-is, the column reads as null
        assert store.table().column(schema.REASONING).null_count == 1
    with ExchangeStore(db) as store:  # a writer adds it back
        store.append(exchanges(["e2"], **{schema.REASONING: "because"}))
        assert set(store.table().column(schema.REASONING).to_pylist()) == {"because", None}


def test_batches_missing_columns_are_conformed(tmp_path):
    partial = pa.table({
        schema.EXCHANGE_ID: ["p1"],
        schema.TS: pa.array([T0], schema.TIMESTAMP),
        schema.ACCOUNT_ID: ["a"],
    })
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        assert store.append(partial).inserted == 1
        assert store.table().column(schema.MODEL).to_pylist() == [None]


def test_the_first_row_of_a_repeated_id_is_kept(tmp_path):
    rows = exchanges(["x", "y", "x", "z", "y"]).to_pylist()
    for i, row in enumerate(rows):
        row[schema.PROMPT] = f"version {i}"
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        store.append(schema.from_rows(rows))
        kept = {r[schema.EXCHANGE_ID]: r[schema.PROMPT] for r in store.table().to_pylist()}
    assert kept == {"x": "version 0", "y": "version 1", "z": "version 3"}


def test_appends_larger_than_one_chunk(tmp_path, monkeypatch):
    monkeypatch.setattr(ExchangeStore, "INSERT_CHUNK_ROWS", 3)
    ids = [f"e{i}" for i in range(10)]
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        batches = exchanges(ids + ["e0", "e9"]).to_batches(max_chunksize=2)
        assert store.append(batches) == AppendResult(inserted=10, duplicates=2)
        assert store.append(exchanges(ids).to_batches(max_chunksize=4)) == AppendResult(0, 10)
        assert sorted(store.table().column(schema.EXCHANGE_ID).to_pylist()) == sorted(ids)


def test_reading_some_columns_keeps_the_schema(tmp_path):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        store.append(exchanges(["e1", "e2"]))
        table = store.table(columns=[schema.MODEL])
        assert table.schema.equals(schema.EXCHANGE_SCHEMA)
        assert table.column(schema.MODEL).to_pylist() == ["m-1", "m-1"]
        assert table.column(schema.PROMPT).null_count == 2  # not read
        assert table.column(schema.ACCOUNT_ID).null_count == 0  # required columns always read
        assert sum(b.num_rows for b in store.batches(columns=[schema.TS])) == 2
        with pytest.raises(ValueError):
            store.table(columns=["no.such.column"])


def test_database_failure_during_append_is_one_clear_error_and_adds_nothing(tmp_path, monkeypatch):
    with ExchangeStore(tmp_path / "s.duckdb") as store:
        store.append(exchanges(["e1"]))
        monkeypatch.setattr(ExchangeStore, "_insert_sql", "INSERT INTO no_such_table SELECT * FROM _incoming")
        with pytest.raises(DistillguardError, match="nothing was added"):
            store.append(exchanges(["e2", "e3"]))
        assert store.count() == 1
