"""Scenario files: YAML describing the simulated window, the model line-up and the populations.

    name: demo                      # optional
    start: 2026-11-01T00:00:00Z     # window start (UTC)
    days: 3                         # window length
    models:                         # optional; released_day marks a new release inside the window
      - {name: acme-chat-2026-06, share: 0.6}
      - {name: acme-reason-2026-08, share: 0.4, reasoning: true}
      - {name: acme-reason-2026-11, reasoning: true, released_day: 1.5}
    populations:                    # a list; each a type + count + parameters
      - {type: casual_chat, count: 500, sessions_per_day: 1.5}
      - {type: campaign, id: c-1, tactic: hydra_cot, count: 200, objective: cot, languages: {en: 1, zh: 1}}

Validation errors are one line naming the population and the parameter.
"""

from __future__ import annotations

import datetime as dt
import os

import yaml

from distillguard import data
from distillguard.errors import DistillguardError

NUM = (int, float)
# parameter -> accepted Python types, per population type (plus COMMON for all).
COMMON = {"type": str, "name": str, "count": int, "start_day": NUM, "end_day": NUM, "countries": dict}
PEOPLE = {"sessions_per_day": NUM}
PARAMS: dict[str, dict] = {
    "casual_chat": PEOPLE,
    "students": {**PEOPLE, "public_problem_fraction": NUM},
    "byok_app": {**PEOPLE, "public_problem_fraction": NUM, "app": str, "payment_pool": int},
    "vpn_users": PEOPLE,
    "developer": {"requests_per_day": NUM, "tools_fraction": NUM, "ci_fraction": NUM, "logprobs_fraction": NUM},
    "agentic_coding": {"tasks_per_day": NUM},
    "shared_nat": {"sessions_per_day": NUM, "kind": str, "addresses": int, "shared_payment_fraction": NUM,
                   "onboard_hours": NUM},
    "enterprise_batch": {"requests": int},
    "eval_harness": {"benchmark": str, "items": int, "hours": NUM, "start_hour": NUM, "shards": int, "style": str,
                     "one_client": bool, "spacing_hours": NUM},
    "reseller": {"requests_per_day": NUM, "end_users": int},
    "content_studio": {"seats": list, "requests_per_day": NUM, "jobs": list},
    "campaign": {"id": str, "tactic": str, "objective": (str, list, dict), "dataset": str, "languages": (str, list, dict),
                 "paraphrase": bool, "proxies": dict, "payment": str, "low_and_slow": bool, "jailbreak": NUM,
                 "pivot": dict, "via_reseller": str, "requests_per_account_per_day": NUM, "schedule": str,
                 "account_age_days": NUM, "client": str, "ua_diversity": bool, "params_diversity": bool, "logprobs": NUM, "n": int,
                 "rate_limited": NUM, "cover": NUM, "held_out": bool, "sampling": str},
}
# Public items a campaign can sweep: the simulator's own pools and every bundled benchmark.
CAMPAIGN_DATASETS = ("gsm8k", "self_instruct", "arena_hard") + tuple(b["name"] for b in data.benchmark_manifest())
CHOICES = {
    ("shared_nat", "kind"): ("university", "corporate"),
    ("eval_harness", "benchmark"): ("gsm8k", "arena_hard"),
    ("eval_harness", "style"): ("fewshot", "zeroshot"),
    ("campaign", "dataset"): CAMPAIGN_DATASETS,
    ("campaign", "schedule"): ("round_the_clock", "diurnal"),
    ("campaign", "sampling"): ("sweep", "random"),
}
FRACTIONS = {"cover", "public_problem_fraction", "tools_fraction", "ci_fraction", "logprobs_fraction", "shared_payment_fraction", "jailbreak", "logprobs", "rate_limited"}
SUBKEYS = {"proxies": {"kind", "pool", "countries", "sticky"}, "pivot": {"fraction", "within_hours"}}
TOP = {"name", "start", "days", "models", "populations", "description"}
DEFAULT_MODELS = [
    {"name": "acme-chat-2026-06", "share": 0.55},
    {"name": "acme-reason-2026-08", "share": 0.3, "reasoning": True},
    {"name": "acme-mini-2026-05", "share": 0.15},
]


