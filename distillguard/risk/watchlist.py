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
from distillguard.linkage.kinds.shared_template import SKELETON
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
# an indicator matched by at least this share of a scan's accounts (and this many) is reported as broad
BROAD_SHARE = 0.05
BROAD_MIN_ACCOUNTS = 50
# the link kinds whose keys are fingerprinted (kind -> linkage kind name)
KEYED = {"client": "shared_client_fingerprint", "payment": "shared_payment", "system_prompt": "shared_system_prompt"}
TEMPLATE_SIGNAL = SKELETON  # (the template detector's skeleton digest column)


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
            if is_internal(net):
                raise ValueError(f"indicator {ind.id}: network {v} is not a public network and would match "
                                 f"internal traffic of unrelated customers")
    elif ind.kind != "account":
        for v in ind.values:
            if len(v) < 16 or any(c not in "0123456789abcdef" for c in v):
                raise ValueError(f"indicator {ind.id}: {ind.kind} fingerprint {v[:40]!r} is not a keyed fingerprint")


# address space that is inside every customer's own network: a peer's indicator there would
# match unrelated customers' internal traffic (documentation ranges stay usable, for tests)
INTERNAL = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8"))


def is_internal(net) -> bool:
    return any(net.version == n.version and (net.subnet_of(n) or n.subnet_of(net)) for n in INTERNAL)


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


class WatchIndex:
    """The watch-lists' values, looked up from this provider's own values: one index for the batch
    scan (match_watchlists) and the gateway (online.scorer), so both match the same way."""

    def __init__(self, intel: Intel):
        self.intel = intel
        self.key = intel.community_key
        self.stats = {"watchlists": len(intel.watchlists), "indicators": 0, "skipped": {}}
        # fingerprint (or account hash) -> [(watch-list, indicator)], per value kind
        self.values: dict[str, dict[str, list[tuple[WatchList, Indicator]]]] = {k: {} for k in VALUE_KINDS}
        # (IP version, prefix length) -> network number -> [(watch-list, indicator, network text)]
        self.networks: dict[tuple[int, int], dict[int, list[tuple[WatchList, Indicator, str]]]] = {}
        self._fingerprints: dict[tuple[str, str], str] = {}
        for wl in intel.watchlists:
            keyed_ok = self.key is not None and wl.community_key_id in (None, key_id(self.key))
            for ind in wl.indicators:
                self.stats["indicators"] += 1
                if ind.kind == "network":
                    for text in ind.values:
                        net = ipaddress.ip_network(text, strict=False)
                        table = self.networks.setdefault((net.version, net.prefixlen), {})
                        table.setdefault(int(net.network_address) >> (net.max_prefixlen - net.prefixlen), []).append(
                            (wl, ind, text))
                elif ind.kind == "account" and intel.account_key is None:
                    self._skip("account indicators (no hash key: only the producer's own key can match them)")
                elif ind.kind not in ("network", "account") and not keyed_ok:
                    self._skip("fingerprint indicators (no community key, or another community's key)")
                else:
                    for v in ind.values:
                        self.values[ind.kind].setdefault(v, []).append((wl, ind))

    def _skip(self, reason: str) -> None:
        self.stats["skipped"][reason] = self.stats["skipped"].get(reason, 0) + 1

    def __bool__(self) -> bool:
        return bool(self.networks) or any(self.values.values())

    def keyed(self, kind: str, value: str) -> list[tuple[WatchList, Indicator]]:
        """Indicators holding the fingerprint of this provider's `value` of a keyed kind
        (client, payment, system_prompt, template)."""
        table = self.values[kind]
        if not table or self.key is None:
            return []
        fp = self._fingerprints.get((kind, value))
        if fp is None:
            if len(self._fingerprints) > 1_000_000:
                self._fingerprints.clear()
            fp = self._fingerprints[(kind, value)] = fingerprint(self.key, kind, value)
        return table.get(fp, [])

    def keyed_fingerprint(self, kind: str, value: str) -> str:
        return self._fingerprints.get((kind, value)) or fingerprint(self.key, kind, value)

    def account(self, account_id: str) -> list[tuple[WatchList, Indicator]]:
        if not self.values["account"] or self.intel.account_key is None:
            return []
        return self.values["account"].get(account_hash(self.intel.account_key, account_id), [])

    def address(self, address: str | None) -> list[tuple[WatchList, Indicator, str]]:
        """Indicators whose networks hold this client address."""
        if not self.networks or not address:
            return []
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:  # hashed or garbage: cannot be placed
            return []
        hits = []
        for (version, plen), table in self.networks.items():
            if ip.version == version:
                hits.extend(table.get(int(ip) >> (ip.max_prefixlen - plen), ()))
        return hits


