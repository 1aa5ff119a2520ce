"""Watch-lists: a peer's shared indicators, matched against this scan's accounts.

`distillguard intel import` turns a peer's STIX bundle into a watch-list file (written and read
here); `scan --intel DIR` matches every account against it. An indicator names one of a peer's
campaigns and holds values of one kind:

- `network`: CIDR ranges client addresses fall in;
- `client`, `payment`, `system_prompt`, `template`: community-keyed fingerprints
  (`normalize.fingerprints`) of the link kinds' keys and the template skeletons this scan computes;
- `account`: keyed hashes of account ids under the producer's own key (they match only when the
  producer is this provider, or shares its key: a reseller's own bundle).

Matching raises risk and never accuses on one clue: an account matching indicators of two
independent families (content: templates or a system prompt; client build; identity: payment
instrument; network) of one producer's flagged campaigns is flagged, with evidence naming the
campaigns, the indicators and their producer. (Families are counted over all of a producer's
campaigns, not within one: a producer's scan may split one operator into several campaigns, and
a peer's account holding one part's client build and another part's card is the operator's.) One family alone (a shared cloud /24, one SDK build) only raises the account's risk
below the flag and says why. An account id the producer itself flagged (`account`) is its own
verdict and flags alone.
"""

from __future__ import annotations

import copy
import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson
import pyarrow as pa

from distillguard import schema
from distillguard.errors import DistillguardError
from distillguard.normalize.fingerprints import account_hash, fingerprint, key_id
from distillguard.risk.score import AccountRisk

KIND = "distillguard.watchlist"
VERSION = 1
VALUE_KINDS = ("network", "account", "client", "payment", "system_prompt", "template")
FAMILY = {"template": "content", "system_prompt": "content", "client": "client", "payment": "identity",
          "account": "identity", "network": "network"}
NOUN = {"template": "request templates", "system_prompt": "system prompt", "client": "client build",
        "payment": "payment instrument", "account": "account", "network": "client network"}
# an account's templated requests must match on at least this many requests (or its whole
# traffic) before its content counts: one shared greeting template is not a campaign's content
MIN_TEMPLATE_REQUESTS = 3
# where a one-family match leaves an account: its risk at the 10x-looser operating point
SINGLE_FAMILY_FPR_FACTOR = 10.0
# the broadest network a peer may share: a /16 of IPv4 (65k addresses), a /32 of IPv6
MIN_PREFIX = {4: 16, 6: 32}
FAMILIES_TO_FLAG = 2
# the link kinds whose keys are fingerprinted (kind -> linkage kind name)
KEYED = {"client": "shared_client_fingerprint", "payment": "shared_payment", "system_prompt": "shared_system_prompt"}
TEMPLATE_SIGNAL = "template.skeleton"


@dataclass
class Indicator:
    id: str
    kind: str
    values: list[str]
    name: str
    campaign: str  # the peer's campaign (STIX id)
    campaign_name: str


@dataclass
class WatchList:
    producer: str
    source: str  # the bundle's id
    tlp: str
    community_key_id: str | None
    imported: str
    indicators: list[Indicator] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"kind": KIND, "version": VERSION, "producer": self.producer, "source": self.source, "tlp": self.tlp,
                "community_key_id": self.community_key_id, "imported": self.imported,
                "indicators": [vars(i) for i in self.indicators]}


def write_watchlist(wl: WatchList, path: str | Path) -> None:
    """Atomically (a reader never sees half a watch-list)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(orjson.dumps(wl.as_dict(), option=orjson.OPT_INDENT_2))
    os.replace(tmp, path)


def read_watchlists(path: str | Path) -> list[WatchList]:
    """Every watch-list in a file or a directory (its *.json files)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.glob("*.json") if not p.name.startswith("."))
    elif path.exists():
        files = [path]
    else:
        raise DistillguardError(f"no watch-list at {path}")
    return [_read_one(p) for p in files]


