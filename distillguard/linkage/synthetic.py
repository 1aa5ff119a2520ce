"""Hand-built exchange tables for tests, examples and benchmarks of linkage and campaigns.

    rows = account_rows("a1", 20, start=T0, step_s=600, ip="52.1.2.3", user_agent="x/1",
                        signals={"template.skeleton": "tpl-A"})
    exchanges, signals = tables(rows)

Each row dict holds canonical columns (schema constants) plus a "signals" dict; `tables`
splits them into the exchange table (schema.from_rows) and a signals table aligned row by row.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from distillguard import schema
from distillguard.normalize.addresses import client_network

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
SIGNAL_COLUMNS = {
    "template.skeleton": pa.string(),
    "dataset_match.item": pa.string(),
    "capability.label": pa.string(),
    "language.code": pa.string(),
}


def account_rows(
    account: str,
    n: int,
    *,
    start: dt.datetime = T0,
    step_s: float = 600.0,
    ip=None,
    user_agent: str | None = None,
    payment: str | None = None,
    created: dt.datetime | None = None,
    model="gpt-x",
    system_prompt: str | None = None,
    temperature: float | None = None,
    signals=None,
) -> list[dict]:
    """`n` exchanges of one account, `step_s` apart from `start`.

    `ip`, `model` and each value of `signals` may be a constant or a function of the row number i.
    """
    rows = []
    for i in range(n):
        def pick(v):
            return v(i) if callable(v) else v

        addr = pick(ip)
        rows.append({
            schema.EXCHANGE_ID: f"{account}-{i}",
            schema.TS: start + dt.timedelta(seconds=step_s * i),
            schema.ACCOUNT_ID: account,
            schema.CLIENT_ADDRESS: addr,
            schema.CLIENT_NETWORK: client_network(addr),  # as the readers derive it
            schema.USER_AGENT: user_agent,
            schema.PAYMENT_FINGERPRINT: payment,
            schema.ACCOUNT_CREATED: created,
            schema.MODEL: pick(model),
            schema.SYSTEM_PROMPT: system_prompt,
            schema.TEMPERATURE: temperature,
            schema.PROMPT: f"prompt {i} of {account}",
            "signals": {k: pick(v) for k, v in (signals or {}).items()},
        })
    return rows


def tables(rows: list[dict]) -> tuple[pa.Table, pa.Table]:
    """(exchange table, signals table) from rows built by `account_rows`."""
    exchanges = schema.from_rows(rows)
    sig = {name: pa.array([r.get("signals", {}).get(name) for r in rows], t) for name, t in SIGNAL_COLUMNS.items()}
    return exchanges, pa.table(sig)
