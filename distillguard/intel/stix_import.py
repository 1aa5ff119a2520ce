"""A peer's STIX 2.1 bundle, validated, as a watch-list that scan reads (risk.watchlist).

A bundle comes from outside and is treated as hostile until checked: its size and object count
are bounded, every object must parse with the stix2 library, every STIX pattern must pass the
stix2-patterns validator, and an indicator that would match far too much (a network broader
than a /16, a wildcard over our fingerprint types, an empty value) rejects the whole bundle with
one line saying which indicator and why. Nothing is written unless all of it passes.

Indicators we can match are the patterns `intel.stix_export` writes: comparisons joined by OR
inside one observation, on `ipv4-addr:value` / `ipv6-addr:value` (= an address, ISSUBSET a
range), `user-account:user_id`, and the `x-distillguard-*:fingerprint` types. Others (domain
names, file hashes...) are valid STIX we have no traffic for: skipped and counted.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import datetime, timezone
from pathlib import Path

import orjson
import stix2
from stix2patterns.validator import run_validator

from distillguard.errors import DistillguardError
from distillguard.risk.watchlist import Indicator, WatchList, check_indicator, write_watchlist

MAX_BUNDLE_BYTES = 64 << 20
MAX_OBJECTS = 200_000
MAX_VALUES_PER_INDICATOR = 10_000
TLP_NAMES = {stix2.TLP_WHITE.id: "clear", stix2.TLP_GREEN.id: "green", stix2.TLP_AMBER.id: "amber",
             stix2.TLP_RED.id: "red"}
PATH_KIND = {
    "ipv4-addr:value": "network", "ipv6-addr:value": "network", "user-account:user_id": "account",
    "x-distillguard-template:fingerprint": "template", "x-distillguard-system-prompt:fingerprint": "system_prompt",
    "x-distillguard-client:fingerprint": "client", "x-distillguard-payment:fingerprint": "payment",
}
# properties read from a peer's objects that must be strings, or lists of strings (_check_types)
STRING_PROPERTIES = ("spec_version", "name", "description", "pattern", "pattern_type", "pattern_version",
                     "created_by_ref", "relationship_type", "source_ref", "target_ref", "sighting_of_ref",
                     "created", "modified", "valid_from", "valid_until", "first_seen", "last_seen")
LIST_PROPERTIES = ("object_marking_refs", "indicator_types", "where_sighted_refs")
_COMPARISON = re.compile(r"^(?P<path>[a-z0-9-]+:[a-z_.]+)\s+(?P<op>=|ISSUBSET|LIKE|MATCHES|IN)\s+(?P<value>'(?:[^'\\]|\\.)*')$")


def load_bundle(path: str | Path) -> dict:
    """The bundle file as a dict, bounded in size and shape (one-line errors)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise DistillguardError(f"{path} is {size >> 20} MB: bundles over {MAX_BUNDLE_BYTES >> 20} MB are refused")
        raw = path.read_bytes()  # (a directory, a file without read permission: one line, not a traceback)
    except OSError as exc:
        raise DistillguardError(f"cannot read bundle {path}: {exc.strerror}") from exc
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise DistillguardError(f"{path} is not JSON: {exc}") from exc
    return doc


