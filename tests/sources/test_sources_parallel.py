import orjson
from sources_fixtures import exchange, write_jsonl

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


def test_workers_are_bounded_by_the_cores(tmp_path):
    from distillguard.sources import read_exchanges
    from distillguard.sources.parallel import all_cores, bounded_workers

    assert bounded_workers(10_000) == all_cores() == bounded_workers(0)
    assert bounded_workers(1) == 1
    path = write_jsonl(tmp_path / "a.jsonl", [exchange(0)])
    assert read_exchanges(path, workers=10_000).workers == all_cores()


def test_workers_die_with_their_parent(tmp_path):
    # A parent killed with SIGKILL (no cleanup runs) must not leave its worker processes behind.
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import os, sys, time\n"
        "from distillguard.sources.parallel import WorkerPool\n"
        "pool = WorkerPool(2)\n"
        "ex = pool.executor()\n"
        "pids = set()\n"
        "while len(pids) < 2:\n"
        "    pids.add(ex.submit(os.getpid).result())\n"
        "    pids |= set(ex._processes)\n"
        "print(' '.join(map(str, sorted(pids))), flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert pids
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [p for p in pids if _alive(p)]
        time.sleep(0.05)
    assert not alive, f"workers {alive} outlived their parent"


def _alive(pid: int) -> bool:
    import os

    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"  # a zombie is dead, awaiting its reaper
    except FileNotFoundError:
        return False
    except OSError:
        return os.path.exists(f"/proc/{pid}")
