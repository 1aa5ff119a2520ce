"""Campaign membership raises risk, flags strong members, and adds campaign evidence."""

import numpy as np

from distillguard.risk import AccountRisk, apply_campaigns
from distillguard.risk.campaign_boost import RANKED_CAMPAIGN, customer_rank, describe_campaign, member_rank, named_members


def _base():
    return AccountRisk(account_ids=["a", "b", "c"], risk=np.array([0.5, 0.9995, 0.1]),
                       flagged=np.array([False, True, False]),
                       evidence=[[{"signal": "x", "score": 0.5, "detail": "own"}], [], []],
                       combined=np.zeros(3), judged=np.array([True, True, False]), campaign_ids=[None] * 3)


CAMPAIGN = {"campaign_id": "c-3", "account_ids": ["a", "b", "c"], "risk": 0.9999, "targets": ["math reasoning"],
            "evidence": [{"signal": "shared_template", "score": 0.9, "detail": "..."},
                         {"signal": "shared_network", "score": 0.8, "detail": "..."}]}


def test_strong_member_inherits_campaign_risk_and_is_flagged():
    membership = {"a": {"campaign_id": "c-3", "strength": 1.0, "evidence": [{"signal": "shared_ip_network", "score": 0.8, "detail": "linked"}]},
                  "b": {"campaign_id": "c-3", "strength": 0.9, "evidence": []},
                  "c": {"campaign_id": "c-3", "strength": 0.3, "evidence": []}}
    out = apply_campaigns(_base(), [CAMPAIGN], membership, target_fpr=0.001)
    assert out.campaign_ids == ["c-3", "c-3", None]  # the weak member is not named in the campaign
    assert out.risk[0] == np.float64(0.9999) and out.flagged[0]
    assert out.evidence[0][0]["signal"] == "campaign_member"
    assert out.evidence[0][0]["detail"].startswith("member of campaign c-3: 3 accounts sharing prompt templates and networks")
    assert out.evidence[0][1]["signal"] == "shared_ip_network"
    assert out.evidence[0][-1]["detail"] == "own"
    assert out.risk[1] == np.float64(0.9995)  # own risk was higher than 0.9 x 0.9999: kept
    assert out.flagged[1]
    assert out.risk[2] == np.float64(0.9999 * 0.3) and not out.flagged[2]  # weak member: raised, not flagged
    assert out.evidence[2][0]["signal"] == "campaign_tie" and "under the bar" in out.evidence[2][0]["detail"]
    assert out.stats["campaign_flagged_accounts"] == 1
    base = _base()  # the input is not modified
    assert base.risk[0] == 0.5 and base.campaign_ids == [None] * 3


def _flagged(risks):
    n = len(risks)
    return AccountRisk(account_ids=[f"a{i}" for i in range(n)], risk=np.array(risks, float),
                       flagged=np.array([r >= 0.999 for r in risks]), evidence=[[] for _ in range(n)],
                       combined=np.zeros(n), judged=np.ones(n, bool), campaign_ids=[None] * n)


def test_members_of_big_campaigns_rank_first_by_size_and_flags_do_not_change():
    """Beyond the bar risk orders: the members of a campaign of 30 before those of one of 10,
    both before accounts flagged alone or in a group under RANKED_CAMPAIGN, whatever the
    strength of their ties; nobody is flagged by it."""
    assert member_rank(300) > member_rank(30) > member_rank(10) > 1 - 1e-9
    sizes = (30, RANKED_CAMPAIGN, RANKED_CAMPAIGN - 1)
    risks = [0.9995] * sum(sizes) + [1 - 4.6e-9, 0.5]  # then one flagged alone, one clean
    base = _flagged(risks)
    campaigns, membership, k = [], {}, 0
    for j, size in enumerate(sizes):
        ids = [f"a{i}" for i in range(k, k + size)]
        campaigns.append({"campaign_id": f"c-{j + 1}", "account_ids": ids, "risk": 0.99999})
        membership.update({a: (f"c-{j + 1}", 0.55, []) for a in ids})  # weak ties, flagged on their own
        k += size
    out = apply_campaigns(base, campaigns, membership, target_fpr=0.001)
    assert (out.risk[:30] == member_rank(30)).all() and (out.risk[30:40] == member_rank(10)).all()
    assert (out.risk[40:49] == 0.9995).all()  # a group of 9: its members keep their own order
    assert out.risk[30] > out.risk[49] > out.risk[40]  # the lone account between them
    assert list(out.flagged) == list(base.flagged)
    under = [dict(c, risk=0.99) for c in campaigns]  # a campaign under the bar ranks nobody
    out = apply_campaigns(base, under, membership, target_fpr=0.001)
    assert (out.risk[:30] == 0.9995).all()