def bundle_to_watchlist(doc: object, *, source_name: str = "bundle") -> tuple[WatchList, dict]:
    """(watch-list, counts of what was kept and skipped); DistillguardError if the bundle is refused."""
    if not isinstance(doc, dict) or doc.get("type") != "bundle" or not isinstance(doc.get("objects"), list):
        raise DistillguardError(f"{source_name} is not a STIX 2.1 bundle (a JSON object of type 'bundle' with 'objects')")
    if len(doc["objects"]) > MAX_OBJECTS:
        raise DistillguardError(f"{source_name} holds {len(doc['objects']):,} objects: more than {MAX_OBJECTS:,} are refused")
    _check_types(doc["objects"], source_name)
    try:
        parsed = stix2.parse(doc, allow_custom=True)
    except Exception as exc:  # the stix2 library raises many exception types for bad content
        raise DistillguardError(f"{source_name} is not valid STIX 2.1: {_one_line(exc)}") from exc
    objects = {o["id"]: o for o in parsed.objects if isinstance(o, dict) or hasattr(o, "id")}
    indicates = {}
    for o in parsed.objects:
        if o.get("type") == "relationship" and o.get("relationship_type") == "indicates":
            indicates.setdefault(o["source_ref"], o["target_ref"])
    counts = {"indicators": 0, "kept": 0, "revoked": 0, "expired": 0, "unsupported": 0}
    now = datetime.now(timezone.utc)
    producers: dict[str, int] = {}
    key_ids: set[str] = set()
    indicators: list[Indicator] = []
    for o in parsed.objects:
        if o.get("type") == "campaign":
            for ext in (o.get("extensions") or {}).values():
                kid = ext.get("community_key_id") if isinstance(ext, dict) or hasattr(ext, "get") else None
                if kid:
                    key_ids.add(str(kid))
        if o.get("type") != "indicator":
            continue
        counts["indicators"] += 1
        if o.get("revoked"):
            counts["revoked"] += 1
            continue
        if o.get("valid_until") is not None and o["valid_until"] < now:
            counts["expired"] += 1
            continue
        if o.get("pattern_type") != "stix":
            counts["unsupported"] += 1
            continue
        problems = run_validator(o["pattern"], stix_version="2.1")
        if problems:
            raise DistillguardError(f"{source_name}: indicator {o['id']} has an invalid pattern: {_one_line(problems[0])}")
        kind, values = _pattern_values(o["id"], o["pattern"])
        if kind is None:
            counts["unsupported"] += 1
            continue
        campaign = objects.get(indicates.get(o["id"], ""))
        ind = Indicator(id=o["id"], kind=kind, values=values, name=str(o.get("name") or o["id"]),
                        campaign=campaign["id"] if campaign is not None else o["id"],
                        campaign_name=str(campaign.get("name")) if campaign is not None else str(o.get("name") or o["id"]))
        try:
            check_indicator(ind)
        except ValueError as exc:
            raise DistillguardError(f"{source_name} refused: {exc}") from exc
        indicators.append(ind)
        counts["kept"] += 1
        producer = objects.get(o.get("created_by_ref", ""))
        name = str(producer.get("name")) if producer is not None else "an unnamed producer"
        producers[name] = producers.get(name, 0) + 1
    if len(key_ids) > 1:
        raise DistillguardError(f"{source_name} mixes content fingerprints of {len(key_ids)} community keys")
    tlps = {TLP_NAMES.get(m) for o in parsed.objects if o.get("type") == "indicator"
            for m in (o.get("object_marking_refs") or [])} - {None}
    tlp = max(tlps, key=["clear", "green", "amber", "red"].index) if tlps else "unmarked"
    producer = max(producers, key=producers.get) if producers else "an unnamed producer"
    imported = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    # (the parsed bundle's id: always a valid `bundle--<uuid>`, it names the watch-list file)
    wl = WatchList(producer=producer, source=str(parsed.get("id")), tlp=tlp,
                   community_key_id=next(iter(key_ids), None), imported=imported, indicators=indicators)
    return wl, counts


def import_bundle(path: str | Path, into: str | Path) -> tuple[Path, WatchList, dict]:
    """Validate the bundle at `path` and write its watch-list into the directory `into`."""
    doc = load_bundle(path)
    wl, counts = bundle_to_watchlist(doc, source_name=str(path))
    if not wl.indicators:
        raise DistillguardError(f"{path} holds no indicator this tool can match "
                                f"({counts['indicators']} indicators, {counts['unsupported']} of kinds it does not read)")
    slug = re.sub(r"[^a-z0-9]+", "-", wl.producer.lower()).strip("-")[:40] or "producer"
    name = re.sub(r"[^a-z0-9-]+", "", wl.source.split("--")[-1].lower())[:36] or "bundle"
    out = Path(into) / f"{slug}-{name}.json"
    write_watchlist(wl, out)
    return out, wl, counts


