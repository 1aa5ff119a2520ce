"""Stream the lines of a plain or gzip-compressed file in constant memory.

The file is read in large blocks and split on newlines (much faster than ``readline``). Problems
that are about the bytes rather than the JSON come out as problem lines so the caller can
quarantine them with their line number:

* a line longer than ``max_line_bytes`` is not kept in memory: its first bytes are kept for the
  quarantine record and the rest is skipped up to the next newline;
* a gzip stream that breaks (truncated download, corrupt block) ends the file: every line before
  the break has already been yielded, the partial line at the break (if any) is the problem line.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO

BLOCK_BYTES = 1 << 22  # 4 MiB of decompressed text per read
DEFAULT_MAX_LINE_BYTES = 16 << 20  # 16 MiB: far above any real exchange, far below "one line is the file"
HEAD_BYTES = 8192  # bytes of an oversized line kept for the quarantine record

GZIP_MAGIC = b"\x1f\x8b"

try:  # ISA-L inflate (python-isal): same stream format and API as zlib, ~4x faster
    from isal import isal_zlib as _inflate_lib
except ImportError:  # a platform without python-isal wheels
    _inflate_lib = zlib
INFLATE_ERRORS: tuple[type[BaseException], ...] = (EOFError, OSError, zlib.error, _inflate_lib.error)
COMPRESSED_BLOCK = 1 << 18  # compressed bytes fed to the inflater at a time


class GzipStream:
    """A gzip file (one or more members, zero padding allowed) as decompressed bytes, read with
    `read1`/`read`: the same bytes and errors as the standard library's gzip module.

    Not gzip.GzipFile: each call inflates one block of compressed input, so when the stream
    breaks (truncated download, corrupt block) everything inflated before the break has been
    handed out and the error comes on the next call; and the inflater is ISA-L's where present.
    """

    def __init__(self, path: str):
        self._fh = open(path, "rb", buffering=0)
        self._inflater = self._new()
        self._between = False  # a member has ended: zero padding, another member or the end follow
        self._carry = b""  # the start of a member header split over two blocks
        self._error: BaseException | None = None  # found in a block, raised after its data
        self._pending = b""
        self._done = False

    @staticmethod
    def _new():
        return _inflate_lib.decompressobj(16 + zlib.MAX_WBITS)

    def _inflate_block(self) -> bytes:
        if self._error is not None:
            self._done = True
            raise self._error
        data = self._fh.read(COMPRESSED_BLOCK)
        if not data:
            self._done = True
            if not self._between:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            if self._carry:
                raise EOFError("Compressed file ended inside a member header")
            return b""
        out = []
        while data:
            if self._between:
                data = (self._carry + data).lstrip(b"\x00")  # zero padding (gzip FAQ 8)
                self._carry = b""
                if len(data) < len(GZIP_MAGIC) and GZIP_MAGIC.startswith(data):
                    self._carry = data
                    break
                if data and not data.startswith(GZIP_MAGIC):
                    self._error = OSError(f"Not a gzipped file ({data[:2]!r})")
                    break
                if not data:
                    break
                self._inflater, self._between = self._new(), False
            out.append(self._inflater.decompress(data))
            data = b""
            if self._inflater.eof:
                self._between = True
                data = self._inflater.unused_data
        return b"".join(out)

    def read1(self, size: int = -1) -> bytes:
        while not self._pending and not self._done:
            self._pending = self._inflate_block()
        if size < 0 or size >= len(self._pending):
            out, self._pending = self._pending, b""
        else:
            out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def read(self, size: int = -1) -> bytes:
        parts, got = [], 0
        while size < 0 or got < size:
            chunk = self.read1(-1 if size < 0 else size - got)
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)

    def close(self) -> None:
        self._fh.close()


def is_gzip(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def open_bytes(path: str) -> IO[bytes]:
    """Open a file for binary reading, transparently decompressing gzip (by magic, not name).

    gzip is inflated by `GzipStream` (ISA-L where installed: one process inflates the whole file
    while workers parse it)."""
    if is_gzip(path):
        return GzipStream(path)
    return open(path, "rb", buffering=0)


# A yielded item is (line_number, data, problem): data is the line's bytes without the newline
# when problem is None; otherwise data is the head of the bad line and problem = (kind, reason).
Line = tuple[int, bytes, "tuple[str, str] | None"]


class _OversizedEnd(tuple):
    """(head, length) of a skipped oversized line, handed out in place of a block when its
    newline has been read."""


class _Blocks:
    """The decompressed blocks of a file, one read each, for the two line splitters below.

    A splitter that finds a line longer than max_line_bytes calls `skip(head, length)`: the rest
    of that line is dropped as it is read and an `_OversizedEnd` comes out when its newline does
    (then the rest of that block). After iteration `broken` says why a stream stopped early, and
    `unfinished` is the problem line of a line still being skipped at the end, if any.
    """

    def __init__(self, path: str, block_bytes: int, max_line_bytes: int):
        self.path, self.block_bytes, self.max_line_bytes = path, block_bytes, max_line_bytes
        self.broken: str | None = None
        self.head: bytes | None = None  # set while skipping the rest of an oversized line
        self.length = 0

    def skip(self, head: bytes, length: int) -> None:
        self.head, self.length = head[:HEAD_BYTES], length

    def __iter__(self) -> Iterator[bytes | _OversizedEnd]:
        fh = open_bytes(self.path)
        read = getattr(fh, "read1", fh.read)  # one underlying read: a gzip error keeps what was inflated
        try:
            while True:
                try:
                    block = read(self.block_bytes)
                except INFLATE_ERRORS as exc:
                    self.broken = f"compressed stream is broken ({type(exc).__name__}: {exc})"
                    return
                if not block:
                    return
                if self.head is not None:
                    cut = block.find(b"\n")
                    if cut < 0:
                        self.length += len(block)
                        continue
                    yield _OversizedEnd((self.head, self.length + cut))
                    self.head = None
                    block = block[cut + 1:]
                yield block
        finally:
            fh.close()

    def unfinished(self) -> tuple[bytes, tuple[str, str]] | None:
        """(head, problem) of the line being skipped when the file ended, if one was."""
        if self.head is None:
            return None
        problem = too_long(self.length, self.max_line_bytes)
        if self.broken:
            problem = ("truncated_stream", f"{self.broken}; {problem[1]}")
        return self.head, problem


def iter_chunks(path: str, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
                block_bytes: int = BLOCK_BYTES) -> Iterator[Line]:
    """Complete lines in large chunks: (first_line_number, data, problem).

    With ``problem`` None, ``data`` is one or more whole lines joined by newlines (no final
    newline, at least ``block_bytes`` of them but the last); split it with :func:`split_chunk`
    (a line may still be longer than ``max_line_bytes`` when it ended within the read that
    started it: callers check each line's length). Otherwise ``data`` is the head of one bad line.
    Chunks are what parallel ingestion hands to worker processes, so the text is never split into
    lines here: blocks are cut at their last newline and joined once, and lines are counted.
    """
    lineno = 0  # lines handed out so far
    body: list[bytes] = []  # complete lines not handed out yet: raw segments, b"\n" between them
    body_size = 0
    tail: list[bytes] = []  # the start of a line whose newline has not come yet
    tail_size = 0

    def take_body() -> Line | None:
        nonlocal body, body_size, lineno
        if not body:
            return None
        data = b"".join(body)
        first = lineno + 1
        lineno += data.count(b"\n") + 1
        body, body_size = [], 0
        return first, data, None

    blocks = _Blocks(path, block_bytes, max_line_bytes)
    for block in blocks:
        if isinstance(block, _OversizedEnd):
            lineno += 1
            yield lineno, block[0], too_long(block[1], max_line_bytes)
            continue
        nl = block.rfind(b"\n")
        if nl >= 0:  # the tail and this block up to its last newline are complete lines
            if body:
                body.append(b"\n")
            body.extend(tail)
            body.append(block[:nl])
            body_size += tail_size + nl
            tail, tail_size = [block[nl + 1:]], len(block) - nl - 1
        elif block:
            tail.append(block)
            tail_size += len(block)
        if tail_size > max_line_bytes:  # skip the rest of this line, keep its head
            chunk = take_body()
            if chunk:
                yield chunk
            blocks.skip(b"".join(tail), tail_size)
            tail, tail_size = [], 0
        elif body_size >= block_bytes:
            yield take_body()
    unfinished = blocks.unfinished()
    if unfinished is not None:
        yield lineno + 1, *unfinished
        return
    broken = blocks.broken
    if tail_size and not broken:  # a last line without a final newline
        if body:
            body.append(b"\n")
        body.extend(tail)
    chunk = take_body()
    if chunk:
        yield chunk
    if broken:
        yield _truncated(broken, lineno, b"".join(tail) if tail_size else b"")


def _truncated(broken: str, lineno: int, partial: bytes) -> Line:
    """The problem line for a compressed stream that broke after `lineno` complete lines, with
    `partial` the start of a line it cut (empty if it broke between lines)."""
    if partial:
        return lineno + 1, partial[:HEAD_BYTES], ("truncated_stream", f"{broken}: partial last line")
    return lineno + 1, b"", ("truncated_stream", f"{broken} after line {lineno}")


LIST_BLOCK_BYTES = 1 << 20  # 1 MiB per read for iter_line_lists (measured faster than 4 MiB in-process)


def iter_line_lists(path: str, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
                    block_bytes: int = LIST_BLOCK_BYTES) -> Iterator[tuple[int, "list[bytes] | bytes", "tuple[str, str] | None"]]:
    """Lines in lists, one list per block read: (first_line_number, lines, problem).

    The in-process reader's source of lines: like :func:`iter_chunks` but each block is split
    once, with no copy of the block's body and no separate newline count. With ``problem``
    None, ``lines`` is a list of lines without newlines (a line may still be longer than
    ``max_line_bytes`` when it fits in one read: callers check each line's length); otherwise
    it is the head of one bad line, as in :func:`iter_chunks`.
    """
    lineno = 0  # lines handed out so far
    pending = b""  # start of a line whose newline is in a later block
    blocks = _Blocks(path, block_bytes, max_line_bytes)
    for block in blocks:
        if isinstance(block, _OversizedEnd):
            lineno += 1
            yield lineno, block[0], too_long(block[1], max_line_bytes)
            continue
        parts = block.split(b"\n")
        if pending:
            parts[0] = pending + parts[0]
        pending = parts.pop()  # after the last newline: the start of the next line
        if parts:
            yield lineno + 1, parts, None
            lineno += len(parts)
        if len(pending) > max_line_bytes:
            blocks.skip(pending, len(pending))
            pending = b""
    unfinished = blocks.unfinished()
    broken = blocks.broken
    if unfinished is not None:
        yield lineno + 1, *unfinished
    elif broken:
        yield _truncated(broken, lineno, pending)
    elif pending:
        yield lineno + 1, [pending], None


def split_chunk(first: int, data: bytes, max_line_bytes: int) -> Iterator[Line]:
    """The numbered lines of one chunk from :func:`iter_chunks` (too-long lines as problems)."""
    lineno = first
    for line in data.split(b"\n"):
        if len(line) > max_line_bytes:
            yield lineno, line[:HEAD_BYTES], too_long(len(line), max_line_bytes)
        else:
            yield lineno, line, None
        lineno += 1


def iter_lines(path: str, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
               block_bytes: int = BLOCK_BYTES) -> Iterator[Line]:
    """Every line of the file: (line_number, data, problem), in order."""
    for first, data, problem in iter_chunks(path, max_line_bytes, block_bytes):
        if problem is not None:
            yield first, data, problem
        else:
            yield from split_chunk(first, data, max_line_bytes)


def too_long(size: int, limit: int) -> tuple[str, str]:
    return ("oversized_line", f"line of {size} bytes exceeds max_line_bytes={limit}")


def read_head(path: str, size: int = 1 << 16) -> bytes:
    """The first ``size`` decompressed bytes (for format sniffing); a broken stream gives what it can."""
    fh = open_bytes(path)
    out = bytearray()
    try:
        read = getattr(fh, "read1", fh.read)
        while len(out) < size:
            try:
                chunk = read(size - len(out))
            except INFLATE_ERRORS:
                break
            if not chunk:
                break
            out += chunk
    finally:
        fh.close()
    return bytes(out)


def read_all(path: str, limit: int) -> tuple[bytes, str | None]:
    """The whole decompressed file (for single-document JSON files), or a problem if it breaks."""
    fh = open_bytes(path)
    out = bytearray()
    try:
        read = getattr(fh, "read1", fh.read)
        while True:
            try:
                chunk = read(BLOCK_BYTES)
            except INFLATE_ERRORS as exc:
                return bytes(out), f"compressed stream is broken ({type(exc).__name__}: {exc})"
            if not chunk:
                return bytes(out), None
            out += chunk
            if len(out) > limit:
                return bytes(out[:HEAD_BYTES]), f"single JSON document larger than {limit} bytes"
    finally:
        fh.close()