def test_within_a_campaign_members_flagged_alone_go_before_those_only_the_campaign_flagged():
    """A member the campaign brought in (not flagged on its own traffic) ranks after its
    campaign's members flagged alone and before every member of a smaller campaign; its flag stays."""
    own, brought, smaller = 25, 5, 29
    base = _flagged([0.9995] * own + [0.5] * brought + [0.9995] * smaller)
    big = [f"a{i}" for i in range(own + brought)]
    small = [f"a{i}" for i in range(own + brought, own + brought + smaller)]
    campaigns = [{"campaign_id": "c-1", "account_ids": big, "risk": 0.99999},
                 {"campaign_id": "c-2", "account_ids": small, "risk": 0.99999}]
    membership = {a: ("c-1", 1.0, []) for a in big} | {a: ("c-2", 1.0, []) for a in small}
    out = apply_campaigns(base, campaigns, membership, target_fpr=0.001)
    assert out.flagged.all() and out.stats["campaign_flagged_accounts"] == brought
    assert (out.risk[:own] == member_rank(30)).all()
    assert (out.risk[own:own + brought] == member_rank(30, flagged_alone=False)).all()
    assert (out.risk[own + brought:] == member_rank(29)).all()
    assert out.risk[0] > out.risk[own] > out.risk[-1]
    for size in (10, 100, 500):
        assert member_rank(size - 1) < member_rank(size, flagged_alone=False) < member_rank(size)
    for size in (5_000, 24_000):  # still strictly under where floats near 1 no longer tell sizes apart
        assert member_rank(size, flagged_alone=False) < member_rank(size) == member_rank(size - 1)


def test_one_customers_small_campaign_ranks_after_accounts_flagged_alone_and_stays_flagged():
    """Four seats of one organisation flagged on what they ask rank after an account flagged
    alone and after a fleet; their flags stay, and their evidence says why they rank so. A
    campaign of RANKED_CAMPAIGN seats of one customer ranks by its size as any other."""
    size = 4
    risks = [1 - 2e-9] * size + [1 - 4.6e-9, 0.5]  # four saturated seats, one account flagged alone, one clean
    base = _flagged(risks)
    ids = [f"a{i}" for i in range(size)]
    campaign = {"campaign_id": "c-1", "account_ids": ids, "risk": 1 - 2e-9, "one_customer": "organisation",
                "evidence": [{"signal": "shared_payment", "score": 1.0, "detail": "..."}]}
    out = apply_campaigns(base, [campaign], {a: ("c-1", 1.0, []) for a in ids}, target_fpr=0.001)
    assert (out.risk[:size] == customer_rank(0.001)).all() and out.flagged[:size].all()
    assert out.risk[size] > out.risk[0] >= 1 - 0.001 > out.risk[size + 1]
    assert "all of one organisation" in out.evidence[0][0]["detail"]
    assert out.stats["one_customer_accounts"] == size
    assert (apply_campaigns(base, [dict(campaign, one_customer=None)], {a: ("c-1", 1.0, []) for a in ids},
                            target_fpr=0.001).risk[:size] == 1 - 2e-9).all()  # several customers: unchanged
    ids = [f"a{i}" for i in range(RANKED_CAMPAIGN)]
    base = _flagged([1 - 2e-9] * RANKED_CAMPAIGN)
    big = dict(campaign, account_ids=ids)
    out = apply_campaigns(base, [big], {a: ("c-1", 1.0, []) for a in ids}, target_fpr=0.001)
    assert (out.risk == member_rank(RANKED_CAMPAIGN)).all()


def test_tuple_membership_and_no_campaigns():
    out = apply_campaigns(_base(), [CAMPAIGN], {"a": ("c-3", 1.0, [])}, target_fpr=0.001)
    assert out.campaign_ids[0] == "c-3" and out.flagged[0]
    same = apply_campaigns(_base(), [], {}, target_fpr=0.001)
    assert same.campaign_ids == [None] * 3 and list(same.risk) == [0.5, 0.9995, 0.1]


def test_describe_campaign_without_evidence():
    assert describe_campaign({"campaign_id": "c-1", "account_ids": ["a", "b"]}) == "member of campaign c-1: 2 accounts"


def test_describe_campaign_says_how_the_group_was_judged_apart_from_what_it_shares():
    c = {"campaign_id": "c-2", "account_ids": ["a", "b", "c"], "targets": ["math reasoning"],
         "evidence": [{"signal": "collective_evidence"}, {"signal": "shared_client_fingerprint"},
                      {"signal": "member_risk"}]}
    assert describe_campaign(c) == ("member of campaign c-2: 3 accounts judged together on their pooled traffic "
                                    "sharing client fingerprints, targeting math reasoning")


def test_a_campaign_names_only_the_members_it_flagged():
    """No benign account in a campaign: a member tied under the flag bar (and not flagged on its
    own) leaves the campaign's accounts; a campaign left with nobody is dropped."""
    membership = {"a": ("c-3", 1.0, []), "b": ("c-3", 0.9, []), "c": ("c-3", 0.3, [])}
    out = apply_campaigns(_base(), [CAMPAIGN], membership, target_fpr=0.001)
    kept = named_members([CAMPAIGN, {"campaign_id": "c-9", "account_ids": ["c"]}], out)
    assert [(c["campaign_id"], c["account_ids"], c["size"]) for c in kept] == [("c-3", ["a", "b"], 2)]


