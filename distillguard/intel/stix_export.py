"""A scan's campaigns as a STIX 2.1 bundle that carries no user content.

Per campaign: a `campaign` and the `intrusion-set` behind it (attributed-to), the MITRE ATLAS
`attack-pattern`s its evidence shows (uses), `indicator`s (indicates) with one `sighting` each
(count, first and last seen), all marked with one TLP marking and created by the producer's
`identity`. Indicators:

- client networks (IPv4 /24, IPv6 /48) and the network operator's name, as `ipv4-addr` /
  `ipv6-addr` ISSUBSET patterns;
- the campaign's accounts as keyed hashes (`user-account:user_id`) under the producer's own key:
  they mean something only to the producer (a later scan, its own gateway), never to a peer;
- client builds, payment instruments, system prompts and templates as community-keyed
  fingerprints (`normalize.fingerprints`) in custom observable types (`x-distillguard-*`), so a
  peer with the key matches them in its own traffic and nobody else can test a guess.

The campaign also carries a property extension (`extension-definition` below) with the
template-set MinHash signature under the community key, for campaign-to-campaign comparison.

What never leaves: prompt or response text, evidence details (they can quote a prompt span),
raw identifiers, anything about an account that was not flagged. An item that an unflagged
account also holds (a shared NAT exit, a popular SDK build) is not exported at all: it would
point a peer at customers, not at the operator.
"""

from __future__ import annotations

import ipaddress
import uuid
from datetime import datetime, timezone

import stix2

from distillguard.errors import DistillguardError
from distillguard.normalize.fingerprints import account_hash, fingerprint, key_id, minhash_signature
from distillguard.risk.watchlist import is_internal

# one namespace for the ids we derive, so a re-export of the same campaign keeps its ids
NAMESPACE = uuid.UUID("5f0e4bb2-6c35-4b52-9a0b-1f1bd0d1c7a4")
EXTENSION_CREATED = "2026-12-04T00:00:00.000Z"
EXTENSION_SCHEMA = "https://github.com/distillguard/distillguard/blob/main/docs/intel.md#content-fingerprints"
TLP = {"clear": stix2.TLP_WHITE, "white": stix2.TLP_WHITE, "green": stix2.TLP_GREEN,
       "amber": stix2.TLP_AMBER, "red": stix2.TLP_RED}
# STIX custom observable types of the fingerprinted kinds (pattern object paths)
OBSERVABLE = {"template": "x-distillguard-template", "system_prompt": "x-distillguard-system-prompt",
              "client": "x-distillguard-client", "payment": "x-distillguard-payment"}
# indicators of one kind per campaign (the most-used first): a bundle stays a few MB
MAX_INDICATORS = {"network": 200, "account": 1000, "client": 20, "payment": 200, "system_prompt": 20,
                  "template": 500}

