"""sources: read real log formats into the canonical exchange table (distillguard.schema).

    from distillguard.sources import read_exchanges, read_table, Quarantine, FORMATS

    with Quarantine("bad.jsonl") as q:
        stream = read_exchanges(["logs/"], quarantine=q)      # files or directories, .gz ok
        for batch in stream:                                   # pa.RecordBatch, EXCHANGE_SCHEMA
            ...
    stream.stats.read == stream.stats.accepted + stream.stats.quarantined

Formats (auto-detected per file unless ``format=`` is given):

* ``exchange-log``   -- exchange log v1 (shared/spec/formats.md §1)
* ``openai-gateway`` -- raw OpenAI chat-completions request/response bodies per line
* ``otel``           -- OpenTelemetry GenAI spans as OTLP JSON (file exporter lines or one document)
* ``litellm``        -- LiteLLM proxy StandardLoggingPayload per line
* ``langfuse``       -- Langfuse observation exports (JSONL / JSON / blob-storage Parquet)
* ``helicone``       -- Helicone request exports (``@helicone/export`` JSONL / JSON)
* ``parquet``        -- Parquet with the canonical columns

Bad records are never dropped: each goes to the quarantine with its file, line and reason
(invalid JSON or UTF-8, wrong types, missing required fields, lines over ``max_line_bytes``,
the break of a truncated .gz). Records that are not exchanges at all (non-GenAI spans,
Langfuse SPAN observations, embedding calls) are counted as ``skipped``. Credentials
(Authorization headers, API keys) are dropped by every reader.

Options of ``read_exchanges`` beyond the contract: ``max_line_bytes`` (default 16 MiB),
``max_document_bytes`` (single-document JSON files), ``columns`` (a projection: the canonical
columns to fill; the others come back null, the schema unchanged, and the exchange-log reader
skips re-serializing what is not asked for; every value is still validated, so quarantine and
counts are those of a full read), ``workers`` (1 = in-process, the default;
N or 0 = all cores: big JSON Lines files are mapped in forked worker processes),
``parallel_min_bytes``, ``chunk_bytes`` (decompressed text per worker task, default 4 MiB) and
``worker_transform``. ``transform`` runs where a batch is made (in the worker for files read in
parallel); ``worker_transform`` runs after it only on batches made in workers and may return
another schema: a consumer uses it to do its own per-batch work on the workers (``scan`` scores
the exchanges there and gets back only the columns it keeps, see ``pipeline.score_batch``).
"""

from distillguard.sources.quarantine import Quarantine, RecordError
from distillguard.sources.stats import FileStats, IngestStats
from distillguard.sources.stream import FORMATS, ExchangeStream, expand_paths, read_exchanges, read_table

__all__ = ["FORMATS", "ExchangeStream", "FileStats", "IngestStats", "Quarantine", "RecordError",
           "expand_paths", "read_exchanges", "read_table"]
