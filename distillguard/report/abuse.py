"""Abuse reports to the networks a distillation campaign's traffic came from (X-ARF and plain text).

A hosting provider's abuse desk can act on a customer's server only if it is told which of its
addresses did what, when, and who to answer. This module turns the `indicators.addresses` of the
campaigns in a verdicts document into one report per network operator (addresses grouped by their
network name; addresses without one grouped per country as "unknown network (CC)"):

- `<slug>.txt`: every address of the network in one plain-text report, to paste into a web form
  or one e-mail (what most desks ask of a person);
- `<slug>_<address>.eml`: one X-ARF v0.2 message per address (RFC 5322, multipart/mixed: a human
  part, `report.txt` in YAML, the evidence). X-ARF carries exactly one `Source` per report, and
  the desks that read X-ARF automatically (AbuseIO and the like) open one ticket per `Source`: a
  list of addresses in the evidence part would be read by a person but acted on for one address
  only. So each address gets its own message, and the human part says how many other addresses
  of the same network were seen in the same activity (the .txt lists them all);
- `index.json`: one entry per network report, and what was skipped and why.

Choices, and why:
- Only hosting / datacenter networks are reported by default: a server's operator can be asked
  to stop it. Residential and mobile addresses (`include_residential`) are most often exits of a
  rotating residential proxy, whose subscriber is not the actor; their reports say so. Private,
  unknown-class and keyed-hash addresses (`hmac-sha256:...`, privacy mode) are never reported,
  only counted.
- X-ARF fields: the published schema closest to this activity is the fraud schema (`Category:
  fraud`, `Report-Type: other`): many accounts opened to evade a provider's limits and terms, run
  together to harvest a model's outputs. `Service: https` (the API); no `Port` (the log does not
  record one, though a strict validator of that schema asks for it). `Date` is when the address was first seen; `Occurrences` its requests.
- What a report says is limited to what the desk needs: the campaign id as a reference, the
  campaign's size in flagged accounts, risk, request counts, time ranges (UTC, ISO 8601), targets
  and the names of its evidence signals in plain words. Never an evidence detail (it can quote
  words of prompts), an account id, a prompt or response, payment or key data, and nothing about
  accounts that were not flagged.
- The output is the same bytes for the same verdicts and options: sorted, no "now" anywhere (the
  messages carry no Date or Message-ID header: the sending agent stamps those), MIME boundaries
  and Report-IDs derived from the content. Files are written to a temporary name and renamed.
- An output directory that holds anything is refused unless `force`: a batch that sends every
  .eml of a directory must not send a stale report left by an earlier run. With `force`, the
  files the earlier run's index.json lists are replaced or removed, and nothing else is touched.
"""

from __future__ import annotations

import email.policy
import hashlib
import ipaddress
import os
import re
import tempfile
import textwrap
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

import orjson
import yaml

from distillguard import __version__
from distillguard.errors import DistillguardError, UsageError

INDEX_KIND = "distillguard.abuse_reports"
INDEX_VERSION = 1
XARF_VERSION = "0.2"
XARF_CATEGORY = "fraud"
XARF_REPORT_TYPE = "other"
XARF_SCHEMA_URL = "http://www.x-arf.org/schema/fraud_0.1.4.json"
XARF_SERVICE = "https"
# Reply address used when none is given: a reserved domain (RFC 2606), so that a report sent by
# mistake before it was filled in bounces instead of reaching a stranger.
PLACEHOLDER_CONTACT = "abuse-reports@example.invalid"
WIDTH = 76

DATACENTER, RESIDENTIAL, MOBILE, PRIVATE, UNKNOWN = "datacenter", "residential", "mobile", "private", "unknown"
ACCESS_CLASSES = (RESIDENTIAL, MOBILE)  # reported only with include_residential
# Addresses no abuse desk can act on, whatever class the verdicts give them.
_NOT_ROUTED = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8"))

