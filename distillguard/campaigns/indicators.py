"""What each campaign's accounts were seen with: addresses, networks, client builds, payment
instruments, system prompts and templates, counted over the campaign's flagged members.

These are the raw material of the intelligence a provider shares (`intel.stix_export`) and of
the abuse reports it sends to networks (`report.abuse`); they travel in verdicts.json under
each campaign's `indicators`. Nothing here is text: system prompts and templates are digests
(the link kinds' keys, `signals.template` skeleton hashes), payment instruments are the log's
own fingerprints. Each item counts the accounts that are *not* flagged and hold it too
(`unflagged_accounts`), so that an exporter can drop what would point at paying customers;
those accounts are never named.
"""

from __future__ import annotations

import ipaddress
from datetime import datetime, timezone

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage import network
from distillguard.linkage.base import KeyRows
from distillguard.linkage.kinds.shared_template import SKELETON
from distillguard.linkage.view import AccountView
from distillguard.normalize.addresses import client_network

# Most items of a kind kept per campaign (by requests, then accounts): a campaign of 20,000
# accounts behind rotating exits touches tens of thousands of addresses, and an export or an
# abuse report wants the ones that carried the traffic.
MAX_ITEMS = 500
# link kind -> indicator list it fills (keys held by accounts, not per-exchange values)
KEYED_KINDS = {
    "shared_client_fingerprint": "clients",
    "shared_payment": "payments",
    "shared_system_prompt": "system_prompts",
}


def campaign_indicators(campaigns: list[dict], view: AccountView, keyrows: dict[str, KeyRows],
                        flagged: set[str]) -> dict[str, dict]:
    """campaign id -> {addresses, networks, clients, payments, system_prompts, templates}."""
    if not campaigns:
        return {}
    n_acc = len(view.account_ids)
    campaign_of = np.full(n_acc, -1, np.int64)
    for ci, c in enumerate(campaigns):
        for a in c.get("account_ids", []):
            i = view.index.get(a)
            if i is not None and a in flagged:
                campaign_of[i] = ci
    is_flagged = np.zeros(n_acc, bool)
    for a in flagged:
        i = view.index.get(a)
        if i is not None:
            is_flagged[i] = True
    out = {c["campaign_id"]: {"addresses": [], "networks": [], "clients": [], "payments": [], "system_prompts": [],
                              "templates": []} for c in campaigns}
    ids = [c["campaign_id"] for c in campaigns]
    for name, per in (("addresses", _per_value(view, view.column(schema.CLIENT_ADDRESS), campaign_of, is_flagged)),
                      ("networks", _per_value(view, view.column(schema.CLIENT_NETWORK), campaign_of, is_flagged)),
                      ("templates", _per_value(view, view.signal(SKELETON), campaign_of, is_flagged))):
        for ci, items in per.items():
            out[ids[ci]][name] = items
    for ci in range(len(campaigns)):
        _place(out[ids[ci]]["addresses"], "address")
        _place_networks(out[ids[ci]]["networks"], out[ids[ci]]["addresses"])
        for item in out[ids[ci]]["templates"]:
            item["key"] = item.pop("value")
            item.pop("first_seen"), item.pop("last_seen")
    for kind, field in KEYED_KINDS.items():
        rows = keyrows.get(kind)
        if rows is None or not len(rows):
            continue
        for ci, items in _per_key(rows, campaign_of, is_flagged).items():
            if kind == "shared_client_fingerprint":
                for item in items:
                    item["user_agent"] = item["key"].split("|", 1)[0]
            out[ids[ci]][field] = items
    return out


