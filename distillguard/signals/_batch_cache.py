"""Work shared between detectors that score the same batch (one `run_signals` slice).

Several detectors read the same prompt column, cut and lower-cased the same way, and the template
detector needs the dataset match that `dataset_match` computes anyway. Inside `scope()` (opened by
`run_signals` around each slice) such intermediate results are computed once and reused; outside a
scope `shared()` simply computes. A detector scored alone therefore gives exactly the same result:
the cache only skips recomputing a pure function of immutable Arrow data.

Keys name the Arrow data by the identity of its buffers (address, offset, length): Arrow buffers are
immutable and the cache holds a reference to the array, so an address cannot be reused for other
data while its entry lives. The cache is dropped when the scope closes.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Hashable, Iterator
from typing import TypeVar

import pyarrow as pa

T = TypeVar("T")

_CACHE: contextvars.ContextVar[dict | None] = contextvars.ContextVar("distillguard_signals_batch_cache", default=None)


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """Share intermediate results between detectors until the block ends."""
    token = _CACHE.set({})
    try:
        yield
    finally:
        _CACHE.reset(token)


def data_key(data: pa.Array | pa.ChunkedArray) -> Hashable:
    """Identity of the Arrow data behind an array (not its Python wrapper, which is recreated)."""
    chunks = data.chunks if isinstance(data, pa.ChunkedArray) else [data]
    return tuple(
        (str(c.type), c.offset, len(c), tuple(b.address if b is not None else 0 for b in c.buffers())) for c in chunks
    )


def shared(key: Hashable, keep_alive: object, compute: Callable[[], T]) -> T:
    """`compute()`, or its result for an equal `key` computed earlier in the current scope.

    `keep_alive` (the Arrow data the key names) is held with the entry so that its buffers stay put.
    """
    cache = _CACHE.get()
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = (keep_alive, compute())
    return cache[key][1]