SKIP_REASONS = {
    "hashed": "keyed hashes of addresses (the log was read in privacy mode): they cannot be reported",
    "invalid": "not an IP address",
    "private": "private or non-routable addresses: no network to report them to",
    "unknown_class": "network class unknown (no GeoIP record): never reported",
    "residential": "residential access networks: reported only with --include-residential",
    "mobile": "mobile access networks: reported only with --include-residential",
    "below_min_exchanges": "fewer requests than --min-exchanges",
}

# Evidence signal names in plain words. Payment signals are left out (no payment data in an
# abuse report); a signal not listed here is shown by its name when the name is a plain identifier.
SIGNAL_WORDS = {
    "collective_evidence": "the group's pooled traffic asks for the kind of outputs used to train another model",
    "member_risk": "members flagged on their own traffic",
    "shared_ip": "the group's accounts sending from the same IP addresses",
    "shared_network": "the group's accounts sending from the same networks",
    "shared_hosting_network": "the group's accounts sending from the same hosting network",
    "shared_template": "prompts built from the same templates",
    "shared_system_prompt": "the same system prompt",
    "shared_client_fingerprint": "the same client software and request parameters",
    "complementary_sweep": "disjoint slices of the same public dataset, as if split between workers",
    "synchronized_activity": "activity starting, stopping and bursting together",
    "creation_burst": "accounts created in one sign-up burst",
    "signup_burst": "accounts created in one sign-up burst",
    "partitioned_sweep": "one public dataset split between accounts of one operator artifact, or between accounts sharing only their draws of it",
    "harvest_fleet": "accounts of one operator artifact asking for public-dataset items and little else",
    "item_queue": "linked accounts handed the items of one public dataset from one queue",
    "same_program": "parts with no link between them running one program (the same mix of models, capabilities, languages and requests)",
    "thin_fleet": "many more small fresh accounts asking mostly for training outputs than ordinary traffic holds",
    "kin_fleet": "accounts flagged one by one whose prompts come from one pool of templates no one else uses",
    "program_fleet": "accounts flagged one by one, tied by no key, that run one program (the same mix of models, capabilities, languages and requests)",
    "relay_front": "relay accounts opened under many organisations, paying and sending from one operator's cards and gateways, that relay a campaign's end users",
    "model_pivot": "moving together to a newly released model",
    "relay_extraction": "extraction traffic relayed for many end users",
    "relay_own_traffic": "a relay's own requests, naming no end user, asking for training outputs",
    "cot_elicitation": "requests for step-by-step reasoning",
    "logprob_harvest": "requests for token probabilities",
    "soft_label_harvest": "requests for token distributions over whole answers (soft labels)",
    "output_length_max": "requests for the longest possible outputs",
    "dataset_match": "prompts taken from known datasets",
    "extraction_intent": "prompts asking for outputs to train another model",
    "rubric_grading": "requests to grade answers against rubrics",
    "synthetic_data": "requests to generate synthetic training data",
    "identity_probe": "probing of the model's identity",
    "system_prompt_extraction": "attempts to extract the system prompt",
}
MAX_GROUNDS = 6  # signal names quoted per campaign (the strongest: evidence comes sorted by score)
_PAYMENT_SIGNAL = re.compile(r"payment|card|billing", re.I)
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,40}")
_CONTACT = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+")


@dataclass(frozen=True)
class Reporter:
    """Who sends the reports: fills From / Reply-To, `Reported-From` and "Reported by"."""

    name: str | None = None
    contact: str | None = None

    def __post_init__(self) -> None:
        if self.contact is not None and not _CONTACT.fullmatch(self.contact):
            raise UsageError(f"--contact {self.contact!r} is not an e-mail address")
        if self.name is not None and not _clean(self.name):
            raise UsageError("--reporter must not be empty")

    @property
    def address(self) -> str:
        return self.contact or PLACEHOLDER_CONTACT

    @property
    def signature(self) -> str:
        name = _clean(self.name) if self.name else "the operator of the API"
        return f"{name} <{self.address}>"


