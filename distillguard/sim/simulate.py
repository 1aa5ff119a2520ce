"""Run a scenario: build populations, generate time chunks in order, stream to disk, write labels."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

import orjson

from distillguard.errors import DistillguardError
from distillguard.sim import scenario as scn
from distillguard.sim.accounts import DAY, parse_time
from distillguard.sim.base import Context, ModelSpec, Models, Timeline
from distillguard.sim.benign import BENIGN_TYPES
from distillguard.sim.campaign import Campaign

TYPES = {**BENIGN_TYPES, "campaign": Campaign}
# Populations with one (or a few) big accounts: --scale multiplies their volume, not their count.
VOLUME_PARAMS = {"enterprise_batch": ("requests",), "reseller": ("requests_per_day", "end_users")}


@dataclass
class SimStats:
    exchanges: int
    accounts: int
    campaigns: int
    seconds: float
    peak_pending: int

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _scaled(p: dict, scale: float) -> dict:
    q = dict(p)
    if p["type"] in VOLUME_PARAMS:
        for k in VOLUME_PARAMS[p["type"]]:
            if k in q or p["type"] == "enterprise_batch":
                default = {"requests": 120_000, "requests_per_day": 20_000, "end_users": 2000}[k]
                v = q.get(k, default) * scale
                q[k] = max(1, int(round(v))) if isinstance(default, int) else v
    else:
        q["count"] = max(1, int(round(p["count"] * scale)))
    return q


def build(sc: dict, seed: int, scale: float) -> tuple[Context, list]:
    start = parse_time(sc["start"])
    tl = Timeline(start, start + int(sc["days"] * DAY))
    models = Models([ModelSpec(m["name"], float(m.get("share", 1.0)), bool(m.get("reasoning", False)),
                               start + int(m["released_day"] * DAY) if "released_day" in m else None)
                     for m in sc["models"]])
    ctx = Context(seed=seed, scale=scale, timeline=tl, models=models, populations={}, scenario=str(sc.get("name") or ""))
    pops = []
    for i, p in enumerate(sc["populations"]):
        pop = TYPES[p["type"]](p["name"], i, _scaled(p, scale), ctx)
        pop.build()
        pop.prepare()
        ctx.populations[pop.name] = pop
        pops.append(pop)
    ctx.timeline.chunk_us = chunk_size(pops)
    return ctx, pops


# Chunk lengths that divide an hour (minutes): smaller chunks for busier scenarios.
_CHUNK_MINUTES = (60, 30, 20, 15, 10, 6, 5, 4, 3, 2, 1)
TARGET_PER_CHUNK = 20_000


def chunk_size(pops: list) -> int:
    """Chunk length (us) keeping a chunk's exchanges near TARGET_PER_CHUNK at peak load.

    A pure function of the scenario and scale, so output stays deterministic; it is what keeps
    memory flat when the scale grows (a 100x bigger scenario gets 100x more, smaller chunks).
    """
    peak = sum(p.peak_per_hour() for p in pops)
    for m in _CHUNK_MINUTES:
        if peak * m / 60 <= TARGET_PER_CHUNK:
            return m * 60 * 1_000_000
    return _CHUNK_MINUTES[-1] * 60 * 1_000_000


def simulate(scenario, out: str | os.PathLike, labels: str | os.PathLike | None = None, seed: int = 0,
             scale: float = 1.0, progress: Callable[[int, int], None] | None = None) -> SimStats:
    """Generate labelled traffic for a scenario (path, YAML text or dict).

    Writes the exchange log v1 (time-ordered JSONL, gzip when `out` ends in .gz) and, if `labels`
    is given, the labels file (spec section 4). Same scenario + seed + scale -> byte-identical files.
    Memory stays bounded: exchanges are generated one hour-chunk at a time and written as soon as
    no later chunk can precede them.
    """
    from distillguard.sim.writer import TimeOrderedWriter

    if not scale > 0:
        raise DistillguardError(f"--scale must be a positive number, got {scale}")
    t_begin = time.perf_counter()
    sc = scn.load(scenario)
    ctx, pops = build(sc, int(seed), float(scale))
    chunks = list(ctx.timeline.chunks())
    writer = TimeOrderedWriter(os.fspath(out))
    try:
        for n, (k, t0, t1) in enumerate(chunks):
            for pop in pops:
                writer.add(pop.chunk(k, t0, t1))
            writer.flush_before(t1)
            if progress:
                progress(n + 1, len(chunks))
    finally:
        writer.close()
    doc = build_labels(sc, pops, seed, scale)
    if labels is not None:
        os.makedirs(os.path.dirname(os.path.abspath(labels)) or ".", exist_ok=True)
        with open(labels, "wb") as f:
            f.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
            f.write(b"\n")
    return SimStats(writer.written, len(doc["accounts"]), len(doc["campaigns"]),
                    time.perf_counter() - t_begin, writer.peak_pending)


def build_labels(sc: dict, pops: list, seed: int, scale: float) -> dict:
    """Spec section 4, plus `end_users` (campaign end users inside resellers) and `campaigns`."""
    accounts: dict[str, dict] = {}
    end_users: dict[str, dict] = {}
    campaigns: dict[str, dict] = {}
    hidden: dict[str, set] = {}
    for pop in pops:
        seen = pop.emit.seen
        for aid, lab in pop.labels().items():
            if aid in seen:
                accounts[aid] = dict(lab)
        if isinstance(pop, Campaign):
            eu = {k: v for k, v in pop.end_user_labels().items() if k in seen}
            if eu:
                for k, v in eu.items():
                    host_ids = [a.account_id for a in pop.host.accounts]
                    end_users[k] = {**v, "account_ids": host_ids}
                hidden.setdefault(pop.via, set()).add(pop.campaign_id)
            members = [a.account_id for a in pop.accounts if a.account_id in seen]
            c = campaigns.setdefault(pop.campaign_id, {"tactics": [], "populations": [], "accounts": 0, "end_users": 0})
            c["tactics"].append(pop.tactic)
            c["populations"].append(pop.summary())
            c["end_users" if pop.via else "accounts"] += len(members)
    for pop in pops:  # a reseller stays benign, but say which campaigns hid in its traffic
        if pop.name in hidden:
            for a in pop.accounts:
                if a.account_id in accounts:
                    accounts[a.account_id]["mixed_campaigns"] = sorted(hidden[pop.name])
    return {
        "version": 1,
        "accounts": accounts,
        "end_users": end_users,
        "campaigns": campaigns,
        "generator": {"scenario": sc.get("name"), "seed": seed, "scale": scale,
                      "start": sc["start"].astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                      if isinstance(sc["start"], dt.datetime) and sc["start"].tzinfo else str(sc["start"]),
                      "days": sc["days"]},
    }
