"""Calibrated account risk with evidence.

How a score is made (every step is something a reviewer can redo by hand):
1. each evidence feature (see `catalog`) gets a tail p-value against the benign reference
   accounts: "what share of ordinary accounts look at least this extreme?";
2. features of one family measure one thing, so a family counts once: its strongest feature,
   Bonferroni-corrected for the family's size, as surprisal -log10(p) times the family weight;
3. the combined score adds three kinds of evidence: *what* the account asks for (the extraction
   signals), *coordination* (its group context: a sign-up burst on one card or client build,
   see linkage.cohort) and *how* it behaves (automation, volume, templates, dataset sweeps,
   origin, ...). Behaviour strengthens the other two, at most doubling them:
   combined = what + coordination + min(how, what + coordination). Coordination evidence
   saturates beyond the most extreme reference account (p >= 1 / (n + 1)): a finite reference
   certifies no more;
4. risk = the share of benign reference accounts whose combined score (each computed against
   the *other* reference accounts, exactly like a new account) is below the account's. So
   risk 0.999 means "above 99.9% of benign reference accounts", and flagging at
   risk >= 1 - target_fpr flags about target_fpr of benign accounts that resemble the reference;
5. minimum evidence: a flag also needs an extraction signal at p <= 0.01 and either a second
   family at p <= 0.01 or that signal beyond every reference account; or coordination beyond
   every reference account and a second, independent family at p <= 0.01 (a single feature,
   one habit or one shared card, never flags alone);
6. behaviour alone (nothing asked for, nothing shared) makes a case of its own only when it is
   extreme at the operating point against the reference's own behaviour: its behaviour score
   (the how part alone, every feature saturating beyond the reference: batch jobs, resellers and
   evaluation harnesses are automated, templated and sweep datasets too, and a reference of n
   accounts certifies no tail beyond 1 / (n + 1)) calibrated like risk, with two independent
   behaviour families each beyond every reference account in manner, not size (a customer
   bigger than every reference account is first of all a bigger customer: a new eval harness
   running a whole benchmark; and one extreme habit is what a kind of customer the reference
   lacks shows), workload shapes left out (automation, volume, templates, one capability,
   dataset sweeps: an eval harness left out of the reference was beyond it in two of them), so
   what can make such a case is a pivot to a new model, a new account and an origin mismatch
   (`behaviour_case` in the evidence);
7. accounts with fewer than `min_exchanges` exchanges are not judged: risk 0, "insufficient traffic".
"""

from __future__ import annotations

import json

import math
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from distillguard.behaviour.small_accounts import extraction_hits
from distillguard.risk import catalog
from distillguard.risk.reference import Reference, tail_p, tail_p_leave_one_out

DEFAULT_TARGET_FPR = 0.001
DEFAULT_MIN_EXCHANGES = 5
SIGNIFICANT_P = 0.01  # a family "counts" for the minimum-evidence rule
EVIDENCE_P = 0.05  # families reported as evidence
MAX_EVIDENCE = 5
EXAMPLES_PER_EVIDENCE = 3
TAIL_SCALE = 1.0  # surprisal units per e-fold of risk beyond the most extreme reference account
# Behaviour alone makes a case only in this many independent families, each beyond every
# reference account in manner: one extreme habit is what a kind of customer the reference lacks
# shows (benchmarks/results/coordination.md, leave one population out)
BEHAVIOUR_FAMILIES = 2
ORDER_NUDGE = 0.01  # within one step of the reference ECDF, order accounts by at most 1% of the next step


@dataclass
class AccountRisk:
    """Risk of every account of a scan, before or after campaign evidence is added."""

    account_ids: list[str]
    risk: np.ndarray
    flagged: np.ndarray
    evidence: list[list[dict]]
    combined: np.ndarray  # combined surprisal score (before calibration)
    judged: np.ndarray  # False for accounts with too little traffic
    campaign_ids: list[str | None] = field(default_factory=list)
    stats: dict = field(default_factory=dict)

    def table(self) -> pa.Table:
        """`account_id`, `risk` (the input G's campaign detection expects), plus flags."""
        return pa.table({
            "account_id": pa.array(self.account_ids, pa.string()),
            "risk": pa.array(self.risk, pa.float64()),
            "flagged": pa.array(self.flagged, pa.bool_()),
            "judged": pa.array(self.judged, pa.bool_()),
        })


