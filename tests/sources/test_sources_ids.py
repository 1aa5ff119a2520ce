"""Exchange ids (sources.ids): derived from content where a log has none; duplicates and conflicts."""

import gzip
import shutil

import orjson
from sources_fixtures import exchange, litellm_payload, write_jsonl

from distillguard import schema
from distillguard.sources import Quarantine, read_table


def _no_id(i: int, **over) -> dict:
    rec = exchange(i, **over)
    rec.pop("id")
    return rec


def _ids(path, **kw) -> list[str]:
    table, _ = read_table(str(path), **kw)
    return table.column(schema.EXCHANGE_ID).to_pylist()


def test_derived_ids_survive_rename_compression_and_rotation(tmp_path):
    day1 = write_jsonl(tmp_path / "current.jsonl", [_no_id(i) for i in range(5)])
    ids1 = _ids(day1)
    assert len(set(ids1)) == 5 and all(x.startswith("c-") for x in ids1)
    # the same content under another name, and gzipped: the same ids
    renamed = tmp_path / "archive-2026-11-01.jsonl"
    shutil.copy(day1, renamed)
    with open(day1, "rb") as src, gzip.open(tmp_path / "current.jsonl.gz", "wb") as dst:
        dst.write(src.read())
    assert _ids(renamed) == ids1
    assert _ids(tmp_path / "current.jsonl.gz") == ids1
    # rotation: new content at the same path gets new ids (it used to reuse path-and-line ids)
    write_jsonl(tmp_path / "current.jsonl", [_no_id(i) for i in range(5, 10)])
    assert not set(_ids(day1)) & set(ids1)


def test_identical_lines_in_one_file_stay_distinct_and_the_file_read_twice_is_duplicates(tmp_path):
    same = _no_id(0)
    a = write_jsonl(tmp_path / "a.jsonl", [same, same, same, _no_id(1)])
    ids = _ids(a)
    assert len(ids) == 4 and len(set(ids)) == 4
    assert ids[1] == ids[0] + "-2" and ids[2] == ids[0] + "-3"
    b = tmp_path / "b.jsonl"
    shutil.copy(a, b)
    table, stats = read_table([str(a), str(b)])
    assert table.num_rows == 4
    assert (stats.read, stats.accepted, stats.duplicates, stats.quarantined) == (8, 4, 4, 0)


def test_repeated_id_with_other_content_is_quarantined_with_both_locations(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [exchange(0), exchange(1), exchange(0, prompt="something else"),
                                             exchange(1)])
    q = Quarantine(None)
    table, stats = read_table(str(path), quarantine=q)
    assert table.column(schema.EXCHANGE_ID).to_pylist() == ["ex-0", "ex-1"]
    assert (stats.read, stats.accepted, stats.duplicates, stats.quarantined) == (4, 2, 1, 1)
    assert stats.reasons["id_conflict"] == 1
    (rec,) = q.records
    assert rec["line"] == 3 and rec["file"] == str(path) and rec["kind"] == "id_conflict"
    assert f"{path}:1" in rec["reason"] and "ex-0" in rec["reason"]


def test_conflicts_are_found_across_files_and_in_parallel_workers(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [exchange(i) for i in range(50)])
    b = write_jsonl(tmp_path / "b.jsonl", [exchange(i, prompt=f"other {i}") for i in range(40, 60)])
    q = Quarantine(None)
    table, stats = read_table([str(a), str(b)], quarantine=q, workers=2, parallel_min_bytes=0, chunk_bytes=2048)
    assert table.num_rows == 60
    assert stats.quarantined == 10 and stats.read == stats.accepted + stats.duplicates + stats.quarantined
    assert {r["line"] for r in q.records} == set(range(1, 11))


def test_litellm_cached_responses_with_one_response_id_are_all_kept(tmp_path):
    # A cached upstream answer carries one response id for every call; each call has its own trace id.
    records = []
    for i in range(20):
        rec = litellm_payload(i, id="chatcmpl-cached", trace_id=f"trace-{i}")
        rec["model_parameters"] = {"temperature": 0.7, "user": f"end-user-{i % 3}"}
        rec["metadata"]["user_api_key_end_user_id"] = None
        rec.pop("end_user", None)
        records.append(rec)
    table, stats = read_table(write_jsonl(tmp_path / "spend.jsonl", records))
    assert (table.num_rows, stats.duplicates, stats.quarantined) == (20, 0, 0)
    # the request's OpenAI `user` is the end user
    assert set(table.column(schema.END_USER).to_pylist()) == {"end-user-0", "end-user-1", "end-user-2"}
    # newer LiteLLM payloads name the call itself: that id wins
    call = litellm_payload(1, litellm_call_id="call-abc")
    table, _ = read_table(write_jsonl(tmp_path / "call.jsonl", [call]))
    assert table.column(schema.EXCHANGE_ID).to_pylist() == ["call-abc"]


def test_parquet_rows_without_ids_get_content_ids(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = pa.table({schema.TS: pa.array([1_700_000_000_000_000] * 3, pa.int64()).cast(schema.TIMESTAMP),
                     schema.ACCOUNT_ID: ["a", "b", "a"], schema.PROMPT: ["x", "y", "z"]})
    pq.write_table(rows, tmp_path / "p.parquet")
    ids = _ids(tmp_path / "p.parquet")
    assert len(set(ids)) == 3 and all(x.startswith("c-") for x in ids)
    pq.write_table(rows, tmp_path / "copy.parquet")
    assert _ids(tmp_path / "copy.parquet") == ids


def test_digest_is_the_record_not_its_name(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [exchange(0)])
    table, _ = read_table(str(a))
    digest = table.column(schema.DIGEST).to_pylist()[0]
    assert len(digest) == 32
    raw = orjson.dumps(exchange(0))
    import hashlib

    assert digest == hashlib.blake2b(raw, digest_size=16).hexdigest()
