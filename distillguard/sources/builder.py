"""Turn mapped rows into canonical record batches, quarantining the rows Arrow refuses.

Readers map each record to a row (a dict keyed by canonical column names, or directly the
tuple of ``ROW_COLUMNS`` on the hot path). The builder converts each column of a batch in one
Arrow call, which also type-checks every value: a string where a number belongs, an integer
that overflows, ... When a column fails, the builder checks its values one by one to find the
bad rows, quarantines them with Arrow's message, and converts the rest. Timestamps are converted
vectorized too: RFC 3339 strings via Arrow's ISO 8601 parser, numbers as Unix seconds.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable

import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.sources.ids import derived_ids, record_digest

# Columns the reader fills (everything but timestamps and provenance, which the builder adds).
_PROVENANCE = (schema.SOURCE_FORMAT, schema.SOURCE_FILE, schema.SOURCE_LINE, schema.DIGEST)
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
# Timestamps outside this range are almost surely a unit mistake (ms or ns given as seconds).
_MIN_SECONDS, _MAX_SECONDS = 0.0, 32503680000.0  # 1970 .. 3000


def _parse_one(value: object) -> int:
    """Microseconds since the epoch for one timestamp value, or ValueError."""
    if isinstance(value, bool):
        raise ValueError(f"timestamp must be a string or a number, got {value!r}")
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or not _MIN_SECONDS <= value <= _MAX_SECONDS:
            raise ValueError(f"timestamp {value!r} is not Unix seconds between 1970 and 3000")
        return round(value * 1_000_000)
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = _dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"timestamp {value[:64]!r} is not RFC 3339") from None
        if parsed.tzinfo is None:  # no offset given: read as UTC
            parsed = parsed.replace(tzinfo=_dt.timezone.utc)
        return (parsed - _EPOCH) // _dt.timedelta(microseconds=1)
    raise ValueError(f"timestamp must be a string or a number, got {type(value).__name__}")


def to_timestamps(values, required: bool) -> tuple[pa.Array, dict[int, str]]:
    """Convert raw timestamp values to timestamp[us, UTC]; returns (array, {row: problem}).

    Strings go through Arrow's ISO 8601 parser and numbers through float arithmetic, each in
    one vectorized call (a column may mix both); only when that fails is each value parsed
    in Python to find and name the bad ones.
    """
    n = len(values)
    nones = _count_none(values)
    if nones == n and not required:
        return pa.nulls(n, schema.TIMESTAMP), {}
    if nones == 0 or not required:
        fast = _vectorized(values, n - nones)
        if fast is not None:
            return fast, {}
    problems: dict[int, str] = {}
    out: list[int | None] = []
    for i, value in enumerate(values):
        if value is None:
            if required:
                problems[i] = "missing timestamp"
            out.append(None)
            continue
        try:
            out.append(_parse_one(value))
        except (ValueError, OverflowError) as exc:
            problems[i] = str(exc)
            out.append(None)
    return pa.array(out, pa.int64()).cast(schema.TIMESTAMP), problems


def _count_none(values) -> int:
    """How many values are None (``list.count(None)`` calls ``str.__eq__`` on every string)."""
    return sum(1 for v in values if v is None)


def _vectorized(values, present: int) -> pa.Array | None:
    """All non-null values converted at once, or None when any of them needs a closer look."""
    try:
        strings = pa.array([v if type(v) is str else None for v in values], pa.string())
        n_str = len(strings) - strings.null_count  # (Arrow counts; list.count compares every value)
        numbers = None
        if n_str < present:
            numbers = pa.array([v if type(v) in (int, float) else None for v in values], pa.float64())
            if n_str + len(numbers) - numbers.null_count < present:
                return None  # something neither string nor number (bool, list, ...)
        parsed = strings.cast(schema.TIMESTAMP) if n_str else None
        if numbers is not None:
            arr = numbers
            lo, hi = pc.min_max(arr).values()
            if not (_MIN_SECONDS <= lo.as_py() and hi.as_py() <= _MAX_SECONDS):
                return None
            from_numbers = pc.round(pc.multiply(arr, 1_000_000.0)).cast(pa.int64()).cast(schema.TIMESTAMP)
            parsed = from_numbers if parsed is None else pc.coalesce(parsed, from_numbers)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return None  # a string that is not ISO 8601 with an offset, a naive time, ...
    return parsed


# The order of the values in a row tuple: every schema column but provenance.
ROW_COLUMNS: tuple[str, ...] = tuple(f.name for f in schema.EXCHANGE_SCHEMA if f.name not in _PROVENANCE)
_ROW_FIELDS = [schema.EXCHANGE_SCHEMA.field(name) for name in ROW_COLUMNS]
_TS_INDEX = ROW_COLUMNS.index(schema.TS)
_ID_INDEX = ROW_COLUMNS.index(schema.EXCHANGE_ID)
_ADDRESS_INDEX = ROW_COLUMNS.index(schema.CLIENT_ADDRESS)
_NETWORK_INDEX = ROW_COLUMNS.index(schema.CLIENT_NETWORK)
# Values no valid exchange has: (low, high or None) per column.
_RANGES = {ROW_COLUMNS.index(name): limits for name, limits in {
    schema.INPUT_TOKENS: (0, None), schema.OUTPUT_TOKENS: (0, None), schema.REASONING_TOKENS: (0, None),
    schema.MAX_TOKENS: (0, None), schema.TURNS: (0, None), schema.TOOLS: (0, None), schema.TOP_LOGPROBS: (0, None),
    schema.CHOICE_COUNT: (0, None), schema.STATUS: (100, 599),
}.items()}
_NO_ADDRESS = frozenset({"", "-", "unknown", "none", "null", "n/a"})
# The exchange-log spelling of each column (readers of other formats give their own: JsonFormat.field_names).
_DEFAULT_FIELD_NAMES = {
    schema.EXCHANGE_ID: "id", schema.TS: "ts", schema.ACCOUNT_ID: "account_id", schema.ORG_ID: "org_id",
    schema.API_KEY_ID: "api_key_id", schema.END_USER: "end_user", schema.CLIENT_ADDRESS: "ip",
    schema.USER_AGENT: "user_agent", schema.PAYMENT_FINGERPRINT: "payment_fingerprint",
    schema.ACCOUNT_CREATED: "account_created", schema.CONVERSATION_ID: "conversation_id", schema.MODEL: "model",
    schema.TEMPERATURE: "params.temperature", schema.TOP_P: "params.top_p", schema.MAX_TOKENS: "params.max_tokens",
    schema.SEED: "params.seed", schema.CHOICE_COUNT: "params.n", schema.LOGPROBS: "params.logprobs",
    schema.TOP_LOGPROBS: "params.top_logprobs", schema.LOGIT_BIAS: "params.logit_bias", schema.STREAM: "params.stream",
    schema.TOOLS: "params.tools", schema.REASONING_EFFORT: "params.reasoning_effort",
    schema.RESPONSE_FORMAT: "params.response_format", schema.RESPONSE: "response", schema.REASONING: "reasoning",
    schema.INPUT_TOKENS: "usage.input_tokens", schema.OUTPUT_TOKENS: "usage.output_tokens",
    schema.REASONING_TOKENS: "usage.reasoning_tokens", schema.STATUS: "status", schema.PROMPT: "messages",
}
_CREATED_INDEX = ROW_COLUMNS.index(schema.ACCOUNT_CREATED)
_CONVERT_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError)


def row_tuple(row: dict) -> tuple:
    """A mapped row dict as the builder's row tuple (missing columns are None)."""
    return tuple(map(row.get, ROW_COLUMNS))