def test_a_big_campaign_that_harvests_nothing_ranks_after_accounts_flagged_alone_and_stays_flagged():
    """A campaign whose members' distinct prompts, pooled, ask for nothing distillers harvest
    (`asked` False: a hackathon on its sponsor's card, a class repeating one assignment) is not
    ranked by its size: its members keep the campaign's risk, under an account flagged alone, and
    stay flagged; its evidence says why."""
    size = 30
    base = _flagged([0.5] * size + [1 - 4.6e-9])
    ids = [f"a{i}" for i in range(size)]
    campaign = {"campaign_id": "c-1", "account_ids": ids, "risk": 1 - 6e-6, "asked": False,
                "evidence": [{"signal": "collective_evidence", "score": 1.0, "detail": "..."}]}
    out = apply_campaigns(base, [campaign], {a: ("c-1", 1.0, []) for a in ids}, target_fpr=0.001)
    assert (out.risk[:size] == 1 - 6e-6).all() and out.flagged[:size].all()
    assert out.risk[size] > out.risk[0]
    assert "ask for nothing that distillers harvest" in out.evidence[0][0]["detail"]
    out = apply_campaigns(base, [dict(campaign, asked=True)], {a: ("c-1", 1.0, []) for a in ids}, target_fpr=0.001)
    assert (out.risk[:size] == member_rank(size, flagged_alone=False)).all() and out.risk[0] > out.risk[size]


def test_mark_asked_reads_what_the_pooled_members_ask_and_the_campaigns_own_evidence():
    from distillguard.campaigns.collective import GroupScore
    from distillguard.risk.campaign_boost import mark_asked

    specs = {"extraction_intent": {"description": "ask for outputs", "evidence": "extraction"}}
    pooled = {  # what the scorer says of each group, by its first account
        "x0": [{"signal": "extraction_intent", "score": 1.0}],  # asks for outputs
        "y0": [{"signal": "output_length_max", "score": 0.9998}, {"signal": "signup_burst", "score": 0.9996}],
        "z0": [{"signal": "extraction_intent", "score": 0.97}],  # not significant
        "w0": [{"signal": "card_ring", "score": 0.9996}],  # hides behind a card ring
        "v0": [{"signal": "dataset_sweep", "score": 0.995}],
        "t0": [],
    }
    seen = []

    def score(ids):
        seen.append(ids)
        return GroupScore(1 - 1e-6, True, 100, pooled[ids[0]])

    def ids(p, n=RANKED_CAMPAIGN):
        return [f"{p}{i}" for i in range(n)]

    campaigns = [{"campaign_id": f"c-{p}", "account_ids": ids(p), "rule": "collective_evidence"} for p in "xyzwv"]
    campaigns += [{"campaign_id": "c-t", "account_ids": ids("t"), "rule": "thin_fleet",
                   "evidence": [{"signal": "thin_fleet", "score": 1.0}]},
                  {"campaign_id": "c-s", "account_ids": ids("s", RANKED_CAMPAIGN - 1), "rule": "member_risk"},
                  {"campaign_id": "c-u", "account_ids": ids("t"), "rule": "collective_evidence",
                   "evidence": [{"signal": "partitioned_sweep", "score": 1.0}]}]
    out = mark_asked(campaigns, score, specs)
    assert [c.get("asked") for c in out] == [True, False, False, True, True, True, None, True]
    assert all(len(g) >= RANKED_CAMPAIGN for g in seen)  # small campaigns are not scored
    assert "asked" not in campaigns[0]  # the input is not modified


def test_mark_asked_a_group_that_repeats_one_assignment_harvests_nothing_at_scale():
    """Fewer distinct prompts between them than members: a class running one assignment, however
    plainly its prompts ask (gen_v: 57 students, 10 prompts); one more prompt than members is a group
    like any other, and a scorer that does not count prompts (0) decides nothing."""
    from distillguard.campaigns.collective import GroupScore
    from distillguard.risk.campaign_boost import describe_campaign, mark_asked

    specs = {"extraction_intent": {"description": "ask for outputs", "evidence": "extraction"}}
    asks = [{"signal": "extraction_intent", "score": 1.0}]
    prompts = {"a": RANKED_CAMPAIGN - 1, "b": RANKED_CAMPAIGN, "c": 0}
    campaigns = [{"campaign_id": f"c-{p}", "account_ids": [f"{p}{i}" for i in range(RANKED_CAMPAIGN)],
                  "rule": "collective_evidence", "evidence": [{"signal": "partitioned_sweep", "score": 1.0}] if p == "a" else []}
                 for p in "abc"]
    out = mark_asked(campaigns, lambda ids: GroupScore(1.0, True, 500, asks, prompts=prompts[ids[0][0]]), specs)
    assert [c["asked"] for c in out] == [False, True, True]
    assert out[0]["assignment_prompts"] == RANKED_CAMPAIGN - 1 and "assignment_prompts" not in out[1]
    assert f"only {RANKED_CAMPAIGN - 1} distinct prompts" in describe_campaign(out[0])
