"""Scoring off the request path: served exchanges are queued and scored in batches by one
background thread, then enter their accounts' windows.

Scoring one exchange alone costs ~40 ms of Python; a batch of a few hundred costs well under
1 ms an exchange (the detectors are vectorized, repeated prompts are scored once). So by default
the gateway decides from what it already holds (the account's verdict, published campaigns, the
request's identity artifacts) in well under a millisecond, and the request's content counts from
the account's next re-scoring on (`--score-inline` scores it before deciding instead).
When the queue is full the oldest waiting exchanges are dropped from scoring (counted in
`dropped`): serving never waits on scoring. With `processes` (the gateway's default) the
detectors run in a worker process, so their Python work does not hold the interpreter lock the
event loop needs; the served rows go there as the mapping made them (dicts), are converted and
type-checked there a batch at a time (per row in the gateway process, that was a fifth of its
time under load), and only the scored rows (compact JSON) come back into the state. The accounts'
re-scoring (features and risk over their windows, every few seconds) runs there too (`judge`):
in the gateway process it held the interpreter lock for tens of milliseconds a pass.
"""

from __future__ import annotations

import collections
import dataclasses
import multiprocessing
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import pyarrow as pa


from distillguard import schema
from distillguard.gateway.identity import rows_table
from distillguard.online.scorer import OnlineScorer, WindowJudge, judge_windows, rows_by_account
from distillguard.online.state import StateUnavailable

MAX_BATCH = 512
MAX_WAIT_S = 0.05
MAX_QUEUE = 50_000


class ScoringQueue:
    def __init__(self, scorer: OnlineScorer, *, log: Callable[[str], object] = print, max_batch: int = MAX_BATCH,
                 max_wait_s: float = MAX_WAIT_S, max_queue: int = MAX_QUEUE, processes: int = 0):
        self.scorer = scorer
        self._pool = None
        if processes > 0:  # from a fork server, not forked from here: the gateway process runs threads
            from distillguard.sources.parallel import die_with_parent

            self._pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("forkserver"),
                                             initializer=die_with_parent)
            self._pool.submit(_score_rows, [], [schema.empty_table()], scorer.detectors).result()  # load the models once
        self._token = f"{id(self)}-{time.monotonic_ns()}"  # this queue's risk model, as the worker caches it
        self.log = log
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self._queue: collections.deque = collections.deque(maxlen=max_queue)
        self._cv = threading.Condition()
        self._stop = False
        self.dropped = 0
        self.scored = 0
        self.unreadable = 0  # served rows a log reader would have quarantined: not scored
        self._busy = False
        self._thread = threading.Thread(target=self._run, name="distillguard-scoring", daemon=True)
        self._thread.start()

    def put(self, make_row: Callable[[], dict | pa.Table | None]) -> None:
        """Queue one served exchange (`make_row` makes its canonical row, a dict as the mapping
        makes it or a table, in the scoring thread; dicts are converted a batch at a time)."""
        with self._cv:
            if len(self._queue) == self._queue.maxlen:
                self.dropped += 1  # (the deque drops the oldest)
            self._queue.append(make_row)
            self._cv.notify()

    def judge(self, judge: WindowJudge, rows: list[bytes]) -> list:
        """`online.scorer.judge_windows`, in the worker process when there is one."""
        if self._pool is None:
            return judge_windows(judge, rows)
        return self._pool.submit(_judge_windows, self._token, judge, rows).result()

    def backlog(self) -> int:
        return len(self._queue)

    def drain(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything queued so far is scored (tests, shutdown)."""
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            with self._cv:
                if not self._queue and not self._busy:
                    return True
            time.sleep(0.005)
        return False

    def close(self) -> None:
        with self._cv:
            self._stop = True
            self._cv.notify()
        self._thread.join(timeout=5)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _take(self) -> list:
        with self._cv:
            while not self._queue and not self._stop:
                self._cv.wait()
            if self._stop and not self._queue:
                return []
            deadline = time.monotonic() + self.max_wait_s
            while len(self._queue) < self.max_batch and not self._stop:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cv.wait(left)
            batch = [self._queue.popleft() for _ in range(min(self.max_batch, len(self._queue)))]
            self._busy = True
            return batch

    def _run(self) -> None:
        while True:
            batch = self._take()
            if not batch:
                if self._stop:
                    return
                continue
            try:
                made = [make() for make in batch]
                dicts = [r for r in made if isinstance(r, dict)]
                tables = [r for r in made if isinstance(r, pa.Table) and len(r)]
                if dicts or tables:
                    if self._pool is not None:  # rows are converted there too, off this interpreter
                        by_account, n = self._pool.submit(_score_rows, dicts, tables, self.scorer.detectors).result()
                    else:
                        table = _as_table(dicts, tables)
                        n = 0 if table is None else len(table)
                        by_account = rows_by_account(self.scorer.score(table)) if n else {}
                    for account, json_rows in by_account.items():
                        self.scorer.observe_json(account, json_rows)
                    self.scored += n
                    self.unreadable += len(dicts) + sum(len(t) for t in tables) - n
            except StateUnavailable as exc:
                self.log(f"distillguard gateway: {exc}")
            except Exception as exc:  # noqa: BLE001 - the scoring thread must not die
                self.log(f"distillguard gateway: scoring failed: {type(exc).__name__}: {exc}")
            finally:
                with self._cv:
                    self._busy = False


def _as_table(dicts: list[dict], tables: list[pa.Table]) -> pa.Table | None:
    """One table of canonical row dicts (converted at once; rows that fail left out) and tables."""
    parts = [t for t in (rows_table(dicts)[0] if dicts else None, *tables) if t is not None and len(t)]
    return pa.concat_tables(parts, promote_options="default") if parts else None


def _score_rows(dicts: list[dict], tables: list[pa.Table], detectors=None) -> tuple[dict[str, list[bytes]], int]:
    """In the worker process: the batch converted, then the detectors over it; back as JSON rows
    per account, with the number of rows scored."""
    from distillguard.pipeline import score_batch

    table = _as_table(dicts, tables)
    if table is None:
        return {}, 0
    scored = pa.Table.from_batches([score_batch(table, detectors)]).replace_schema_metadata(None)
    return rows_by_account(scored), len(table)


_MODELS: dict = {}  # in the worker process: token -> the risk model made for it (its caches kept warm)


def _judge_windows(token: str, judge: WindowJudge, rows: list[bytes]) -> list:
    """In the worker process: `judge_windows` with this token's risk model, made on its first pass
    (the reference-side tables it builds on first use stay warm between passes)."""
    if token not in _MODELS:
        _MODELS[token] = judge.risk_model()
    return judge_windows(dataclasses.replace(judge, model=_MODELS[token]), rows)
