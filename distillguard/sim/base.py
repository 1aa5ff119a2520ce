"""What every population shares: a timeline, model choice, diurnal activity and chunked generation.

A population is asked, chunk by chunk in time order, for the exchanges of the *events* (sessions,
tasks, single requests) that start inside the chunk. Events may spill a little past the chunk end
(a conversation's later turns); the writer's bounded merge puts everything back in time order.
Per-chunk random streams are derived from (seed, population, chunk), so output never depends on
how many exchanges were generated before.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass

import numpy as np

from distillguard.sim.accounts import DAY, HOUR, US, Account, Emitter
from distillguard.sim.rng import np_rng, py_rng

# Relative activity by local hour of day (people sleep at night, peak in the evening).
_DIURNAL = np.array([0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.5, 0.8, 1.05, 1.2, 1.25,
                     1.2, 1.25, 1.3, 1.3, 1.3, 1.35, 1.45, 1.6, 1.7, 1.6, 1.25, 0.75])
DIURNAL = _DIURNAL / _DIURNAL.mean()
_WORK = np.array([0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.2, 1.8, 2.0, 1.9,
                  1.5, 1.8, 2.0, 1.9, 1.7, 1.3, 0.8, 0.6, 0.5, 0.45, 0.3, 0.2])
WORKDAY = _WORK / _WORK.mean()
FLAT = np.ones(24)


@dataclass
class Timeline:
    start_us: int
    end_us: int
    chunk_us: int = HOUR

    def chunks(self):
        t, k = self.start_us, 0
        while t < self.end_us:
            yield k, t, min(t + self.chunk_us, self.end_us)
            t += self.chunk_us
            k += 1

    @property
    def days(self) -> float:
        return (self.end_us - self.start_us) / DAY


@dataclass
class ModelSpec:
    name: str
    share: float = 1.0
    reasoning: bool = False
    released_us: int | None = None  # None: available before the window starts


class Models:
    """The provider's model line-up; new releases are adopted gradually by benign users."""

    def __init__(self, specs: list[ModelSpec]):
        self.base = [m for m in specs if m.released_us is None]
        self.releases = sorted((m for m in specs if m.released_us is not None), key=lambda m: m.released_us)
        self._names = [m.name for m in self.base]
        self._weights = [m.share for m in self.base]
        self.by_name = {m.name: m for m in specs}

    def benign(self, rng: random.Random, ts_us: int) -> ModelSpec:
        for m in self.releases:  # adoption ramps to ~25% over three days after release
            if ts_us >= m.released_us:
                days = (ts_us - m.released_us) / DAY
                if rng.random() < min(0.25, 0.03 + 0.08 * days):
                    return m
        return self.by_name[rng.choices(self._names, self._weights)[0]]

    def reasoning(self) -> ModelSpec:
        for m in self.base:
            if m.reasoning:
                return m
        return self.base[0]

    def newest_reasoning(self) -> ModelSpec | None:
        rs = [m for m in self.releases if m.reasoning] or self.releases
        return rs[0] if rs else None


