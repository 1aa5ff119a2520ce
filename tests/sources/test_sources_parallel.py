import orjson
from sources_fixtures import exchange

from distillguard import schema
from distillguard.sources import Quarantine, read_exchanges, read_table


def test_parallel_equals_serial_including_quarantine(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as fh:
        for i in range(3000):
            if i % 97 == 5:
                fh.write(b"{broken json\n")
            elif i % 101 == 7:
                fh.write(orjson.dumps(exchange(i, account_id=None)) + b"\n")
            else:
                fh.write(orjson.dumps(exchange(i, response="r" * 300)) + b"\n")
    q1, q2 = Quarantine(None), Quarantine(None)
    serial, s1 = read_table(str(path), quarantine=q1, workers=1)
    parallel, s2 = read_table(str(path), quarantine=q2, workers=2, parallel_min_bytes=0, batch_size=1000)
    assert parallel.equals(serial)
    assert (s2.read, s2.accepted, s2.quarantined) == (s1.read, s1.accepted, s1.quarantined) == (3000, 2939, 61)
    assert sorted(r["line"] for r in q2.records) == sorted(r["line"] for r in q1.records)
    assert s2.reasons == s1.reasons


def test_parallel_batches_respect_batch_size(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_bytes(b"".join(orjson.dumps(exchange(i)) + b"\n" for i in range(2500)))
    stream = read_exchanges(str(path), workers=2, parallel_min_bytes=0, batch_size=1000)
    sizes = [b.num_rows for b in stream]
    assert sizes == [1000, 1000, 500]
    assert stream.stats.accepted == 2500
    lines = []
    for batch in read_exchanges(str(path), workers=2, parallel_min_bytes=0):
        lines.extend(batch.column(schema.SOURCE_LINE).to_pylist())
    assert lines == list(range(1, 2501))
