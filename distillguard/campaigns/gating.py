"""When is a community a campaign, and which of its accounts belong to it.

A community of linked accounts is not a campaign by itself: employees behind a corporate NAT,
the customers of a reseller or users of a popular prompt template are linked too. It becomes
a campaign only when it is suspicious *as a group*:

- rule 1 (member risk): at least MIN_FLAGGED accounts flagged on their own, making up at least
  MIN_FLAGGED_SHARE of the group, and the group tightly tied (median member strength at least
  MIN_COHESION: two accounts flagged by chance that merely share a busy NAT are not a campaign);
- rule 2 (suspicious coordination): at least one account flagged on its own, and most accounts
  tied by a link that is itself suspicious (complementary sweeps of one benchmark: benign users
  do not split a dataset between accounts);
- rule 3 (collective risk, off by default: `GateConfig.median_risk_rule`): no account is flagged
  alone, but the group is tightly tied (same cohesion), has at least MIN_GROUP_SIZE accounts,
  and its *median* member risk is at least MIN_GROUP_MEDIAN_RISK: a fleet that keeps each
  account just under the bar. Such a group's risk stays below the operating point, so it was only
  reported for review; since every group holding one operator artifact is judged on its pooled
  traffic at the operating point (campaigns.collective), the rule found no campaign that pooling
  did not, and its only finds on the adversary scenarios were benign teams signed up together
  (benchmarks/results/coordination.md).
Accounts too small to judge at all are grouped by the keys only they hold and judged on their
pooled traffic instead (campaigns.collective, rule "collective_evidence").

Membership strength says how tightly an account is tied to the rest: 1 - exp(-w / SCALE), w the
mean of its TOP_K heaviest (corroborated, see LinkGraph.corroborated_weight) links inside the
community: links of ~1 (a shared card and proxy pool) give ~0.86, a busy NAT address alone
(~0.15 once halved for standing alone) ~0.26. An account not flagged on its own stays in only
when strongly tied (MIN_STRENGTH_CLEAN) *and* through at least MIN_KINDS_CLEAN independent kinds of link
(kind families: an address and its /24 count once): this is
what lets a clean-looking proxy account be caught through its links, and what keeps out a
bystander who merely shares a VPN exit, or who happened to sign up during the campaign's burst.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

SUSPICIOUS_KINDS = ("complementary_sweep",)


class Found(NamedTuple):
    """A group decided to be a campaign, before it is described."""

    risk: float
    members: np.ndarray  # account indices
    rule: str  # which rule made it a campaign (gating, "collective_evidence", "thin_fleet", ...)
    extra: list[dict]  # evidence items of the group's judgement, listed first


def lone_flagged(flagged: np.ndarray, found: list[Found], relay: np.ndarray | None = None) -> np.ndarray:
    """The accounts flagged on their own that no campaign of `found` holds, relays left out (a
    relay is no member of its end users' campaigns)."""
    lone = flagged.copy()
    for f in found:
        lone[f.members] = False
    if relay is not None:
        lone &= ~relay
    return lone


def joined_parts(parts: list[Found], extra: list[dict] | None = None) -> Found:
    """One campaign of `parts`: the highest risk, every member, the rule of the riskiest (biggest)
    part or "collective_evidence" when any part was judged pooled, and `extra` (default: the
    parts' own group evidence, first three)."""
    lead = max(parts, key=lambda f: (f.risk, len(f.members)))
    rule = "collective_evidence" if any(f.rule == "collective_evidence" for f in parts) else lead.rule
    extra = [e for f in parts for e in f.extra][:3] if extra is None else extra
    return Found(max(f.risk for f in parts), np.unique(np.concatenate([f.members for f in parts])), rule, extra)


def in_id_order(graph, found: list[Found]) -> list[Found]:
    """Deterministic campaign ids: riskiest, then biggest, then by first account id."""
    return sorted(found, key=lambda f: (-round(f.risk, 9), -len(f.members), graph.account_ids[int(f.members.min())]))


@dataclass(frozen=True)
class GateConfig:
    min_flagged: int = 2
    min_flagged_share: float = 0.25
    min_suspicious_link_share: float = 0.5
    min_strength_flagged: float = 0.3
    min_strength_clean: float = 0.6
    min_kinds_clean: int = 2
    min_kind_weight: float = 0.15  # a kind counts towards min_kinds_clean from this weight on
    min_cohesion: float = 0.7
    min_group_size: int = 5
    min_group_median_risk: float = 0.9
    strength_scale: float = 0.5
    top_k: int = 3
    median_risk_rule: bool = False  # rule 3 (see above)


def keep_members(flagged: np.ndarray, strength: np.ndarray, kinds: np.ndarray, cfg: GateConfig) -> np.ndarray:
    clean_ok = (strength >= cfg.min_strength_clean) & (kinds >= cfg.min_kinds_clean)
    return np.where(flagged, strength >= cfg.min_strength_flagged, clean_ok)


def is_campaign(flagged: np.ndarray, suspicious_linked: np.ndarray, strength: np.ndarray,
                cfg: GateConfig, risk: np.ndarray | None = None) -> tuple[bool, str]:
    """(decision, which rule) for the kept members of one community."""
    n = len(flagged)
    if n < 2:
        return False, ""
    n_flag = int(flagged.sum())
    cohesive = float(np.median(strength)) >= cfg.min_cohesion
    if n_flag >= cfg.min_flagged and n_flag >= cfg.min_flagged_share * n and cohesive:
        return True, "member_risk"
    if n_flag >= 1 and suspicious_linked.mean() >= cfg.min_suspicious_link_share and cohesive:
        return True, "suspicious_coordination"
    if (cfg.median_risk_rule and risk is not None and n >= cfg.min_group_size and cohesive
            and float(np.median(risk)) >= cfg.min_group_median_risk):
        return True, "collective_risk"
    return False, ""


# The share flagged raises campaign risk towards 1 but never to it: every campaign all of whose
# members are flagged would read exactly 1.0, benign look-alikes (a team of graders) and fleets
# alike, and no threshold could rank them (gen_a: 41 benign campaign members tied with all 459
# campaign accounts; recall at 0.1% benign FPR 0%). What stays is ordered by the members' risk.
ORDER_NUDGE = 1e-3


def campaign_risk(risk: np.ndarray, flagged: np.ndarray) -> float:
    """Group risk: the upper quartile of member risk, raised by the share flagged on their own
    (never to 1.0: ORDER_NUDGE).

    Deliberately not a "how unlikely together" score (eight accounts at the 0.9 benign quantile
    are very unlikely *if independent*, but linked benign accounts are not independent): a
    campaign found by collective risk alone keeps a risk below the flagging point, so it is
    reported for review rather than acted on automatically.
    """
    if not len(risk):
        return 0.0
    q75 = float(np.quantile(risk, 0.75))
    share = float(flagged.mean()) * (1.0 - ORDER_NUDGE)
    return float(np.clip(1.0 - (1.0 - q75) * (1.0 - share), 0.0, 1.0))
