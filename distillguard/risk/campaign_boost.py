"""Campaign-aware risk: an account strongly tied to a suspicious campaign inherits its risk.

Campaign detection (`distillguard.campaigns.detect_campaigns`) groups accounts that share
infrastructure, templates, payment or timing. A member's risk becomes
max(own risk, membership strength x campaign risk), and the campaign is added to its evidence.
A strong member (strength >= FLAG_STRENGTH) of a campaign at the operating point is flagged even
when its own traffic is too small or too ordinary to judge alone: hydra clusters spread their
volume so that each account looks modest.
"""

from __future__ import annotations

import copy
import functools

import numpy as np

from distillguard.risk import catalog
from distillguard.risk.score import SIGNIFICANT_P, AccountRisk, is_extraction_family

# Ties at least this strong to a campaign at the operating point flag the member. Weaker ties
# (e.g. a resident sharing one residential proxy address with a hydra cluster) only raise risk:
# on the medium scenario, ties of 0.69-0.78 were all benign users of shared addresses.
FLAG_STRENGTH = 0.9
# campaign evidence about the group's judgement, not about what its accounts share
GROUP_EVIDENCE = ("member_risk", "collective_evidence", "thin_fleet", "kin_fleet", "program_fleet", "relay_front")
# Members of campaigns this big (campaigns.collective.MIN_GROUP) at the operating point are
# ranked by their campaign's size above accounts flagged alone (member_rank), at a tail under
# the 2e-9 to 5e-9 where the evidence of the most extreme accounts judged alone saturates (every
# family beyond the reference; a relay's own verdict can still read 1.0)
RANKED_CAMPAIGN = 10
RANK_TAIL = 1e-10
# ... when what they harvest asks for what distillers want (`mark_asked`): their distinct prompts,
# pooled and scored as their typical member, significant (SIGNIFICANT_P) in an extraction family or
# in a known-dataset sweep; or they sweep public datasets as a group, or hide behind a card ring
# (many customers' accounts on a few shared cards: an operator's cover, no benign reference account
# shows it). A big group whose case rests only on who its accounts are and how they ask (one card,
# one sign-up burst, long outputs, the new model the day it came out), or that asks one assignment
# again and again, is what a hackathon, a class or a company's seats look like too: its members keep
# the campaign's own risk and rank after the cases that rest on what was harvested. Flags do not
# change. gen_r (session 39): a hackathon's 155 participants on the sponsor's card ranked first,
# above every fleet that asked for reasoning traces; gen_j: a class of 60, each student flagged alone
# on the teacher's few "explain step by step" prompts, which pooled are a handful among 1,000 others
# (a thin fleet's own evidence: accounts too small to judge, each asking mostly for outputs)
ASKED_GROUP_SIGNALS = ("partitioned_sweep", "harvest_fleet", "card_ring", "thin_fleet")
# ... and, whatever it asks, a group whose members between them send fewer distinct prompts than
# they are members asks one assignment again and again: a harvest at scale needs outputs to many
# prompts (the fewest of any campaign of 10+ accounts in 21 blind logs: 2.3 per member; gen_v's class,
# 57 students on the department's card, 10 prompts between them, "generate training examples")
ASSIGNMENT_PROMPTS_PER_MEMBER = 1.0
# A smaller campaign whose every exchange carries one organisation (or one payment instrument) is
# one customer's seats, in the open: its flagged members stay flagged, ranked after every account
# flagged alone and every fleet (customer_rank). Content companies (coaching institutes' worked
# solutions, synthetic-data startups, evaluation companies) were most of the benign accounts
# flagged on the eight blind logs (112 of 203), each one org on one card in groups of 2-5 seats,
# ranked above fleets that hide behind many cards and exits (benchmarks/results/coordination.md,
# session 29).


