import datetime as dt

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from sources_fixtures import exchange, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table


def test_round_trip_of_our_own_table(tmp_path):
    original, _ = read_table(write_jsonl(tmp_path / "l.jsonl", [exchange(i) for i in range(5)]))
    path = tmp_path / "exchanges.parquet"
    pq.write_table(original, path)
    table, stats = read_table(str(path))
    assert stats.formats["parquet"]["accepted"] == 5
    assert table.equals(original)  # provenance of the original log is kept


def test_partial_columns_other_types_extra_columns_and_bad_rows(tmp_path):
    data = pa.table({
        schema.TS: pa.array([dt.datetime(2026, 11, 1, 0, 0, i) for i in range(4)], pa.timestamp("ns")),
        schema.ACCOUNT_ID: ["a", "b", None, "d"],
        schema.PROMPT: ["p0", "p1", "p2", "p3"],
        schema.TURNS: pa.array([1, 2, 3, 4], pa.int64()),
        "shard": ["s1", "s1", "s2", "s2"],
    })
    path = tmp_path / "partial.parquet"
    pq.write_table(data, path)
    q = Quarantine(None)
    table, stats = read_table(str(path), quarantine=q)
    assert table.schema == schema.EXCHANGE_SCHEMA
    assert (stats.read, stats.accepted, stats.quarantined) == (4, 3, 1)
    assert q.records[0]["line"] == 3 and schema.ACCOUNT_ID in q.records[0]["reason"]
    rows = table.to_pylist()
    assert rows[0][schema.TS] == dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    assert rows[1][schema.TURNS] == 2
    assert rows[0][schema.MODEL] is None
    assert orjson.loads(rows[2][schema.EXTRA]) == {"shard": "s2"}
    assert [r[schema.SOURCE_LINE] for r in rows] == [1, 2, 4]
    assert len({r[schema.EXCHANGE_ID] for r in rows}) == 3


def test_uncastable_column_quarantines_only_bad_rows(tmp_path):
    data = pa.table({
        schema.TS: ["2026-11-01T00:00:00Z", "2026-11-01T00:00:01Z", "2026-11-01T00:00:02Z"],
        schema.ACCOUNT_ID: ["a", "b", "c"],
        schema.TURNS: ["1", "two", "3"],
    })
    path = tmp_path / "strings.parquet"
    pq.write_table(data, path)
    q = Quarantine(None)
    table, stats = read_table(str(path), quarantine=q)
    assert (stats.accepted, stats.quarantined) == (2, 1)
    assert q.records[0]["line"] == 2 and schema.TURNS in q.records[0]["reason"]


def test_not_really_parquet(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not a parquet file")
    q = Quarantine(None)
    _, stats = read_table(str(path), quarantine=q)
    assert (stats.read, stats.quarantined) == (1, 1)
    assert "unreadable Parquet" in q.records[0]["reason"]
