"""Columnar fast path of the exchange-log reader: a block of parsed records -> column lists.

The per-record mapper (:meth:`ExchangeLog.map`) is correct for every shape but costs ~40
function calls and dict look-ups per record. Here each column of a block is built by one list
comprehension over the records instead, which is several times cheaper per value. It only
takes records that pass a cheap shape check (required fields present with the right types,
``messages`` a list, ``params`` / ``usage`` objects); the others are handed back by index so the
caller maps them with the careful per-record mapper (which quarantines them with a reason).

Uncommon shapes inside an accepted record (legacy ``logprobs`` integers, ``tools`` lists,
unknown fields, missing ids, part-list content) are patched row by row with the same helpers
the per-record mapper uses, so both paths give identical rows. Arrow type checks happen when
the columns are converted (:meth:`BatchBuilder.build_columns`); if any value is refused there the
caller redoes the whole block per record.
"""

from __future__ import annotations

from orjson import dumps

from distillguard import schema
from distillguard.normalize.messages import _NETWORK_CACHE, client_network, flatten_messages
from distillguard.sources.base import FileContext
from distillguard.sources.builder import ROW_COLUMNS
from distillguard.sources.openai_body import PARAM_COLUMNS, extra_json, param_values

# Parameters whose column value is simply ``params[name]`` (or that only go to the params JSON);
# any other name (tools, logit_bias, response_format, max_completion_tokens, ...) is patched
# per row by ``param_values``. None of these can be a credential, so no secret scrub is needed.
_DIRECT_PARAMS = frozenset({
    "temperature", "top_p", "max_tokens", "n", "logprobs", "top_logprobs", "seed", "stream", "stream_options",
    "reasoning_effort", "tool_choice", "stop", "presence_penalty", "frequency_penalty", "parallel_tool_calls",
    "modalities", "service_tier", "store", "verbosity", "top_k", "echo", "best_of", "suffix", "min_p",
    "repetition_penalty",
})
_EMPTY: dict = {}
_TS_TYPES = (str, int, float)
_MISS = object()
# Columns exchange_columns fills with UTF-8 bytes rather than str (see BatchBuilder.build_columns).
JSON_BYTES_COLUMNS = frozenset({ROW_COLUMNS.index(schema.INPUT_MESSAGES), ROW_COLUMNS.index(schema.PARAMS)})


def split_simple(objs: list[dict]) -> tuple[list[int], list[int]]:
    """(indices of records the fast path takes, indices that need the per-record mapper)."""
    ok = [type(o) is dict and type(o.get("ts")) in _TS_TYPES and type(o.get("account_id")) is str and o["account_id"] != ""
          and type(o.get("messages")) is list and type(o.get("id", "")) is str
          and type(o.get("params", _EMPTY)) is dict and type(o.get("usage", _EMPTY)) is dict
          for o in objs]
    if all(ok):
        return list(range(len(objs))), []
    return [i for i, v in enumerate(ok) if v], [i for i, v in enumerate(ok) if not v]


def exchange_columns(objs: list[dict], lines: list[int], ctx: FileContext, known: frozenset) -> list[list]:
    """Column lists in the builder's ``ROW_COLUMNS`` order for records that passed ``split_simple``.

    ``gen_ai.input.messages`` and ``dg.request.params`` hold UTF-8 ``bytes`` (orjson's output,
    converted without a decode); every other text column holds ``str``. Any exception means
    the block has a shape only the per-record mapper handles (the caller falls back to it).
    """

    def col(name: str) -> list:
        return [o.get(name) for o in objs]

    n = len(objs)
    ids = col("id")
    if None in ids:  # generated ids, exactly as the per-record mapper makes them
        prefix = ctx.id_prefix
        ids = [f"{prefix}-{line}" if v is None else v for v, line in zip(ids, lines)]
    ts = [o["ts"] for o in objs]
    accounts = [o["account_id"] for o in objs]

    ips = col("ip")  # (an unhashable ip raises TypeError below: per-record path)
    cached = _NETWORK_CACHE.get
    networks = [cached(ip, _MISS) if ip else None for ip in ips]
    for i, net in enumerate(networks):
        if net is _MISS:
            networks[i] = client_network(ips[i])

    messages = [o["messages"] for o in objs]
    flat = [flatten_messages(m) for m in messages]  # ValueError: the per-record path names the row
    prompts, systems, turns = (list(c) for c in zip(*flat)) if n else ([], [], [])
    messages_json = [dumps(m) for m in messages]

    params = [p if p else _EMPTY for p in col("params")]
    param_cols = [[p.get(name) for p in params] for name in ("temperature", "top_p", "max_tokens", "seed", "n",
                                                             "logprobs", "top_logprobs")]
    nones = [None] * n
    param_cols += [nones, [p.get("stream") for p in params], nones, [p.get("reasoning_effort") for p in params],
                   nones, [dumps(p) if p else None for p in params]]
    logprobs = param_cols[5]
    patch = [i for i, p in enumerate(params) if not p.keys() <= _DIRECT_PARAMS or type(logprobs[i]) is int]
    if patch:
        param_cols = [list(c) if c is nones else c for c in param_cols]
        for i in patch:
            values = param_values(params[i])  # RecordError: quarantined by the per-record path
            for column, value in zip(param_cols, values):
                column[i] = value
            text = param_cols[-1][i]
            param_cols[-1][i] = text.encode() if type(text) is str else text
    assert len(param_cols) == len(PARAM_COLUMNS)

    usage = [u if u else _EMPTY for u in col("usage")]
    input_tokens = [u.get("input_tokens") for u in usage]
    output_tokens = [u.get("output_tokens") for u in usage]
    for tokens, alias in ((input_tokens, "prompt_tokens"), (output_tokens, "completion_tokens")):
        if None in tokens:
            for i, value in enumerate(tokens):
                if value is None:
                    tokens[i] = usage[i].get(alias)
    reasoning_tokens = [u.get("reasoning_tokens") for u in usage]

    extra = nones
    unknown = [i for i, o in enumerate(objs) if not o.keys() <= known]
    if unknown:
        extra = list(nones)
        for i in unknown:
            extra[i] = extra_json(objs[i], known)

    return [
        ids, ts, accounts, col("org_id"), col("api_key_id"), col("end_user"), ips, networks, col("user_agent"),
        col("payment_fingerprint"), col("account_created"), col("conversation_id"), col("model"), messages_json,
        prompts, systems, turns, *param_cols, col("response"), col("reasoning"), input_tokens, output_tokens,
        reasoning_tokens, col("status"), extra,
    ]
