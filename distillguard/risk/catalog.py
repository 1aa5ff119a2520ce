"""Which account features count as evidence, in which direction, and how to say them in words.

Each `RiskFeature` names one column of `distillguard.behaviour.account_features`, the direction
that is suspicious, the evidence family it belongs to (features of one family measure the same
thing, so only the strongest of a family counts), and a phrasing for the evidence detail.

Shares and rates are scored on their Wilson lower bound, so an account with 3 requests, 1 of
them templated, is not as surprising as one with 300 of 900: small accounts are noisy, and the
reference is made of accounts of every size.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from distillguard.linkage import cohort
from distillguard.signals import extraction_intent

WILSON_Z = 1.645  # one-sided 95%
# A detector signal counts only when it is a real part of an account's traffic: extraction
# campaigns make their tactic the bulk of what they send, while big mixed accounts (platforms,
# batch jobs) show every signal at a low background rate. Below this share (Wilson lower bound)
# a signal rate is "no evidence".
MIN_SIGNAL_SHARE = 0.05
# ... and it must be seen in at least this many requests (distinct prompts): one or two odd
# prompts among a few are not a pattern (an agent's 4 tasks, one of them a role-play that asks
# for scores, say), however high their share.
MIN_SIGNAL_COUNT = 3


@dataclass(frozen=True)
class RiskFeature:
    column: str  # account feature column
    signal: str  # evidence name shown to users
    family: str  # features of one family are not counted twice
    direction: int = 1  # +1: high is suspicious; -1: low is suspicious
    share: bool = False  # a share of the account's `per`: scored on its Wilson lower bound
    min_share: float = 0.0  # shares (lower bounds) below this count as 0
    min_count: int = 0  # shares of fewer than this many requests (or prompts) count as 0
    weight: float = 1.0
    detail: Callable[[dict], str] | None = None  # plain words from the account's feature row
    examples: str = "sample_exchange_ids"  # column holding example exchange ids
    per: str = "exchanges"  # what a share is a share of (its count column): exchanges or distinct_prompts
    # evidence beyond every reference account saturates at p = 1 / (n + 1) instead of extrapolating:
    # a reference of n accounts certifies a tail only that far (features that may make a case
    # without what is asked, see risk.score)
    saturate: bool = False
    # a property of one account's traffic that pooling a group's traffic would only add up (volume):
    # not evidence for a pooled group (campaigns.collective)
    additive: bool = False
    # the shape or size of a legitimate heavy workload (automation, volume, templates, one
    # capability, dataset sweeps): what batch jobs, eval harnesses and agents show, and a customer
    # bigger than every reference account is first of all a bigger customer, so it strengthens
    # other evidence but never makes a case on behaviour alone (risk.score: an eval harness the
    # reference lacked was beyond it in two such families)
    workload: bool = False
    # a count that a pooled group's members add up without any one of them showing it (distinct
    # known-dataset items): evidence for the group's case (a partitioned sweep is exactly that), but
    # not of what its typical member asks (risk.campaign_boost.mark_asked: gen_r's hackathon, 160
    # participants who each pasted a public coding problem or a few, pooled "swept 220 items")
    pooled_count: bool = False


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%" if x >= 0.01 else f"{100 * x:.1f}%"


def _n(row: dict) -> int:
    return int(row.get("exchanges") or 0)


def _prompts(row: dict) -> int:
    return int(row.get("distinct_prompts") or 0)


def _partition_detail(r: dict) -> str:
    shared = cohort.sharing(r.get("cohort_partition_artifact") or "artifact", lambda noun: f"its {noun}")
    who = f"one of {int(r['cohort_partition'])} accounts {shared} that"
    dataset = r.get("cohort_partition_dataset") or "one public dataset"
    if not r.get("cohort_partition_draws"):
        return f"{who} split {dataset} between them"
    return cohort.partition_words(who, dataset, int(r["cohort_partition_draws"]),
                                  int(r.get("cohort_partition_repeats") or 0),
                                  float(r.get("cohort_partition_expected") or 0))


def _ring_detail(r: dict) -> str:
    return (f"one of {int(r['cohort_ring'])} accounts of ten or more customers sharing its "
            f"{r.get('cohort_ring_artifact') or 'artifact'} that pay with {int(r.get('cohort_ring_cards') or 0)} "
            "payment instruments, each shared between several of them")


def _harvest_detail(r: dict) -> str:
    who = f"one of {int(r['cohort_harvest'])} accounts sharing its {r.get('cohort_harvest_artifact') or 'artifact'} that"
    return cohort.harvest_words(who, float(r.get("cohort_harvest_share") or 0), int(r.get("cohort_harvest_prompts") or 0),
                                r.get("cohort_harvest_datasets") or "public datasets")


# Behaviour features (independent of which detectors are installed).
BEHAVIOUR: tuple[RiskFeature, ...] = (
    RiskFeature("interarrival_cv", "machine_regular_timing", "automation", workload=True, direction=-1, weight=0.5,
                detail=lambda r: f"requests arrive at machine-regular intervals: gap variation "
                f"{r['interarrival_cv']:.2f} (median gap {r['interarrival_median_s'] or 0:.0f} s)"),
    RiskFeature("hour_entropy", "round_the_clock", "automation", workload=True, weight=0.5,
                detail=lambda r: f"active round the clock: {r['active_hours']} of 24 hours of the day "
                f"(hour-of-day entropy {r['hour_entropy']:.2f})"),
    RiskFeature("single_turn_ratio", "single_turn", "automation", workload=True, share=True, weight=0.5,
                detail=lambda r: f"{round(r['single_turn_ratio'] * _n(r))} of {_n(r)} requests are single-turn"),
    RiskFeature("top_params_share", "fixed_parameters", "automation", workload=True, share=True, weight=0.5,
                detail=lambda r: f"{round(r['top_params_share'] * _n(r))} of {_n(r)} requests send identical "
                f"request parameters ({r['distinct_params']} distinct settings)"),
    RiskFeature("exchanges", "volume", "volume", workload=True, weight=0.5, additive=True,
                detail=lambda r: f"{_n(r)} exchanges, {r['output_tokens']:,} output tokens "
                f"over {r['active_days']} day(s)"),
    RiskFeature("exchanges_per_active_day", "volume", "volume", workload=True, weight=0.5, additive=True,
                detail=lambda r: f"{r['exchanges_per_active_day']:.0f} exchanges per active day "
                f"(busiest hour {r['peak_hour_exchanges']})"),
    RiskFeature("output_tokens", "volume", "volume", workload=True, weight=0.5, additive=True,
                detail=lambda r: f"{r['output_tokens']:,} output tokens harvested in {_n(r)} exchanges"),
    RiskFeature("top_template_share", "template_concentration", "template", workload=True, share=True,
                examples="examples_template", per="distinct_prompts",
                detail=lambda r: f"{round(r['top_template_share'] * _prompts(r))} of {_prompts(r)} distinct prompts "
                f"use one prompt template ({r['distinct_templates']} templates in all)"),
    RiskFeature("top_capability_share", "capability_focus", "focus", workload=True, share=True,
                detail=lambda r: f"{round(r['top_capability_share'] * _n(r))} of {_n(r)} requests target "
                f"{r.get('top_capability') or 'one capability'}"),
    RiskFeature("dataset_share", "dataset_sweep", "dataset_sweep", workload=True, share=True, examples="examples_dataset_match",
                per="distinct_prompts",
                detail=lambda r: f"{round(r['dataset_share'] * _prompts(r))} of {_prompts(r)} distinct prompts match "
                f"items of known public datasets ({r['dataset_items']} distinct items)"),
    RiskFeature("dataset_items", "dataset_sweep", "dataset_sweep", workload=True, pooled_count=True,
                examples="examples_dataset_match",
                detail=lambda r: f"swept {r['dataset_items']} distinct known-dataset items"),
    RiskFeature("model_pivot_share", "model_pivot", "pivot",
                detail=lambda r: f"moved {_pct(r['model_pivot_share'])} of its traffic to a newly released "
                "model within 24 hours of its release"),
    RiskFeature("account_age_hours", "new_account", "account", direction=-1, weight=0.5,
                detail=lambda r: f"first used {r['account_age_hours']:.1f} hours after the account was created"),
    RiskFeature("tz_mismatch_hours", "origin_mismatch", "origin", weight=0.5,
                detail=lambda r: f"activity peaks at {r['peak_hour_utc']:.0f}:00 UTC, {r['tz_mismatch_hours']:.0f} "
                f"hours off the time zone of its IP country {r['ip_country']}"),
    RiskFeature("language_mismatch_share", "origin_mismatch", "origin", share=True, weight=0.5,
                detail=lambda r: f"{_pct(r['language_mismatch_share'])} of prompts are in a language "
                f"({r.get('mismatch_language') or 'not English'}) unusual for its IP country {r['ip_country']}"),
    RiskFeature("payment_country_mismatch", "origin_mismatch", "origin", weight=0.5,
                detail=lambda r: f"payment country {r['payment_country']} differs from IP country {r['ip_country']}"),
)

def _signup(r: dict) -> str:
    within = int(r.get("cohort_signup_within") or 0)
    holders = int(r.get("cohort_signup_holders") or 0)
    what = r.get("cohort_signup_artifact") or "artifact"
    return (f"{within} of the {holders} accounts sharing its {what} (itself included) were created within "
            f"{cohort.SIGNUP_WINDOW_S // 3600} hours of it")


# Coordination: the account's group context (linkage.cohort), calibrated against the benign
# reference like everything else (companies share cards, classes and apps sign up together).
# One family: a sign-up burst on a card is one piece of evidence, not two. It may make a case
# with a second, independent family (risk.score), so its tail saturates.
COORDINATION_PREFIX = "coordination:"
COORDINATION: tuple[RiskFeature, ...] = (
    RiskFeature("cohort_signup", "signup_burst", COORDINATION_PREFIX + "cohort", saturate=True, detail=_signup),
    RiskFeature("cohort_card", "shared_card", COORDINATION_PREFIX + "cohort", weight=0.5, saturate=True,
                detail=lambda r: f"pays with a payment instrument shared by {int(r['cohort_card'])} accounts"),
    RiskFeature("cohort_ring", "card_ring", COORDINATION_PREFIX + "cohort", saturate=True, detail=_ring_detail),
    RiskFeature("cohort_partition", "partitioned_sweep", COORDINATION_PREFIX + "cohort", saturate=True,
                detail=_partition_detail),
    RiskFeature("cohort_harvest", "harvest_fleet", COORDINATION_PREFIX + "cohort", saturate=True,
                detail=_harvest_detail),
)

# Family name prefixes by what a detector's evidence is (its `evidence` trait): the risk model
# treats extraction families as *what* an account asks for, safety families as findings that
# strengthen extraction evidence only, and unprefixed (behaviour) families as *how* it asks.
EXTRACTION_PREFIX = "signal:"
SAFETY_PREFIX = "safety:"


def family_name(evidence: str, family: str) -> str:
    if evidence == "extraction":
        return EXTRACTION_PREFIX + family
    if evidence == "safety":
        return SAFETY_PREFIX + family
    return family


def signal_feature(name: str, description: str, per_prompt: bool = False, evidence: str = "extraction",
                   family: str | None = None, min_share: float | None = None, detail_note=None) -> RiskFeature:
    """The evidence feature for one exchange detector: the share of requests (of distinct prompts,
    for a signal of the prompt text alone) that show it."""

    def detail(r: dict, name=name, description=description) -> str:
        of = f"{_prompts(r)} distinct prompts" if per_prompt else f"{_n(r)} requests"
        return f"{r[f'count_{name}']} of {of} {description}" + (detail_note(r) if detail_note else "")

    fam = family_name(evidence, family or name)
    asked = evidence in ("extraction", "safety")  # what is asked: a pattern needs a few prompts
    # the behaviour detectors (templates, dataset items, longest outputs) describe workloads
    return RiskFeature(f"rate_{name}", name, fam, share=True, detail=detail, examples=f"examples_{name}",
                       workload=evidence == "behaviour",
                       min_share=(MIN_SIGNAL_SHARE if min_share is None else min_share) if asked else 0.0,
                       min_count=MIN_SIGNAL_COUNT if asked else 0,
                       per="distinct_prompts" if per_prompt else "exchanges")


# The learned content classifier: its evidence names the intent most of its hits ask for.
INTENT_SIGNAL = extraction_intent.NAME
INTENT_PHRASES = {
    "reasoning_trace": "the model's full reasoning trace",
    "reasoning_reconstruction": "the reasoning behind given answers",
    "grading": "grades, rankings or preference judgements of responses",
    "synthetic_data": "synthetic training data",
    "capability_probing": "the model's own capabilities, identity or limits",
    "system_prompt_extraction": "the system prompt",
    "agentic_trajectory": "full agent trajectories",
}


def _intent_note(r: dict, cue_lists: tuple[str, ...] = ()) -> str:
    """"(90% of them for <top intent>; 12 match the <cue list> cue list)": what the classifier's
    hits ask for, and the cue list that agrees most, in plain words."""
    top = r.get("top_intent")
    if not top:
        return ""
    share = r.get("top_intent_share") or 0.0
    note = f" ({_pct(share)} of them for {INTENT_PHRASES.get(top, top)}"
    count, name = max(((int(r.get(f"count_{n}") or 0), n) for n in cue_lists), default=(0, ""))
    if count:
        note += f"; {count} match the {name} cue list"
    in_schema = int(r.get("schema_intent_hits") or 0)
    if in_schema:
        note += f"; {in_schema} ask through the JSON schema of the response format, not in the prompt"
    return note + ")"


def family_feature(family: str, members: list[str], specs: dict[str, dict]) -> RiskFeature:
    """One feature for an extraction family of several scored detectors: the share of prompts on
    which any of them fires. One test, not one per member, and no prompt counted twice."""
    lead = members[0]
    per_prompt = all(specs[m].get("per_prompt") for m in members)
    description = specs[lead]["description"]
    shares = [specs[m].get("min_share") for m in members]

    def detail(r: dict) -> str:
        of = f"{_prompts(r)} distinct prompts" if per_prompt else f"{_n(r)} requests"
        return f"{r[f'count_family_{family}']} of {of} {description}"

    return RiskFeature(f"rate_family_{family}", lead, family_name("extraction", family), share=True, detail=detail,
                       examples=f"examples_{lead}",
                       min_share=min((x for x in shares if x is not None), default=MIN_SIGNAL_SHARE),
                       min_count=MIN_SIGNAL_COUNT, per="distinct_prompts" if per_prompt else "exchanges")


def risk_features(signal_specs: dict[str, dict]) -> list[RiskFeature]:
    """All evidence features for a scan whose signals table has these detectors. A detector that
    `explains` another one present is not scored (its counts only word that one's evidence); the
    rest of an extraction family of several detectors is scored as one feature (`family_feature`)."""
    from distillguard.behaviour.features import shared_families

    specs = {n: s for n, s in signal_specs.items() if s.get("explains") not in signal_specs}
    shared = shared_families(signal_specs)
    in_shared = {m for members in shared.values() for m in members}
    feats = list(BEHAVIOUR) + list(COORDINATION)
    cue_lists = tuple(n for n, spec in signal_specs.items() if spec.get("explains") == INTENT_SIGNAL)
    intent_note = functools.partial(_intent_note, cue_lists=cue_lists)
    feats += [signal_feature(name, spec["description"], bool(spec.get("per_prompt")), spec.get("evidence", "extraction"),
                             spec.get("family"), spec.get("min_share"), detail_note=intent_note if name == INTENT_SIGNAL else None)
              for name, spec in specs.items() if name not in in_shared]
    feats += [family_feature(fam, members, specs) for fam, members in shared.items()]
    return feats


def wilson_lower(share: np.ndarray, n: np.ndarray, z: float = WILSON_Z) -> np.ndarray:
    """Wilson score lower bound of a binomial proportion (vectorized; nan stays nan)."""
    n = np.maximum(n.astype(float), 1.0)
    p = np.clip(share, 0.0, 1.0)
    centre = p + z * z / (2 * n)
    margin = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return np.clip((centre - margin) / (1 + z * z / n), 0.0, 1.0)


def raw_values(features: pa.Table, feat: RiskFeature) -> np.ndarray:
    """The feature's column as it is (a share as a share, no lower bound; nan = unknown)."""
    if feat.column not in features.column_names:
        return np.full(len(features), np.nan)
    return features.column(feat.column).cast(pa.float64()).to_numpy(zero_copy_only=False).astype(float)


def scoring_values(features: pa.Table, feat: RiskFeature) -> np.ndarray:
    """The value a feature is scored on, oriented so that larger is more suspicious (nan = unknown)."""
    if feat.column not in features.column_names:
        return np.full(len(features), np.nan)
    values = raw_values(features, feat)
    if feat.share:
        per = feat.per if feat.per in features.column_names else "exchanges"
        n = features.column(per).to_numpy().astype(float)
        shares = values
        values = np.where(np.isnan(values), np.nan, wilson_lower(np.nan_to_num(values), n))
        if feat.min_count:
            values = np.where(np.rint(np.nan_to_num(shares) * n) < feat.min_count, 0.0, values)
        if feat.min_share:
            values = np.where(values < feat.min_share, 0.0, values)
    # Rounded so that float noise (e.g. a Wilson bound of 0 computed at different n) never ranks.
    return np.round(values, 9) * feat.direction


def format_detail(feat: RiskFeature, row: dict) -> str:
    try:
        return feat.detail(row) if feat.detail else f"{feat.column} = {row.get(feat.column)}"
    except (TypeError, ValueError, KeyError):  # a null in an optional field: still say something
        value = row.get(feat.column)
        return f"{feat.column} = {value:.3g}" if isinstance(value, float) and not math.isnan(value) else f"{feat.column} = {value}"
