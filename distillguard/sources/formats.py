"""The registry of log formats: every reader by name, and the names ``format=`` accepts.

Its own module so that both the stream (which picks a reader per file) and the worker processes
of a parallel read (which get the reader's name, see sources.parallel) look readers up here,
without importing each other.
"""

from __future__ import annotations

from distillguard.sources.base import JsonFormat
from distillguard.sources.exchange_log import ExchangeLog
from distillguard.sources.helicone import Helicone
from distillguard.sources.langfuse import Langfuse
from distillguard.sources.litellm import LiteLLM
from distillguard.sources.openai_gateway import OpenAIGateway
from distillguard.sources.otel import Otel
from distillguard.sources.parquet import NAME as PARQUET

# Sniffing order: most specific first (OTLP and LiteLLM payloads can also hold "messages").
JSON_FORMATS: list[JsonFormat] = [Otel(), LiteLLM(), Helicone(), Langfuse(), OpenAIGateway(), ExchangeLog()]
_BY_NAME = {f.name: f for f in JSON_FORMATS}
FORMATS: tuple[str, ...] = ("exchange-log", "openai-gateway", "otel", "litellm", "langfuse", "helicone", PARQUET)


def format_by_name(name: str) -> JsonFormat:
    """The JSON reader called ``name`` (KeyError for an unknown one or for ``parquet``)."""
    return _BY_NAME[name]


def is_json_format(name: str) -> bool:
    """Whether ``name`` is a JSON reader (parquet and unrecognised files are not)."""
    return name in _BY_NAME
