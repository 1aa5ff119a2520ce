"""Online scoring: one exchange at a time, with the very detectors, features and risk model of
`scan` (no second implementation).

    scorer = OnlineScorer(reference)
    scored = scorer.score(exchanges)          # pipeline.score_batch: narrow columns + signals
    view = scorer.assess(scored.slice(i, 1))  # before serving: what we hold against the account
    scorer.observe(scored.slice(i, 1))        # after serving: into the account's window
    scorer.refresh()                          # re-score the accounts that are due, in one batch

An account's risk is re-scored from the window of its recent exchanges (`state.window`) when it
has grown enough since it was last scored (`due`), all due accounts at once: re-scoring one
account costs about what re-scoring a hundred does (a feature pass over a table). Between
re-scorings a request is judged on the account's last verdict, the request's own signals, and
what a batch scan published (`online.publish`): a published campaign member, or a new account
carrying one of a published campaign's identity artifacts, is known from its first request; so
is a request whose own clues match a peer's shared campaigns (`intel`, risk.watchlist: two
independent families of clues contain it, one raises its risk).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import pyarrow as pa

from distillguard import schema
from distillguard.behaviour import account_features, signal_specs
from distillguard.linkage.graph import default_kinds
from distillguard.linkage.view import AccountView
from distillguard.online.state import AccountVerdict, MemoryState, OnlineState, json_to_table, rows_to_json
from distillguard.pipeline import SCORED_KEY, score_batch
from distillguard.risk import RiskModel
from distillguard.risk.reference import Reference
from distillguard.risk.score import DEFAULT_MIN_EXCHANGES, DEFAULT_TARGET_FPR
from distillguard.risk.watchlist import (KEYED, TEMPLATE_SIGNAL, Intel, Matches, WatchIndex, elevated_risk,
                                         judge)
from distillguard.signals.registry import detector_classes

# Re-score an account when it has grown by this share since it was last scored, or by MAX_GAP
# exchanges, whichever is fewer (every exchange while it is small, rarely once it is big).
RESCORE_GROWTH = 0.25
MAX_GAP = 50
ARTIFACT_CACHE = 100_000  # (link kind, values) -> keys remembered
# link kind -> the watch-list value kind its keys are fingerprinted as
WATCHED_LINK_KINDS = {link: kind for kind, link in KEYED.items()}


@dataclass(frozen=True)
class Assessment:
    """What the online path holds against an account at one request."""

    account_id: str
    risk: float
    flagged: bool
    campaign_id: str | None
    linked: bool  # tied to a published campaign by an identity artifact of this request
    reasons: tuple[str, ...]
    evidence: tuple[str, ...]  # plain words
    signals: frozenset[str]  # extraction detectors this request shows
    exchanges: int  # the account's exchanges before this one


class OnlineScorer:
    def __init__(self, reference: Reference, *, state: OnlineState | None = None,
                 target_fpr: float = DEFAULT_TARGET_FPR, min_exchanges: int = DEFAULT_MIN_EXCHANGES,
                 detectors=None, rescore_growth: float = RESCORE_GROWTH, max_gap: int = MAX_GAP,
                 intel: Intel | None = None):
        self.model = RiskModel(reference, target_fpr=target_fpr, min_exchanges=min_exchanges)
        self.state = state if state is not None else MemoryState()
        self.detectors = detectors
        self.rescore_growth = rescore_growth
        self.max_gap = max_gap
        self.artifact_kinds = [k for k in default_kinds() if k.traits.operator_artifact]
        # peers' shared campaigns (intel import): matched on each request's own clues
        self.watch = WatchIndex(intel) if intel is not None and intel.watchlists else None
        self._schema: pa.Schema | None = None
        self._narrow_columns = 0
        self._specs: dict | None = None
        self._thresholds: dict[str, float] = {}
        self._lock = threading.Lock()
        self._score_lock = threading.Lock()
        self._dirty: set[str] = set()
        self._artifact_cache: dict[tuple, tuple[tuple[str, str], ...]] = {}
        self.stats = {"scored": 0, "observed": 0, "rescored_accounts": 0, "rescore_runs": 0}

    # -- the detectors ---------------------------------------------------------------------------
    def score(self, exchanges: pa.Table) -> pa.Table:
        """Narrow columns and signal columns of each exchange (what `scan` keeps), in order."""
        with self._score_lock:  # (the gateway's scoring thread and inline scoring share the memo)
            batch = score_batch(exchanges, self.detectors)
        scored = pa.Table.from_batches([batch]).replace_schema_metadata(None)
        if self._schema is None:
            self._narrow_columns = int(batch.schema.metadata[SCORED_KEY])
            self._schema = scored.schema
            self._specs = signal_specs(scored)
            classes = detector_classes()
            self._thresholds = {name: spec["threshold"] for name, spec in self._specs.items()
                                if spec["evidence"] == "extraction" and name in classes}
        self.stats["scored"] += len(exchanges)
        return scored

    @property
    def specs(self) -> dict:
        return self._specs or {}

    def request_signals(self, scored_row: pa.Table | dict) -> frozenset[str]:
        """Extraction detectors that this one exchange shows (at their own thresholds)."""
        out = []
        if isinstance(scored_row, dict):  # (a request the gateway has not scored yet has no signals)
            for name, threshold in self._thresholds.items():
                value = scored_row.get(name)
                if value is not None and value >= threshold:
                    out.append(name)
            return frozenset(out)
        for name, threshold in self._thresholds.items():
            if name not in scored_row.column_names:  # (not scored yet: the gateway scores after serving)
                continue
            value = scored_row.column(name)[0].as_py()
            if value is not None and value >= threshold:
                out.append(name)
        return frozenset(out)

    # -- what we hold against an account ---------------------------------------------------------
    def decision_columns(self) -> list[str]:
        """The columns `assess` reads from a row (replay hands it dicts of these)."""
        cols = [schema.ACCOUNT_ID] + [c for k in self.artifact_kinds for c in k.reads] + list(self._thresholds)
        if self.watch is not None:
            cols += [schema.CLIENT_ADDRESS, TEMPLATE_SIGNAL]
        return list(dict.fromkeys(cols))

    def artifacts(self, row: pa.Table | dict) -> tuple[tuple[str, str], ...]:
        """(link kind, key) of the identity artifacts this exchange carries, by the link kinds'
        own key functions (the same keys campaigns were linked on). `row`: a one-row table, or
        the gateway's canonical dict of one request (its values typed as the schema's)."""
        found = []
        for kind in self.artifact_kinds:
            values = tuple(_value(row, c) for c in kind.reads)
            if all(v is None for v in values):
                continue
            cache_key = (kind.name, values)
            keys = self._artifact_cache.get(cache_key)
            if keys is None:
                keys = self._artifact_keys(kind, [values])[0]
                if len(self._artifact_cache) > ARTIFACT_CACHE:
                    self._artifact_cache.clear()
                self._artifact_cache[cache_key] = keys
            found.extend(keys)
        return tuple(found)

    def prime_artifacts(self, columns: dict[str, list]) -> None:
        """Compute the artifact keys of many requests ahead, in one pass of each link kind (replay
        knows its requests; one at a time, each new value costs a pass). `columns`: column ->
        values, one per request."""
        n = len(next(iter(columns.values()), ()))
        for kind in self.artifact_kinds:
            reads = [columns.get(c, [None] * n) for c in kind.reads]
            new = list(dict.fromkeys(v for v in zip(*reads) if (kind.name, v) not in self._artifact_cache
                                     and not all(x is None for x in v)))
            if len(self._artifact_cache) + len(new) > ARTIFACT_CACHE:
                self._artifact_cache.clear()
            for values, keys in zip(new, self._artifact_keys(kind, new)):
                self._artifact_cache[(kind.name, values)] = keys

    @staticmethod
    def _artifact_keys(kind, many: list[tuple]) -> list[tuple[tuple[str, str], ...]]:
        """The keys of each request's values (a tuple per `kind.reads`). Each request is an account
        of its own in one AccountView: the artifact kinds key every request on its own values, so
        this is what each would get alone."""
        if not many:
            return []
        columns = {schema.ACCOUNT_ID: pa.array([f"{i:012d}" for i in range(len(many))], pa.string())}
        try:
            for name, values in zip(kind.reads, zip(*many)):
                # (a derived column a kind reads, such as a digest of the system prompt: its own type)
                typ = schema.EXCHANGE_SCHEMA.field(name).type if name in schema.COLUMNS else None
                columns[name] = pa.array(values, typ)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError):
            if len(many) == 1:
                return [()]  # a value of the wrong type carries no artifact
            return [OnlineScorer._artifact_keys(kind, [v])[0] for v in many]
        rows = kind.keys(AccountView(pa.table(columns)))
        out: list[list[tuple[str, str]]] = [[] for _ in many]
        for i, k in zip(rows.account.tolist(), rows.key.to_pylist()):
            if k is not None:
                out[i].append((kind.name, str(k)))
        return [tuple(keys) for keys in out]

    def assess(self, scored_row: pa.Table | dict) -> Assessment:
        """What we hold against the account of this exchange (scored, or a bare canonical row or
        dict: then the request's own signals are not known yet)."""
        account = _value(scored_row, schema.ACCOUNT_ID)
        signals = self.request_signals(scored_row)
        exchanges = self.state.count(account)
        verdict = self.state.verdict(account) or AccountVerdict()
        risk, flagged, campaign_id = verdict.risk, verdict.flagged, verdict.campaign_id
        reasons, evidence = list(verdict.reasons), [e.get("detail", "") for e in verdict.evidence]
        published = self.state.published_account(account)
        if published is not None:
            risk = max(risk, float(published.get("risk") or 0.0))
            flagged = flagged or bool(published.get("flagged"))
            campaign_id = published.get("campaign_id") or campaign_id
            reasons = list(dict.fromkeys(list(published.get("reasons") or []) + reasons))
            evidence = list(published.get("evidence") or []) + evidence
        linked = False
        if campaign_id is None:
            for kind, key in self.artifacts(scored_row):
                campaign = self.state.artifact_campaign(kind, key)
                if campaign is None:
                    continue
                linked, campaign_id = True, campaign["campaign_id"]
                noun = next((k.key_noun for k in self.artifact_kinds if k.name == kind), kind)
                reasons = [kind] + reasons
                evidence = [f"shares one of the {noun} of campaign {campaign_id} "
                            f"({campaign.get('size', '?')} accounts; held by "
                            f"{next((a['holders'] for a in campaign.get('artifacts', []) if a['key'] == key), '?')}"
                            " of its members)"] + evidence
                break
        if self.watch is not None and not flagged:
            for decisive, item in self._intel(scored_row, account):
                reasons = list(dict.fromkeys(["intel_match"] + reasons))
                if decisive:  # a peer's campaign, by this request's own clues: contained from it
                    flagged = linked = True
                    risk = max(risk, 1.0 - self.model.target_fpr)
                    campaign_id = campaign_id or item["campaign_key"]
                    evidence = [item["detail"]] + evidence
                    break
                risk = max(risk, elevated_risk(self.model.target_fpr))
                evidence = evidence + [item["detail"]]
        return Assessment(account, float(risk), bool(flagged), campaign_id, linked, tuple(reasons),
                          tuple(evidence), signals, exchanges)

    def _intel(self, row: pa.Table | dict, account: str) -> list[tuple[bool, dict]]:
        """Judgements of this request's clues against the peers' watch-lists (risk.watchlist:
        the batch scan's rule, on one request)."""
        found = Matches()
        for kind, key in self.artifacts(row):
            value_kind = WATCHED_LINK_KINDS.get(kind)
            for wl, ind in (self.watch.keyed(value_kind, key) if value_kind else ()):
                found.note(account, wl, ind)
        skeleton = _value(row, TEMPLATE_SIGNAL)
        if skeleton:
            for wl, ind in self.watch.keyed("template", skeleton):
                found.note(account, wl, ind, templates={self.watch.keyed_fingerprint("template", skeleton): 1})
        for wl, ind, net in self.watch.address(_value(row, schema.CLIENT_ADDRESS)):
            found.note(account, wl, ind, network=net)
        for wl, ind in self.watch.account(account):
            found.note(account, wl, ind)
        out = []
        for m in found.by_key.values():
            judged = judge(m, 1)  # one request: its own clues
            if judged is not None:
                decisive, item = judged
                item["campaign_key"] = f"intel:{m.producer}:{m.campaigns[0]}"
                out.append((decisive, item))
        return sorted(out, key=lambda j: not j[0])

    # -- after serving ---------------------------------------------------------------------------
    def observe(self, scored: pa.Table) -> None:
        """Add served exchanges to their accounts' windows; accounts that are due are marked."""
        for account, rows in rows_by_account(scored).items():
            self.observe_json(account, rows)

    def observe_json(self, account: str, rows: list[bytes]) -> None:
        """`observe` for rows already in the state's JSON form (`state.rows_to_json`)."""
        n = self.state.append(account, rows)
        self.stats["observed"] += len(rows)
        verdict = self.state.verdict(account)
        if self.due(n, verdict.scored_at if verdict else 0):
            with self._lock:
                self._dirty.add(account)

    def due(self, n: int, scored_at: int) -> bool:
        if n < self.model.min_exchanges:
            return False
        gap = n - scored_at
        return gap >= min(self.max_gap, max(1, math.ceil(self.rescore_growth * scored_at)))

    def pending(self) -> int:
        return len(self._dirty)

    def refresh(self, accounts: list[str] | None = None, judge=None) -> dict[str, AccountVerdict]:
        """Re-score the due accounts (or `accounts`) from their windows, all in one pass. `judge`
        (optional): a callable doing `judge_windows`'s work elsewhere, given this scorer's
        `window_judge_args()` and the rows (the gateway runs it in its scoring worker process)."""
        with self._lock:
            if accounts is None:
                accounts, self._dirty = sorted(self._dirty), set()
            else:
                self._dirty -= set(accounts)
        if not accounts or self._schema is None:
            return {}
        rows, counts = [], {}
        for acc in accounts:
            rows.extend(self.state.window_rows(acc))
            counts[acc] = self.state.count(acc)
        if not rows:
            return {}
        judged = (judge or judge_windows)(self.window_judge_args(), rows)
        out = {}
        for acc, risk, flagged, evidence in judged:
            verdict = AccountVerdict(risk, flagged, None,
                                     tuple(e["signal"] for e in evidence if e.get("signal") != "insufficient_traffic"),
                                     evidence, "online", counts.get(acc, 0))
            self.state.set_verdict(acc, verdict)
            out[acc] = verdict
        self.stats["rescored_accounts"] += len(out)
        self.stats["rescore_runs"] += 1
        return out

    def window_judge_args(self) -> "WindowJudge":
        """What `judge_windows` needs besides the rows (the risk model, the scored rows' schema)."""
        return WindowJudge(self.model, self._schema, self._narrow_columns, self._specs, self.model.reference,
                           self.model.target_fpr, self.model.min_exchanges)


@dataclass(frozen=True)
class WindowJudge:
    """What `judge_windows` needs besides the rows. Sent to another process it leaves its risk
    model behind (the model's caches hold the catalog's functions): the model is made there again
    from the reference and its operating point."""

    model: RiskModel | None
    schema: pa.Schema
    narrow_columns: int
    specs: dict
    reference: Reference
    target_fpr: float
    min_exchanges: int

    def __getstate__(self) -> dict:
        return {**self.__dict__, "model": None}

    def risk_model(self) -> RiskModel:
        return self.model or RiskModel(self.reference, target_fpr=self.target_fpr, min_exchanges=self.min_exchanges)


def judge_windows(judge: WindowJudge, rows: list[bytes]) -> list[tuple[str, float, bool, tuple[dict, ...]]]:
    """(account, risk, flagged, evidence) of each account of `rows` (windows' JSON rows): the
    features of `scan` and its risk model over them, in one pass."""
    table = json_to_table(rows, judge.schema)
    k = judge.narrow_columns
    narrow, signals = table.select(list(range(k))), table.select(list(range(k, table.num_columns)))
    risk = judge.risk_model().score(account_features(narrow, signals), judge.specs)
    return [(acc, float(risk.risk[i]), bool(risk.flagged[i]), tuple(risk.evidence[i]))
            for i, acc in enumerate(risk.account_ids)]


def _value(row: pa.Table | dict, column: str):
    if isinstance(row, dict):
        return row.get(column)
    return row.column(column)[0].as_py() if column in row.column_names else None


def rows_by_account(scored: pa.Table) -> dict[str, list[bytes]]:
    """Scored rows in the state's JSON form (`state.rows_to_json`), per account, in order."""
    out: dict[str, list[bytes]] = {}
    if not len(scored):
        return out
    for account, row in zip(scored.column(schema.ACCOUNT_ID).to_pylist(), rows_to_json(scored)):
        if account is not None:
            out.setdefault(account, []).append(row)
    return out
