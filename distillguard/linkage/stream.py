"""Link keys of a log too big for memory: accounts cut into shards, one shard in memory at a time.

Pass 1 reads the batches once, keeps only the columns the link kinds read (`LinkKind.reads`),
and appends each row to its account's shard (a hash of the account id) in Arrow IPC files in a
temporary folder. Pass 2 loads one shard at a time, numbers its accounts among all accounts of
the log, and runs each kind's `partial` on it; each kind's `combine` joins the parts (see
`LinkKind.partial`). Peak memory is one shard of exchanges plus the keys, not the log; the keys
are the same as `build_graph` finds on the whole log in memory (tests/linkage/test_linkage_stream.py).

    keys = link_keys(batches, shards=64)
    graph = build_graph_from_keys(keys.account_ids, keys.kinds, keys.keyrows, suspect=...)
    graph.activity = keys.activity
"""

from __future__ import annotations

import shutil
import tempfile
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind
from distillguard.linkage.view import AccountView

DEFAULT_SHARDS = 64
# shard files are compressed: the columns kept (addresses, agents, system prompts, templates)
# repeat a lot, and a 100M-exchange log would otherwise spill ~25 GB
SPILL_OPTIONS = pa.ipc.IpcWriteOptions(compression="lz4")


@dataclass
class LinkKeys:
    """Blocking keys of every kind over a whole log, accounts numbered in `account_ids`."""

    account_ids: list[str]
    kinds: tuple[LinkKind, ...]
    keyrows: dict[str, KeyRows]
    activity: pa.Table  # hourly exchanges per account (a, t, n), as LinkGraph.activity
    exchanges: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def read_columns(kinds: Iterable[LinkKind]) -> list[str]:
    """The account id, arrival time and every column some kind reads, in a stable order."""
    cols = [schema.ACCOUNT_ID, schema.TS]
    for kind in kinds:
        cols.extend(c for c in kind.reads if c not in cols)
    return cols


def _field(name: str) -> pa.Field:
    if name in schema.COLUMNS:
        return schema.EXCHANGE_SCHEMA.field(name)
    return pa.field(name, pa.string())  # signal columns the kinds read are labels / keys


def _conform(batch: pa.RecordBatch | pa.Table, target: pa.Schema) -> pa.RecordBatch:
    """`batch` with exactly `target`'s columns and types (absent columns as nulls)."""
    cols = []
    for f in target:
        if f.name in batch.schema.names:
            col = batch.column(batch.schema.get_field_index(f.name))
            if isinstance(col, pa.ChunkedArray):
                col = col.combine_chunks()
            cols.append(col if col.type == f.type else col.cast(f.type))
        else:
            cols.append(pa.nulls(batch.num_rows, f.type))
    return pa.RecordBatch.from_arrays(cols, schema=target)


def _shard_of(accounts: pa.Array, shards: int) -> tuple[np.ndarray, list[str]]:
    """(shard per row from a stable hash (CRC-32) of the account id, the distinct ids): each
    distinct id hashed once."""
    enc = accounts.dictionary_encode()
    ids = enc.dictionary.to_pylist()
    h = np.array([zlib.crc32(a.encode("utf-8")) % shards for a in ids], np.int64)
    return (h[enc.indices.to_numpy(zero_copy_only=False)] if len(h) else np.zeros(len(accounts), np.int64)), ids


def link_keys(batches: Iterable[pa.RecordBatch | pa.Table], kinds: Iterable[LinkKind] | None = None, *,
              shards: int = DEFAULT_SHARDS, spill_dir: str | None = None) -> LinkKeys:
    """Keys of every kind over `batches` (exchange columns and the signal columns kinds read, in
    one batch), spilling the read columns to `shards` files of accounts (under `spill_dir`, or
    a temporary folder; removed at the end). Rows without an account id are skipped."""
    from distillguard.linkage.graph import _activity, default_kinds, empty_activity

    kinds = tuple(kinds) if kinds is not None else default_kinds()
    if shards < 1:
        raise ValueError(f"shards must be at least 1, got {shards}")
    target = pa.schema([_field(c) for c in read_columns(kinds)])
    signal_cols = [f.name for f in target if f.name not in schema.COLUMNS]
    folder = tempfile.mkdtemp(prefix="dg-link-", dir=spill_dir)
    t0 = time.perf_counter()
    try:
        writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
        accounts: set[str] = set()
        n_rows = 0
        for batch in batches:
            batch = _conform(batch, target)
            acc = batch.column(0)
            if acc.null_count:
                batch = batch.filter(pc.is_valid(acc))
                acc = batch.column(0)
            if not batch.num_rows:
                continue
            n_rows += batch.num_rows
            shard, ids = _shard_of(acc, shards)
            accounts.update(ids)
            order = np.argsort(shard, kind="stable")
            cuts = np.searchsorted(shard[order], np.arange(shards + 1))
            sorted_batch = batch.take(pa.array(order))
            for s in np.flatnonzero(np.diff(cuts)):
                part = sorted_batch.slice(int(cuts[s]), int(cuts[s + 1] - cuts[s]))
                w = writers.get(int(s))
                if w is None:
                    w = writers[int(s)] = pa.ipc.new_stream(f"{folder}/{int(s)}.arrow", target, options=SPILL_OPTIONS)
                w.write_batch(part)
        for w in writers.values():
            w.close()
        t1 = time.perf_counter()
        universe = sorted(accounts)
        spent: dict[str, float] = {}  # seconds per kind (partial + combine), for benchmarks
        parts: dict[str, list] = {k.name: [] for k in kinds}
        activity = []
        for s in sorted(writers):
            with pa.memory_map(f"{folder}/{s}.arrow") as src:
                table = pa.ipc.open_stream(src).read_all()
            exchanges = table.drop_columns(signal_cols)
            signals = table.select(signal_cols) if signal_cols else None
            t = time.perf_counter()
            view = AccountView(exchanges, signals, universe=universe)
            spent["view"] = spent.get("view", 0.0) + time.perf_counter() - t
            for kind in kinds:
                t = time.perf_counter()
                parts[kind.name].append(kind.partial(view))
                spent[kind.name] = spent.get(kind.name, 0.0) + time.perf_counter() - t
            activity.append(_activity(view))
            del table, exchanges, signals, view
        keyrows = {}
        for kind in kinds:
            t = time.perf_counter()
            keyrows[kind.name] = kind.combine(parts.pop(kind.name))
            spent[kind.name] = spent.get(kind.name, 0.0) + time.perf_counter() - t
        t2 = time.perf_counter()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    act = pa.concat_tables(activity) if activity else empty_activity()
    return LinkKeys(universe, kinds, keyrows, act, n_rows, {"spill": t1 - t0, "keys": t2 - t1, **{f"kind:{k}": v for k, v in spent.items()}})