class ScenarioError(DistillguardError):
    """A scenario file that cannot be simulated (message says where and why)."""


def _type_ok(value, types) -> bool:
    if isinstance(value, bool) and types is not bool and (types is NUM or types is int or (isinstance(types, tuple) and bool not in types)):
        return False
    return isinstance(value, types)


def _tname(types) -> str:
    if types is NUM:
        return "a number"
    if isinstance(types, tuple):
        return " or ".join(t.__name__ for t in types)
    return types.__name__


def load(source) -> dict:
    """Read and validate a scenario from a path, a YAML string, or an already-parsed dict."""
    if not isinstance(source, (str, bytes, os.PathLike)):
        doc, where = source, "scenario"
    else:
        path = os.fspath(source)
        if "\n" not in path and not os.path.exists(path):
            raise ScenarioError(f"scenario file not found: {path}")
        where = path if "\n" not in path else "scenario"
        try:
            if "\n" in path:
                doc = yaml.safe_load(path)
            else:
                with open(path, encoding="utf-8") as f:
                    doc = yaml.safe_load(f)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            at = f" at line {mark.line + 1}" if mark else ""
            raise ScenarioError(f"{where}: not valid YAML{at}: {getattr(exc, 'problem', exc)}") from None
    return validate(doc, where)


def validate(doc, where: str = "scenario") -> dict:
    if not isinstance(doc, dict):
        raise ScenarioError(f"{where}: expected a mapping with 'populations', got {type(doc).__name__}")
    for k in doc:
        if k not in TOP:
            raise ScenarioError(f"{where}: unknown top-level key {k!r} (expected {', '.join(sorted(TOP))})")
    out = dict(doc)
    try:
        start = doc.get("start", "2026-11-01T00:00:00Z")
        if isinstance(start, dt.date) and not isinstance(start, dt.datetime):
            start = dt.datetime(start.year, start.month, start.day, tzinfo=dt.timezone.utc)
        if not isinstance(start, dt.datetime):
            start = dt.datetime.fromisoformat(str(start).replace("Z", "+00:00"))
        out["start"] = start
    except ValueError:
        raise ScenarioError(f"{where}: 'start' must be an RFC 3339 time like 2026-11-01T00:00:00Z, got {doc.get('start')!r}") from None
    days = doc.get("days", 7)
    if not _type_ok(days, NUM) or days <= 0 or days > 3660:
        raise ScenarioError(f"{where}: 'days' must be a positive number of days, got {days!r}")
    out["days"] = float(days)
    models = doc.get("models", DEFAULT_MODELS)
    if not isinstance(models, list) or not models:
        raise ScenarioError(f"{where}: 'models' must be a non-empty list of {{name, share, reasoning, released_day}}")
    for j, m in enumerate(models):
        if not isinstance(m, dict) or not isinstance(m.get("name"), str):
            raise ScenarioError(f"{where}: models[{j}] needs a string 'name'")
        bad = set(m) - {"name", "share", "reasoning", "released_day"}
        if bad:
            raise ScenarioError(f"{where}: models[{j}] has unknown key {sorted(bad)[0]!r}")
        if "share" in m and (not _type_ok(m["share"], NUM) or m["share"] < 0):
            raise ScenarioError(f"{where}: models[{j}].share must be a non-negative number")
        if "released_day" in m and (not _type_ok(m["released_day"], NUM) or not 0 <= m["released_day"] <= days):
            raise ScenarioError(f"{where}: models[{j}].released_day must be within the window (0..{days})")
    if not any("released_day" not in m for m in models):
        raise ScenarioError(f"{where}: at least one model must exist from the start (no released_day)")
    out["models"] = models
    pops = doc.get("populations")
    if not isinstance(pops, list) or not pops:
        raise ScenarioError(f"{where}: 'populations' must be a non-empty list")
    names: set[str] = set()
    cleaned = []
    for j, p in enumerate(pops):
        cleaned.append(_validate_population(p, j, where, names, days))
    out["populations"] = cleaned
    return out