class Population:
    """Base class: accounts + per-chunk event counts from per-account rates and activity curves."""

    type_name = "population"
    curve = DIURNAL  # activity by local hour
    weekend_factor = 1.0
    exchanges_per_event = 1.0  # average requests one event produces (turns of a session, tool steps)

    def __init__(self, name: str, index: int, params: dict, ctx: "Context"):
        self.name = name
        self.index = index
        self.p = params
        self.ctx = ctx
        self.accounts: list[Account] = []
        self.emit = Emitter(f"{ctx.run_tag}-x{index:02d}", frozenset(m.name for m in ctx.models.by_name.values() if m.reasoning))
        self.active_from = ctx.timeline.start_us + int(params.get("start_day", 0) * DAY)
        end_day = params.get("end_day")
        self.active_to = ctx.timeline.start_us + int(end_day * DAY) if end_day is not None else ctx.timeline.end_us

    # -- set-up ------------------------------------------------------------------------------
    # Streams are keyed by scenario name too, so two scenarios run with one seed (e.g. the benign
    # reference and a test scenario) never share accounts or content.
    def rng(self, *keys) -> random.Random:
        return py_rng(self.ctx.seed, self.ctx.scenario, self.name, *keys)

    def nprng(self, *keys) -> np.random.Generator:
        return np_rng(self.ctx.seed, self.ctx.scenario, self.name, *keys)

    @property
    def id_key(self) -> str:
        """What account ids are derived from (scenario + population name)."""
        return f"{self.ctx.scenario}/{self.name}"

    def build(self) -> None:
        raise NotImplementedError

    def heavy_tailed_rates(self, median: float, sigma: float, n: int) -> np.ndarray:
        """Per-account daily rates: log-normal, so a few accounts are far heavier than most."""
        return median * np.exp(self.nprng("rates").normal(0.0, sigma, n))

    # -- generation --------------------------------------------------------------------------
    def event_counts(self, k: int, t0: int, t1: int) -> np.ndarray:
        """Poisson event counts per account for the chunk [t0, t1)."""
        lo, hi = max(t0, self.active_from), min(t1, self.active_to)
        n = len(self.accounts)
        if hi <= lo or n == 0:
            return np.zeros(n, dtype=np.int64)
        rates = self._rates
        hour_utc = ((t0 // HOUR) % 24)
        local = (hour_utc + self._tz).astype(np.int64) % 24
        lam = rates * ((hi - lo) / DAY) * self.curve[local]
        if self.weekend_factor != 1.0:
            # 1970-01-01 was a Thursday, so (days + 3) % 7 gives Mon=0 ... Sat=5, Sun=6.
            local_day = ((t0 + (self._tz * HOUR).astype(np.int64)) // DAY + 3) % 7
            lam = np.where(local_day >= 5, lam * self.weekend_factor, lam)
        # One count stream per population, consumed chunk after chunk (chunks run in time order).
        return self._counts_rng.poisson(lam)

    def prepare(self) -> None:
        self._rates = np.array([a.rate for a in self.accounts], dtype=np.float64)
        self._tz = np.array([a.tz for a in self.accounts], dtype=np.float64)
        self._counts_rng = self.nprng("counts")

    def chunk(self, k: int, t0: int, t1: int) -> list[tuple[int, bytes]]:
        counts = self.event_counts(k, t0, t1)
        idx = np.nonzero(counts)[0]
        out: list[tuple[int, bytes]] = []
        if len(idx) == 0:
            return out
        rng = self.rng("chunk", k)
        lo, hi = max(t0, self.active_from), min(t1, self.active_to)
        for i in idx.tolist():
            acct = self.accounts[i]
            for _ in range(int(counts[i])):
                start = lo + int(rng.random() * (hi - lo))
                self.event(rng, acct, start, out)
        return out

    def event(self, rng: random.Random, acct: Account, start_us: int, out: list) -> None:
        raise NotImplementedError

    def peak_per_hour(self) -> float:
        """Expected exchanges in the busiest hour (sizes the time chunks so memory stays bounded)."""
        return sum(a.rate for a in self.accounts) / 24 * self.exchanges_per_event * float(np.max(self.curve))

    def labels(self) -> dict[str, dict]:
        return {a.account_id: a.label for a in self.accounts}


@dataclass
class Context:
    seed: int
    scale: float
    timeline: Timeline
    models: Models
    populations: dict  # name -> Population (filled while building; campaigns look up resellers)
    scenario: str = ""  # scenario name

    @property
    def run_tag(self) -> str:
        """8 hex digits naming (scenario, seed, scale): in every exchange id, so logs of different
        runs never share ids (two seeds of one scenario used to share most of them)."""
        key = f"{self.scenario}\x00{self.seed}\x00{self.scale!r}".encode()
        return hashlib.blake2b(key, digest_size=4).hexdigest()


def think_time(rng: random.Random, lo_s: float, hi_s: float) -> int:
    """A log-uniform pause between lo and hi seconds, in microseconds."""
    return int(math.exp(rng.uniform(math.log(lo_s), math.log(hi_s))) * US)


def account_age_us(rng: random.Random, median_days: float, max_days: float = 1100) -> int:
    """How long before the window an account was created: many customers are brand new (they sign
    up every day), the rest log-normal around the median, capped at the platform's age."""
    if rng.random() < 0.15:
        return int(rng.uniform(0.05, 30) * DAY)
    return int(min(max_days, median_days * math.exp(rng.gauss(0, 1.0))) * DAY)
