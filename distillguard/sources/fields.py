"""Field look-ups the readers share: picking one of several spellings of a field, the client
address columns, JSON kept as text, and the quarantine reasons for a missing field or one of the
wrong type.

Each reader keeps its own spellings (they are what its tool writes); these helpers are how every
reader picks among them, so two readers that read a field the same way do it with one piece of
code. The OpenAI request / response bodies are mapped in ``openai_body``.
"""

from __future__ import annotations

import orjson

from distillguard import schema
from distillguard.normalize.addresses import client_network
from distillguard.sources.quarantine import RecordError


def first_value(obj: dict, *names: str) -> object:
    """The value of the first of ``names`` that ``obj`` holds and that is not None (else None)."""
    for name in names:
        value = obj.get(name)
        if value is not None:
            return value
    return None


def first_truthy(obj: dict, *names: str) -> object:
    """``obj.get(a) or obj.get(b) or ...``: the first value of ``names`` that is not empty (not
    None, "", 0, ...); when none is, the value of the last name."""
    value = None
    for name in names:
        value = obj.get(name)
        if value:
            return value
    return value


def address_columns(ip: object) -> dict:
    """The client columns of a row: the address as the log has it, and the network derived from it
    (normalize.addresses.client_network: None when it is not an IP address)."""
    return {schema.CLIENT_ADDRESS: ip, schema.CLIENT_NETWORK: client_network(ip)}


def decode_json_text(value: object, containers_only: bool = False) -> object:
    """A string that holds JSON (a log that kept a body or an attribute as its JSON text) decoded;
    any other value, or a string that is not JSON, as it is. ``containers_only``: only a string
    that starts like an object or an array is decoded ("42" and '"x"' stay text)."""
    if not isinstance(value, str) or (containers_only and value[:1] not in ("[", "{")):
        return value
    try:
        return orjson.loads(value)
    except orjson.JSONDecodeError:
        return value


def wrong_type(field: str, expected: str, value: object) -> RecordError:
    """The error for a field holding the wrong type: "field F: must be E, got T"."""
    return RecordError(f"field {field}: must be {expected}, got {type(value).__name__}", "wrong_type")


def missing_field(field: str) -> RecordError:
    """The error for a required field that is absent: "missing required field 'F'"."""
    return RecordError(f"missing required field {field!r}", "missing_field")


def require_account(account: object, missing: str, field: str) -> str:
    """The account of a record: a non-empty string. Empty or absent: RecordError(``missing``);
    not a string: the wrong-type error naming ``field``."""
    if not account:
        raise RecordError(missing, "missing_field")
    if not isinstance(account, str):
        raise wrong_type(field, "a string", account)
    return account
