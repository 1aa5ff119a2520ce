import pytest
import orjson
import pyarrow.parquet as pq
from sources_fixtures import (exchange, gateway_line, genai_span, helicone_request, langfuse_observation,
                              litellm_payload, otlp_export, write_jsonl)

from distillguard.sources import FORMATS, read_table
from distillguard.sources.detect import layout_of
from distillguard.sources.formats import JSON_FORMATS


def test_formats_names():
    assert FORMATS == ("exchange-log", "openai-gateway", "otel", "litellm", "langfuse", "helicone", "parquet")


def test_each_format_is_detected(tmp_path):
    samples = {
        "exchange-log": [exchange(0)],
        "openai-gateway": [gateway_line(0)],
        "otel": [otlp_export([genai_span(0)])],
        "litellm": [litellm_payload(0)],
        "langfuse": [langfuse_observation(0)],
        "helicone": [helicone_request(0)],
    }
    for name, recs in samples.items():
        path = write_jsonl(tmp_path / f"{name}.jsonl", recs)
        assert layout_of(path, JSON_FORMATS, 1 << 30).format == name, name


def test_detection_survives_a_bad_first_line(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_bytes(b"garbage line\n" + orjson.dumps(litellm_payload(0)) + b"\n")
    assert layout_of(str(path), JSON_FORMATS, 1 << 30).format == "litellm"


def test_mixed_directory_recursive_with_gzip_and_parquet(tmp_path):
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    write_jsonl(tmp_path / "a.jsonl", [exchange(0), exchange(1)])
    write_jsonl(sub / "b.jsonl.gz", [gateway_line(0)], gz=True)
    write_jsonl(tmp_path / "sub" / "c.log", [litellm_payload(0)])
    (tmp_path / "README.md").write_text("# notes")
    (tmp_path / ".hidden.jsonl").write_text("{}")
    write_jsonl(tmp_path / "labels.json", [{"version": 1, "accounts": {}}])
    first, _ = read_table(str(tmp_path / "a.jsonl"))
    pq.write_table(first, tmp_path / "sub" / "d.parquet")
    table, stats = read_table(str(tmp_path))
    assert stats.formats["exchange-log"]["accepted"] == 2
    assert stats.formats["openai-gateway"]["accepted"] == 1
    assert stats.formats["litellm"]["accepted"] == 1
    # the Parquet file holds the same two exchanges as a.jsonl (same ids and digests): duplicates
    assert (stats.formats["parquet"]["accepted"], stats.formats["parquet"]["duplicates"]) == (0, 2)
    assert table.num_rows == 4
    assert sorted(p.rsplit("/", 1)[-1] for p in stats.skipped_files) == ["README.md", "labels.json"]
    assert not any(".hidden" in p for p in stats.files)


def test_format_override(tmp_path):
    # an exchange log forced through the gateway reader: nothing matches, all quarantined, nothing lost
    path = write_jsonl(tmp_path / "l.jsonl", [exchange(0)])
    table, stats = read_table(path, format="openai-gateway")
    assert (stats.read, stats.accepted, stats.quarantined) == (1, 0, 1)
    table, stats = read_table(path, format="exchange-log")
    assert stats.accepted == 1


def test_an_unreadable_file_in_a_directory_is_skipped_and_named(tmp_path, monkeypatch):
    import os

    from distillguard.errors import DistillguardError
    from distillguard.sources import stream

    write_jsonl(tmp_path / "a.jsonl", [exchange(0)])
    locked = write_jsonl(tmp_path / "b.jsonl", [exchange(1)])
    write_jsonl(tmp_path / "c.jsonl", [exchange(2)])
    real_access = os.access
    # (root reads a chmod 000 file, so unreadability is simulated where the reader asks for it)
    monkeypatch.setattr(stream.os, "access", lambda p, mode: False if p == locked else real_access(p, mode))
    table, stats = read_table(str(tmp_path))
    assert table.num_rows == 2
    assert stats.skipped_files[locked] == "unreadable: permission denied"
    # named on purpose, it is a fault (exit 1, like a missing path), before anything is read
    with pytest.raises(DistillguardError, match="cannot read .*permission denied"):
        read_table(locked)