def _membership_fields(value) -> tuple[str | None, float, list[dict]]:
    """(campaign_id, strength, evidence) from whichever shape the membership entry has."""
    if value is None:
        return None, 0.0, []
    if isinstance(value, dict):
        return value.get("campaign_id"), float(value.get("strength", value.get("score", 1.0)) or 0.0), list(
            value.get("evidence") or []
        )
    if isinstance(value, (tuple, list)):
        cid = value[0] if len(value) > 0 else None
        strength = float(value[1]) if len(value) > 1 and value[1] is not None else 1.0
        evidence = list(value[2]) if len(value) > 2 and value[2] else []
        return cid, strength, evidence
    return (getattr(value, "campaign_id", None), float(getattr(value, "strength", 1.0) or 0.0),
            list(getattr(value, "evidence", None) or []))


@functools.lru_cache(maxsize=None)
def _key_noun(signal: str) -> str | None:
    """What one key of the link kind named `signal` is ("IP addresses"); None for other evidence."""
    from distillguard.linkage.kinds import get_kind

    try:
        return get_kind(signal).key_noun
    except KeyError:
        return None


def describe_campaign(campaign: dict) -> str:
    """'member of campaign c-3: 212 accounts sharing prompt templates and networks' style."""
    n = len(campaign.get("account_ids") or [])
    signals = [str(e.get("signal", "")) for e in campaign.get("evidence") or []]
    # what the accounts share (link kinds, in their own words), not how the group was judged
    shared = [noun for noun in dict.fromkeys(_key_noun(s) for s in signals if s and s not in GROUP_EVIDENCE) if noun][:3]
    text = f"member of campaign {campaign.get('campaign_id')}: {n} accounts"
    if "collective_evidence" in signals:
        text += " judged together on their pooled traffic"
    if "thin_fleet" in signals:
        text += " too small to judge alone, each asking mostly for model outputs to train on"
    if "kin_fleet" in signals:
        text += " flagged one by one on one private pool of prompt templates,"
    if "program_fleet" in signals:
        text += " flagged one by one, tied by no key, running one program,"
    if "relay_front" in signals:
        text += " relaying flagged end users under many organisations from one operator's cards and gateways,"
    if shared:
        text += " sharing " + (", ".join(shared[:-1]) + " and " + shared[-1] if len(shared) > 1 else shared[0])
    if campaign.get("assignment_prompts"):
        text += (f", whose members between them sent only {campaign['assignment_prompts']} distinct prompts (one "
                 "assignment asked again and again, as a class or a workshop does: reviewed after cases that harvest "
                 "outputs to many prompts)")
    elif campaign.get("asked") is False:
        text += (", whose distinct prompts, pooled, ask for nothing that distillers harvest (reviewed after "
                 "cases that rest on what was asked)")
    if campaign.get("one_customer") and n < RANKED_CAMPAIGN:
        text += f", all of one {campaign['one_customer']} (one customer's seats, in the open: reviewed after fleets that hide)"
    targets = campaign.get("targets") or []
    if targets:
        text += f", targeting {', '.join(map(str, targets[:3]))}"
    return text


def asked_signals(signal_specs: dict[str, dict]) -> frozenset[str]:
    """Evidence names that say a group harvests what distillers want: the extraction families, the
    known-dataset sweep, a group's sweep of public datasets, a card ring (linkage.cohort) and a
    thin fleet (campaigns.thin_fleet)."""
    return frozenset({f.signal for f in catalog.risk_features(signal_specs)
                      if is_extraction_family(f.family) or f.family == "dataset_sweep"} | set(ASKED_GROUP_SIGNALS))


def asks_for_outputs(evidence: list[dict], asked: frozenset[str]) -> bool:
    """The evidence holds a significant item of what is asked (`asked_signals`)."""
    return any(e.get("signal") in asked and float(e.get("score") or 0.0) >= 1.0 - SIGNIFICANT_P for e in evidence)