def _validate_population(p, j: int, where: str, names: set, days: float) -> dict:
    at = f"{where}: populations[{j}]"
    if not isinstance(p, dict):
        raise ScenarioError(f"{at}: expected a mapping with 'type' and 'count'")
    t = p.get("type")
    if t not in PARAMS:
        raise ScenarioError(f"{at}: unknown type {t!r} (expected one of {', '.join(PARAMS)})")
    name = p.get("name") or (p.get("id") if t == "campaign" else None) or f"{t}-{j}"
    at = f"{where}: population {name!r}"
    if name in names:
        raise ScenarioError(f"{at}: duplicate population name")
    names.add(name)
    allowed = {**COMMON, **PARAMS[t]}
    for k, v in p.items():
        if k not in allowed:
            raise ScenarioError(f"{at}: unknown parameter {k!r} for type {t} (allowed: {', '.join(sorted(allowed))})")
        if not _type_ok(v, allowed[k]):
            raise ScenarioError(f"{at}: {k} must be {_tname(allowed[k])}, got {v!r}")
        if (t, k) in CHOICES and v not in CHOICES[(t, k)]:
            raise ScenarioError(f"{at}: {k} must be one of {', '.join(CHOICES[(t, k)])}, got {v!r}")
        if k in FRACTIONS and not 0 <= v <= 1:
            raise ScenarioError(f"{at}: {k} must be between 0 and 1, got {v!r}")
        if k in SUBKEYS:
            bad = set(v) - SUBKEYS[k]
            if bad:
                raise ScenarioError(f"{at}: {k} has unknown key {sorted(bad)[0]!r} (allowed: {', '.join(sorted(SUBKEYS[k]))})")
        if isinstance(v, NUM) and not isinstance(v, bool) and v < 0:
            raise ScenarioError(f"{at}: {k} must not be negative, got {v!r}")
    single = t in ("enterprise_batch", "eval_harness", "reseller")
    count = p.get("count", 1 if single else None)
    if count is None:
        raise ScenarioError(f"{at}: 'count' (number of accounts) is required for type {t}")
    if count < 1:
        raise ScenarioError(f"{at}: count must be at least 1, got {count}")
    if p.get("start_day", 0) >= p.get("end_day", days + 1) or p.get("start_day", 0) >= days:
        raise ScenarioError(f"{at}: start_day must be before end_day and inside the {days:g}-day window")
    seats = p.get("seats")
    if seats is not None and not (len(seats) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in seats)
                                  and 1 <= seats[0] <= seats[1]):
        raise ScenarioError(f"{at}: seats must be [lo, hi], two whole numbers with 1 <= lo <= hi, got {seats!r}")
    jobs = p.get("jobs")
    if jobs is not None:
        from distillguard.sim.benign import STUDIO_JOBS

        if not jobs or any(j not in STUDIO_JOBS for j in jobs):
            raise ScenarioError(f"{at}: jobs must be a list of {', '.join(STUDIO_JOBS)}, got {jobs!r}")
    if t == "campaign":
        pay = str(p.get("payment", "distinct"))
        if pay not in ("shared", "distinct") and not (pay.startswith("groups:") and pay[7:].isdigit() and int(pay[7:]) > 0):
            raise ScenarioError(f"{at}: payment must be shared, distinct or groups:N, got {pay!r}")
        kind = (p.get("proxies") or {}).get("kind", "datacenter")
        if kind not in ("datacenter", "residential", "mixed", "vpn"):
            raise ScenarioError(f"{at}: proxies.kind must be datacenter, residential, mixed or vpn, got {kind!r}")
    return {**p, "name": name, "count": count}