# MITRE ATLAS techniques: id -> name (atlas.mitre.org)
ATLAS = {
    "AML.T0040": "AI Model Inference API Access",
    "AML.T0024.002": "Extract AI Model",
    "AML.T0005": "Create Proxy AI Model",
    "AML.T0054": "LLM Jailbreak",
    "AML.T0056": "Extract LLM System Prompt",
    "AML.T0008.005": "AI Service Proxies",
    "AML.T0021": "Establish Accounts",
}
# evidence signal -> techniques it shows; every campaign shows inference-API access used to
# extract the model for a proxy (what a distillation campaign is)
ALWAYS = ("AML.T0040", "AML.T0024.002", "AML.T0005")
SIGNAL_ATLAS = {
    "jailbreak": ("AML.T0054",),
    "system_prompt_extraction": ("AML.T0056",),
    "relay": ("AML.T0008.005",),
    "end_user_share": ("AML.T0008.005",),
    "creation_burst": ("AML.T0021",),
    "shared_payment": ("AML.T0021",),
}
# evidence signal -> what it says, in words (never the evidence's own detail text)
SIGNAL_WORDS = {
    "extraction_intent": "requests for model outputs of the kind used to train another model",
    "cot_elicitation": "requests for the model's full reasoning",
    "logprob_harvest": "harvesting of token log-probabilities",
    "soft_label_harvest": "harvesting of token distributions over whole answers (soft labels)",
    "dataset_match": "sweeps over public benchmark items",
    "template": "templated requests",
    "capability": "requests concentrated on one capability",
    "rubric_grading": "grading and preference-judgement requests",
    "synthetic_data": "requests for synthetic training data",
    "system_prompt_extraction": "system-prompt extraction attempts",
    "collective_evidence": "pooled traffic of the group beyond the benign reference",
    "shared_payment": "shared payment instruments",
    "shared_client_fingerprint": "one client build",
    "shared_system_prompt": "one system prompt",
    "shared_template": "shared templates",
    "shared_ip": "shared addresses",
    "shared_network": "shared networks",
    "shared_hosting_network": "one hosting network",
    "creation_burst": "accounts created in one burst",
    "synchronized_activity": "synchronized schedules",
    "model_pivot": "a joint move to a new model",
    "complementary_sweep": "disjoint slices of one public dataset",
    "partitioned_sweep": "one public dataset split between the accounts of one operator artifact, or between accounts sharing only their draws of it",
    "harvest_fleet": "accounts of one operator artifact asking for public-dataset items and little else",
    "item_queue": "items of one public dataset handed out from one queue",
    "same_program": "parts running one program (the same mix of models, capabilities, languages and requests)",
    "thin_fleet": "a fleet of small accounts asking mostly for training outputs",
    "kin_fleet": "accounts flagged one by one on one private pool of prompt templates",
    "program_fleet": "accounts flagged one by one, tied by no key, running one program",
    "relay_front": "relay accounts under many organisations on one operator's cards and gateways, relaying flagged end users",
}


def export_bundle(verdicts: dict, *, producer: str, community_key: bytes | None, account_key: bytes,
                  tlp: str = "amber", campaigns: list[str] | None = None, created: str | None = None) -> dict:
    """The STIX 2.1 bundle (a dict) of the verdicts' campaigns (see module docstring).

    `community_key` None: no content fingerprints (networks and keyed account ids only).
    `account_key`: the producer's own key for account ids. `created`: a fixed timestamp for
    reproducible output (default now)."""
    if tlp not in TLP:
        raise DistillguardError(f"unknown TLP level {tlp!r}: use one of {', '.join(sorted(TLP))}")
    chosen = [c for c in verdicts.get("campaigns", []) if campaigns is None or c["campaign_id"] in campaigns]
    if campaigns is not None and len(chosen) < len(set(campaigns)):
        missing = sorted(set(campaigns) - {c["campaign_id"] for c in chosen})
        raise DistillguardError(f"no campaign {', '.join(missing)} in the verdicts")
    if any("indicators" not in c for c in chosen):
        raise DistillguardError("the verdicts have no campaign indicators: they were written by an older scan; "
                                "scan the log again with this version")
    flagged = {a["account_id"] for a in verdicts.get("accounts", []) if a.get("flagged")}
    now = created or _now()
    marking = TLP[tlp]
    identity = stix2.Identity(id=f"identity--{uuid.uuid5(NAMESPACE, 'producer/' + producer)}", name=producer,
                              identity_class="organization", created=now, modified=now,
                              object_marking_refs=[marking])
    objects: list = [marking, identity]
    if community_key is not None:
        objects.append(_extension_definition(identity.id, marking))
    patterns: dict[str, stix2.AttackPattern] = {}
    for c in chosen:
        objects.extend(_campaign_objects(c, flagged, identity, marking, community_key, account_key, patterns, now))
    objects[2:2] = list(patterns.values())
    bundle = _plain(stix2.Bundle(objects=objects, allow_custom=True))
    # the bundle's id from its content, not a random one: the same export (same `created`) is the
    # same bundle, as documented, and a peer importing it twice keeps one watch-list
    bundle["id"] = _id("bundle", _canonical(bundle["objects"]))
    return bundle


