"""The canonical exchange table: one row per API exchange (one request and its response).

Every source reader produces exactly this Arrow schema; every later stage reads it. Column names
follow the OpenTelemetry GenAI / general semantic conventions where an attribute exists
(``gen_ai.*``, ``client.address``, ``user_agent.original``, ``enduser.id``, ...) and live in our
own ``dg.`` namespace otherwise. Refer to columns through the constants below, never by literal
strings, so a rename is one edit.
"""

from __future__ import annotations

import pyarrow as pa

# --- identity of the exchange -------------------------------------------------------------
EXCHANGE_ID = "dg.exchange.id"  # unique id (from the log, or derived deterministically)
TS = "dg.ts"  # request arrival, timestamp[us, UTC]
CONVERSATION_ID = "gen_ai.conversation.id"

# --- who sent it ----------------------------------------------------------------------------
ACCOUNT_ID = "dg.account.id"  # billing account / customer (spec: account_id)
ORG_ID = "dg.org.id"
API_KEY_ID = "dg.api_key.id"  # an id of the key, never the key itself
END_USER = "enduser.id"  # OpenAI `user` / `safety_identifier`
CLIENT_ADDRESS = "client.address"  # IP as seen by the edge (or its keyed hash)
CLIENT_NETWORK = "dg.client.network"  # IPv4 /24 or IPv6 /48 prefix (or its keyed hash)
USER_AGENT = "user_agent.original"
PAYMENT_FINGERPRINT = "dg.payment.fingerprint"
ACCOUNT_CREATED = "dg.account.created"  # timestamp[us, UTC]

# --- what was asked ---------------------------------------------------------------------------
MODEL = "gen_ai.request.model"
INPUT_MESSAGES = "gen_ai.input.messages"  # JSON text of the request's messages (OpenAI chat format)
PROMPT = "dg.prompt"  # text of the last user turn (or the legacy `prompt`); what detectors read
SYSTEM_PROMPT = "dg.system_prompt"  # text of system / developer messages, joined
TURNS = "dg.turns"  # number of user turns in the request
TEMPERATURE = "gen_ai.request.temperature"
TOP_P = "gen_ai.request.top_p"
MAX_TOKENS = "gen_ai.request.max_tokens"
SEED = "gen_ai.request.seed"
CHOICE_COUNT = "gen_ai.request.choice.count"  # OpenAI `n`
LOGPROBS = "dg.request.logprobs"
TOP_LOGPROBS = "dg.request.top_logprobs"
LOGIT_BIAS = "dg.request.logit_bias"  # whether a logit_bias was sent
STREAM = "dg.request.stream"
TOOLS = "dg.request.tools"  # number of tool definitions sent
REASONING_EFFORT = "dg.request.reasoning_effort"
RESPONSE_FORMAT = "dg.request.response_format"  # "text", "json_object", "json_schema", ...
PARAMS = "dg.request.params"  # JSON text of all request parameters as sent

# --- what was answered ------------------------------------------------------------------------
RESPONSE = "dg.response"  # assistant answer text
REASONING = "dg.reasoning"  # reasoning / thinking text returned, if any
INPUT_TOKENS = "gen_ai.usage.input_tokens"
OUTPUT_TOKENS = "gen_ai.usage.output_tokens"
REASONING_TOKENS = "dg.usage.reasoning_tokens"
STATUS = "http.response.status_code"

# --- where the row came from ------------------------------------------------------------------
SOURCE_FORMAT = "dg.source.format"
SOURCE_FILE = "dg.source.file"
SOURCE_LINE = "dg.source.line"  # 1-based line (or row index for Parquet)
# Hex BLAKE2b-128 of the record as read (its bytes in a JSON Lines file): tells a repeated id with
# the same content (a duplicate) from one with other content (a conflict), and derives the ids of
# records that have none (`sources.ids`).
DIGEST = "dg.exchange.digest"
EXTRA = "dg.extra"  # JSON text of fields the reader did not map (unknown fields are kept)

TIMESTAMP = pa.timestamp("us", tz="UTC")

EXCHANGE_SCHEMA = pa.schema(
    [
        pa.field(EXCHANGE_ID, pa.string(), nullable=False),
        pa.field(TS, TIMESTAMP, nullable=False),
        pa.field(ACCOUNT_ID, pa.string(), nullable=False),
        pa.field(ORG_ID, pa.string()),
        pa.field(API_KEY_ID, pa.string()),
        pa.field(END_USER, pa.string()),
        pa.field(CLIENT_ADDRESS, pa.string()),
        pa.field(CLIENT_NETWORK, pa.string()),
        pa.field(USER_AGENT, pa.string()),
        pa.field(PAYMENT_FINGERPRINT, pa.string()),
        pa.field(ACCOUNT_CREATED, TIMESTAMP),
        pa.field(CONVERSATION_ID, pa.string()),
        pa.field(MODEL, pa.string()),
        pa.field(INPUT_MESSAGES, pa.string()),
        pa.field(PROMPT, pa.string()),
        pa.field(SYSTEM_PROMPT, pa.string()),
        pa.field(TURNS, pa.int32()),
        pa.field(TEMPERATURE, pa.float64()),
        pa.field(TOP_P, pa.float64()),
        pa.field(MAX_TOKENS, pa.int64()),
        pa.field(SEED, pa.int64()),
        pa.field(CHOICE_COUNT, pa.int32()),
        pa.field(LOGPROBS, pa.bool_()),
        pa.field(TOP_LOGPROBS, pa.int32()),
        pa.field(LOGIT_BIAS, pa.bool_()),
        pa.field(STREAM, pa.bool_()),
        pa.field(TOOLS, pa.int32()),
        pa.field(REASONING_EFFORT, pa.string()),
        pa.field(RESPONSE_FORMAT, pa.string()),
        pa.field(PARAMS, pa.string()),
        pa.field(RESPONSE, pa.string()),
        pa.field(REASONING, pa.string()),
        pa.field(INPUT_TOKENS, pa.int64()),
        pa.field(OUTPUT_TOKENS, pa.int64()),
        pa.field(REASONING_TOKENS, pa.int64()),
        pa.field(STATUS, pa.int32()),
        pa.field(SOURCE_FORMAT, pa.string()),
        pa.field(SOURCE_FILE, pa.string()),
        pa.field(SOURCE_LINE, pa.int64()),
        pa.field(DIGEST, pa.string()),
        pa.field(EXTRA, pa.string()),
    ]
)

COLUMNS: tuple[str, ...] = tuple(EXCHANGE_SCHEMA.names)
# Identifiers that privacy mode replaces by keyed hashes (equal values keep equal hashes, so
# linkage on them still works).
IDENTIFIER_COLUMNS: tuple[str, ...] = (ACCOUNT_ID, ORG_ID, API_KEY_ID, END_USER, CLIENT_ADDRESS, CLIENT_NETWORK,
                                       PAYMENT_FINGERPRINT)


def empty_table() -> pa.Table:
    """A zero-row table with the canonical schema (handy for tests and empty inputs)."""
    return EXCHANGE_SCHEMA.empty_table()


def from_rows(rows: list[dict]) -> pa.Table:
    """Build a canonical table from dicts keyed by column name; missing columns become null.

    Meant for tests and small online batches (the gateway scores one exchange at a time):
    readers of big files build columns directly instead.
    """
    cols = {name: [r.get(name) for r in rows] for name in COLUMNS}
    return pa.Table.from_pydict(cols, schema=EXCHANGE_SCHEMA)