@dataclass(frozen=True)
class CampaignSummary:
    """What a report may say about one campaign (no account ids, no evidence details)."""

    campaign_id: str
    accounts: int  # flagged accounts in the campaign
    risk: float
    exchanges: int
    first_seen: str
    last_seen: str
    targets: tuple[str, ...]
    grounds: tuple[str, ...]  # evidence signal names in plain words

    def sentence(self) -> str:
        group = f"{self.accounts:,} account" + ("" if self.accounts == 1 else "s")
        text = (f"automated harvesting of a language model's outputs through its API by a coordinated group of "
                f"{group} judged to be running an unauthorized model-distillation campaign (risk {self.risk:.2f}); "
                f"{self.exchanges:,} requests between {self.first_seen} and {self.last_seen} UTC")
        if self.targets:
            text += "; targets: " + ", ".join(self.targets)
        if self.grounds:
            text += "; signs: " + "; ".join(self.grounds)
        return text


@dataclass
class CampaignShare:
    """What one campaign sent from one address."""

    accounts: int
    exchanges: int
    first_seen: datetime
    last_seen: datetime


@dataclass
class AddressActivity:
    """One reportable address, over the selected campaigns."""

    address: str
    network: str | None  # its /24 or /48, when not hashed
    network_name: str
    net_class: str
    country: str
    per_campaign: dict[str, CampaignShare] = field(default_factory=dict)

    @property
    def exchanges(self) -> int:
        return sum(s.exchanges for s in self.per_campaign.values())

    @property
    def accounts(self) -> int:  # campaigns' accounts are disjoint: the sum counts each once
        return sum(s.accounts for s in self.per_campaign.values())

    @property
    def first_seen(self) -> datetime:
        return min(s.first_seen for s in self.per_campaign.values())

    @property
    def last_seen(self) -> datetime:
        return max(s.last_seen for s in self.per_campaign.values())

    @property
    def version(self) -> int:
        return ipaddress.ip_address(self.address).version

    def sort_key(self):
        ip = ipaddress.ip_address(self.address)
        return ip.version, int(ip)


@dataclass
class NetworkReport:
    """The report to one network operator: its addresses, and the campaigns they served."""

    name: str
    slug: str
    addresses: list[AddressActivity]
    campaigns: list[CampaignSummary]

    @property
    def net_class(self) -> str:
        return "+".join(sorted({a.net_class for a in self.addresses}))

    @property
    def countries(self) -> list[str]:
        return sorted({a.country for a in self.addresses})

    @property
    def exchanges(self) -> int:
        return sum(a.exchanges for a in self.addresses)

    @property
    def first_seen(self) -> str:
        return _iso(min(a.first_seen for a in self.addresses))

    @property
    def last_seen(self) -> str:
        return _iso(max(a.last_seen for a in self.addresses))

    @property
    def access_network(self) -> bool:
        return any(a.net_class in ACCESS_CLASSES for a in self.addresses)

    def text_file(self) -> str:
        return f"{self.slug}.txt"

    def xarf_file(self, address: AddressActivity) -> str:
        return f"{self.slug}_{address.address.replace(':', '-')}.eml"


@dataclass
class AbuseReports:
    reports: list[NetworkReport]
    skipped: dict[str, int]  # reason -> distinct addresses
    campaigns: list[str]  # the campaigns read
    campaigns_without_flagged: list[str]  # campaigns with no flagged account: nothing to report