class BatchBuilder:
    """Collect mapped rows of one file and build canonical record batches.

    Rows are tuples in ``ROW_COLUMNS`` order: appending a tuple is the cheapest per-row step
    Python has, and ``zip(*rows)`` transposes a batch to columns in C. Each column then becomes
    an Arrow array in one call, which is also where every value's type is checked.
    """

    def __init__(self, format: str, file: str, on_bad_row: Callable[[int, object, str, str], None],
                 columns: frozenset[str] | None = None, field_names: dict[str, str] | None = None):
        self.format = format
        # canonical column -> the input's own field name, for quarantine reasons
        self.field_names = field_names or {}
        self.file = file
        self.on_bad_row = on_bad_row  # (line, raw, reason, kind) -> None
        # Projection: columns outside ``columns`` are still type-checked (a record quarantined
        # without projection is quarantined with it) but come back null, unconverted.
        self.columns = columns
        self.wanted = [columns is None or name in columns for name in ROW_COLUMNS]
        self.check_only = [not w and f.type == pa.string() for w, f in zip(self.wanted, _ROW_FIELDS)]
        self.rows: list[tuple] = []
        self.lines: list[int] = []
        self.raws: list[object] = []

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, row: dict, line: int, raw: object) -> None:
        self.rows.append(tuple(map(row.get, ROW_COLUMNS)))
        self.lines.append(line)
        self.raws.append(raw)

    def add_tuple(self, row: tuple, line: int, raw: object) -> None:
        self.rows.append(row)
        self.lines.append(line)
        self.raws.append(raw)

    def build(self) -> pa.RecordBatch | None:
        """Convert the collected rows; bad rows go to ``on_bad_row``. Returns None if none is left."""
        rows, lines, raws = self.rows, self.lines, self.raws
        self.rows, self.lines, self.raws = [], [], []
        while rows:
            columns = list(zip(*rows))
            bad: dict[int, tuple[str, str]] = {}
            arrays: list[pa.Array] = []
            for index, field in enumerate(_ROW_FIELDS):
                values = columns[index]
                if self.check_only[index] and _only_strings(values):
                    arrays.append(None)  # valid as it stands and not wanted: skip the copy
                    continue
                if index == _TS_INDEX or index == _CREATED_INDEX:
                    arr, problems = to_timestamps(values, required=index == _TS_INDEX)
                    label = self._field(field.name)
                    for i, why in problems.items():
                        bad.setdefault(i, (f"field {label}: {why}", "bad_timestamp"))
                elif values[0] is None and values.count(None) == len(values):  # (count compares every value)
                    arr = pa.nulls(len(values), field.type)  # common: a column this log never fills
                else:
                    try:
                        arr = pa.array(values, type=field.type)
                    except _CONVERT_ERRORS:
                        arr = None
                        for i, value in enumerate(values):
                            if value is None or i in bad:
                                continue
                            try:
                                pa.array([value], type=field.type)
                            except _CONVERT_ERRORS as exc:
                                bad[i] = (f"field {self._field(field.name)}: {_arrow_message(exc)} "
                                          f"(value {str(value)[:80]!r})", "wrong_type")
                if arr is not None and index in _RANGES:
                    self._check_range(index, arr, bad)
                arrays.append(arr)
            if not bad:
                self._check_addresses(columns, bad)
            if bad:
                for i in sorted(bad):
                    reason, kind = bad[i]
                    self.on_bad_row(lines[i], raws[i], reason, kind)
                keep = [i for i in range(len(rows)) if i not in bad]
                rows = [rows[i] for i in keep]
                lines = [lines[i] for i in keep]
                raws = [raws[i] for i in keep]
                continue  # convert the rows that are left (now clean)
            return self._assemble(arrays, lines, raws, columns[_ID_INDEX])
        return None

    def _field(self, column: str) -> str:
        return self.field_names.get(column, _DEFAULT_FIELD_NAMES.get(column, column))

    def _check_range(self, index: int, arr: pa.Array, bad: dict) -> None:
        """Counts that cannot be negative (tokens, turns...), statuses that are not HTTP statuses."""
        lo, hi = _RANGES[index]
        out = pc.or_(pc.less(arr, lo), pc.greater(arr, hi)) if hi is not None else pc.less(arr, lo)
        out = pc.fill_null(out, False)
        if not pc.any(out).as_py():
            return
        name = self._field(ROW_COLUMNS[index])
        limits = f"between {lo} and {hi}" if hi is not None else f"at least {lo}"
        for i in pc.indices_nonzero(out).to_pylist():
            bad.setdefault(i, (f"field {name}: must be {limits}, got {arr[i].as_py()}", "out_of_range"))

    def _check_addresses(self, columns: list, bad: dict) -> None:
        """A client address the reader could not read as an IP (no network derived): malformed,
        unless it is a pseudonym (logs hashed before) or a "no address" placeholder (made null)."""
        addresses, networks = columns[_ADDRESS_INDEX], columns[_NETWORK_INDEX]
        for i, (address, network) in enumerate(zip(addresses, networks)):
            if address is None or network is not None or not isinstance(address, str):
                continue
            if address.strip().lower() in _NO_ADDRESS:
                continue  # nulled in _assemble
            if address.startswith("hmac-sha256:"):
                continue
            bad.setdefault(i, (f"field {self._field(schema.CLIENT_ADDRESS)}: not an IP address "
                               f"({address[:80]!r})", "bad_address"))

    def _assemble(self, arrays: list[pa.Array], lines: list[int], raws: list, ids) -> pa.RecordBatch:
        n = len(lines)
        by_name = {name: arr if wanted else pa.nulls(n, field.type)
                   for name, arr, wanted, field in zip(ROW_COLUMNS, arrays, self.wanted, _ROW_FIELDS)}
        address = by_name[schema.CLIENT_ADDRESS]
        if address is not None and address.null_count < n:  # "-", "unknown": no address
            placeholder = pc.is_in(pc.utf8_lower(pc.utf8_trim_whitespace(address)), pa.array(sorted(_NO_ADDRESS)))
            if pc.any(placeholder).as_py():
                by_name[schema.CLIENT_ADDRESS] = pc.if_else(placeholder, pa.scalar(None, pa.string()), address)
        # The record's digest, and an id derived from it where the log has none (sources.ids);
        # from the raw record, so projection, hashing and the file's name never change either.
        digests = [record_digest(raw) for raw in raws]
        by_name[schema.DIGEST] = pa.array(digests, pa.string())
        id_array = by_name[schema.EXCHANGE_ID]
        if id_array is None or not self.wanted[_ID_INDEX]:
            id_array = pa.array(ids, pa.string())
        by_name[schema.EXCHANGE_ID] = derived_ids(id_array, digests)
        by_name[schema.SOURCE_FORMAT] = pa.repeat(pa.scalar(self.format, pa.string()), n)
        by_name[schema.SOURCE_FILE] = pa.repeat(pa.scalar(self.file, pa.string()), n)
        by_name[schema.SOURCE_LINE] = pa.array(lines, pa.int64())
        batch = pa.RecordBatch.from_arrays([by_name[name] for name in schema.COLUMNS], schema=schema.EXCHANGE_SCHEMA)
        return batch if self.columns is None else project(batch, self.columns)


