"""Soak run of the fault and fuzz suite (#12): many fuzzed log files through the reader and the CLI.

    .venv/bin/python benchmarks/soak.py 200                      # 200 fuzzed files, ~200 records each
    .venv/bin/python benchmarks/soak.py 1000 --records 500 --seed 7 --workers 0
    .venv/bin/python benchmarks/soak.py 100 --kill-sweep 20      # and 20 ingests killed at random moments
    .venv/bin/python benchmarks/soak.py 50 --keep --dir /tmp/soak # keep the files, the store, the verdicts

Not part of the test suite (tests/sources/test_sources_fuzz.py, tests/store/test_store_faults.py and
tests/cli/test_cli_faults.py are its small, deterministic version). Generates N files (seeded): records
of the six JSON formats, good or damaged (wrong types, huge / empty / NUL / RTL / surrogate strings,
deep nesting, out-of-range and NaN numbers, bad IPs, credentials in headers and fields), damaged lines
(cut, not UTF-8, binary, blank, CRLF, BOM), files plain or gzip (several members, cut short, trailing
garbage). Then:

  1. read_table over the directory: only DistillguardError may escape; read == accepted +
     quarantined (+ duplicates) per file; every non-blank line of a JSON Lines file counted once
     (unless the file is a truncated gzip, OTLP or one JSON document); every quarantined record
     has its file, line and reason;
  2. `distillguard ingest DIR --db STORE` (a real process): exit 0 or one line; the counts line adds
     up; the store holds what it says it inserted; no planted credential anywhere in the store;
  3. the same ingest again: inserted 0;
  4. `distillguard scan DIR --out verdicts.json` and `scan --db STORE`: exit 0 or one line, never a
     traceback, verdicts written;
  5. with --kill-sweep K: K more ingests of the directory into copies of the store taken before
     step 2, each killed (SIGKILL / SIGTERM alternately) at a random moment: the store must open and
     hold all of that run's rows or none, the same for its `ingest_runs` row, and no traceback.

Reports counts, seconds per step and every violation; exits 1 if there was any.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sources"))

import pyarrow as pa  # noqa: E402

from distillguard.errors import DistillguardError  # noqa: E402
from distillguard.sources import Quarantine, read_table  # noqa: E402
from distillguard.sources.detect import layout_of  # noqa: E402
from distillguard.sources.stream import JSON_FORMATS  # noqa: E402
from distillguard.store import ExchangeStore  # noqa: E402

try:  # realistic records of every format, as the reader tests build them
    from sources_fixtures import (exchange, gateway_line, genai_span, helicone_request, langfuse_observation,
                                  litellm_payload, otlp_export)

    TEMPLATES = {"exchange-log": exchange, "openai-gateway": gateway_line,
                 "otel": lambda i: otlp_export([genai_span(i)]), "litellm": litellm_payload,
                 "langfuse": langfuse_observation, "helicone": helicone_request}
except ImportError:  # run from elsewhere: exchange-log records only
    TEMPLATES = {}

DISTILLGUARD = str(Path(sys.executable).with_name("distillguard"))
SECRET_TOKEN = re.compile(r"soak\d+Zq7Secret")
COUNTS = re.compile(r"^read (\d+) = ((?:[a-z][a-z -]* \d+)(?: \+ [a-z][a-z -]* \d+)*)", re.M)

HOSTILE_STRINGS = ["", " ", "\x00", "a\x00b", "\u202eevil\u202c", "\u05e9\u05dc\u05d5\u05dd", "\ufeff", "\ud800",
                   "\udfff x", "\U0001f600", "\r\n", "NaN", "1e999", "null", "x" * 70_000]
NUMBERS = [0, -1, -(2**63), 2**63, 2**70, 1e308, -1e308, 5e-324, float("nan"), float("inf"), -0.0, 1.5]
RAW_NUMBERS = ["NaN", "Infinity", "-Infinity", "1e99999", "01", "1.", ".5", "+1", "0x10"]
BAD_IPS = ["999.1.1.1", "1.2.3", "not-an-ip", "::::", "1.2.3.4/33", "", " 1.2.3.4", "a" * 300]
FIELDS = ["ts", "account_id", "messages", "prompt", "id", "ip", "usage", "params", "model", "response", "status",
          "user_agent", "org_id", "api_key_id", "end_user", "conversation_id"]
SECRET_HEADERS = ["Authorization", "authorization ", "Cookie", "X-Api-Key", "x-api-key\r\n", "Proxy-Authorization",
                  "Set-Cookie", "Ocp-Apim-Subscription-Key"]


class Raw:
    def __init__(self, text: str):
        self.text = text


def dumps(value, ascii_only: bool = True) -> bytes:
    if isinstance(value, Raw):
        return value.text.encode()
    if isinstance(value, dict):
        items = (dumps(str(k), ascii_only) + b":" + dumps(v, ascii_only) for k, v in value.items())
        return b"{" + b",".join(items) + b"}"
    if isinstance(value, list):
        return b"[" + b",".join(dumps(v, ascii_only) for v in value) + b"]"
    return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


class Fuzzer:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.secrets: list[str] = []
        self.n = 0

    def secret(self) -> str:
        token = f"soak{len(self.secrets)}Zq7Secret"
        self.secrets.append(token)
        return token

    def hostile(self, depth: int = 0):
        r = self.r
        kind = r.randrange(9)
        if kind == 0:
            return r.choice(HOSTILE_STRINGS)
        if kind == 1:
            return r.choice(NUMBERS)
        if kind == 2:
            return Raw(r.choice(RAW_NUMBERS))
        if kind == 3:
            return r.choice([None, True, False, [], {}])
        if kind == 4:
            d = r.randrange(200, 400)
            return Raw("[" * d + "]" * d)
        if kind == 5:
            return r.choice(BAD_IPS)
        if kind == 6 and depth < 3:
            return [self.hostile(depth + 1) for _ in range(r.randrange(4))]
        if kind == 7 and depth < 3:
            return {r.choice(HOSTILE_STRINGS[:12]): self.hostile(depth + 1) for _ in range(r.randrange(4))}
        return "".join(chr(r.randrange(1, 0x2FFFF)) for _ in range(r.randrange(20)))

    def exchange(self) -> dict:
        r = self.r
        self.n += 1
        rec = {"ts": r.choice(["2026-11-01T00:00:00Z", 1761955200 + self.n, "2026-11-01T10:00:00.250+01:00"]),
               "account_id": f"acct-{r.randrange(50)}",
               "messages": [{"role": "user", "content": f"question {self.n}: " + "why how " * r.randrange(1, 40)}]}
        if r.random() < 0.5:
            rec["id"] = f"soak-{self.n}"
        if r.random() < 0.5:
            rec["usage"] = {"input_tokens": r.randrange(1000), "output_tokens": r.randrange(1000)}
        if r.random() < 0.5:
            rec["ip"] = f"198.51.100.{r.randrange(256)}"
        if r.random() < 0.2:  # credentials a client leaked into the log
            rec["headers"] = {r.choice(SECRET_HEADERS): f"Token {self.secret()}"}
        if r.random() < 0.1:
            rec["params"] = {"temperature": 0.2, "api_key": self.secret()}
        return rec

    def record(self, fmt: str) -> dict:
        if fmt == "exchange-log" or fmt not in TEMPLATES:
            rec = self.exchange()
        else:
            self.n += 1
            rec = json.loads(json.dumps(TEMPLATES[fmt](self.n)))
            if fmt == "openai-gateway" and self.r.random() < 0.5:
                rec["metadata"]["headers"] = {self.r.choice(SECRET_HEADERS): self.secret()}
        if self.r.random() < 0.4:  # damaged fields
            for _ in range(self.r.randrange(1, 4)):
                key = self.r.choice(FIELDS if fmt == "exchange-log" or not rec else sorted(rec))
                if self.r.random() < 0.25:
                    rec.pop(key, None)
                else:
                    rec[key] = self.hostile()
        return rec

    def line(self, fmt: str) -> bytes:
        r = self.r
        kind = r.random()
        if kind < 0.75:
            return dumps(self.record(fmt), ascii_only=r.random() < 0.8)
        text = dumps(self.exchange())
        if kind < 0.83:
            return text[: r.randrange(1, len(text))]
        if kind < 0.88:
            at = r.randrange(len(text))
            return text[:at] + r.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"]) + text[at:]
        if kind < 0.93:
            return bytes(r.randrange(256) for _ in range(r.randrange(1, 80))).replace(b"\n", b"\x00")
        if kind < 0.97:
            return r.choice([b"", b" ", b"\t", b"\r"])
        return dumps(r.choice([[1, 2], "text", 42, None, True]))

    def file(self, records: int) -> tuple[bytes, dict]:
        r = self.r
        formats = list(TEMPLATES) or ["exchange-log"]
        main_fmt = r.choice(formats) if r.random() < 0.5 else "exchange-log"
        lines = [self.line(main_fmt if r.random() < 0.9 else r.choice(formats))
                 for _ in range(r.randrange(records + 1))]
        eol = b"\r\n" if r.random() < 0.2 else b"\n"
        data = eol.join(lines) + eol
        if r.random() < 0.1:
            data = b"\xef\xbb\xbf" + data
        facts = {"non_blank": sum(1 for line in data.split(b"\n") if line.strip()), "packing": "plain"}
        p = r.random()
        if p < 0.15:
            data, facts["packing"] = gzip.compress(data, mtime=0), "gzip"
        elif p < 0.2:
            cut = r.randrange(len(data) + 1)
            data, facts["packing"] = gzip.compress(data[:cut], mtime=0) + gzip.compress(data[cut:], mtime=0), "members"
        elif p < 0.27:
            packed = gzip.compress(data, mtime=0)
            data, facts["packing"] = packed[: r.randrange(10, len(packed))], "cut"
        elif p < 0.3:
            data, facts["packing"] = gzip.compress(data, mtime=0) + b"garbage", "garbage"
        return data, facts


# --- checks ---------------------------------------------------------------------------------------
class Soak:
    def __init__(self):
        self.violations: list[str] = []
        self.times: dict[str, float] = {}
        self.counts: dict[str, object] = {}

    def fail(self, what: str) -> None:
        self.violations.append(what)
        print(f"VIOLATION: {what[:2000]}", file=sys.stderr)

    @contextlib.contextmanager
    def step(self, name: str):
        t0 = time.perf_counter()
        yield
        self.times[name] = round(time.perf_counter() - t0, 2)
        print(f"{name}: {self.times[name]} s", file=sys.stderr)

    def check_quarantine(self, records, inputs: set[str], where: str) -> None:
        for r in records:
            line_ok = r.get("line") is None or (isinstance(r["line"], int) and r["line"] >= 1)
            if r.get("file") not in inputs or not line_ok or not (isinstance(r.get("reason"), str) and r["reason"].strip()):
                self.fail(f"{where}: malformed quarantine record {str(r)[:300]}")

    def check_cli(self, result: subprocess.CompletedProcess, where: str) -> dict | None:
        err = result.stderr
        if "Traceback" in err or "Exception ignored" in err:
            self.fail(f"{where}: traceback on stderr:\n{err[-3000:]}")
        if result.returncode not in (0, 1):
            self.fail(f"{where}: exit {result.returncode}")
        if result.returncode == 1:
            errors = [line for line in err.split("\n") if line.startswith("distillguard: ")]
            if len(errors) != 1:
                self.fail(f"{where}: exit 1 without exactly one error line: {err[-500:]}")
            return None
        m = COUNTS.search(err)
        if not m:
            self.fail(f"{where}: no counts line: {err[-500:]}")
            return None
        terms = {t.rsplit(" ", 1)[0]: int(t.rsplit(" ", 1)[1]) for t in m.group(2).split(" + ")}
        if int(m.group(1)) != sum(terms.values()):
            self.fail(f"{where}: counts line does not add up: {m.group(0)}")
        return {"read": int(m.group(1)), **terms}

    def check_store_secrets(self, db: Path, secrets: list[str], where: str) -> int:
        with ExchangeStore(db, read_only=True) as store:
            table = store.table()
            count = store.count()
        text = []
        for column in table.columns:
            if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
                text.extend(v for v in column.to_pylist() if v is not None)
        leaked = sorted(set(SECRET_TOKEN.findall("\n".join(text))) & set(secrets))
        if leaked:
            self.fail(f"{where}: {len(leaked)} planted credentials in the store, e.g. {leaked[:3]}")
        return count


def run(*args: str, timeout: float = 3600) -> subprocess.CompletedProcess:
    return subprocess.run([DISTILLGUARD, *args], capture_output=True, text=True, timeout=timeout)


def store_state(db: Path) -> tuple[int, int, int]:
    with ExchangeStore(db, read_only=True) as store:
        return store.count(), len(store.runs()), 0


def kill_sweep(soak: Soak, logs: Path, base: Path, full: tuple[int, int], trials: int, seed: int, work: Path,
               duration: float) -> None:
    """Ingests of `logs` into copies of the store `base`, killed at random moments."""
    r = random.Random(seed)
    before = store_state(base)[:2]
    outcomes: dict[str, int] = {}
    for i in range(trials):
        sig = signal.SIGKILL if i % 2 == 0 else signal.SIGTERM
        db = work / f"kill-{i}.duckdb"
        shutil.copyfile(base, db)
        err_path = work / f"kill-{i}.err"
        with open(err_path, "wb") as err:
            proc = subprocess.Popen([DISTILLGUARD, "ingest", str(logs), "--db", str(db)], stdout=subprocess.DEVNULL,
                                    stderr=err, start_new_session=True)
            time.sleep(r.uniform(0, duration * 1.1))
            if proc.poll() is None:
                proc.send_signal(sig)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                soak.fail(f"kill {i} ({sig.name}): no exit 120 s after the signal")
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        err = err_path.read_text(errors="replace")
        if "Traceback" in err or "Exception ignored" in err:
            soak.fail(f"kill {i} ({sig.name}): traceback:\n{err[-2000:]}")
        try:
            state = store_state(db)[:2]
        except Exception as exc:  # noqa: BLE001 - a store that does not open is the finding
            soak.fail(f"kill {i} ({sig.name}): store does not open: {exc}")
            continue
        if state not in (before, full):
            soak.fail(f"kill {i} ({sig.name}, exit {proc.returncode}): (exchanges, runs) = {state}, "
                      f"expected {before} or {full}")
        key = "none" if state == before else "all" if state == full else "partial"
        outcomes[key] = outcomes.get(key, 0) + 1
        db.unlink(missing_ok=True)
        Path(str(db) + ".wal").unlink(missing_ok=True)
    soak.counts["kill_sweep"] = outcomes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", type=int, help="number of fuzzed files to generate")
    ap.add_argument("--records", type=int, default=200, help="at most this many lines per file")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=None, help="--workers for ingest and scan (default: theirs)")
    ap.add_argument("--kill-sweep", type=int, default=0, metavar="K", help="K ingests killed at random moments")
    ap.add_argument("--dir", type=Path, default=None, help="work directory (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args(argv)

    work = args.dir or Path(tempfile.mkdtemp(prefix="dg-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    logs = work / "logs"
    shutil.rmtree(logs, ignore_errors=True)
    logs.mkdir()
    soak = Soak()
    fuzz = Fuzzer(args.seed)
    facts = {}
    with soak.step("generate"):
        for i in range(args.files):
            data, f = fuzz.file(args.records)
            name = logs / (f"f{i:05d}.jsonl.gz" if f["packing"] != "plain" else f"f{i:05d}.jsonl")
            name.write_bytes(data)
            facts[str(name)] = f
    soak.counts.update(files=args.files, bytes=sum(p.stat().st_size for p in logs.iterdir()),
                       planted_credentials=len(fuzz.secrets))
    workers = ["--workers", str(args.workers)] if args.workers is not None else []

    with soak.step("read_table"):
        q = Quarantine(None)
        try:
            table, stats = read_table(str(logs), quarantine=q)
        except DistillguardError as exc:
            soak.fail(f"read_table refused the directory: {exc}")
            stats = None
        except Exception as exc:  # noqa: BLE001 - the finding
            soak.fail(f"read_table raised {type(exc).__name__}: {exc}")
            stats = None
    if stats is not None:
        for path, f in stats.files.items():
            dup = getattr(f, "duplicates", 0) or 0
            if f.read != f.accepted + f.quarantined + dup:
                soak.fail(f"{path}: read {f.read} != accepted {f.accepted} + quarantined {f.quarantined} + dup {dup}")
            fact = facts.get(path)
            if fact and fact["packing"] not in ("cut", "garbage") and f.format != "otel" \
                    and not layout_of(path, JSON_FORMATS, 1 << 30).document and f.read + f.skipped != fact["non_blank"]:
                soak.fail(f"{path}: {f.read} read + {f.skipped} skipped != {fact['non_blank']} non-blank lines")
        if stats.accepted != table.num_rows:
            soak.fail(f"read_table: accepted {stats.accepted} != {table.num_rows} rows")
        soak.check_quarantine(q.records, set(stats.files) | set(stats.skipped_files), "read_table")
        soak.counts["read_table"] = {k: v for k, v in stats.as_dict().items()
                                     if k in ("read", "accepted", "quarantined", "skipped", "duplicates")}
        del table

    db = work / "store.duckdb"
    base = work / "base.duckdb"
    for p in (db, base, Path(str(db) + ".wal"), Path(str(base) + ".wal")):
        p.unlink(missing_ok=True)
    seed_log = work / "seed.jsonl"
    seed_log.write_text("".join(json.dumps({"id": f"seed-{i}", "ts": 1761955200 + i, "account_id": "seed",
                                            "prompt": "hello"}) + "\n" for i in range(10)))
    run("-q", "ingest", str(seed_log), "--db", str(base))
    shutil.copyfile(base, db)
    quarantine = work / "quarantine.jsonl"
    with soak.step("ingest"):
        result = run("ingest", str(logs), "--db", str(db), "--quarantine", str(quarantine), *workers)
    ingest_seconds = soak.times["ingest"]
    counts = soak.check_cli(result, "ingest")
    soak.counts["ingest"] = counts
    full = store_state(db)[:2] if result.returncode == 0 else None  # (exchanges, runs) after one whole run
    if result.returncode == 0:
        m = re.search(r"inserted (\d+)", result.stdout)
        stored = soak.check_store_secrets(db, fuzz.secrets, "ingest")
        if m and stored != int(m.group(1)) + 10:
            soak.fail(f"ingest: store holds {stored} exchanges, said it inserted {m.group(1)} (+10 seeded)")
        if quarantine.exists():
            records = [json.loads(line) for line in quarantine.read_text().split("\n") if line.strip()]
            soak.check_quarantine(records, set(facts) | {str(logs)}, "ingest quarantine")
            leaked = sorted(set(SECRET_TOKEN.findall(quarantine.read_text())) & set(fuzz.secrets))
            if leaked:
                soak.fail(f"ingest quarantine: {len(leaked)} planted credentials, e.g. {leaked[:3]}")
        with soak.step("re-ingest"):
            again = run("ingest", str(logs), "--db", str(db), "--quarantine", str(work / "q2.jsonl"), *workers)
        soak.check_cli(again, "re-ingest")
        if again.returncode == 0 and not re.search(r"inserted 0\b", again.stdout):
            soak.fail(f"re-ingest added rows: {again.stdout.strip()}")
    (work / "out").mkdir(exist_ok=True)
    with soak.step("scan"):
        scanned = run("scan", str(logs), "--out", str(work / "out" / "verdicts.json"),
                      "--quarantine", str(work / "q3.jsonl"), *workers)
    soak.check_cli(scanned, "scan")
    if scanned.returncode == 0:
        verdicts = json.loads((work / "out" / "verdicts.json").read_text())
        soak.counts["scan"] = {"accounts": len(verdicts["accounts"]),
                               "flagged": sum(1 for a in verdicts["accounts"] if a.get("flagged"))}
    with soak.step("scan --db"):
        scanned = run("scan", "--db", str(db), "--out", str(work / "out" / "verdicts-db.json"), *workers)
    soak.check_cli(scanned, "scan --db")

    if args.kill_sweep:
        if full is not None:
            with soak.step("kill sweep"):
                kill_sweep(soak, logs, base, full, args.kill_sweep, args.seed, work, ingest_seconds)

    report = {"work_dir": str(work), "seconds": soak.times, "counts": soak.counts,
              "violations": len(soak.violations)}
    print(json.dumps(report, indent=2, default=str))
    if not args.keep and args.dir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if soak.violations else 0


if __name__ == "__main__":
    sys.exit(main())