def _check_types(objects: list, source_name: str) -> None:
    """Every object a JSON object whose properties read here have their STIX types: the stix2
    library turns a number or a list given for a string property into its text, and accepts a
    custom object without an id."""
    for n, o in enumerate(objects):
        if not isinstance(o, dict):
            raise DistillguardError(f"{source_name}: object {n} is a {type(o).__name__}, not a STIX object")
        where = f"{source_name}: object {n} ({_one_line(o.get('id'))[:80]})"
        for prop in ("type", "id"):
            if not isinstance(o.get(prop), str):
                raise DistillguardError(f"{where}: '{prop}' must be a string")
        for prop in STRING_PROPERTIES:
            if prop in o and not isinstance(o[prop], str):
                raise DistillguardError(f"{where}: '{prop}' is a {type(o[prop]).__name__}, not a string")
        for prop in LIST_PROPERTIES:
            if prop in o and not (isinstance(o[prop], list) and all(isinstance(v, str) for v in o[prop])):
                raise DistillguardError(f"{where}: '{prop}' must be a list of strings")
        for ext in (o.get("extensions") or {}).values() if isinstance(o.get("extensions"), dict) else ():
            if isinstance(ext, dict) and "community_key_id" in ext and not isinstance(ext["community_key_id"], str):
                raise DistillguardError(f"{where}: 'community_key_id' must be a string")


def _pattern_values(indicator_id: str, pattern: str) -> tuple[str | None, list[str]]:
    """(value kind, values) of a pattern we can match; (None, []) for other valid patterns."""
    text = pattern.strip()
    if not (text.startswith("[") and text.endswith("]")) or text.count("[") != 1:
        return None, []  # several observations, qualifiers (WITHIN, REPEATS): not ours
    parts = _split_or(text[1:-1])
    if parts is None:
        return None, []
    kind, values = None, []
    for part in parts:
        m = _COMPARISON.match(part.strip())
        if m is None:
            return None, []
        path_kind = PATH_KIND.get(m["path"])
        if path_kind is None:
            return None, []
        if m["op"] in ("LIKE", "MATCHES"):
            raise DistillguardError(f"indicator {indicator_id} matches {m['path']} by wildcard ({m['op']}): refused, "
                                    f"it could match unrelated customers")
        if m["op"] == "IN" or (m["op"] == "ISSUBSET" and path_kind != "network"):
            return None, []
        if kind not in (None, path_kind):
            return None, []  # a mix of kinds in one indicator: not ours
        kind = path_kind
        value = m["value"][1:-1].replace("\\'", "'").replace("\\\\", "\\")
        if path_kind == "network":
            try:
                value = str(ipaddress.ip_network(value, strict=False))
            except ValueError as exc:
                raise DistillguardError(f"indicator {indicator_id}: {value!r} is not an address or a network") from exc
        values.append(value)
    if len(values) > MAX_VALUES_PER_INDICATOR:
        raise DistillguardError(f"indicator {indicator_id} holds {len(values):,} values: more than "
                                f"{MAX_VALUES_PER_INDICATOR:,} are refused")
    return kind, values


def _split_or(text: str) -> list[str] | None:
    """Split on top-level OR outside quotes; None if AND or parentheses appear."""
    parts, buf, quoted, i = [], [], False, 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and quoted:
            buf.append(text[i:i + 2])
            i += 2
            continue
        if ch == "'":
            quoted = not quoted
        elif not quoted:
            if ch in "()":
                return None
            if text.startswith(" AND ", i):
                return None
            if text.startswith(" OR ", i):
                parts.append("".join(buf))
                buf = []
                i += 4
                continue
        buf.append(ch)
        i += 1
    parts.append("".join(buf))
    return parts


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:300]
