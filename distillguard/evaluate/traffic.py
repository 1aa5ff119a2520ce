"""Read traffic once, in batches, into what the baselines need per account, in bounded memory.

Kept per account:
- exchange count (also the "whole exchange count" for containment metrics);
- peak requests in one minute, peak requests in one UTC day, peak tokens (input + output) in one
  UTC day: what gateway rate limits look at;
- a sample of at most `sample_size` prompts, in time order. The sample is the `sample_size`
  exchanges with the smallest keyed hash of their exchange id (a bottom-k sample): uniform over
  the account's exchanges, the same whatever the batch order, and mergeable batch by batch, so
  memory stays O(accounts x sample_size) however long the logs are.

Only numeric columns of every exchange are kept until the end (four int64 per exchange).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema

DEFAULT_SAMPLE_SIZE = 64
MAX_PROMPT_CHARS = 1000  # embeddings read at most 1000 characters of a prompt: bounds cost
COMPACT_MIN_ROWS = 200_000
_US_PER_MINUTE = 60 * 1_000_000
_US_PER_DAY = 86_400 * 1_000_000


@dataclass
class AccountTraffic:
    accounts: list[str]
    exchanges: np.ndarray
    peak_per_minute: np.ndarray
    peak_per_day: np.ndarray
    peak_tokens_per_day: np.ndarray
    samples: list[list[str]]  # prompt sample per account, time-ordered
    stats: dict = field(default_factory=dict)

    def index(self) -> dict[str, int]:
        return {a: i for i, a in enumerate(self.accounts)}

    def subset(self, rows) -> "AccountTraffic":
        rows = list(rows)
        return AccountTraffic(
            [self.accounts[i] for i in rows], self.exchanges[rows], self.peak_per_minute[rows], self.peak_per_day[rows],
            self.peak_tokens_per_day[rows], [self.samples[i] for i in rows], dict(self.stats),
        )

    def exchange_counts(self) -> dict[str, int]:
        return {a: int(n) for a, n in zip(self.accounts, self.exchanges)}


class TrafficCollector:
    """Feed canonical exchange batches with `add`; `finish` gives the per-account summary."""

    def __init__(self, sample_size: int = DEFAULT_SAMPLE_SIZE, seed: int = 0) -> None:
        self.sample_size = sample_size
        self._salt = str(seed).encode() + b":"
        self._codes: dict[str, int] = {}
        self._numeric: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # code, ts_us, tokens
        self._buffer: list[tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]] = []  # code, key, ts, prompt
        self._buffered = 0
        # Compact when the buffer doubles what survived the last compaction: memory stays within
        # ~2x the final sample, and the number of compactions stays logarithmic.
        self._compact_at = COMPACT_MIN_ROWS

    def add(self, data: pa.RecordBatch | pa.Table) -> None:
        batches = data.to_batches() if isinstance(data, pa.Table) else [data]
        for batch in batches:
            if batch.num_rows:
                self._add_batch(batch)

    def _add_batch(self, batch: pa.RecordBatch) -> None:
        encoded = pc.dictionary_encode(batch.column(schema.ACCOUNT_ID))
        local = [self._codes.setdefault(a, len(self._codes)) for a in encoded.dictionary.to_pylist()]
        code = np.asarray(local, dtype=np.int64)[encoded.indices.to_numpy(zero_copy_only=False)]
        ts = batch.column(schema.TS).cast(pa.int64()).to_numpy(zero_copy_only=False)
        tokens = (
            pc.fill_null(batch.column(schema.INPUT_TOKENS), 0).to_numpy(zero_copy_only=False)
            + pc.fill_null(batch.column(schema.OUTPUT_TOKENS), 0).to_numpy(zero_copy_only=False)
        ).astype(np.int64)
        self._numeric.append((code, ts, tokens))

        ids = batch.column(schema.EXCHANGE_ID).to_pylist()
        key = np.fromiter((zlib.crc32(self._salt + i.encode()) for i in ids), dtype=np.int64, count=len(ids))
        keep = _bottom_k(code, key, self.sample_size)
        prompts = [clip_prompt(p) for p in pc.fill_null(batch.column(schema.PROMPT), "").take(pa.array(keep)).to_pylist()]
        self._buffer.append((code[keep], key[keep], ts[keep], prompts))
        self._buffered += keep.size
        if self._buffered > self._compact_at:
            self._compact()
            self._compact_at = max(COMPACT_MIN_ROWS, 2 * self._buffered)

    def _compact(self) -> None:
        if len(self._buffer) <= 1:
            return
        code = np.concatenate([b[0] for b in self._buffer])
        key = np.concatenate([b[1] for b in self._buffer])
        ts = np.concatenate([b[2] for b in self._buffer])
        prompts = [p for b in self._buffer for p in b[3]]
        keep = _bottom_k(code, key, self.sample_size)
        self._buffer = [(code[keep], key[keep], ts[keep], [prompts[i] for i in keep])]
        self._buffered = keep.size

    def finish(self, stats: dict | None = None) -> AccountTraffic:
        self._compact()
        n = len(self._codes)
        accounts = [None] * n
        for account, c in self._codes.items():
            accounts[c] = account
        if self._numeric:
            code = np.concatenate([x[0] for x in self._numeric])
            ts = np.concatenate([x[1] for x in self._numeric])
            tokens = np.concatenate([x[2] for x in self._numeric])
        else:
            code = ts = tokens = np.zeros(0, dtype=np.int64)
        exchanges = np.bincount(code, minlength=n)
        peak_minute = _peak_per_bucket(code, ts // _US_PER_MINUTE, None, n)
        peak_day = _peak_per_bucket(code, ts // _US_PER_DAY, None, n)
        peak_tokens = _peak_per_bucket(code, ts // _US_PER_DAY, tokens, n)

        samples: list[list[str]] = [[] for _ in range(n)]
        if self._buffer:
            bcode, _, bts, bprompts = self._buffer[0]
            for i in np.lexsort((bts, bcode)):
                samples[bcode[i]].append(bprompts[i])
        return AccountTraffic(accounts, exchanges, peak_minute, peak_day, peak_tokens, samples, stats or {})


def clip_prompt(text: str, limit: int = MAX_PROMPT_CHARS) -> str:
    """Head and tail of a long prompt: a shared long prefix (few-shot examples, a system-like
    preamble) must not hide the part that varies, which usually comes last."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return text[:half] + " … " + text[-half:]