def mark_asked(campaigns: list[dict], score_group, signal_specs: dict[str, dict], *,
               min_size: int = RANKED_CAMPAIGN) -> list[dict]:
    """`campaigns` with "asked" set on those of at least `min_size` accounts (see RANK_TAIL): their
    members' traffic, pooled as one account and scored as their typical member (`score_group`, made
    by pipeline.group_scorer with typical=True), asks for what distillers harvest
    (`asks_for_outputs`); or the campaign's own evidence says so already (a group sweep, a card
    ring, a thin fleet). Never a group whose pooled traffic holds fewer distinct prompts than it
    has members (ASSIGNMENT_PROMPTS_PER_MEMBER): one assignment, asked again and again."""
    asked = asked_signals(signal_specs)
    big = [i for i, c in enumerate(campaigns) if len(c.get("account_ids") or ()) >= min_size]
    if not big:
        return list(campaigns)
    many = getattr(score_group, "many", None)
    groups = [list(campaigns[i]["account_ids"]) for i in big]
    scores = many(groups) if many is not None else [score_group(g) for g in groups]
    out = list(campaigns)
    for i, score in zip(big, scores):
        own = campaigns[i].get("evidence") or []
        members = len(campaigns[i]["account_ids"])
        if 0 < score.prompts < ASSIGNMENT_PROMPTS_PER_MEMBER * members:
            out[i] = dict(campaigns[i], asked=False, assignment_prompts=int(score.prompts))
            continue
        out[i] = dict(campaigns[i], asked=asks_for_outputs(own, asked) or asks_for_outputs(score.evidence, asked))
    return out


def member_rank(size: int, *, flagged_alone: bool = True) -> float:
    """The risk a named member of a campaign of `size` >= RANKED_CAMPAIGN accounts at the
    operating point takes (when its own is lower): 1 - RANK_TAIL / size for a member whose own
    traffic flagged it, 1 - RANK_TAIL (1 + 1 / (2 size)) / size for one only the campaign flagged.

    Beyond the flag bar risk no longer says "above this share of the reference" (every account
    there is beyond it, and how far beyond is an extrapolation whose size differs by rule): it
    orders the flagged, for review and for rate-of-benign metrics. There, a case that covers 300
    linked accounts goes first, then one of 10, then accounts flagged alone or in small groups:
    coordination at scale is the adversary's mark (the public record: some 24,000 accounts run as
    hydra clusters), where a benign organisation's flagged seats are few (benchmarks/results/
    coordination.md, session 24: its evaluation company's 22 seats were flagged in six groups of
    2-5, a tutoring school's in groups of 2 and 5). Flags do not change.

    Within a campaign, members flagged on their own traffic go first, then the members only the
    campaign flagged, all before the next smaller campaign. A benign account swept into a fleet's
    case (a trial sign-up on the fleet's network, pooled with it) is never flagged alone, where
    most of a fleet's members are (gen_h, session 32: 434 of 499 members of its largest case, 0 of
    its 7 benign). Ordering all own-flagged members of every campaign first was worse: a fleet of
    thin accounts (none judged alone, by design) fell under a small company's seats each flagged
    alone (gen_f, session 32: recall at 0.1% 70.8% -> 50.5%).
    """
    size = max(size, 1)
    tail = RANK_TAIL / size
    if flagged_alone:
        return 1.0 - tail
    # at least one float step under (near 1.0 the steps are 1.1e-16: campaigns of thousands)
    return min(1.0 - tail * (1.0 + 0.5 / size), float(np.nextafter(1.0 - tail, 0.0)))


def customer_rank(target_fpr: float) -> float:
    """The risk a flagged member of one customer's small campaign takes at most: half way between
    the flag bar and 1, under every account whose evidence reaches beyond it (flags do not change)."""
    return 1.0 - target_fpr / 2.0


