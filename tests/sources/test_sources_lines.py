import gzip
import random

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from distillguard.sources.lines import iter_chunks, iter_line_lists, iter_lines, split_chunk


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


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=30),
       final_newline=st.booleans(), block=st.sampled_from([1, 2, 5, 17, 4096]), limit=st.sampled_from([3, 20, 1000]),
       gz=st.booleans())
def test_line_lists_hold_every_line_in_order_for_any_block_size(tmp_path_factory, lines, final_newline, block, limit,
                                                                gz):
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    assume(gz or not data.startswith(b"\x1f\x8b"))
    path = tmp_path_factory.mktemp("l") / "f"
    path.write_bytes(gzip.compress(data) if gz else data)
    got = []  # (line number, line or head, whether reported oversized by the reader)
    for first, group, problem in iter_line_lists(str(path), limit, block):
        if problem is not None:
            assert problem[0] == "oversized_line"
            got.append((first, group, True))
        else:
            got.extend((first + i, line, False) for i, line in enumerate(group))
    ref = _reference(data, limit)
    assert [n for n, _, _ in got] == list(range(1, len(ref) + 1))
    for (n, head, oversized), line in zip(got, ref):
        if oversized:  # lines the reader could not hold are long ones, reported by their head
            assert len(line) > limit and line.startswith(head)
        else:  # a whole line (the caller checks the length of those that fit in one read)
            assert head == line


def test_line_lists_report_a_broken_gzip_stream_after_the_good_lines(tmp_path):
    whole = gzip.compress(b"".join(b'{"n": %d}\n' % i for i in range(2000)))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    groups = list(iter_line_lists(str(path), 1000, 64))
    good = [line for _, group, problem in groups if problem is None for line in group]
    assert good == [b'{"n": %d}' % i for i in range(len(good))] and good
    first, _, problem = groups[-1]
    assert problem[0] == "truncated_stream" and first == len(good) + 1
