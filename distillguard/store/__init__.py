"""store stage: canonical exchanges persisted in an embedded DuckDB file (see exchange_store)."""

from distillguard.store.exchange_store import AppendResult, ExchangeStore, IngestRun, conform

__all__ = ["AppendResult", "ExchangeStore", "IngestRun", "conform"]