class RiskModel:
    """Scores account features against a benign `Reference` at a target false-positive rate."""

    def __init__(self, reference: Reference, *, target_fpr: float = DEFAULT_TARGET_FPR,
                 min_exchanges: int = DEFAULT_MIN_EXCHANGES):
        if not 0 < target_fpr < 1:
            raise ValueError(f"target FPR must be in (0, 1), got {target_fpr}")
        self.reference = reference
        self.target_fpr = float(target_fpr)
        self.min_exchanges = int(min_exchanges)
        # reference-side tables, the same at every call with the same signals: the online path
        # scores a few accounts hundreds of times, and recomputing them was half of each call
        self._cache: dict = {}

    # -- the pieces ---------------------------------------------------------------------------
    def _usable(self, signal_specs: dict[str, dict]) -> tuple[list[catalog.RiskFeature], list[str]]:
        key = ("usable", json.dumps(signal_specs, sort_keys=True, default=str))
        if key not in self._cache:
            feats, skipped = [], []
            for feat in catalog.risk_features(signal_specs):
                (feats if feat.column in self.reference.values else skipped).append(feat)
            scoring = {f.column: self.reference.scoring_values(f) for f in feats}
            self._cache[key] = (feats, [f.column for f in skipped], scoring)
        feats, skipped, self._ref_scoring = self._cache[key]
        return list(feats), list(skipped)

    @staticmethod
    def _families(feats: list[catalog.RiskFeature]) -> dict[str, list[int]]:
        fam: dict[str, list[int]] = {}
        for i, f in enumerate(feats):
            fam.setdefault(f.family, []).append(i)
        return fam

    @staticmethod
    def _family_surprisal(p: np.ndarray, feats, families) -> tuple[np.ndarray, np.ndarray]:
        """(accounts x families) weighted surprisal and Bonferroni-corrected family p."""
        n = p.shape[0]
        surprisal = np.zeros((n, len(families)))
        fam_p = np.ones((n, len(families)))
        weights = np.array([f.weight for f in feats])
        for j, idx in enumerate(families.values()):
            sub = p[:, idx]
            best = np.argmin(sub, axis=1)
            pmin = sub[np.arange(n), best]
            corrected = np.minimum(1.0, pmin * len(idx))
            fam_p[:, j] = corrected
            surprisal[:, j] = -np.log10(corrected) * weights[np.array(idx)[best]]
        return surprisal, fam_p

    @staticmethod
    def _combine(surprisal: np.ndarray, families: dict[str, list[int]]) -> np.ndarray:
        """what + coordination + min(how, what + coordination): behaviour, and safety findings
        such as jailbreaks, can at most double the other evidence and never make a case alone."""
        is_what = np.array([is_extraction_family(name) for name in families], bool)
        is_coord = np.array([is_coordination_family(name) for name in families], bool)
        what = surprisal[:, is_what].sum(axis=1)
        coord = surprisal[:, is_coord].sum(axis=1)
        how = surprisal[:, ~(is_what | is_coord)].sum(axis=1)
        return what + coord + np.minimum(how, what + coord)

    def _reference_combined(self, feats, families) -> tuple[np.ndarray, np.ndarray]:
        key = ("combined", tuple(f.column for f in feats))
        if key not in self._cache:
            cols = [tail_p_leave_one_out(self._ref_scoring[f.column]) for f in feats]
            p_ref = np.column_stack(cols) if cols else np.ones((self.reference.n_accounts, 0))
            s, _ = self._family_surprisal(p_ref, feats, families)
            self._cache[key] = (np.sort(self._combine(s, families)), p_ref)
        return self._cache[key]

    def _saturated(self, p: np.ndarray, feats) -> np.ndarray:
        """p floored at 1 / (n + 1) per feature (n = reference accounts with a value): beyond the
        most extreme reference account a finite reference certifies no more."""
        floors = [1.0 / (np.count_nonzero(~np.isnan(self._ref_scoring[f.column])) + 1.0) for f in feats]
        return np.maximum(p, np.array(floors)) if len(feats) else p

    def _behaviour_score(self, p: np.ndarray, p_ref: np.ndarray, feats, families) -> tuple[np.ndarray, np.ndarray]:
        """(risk of the how part alone, calibrated on the reference's own how parts (saturating),
        per account number of significant behaviour families). Workload families (see
        catalog.RiskFeature.workload) are no part of it."""
        how = {name: idx for name, idx in families.items()
               if is_manner_family(name) and not any(feats[i].workload for i in idx)}
        n = p.shape[0]
        if not how:
            return np.zeros(n), np.zeros(n, int)
        s, fam_p = self._family_surprisal(self._saturated(p, feats), feats, how)
        key = ("how", tuple(f.column for f in feats))
        if key not in self._cache:
            s_ref, _ = self._family_surprisal(p_ref, feats, how)  # leave-one-out p: never below 1 / n
            self._cache[key] = np.sort(s_ref.sum(axis=1))
        risk = self.calibrate(s.sum(axis=1), self._cache[key], saturate=True)
        return risk, (fam_p <= SIGNIFICANT_P).sum(axis=1)

    @staticmethod
    def calibrate(combined: np.ndarray, ref_sorted: np.ndarray, *, saturate: bool = False) -> np.ndarray:
        """Risk = share of reference accounts strictly below: #(ref < x) / (n + 1) = 1 - conformal p.

        That step function is exact at every x. Within a step, accounts are still ordered by a
        nudge of at most ORDER_NUDGE of the next step (so ROC curves are not made of ties);
        beyond the largest reference score risk approaches 1 exponentially, or with `saturate`
        stays within the last step, n / (n + 1), all the reference certifies.
        """
        n = len(ref_sorted)
        risk = np.zeros(len(combined))
        if n == 0:
            return risk
        u, first = np.unique(ref_sorted, return_index=True)  # first[k] = #(ref < u[k])
        k = np.searchsorted(u, combined, side="left")  # x in (u[k-1], u[k]]
        inside = (k > 0) & (k < len(u))
        ki = k[inside]
        step = first[ki] / (n + 1.0)
        next_step = np.append(first, n)[ki + 1] / (n + 1.0)
        frac = (combined[inside] - u[ki - 1]) / (u[ki] - u[ki - 1])
        risk[inside] = step + ORDER_NUDGE * frac * (next_step - step)
        beyond = k >= len(u)
        tail = np.exp(-(combined[beyond] - u[-1]) / TAIL_SCALE)
        if saturate:
            risk[beyond] = (n + ORDER_NUDGE * (1.0 - tail)) / (n + 1.0)
        else:
            risk[beyond] = 1.0 - tail / (n + 1.0)
        return np.clip(risk, 0.0, 1.0)

    # -- the whole thing ----------------------------------------------------------------------
    def score(self, features: pa.Table, signal_specs: dict[str, dict], *, pooled: bool = False,
              typical: bool = False) -> AccountRisk:
        """Risk of every account of `features`. `pooled`: each row is a group's traffic pooled as
        one account (campaigns.collective), whose additive features (volume) are no evidence;
        `typical` (with `pooled`): what the group's typical member does, so neither are counts that
        its members add up (`RiskFeature.pooled_count`)."""
        feats, skipped = self._usable(signal_specs)
        families = self._families(feats)
        n_acc = len(features)
        cols = [np.ones(n_acc) if (pooled and (f.additive or (typical and f.pooled_count))) else
                tail_p(self._ref_scoring[f.column], catalog.scoring_values(features, f), extrapolate=not f.saturate)
                for f in feats]
        p = np.column_stack(cols) if cols else np.ones((n_acc, 0))
        surprisal, fam_p = self._family_surprisal(p, feats, families)
        combined = self._combine(surprisal, families)
        ref_sorted, p_ref = self._reference_combined(feats, families)
        risk = self.calibrate(combined, ref_sorted)
        behaviour_risk, behaviour_significant = self._behaviour_score(p, p_ref, feats, families)

        exchanges = features.column("exchanges").to_numpy() if n_acc else np.zeros(0, int)
        judged = exchanges >= self.min_exchanges
        significant = fam_p <= SIGNIFICANT_P
        n_significant = significant.sum(axis=1)

        def any_significant(test) -> np.ndarray:
            """Per account: a family whose name passes `test` is significant."""
            cols = [j for j, name in enumerate(families) if test(name)]
            return significant[:, cols].any(axis=1) if cols else np.zeros(n_acc, bool)

        what_significant = any_significant(is_extraction_family)
        coord_significant = any_significant(is_coordination_family)
        beyond_all = self._beyond_all(features, feats, p, is_extraction_family)
        coord_beyond = self._beyond_all(features, feats, p, is_coordination_family)
        # what the group's members do beside it: not who they are (a sign-up burst already says they are new)
        other_significant = any_significant(lambda n: not (is_coordination_family(n) or is_safety_family(n)
                                                           or is_identity_family(n)))
        enough_evidence = (what_significant & ((n_significant >= 2) | beyond_all)) | (coord_beyond & other_significant)
        threshold = 1.0 - self.target_fpr
        # behaviour alone, extreme at the operating point in two families, one beyond the reference
        behaviour_case = ((behaviour_risk >= threshold) & (behaviour_significant >= BEHAVIOUR_FAMILIES)
                          & (self._families_beyond(features, feats, p, is_manner_family) >= BEHAVIOUR_FAMILIES))
        # behaviour significant, nothing asked for or shared that counts: it is shown, and says why risk stays low
        behaviour_only = any_significant(is_behaviour_family) & ~what_significant & ~coord_significant & ~behaviour_case
        content_case = enough_evidence & (risk >= threshold)
        flagged = judged & (content_case | behaviour_case)
        risk = np.where(judged, np.where(behaviour_case, np.maximum(risk, behaviour_risk), risk), 0.0)

        rows = features.to_pylist()
        family_names = list(families)
        evidence = []
        for i, row in enumerate(rows):
            if not judged[i]:
                evidence.append([insufficient_traffic_evidence(row, self.min_exchanges)])
                continue
            evidence.append(self._evidence(row, p[i], surprisal[i], fam_p[i], feats, families, family_names))
            if behaviour_case[i] and not content_case[i]:
                evidence[-1].append(behaviour_case_evidence(int(behaviour_significant[i]), float(behaviour_risk[i])))
            elif risk[i] >= threshold and not enough_evidence[i]:  # (an analyst reading 0.999 asks why not)
                evidence[-1].append(dict(MINIMUM_EVIDENCE_NOT_MET, exchange_ids=[]))
            elif behaviour_only[i]:  # (... and one reading risk 0 beside strong evidence)
                evidence[-1].append(dict(BEHAVIOUR_ONLY, exchange_ids=[]))

        ref_n = self.reference.n_accounts
        stats = {
            "reference": dict(self.reference.meta),
            "reference_accounts": ref_n,
            "target_fpr": self.target_fpr,
            "risk_threshold": threshold,
            "min_exchanges": self.min_exchanges,
            "evidence_features": [f.column for f in feats],
            "features_without_reference": skipped,
            "accounts_not_judged": int((~judged).sum()),
            "behaviour_cases": int((judged & behaviour_case & ~content_case).sum()),
        }
        if ref_n < 1.0 / self.target_fpr:
            stats["calibration_note"] = (
                f"the reference has {ref_n} accounts, fewer than 1/target FPR = {1 / self.target_fpr:.0f}: "
                "the operating point extrapolates beyond the most extreme reference account"
            )
        ids = features.column("account_id").to_pylist()
        return AccountRisk(ids, risk, flagged, evidence, combined, judged, [None] * n_acc, stats)

    def _families_beyond(self, features, feats, p, family_test) -> np.ndarray:
        """Per account: how many families passing `family_test` have a feature beyond every
        reference account in manner, not size (see `_beyond_all`)."""
        count = np.zeros(len(features), int)
        for name in dict.fromkeys(f.family for f in feats if family_test(f.family) and not f.workload):
            count += self._beyond_all(features, feats, p, lambda fam, name=name: fam == name, as_shares=True)
        return count

    def _beyond_all(self, features, feats, p, family_test, *, as_shares: bool = False) -> np.ndarray:
        """Per account: a feature of a family passing `family_test` beyond every reference account
        (and significant). With `as_shares`, shares are compared as shares, not as their lower
        bounds, which grow with the account's size (1,319 of 1,319 is not beyond a reference
        account's 1,000 of 1,000)."""
        out = np.zeros(len(features), bool)
        for j, f in enumerate(feats):
            if not family_test(f.family):
                continue
            if f.share and as_shares:
                known = self.reference.values.get(f.column, np.zeros(0)) * f.direction
                x = catalog.raw_values(features, f) * f.direction
            else:
                known = self._ref_scoring[f.column]
                x = catalog.scoring_values(features, f)
            known = known[~np.isnan(known)]
            if len(known):
                out |= (np.nan_to_num(x, nan=-np.inf) > known.max()) & (p[:, j] <= SIGNIFICANT_P)
        return out

    def _evidence(self, row, p_row, s_row, fam_p_row, feats, families, family_names) -> list[dict]:
        # what the account asks for leads the evidence, behaviour follows (at similar strength)
        is_what = np.array([is_extraction_family(name) for name in family_names], bool)
        order = np.argsort(-(s_row + 1.0 * is_what), kind="stable")
        items = []
        for j in order:
            if len(items) >= MAX_EVIDENCE:
                break
            if fam_p_row[j] > EVIDENCE_P or is_safety_family(family_names[j]):
                continue  # (safety findings are reported apart: `safety_findings`)
            idx = families[family_names[j]]
            best = idx[int(np.argmin(p_row[idx]))]
            feat = feats[best]
            above = 1.0 - p_row[best]
            detail = catalog.format_detail(feat, row)
            detail += f" (more than {_fmt_pct(above)} of benign reference accounts)"
            item = {
                "signal": feat.signal,
                "score": round(float(above), 4),
                "detail": detail,
                "exchange_ids": _examples(row, feat.examples),
            }
            where = row.get(f"where_{feat.signal}")
            if where:  # offsets of the span that drove each example hit, never the text
                item["where"] = [w for w in where if w][:EXAMPLES_PER_EVIDENCE]
            items.append(item)
        return items