def _per_value(view: AccountView, values: pa.Array | None, campaign_of: np.ndarray,
               is_flagged: np.ndarray) -> dict[int, list[dict]]:
    """Per campaign, each value its flagged members sent: accounts, requests, first and last seen,
    and how many unflagged accounts sent it too."""
    if values is None or not view.n_exchanges:
        return {}
    row_campaign = campaign_of[view.account_of_row]
    valid = pc.is_valid(values).to_numpy(zero_copy_only=False)
    enc = pc.dictionary_encode(values.cast(pa.string()))
    if isinstance(enc, pa.ChunkedArray):
        enc = enc.combine_chunks()
    code = enc.indices.to_numpy(zero_copy_only=False)
    dictionary = enc.dictionary.to_pylist()
    # unflagged accounts per value (over the whole log)
    unflagged_rows = valid & ~is_flagged[view.account_of_row]
    pairs = np.unique(np.stack([code[unflagged_rows], view.account_of_row[unflagged_rows]]), axis=1) \
        if unflagged_rows.any() else np.zeros((2, 0), np.int64)
    unflagged = np.bincount(pairs[0].astype(np.int64), minlength=len(dictionary)) if pairs.size else \
        np.zeros(len(dictionary), np.int64)
    mine = np.flatnonzero(valid & (row_campaign >= 0))
    if not len(mine):
        return {}
    ts = view.ts_seconds[mine]
    t = pa.table({"c": row_campaign[mine], "v": code[mine], "a": view.account_of_row[mine], "ts": ts})
    g = t.group_by(["c", "v"]).aggregate([("a", "count_distinct"), ("a", "count"), ("ts", "min"), ("ts", "max")])
    out: dict[int, list[dict]] = {}
    for c, v, accounts, n, first, last in zip(*(g[col].to_numpy() for col in
                                                 ("c", "v", "a_count_distinct", "a_count", "ts_min", "ts_max"))):
        out.setdefault(int(c), []).append({
            "value": dictionary[int(v)], "accounts": int(accounts), "exchanges": int(n),
            "first_seen": _iso(first), "last_seen": _iso(last), "unflagged_accounts": int(unflagged[int(v)]),
        })
    for items in out.values():
        items.sort(key=lambda i: (-i["exchanges"], -i["accounts"], i["value"]))
        del items[MAX_ITEMS:]
    return out


def _per_key(rows: KeyRows, campaign_of: np.ndarray, is_flagged: np.ndarray) -> dict[int, list[dict]]:
    """Per campaign, each link-kind key its flagged members hold: holders, specificity, and how
    many unflagged accounts hold it too."""
    keys = rows.key.cast(pa.string()).to_pylist() if not isinstance(rows.key, list) else list(rows.key)
    acc = np.asarray(rows.account, np.int64)
    spec = np.asarray(rows.specificity, np.float32)
    holders: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k is not None:
            holders.setdefault(k, []).append(i)
    out: dict[int, list[dict]] = {}
    for key, idx in holders.items():
        accounts = acc[idx]
        camps = campaign_of[accounts]
        unflagged = int(len(set(accounts[~is_flagged[accounts]].tolist())))
        for c in set(camps[camps >= 0].tolist()):
            out.setdefault(int(c), []).append({
                "key": key, "accounts": int(len(set(accounts[camps == c].tolist()))),
                "specificity": round(float(np.max(spec[idx])), 3), "unflagged_accounts": unflagged,
            })
    for items in out.values():
        items.sort(key=lambda i: (-i["accounts"], i["key"]))
        del items[MAX_ITEMS:]
    return out


def _place(items: list[dict], field: str) -> None:
    """Name each address: its network, the network's operator, class and country (offline)."""
    for item in items:
        address = item.pop("value")
        info = network.lookup(address)
        item.update({field: address, "network": client_network(address), "network_name": info.network,
                     "net_class": info.net_class, "country": info.country})
        _counts_last(item)


def _place_networks(networks: list[dict], addresses: list[dict]) -> None:
    """A network is named after the addresses seen in it (a /24 is one operator's)."""
    named = {a["network"]: a for a in addresses if a.get("network")}
    for item in networks:
        net = item.pop("value")
        a = named.get(net)
        if a is None:  # an address outside the kept ones: look up the network's first address
            info = network.lookup(_first_address(net))
            a = {"network_name": info.network, "net_class": info.net_class, "country": info.country}
        item.update({"network": net, "network_name": a["network_name"], "net_class": a["net_class"],
                     "country": a["country"]})
        _counts_last(item)


def _counts_last(item: dict) -> None:
    """Move the counts after what the item names (a readable field order in verdicts.json)."""
    for k in ("accounts", "exchanges", "first_seen", "last_seen", "unflagged_accounts"):
        item[k] = item.pop(k)


def _first_address(net: str | None) -> str | None:
    try:
        return str(ipaddress.ip_network(net, strict=False).network_address + 1) if net else None
    except ValueError:
        return None  # hashed


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(float(seconds), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