def _campaign_objects(c: dict, flagged: set[str], identity, marking, community_key, account_key, patterns, now):
    common = {"created_by_ref": identity.id, "object_marking_refs": [marking], "created": now, "modified": now}
    cid = c["campaign_id"]
    members = [a for a in c.get("account_ids", []) if a in flagged]
    signals = [e.get("signal") for e in c.get("evidence", [])]
    seen = {"first_seen": c.get("first_seen") or now, "last_seen": c.get("last_seen") or now}
    words = sorted({SIGNAL_WORDS[s] for s in signals if s in SIGNAL_WORDS})
    targets = ", ".join(c.get("targets") or []) or "unknown"
    description = (f"{len(members)} accounts running a model-distillation campaign (risk {float(c.get('risk', 0)):.2f}): "
                   f"{int(c.get('exchanges', 0)):,} requests targeting {targets}"
                   + (f"; evidence: {'; '.join(words)}" if words else "") + ".")
    ind = c["indicators"]
    templates = [t for t in ind.get("templates", []) if not t.get("unflagged_accounts")]
    extension = {}
    if community_key is not None:
        fps = [fingerprint(community_key, "template", t["key"]) for t in templates]
        extension = {extension_id(identity.id): {
            "extension_type": "property-extension", "community_key_id": key_id(community_key),
            "template_fingerprints": len(fps), "template_minhash": minhash_signature(community_key, fps) if fps else [],
            "accounts": len(members), "exchanges": int(c.get("exchanges", 0)),
        }}
    campaign = stix2.Campaign(id=_id("campaign", identity.id, cid, seen["first_seen"]), name=f"{identity.name} {cid}",
                              description=description, objective="harvest a served language model's outputs "
                              "to train another model (unauthorized distillation)", **seen, **common,
                              **({"extensions": extension} if extension else {}), allow_custom=True)
    actor = stix2.IntrusionSet(id=_id("intrusion-set", identity.id, cid, seen["first_seen"]),
                               name=f"operator of {campaign.name}", description="the operator behind the campaign's "
                               "accounts (unidentified)", **seen, **common)
    out = [campaign, actor, _relationship(campaign, "attributed-to", actor, common)]
    for tid in sorted(set(ALWAYS) | {t for s in signals for t in SIGNAL_ATLAS.get(s, ())}
                      | ({"AML.T0021"} if len(members) >= 2 else set())):
        ap = patterns.get(tid) or patterns.setdefault(tid, _attack_pattern(tid, identity.id, common))
        out.append(_relationship(campaign, "uses", ap, common))
    for indicator, count, first, last in _indicators(ind, members, community_key, account_key, templates, seen):
        indicator = stix2.Indicator(id=_id("indicator", campaign.id, indicator["pattern"]), pattern_type="stix",
                                    valid_from=first, indicator_types=["malicious-activity"], **indicator, **common)
        out.append(indicator)
        out.append(_relationship(indicator, "indicates", campaign, common))
        out.append(stix2.Sighting(id=_id("sighting", indicator.id), sighting_of_ref=indicator.id, count=min(count, 999_999_999),
                                  first_seen=first, last_seen=last, where_sighted_refs=[identity.id], **common))
    return out