def is_extraction_family(family: str) -> bool:
    """Families of extraction detectors (what is asked), as opposed to behaviour (how it is
    asked) and safety findings (jailbreaks: a finding of their own, see `safety_findings`)."""
    return family.startswith(catalog.EXTRACTION_PREFIX)


def is_coordination_family(family: str) -> bool:
    """Families of an account's group context (linkage.cohort): shared cards, sign-up bursts."""
    return family.startswith(catalog.COORDINATION_PREFIX)


def is_safety_family(family: str) -> bool:
    return family.startswith(catalog.SAFETY_PREFIX)


def is_behaviour_family(family: str) -> bool:
    """How an account asks (automation, volume, templates, sweeps, origin, ...): everything that is
    neither what it asks for, nor its group context, nor a safety finding."""
    return not (is_extraction_family(family) or is_coordination_family(family) or is_safety_family(family))


# Who and where an account is (how new, where its traffic comes from against its language and
# hours), as opposed to how it behaves. A sign-up burst already says its members are new, and a new
# customer writing the language of another country is everyday (travellers, expats, a trial week):
# neither is the second family of a coordination case, nor one of a behaviour case. An
# independently written log's benign trial users, hackathon and class were flagged on exactly such
# pairs (BENCHMARKS.md, coordination, session 21).
IDENTITY_FAMILIES = ("account", "origin")


