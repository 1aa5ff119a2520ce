"""Same client fingerprint: user agent plus the shape of the request parameters.

One key per distinct (user agent, parameter set) an account uses for at least MIN_SHARE of
its traffic. The default SDK / library / browser user agents are what thousands of unrelated
customers send, so they get a low specificity; a bespoke scraper's user agent with an unusual
temperature / max_tokens / logprobs combination gets a high one. Rarity discounts the rest.
"""

from __future__ import annotations

import re

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

MIN_SHARE = 0.2
# User agents of stock SDKs, HTTP libraries and browsers: shared by everyone.
_COMMON_UA = re.compile(
    r"^(async)?openai/|openai-python|openai/js|openai-node|anthropic|python-requests|python-httpx|"
    r"httpx|aiohttp|curl/|wget|node-fetch|axios|undici|go-http-client|okhttp|java/|"
    r"mozilla/|langchain|litellm|llamaindex|postman",
    re.IGNORECASE,
)
_PARAM_COLUMNS = (
    schema.TEMPERATURE, schema.TOP_P, schema.MAX_TOKENS, schema.SEED, schema.CHOICE_COUNT,
    schema.LOGPROBS, schema.TOP_LOGPROBS, schema.LOGIT_BIAS, schema.TOOLS,
    schema.REASONING_EFFORT, schema.RESPONSE_FORMAT,
)


def ua_specificity(ua: str) -> float:
    return 0.25 if _COMMON_UA.search(ua or "") else 1.0


class SharedClientFingerprint(LinkKind):
    name = "shared_client_fingerprint"
    reads = (schema.USER_AGENT, *_PARAM_COLUMNS)
    description = "send the same user agent with the same request parameters"
    traits = LinkTraits(operator_artifact=True, one_per_operator=True, operator_infrastructure=True, rotated=True,
                        owned_by_suspects=True)
    weight = 0.5
    rarity_exponent = 0.5
    max_block = 20000
    key_noun = "client fingerprints"

    def keys(self, view) -> KeyRows:
        return fingerprints(view)


def fingerprints(view, with_user_agent: bool = True) -> KeyRows:
    """One key per distinct (user agent, parameter set) an account uses for >= MIN_SHARE of its
    traffic; without the user agent, its request settings alone (what a fleet that varies its user
    agent on purpose still sends the same: linkage.cohort.harvest_fleets)."""
    if not view.n_exchanges:
        return KeyRows.empty()
    ua = view.column(schema.USER_AGENT)
    parts = [ua.fill_null("-")] if with_user_agent else []
    for col in _PARAM_COLUMNS:
        parts.append(view.column(col).cast(pa.string()).fill_null("-"))
    fp = pc.binary_join_element_wise(*parts, "|")
    if with_user_agent:
        fp = pc.if_else(pc.is_valid(ua), fp, pa.scalar(None, pa.string()))
    d = view.distinct(fp)
    acc = d["a"].to_numpy()
    share = d["n"].to_numpy() / np.maximum(view.exchanges_per_account[acc], 1)
    keep = np.flatnonzero(share >= MIN_SHARE)
    d = d.take(pa.array(keep))
    values = d["v"].to_pylist()
    spec = np.array([ua_specificity(v.split("|", 1)[0]) if with_user_agent else 0.25 for v in values], np.float32)
    return KeyRows.of(d["a"].to_numpy(), d["v"], spec)