class Matches:
    """Collects one provider's hits into one Match per (account, watch-list)."""

    def __init__(self):
        self.by_key: dict[tuple, Match] = {}

    def note(self, account, wl: WatchList, ind: Indicator, templates: dict[str, int] | None = None,
             network: str | None = None) -> None:
        m = self.by_key.setdefault((account, wl.source), Match(wl.producer, wl.tlp))
        if ind.campaign_name not in m.campaigns:
            m.campaigns.append(ind.campaign_name)
        ids = m.kinds.setdefault(ind.kind, [])
        if ind.id not in ids:
            ids.append(ind.id)
        m.templates.update(templates or {})
        if network:
            m.networks.add(network)


def match_watchlists(intel: Intel, view, keyrows: dict) -> tuple[dict[str, list[Match]], dict]:
    """account id -> its matches (one per watch-list), and stats of what could be matched."""
    index = WatchIndex(intel)
    found = Matches()
    for kind, link in KEYED.items():
        rows = keyrows.get(link)
        if not index.values[kind] or rows is None or not len(rows):
            continue
        keys = rows.key.cast(pa.string()).to_pylist() if not isinstance(rows.key, list) else rows.key
        for acc, key in zip(np.asarray(rows.account).tolist(), keys):
            for wl, ind in (index.keyed(kind, key) if key is not None else ()):
                found.note(acc, wl, ind)
    skeletons = view.signal(TEMPLATE_SIGNAL)
    if index.values["template"] and skeletons is not None:
        d = view.distinct(skeletons)
        for acc, v, n in zip(d["a"].to_numpy().tolist(), d["v"].to_pylist(), d["n"].to_numpy().tolist()):
            for wl, ind in index.keyed("template", v):
                found.note(acc, wl, ind, templates={index.keyed_fingerprint("template", v): n})
    if index.networks:
        d = view.distinct(view.column(schema.CLIENT_ADDRESS))
        for acc, v in zip(d["a"].to_numpy().tolist(), d["v"].to_pylist()):
            for wl, ind, net in index.address(v):
                found.note(acc, wl, ind, network=net)
    if index.values["account"]:
        for acc, account_id in enumerate(view.account_ids):
            for wl, ind in index.account(account_id):
                found.note(acc, wl, ind)
    out: dict[str, list[Match]] = {}
    for (acc, _), m in sorted(found.by_key.items(), key=lambda kv: kv[0]):
        out.setdefault(view.account_ids[acc], []).append(m)
    holders: dict[str, int] = {}
    for ms in out.values():
        for i in {i for m in ms for ids in m.kinds.values() for i in ids}:
            holders[i] = holders.get(i, 0) + 1
    stats = dict(index.stats, indicators_matched=len(holders), accounts_matched=len(out))
    # An indicator that a large share of this provider's accounts match is not one operator's: a
    # peer's mistake or a poisoned bundle (a stock SDK build, a big ISP's range). It still counts
    # (a fleet can be a large share of a small log), but the scan says so, naming it.
    broad = max(BROAD_MIN_ACCOUNTS, BROAD_SHARE * len(view.account_ids))
    stats["broad_indicators"] = sorted(i for i, n in holders.items() if n >= broad)
    return out, stats


# ---------------------------------------------------------------------------- risk


def judge(m: Match, total: int) -> tuple[bool, dict] | None:
    """(decisive, evidence item) of one account's match, `total` its exchanges; None when nothing
    counts (templates on too few requests). The rule of the module docstring, for batch and online."""
    kinds = dict(m.kinds)
    if "template" in kinds and m.template_requests < min(MIN_TEMPLATE_REQUESTS, max(total, 1)):
        kinds.pop("template")
    if not kinds:
        return None
    m = Match(m.producer, m.tlp, m.campaigns, kinds, m.templates, m.networks)
    decisive = len(m.families) >= FAMILIES_TO_FLAG or "account" in kinds
    return decisive, {"signal": "intel_match", "score": 1.0 if decisive else 0.5, "detail": _describe(m, total),
                      "exchange_ids": [], "indicators": sorted(x for ids in kinds.values() for x in ids),
                      "producer": m.producer}


def elevated_risk(target_fpr: float) -> float:
    """Where one family of clues leaves an account: the risk of the 10x-looser operating point."""
    return 1.0 - min(1.0, SINGLE_FAMILY_FPR_FACTOR * target_fpr)


def apply_watchlists(base: AccountRisk, matches: dict[str, list[Match]], exchanges_per_account: dict[str, int],
                     *, target_fpr: float) -> AccountRisk:
    """A copy of `base` with watch-list evidence, raised risks and flags (module docstring)."""
    out = copy.deepcopy(base)
    index = {a: i for i, a in enumerate(out.account_ids)}
    threshold, elevated = 1.0 - target_fpr, elevated_risk(target_fpr)
    flagged = raised = 0
    for account, ms in matches.items():
        i = index.get(account)
        if i is None:
            continue
        for m in ms:
            judged = judge(m, int(exchanges_per_account.get(account, 0)))
            if judged is None:
                continue
            decisive, item = judged
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