def is_identity_family(family: str) -> bool:
    return family in IDENTITY_FAMILIES


def is_manner_family(family: str) -> bool:
    """Behaviour families of manner (automation, volume, templates, ...), identity left out: those a
    behaviour case is made of."""
    return is_behaviour_family(family) and not is_identity_family(family)


def quiet_accounts(risk: "AccountRisk", features: pa.Table, signal_specs: dict[str, dict],
                   hits: np.ndarray | None = None) -> np.ndarray:
    """Per account of `risk`: it asked for no extraction at all (no hit, behaviour.small_accounts)
    and its own evidence holds nothing beyond the shapes of a heavy workload and its group context
    (no new account, no pivot, no origin mismatch, no safety finding, no behaviour case): what a
    company's seat shows. campaigns.collective lifts such members of a flagged sign-up burst only
    when they make a case of their own. `hits`: extraction_hits of `features`, when already counted."""
    telling = {f.signal for f in catalog.risk_features(signal_specs)
               if not f.workload and not is_coordination_family(f.family)} | {"behaviour_case"}
    if hits is None:
        hits = extraction_hits(features, signal_specs)
    hits = dict(zip(features.column("account_id").to_pylist(), hits.tolist()))
    return np.array([hits.get(a, 0) == 0 and not any(e.get("signal") in telling for e in ev)
                     for a, ev in zip(risk.account_ids, risk.evidence)], bool)


