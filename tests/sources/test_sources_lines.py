import gzip
import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from distillguard.sources.lines import iter_chunks, iter_lines, split_chunk


def _reference(data: bytes, limit: int):
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    return parts


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=30),
       final_newline=st.booleans(), block=st.sampled_from([1, 2, 5, 17, 4096]), limit=st.sampled_from([3, 20, 1000]),
       gz=st.booleans())
def test_lines_numbered_like_the_file_for_any_block_size(tmp_path_factory, lines, final_newline, block, limit, gz):
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    assume(gz or not data.startswith(b"\x1f\x8b"))  # gzip is recognised by its magic bytes, not the name
    path = tmp_path_factory.mktemp("l") / "f"
    path.write_bytes(gzip.compress(data) if gz else data)
    got = list(iter_lines(str(path), limit, block))
    ref = _reference(data, limit)
    assert [n for n, _, _ in got] == list(range(1, len(ref) + 1))
    for (n, head, problem), line in zip(got, ref):
        if len(line) <= limit:
            assert problem is None and head == line
        else:
            assert problem[0] == "oversized_line" and line.startswith(head)


def test_chunks_hold_whole_lines(tmp_path):
    rng = random.Random(3)
    lines = [bytes(rng.choice(b"abc") for _ in range(rng.randrange(50))) for _ in range(500)]
    path = tmp_path / "f"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = []
    for first, data, problem in iter_chunks(str(path), 1000, block_bytes=97):
        assert problem is None
        out.extend(split_chunk(first, data, 1000))
    assert [d for _, d, _ in out] == lines
    assert [n for n, _, _ in out] == list(range(1, 501))