# --- building ---------------------------------------------------------------------------------------
def build_abuse_reports(verdicts: dict, *, include_residential: bool = False, campaign_ids=None,
                        min_exchanges: int = 1) -> AbuseReports:
    """The reports to write, from a verdicts document whose campaigns carry `indicators`."""
    campaigns = [c for c in verdicts.get("campaigns") or [] if isinstance(c, dict)]
    if campaign_ids:
        wanted, known = set(campaign_ids), {c.get("campaign_id") for c in campaigns}
        missing = sorted(wanted - known)
        if missing:
            listed = ", ".join(sorted(str(k) for k in known)[:10]) or "none"
            raise DistillguardError(f"no campaign {', '.join(missing)} in the verdicts (campaigns: {listed})")
        campaigns = [c for c in campaigns if c.get("campaign_id") in wanted]
    without = sorted(str(c.get("campaign_id")) for c in campaigns if not isinstance(c.get("indicators"), dict))
    if without:
        raise DistillguardError(
            f"the verdicts were written by a scan without campaign indicators (campaign {without[0]} has none): "
            "rescan the log with the current version of distillguard to report abuse")
    campaigns.sort(key=lambda c: str(c.get("campaign_id")))
    flagged = {a["account_id"] for a in verdicts.get("accounts") or [] if a.get("flagged")}

    summaries: dict[str, CampaignSummary] = {}
    no_flagged: list[str] = []
    activity: dict[str, AddressActivity] = {}
    skipped_addresses: dict[str, set[str]] = {reason: set() for reason in SKIP_REASONS}
    for c in campaigns:
        cid = _clean(str(c.get("campaign_id")))
        n_flagged = sum(1 for a in c.get("account_ids") or [] if a in flagged)
        if not n_flagged:  # (its indicators count flagged members only: there is nothing to say)
            no_flagged.append(cid)
            continue
        summaries[cid] = _summary(c, cid, n_flagged)
        addresses = c["indicators"].get("addresses") or []
        if not isinstance(addresses, list):
            raise DistillguardError(f"campaign {cid}: indicators.addresses must be a list")
        for i, item in enumerate(addresses):
            _add_address(item, cid, f"campaign {cid}: indicators.addresses[{i}]", include_residential,
                         activity, skipped_addresses)
    for addr in [a for a in activity.values() if a.exchanges < min_exchanges]:
        skipped_addresses["below_min_exchanges"].add(addr.address)
        del activity[addr.address]

    groups: dict[str, list[AddressActivity]] = {}
    for a in activity.values():
        name = a.network_name or f"unknown network ({a.country if a.country != '--' else 'unknown country'})"
        groups.setdefault(name, []).append(a)
    reports, slugs = [], set()
    for name in sorted(groups, key=lambda n: (n.casefold(), n)):
        addresses = sorted(groups[name], key=AddressActivity.sort_key)
        used = sorted({cid for a in addresses for cid in a.per_campaign})
        reports.append(NetworkReport(name, _unique_slug(name, slugs), addresses, [summaries[cid] for cid in used]))
    return AbuseReports(reports, {k: len(v) for k, v in skipped_addresses.items()},
                        [str(c.get("campaign_id")) for c in campaigns], no_flagged)


def _summary(c: dict, cid: str, n_flagged: int) -> CampaignSummary:
    grounds = []
    for e in c.get("evidence") or []:
        words = _signal_words(e.get("signal") if isinstance(e, dict) else None)
        if words and words not in grounds and len(grounds) < MAX_GROUNDS:
            grounds.append(words)
    targets = tuple(t for t in (_clean(str(t))[:60] for t in c.get("targets") or []) if t)
    return CampaignSummary(cid, n_flagged, _risk(c.get("risk"), f"campaign {cid}: risk"),
                           _count(c.get("exchanges"), f"campaign {cid}: exchanges"),
                           _iso(_time(c.get("first_seen"), f"campaign {cid}: first_seen")),
                           _iso(_time(c.get("last_seen"), f"campaign {cid}: last_seen")), targets, tuple(grounds))


def _signal_words(signal: object) -> str | None:
    if not isinstance(signal, str) or _PAYMENT_SIGNAL.search(signal):
        return None
    if signal in SIGNAL_WORDS:
        return SIGNAL_WORDS[signal]
    # an unknown signal is shown by its name only when that is a plain identifier (never free text)
    return signal.replace("_", " ") if _IDENTIFIER.fullmatch(signal) else None