def _indicators(ind: dict, members: list[str], community_key, account_key, templates, seen):
    """(indicator fields, sighting count, first seen, last seen) of one campaign."""
    for net in _kept(ind.get("networks", []), "network"):
        family = "ipv6-addr" if ":" in net["network"] else "ipv4-addr"
        where = ", ".join(x for x in (net.get("network_name"), net.get("country")) if x and x != "--")
        yield ({"name": f"client network {net['network']}" + (f" ({where})" if where else ""),
                "description": f"{net['accounts']} campaign accounts sent {net['exchanges']:,} requests from this network "
                               f"({net.get('net_class', 'unknown')} network)",
                "pattern": f"[{family}:value ISSUBSET '{net['network']}']",
                "confidence": 70 if net.get("net_class") == "datacenter" else 40},
               net["exchanges"], net["first_seen"], net["last_seen"])
    if members:
        hashed = sorted(account_hash(account_key, a) for a in members)[:MAX_INDICATORS["account"]]
        yield ({"name": f"{len(members)} campaign accounts (keyed hashes, meaningful to the producer only)",
                "pattern": "[" + " OR ".join(f"user-account:user_id = '{h}'" for h in hashed) + "]",
                "confidence": 90},
               len(members), seen["first_seen"], seen["last_seen"])
    if community_key is None:
        return
    for kind, field, noun in (("client", "clients", "client build (user agent and parameter set)"),
                              ("payment", "payments", "payment instrument"),
                              ("system_prompt", "system_prompts", "system prompt")):
        for item in _kept(ind.get(field, []), kind):
            fp = fingerprint(community_key, kind, item["key"])
            name = f"{noun} fingerprint" + (f" ({item['user_agent']})" if kind == "client" and item.get("user_agent") else "")
            yield ({"name": name, "pattern": f"[{OBSERVABLE[kind]}:fingerprint = '{fp}']",
                    "description": f"held by {item['accounts']} campaign accounts",
                    "confidence": int(round(50 + 45 * float(item.get("specificity", 0.5))))},
                   item["accounts"], seen["first_seen"], seen["last_seen"])
    kept = templates[:MAX_INDICATORS["template"]]
    if kept:
        fps = [fingerprint(community_key, "template", t["key"]) for t in kept]
        yield ({"name": f"{len(kept)} request template fingerprints",
                "description": f"skeletons of the campaign's templated requests (slots removed), "
                               f"{sum(t['exchanges'] for t in kept):,} requests",
                "pattern": "[" + " OR ".join(f"{OBSERVABLE['template']}:fingerprint = '{f}'" for f in fps) + "]",
                "confidence": 80},
               sum(t["exchanges"] for t in kept), seen["first_seen"], seen["last_seen"])


def _kept(items: list[dict], kind: str) -> list[dict]:
    """Items no unflagged account holds (and that name something), the most used first."""
    keep = [i for i in items if not i.get("unflagged_accounts") and _value(i)]
    if kind == "network":  # hashed networks cannot be matched by a peer; private ones mean nothing to it
        keep = [i for i in keep if _is_public_cidr(i["network"])]
    return keep[:MAX_INDICATORS[kind]]


def _value(item: dict):
    return item.get("network") or item.get("key")


def _is_public_cidr(text: str | None) -> bool:
    try:
        return not is_internal(ipaddress.ip_network(text, strict=False))
    except (TypeError, ValueError):
        return False


def extension_id(producer_id: str) -> str:
    """The content-fingerprint extension's definition, one per producer: a definition is created
    by someone, and two producers' definitions of one id would conflict in a shared collection."""
    return f"extension-definition--{uuid.uuid5(NAMESPACE, 'content-fingerprints/1/' + producer_id)}"


def _attack_pattern(tid: str, producer_id: str, common: dict) -> stix2.AttackPattern:
    # (an id of the producer's own: two producers' objects of one id would conflict in a collection)
    return stix2.AttackPattern(
        id=_id("attack-pattern", producer_id, "atlas", tid), name=ATLAS[tid],
        external_references=[{"source_name": "mitre-atlas", "external_id": tid,
                               "url": f"https://atlas.mitre.org/techniques/{tid}"}], **common)


def _relationship(source, kind: str, target, common: dict) -> stix2.Relationship:
    return stix2.Relationship(id=_id("relationship", source.id, kind, target.id), relationship_type=kind,
                              source_ref=source.id, target_ref=target.id, **common)


def _extension_definition(producer_id: str, marking) -> stix2.ExtensionDefinition:
    return stix2.ExtensionDefinition(
        id=extension_id(producer_id), created_by_ref=producer_id, created=EXTENSION_CREATED, modified=EXTENSION_CREATED,
        object_marking_refs=[marking],
        name="distillguard content fingerprints",
        description="community-keyed fingerprints of a distillation campaign's request templates: the number "
                    "exported and a MinHash signature of the set (permutations seeded by the community key)",
        schema=EXTENSION_SCHEMA, version="1.0", extension_types=["property-extension"])


def _id(kind: str, *parts: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, '/'.join(str(p) for p in parts))}"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _plain(bundle) -> dict:
    import json

    return json.loads(bundle.serialize())


def _canonical(value) -> str:
    import json

    return json.dumps(value, sort_keys=True, separators=(",", ":"))

