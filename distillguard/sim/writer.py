"""Time-ordered, streaming output: a bounded merge of per-chunk exchanges into a gzip JSONL file.

Chunks arrive in time order; each holds the exchanges of events that *start* in the chunk, some of
which spill past its end. After chunk k everything earlier than chunk k+1's start is final (no later
chunk can produce it), so it is written and dropped; only the spill-over waits. Memory is bounded by
one chunk's exchanges plus the spill-over, whatever the total size.

Compression runs in a second thread (zlib releases the GIL), so generation and gzip overlap.
"""

from __future__ import annotations

import gzip
import os
import queue
import threading


class _GzipThread:
    """Writes a standard .gz stream; compression happens off the generating thread."""

    def __init__(self, path: str, level: int = 1):
        self._f = open(path, "wb")
        self._q: queue.Queue = queue.Queue(maxsize=2)  # bounded: at most two blocks in flight
        self._level = level
        self._err: BaseException | None = None
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        try:
            # mtime=0 and no file name in the header: byte-identical output for a seed.
            with gzip.GzipFile(fileobj=self._f, mode="wb", compresslevel=self._level, mtime=0, filename="") as gz:
                while True:
                    block = self._q.get()
                    if block is None:
                        break
                    gz.write(block)
        except BaseException as exc:  # surfaced on the caller's thread in close()
            self._err = exc
            while self._q.get() is not None:
                pass

    def write(self, block: bytes) -> None:
        self._q.put(block)

    def close(self) -> None:
        self._q.put(None)
        self._t.join()
        self._f.close()
        if self._err is not None:
            raise self._err


class _PlainFile:
    def __init__(self, path: str):
        self._f = open(path, "wb", buffering=1 << 20)

    def write(self, block: bytes) -> None:
        self._f.write(block)

    def close(self) -> None:
        self._f.close()


class TimeOrderedWriter:
    """Accepts (ts_us, line) pairs chunk by chunk; writes them in (ts, arrival) order."""

    def __init__(self, path: str, compresslevel: int = 1):
        os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
        self._out = _GzipThread(path, compresslevel) if str(path).endswith(".gz") else _PlainFile(path)
        self._pending: list[tuple[int, int, bytes]] = []  # spill-over not yet final
        self._seq = 0
        self.written = 0
        self.last_ts = -1
        self.peak_pending = 0

    def add(self, items: list[tuple[int, bytes]]) -> None:
        seq = self._seq
        pend = self._pending
        for ts, line in items:
            pend.append((ts, seq, line))
            seq += 1
        self._seq = seq
        self.peak_pending = max(self.peak_pending, len(pend))

    def flush_before(self, boundary_us: int | None) -> None:
        """Write every pending exchange with ts < boundary (all of them when boundary is None)."""
        pend = self._pending
        pend.sort()
        if boundary_us is None:
            cut = len(pend)
        else:
            lo, hi = 0, len(pend)
            while lo < hi:  # bisect on ts
                mid = (lo + hi) // 2
                if pend[mid][0] < boundary_us:
                    lo = mid + 1
                else:
                    hi = mid
            cut = lo
        if cut:
            ready = pend[:cut]
            if ready[0][0] < self.last_ts:
                raise RuntimeError("simulator produced an exchange earlier than one already written")
            self.last_ts = ready[-1][0]
            for i in range(0, cut, 4096):  # ~10 MB blocks keep the compressor queue small
                self._out.write(b"".join(r[2] + b"\n" for r in ready[i:i + 4096]))
            self.written += cut
            del pend[:cut]

    def close(self) -> None:
        self.flush_before(None)
        self._out.close()