def _add_address(item: object, cid: str, where: str, include_residential: bool,
                 activity: dict[str, AddressActivity], skipped: dict[str, set[str]]) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("address"), str):
        raise DistillguardError(f"{where} must be an object with an 'address'")
    raw = item["address"].strip()
    if raw.startswith("hmac-"):
        skipped["hashed"].add(raw)
        return
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError:
        skipped["invalid"].add(raw)
        return
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    address = ip.compressed
    if address in activity:  # (placed already, by an earlier campaign)
        net_class = activity[address].net_class
    else:
        net_class = str(item.get("net_class") or UNKNOWN)
        if net_class == PRIVATE or any(ip in net for net in _NOT_ROUTED if net.version == ip.version):
            skipped["private"].add(address)
            return
        if net_class in ACCESS_CLASSES and not include_residential:
            skipped[net_class].add(address)
            return
        if net_class != DATACENTER and net_class not in ACCESS_CLASSES:
            skipped["unknown_class"].add(address)
            return
    exchanges = _count(item.get("exchanges"), f"{where}.exchanges")
    accounts = _count(item.get("accounts"), f"{where}.accounts")
    first = _time(item.get("first_seen"), f"{where}.first_seen")
    last = _time(item.get("last_seen"), f"{where}.last_seen")
    a = activity.get(address)
    if a is None:
        a = activity[address] = AddressActivity(
            address, _network(item.get("network")), _clean(str(item.get("network_name") or "")), net_class,
            _country(item.get("country")))
    had = a.per_campaign.get(cid)
    if had is None:
        a.per_campaign[cid] = CampaignShare(accounts, exchanges, first, last)
    else:  # (listed twice in one campaign: add up)
        had.accounts, had.exchanges = had.accounts + accounts, had.exchanges + exchanges
        had.first_seen, had.last_seen = min(had.first_seen, first), max(had.last_seen, last)


