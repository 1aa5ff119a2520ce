"""Which format a file is in: Parquet by magic bytes, JSON formats by sniffing the first records.

The first few JSON lines are parsed and each format's ``sniff`` is asked in a fixed order, most
specific first (an exchange-log line and a gateway line can both carry ``messages``). A file
whose first line is not complete JSON but that starts with ``[`` or ``{`` is taken as one JSON
document (an array export, a pretty-printed OTLP file).
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from distillguard.sources.base import JsonFormat
from distillguard.sources.lines import read_all, read_head

PARQUET_MAGIC = b"PAR1"
SNIFF_LINES = 20


@dataclass(frozen=True)
class Layout:
    format: str | None  # None: not recognised
    document: bool  # True: the file is one JSON document, not JSON Lines
    note: str | None = None


def is_parquet(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == PARQUET_MAGIC
    except OSError:
        return False


def _first_records(head: bytes, complete: bool) -> list:
    """Parsed values of the first complete lines of ``head`` (invalid lines skipped)."""
    lines = head.split(b"\n")
    if not complete:
        lines = lines[:-1]  # the last piece may be cut in the middle
    out = []
    for line in lines:
        if not line.strip():
            continue
        try:
            out.append(orjson.loads(line))
        except orjson.JSONDecodeError:
            continue
        if len(out) >= SNIFF_LINES:
            break
    return out


def _vote(records: list, formats: list[JsonFormat]) -> str | None:
    votes: dict[str, int] = {}
    for rec in records:
        if not isinstance(rec, dict):
            continue
        for fmt in formats:
            if fmt.sniff(rec):
                votes[fmt.name] = votes.get(fmt.name, 0) + 1
                break
    if not votes:
        return None
    return max(votes, key=votes.__getitem__)


def layout_of(path: str, formats: list[JsonFormat], max_document_bytes: int, format: str | None = None) -> Layout:
    """Detect the layout (JSON Lines or one document) and, unless ``format`` is given, the format."""
    head_size = 1 << 16
    head = read_head(path, head_size)
    complete = len(head) < head_size
    stripped = head.lstrip()
    if stripped.startswith(b"\xef\xbb\xbf"):
        stripped = stripped[3:].lstrip()
    if not stripped:
        return Layout(format or "exchange-log", False, "empty file")
    records = _first_records(head, complete)
    document = False
    doc_obj = None
    if stripped[:1] == b"[" or (stripped[:1] == b"{" and not any(isinstance(r, dict) for r in records)):
        # looks like one JSON document; it is one only if the whole file parses as one
        data, problem = read_all(path, max_document_bytes)
        if problem is None:
            try:
                doc_obj = orjson.loads(data.lstrip(b"\xef\xbb\xbf"))
                document = True
            except orjson.JSONDecodeError:
                pass  # JSON Lines after all (maybe with a bad first line): read line by line
    if format is not None:
        return Layout(format, document)
    if document:
        if isinstance(doc_obj, dict):
            inner = doc_obj.get("data")
            records = [doc_obj] + (inner[:SNIFF_LINES] if isinstance(inner, list) else [])
        elif isinstance(doc_obj, list):
            records = doc_obj[:SNIFF_LINES]
        else:
            return Layout(None, True, "a JSON document that is neither an object nor an array")
    name = _vote(records, formats)
    if name is None and not document and len(records) == 1 and isinstance(records[0], dict) \
            and isinstance(records[0].get("data"), list):
        # one compact line holding an API page {"data": [...]}: a single-document file
        name, document = _vote(records[0]["data"][:SNIFF_LINES], formats), True
    if name is None:
        return Layout(None, document, "no known log format matches its first records")
    return Layout(name, document)
