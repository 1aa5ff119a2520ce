"""GzipStream reads what the standard library's gzip module reads, and breaks where it breaks,
keeping everything inflated before a break."""

from __future__ import annotations

import gzip

import pytest

from distillguard.sources import lines as lines_mod
from distillguard.sources.lines import GzipStream, iter_lines

A = b"".join(b'{"a": %d, "pad": "%s"}\n' % (i, b"x" * (i % 50)) for i in range(20000))
B = b"".join(b'{"b": %d}\n' % i for i in range(7000))


def _drain(stream) -> tuple[bytes, type | None]:
    """Everything `read1` hands out until the end or an error, and the error's type."""
    out, err = bytearray(), None
    try:
        while chunk := stream.read1(1 << 16):
            out += chunk
    except (EOFError, OSError) as exc:
        err = type(exc)
    finally:
        stream.close()
    return bytes(out), err


def _stdlib(path) -> tuple[bytes, type | None]:
    return _drain(gzip.open(path, "rb"))


def _ours(path) -> tuple[bytes, type | None]:
    return _drain(GzipStream(str(path)))


@pytest.mark.parametrize("block", [7, 4096, 1 << 18])
@pytest.mark.parametrize("make", [
    lambda: gzip.compress(A),
    lambda: gzip.compress(A) + gzip.compress(B),  # two members
    lambda: gzip.compress(A) + b"\x00" * 1000,  # zero padding
    lambda: gzip.compress(A) + b"\x00" * 3 + gzip.compress(B),  # padding between members
    lambda: gzip.compress(A + B)[:-20],  # truncated inside the trailer
    lambda: gzip.compress(A + B)[: len(gzip.compress(A + B)) // 2],  # truncated in the middle
    lambda: gzip.compress(A) + b"garbage",  # not gzip after the member
    lambda: gzip.compress(A) + b"\x1f",  # half a header at the end
])
def test_same_bytes_and_errors_as_the_stdlib(tmp_path, monkeypatch, make, block):
    monkeypatch.setattr(lines_mod, "COMPRESSED_BLOCK", block)
    path = tmp_path / "f.gz"
    path.write_bytes(make())
    ours, our_err = _ours(path)
    theirs, their_err = _stdlib(path)
    assert (our_err is None) == (their_err is None)
    if their_err is None:
        assert ours == theirs
    else:  # both keep what came before the break (ours may hold more: it reads in smaller steps)
        assert ours.startswith(theirs[: len(theirs) - (1 << 16)] if len(theirs) > 1 << 16 else b"") or theirs.startswith(ours)


def test_lines_before_a_bad_tail_are_kept(tmp_path):
    path = tmp_path / "pad.gz"
    path.write_bytes(gzip.compress(A) + b"\x00" * 100)
    got = list(iter_lines(str(path), 1 << 20))
    assert len(got) == 20000 and all(p is None for _, _, p in got)
    path.write_bytes(gzip.compress(A) + b"trailing garbage")
    got = list(iter_lines(str(path), 1 << 20))
    assert len(got) == 20001 and got[-1][2][0] == "truncated_stream" and all(p is None for _, _, p in got[:-1])