def _count(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DistillguardError(f"{where} must be a count, got {value!r}")
    return value


def _risk(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise DistillguardError(f"{where} must be a number in [0, 1], got {value!r}")
    return float(value)


def _time(value: object, where: str) -> datetime:
    try:
        t = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise DistillguardError(f"{where} must be an RFC 3339 time, got {value!r}") from None
    return (t if t.tzinfo else t.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _network(value: object) -> str | None:
    try:  # a hashed network (privacy mode) says nothing to the desk
        return ipaddress.ip_network(str(value), strict=False).compressed if value else None
    except ValueError:
        return None


def _country(value: object) -> str:
    code = str(value or "--").strip().upper()
    return code if re.fullmatch(r"[A-Z]{2}", code) else "--"


def _clean(text: str) -> str:
    """One line of printable text: names end up in mail headers and tables."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _unique_slug(name: str, used: set[str]) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-") or "network"
    slug, n = base, 1
    while slug in used:
        n += 1
        slug = f"{base}-{n}"
    used.add(slug)
    return slug


# --- rendering --------------------------------------------------------------------------------------
def _wrap(text: str, indent: str = "", hang: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + hang,
                         break_on_hyphens=False, break_long_words=False)


def _class_words(report: NetworkReport) -> str:
    words = {DATACENTER: "hosting / datacenter", RESIDENTIAL: "residential access", MOBILE: "mobile access"}
    return " and ".join(words.get(c, c) for c in report.net_class.split("+")) + " network"


def _where(report: NetworkReport) -> str:
    countries = [c for c in report.countries if c != "--"]
    return f"{_class_words(report)}" + (f", addresses in {', '.join(countries)}" if countries else "")


def _observed(report: NetworkReport) -> list[str]:
    lines = []
    for c in report.campaigns:
        mine = [a for a in report.addresses if c.campaign_id in a.per_campaign]
        n = sum(a.per_campaign[c.campaign_id].exchanges for a in mine)
        lines.append(_wrap(f"- Reference {c.campaign_id}: {c.sentence()}.", hang="  "))
        lines.append(_wrap(f"From your network: {n:,} of these requests, from {len(mine):,} "
                           f"address{'' if len(mine) == 1 else 'es'}.", indent="  "))
    return lines


def _access_note(report: NetworkReport, one: bool = False) -> list[str]:
    these, belong = ("This address", "belongs") if one else ("These addresses", "belong")
    if not report.access_network:
        return [_wrap(f"{these} {belong} to a hosting / datacenter network: the requests came from servers, "
                      "proxies or VPN endpoints run on your infrastructure.")]
    exits = "an exit" if one else "exits"
    return [_wrap(f"{these} {belong} to a residential or mobile access network, and {'is' if one else 'are'} "
                  f"likely {exits} of a rotating residential or mobile proxy service: the subscriber of the line "
                  "may not be the actor, and may not know that the connection is being used.")]


def _ask(reporter: Reporter, report: NetworkReport) -> list[str]:
    ids = [c.campaign_id for c in report.campaigns]
    refs = f"reference {ids[0]}" if len(ids) == 1 else f"references {', '.join(ids[:-1])} and {ids[-1]}"
    return [
        _wrap("Please investigate this activity and take the action your acceptable-use policy provides for. "
              f"If you need more information, reply to {reporter.address} quoting the {refs}."),
        "",
        _wrap("This report contains no content of the requests and no data about our customers."),
        "",
        f"Reported by {reporter.signature}",
        f"Generated by distillguard {__version__} from its scan of our API logs; times are UTC.",
    ]


def _address_table(addresses: list[AddressActivity]) -> list[str]:
    rows = [("address", "network", "country", "first seen", "last seen", "requests", "accounts", "reference")]
    for a in addresses:
        rows.append((a.address, a.network or "-", a.country if a.country != "--" else "-", _iso(a.first_seen),
                     _iso(a.last_seen), f"{a.exchanges:,}", f"{a.accounts:,}", ", ".join(sorted(a.per_campaign))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {5, 6}
    return ["  ".join(v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(r, widths))).rstrip()
            for r in rows]


def text_subject(report: NetworkReport) -> str:
    n = len(report.addresses)
    return (f"Abuse report: automated harvesting of a language model's API from {report.name} "
            f"({n:,} address{'' if n == 1 else 'es'})")


def render_text(report: NetworkReport, reporter: Reporter) -> str:
    """The network's report as plain text: every address, for a web form or one e-mail."""
    n = len(report.addresses)
    lines = [
        text_subject(report),
        "",
        _wrap(f"To the abuse team of {report.name} ({_where(report)}),"),
        "",
        _wrap(f"We operate a language-model API. Between {report.first_seen} and {report.last_seen} UTC, "
              f"{n:,} address{'' if n == 1 else 'es'} of your network sent {report.exchanges:,} requests to it as "
              "part of the activity described below."),
        "",
        "What was observed",
        *_observed(report),
        "",
        *_access_note(report),
        "",
        f"Addresses ({n:,}; requests and accounts are those of the activity above)",
        *_address_table(report.addresses),
        "",
        *_ask(reporter, report),
    ]
    return "\n".join(lines) + "\n"


def _report_id(reporter: Reporter, report: NetworkReport, address: AddressActivity) -> str:
    # stable across reruns, so a desk can recognise a report sent twice
    basis = "|".join([address.address, _iso(address.first_seen), *sorted(address.per_campaign)])
    digest = hashlib.sha256(basis.encode()).hexdigest()[:24]
    return f"{digest}@{reporter.address.rsplit('@', 1)[1]}"


def xarf_fields(reporter: Reporter, report: NetworkReport, address: AddressActivity) -> list[tuple[str, object]]:
    """The machine-readable part (X-ARF v0.2 `report.txt`), in the order X-ARF examples use."""
    return [
        ("Reported-From", reporter.address),
        ("Category", XARF_CATEGORY),
        ("Report-Type", XARF_REPORT_TYPE),
        ("Service", XARF_SERVICE),
        ("Version", XARF_VERSION),
        ("User-Agent", f"distillguard/{__version__}"),
        ("Date", _iso(address.first_seen)),
        ("Source-Type", f"ipv{address.version}"),
        ("Source", address.address),
        ("Report-ID", _report_id(reporter, report, address)),
        ("Occurrences", address.exchanges),
        ("Attachment", "text/plain"),
        ("Schema-URL", XARF_SCHEMA_URL),
    ]


def _yaml_line(key: str, value: object) -> str:
    text = str(value)
    if key in ("Date", "Version", "Occurrences"):
        return f"{key}: {text}"  # typed on purpose (a timestamp, a number)
    # plain when YAML reads it back as the same string (most parsers of X-ARF split "Key: value"
    # lines), quoted when it would not (an IPv6 address of digits reads as a base-60 integer)
    plain = yaml.safe_load(f"v: {text}")
    return f"{key}: {text}" if plain == {"v": text} else f"{key}: '{text.replace(chr(39), chr(39) * 2)}'"


def render_xarf_yaml(reporter: Reporter, report: NetworkReport, address: AddressActivity) -> str:
    return "\n".join(_yaml_line(k, v) for k, v in xarf_fields(reporter, report, address)) + "\n"


def render_evidence(report: NetworkReport, address: AddressActivity) -> str:
    """The evidence part: the address, its time range and counts, per campaign."""
    lines = [_wrap(f"Requests from {address.address} ({address.network or 'network not known'}, {report.name}) to "
                   "our language-model API, as counted by distillguard. Times are UTC."), ""]
    rows = [("reference", "first seen", "last seen", "requests", "accounts")]
    for cid in sorted(address.per_campaign):
        share = address.per_campaign[cid]
        rows.append((cid, _iso(share.first_seen), _iso(share.last_seen), f"{share.exchanges:,}", f"{share.accounts:,}"))
    if len(rows) > 2:
        rows.append(("all", _iso(address.first_seen), _iso(address.last_seen), f"{address.exchanges:,}",
                     f"{address.accounts:,}"))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines += ["  ".join(v.rjust(w) if i >= 3 else v.ljust(w) for i, (v, w) in enumerate(zip(r, widths))).rstrip()
              for r in rows]
    return "\n".join(lines) + "\n"


def render_xarf(report: NetworkReport, address: AddressActivity, reporter: Reporter) -> EmailMessage:
    """One X-ARF v0.2 message about one address: human part, report.txt (YAML), evidence."""
    others = len(report.addresses) - 1
    human = [
        _wrap(f"To the abuse team of {report.name} ({_where(report)}),"),
        "",
        _wrap(f"We operate a language-model API. Between {_iso(address.first_seen)} and {_iso(address.last_seen)} "
              f"UTC, the address {address.address} sent {address.exchanges:,} requests to it as part of the activity "
              "described below."),
        "",
        "What was observed",
        *_observed(NetworkReport(report.name, report.slug, [address],
                                 [c for c in report.campaigns if c.campaign_id in address.per_campaign])),
        "",
        *_access_note(report, one=True),
    ]
    if others:
        human += ["", _wrap(f"{others:,} other address{'' if others == 1 else 'es'} of your network took part in the "
                            "same activity; each is the subject of its own report.")]
    human += ["", _wrap("The machine-readable report (X-ARF) is attached as report.txt, the evidence as "
                        "evidence.txt."), "", *_ask(reporter, report)]
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = formataddr((_clean(reporter.name) if reporter.name else "", reporter.address))
    msg["Reply-To"] = reporter.address
    msg["Subject"] = f"abuse report about {address.address} - {_iso(address.first_seen)}"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-ARF"] = "YES"
    msg.set_content("\n".join(human) + "\n")
    msg.add_attachment(render_xarf_yaml(reporter, report, address), subtype="plain", filename="report.txt",
                       disposition="inline")
    msg.add_attachment(render_evidence(report, address), subtype="plain", filename="evidence.txt",
                       disposition="inline")
    for part, name in zip(list(msg.iter_parts())[1:], ("report.txt", "evidence.txt")):
        part.set_param("name", name)  # (X-ARF names the part in its Content-Type)
    # a boundary from the content, not from random: the same verdicts give the same bytes
    body = b"".join(p.as_bytes() for p in msg.iter_parts())
    msg.set_boundary("distillguard-" + hashlib.sha256(body).hexdigest()[:32])
    return msg


# --- writing ----------------------------------------------------------------------------------------
def index_document(result: AbuseReports, *, include_residential: bool, min_exchanges: int) -> dict:
    return {
        "kind": INDEX_KIND,
        "version": INDEX_VERSION,
        "generator": f"distillguard/{__version__}",
        "campaigns": result.campaigns,
        "options": {"include_residential": include_residential, "min_exchanges": min_exchanges},
        "reports": [{
            "network_name": r.name,
            "net_class": r.net_class,
            "countries": r.countries,
            "addresses": [a.address for a in r.addresses],
            "exchanges": r.exchanges,
            "first_seen": r.first_seen,
            "last_seen": r.last_seen,
            "campaigns": [c.campaign_id for c in r.campaigns],
            "files": {"text": r.text_file(), "xarf": [r.xarf_file(a) for a in r.addresses]},
        } for r in result.reports],
        "skipped": result.skipped,
        "skipped_reasons": SKIP_REASONS,
        "campaigns_without_flagged_accounts": result.campaigns_without_flagged,
    }


def render_all(result: AbuseReports, reporter: Reporter, *, include_residential: bool = False,
               min_exchanges: int = 1) -> dict[str, bytes]:
    """File name -> content, every file of the report set (index.json included)."""
    files: dict[str, bytes] = {}
    for r in result.reports:
        files[r.text_file()] = render_text(r, reporter).encode()
        for a in r.addresses:
            files[r.xarf_file(a)] = render_xarf(r, a, reporter).as_bytes()
    index = index_document(result, include_residential=include_residential, min_exchanges=min_exchanges)
    files["index.json"] = orjson.dumps(index, option=orjson.OPT_INDENT_2) + b"\n"
    return files


def write_abuse_reports(files: dict[str, bytes], out_dir: str | Path, *, force: bool = False) -> Path:
    """Write a rendered report set into `out_dir` (created if missing). A directory that holds
    anything is refused unless `force`; then the files a previous report set listed in its
    index.json and this one does not write are removed (a stale .eml must not be sent), and any
    other file is left alone. Each file is written to a temporary name and renamed; index.json last."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise DistillguardError(f"--out {out_dir} exists and is not a directory")
    stale: list[str] = []
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise DistillguardError(f"--out {out_dir} is not empty: choose an empty or new directory, or --force "
                                    "to replace a previous report set there")
        stale = [n for n in _listed_files(out / "index.json") if n not in files]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DistillguardError(f"--out {out_dir}: cannot create the directory ({exc.strerror or exc})") from None
    for name in sorted(n for n in files if n != "index.json") + ["index.json"]:
        _write_atomic(out / name, files[name])
    for name in stale:
        (out / name).unlink(missing_ok=True)
    return out


def _listed_files(index_path: Path) -> list[str]:
    """The files a previous report set's index.json lists (plain names only: nothing outside DIR)."""
    try:
        doc = orjson.loads(index_path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return []
    if not isinstance(doc, dict) or doc.get("kind") != INDEX_KIND:
        return []
    names = []
    for r in doc.get("reports") or []:
        files = r.get("files") if isinstance(r, dict) else None
        if isinstance(files, dict):
            names += [files.get("text")] + list(files.get("xarf") or [])
    return [n for n in names if isinstance(n, str) and n and n == os.path.basename(n) and n not in (".", "..")]


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o644)  # (mkstemp makes 0600: these are ordinary report files)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