_STR_OK = frozenset({str, type(None)})


def _only_strings(values) -> bool:
    """Whether every value is a str or None, i.e. converts to a string column without error
    (JSON text decoded by orjson is always valid UTF-8). ``map(type, ...)`` runs in C."""
    return set(map(type, values)) <= _STR_OK


# Kept whatever the projection: what makes a row an exchange, and what the id ledger reads (sources.ids).
ALWAYS_KEPT = frozenset({schema.EXCHANGE_ID, schema.DIGEST, schema.SOURCE_FILE, schema.SOURCE_LINE})


def project(batch: pa.RecordBatch, columns: frozenset[str] | None) -> pa.RecordBatch:
    """``batch`` with every column outside ``columns`` (and ALWAYS_KEPT) replaced by nulls (schema
    unchanged)."""
    if columns is None:
        return batch
    n = batch.num_rows
    arrays = [batch.column(i) if f.name in columns or f.name in ALWAYS_KEPT else pa.nulls(n, f.type)
              for i, f in enumerate(batch.schema)]
    return pa.RecordBatch.from_arrays(arrays, schema=batch.schema)


def _arrow_message(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:300]


class BatchAccumulator:
    """Re-cut small record batches into batches of exactly ``batch_size`` rows (the last one shorter).

    Readers convert a few thousand rows at a time (the Python objects of a small chunk stay in
    the CPU cache, and memory stays small) but hand out the batch size the caller asked for.
    """

    def __init__(self, batch_size: int):
        self.batch_size = batch_size
        self.parts: list[pa.RecordBatch] = []
        self.rows = 0

    def add(self, batch: pa.RecordBatch | None):
        if batch is None or not batch.num_rows:
            return
        self.parts.append(batch)
        self.rows += batch.num_rows
        while self.rows >= self.batch_size:
            yield self._take(self.batch_size)

    def rest(self):
        if self.rows:
            yield self._take(self.rows)

    def _take(self, n: int) -> pa.RecordBatch:
        whole = pa.concat_batches(self.parts) if len(self.parts) > 1 else self.parts[0]
        out, left = whole.slice(0, n), whole.slice(n)
        self.parts = [left] if left.num_rows else []
        self.rows = left.num_rows
        return out