def safety_findings(features: pa.Table, signal_specs: dict[str, dict]) -> dict[str, list[dict]]:
    """account -> findings of safety signals (jailbreak attempts), reported on their own: they are
    no evidence of distillation alone (ordinary chat users try persona prompts), but an analyst
    wants to see them. Accounts without any are left out."""
    feats = [f for f in catalog.risk_features(signal_specs) if is_safety_family(f.family)]
    out: dict[str, list[dict]] = {}
    if not feats or not len(features):
        return out
    cols = {"account_id", "exchanges", "distinct_prompts"}
    for f in feats:
        cols |= {f.column, f"count_{f.signal}", f.examples}
    rows = features.select([c for c in features.column_names if c in cols]).to_pylist()
    for row in rows:
        items = []
        for f in feats:
            count = int(row.get(f"count_{f.signal}") or 0)
            if count:
                items.append({"signal": f.signal, "score": round(float(row.get(f.column) or 0.0), 4),
                              "detail": catalog.format_detail(f, row), "exchange_ids": _examples(row, f.examples)})
        if items:
            out[row["account_id"]] = items
    return out


def _fmt_pct(x: float) -> str:
    pct = 100 * x
    if pct >= 99.0:
        return f"{math.floor(pct * 10) / 10:.1f}%"
    return f"{math.floor(pct):.0f}%"


