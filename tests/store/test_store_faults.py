"""Fault suite (#12), stores: damaged store files and killed writers.

* A damaged `--db` (cut short, bytes overwritten, empty, a JSON / CSV / Parquet / text file, a
  directory) makes `ingest` and `scan --db` stop with one line and exit 1: never a traceback, never
  "inserted N" into something that is not a store, and the file given is left as it was.
* A writer killed (SIGKILL, SIGTERM) in the middle of an ingest leaves a store that opens, holds
  all of that run's exchanges or none of them, and takes the next ingest.

* An interrupt landing inside one DuckDB statement of an ingest (the INSERT, the COMMIT, the run
  row) is made exact by a connection wrapper that raises what DuckDB raises there
  (`RuntimeError("Query interrupted")`, checked against DuckDB itself); the same all-or-nothing and
  one-line rules hold.

Commands run in-process through `distillguard.cli.main.main` (a traceback there is an exception
other than SystemExit) except the killed writers, which are real `distillguard` processes sent the
signal at a phase they show from outside (store open: reading; counts line printed: inserting).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillguard import schema
from distillguard.store import ExchangeStore
from cli_runner import run_cli

DISTILLGUARD = str(Path(sys.executable).with_name("distillguard"))
BLOCK = 256 * 1024  # DuckDB's block size; the file starts with three 4 KiB headers
HEADERS = 3 * 4096




def assert_one_line_error(code: int, out: str, err: str) -> str:
    assert "Traceback" not in err, err
    assert code == 1, (code, out, err)
    lines = [line for line in err.split("\n") if line.strip()]
    errors = [line for line in lines if line.startswith("distillguard: ")]
    assert len(errors) == 1 and errors == lines[-1:], err
    assert "inserted" not in out, out
    return errors[0]


def record(i: int, prefix: str = "ex", account: str | None = None) -> dict:
    return {"id": f"{prefix}-{i}", "ts": 1761955200 + i, "account_id": account or f"acct-{i % 7}",
            "messages": [{"role": "user", "content": f"question {i}: " + "why how what " * 20}],
            "response": "answer " * 30, "ip": f"198.51.100.{i % 250}",
            "usage": {"input_tokens": 60, "output_tokens": 30}}


def write_log(path: Path, n: int, prefix: str = "ex") -> Path:
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps(record(i, prefix)) + "\n")
    return path


@pytest.fixture(scope="module")
def good_store(tmp_path_factory) -> tuple[Path, Path]:
    """(a store holding 300 exchanges, a log of 20 others to ingest into damaged copies)."""
    root = tmp_path_factory.mktemp("good")
    code, out, err = run_cli("ingest", str(write_log(root / "base.jsonl", 300)), "--db", str(root / "good.duckdb"))
    assert code == 0, err
    return root / "good.duckdb", write_log(root / "more.jsonl", 20, prefix="more")


def _copy(good: Path, tmp_path: Path) -> Path:
    target = tmp_path / "store.duckdb"
    shutil.copyfile(good, target)
    return target


def _overwrite(path: Path, offset: int, size: int, seed: int) -> None:
    data = random.Random(seed).randbytes(size)
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def _damaged(kind: str, good: Path, tmp_path: Path) -> Path:
    if kind == "zero-bytes":
        path = tmp_path / "store.duckdb"
        path.write_bytes(b"")
    elif kind == "cut-in-header":
        path = _copy(good, tmp_path)
        os.truncate(path, 5000)
    elif kind == "cut-in-half":
        path = _copy(good, tmp_path)
        os.truncate(path, os.path.getsize(path) // 2)
    elif kind == "cut-last-block":
        path = _copy(good, tmp_path)
        os.truncate(path, os.path.getsize(path) - 4096)
    elif kind == "header-overwritten":
        path = _copy(good, tmp_path)
        _overwrite(path, 100, 4000, seed=1)
    elif kind == "all-blocks-overwritten":
        path = _copy(good, tmp_path)
        size = os.path.getsize(path)
        for offset in range(HEADERS, size, BLOCK):
            _overwrite(path, offset, min(BLOCK, size - offset), seed=offset)
    elif kind == "json":
        path = tmp_path / "logs.json"
        path.write_text(json.dumps([record(0)]))
    elif kind == "jsonl":
        path = write_log(tmp_path / "logs.jsonl", 3)
    elif kind == "csv":
        path = tmp_path / "store.csv"
        path.write_text("id,ts,account_id\nex-1,1761955200,acct-1\n")
    elif kind == "parquet":
        path = tmp_path / "store.parquet"
        pq.write_table(pa.table({"id": ["ex-1"], "account_id": ["acct-1"]}), path)
    elif kind == "gzip":
        path = tmp_path / "store.duckdb"
        path.write_bytes(gzip.compress(b'{"id": "x"}\n'))
    elif kind == "text":
        path = tmp_path / "store.duckdb"
        path.write_text("this is not a database\n" * 100)
    elif kind == "sqlite-like":
        path = tmp_path / "store.db"
        path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    elif kind == "directory":
        path = tmp_path / "store.duckdb"
        path.mkdir()
    else:
        raise AssertionError(kind)
    return path


DAMAGE = ["zero-bytes", "cut-in-header", "cut-in-half", "cut-last-block", "header-overwritten",
          "all-blocks-overwritten", "json", "jsonl", "csv", "parquet", "gzip", "text", "sqlite-like", "directory"]


def _snapshot(path: Path):
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes()


@pytest.mark.parametrize("kind", DAMAGE)
def test_ingest_into_a_damaged_store_is_one_line_exit_1(tmp_path, good_store, kind):
    good, more = good_store
    path = _damaged(kind, good, tmp_path)
    before = _snapshot(path)
    code, out, err = run_cli("ingest", str(more), "--db", str(path))
    assert_one_line_error(code, out, err)
    assert _snapshot(path) == before, "a store that was refused must be left as it was"


@pytest.mark.parametrize("kind", DAMAGE)
def test_scan_of_a_damaged_store_is_one_line_exit_1(tmp_path, good_store, kind):
    good, _ = good_store
    path = _damaged(kind, good, tmp_path)
    before = _snapshot(path)
    (tmp_path / "out").mkdir()
    code, out, err = run_cli("-q", "scan", "--db", str(path), "--out", str(tmp_path / "out" / "verdicts.json"),
                             "--workers", "1")
    assert_one_line_error(code, out, err)
    assert not (tmp_path / "out" / "verdicts.json").exists()
    assert _snapshot(path) == before


def test_bytes_overwritten_anywhere_never_give_a_traceback(tmp_path, good_store):
    """4 KiB of random bytes at each header and at the start of each block, one copy at a time:
    ingest and scan either work (the bytes hit unused space) or stop with one line."""
    good, more = good_store
    size = os.path.getsize(good)
    offsets = sorted({0, 4096, 8192, *range(HEADERS, size, BLOCK)})
    outcomes = {}
    for offset in offsets:
        case = tmp_path / f"at-{offset}"
        case.mkdir()
        path = _copy(good, case)
        _overwrite(path, offset, min(4096, size - offset), seed=offset)
        for command in (("ingest", str(more), "--db", str(path)),
                        ("-q", "scan", "--db", str(path), "--out", str(case / "verdicts.json"), "--workers", "1")):
            code, out, err = run_cli(*command)
            assert "Traceback" not in err, (offset, err)
            assert code in (0, 1), (offset, command, code, err)
            if code == 1:
                assert_one_line_error(code, out, err)
            outcomes[(offset, command[0] if command[0] != "-q" else "scan")] = code
        if outcomes[(offset, "ingest")] == 0:  # what was accepted can be read back
            with ExchangeStore(path, read_only=True) as store:
                assert store.count() == 320
    assert 1 in outcomes.values()  # the damage was seen somewhere


def test_a_new_store_path_in_a_missing_directory_is_one_line(tmp_path, good_store):
    _, more = good_store
    code, out, err = run_cli("ingest", str(more), "--db", str(tmp_path / "nope" / "store.duckdb"))
    assert_one_line_error(code, out, err)


# --- killed writers -------------------------------------------------------------------------------
BIG = 15_000  # exchanges in the killed run's log: about a second of ingest


@pytest.fixture(scope="module")
def logs(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("kill")
    return write_log(root / "first.jsonl", 50, prefix="first"), write_log(root / "big.jsonl", BIG, prefix="big")


def _has_open(pid: int, path: Path) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/{pid}/fd/{fd}") == str(path):
                return True
    return False


def _kill_mid_ingest(store: Path, log: Path, sig: int, phase: str, tmp_path: Path) -> tuple[int, str]:
    """Run `distillguard ingest LOG --db STORE` and send `sig` at `phase`: "reading" (as soon as
    it has the store open: the log takes most of a second to read) or "writing" (as soon as it
    prints its counts line: the rows are being inserted). Returns (exit status, stderr)."""
    err_path = tmp_path / "stderr.txt"
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([DISTILLGUARD, "ingest", str(log), "--db", str(store)],
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        try:
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline:
                if phase == "reading" and _has_open(proc.pid, store):
                    break
                if phase == "writing" and b"read " in err_path.read_bytes():
                    break
                time.sleep(0.001)
            assert proc.poll() is None, "the ingest ended before the signal: make BIG bigger"
            proc.send_signal(sig)
            code = proc.wait(timeout=120)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    return code, err_path.read_text(errors="replace")


@pytest.mark.parametrize("phase", ["reading", "writing"])
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_writer_leaves_all_or_nothing_and_a_working_store(tmp_path, logs, sig, phase):
    first, big = logs
    store = tmp_path / "store.duckdb"
    code, out, err = run_cli("-q", "ingest", str(first), "--db", str(store))
    assert code == 0, err
    code, err = _kill_mid_ingest(store, big, sig, phase, tmp_path)
    assert "Traceback" not in err, err
    assert code != 0, "the signal came too late to test anything"
    if sig == signal.SIGTERM:  # asked to stop, it says so in one line
        assert [line for line in err.split("\n") if line.startswith("distillguard: ")], err
    with ExchangeStore(store, read_only=True) as s:  # it opens: not damaged
        ids = s.table(columns=[schema.EXCHANGE_ID]).column(schema.EXCHANGE_ID).to_pylist()
        runs = len(s.runs())
    new = sum(1 for i in ids if i.startswith("big-"))
    assert (len(ids), new, runs) in ((50, 0, 1), (50 + BIG, BIG, 2)), (len(ids), new, runs, code, err)
    # the next ingest works and completes the store
    code, out, err = run_cli("ingest", str(big), "--db", str(store))
    assert code == 0, err
    with ExchangeStore(store, read_only=True) as s:
        assert s.count() == 50 + BIG


# --- faults injected at one exact point (what a signal does there, made deterministic) -------------
def _store_with_runs(good: Path, tmp_path: Path) -> tuple[Path, tuple[int, int]]:
    path = _copy(good, tmp_path)
    with ExchangeStore(path, read_only=True) as store:
        return path, (store.count(), len(store.runs()))


def _state(path: Path) -> tuple[int, int]:
    with ExchangeStore(path, read_only=True) as store:
        return store.count(), len(store.runs())


class _Interrupting:
    """A DuckDB connection that raises `exc` when `when(statement)` is true, after running the
    statement if `after` (a COMMIT that took effect, then reports the interrupt), else before.
    `fired` counts the injections: a test whose injection never fires has lost its point."""

    def __init__(self, con, when, exc, after: bool):
        self._con, self._when, self._exc, self._after = con, when, exc, after
        self.fired = 0

    def _maybe(self, statement: str, run):
        if not self._when(statement):
            return run()
        self.fired += 1
        if self._after:
            run()
        raise self._exc

    def execute(self, query, *args, **kw):
        text = query if isinstance(query, str) else ""
        return self._maybe(text, lambda: self._con.execute(query, *args, **kw))

    def commit(self):
        return self._maybe("COMMIT", self._con.commit)

    def __getattr__(self, name):
        return getattr(self._con, name)


def _inject(monkeypatch, when, exc, after: bool) -> list:
    """Writable stores open through `_Interrupting`; returns the list of proxies made."""
    from distillguard.store import exchange_store

    real = exchange_store._connect
    made = []

    def connect(path, read_only, *args, **kw):
        con = real(path, read_only, *args, **kw)
        if read_only:
            return con
        made.append(_Interrupting(con, when, exc, after))
        return made[-1]

    monkeypatch.setattr(exchange_store, "_connect", connect)
    return made


def test_an_interrupt_while_the_run_is_recorded_leaves_no_rows_without_their_run(tmp_path, good_store, monkeypatch):
    """Ctrl-C (or the CLI's SIGTERM handler) landing as the `ingest_runs` row is written: the
    store holds the run's exchanges and its run row, or neither."""
    good, more = good_store
    path, (rows, runs) = _store_with_runs(good, tmp_path)
    made = _inject(monkeypatch, lambda q: "ingest_runs" in q and q.lstrip().upper().startswith("INSERT"),
                   KeyboardInterrupt(), after=False)
    code, out, err = run_cli("ingest", str(more), "--db", str(path))
    monkeypatch.undo()
    if not any(p.fired for p in made):
        pytest.fail("no INSERT into ingest_runs went through ExchangeStore's connection: update the injection")
    assert "Traceback" not in err and code != 0, (code, err)
    assert _state(path) in ((rows, runs), (rows + 20, runs + 1))


@pytest.mark.parametrize("statement,took_effect", [("INSERT INTO exchanges", False), ("COMMIT", False),
                                                   ("COMMIT", True)], ids=["insert", "commit", "commit-took-effect"])
def test_an_interrupted_statement_is_one_line_and_all_or_nothing(tmp_path, good_store, monkeypatch, statement,
                                                                   took_effect):
    """SIGTERM while DuckDB runs a statement of the ingest (see test_duckdb_reports_an_interrupt_so);
    a COMMIT may have taken effect when it reports the interrupt."""
    good, more = good_store
    path, (rows, runs) = _store_with_runs(good, tmp_path)
    made = _inject(monkeypatch, lambda q: q.strip().upper().startswith(statement.upper()),
                   RuntimeError("Query interrupted"), after=took_effect)
    code, out, err = run_cli("ingest", str(more), "--db", str(path))
    monkeypatch.undo()
    if not any(p.fired for p in made):
        pytest.fail(f"no {statement} went through ExchangeStore's connection: update the injection")
    state = _state(path)
    if took_effect and code == 0:  # the run is in, and said so (DuckDB swallowed the signal's exception)
        assert "Traceback" not in err and state == (rows + 20, runs + 1), (state, out, err)
        return
    assert_one_line_error(code, out, err)
    assert state in ((rows, runs), (rows + 20, runs + 1))
    if not took_effect:
        assert state == (rows, runs)
    assert "nothing was added" not in err or state == (rows, runs), err  # the message tells the truth


def test_duckdb_reports_an_interrupt_so(tmp_path):
    """What the injections above stand for: a signal whose handler raises, landing in a DuckDB query,
    comes out of the query as RuntimeError("Query interrupted"). (DuckDB does not always notice a
    signal: a few bounded tries, signalled every 20 ms.)"""
    import threading

    class Raised(Exception):
        pass

    armed = threading.Event()

    def handler(signum, frame):
        if armed.is_set():  # once per try: DuckDB swallows it, and later signals must not land elsewhere
            armed.clear()
            raise Raised()

    def pester(stop: threading.Event) -> None:
        while not stop.wait(0.02):
            os.kill(os.getpid(), signal.SIGUSR1)

    previous = signal.signal(signal.SIGUSR1, handler)
    con = duckdb.connect()
    outcomes = []
    try:
        for _ in range(5):
            stop = threading.Event()
            sender = threading.Thread(target=pester, args=(stop,))
            armed.set()
            sender.start()
            try:
                con.execute("SELECT count(*) FROM range(200000000) t(a) WHERE a % 7 = 3").fetchall()
                outcomes.append("completed")
            except RuntimeError as exc:
                outcomes.append("interrupted" if "interrupt" in str(exc).lower() else repr(exc))
            except Raised:
                outcomes.append("raised outside the query")
            finally:
                armed.clear()
                stop.set()
                sender.join()
            if "interrupted" in outcomes:
                break
    finally:
        signal.signal(signal.SIGUSR1, previous)
        con.close()
    # If DuckDB ever passes the handler's exception on instead, the injections above are moot.
    assert "interrupted" in outcomes, outcomes