def _bottom_k(code: np.ndarray, key: np.ndarray, k: int) -> np.ndarray:
    """Row positions of the k smallest keys within each code."""
    if code.size == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((key, code))
    sorted_code = code[order]
    starts = np.r_[0, np.flatnonzero(sorted_code[1:] != sorted_code[:-1]) + 1]
    group_start = np.repeat(starts, np.diff(np.r_[starts, sorted_code.size]))
    rank = np.arange(sorted_code.size) - group_start
    return np.sort(order[rank < k])


def _peak_per_bucket(code: np.ndarray, bucket: np.ndarray, weight: np.ndarray | None, n: int) -> np.ndarray:
    """Per account, the largest count (or weight sum) falling in one time bucket."""
    peak = np.zeros(n, dtype=np.int64)
    if code.size == 0:
        return peak
    pair = code * (1 << 34) + (bucket - bucket.min())  # bucket offsets stay far below 2**34
    uniq, inverse = np.unique(pair, return_inverse=True)
    totals = np.bincount(inverse, weights=weight).astype(np.int64)
    np.maximum.at(peak, uniq // (1 << 34), totals)
    return peak


def collect_tables(tables: Iterable[pa.Table | pa.RecordBatch], sample_size: int = DEFAULT_SAMPLE_SIZE) -> AccountTraffic:
    """Summarise in-memory canonical tables (tests, small online batches)."""
    collector = TrafficCollector(sample_size)
    for t in tables:
        collector.add(t)
    return collector.finish()


def collect_logs(paths: list[str], *, format: str | None = None, transform=None, quarantine=None,
                 sample_size: int = DEFAULT_SAMPLE_SIZE) -> AccountTraffic:
    """Summarise exchange logs read with `read_exchanges` (any supported format)."""
    from distillguard.sources import read_exchanges
    stream = read_exchanges(paths, format=format, quarantine=quarantine, transform=transform)
    collector = TrafficCollector(sample_size)
    for batch in stream:
        collector.add(batch)
    stats = getattr(stream, "stats", None)
    info = {}
    if stats is not None:
        info = {k: getattr(stats, k) for k in ("read", "accepted", "quarantined") if hasattr(stats, k)}
    return collector.finish(info)