def _examples(row: dict, column: str) -> list[str]:
    ids = row.get(column) or row.get("sample_exchange_ids") or []
    return [i for i in ids if i is not None][:EXAMPLES_PER_EVIDENCE]


# said of an account whose risk passes the operating point but whose evidence does not make a case
MINIMUM_EVIDENCE_NOT_MET = {
    "signal": "minimum_evidence_not_met", "score": 0.0, "exchange_ids": [],
    "detail": "its own traffic makes no case although its risk passes the operating point: a case needs what "
              "the account asks for to be significant beside a second independent kind of evidence (or beyond "
              "every benign reference account), or coordination beyond every reference account beside other "
              "evidence",
}


# said of an account whose only unusual evidence is how it behaves
BEHAVIOUR_ONLY = {
    "signal": "behaviour_only", "score": 0.0, "exchange_ids": [],
    "detail": "its behaviour is unusual, but not extreme enough to make a case alone (batch jobs, evaluation "
              "harnesses and agents behave so too): its own risk stays that of what it asks for and what it "
              "shares with others",
}


def behaviour_case_evidence(families: int, risk: float) -> dict:
    """Said of an account flagged on its behaviour alone."""
    return {
        "signal": "behaviour_case", "score": round(risk, 4), "exchange_ids": [],
        "detail": f"flagged on how it behaves alone: {families} independent kinds of behaviour are each unusual "
                  f"(p <= {SIGNIFICANT_P}), at least {BEHAVIOUR_FAMILIES} beyond every benign reference account, and together they are more "
                  f"extreme than {_fmt_pct(risk)} of benign reference accounts; nothing it asks for or shares "
                  "with other accounts is",
    }


def insufficient_traffic_evidence(row: dict, min_exchanges: int) -> dict:
    n = int(row.get("exchanges") or 0)
    return {
        "signal": "insufficient_traffic",
        "score": 0.0,
        "detail": f"insufficient traffic: {n} exchange{'s' if n != 1 else ''} "
        f"(at least {min_exchanges} needed to judge an account on its own)",
        "exchange_ids": _examples(row, "sample_exchange_ids"),
    }