def apply_campaigns(base: AccountRisk, campaigns: list[dict], membership: dict, *, target_fpr: float) -> AccountRisk:
    """A copy of `base` with campaign ids, raised risks, flags and campaign evidence. A member that
    ends unflagged (tied under FLAG_STRENGTH to its campaign, not flagged on its own) gets no
    campaign id: `named_members` then leaves it out of the campaign's accounts."""
    out = copy.deepcopy(base)
    by_id = {c.get("campaign_id"): c for c in campaigns}
    index = {a: i for i, a in enumerate(out.account_ids)}
    threshold = 1.0 - target_fpr
    raised = flagged_by_campaign = customers = 0
    for account, value in (membership or {}).items():
        i = index.get(account)
        cid, strength, member_evidence = _membership_fields(value)
        if i is None or cid is None:
            continue
        campaign = by_id.get(cid, {"campaign_id": cid})
        c_risk = float(campaign.get("risk") or 0.0)
        inherited = float(np.clip(strength * c_risk, 0.0, 1.0))
        if inherited > out.risk[i]:
            out.risk[i] = inherited
            raised += 1
        # The campaign, not the product strength x risk, is judged at the operating point: a
        # member tied at 0.998 to a campaign of risk 1.0 is as much a member as one tied at 1.0.
        if strength >= FLAG_STRENGTH and c_risk >= threshold and not out.flagged[i]:
            out.flagged[i] = True
            flagged_by_campaign += 1
            # ... and its risk says so: ranked with the campaign, not below accounts left unflagged
            out.risk[i] = max(out.risk[i], c_risk)
        if out.flagged[i]:
            out.campaign_ids[i] = cid
            size = len(campaign.get("account_ids") or ())
            if c_risk >= threshold and size >= RANKED_CAMPAIGN and campaign.get("asked", True):
                # a named member of a big campaign is ranked by it (member_rank), whatever its tie's
                # strength: a hydra's members behind rotating exits are tied at 0.5-0.9, a company's seats at 1.0
                out.risk[i] = max(out.risk[i], member_rank(size, flagged_alone=bool(base.flagged[i])))
            customer = campaign.get("one_customer")
            if customer and size < RANKED_CAMPAIGN:
                out.risk[i] = min(out.risk[i], customer_rank(target_fpr))  # (never raised by it)
                customers += 1
            item = {"signal": "campaign_member", "score": round(strength, 4), "detail": describe_campaign(campaign),
                    "exchange_ids": []}
        else:
            # tied too weakly to be a member: not named in the campaign (no benign account in one),
            # while its risk and this item say what tied it
            item = {"signal": "campaign_tie", "score": round(strength, 4), "exchange_ids": [],
                    "detail": f"tied to campaign {cid} (strength {strength:.2f}), under the bar that makes a member"}
        extra = [dict(e, exchange_ids=list(e.get("exchange_ids") or [])) for e in member_evidence]
        # Campaign evidence first when it is what decided; own evidence first otherwise.
        if inherited >= base.risk[i]:
            out.evidence[i] = [item, *extra, *out.evidence[i]]
        else:
            out.evidence[i] = [*out.evidence[i], item, *extra]
    out.stats = dict(out.stats, campaign_raised_accounts=raised, campaign_flagged_accounts=flagged_by_campaign,
                     one_customer_accounts=customers)
    return out


def named_members(campaigns: list[dict], final: AccountRisk) -> list[dict]:
    """The campaigns with their accounts cut to the members `apply_campaigns` named (flagged ones);
    a campaign left with none is dropped."""
    named: dict[str, list[str]] = {}
    for account, cid in zip(final.account_ids, final.campaign_ids):
        if cid is not None:
            named.setdefault(cid, []).append(account)
    out = []
    for c in campaigns:
        members = set(named.get(c.get("campaign_id"), ()))
        kept = [a for a in c.get("account_ids") or [] if a in members]
        if not kept:
            continue
        out.append(c if len(kept) == len(c.get("account_ids") or []) else dict(c, account_ids=kept, size=len(kept)))
    return out
