"""Collective evidence: accounts too small to judge alone, tied by a key nobody else holds.

An account with fewer than `min_exchanges` exchanges is not judged (risk.score: one account's
three requests are not a pattern). A fleet of fresh accounts that each send a handful of
requests and go quiet stays under that floor by construction: every account is "clean alone",
and the links between them are weak (a key held by hundreds of accounts has little rarity).

What they do share is their operator's artifact: one client build (user agent + request
parameters), one system prompt, one card. So: for each key of a `collective` kind held by at
least MIN_GROUP accounts, of which at least MIN_UNJUDGED_SHARE were too small to judge, the
unjudged holders' traffic is pooled into one pseudo-account and scored by the *same* risk model
against the *same* benign reference as any account (the pipeline passes `score_group`; this
stage does not know the model). A pooled account's shares are its members' averages, so a crowd
of ordinary small users pools into an ordinary account; a fleet whose every request is
extraction pools into an extraction account. A group whose pooled account is flagged becomes a
campaign (rule "collective_evidence") of all the key's holders, each tied with strength 1 (they
hold the operator's own artifact), and says why in plain words.

Groups are opened where most holders are unjudged, and wherever most of a key's holders signed
up in one burst (`bursts`, from linkage.cohort), as a farm made for a campaign is, whether or
not any member is flagged alone: then the holders of that burst are pooled, judged or not. Elsewhere a key shared by judged accounts is judged through
them (the member-risk rules): benign keys (a stock SDK user agent, a campus NAT) are held by
judged and unjudged users alike, and pooling thousands of them tests nothing. Measured in benchmarks/results/campaigns.md
section 12 (hit-and-run scenario, and the benign groups of the other scenarios).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from distillguard.campaigns.community import UnionFind
from distillguard.linkage import blocking
from distillguard.linkage.cohort import effective_organisations
from distillguard.linkage.graph import LinkGraph

MIN_GROUP = 10
# The clean holders of an operator's artifact that no campaign took (a key of MIN_GROUP holders or
# more, most of them already in a campaign or flagged alone) are pooled down to this many: the
# rest of a fleet is often a handful (adversary_heldout x0.3: 8 clean accounts of a 45-account
# fleet's client build and system prompt, held by nobody else, were left out at MIN_GROUP). A
# small pool is judged like one account with its members' traffic, at the operating point shared
# among every group tested, so a benign handful is held to a stricter bar than one account.
MIN_POOLED_HOLDERS = 2
MIN_UNJUDGED_SHARE = 0.8
# A flagged group of an artifact's holders lifts its judged holders under this risk (more ordinary
# than the median benign account) only when their own traffic, pooled apart, is flagged too
# (`_case_holders`): gen_e's 96 coding-tool users at risk 0 were lifted with a hydra whose relayed
# cover traffic carried the tool's system prompt (its own holders at 0.89-0.91); a quiet fleet
# whose every account looks clean alone is flagged on their pooled traffic, and lifted whole
CO_HOLDER_RISK = 0.5
# A flagged burst's member whose own prompts ask for extraction far less often than its typical
# member's (binomial lower tail at this p) is lifted only with a case of its own, as a quiet one
# is: the fleet's burst window and stock client take in ordinary sign-ups of the same days (gen_f:
# a chat user's six prompts, none asking for extraction, in a 23-account burst whose typical
# member asked in 71% of its prompts: p 5e-4), while a fleet account of two cover prompts beside
# the same pool is one of it (p 0.08)
UNLIKE_P = 1e-3
MAX_GROUP = 20000
# The holders of a payer's card (one pooled with its holders flagged alone) that were customers long
# before the flagged ones (first used this many times as long after creation as their median, and
# at least this many hours) are lifted only with a case of their own (`_long_standing`)
LONG_STANDING_FACTOR = 4.0
LONG_STANDING_HOURS = 180 * 24.0
# The holders flagged on their own of a key are a group of their own only when they are at least
# this share of its holders: a key most of whose holders are ordinary customers is public (the web
# app's default system prompt, a stock client), and its flagged holders are many operators' and
# customers' accounts that share nothing else (gen_j, session 32: 72 of some 1,200 holders of the
# app's prompt, edtech companies among three campaigns' accounts, were one campaign)
FLAGGED_SHARE = 0.5
# A card (an operator artifact that is not one per operator: farms split their accounts over
# several) whose holders belong to at least this many organisations, each weighed by its share
# (linkage.cohort.effective_organisations), and at least FLAGGED_SHARE of whose holders are
# flagged on their own, is one payer's instrument paying for many customers' accounts: its
# holders are judged with their flagged members' traffic pooled in (`find_groups`). A public
# artifact (a tool's system prompt, a stock client) leaves its flagged holders out, since
# unrelated customers hold it; a card is held by whoever pays with it, and a company pays for its
# seats in its one organisation. gen_l (session 35): a hydra's 24 cards of 20 accounts (20
# organisations, 5-16 flagged alone on each) were judged on their unflagged members only, and 11
# made no group at all. A card most of whose holders are ordinary is an institution's that others
# ride on (gen_g: a campaign's 30 accounts on a university's card beside 59 students; pooled in,
# 157 students were lifted).
PAYER_ORGANISATIONS = 10
# A key this unspecific (linkage: a stock SDK's or browser's user agent) is what ordinary sign-ups
# of the same days send too: a burst on it lifts its silent members (`silent`: no extraction
# asked, no known-dataset item) only when they make a case of their own, or share a specific
# artifact with the burst (`_co_held`: a farm's quiet account on its card). gen_h: 13 bursts of a
# fleet of tiny accounts on stock clients took in 56 trial sign-ups saying "test", and the flagged
# ones ranked above every fleet account. A burst on a bespoke build or a system prompt lifts them.
STOCK_SPECIFICITY = 0.25
# A burst more than this share of whose members asked for nothing (`silent`) is an event that a
# fleet joined, not a farm: its case rests on the others, and the silent ones are lifted only with
# a case of their own (gen_i: a hackathon's 160 participants on the sponsor's promo credit, 157 of
# them asking no extraction and no known item, lifted whole with 30 fleet accounts that signed up
# among them)
MOSTLY_SILENT = 0.5
# The share of the operating point's benign rate spent on groups most of whose pooled members are
# in a card ring (linkage.cohort `cohort_ring`: many customers' accounts paying with a few shared
# cards and holding one artifact, which no benign reference account shows); the rest is shared by
# every other group tested (weighted Bonferroni: the family-wise rate stays the operating point's).
# A few such groups are tested in a scan beside hundreds of others (gen_k: 12 of 285), and a fleet
# that asks for nothing in words reaches the ceiling that coordination and behaviour make together
# (1 - risk = 6e-6), which the hundreds' even share (0.1% / 285 = 3.5e-6) is under.
RING_SHARE = 0.5
RING_MEMBERS = 0.5  # ... most: this share of its pooled members


@dataclass(frozen=True)
class GroupScore:
    """What `score_group` returns for one pooled pseudo-account."""

    risk: float
    flagged: bool  # flagged by the risk model at its operating point
    exchanges: int
    evidence: list[dict]  # the pooled account's evidence items (signal, score, detail)
    fpr: float = 0.001  # the operating point's benign rate (risk >= 1 - fpr flags one account)
    prompts: int = 0  # distinct prompts of the pooled traffic (0: not counted)


ScoreGroup = Callable[[list[str]], GroupScore]


# why a key's holders are a candidate group (and their order); FLAGGED: the holders flagged on
# their own, grouped when the rest of the holders is not a group (attribution: nobody new is flagged)
BURST, UNJUDGED, HOLDERS, FLAGGED = 0, 1, 2, 3
# judged whole: members already in a campaign are pooled and lifted too (a burst: every holder; the
# holders of an artifact: the clean ones, so that a campaign's members tied to it too weakly to be
# lifted are judged with the rest of the artifact's holders)
WHOLE = (BURST, HOLDERS)


@dataclass(frozen=True)
class Candidate:
    kind: str
    holders: np.ndarray  # account indices holding the key (for a burst: those made in it)
    pooled: np.ndarray  # the accounts whose traffic is pooled
    how: int  # BURST, UNJUDGED, HOLDERS or FLAGGED
    stock: bool = False  # the key is what ordinary customers send too (a stock SDK's user agent)

    def free(self, taken: np.ndarray) -> np.ndarray:
        """The accounts it would pool before any other group is formed (see find_groups)."""
        return self.pooled if self.how in WHOLE else self.pooled[~taken[self.pooled]]


@dataclass
class CollectiveGroup:
    members: np.ndarray  # account indices: every holder of the key not already in a campaign
    pooled: np.ndarray  # the unjudged holders whose traffic was pooled
    kind: str
    score: GroupScore
    holders: np.ndarray  # every account holding the key (members plus those already in a campaign)
    tested: int  # groups pooled and scored in this scan of its class (card rings or the others)
    burst: bool = False  # the holders made in the key's sign-up burst, judged whole
    parts: int = 1  # groups of one operator joined (same_operator)
    how: int = UNJUDGED  # or BURST, or HOLDERS (every holder of an operator's artifact)
    rate: float | None = None  # the bar it was held to (None: fpr / tested)
    ring: bool = False  # most of its pooled members are in a card ring (RING_SHARE)

    @property
    def bar(self) -> float:
        return self.score.fpr / max(self.tested, 1) if self.rate is None else self.rate


def find_groups(graph: LinkGraph, judged: np.ndarray, taken: np.ndarray, score_group: ScoreGroup,
                bursts: dict | None = None, never: np.ndarray | None = None,
                flagged: np.ndarray | None = None, risk: np.ndarray | None = None,
                quiet: np.ndarray | None = None,
                asks: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
                ring: np.ndarray | None = None, org: np.ndarray | None = None,
                age: np.ndarray | None = None) -> list[CollectiveGroup]:
    """Groups whose pooled traffic is flagged, largest first; an account joins at most one group
    and none already in a campaign (`taken`). `bursts` (kind name -> bool per key row, from
    linkage.cohort): the holders of a key made in its sign-up burst, a group judged whole, members
    already in a campaign included. `never` (per account): accounts never pooled (relays: they
    get a verdict of their own). `flagged` (per account, flagged on its own traffic): outside a
    burst, their traffic is never pooled: they are judged already, and the group's case must stand
    on the rest. Pooled in, one flagged account that copied a public tool's system prompt made its
    benign fellow users of the tool a campaign (medium x0.1: 26 of 30 agentic-coding users flagged
    through one campaign account's requests). A burst is judged whole: a farm made at once is its
    operator's, flagged parts and all. `risk` (per account, its own): a flagged group of an
    artifact's holders lifts its ordinary judged holders only when the case rests on them too
    (`_case_holders`); the others share a public artifact with a fleet (a coding tool's system
    prompt that a hydra's relayed cover traffic carries too). `quiet` (per account: no extraction
    asked and nothing of its own beyond a workload's shapes, risk.score.quiet_accounts): a flagged
    burst lifts its quiet members only when their own traffic, pooled apart, is flagged too:
    a company's seats made in one afternoon on its card, three of whose fourteen users paste call
    transcripts that read as agent trajectories, are not a farm (gen_a), nor are ten trial
    sign-ups saying "hi" through a stock client beside three of a fleet's accounts (gen_e).
    `asks` (per account: extraction hits, distinct prompts, known-dataset items): so are a burst's
    members that ask for extraction far less often than its typical member (`unlike_the_pool`), the
    silent members of a burst on a stock client (STOCK_SPECIFICITY) or of a burst mostly silent
    (MOSTLY_SILENT), and
    an artifact's holders that asked for neither (`silent`), judged apart from its ordinary holders
    that asked: trial sign-ups saying "test" through a stock client with the settings a fleet of
    small accounts also sent (gen_h: 15 of them in a 443-account campaign, ranked above every fleet
    account). An artifact's judged holders are ordinary under CO_HOLDER_RISK whether or not its
    small holders are the ones pooled.
    `ring` (per account: in a card ring, linkage.cohort): groups most of whose pooled members are
    spend RING_SHARE of the operating point's rate between them, the others the rest. `org`
    (organisation code per account, linkage.cohort.organisations): the holders of a card of
    PAYER_ORGANISATIONS organisations or more are pooled with their flagged members in; `age`
    (hours from creation to first use, per account): there, the holders who were customers long
    before the flagged ones make a case of their own (`_long_standing`)."""
    if never is not None:
        taken = taken | never
    candidates = []
    for kind in graph.kinds:
        kk = graph.keys.get(kind.name)
        if not kind.traits.operator_artifact or kk is None or not len(kk.account):
            continue
        code = blocking.encode_keys(kk.key)
        order = np.argsort(code, kind="stable")
        cuts = np.flatnonzero(np.r_[True, code[order][1:] != code[order][:-1], True])
        sizes = np.diff(cuts)
        in_burst = (bursts or {}).get(kind.name)
        if in_burst is not None and len(in_burst) != len(code):
            in_burst = None  # keys of another run: no burst information
        for b in np.flatnonzero((sizes >= MIN_GROUP) & (sizes <= MAX_GROUP)):
            s, e = cuts[b], cuts[b + 1]
            rows = order[s:e]
            members = np.unique(kk.account[rows])
            pooled = members[~judged[members]]
            clean = members if flagged is None else members[~flagged[members]]
            burst = np.unique(kk.account[rows[in_burst[rows]]]) if in_burst is not None else members[:0]
            if len(burst) >= MIN_GROUP:
                stock = float(kk.specificity[rows].max()) <= STOCK_SPECIFICITY
                candidates.append(Candidate(kind.name, burst, burst, BURST, stock))
            elif len(pooled) >= MIN_GROUP and len(pooled) >= MIN_UNJUDGED_SHARE * len(members):
                candidates.append(Candidate(kind.name, members, pooled, UNJUDGED))
            else:
                alone = members if flagged is None else members[flagged[members]]
                mostly_flagged = flagged is not None and len(alone) >= FLAGGED_SHARE * len(members)
                payer = (mostly_flagged and org is not None and not kind.traits.one_per_operator
                         and effective_organisations(org[members]) >= PAYER_ORGANISATIONS)
                candidates.append(Candidate(kind.name, members, members if payer else clean, HOLDERS))
                if mostly_flagged and len(alone) >= MIN_GROUP:
                    candidates.append(Candidate(kind.name, alone, alone, FLAGGED))
    # Burst groups of the most specific artifact first (a card before a client build before a
    # system prompt: two farms made the same week may copy one public system prompt, they do
    # not share a card); same_operator then joins the parts of one operator again. Then the
    # groups of small accounts, then every other key's holders, smallest first: an artifact
    # only one operator holds before a public one several operators copied (three farms using
    # one public system prompt are three groups by their own client builds).
    weight = {k.name: k.weight for k in graph.kinds}
    candidates.sort(key=lambda c: (c.how, -weight[c.kind] if c.how == BURST else 0.0,
                                   len(c.holders) if c.how == HOLDERS else -len(c.holders), c.kind, int(c.holders[0])))
    # Each group tested is one more chance of a false flag (and a group is many accounts): the
    # operating point's benign rate is shared among the groups tested (Bonferroni), so a scan
    # with 50 small apps does not flag one of them by chance where a scan with one would not.
    first, spending = {}, set()
    for c in candidates:
        free = c.free(taken)
        if len(free) >= _min_pooled(c.how):
            first.setdefault(free.tobytes(), free)
            if c.how != FLAGGED:  # (a group of accounts flagged already flags nobody new)
                spending.add(free.tobytes())

    def in_ring(pooled: np.ndarray) -> bool:
        return ring is not None and len(pooled) > 0 and float(ring[pooled].mean()) >= RING_MEMBERS

    rings = sum(in_ring(first[key]) for key in spending)
    others = len(spending) - rings
    tested = max(1, len(spending))

    def bar_of(pooled: np.ndarray, fpr: float) -> tuple[float, int, bool]:
        """(benign rate, groups of its class tested, in a ring) a group is held to."""
        if not rings or not others:
            return fpr / tested, tested, in_ring(pooled)
        if in_ring(pooled):
            return fpr * RING_SHARE / rings, rings, True
        return fpr * (1.0 - RING_SHARE) / others, others, False
    asked_nothing = silent(asks) if asks is not None else None
    scored = {}
    if hasattr(score_group, "many") and first:  # one pass over the log for every group
        sets = list(first.values())
        for key, score in zip(first, score_group.many([[graph.account_ids[int(a)] for a in g] for g in sets])):
            scored[key] = score
    out, used = [], taken.copy()
    grouped = np.zeros_like(taken) if never is None else never.copy()
    for c in candidates:
        # a burst group is judged whole, members already in a campaign included (one operator's
        # fleet flagged in parts is one campaign); other keys only pool the rest
        skip = grouped if c.how in WHOLE else used
        members, pooled = c.holders[~skip[c.holders]], c.pooled[~skip[c.pooled]]
        if len(pooled) < _min_pooled(c.how):
            continue
        key = pooled.tobytes()  # one app's users hold its client and its system prompt: score them once
        if key not in scored:
            scored[key] = score_group([graph.account_ids[int(a)] for a in pooled])
        score = scored[key]
        bar, tested_here, ringed = bar_of(pooled, score.fpr)
        if score.flagged and 1.0 - score.risk <= bar:
            ordinary, classes = None, ()
            if c.how in (HOLDERS, UNJUDGED) and (risk is not None or asks is not None):
                ordinary = np.zeros(len(taken), bool)
                if risk is not None:
                    ordinary = judged & (risk < CO_HOLDER_RISK)
                if asks is not None:
                    # holders who asked for nothing, judged or not, make a case apart from the
                    # ordinary holders who asked: pooled with those, a fleet's own low-risk accounts
                    # made it for them (gen_m, session 36: a company's seats, trial sign-ups and
                    # hackathon coders on the stock client a fleet sent, 12 lifted). Ordinary ones
                    # apart from unusual ones: pooled with a hydra's silent accounts, a coding
                    # tool's users were lifted with it (gen_e: 37)
                    usual = ~judged if risk is None else ~judged | (risk < CO_HOLDER_RISK)
                    classes = (asked_nothing & usual, asked_nothing & ~usual)
                    ordinary &= ~asked_nothing
                older = _long_standing(pooled, flagged, age)
                if older is not None:
                    classes = (*(k & ~older for k in classes), older)
                    ordinary &= ~older
            elif c.how == BURST and (quiet is not None or asks is not None):
                ordinary = np.zeros(len(taken), bool) if quiet is None else quiet.copy()
                if asks is not None:
                    quiet_here = asked_nothing[pooled]
                    mostly_silent = quiet_here.mean() > MOSTLY_SILENT
                    # (the typical member is one the case rests on: in a burst mostly silent, one of the others)
                    ordinary[pooled] |= unlike_the_pool(asks[0][pooled], asks[1][pooled],
                                                        among=~quiet_here if mostly_silent else None)
                    if c.stock:
                        ordinary[pooled] |= quiet_here & ~_co_held(graph, pooled, c.kind)[pooled]
                    if mostly_silent:
                        ordinary[pooled] |= quiet_here
            if ordinary is not None:
                for apart in (*classes, ordinary):
                    if flagged is not None:
                        apart = apart & ~flagged
                    members = _case_holders(members, pooled, apart, score_group, scored, bar, graph.account_ids)
                if len(members) < _min_pooled(c.how):
                    continue
            out.append(CollectiveGroup(members, pooled, c.kind, score, c.holders, tested_here, c.how == BURST, how=c.how,
                                       rate=bar, ring=ringed))
            used[members] = True
            grouped[members] = True
    return same_operator(out, graph, bursts)


def _long_standing(pooled: np.ndarray, flagged: np.ndarray | None, age: np.ndarray | None) -> np.ndarray | None:
    """Per account: a customer long before the accounts that make a payer's card a case, on a card
    pooled with its holders flagged alone (an institution's card that a farm rides on); None
    where the card is not pooled so, or ages are unknown. Long before: first used LONG_STANDING_FACTOR
    times as long after its creation as the flagged holders' median, and LONG_STANDING_HOURS at
    least. gen_q (session 37): a university's billing profile, its students and labs one to two years
    old, a credit farm and fake labs on it made 3 to 67 days before use: the students were lifted."""
    if flagged is None or age is None or not flagged[pooled].any():
        return None
    made = age[pooled[flagged[pooled]]]
    made = made[~np.isnan(made)]
    if not len(made):
        return None
    bar = max(LONG_STANDING_HOURS, LONG_STANDING_FACTOR * float(np.median(made)))
    return ~flagged & (np.nan_to_num(age, nan=-1.0) > bar)


def _co_held(graph: LinkGraph, group: np.ndarray, kind: str) -> np.ndarray:
    """Per account: it shares a specific operator artifact other than `kind` (a card, a bespoke
    client build, a system prompt: specificity above STOCK_SPECIFICITY) with another account of
    `group`: tied to the group by more than the stock key it was pooled on."""
    out = np.zeros(graph.n_accounts, bool)
    inside = np.zeros(graph.n_accounts, bool)
    inside[group] = True
    for k in graph.kinds:
        kk = graph.keys.get(k.name)
        if k.name == kind or not k.traits.operator_artifact or kk is None or not len(kk.account):
            continue
        rows = np.flatnonzero(inside[kk.account] & (kk.specificity > STOCK_SPECIFICITY))
        if len(rows) < 2:
            continue
        code = blocking.encode_keys(kk.key.take(rows))
        _, inv, counts = np.unique(code, return_inverse=True, return_counts=True)
        out[kk.account[rows[counts[inv] >= 2]]] = True
    return out


def _case_holders(members, pooled, ordinary, score_group, scored: dict, bar: float, ids) -> np.ndarray:
    """The members of a flagged group that its case rests on. Its `ordinary` members (of an
    artifact's holders: judged ones whose own risk is under CO_HOLDER_RISK, more ordinary than the
    median benign account; of a burst: the quiet ones, see `find_groups`) are lifted with
    the rest only when their own traffic, pooled without the others, is flagged at the same bar:
    a fleet whose every account looks clean alone is flagged on its pooled traffic, holders and
    all; a public tool's ordinary users beside a fleet carrying its prompt are not."""
    low = members[ordinary[members]]
    if not len(low) or ordinary[pooled].all():
        return members  # (the case is theirs alone: pooled, it rests on them)
    key = low.tobytes()
    if key not in scored:
        scored[key] = score_group([ids[int(a)] for a in low]) if len(low) >= MIN_POOLED_HOLDERS else None
    alone = scored[key]
    if alone is not None and alone.flagged and 1.0 - alone.risk <= bar:
        return members
    return members[~ordinary[members]]


def silent(asks: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """Per account: it asked for no extraction and no known-dataset item (`asks`: extraction hits,
    distinct prompts, dataset items). An account too small to judge holding a commonplace key
    (a stock client with its default settings, a carrier's NAT address) brings nothing of its own
    to its group's case then, and is lifted with the group only when such members, pooled apart,
    make one too (`_case_holders`)."""
    hits, _, items = asks
    return (hits == 0) & (items == 0)


def unlike_the_pool(hits: np.ndarray, prompts: np.ndarray, among: np.ndarray | None = None) -> np.ndarray:
    """Per pooled account: its distinct prompts ask for extraction far less often than the typical
    member's do (one-sided binomial test against the median member's share, Laplace-smoothed, at
    UNLIKE_P; the median over `among` where given and not empty). A pooled case assumes its
    members alike."""
    from scipy.stats import binom

    if not len(hits):
        return np.zeros(0, bool)
    share = (hits + 1) / (prompts + 2)
    typical = float(np.median(share[among] if among is not None and among.any() else share))
    return binom.cdf(hits, prompts, typical) <= UNLIKE_P


def _min_pooled(how: int) -> int:
    return MIN_POOLED_HOLDERS if how == HOLDERS else MIN_GROUP


# a group at least this much made of one other burst's accounts is the same operator's
SAME_OPERATOR_SHARE = 0.8


def same_operator(groups: list[CollectiveGroup], graph: LinkGraph, bursts: dict | None) -> list[CollectiveGroup]:
    """Join groups that are parts of one operator: a burst of another artifact (the fleet's one
    client build over its three cards) holds most of each of them. Two farms that copied a public
    system prompt do not merge: each has its own card or client burst, and the shared prompt's
    burst holds most of one of them only. (campaigns.detect.join_operator_parts then joins parts
    tied by an artifact or an exit pool.)"""
    if len(groups) < 2 or not bursts:
        return groups
    label = np.full(graph.n_accounts, -1, np.int64)
    for gi, g in enumerate(groups):
        label[g.members] = gi
    size = np.bincount(label[label >= 0], minlength=len(groups))
    sets = UnionFind(len(groups))
    sources = []  # (key code, account) of every holding that may join groups
    for kind in graph.kinds:
        kk, in_burst = graph.keys.get(kind.name), (bursts or {}).get(kind.name)
        if kk is None or in_burst is None or len(in_burst) != len(kk.account) or not in_burst.any():
            continue
        rows = np.flatnonzero(in_burst & (label[kk.account] >= 0))
        if len(rows):
            sources.append((blocking.encode_keys(kk.key)[rows], kk.account[rows]))
    for code, acc in sources:
        gl = label[acc]
        pair, cnt = np.unique(code * np.int64(len(groups)) + gl, return_counts=True)
        key, gi = pair // len(groups), pair % len(groups)
        held = cnt >= SAME_OPERATOR_SHARE * size[gi]
        for k in np.unique(key[held]):
            parts = gi[held & (key == k)]
            for other in parts[1:]:
                sets.union(int(parts[0]), int(other))
    joined = sets.sets()
    if len(joined) == len(groups):
        return groups
    out = []
    for idx in joined:
        parts = [groups[i] for i in idx]
        if len(parts) == 1:
            out.append(parts[0])
            continue
        lead = max(parts, key=lambda g: (g.score.risk, len(g.members)))
        out.append(CollectiveGroup(
            np.unique(np.concatenate([g.members for g in parts])), np.unique(np.concatenate([g.pooled for g in parts])),
            lead.kind, lead.score, np.unique(np.concatenate([g.holders for g in parts])), lead.tested,
            all(g.burst for g in parts), len(parts), lead.how, lead.rate, lead.ring))
    return out


def evidence(group: CollectiveGroup, graph: LinkGraph) -> dict:
    """The campaign's evidence item: what the members share and what their pooled traffic shows."""
    kind = next(k for k in graph.kinds if k.name == group.kind)
    if group.burst:
        who = f"{len(group.pooled)} accounts made in one sign-up burst {kind.description}"
    elif group.how == HOLDERS:
        who = f"{len(group.pooled)} accounts {kind.description}"
    elif group.how == FLAGGED:
        who = f"{len(group.pooled)} accounts, each flagged on its own, {kind.description}"
    else:
        who = (f"{len(group.pooled)} accounts, each too small to judge alone, {kind.description} "
               f"(a key held by {len(group.holders)} accounts and no other)")
    if group.parts > 1:
        who += f" ({group.parts} groups joined: one sign-up burst holds most of each)"
    return {
        "signal": "collective_evidence",
        "score": round(float(group.score.risk), 4),
        "detail": f"{who}; " + pooled_words(group.score, group.tested, "groups of a card ring" if group.ring else "groups",
                                            rate=group.bar),
    }


def pooled_words(score: GroupScore, tested: int, groups: str = "groups", rate: float | None = None) -> str:
    """"their N requests pooled as one account: <its evidence> (one of T <groups> pooled in this
    scan, each held to a benign rate of X%)": how a pooled judgement reads wherever it is made.
    `rate`: the bar each was held to, when not the Bonferroni one (fpr / T)."""
    shown = "; ".join(e["detail"] for e in score.evidence[:3])
    rate = score.fpr / max(tested, 1) if rate is None else rate
    return (f"their {score.exchanges} requests pooled as one account: {shown}"
            + (f" (one of {tested} {groups} pooled in this scan, each held to a benign rate of "
               f"{100 * rate:.2g}%)" if tested > 1 else ""))


def shared_bar(scores: list) -> float:
    """The benign rate each pooled group is held to: Benjamini-Hochberg at the operating point's
    rate over every group judged pooled (`scores`, None for a group too small to pool): the
    largest k / T * fpr that k of the T groups' pooled p-values (1 - risk) pass. With no campaign
    among them, one group passes by chance with probability fpr at most, as under Bonferroni."""
    fpr = next((s.fpr for s in scores if s is not None), 0.001)
    total = max(len(scores), 1)
    p = np.sort([1.0 - s.risk for s in scores if s is not None and s.flagged])
    passed = np.flatnonzero(p <= np.arange(1, len(p) + 1) * fpr / total)
    return (int(passed[-1]) + 1 if len(passed) else 1) * fpr / total