def _read_one(path: Path) -> WatchList:
    try:
        doc = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise DistillguardError(f"cannot read watch-list {path}: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("kind") != KIND or doc.get("version") != VERSION:
        raise DistillguardError(f"{path} is not a distillguard watch-list (made by `distillguard intel import`)")
    try:
        inds = [Indicator(**{k: i[k] for k in ("id", "kind", "values", "name", "campaign", "campaign_name")})
                for i in doc["indicators"]]
        for i in inds:
            check_indicator(i)
        return WatchList(str(doc["producer"]), str(doc["source"]), str(doc["tlp"]), doc.get("community_key_id"),
                         str(doc["imported"]), inds)
    except (KeyError, TypeError, ValueError) as exc:
        raise DistillguardError(f"{path} is not a valid watch-list: {exc}") from exc


def check_indicator(ind: Indicator) -> None:
    """ValueError when an indicator could not be matched or would match far too much."""
    if ind.kind not in VALUE_KINDS:
        raise ValueError(f"indicator {ind.id}: unknown kind {ind.kind!r}")
    if not isinstance(ind.values, list) or not ind.values or not all(isinstance(v, str) and v for v in ind.values):
        raise ValueError(f"indicator {ind.id}: values must be a non-empty list of non-empty strings")
    if ind.kind == "network":
        for v in ind.values:
            net = ipaddress.ip_network(v, strict=False)  # ValueError when not a network
            if net.prefixlen < MIN_PREFIX[net.version]:
                raise ValueError(f"indicator {ind.id}: network {v} is broader than /{MIN_PREFIX[net.version]} "
                                 f"and would match unrelated customers")
    elif ind.kind != "account":
        for v in ind.values:
            if len(v) < 16 or any(c not in "0123456789abcdef" for c in v):
                raise ValueError(f"indicator {ind.id}: {ind.kind} fingerprint {v[:40]!r} is not a keyed fingerprint")


@dataclass
class Intel:
    """What a scan matches its accounts against: watch-lists and the keys that open them."""
    watchlists: list[WatchList]
    community_key: bytes | None = None  # opens fingerprint indicators (normalize.fingerprints)
    account_key: bytes | None = None  # the provider's own hash key: opens its own account indicators


# ---------------------------------------------------------------------------- matching


@dataclass
class Match:
    """One account's matches with one producer's campaigns (one watch-list)."""
    producer: str
    tlp: str
    campaigns: list[str] = field(default_factory=list)  # their names, in the order matched
    kinds: dict[str, list[str]] = field(default_factory=dict)  # value kind -> indicator ids
    templates: dict[str, int] = field(default_factory=dict)  # template fingerprint -> the account's requests on it
    networks: set[str] = field(default_factory=set)

    @property
    def template_requests(self) -> int:
        return sum(self.templates.values())

    @property
    def families(self) -> set[str]:
        fam = {FAMILY[k] for k in self.kinds if k != "template"}
        if "template" in self.kinds:
            fam.add("content")
        return fam


def match_watchlists(watchlists: list[WatchList], view, keyrows: dict, *, community_key: bytes | None,
                     account_key: bytes | None = None) -> tuple[dict[str, list[Match]], dict]:
    """account id -> its matches (one per watch-list), and stats of what could be matched."""
    matches: dict[tuple[int, str, str], Match] = {}
    stats = {"watchlists": len(watchlists), "indicators": 0, "indicators_matched": 0, "skipped": {}}

    def skip(reason: str, n: int = 1) -> None:
        stats["skipped"][reason] = stats["skipped"].get(reason, 0) + n

    def note(acc: int, wl: WatchList, ind: Indicator, templates: dict[str, int] | None = None,
             network: str | None = None):
        m = matches.setdefault((acc, wl.source), Match(wl.producer, wl.tlp))
        if ind.campaign_name not in m.campaigns:
            m.campaigns.append(ind.campaign_name)
        m.kinds.setdefault(ind.kind, [])
        if ind.id not in m.kinds[ind.kind]:
            m.kinds[ind.kind].append(ind.id)
        m.templates.update(templates or {})
        if network:
            m.networks.add(network)

    keyed_values = _keyed_values(view, keyrows, community_key)
    templates = _template_counts(view, community_key)
    accounts = _account_hashes(view, account_key)
    addresses = None
    for wl in watchlists:
        keyed_ok = community_key is not None and (wl.community_key_id in (None, key_id(community_key)))
        for ind in wl.indicators:
            stats["indicators"] += 1
            hit = False
            if ind.kind == "network":
                if addresses is None:
                    addresses = _AddressIndex(view)
                for acc, net in addresses.match(ind.values):
                    note(acc, wl, ind, network=net)
                    hit = True
            elif ind.kind == "account":
                if account_key is None:
                    skip("account indicators (no hash key: only the producer's own key can match them)")
                    continue
                for v in ind.values:
                    for acc in accounts.get(v, ()):
                        note(acc, wl, ind)
                        hit = True
            elif not keyed_ok:
                skip("fingerprint indicators (no community key, or another community's key)")
                continue
            elif ind.kind == "template":
                per_acc: dict[int, dict[str, int]] = {}
                for fp in set(ind.values):
                    for acc, n in templates.get(fp, ()):
                        per_acc.setdefault(acc, {})[fp] = n
                for acc, fps in per_acc.items():
                    note(acc, wl, ind, templates=fps)
                    hit = True
            else:
                for v in ind.values:
                    for acc in keyed_values[ind.kind].get(v, ()):
                        note(acc, wl, ind)
                        hit = True
            stats["indicators_matched"] += int(hit)
    out: dict[str, list[Match]] = {}
    for (acc, _), m in sorted(matches.items(), key=lambda kv: kv[0]):
        out.setdefault(view.account_ids[acc], []).append(m)
    stats["accounts_matched"] = len(out)
    return out, stats


class _AddressIndex:
    """Which accounts sent requests from inside given networks (distinct addresses looked up once)."""

    def __init__(self, view):
        d = view.distinct(view.column(schema.CLIENT_ADDRESS))
        self.acc = d["a"].to_numpy()
        self.addr: list[ipaddress.IPv4Address | ipaddress.IPv6Address | None] = []
        for v in d["v"].to_pylist():
            try:
                self.addr.append(ipaddress.ip_address(v))
            except ValueError:  # hashed or garbage: cannot be placed
                self.addr.append(None)

    def match(self, networks: list[str]):
        nets = [ipaddress.ip_network(n, strict=False) for n in networks]
        by_len: dict[tuple[int, int], dict[int, str]] = {}
        for net, text in zip(nets, networks):
            by_len.setdefault((net.version, net.prefixlen), {})[int(net.network_address) >> (net.max_prefixlen - net.prefixlen)] = text
        for i, a in enumerate(self.addr):
            if a is None:
                continue
            for (version, plen), table in by_len.items():
                if a.version == version:
                    hit = table.get(int(a) >> (a.max_prefixlen - plen))
                    if hit is not None:
                        yield int(self.acc[i]), hit
                        break


def _keyed_values(view, keyrows: dict, community_key: bytes | None) -> dict[str, dict[str, set[int]]]:
    """kind -> fingerprint -> accounts holding the key it fingerprints."""
    out: dict[str, dict[str, set[int]]] = {k: {} for k in KEYED}
    if community_key is None:
        return out
    for kind, link in KEYED.items():
        rows = keyrows.get(link)
        if rows is None or not len(rows):
            continue
        keys = rows.key.cast(pa.string()).to_pylist() if not isinstance(rows.key, list) else rows.key
        cache: dict[str, str] = {}
        for acc, key in zip(np.asarray(rows.account).tolist(), keys):
            if key is None:
                continue
            fp = cache.get(key) or cache.setdefault(key, fingerprint(community_key, kind, key))
            out[kind].setdefault(fp, set()).add(int(acc))
    return out


def _template_counts(view, community_key: bytes | None) -> dict[str, list[tuple[int, int]]]:
    """template fingerprint -> [(account, requests)]."""
    col = view.signal(TEMPLATE_SIGNAL)
    if community_key is None or col is None:
        return {}
    d = view.distinct(col)
    out: dict[str, list[tuple[int, int]]] = {}
    cache: dict[str, str] = {}
    for acc, v, n in zip(d["a"].to_numpy().tolist(), d["v"].to_pylist(), d["n"].to_numpy().tolist()):
        fp = cache.get(v) or cache.setdefault(v, fingerprint(community_key, "template", v))
        out.setdefault(fp, []).append((acc, n))
    return out


def _account_hashes(view, account_key: bytes | None) -> dict[str, list[int]]:
    if account_key is None:
        return {}
    return {account_hash(account_key, a): [i] for i, a in enumerate(view.account_ids)}


# ---------------------------------------------------------------------------- risk


def apply_watchlists(base: AccountRisk, matches: dict[str, list[Match]], exchanges_per_account: dict[str, int],
                     *, target_fpr: float) -> AccountRisk:
    """A copy of `base` with watch-list evidence, raised risks and flags (module docstring)."""
    out = copy.deepcopy(base)
    index = {a: i for i, a in enumerate(out.account_ids)}
    threshold = 1.0 - target_fpr
    elevated = 1.0 - min(1.0, SINGLE_FAMILY_FPR_FACTOR * target_fpr)
    flagged = raised = 0
    for account, ms in matches.items():
        i = index.get(account)
        if i is None:
            continue
        for m in ms:
            total = int(exchanges_per_account.get(account, 0))
            if "template" in m.kinds and m.template_requests < min(MIN_TEMPLATE_REQUESTS, max(total, 1)):
                m.kinds.pop("template")
            if not m.kinds:
                continue
            families = m.families
            decisive = len(families) >= FAMILIES_TO_FLAG or "account" in m.kinds
            item = {"signal": "intel_match", "score": 1.0 if decisive else 0.5,
                    "detail": _describe(m, total), "exchange_ids": [],
                    "indicators": sorted(x for ids in m.kinds.values() for x in ids), "producer": m.producer}
            if decisive:
                if not out.flagged[i]:
                    out.flagged[i] = True
                    flagged += 1
                out.risk[i] = max(out.risk[i], threshold)
                out.evidence[i] = [item, *out.evidence[i]]
            else:
                if out.risk[i] < elevated:
                    out.risk[i] = elevated
                    raised += 1
                out.evidence[i] = [*out.evidence[i], item]
    out.stats = dict(out.stats, intel_flagged_accounts=flagged, intel_raised_accounts=raised)
    return out


def _describe(m: Match, total: int) -> str:
    parts = []
    for kind in ("template", "system_prompt", "client", "payment", "account", "network"):
        if kind not in m.kinds:
            continue
        if kind == "template":
            parts.append(f"{m.template_requests} of {total} requests on the campaigns' request templates")
        elif kind == "network":
            nets = sorted(m.networks)
            parts.append("client network " + ", ".join(nets[:3]) + (f" and {len(nets) - 3} more" if len(nets) > 3 else ""))
        else:
            parts.append(f"its {NOUN[kind]}")
    verdict = ("" if len(m.families) >= FAMILIES_TO_FLAG or "account" in m.kinds
               else " (one kind of clue: raises risk, not a case on its own)")
    names = ", ".join(f"'{c}'" for c in m.campaigns[:3]) + (f" and {len(m.campaigns) - 3} more" if len(m.campaigns) > 3 else "")
    return (f"matches campaign{'s' if len(m.campaigns) > 1 else ''} {names} shared by {m.producer} "
            f"(TLP:{m.tlp.upper()}): "
            + "; ".join(parts) + verdict)

