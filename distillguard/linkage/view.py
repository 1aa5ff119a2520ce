"""AccountView: the exchanges and their signals, indexed by account, shared by all link kinds.

Accounts are numbered 0..n-1 in sorted id order (so every result is deterministic whatever
the order of the input rows). Link kinds read columns through `column` / `signal` and use
`distinct` to get unique (account, value) pairs with counts, vectorized through Arrow.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema


class AccountView:
    """`accounts`: extra account ids to number (known from elsewhere, e.g. the risk table).
    `universe`: the sorted ids of every account of the whole log, when `exchanges` is one shard
    of it (linkage.stream): rows are numbered in the universe, so the parts of all shards share
    one account numbering."""

    def __init__(self, exchanges: pa.Table, signals: pa.Table | None = None, accounts=None,
                 universe: list[str] | None = None):
        if signals is not None and len(signals) != len(exchanges):
            raise ValueError(f"signals has {len(signals)} rows, exchanges {len(exchanges)}")
        self.exchanges = exchanges
        self.signals = signals
        if universe is not None:
            self.account_ids: list[str] = universe
        else:
            ids = pc.unique(exchanges[schema.ACCOUNT_ID]).to_pylist() if len(exchanges) else []
            if accounts is not None:
                ids = set(ids) | {a for a in accounts if a is not None}
            self.account_ids = sorted(a for a in ids if a is not None)
        acc = exchanges[schema.ACCOUNT_ID]
        if not len(exchanges):
            self.account_of_row: np.ndarray = np.zeros(0, np.int64)
        elif universe is not None:  # sorted: a binary search, no hash table of a million ids per shard
            ids = acc.combine_chunks() if isinstance(acc, pa.ChunkedArray) else acc
            enc = ids.dictionary_encode()
            pos = np.searchsorted(np.asarray(universe, dtype=object), np.asarray(enc.dictionary.to_pylist(), dtype=object))
            self.account_of_row = pos[enc.indices.to_numpy(zero_copy_only=False)].astype(np.int64)
        else:
            self.account_of_row = (
                pc.index_in(acc, value_set=pa.array(self.account_ids, pa.string())).to_numpy(zero_copy_only=False)
                .astype(np.int64)
            )

    @cached_property
    def index(self) -> dict[str, int]:
        return {a: i for i, a in enumerate(self.account_ids)}

    def __len__(self) -> int:
        return len(self.account_ids)

    @property
    def n_exchanges(self) -> int:
        return len(self.exchanges)

    def column(self, name: str) -> pa.Array:
        """A canonical column; all-null when the table lacks it (a narrowed table, an old store)."""
        if name not in self.exchanges.column_names:
            field = schema.EXCHANGE_SCHEMA.field(name) if name in schema.COLUMNS else pa.field(name, pa.string())
            return pa.nulls(len(self.exchanges), field.type)
        col = self.exchanges[name]
        return col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col

    def has_signal(self, name: str) -> bool:
        return self.signals is not None and name in self.signals.column_names

    def signal(self, name: str) -> pa.Array | None:
        if not self.has_signal(name):
            return None
        col = self.signals[name]
        return col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col

    def distinct(self, values: pa.Array, rows: np.ndarray | None = None) -> pa.Table:
        """Unique (account, value) pairs with their exchange count: columns a, v, n.

        Null values are dropped. `rows` optionally restricts to a subset of exchange rows.
        """
        acc = self.account_of_row
        if rows is not None:
            acc = acc[rows]
            values = values.take(pa.array(rows))
        t = pa.table({"a": acc, "v": values}).filter(pc.is_valid(values))
        g = t.group_by(["a", "v"]).aggregate([("a", "count")])
        return g.rename_columns(["a", "v", "n"]).sort_by([("a", "ascending"), ("v", "ascending")])

    def traffic_share(self, pairs: pa.Table) -> np.ndarray:
        """Per row of a `distinct` table: the share of its account's exchanges that carry the value
        (float32). Each shard holds all exchanges of its accounts, so shares are whole-log shares."""
        a = pairs["a"].to_numpy().astype(np.int64)
        n = pairs["n"].to_numpy().astype(np.float64)
        total = self.exchanges_per_account.astype(np.float64)
        return (n / np.maximum(total[a], 1.0)).astype(np.float32)

    @cached_property
    def ts_seconds(self) -> np.ndarray:
        """Exchange arrival as float Unix seconds."""
        if not len(self.exchanges):
            return np.zeros(0)
        return self.column(schema.TS).cast(pa.int64()).to_numpy(zero_copy_only=False) / 1e6

    @cached_property
    def exchanges_per_account(self) -> np.ndarray:
        return np.bincount(self.account_of_row, minlength=len(self)).astype(np.int64)
