"""detect_campaigns: linkage graph -> communities -> campaigns with risk, evidence and origin."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from distillguard.campaigns import (collective, describe, gating, item_queue, kin_fleet, operators, program,
                                    relay_front, thin_fleet)
from distillguard.linkage import blocking, cohort
from distillguard.campaigns.community import SEED, UnionFind, communities, merge_split_blocks
from distillguard.campaigns.gating import Found, GateConfig, in_id_order, joined_parts
from distillguard.linkage.graph import LinkGraph, build_graph
from distillguard.linkage.view import AccountView


@dataclass(frozen=True)
class CampaignConfig:
    # lighter (corroborated) links are not coordination (a busy NAT address alone)
    min_edge_weight: float = 0.3
    resolution: float = 1.0  # Leiden resolution (higher: smaller communities)
    risk_threshold: float = 0.5  # "flagged on its own" when `accounts` has no `flagged` column
    gate: GateConfig = field(default_factory=GateConfig)
    seed: int = SEED


@dataclass
class CampaignResult:
    """`campaigns`: spec §2 campaign dicts (plus size, origin, rule); `membership`: account ->
    {"campaign_id", "strength" in [0, 1], "evidence": [{signal, score, detail}]}."""

    campaigns: list[dict]
    membership: dict[str, dict]
    graph: LinkGraph | None = None

    def campaign_of(self, account_id: str) -> str | None:
        m = self.membership.get(account_id)
        return m["campaign_id"] if m else None

    def __len__(self) -> int:
        return len(self.campaigns)


def _risk_table(accounts, ids: list[str], threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """(risk, flagged) aligned with `ids` from a table / list of dicts / {account: risk}."""
    risk = np.zeros(len(ids))
    flagged = np.zeros(len(ids), bool)
    if accounts is None:
        return risk, flagged
    if isinstance(accounts, pa.Table):
        cols = accounts.column_names
        aid = accounts["account_id"].to_pylist()
        r = accounts["risk"].to_pylist() if "risk" in cols else [0.0] * len(aid)
        f = accounts["flagged"].to_pylist() if "flagged" in cols else None
    elif isinstance(accounts, dict):
        aid, r, f = list(accounts), [float(v) for v in accounts.values()], None
    else:  # list of dicts
        aid = [a["account_id"] for a in accounts]
        r = [a.get("risk", 0.0) for a in accounts]
        f = [a.get("flagged") for a in accounts] if any("flagged" in a for a in accounts) else None
    index = {a: i for i, a in enumerate(ids)}
    for j, a in enumerate(aid):
        i = index.get(a)
        if i is None:
            continue
        risk[i] = float(r[j] or 0.0)
        flagged[i] = bool(f[j]) if f is not None else risk[i] >= threshold
    return np.clip(risk, 0.0, 1.0), flagged


def _judged_table(accounts, ids: list[str]) -> np.ndarray:
    """Per account of `ids`: judged alone (enough traffic); True where the input does not say."""
    judged = _bool_column(accounts, ids, "judged", default=True)
    return judged if judged is not None else np.ones(len(ids), bool)


def suspect_accounts(risk: np.ndarray, flagged: np.ndarray, gate: GateConfig) -> np.ndarray:
    """Accounts suspect on their own (flagged, or high risk): the ones community detection starts from."""
    return flagged | (risk >= gate.min_group_median_risk)


def rarity_suspects(risk: np.ndarray, flagged: np.ndarray) -> np.ndarray:
    """Accounts whose shared keys count as rare when few low-risk accounts share them: only those
    flagged on their own (at the target benign FPR), not the wider high-risk set (risk 0.9 is
    still one benign account in ten: students sharing a campus network and a homework template)."""
    return flagged.copy()


def _strength(label, src, dst, w, n, cfg: GateConfig) -> np.ndarray:
    """Per account strength from its internal edges (mean of its top-k weights)."""
    internal = (label[src] >= 0) & (label[src] == label[dst])
    ends = np.r_[src[internal], dst[internal]]
    w2 = np.r_[w[internal], w[internal]].astype(np.float64)
    if not len(ends):
        return np.zeros(n)
    order = np.lexsort((-w2, ends))
    ends, w2 = ends[order], w2[order]
    first = np.r_[0, np.flatnonzero(ends[1:] != ends[:-1]) + 1]
    rank = np.arange(len(ends)) - np.repeat(first, np.diff(np.r_[first, len(ends)]))
    top = rank < cfg.top_k
    s = np.bincount(ends[top], weights=w2[top], minlength=n)
    c = np.bincount(ends[top], minlength=n)
    mean_top = np.divide(s, c, out=np.zeros(n), where=c > 0)
    return 1.0 - np.exp(-mean_top / cfg.strength_scale)


def detect_campaigns(
    exchanges: pa.Table,
    signals: pa.Table | None,
    accounts=None,
    *,
    config: CampaignConfig | None = None,
    graph: LinkGraph | None = None,
    kinds=None,
    score_group: collective.ScoreGroup | None = None,
    view: AccountView | None = None,
    keyrows: dict | None = None,
    bursts: dict | None = None,
    partitions: list | None = None,
    small_reference: dict | None = None,
    min_exchanges: int = 5,
) -> CampaignResult:
    """Group coordinated accounts into campaigns.

    `accounts`: per-account risk before campaigns (pa.Table with `account_id`, `risk` and
    optionally `flagged`; or a list of such dicts; or {account_id: risk}). `graph`: a
    prebuilt linkage graph (built from `exchanges` / `signals` otherwise). `view` / `keyrows`:
    the account view and link kinds' keys when the caller already made them; `bursts`: which
    key rows are in their key's sign-up burst (linkage.cohort, on those keyrows); `partitions`: the
    partitioned sweeps found there (linkage.cohort.PartitionGroup, account indices of `view`).
    `small_reference` ({"accounts", "harvest_only"}, risk.Reference.meta["small_accounts"]) with
    `accounts` columns `small` and `harvest_only` (behaviour.small_accounts): a thin fleet's
    harvest-only small accounts become a campaign (campaigns.thin_fleet); column `quiet`
    (risk.score.quiet_accounts): a burst's quiet members are lifted only when they make a case of
    their own (campaigns.collective). `score_group`
    (account ids -> collective.GroupScore): scores pooled traffic with the risk model, for
    accounts too small to judge alone (`accounts` column `judged`) that alone hold an operator's
    key (campaigns.collective); without it that step is skipped.
    Steps: linkage graph -> communities -> members tied tightly enough -> group decision
    (gating) -> collective evidence -> partitions -> one operator's parts joined (client,
    artifacts, exits; campaigns.item_queue: one dataset handed out from one queue) -> thin
    fleets (campaigns.thin_fleet) -> kin fleets (campaigns.kin_fleet: lone flagged accounts on one
    private template pool) -> relay fronts -> program fleets (campaigns.program: lone flagged
    accounts running one program) -> parts on one private card joined again -> parts running one
    program joined (campaigns.program) -> description (evidence, targets, origin).
    """
    cfg = config or CampaignConfig()
    if graph is None:
        if view is None:
            extra = None
            if isinstance(accounts, pa.Table) and "account_id" in accounts.column_names:
                extra = accounts["account_id"].to_pylist()
            view, keyrows = AccountView(exchanges, signals, extra), None
        risk0, flagged0 = _risk_table(accounts, view.account_ids, cfg.risk_threshold)
        graph = build_graph(exchanges, signals, kinds=kinds, view=view,
                            suspect=rarity_suspects(risk0, flagged0), keyrows=keyrows)
    risk, flagged = _risk_table(accounts, graph.account_ids, cfg.risk_threshold)
    # links backed by several independent kinds of evidence weigh more (see corroborated_weight)
    w_eff = graph.corroborated_weight(min_kind_weight=cfg.gate.min_kind_weight)
    label, kept = communities(graph, min_edge_weight=cfg.min_edge_weight, resolution=cfg.resolution, seed=cfg.seed,
                              candidates=suspect_accounts(risk, flagged, cfg.gate), weight=w_eff)
    label = merge_split_blocks(graph, label, min_block_weight=cfg.min_edge_weight)
    member, strength = _tight_members(graph, label, kept, w_eff, flagged, cfg.gate)
    relay = _bool_column(accounts, graph.account_ids, "relay")
    if relay is not None:
        # a relay is no member of its end users' campaigns: what links it to them (their templates,
        # their schedules) is theirs; it gets a verdict of its own (risk.end_users). gen_f: four
        # resellers were members of a trickle campaign whose accounts also used them.
        member[relay] = -1
    found = _decide(graph, member, kept, strength, risk, flagged, cfg.gate)
    org = _organisations(graph, view)
    if score_group is not None:
        found, strength = _add_collective(graph, found, strength, _judged_table(accounts, graph.account_ids),
                                          score_group, bursts, relay,
                                          flagged, risk if accounts is not None else None,
                                          _bool_column(accounts, graph.account_ids, "quiet"), _asks(accounts, graph.account_ids),
                                          _ring(accounts, graph.account_ids), org,
                                          _column(accounts, graph.account_ids, "account_age_hours", np.nan, float))
    if partitions:
        found, strength = _add_partitions(graph, view, found, strength, risk, flagged, partitions, cfg.gate,
                                          score_group)
    found = split_by_client(graph, found)
    found = join_operator_parts(graph, found)
    if view is None and exchanges is not None:
        view = AccountView(exchanges, signals, graph.account_ids)
    if view is not None:
        lone = flagged if relay is None else flagged & ~relay
        found = item_queue.join(graph, found, item_queue.draws(graph, view), lone, risk)
    harvest = _bool_column(accounts, graph.account_ids, "harvest_only")
    small = _bool_column(accounts, graph.account_ids, "small")
    if harvest is not None and small is not None:
        over = _bool_column(accounts, graph.account_ids, "harvest_over_floor")
        found, strength = thin_fleet.find(found, strength, harvest, small, small_reference, min_exchanges,
                                          flagged_over_floor=None if over is None else over & flagged)
    found, strength = kin_fleet.find(graph, found, strength, risk, flagged, relay,
                                     _judged_table(accounts, graph.account_ids))
    # (the view may have been made since `org` was read: organisations then, not none)
    found, strength = relay_front.find(graph, found, strength, relay, _relay_verdicts(accounts, graph.account_ids),
                                       org if org is not None else _organisations(graph, view))
    found, strength = program.fleets(graph, view, found, strength, risk, flagged, relay)
    # the late steps make campaigns the first join never saw: parts on one private card are joined
    # once more (cards only: the other artifacts' joins were made where their parts were whole)
    found = join_operator_parts(graph, found, cards_only=True)
    # parts no link joins that run one program (campaigns.program)
    found = program.join(graph, view, found)
    return _describe(graph, view, found, risk, flagged, strength)


def _add_partitions(graph, view, found: list[Found], strength, risk, flagged, partitions, gate: GateConfig,
                    score_group: collective.ScoreGroup | None = None):
    """A partitioned sweep (linkage.cohort: holders of one operator artifact that split a public
    dataset between them, repeating each other's items far less than chance) is one operator's
    accounts, however weakly the graph ties them (150 accounts of one client build behind their
    own home exits: a key that many share weighs little). It becomes one campaign (rule
    "partitioned_sweep") with the campaigns mostly made of its members, of:
    - its members flagged on their own, when at least `gate.min_flagged`;
    - and its other members when their traffic pooled (`score_group`) is flagged at the operating
      point shared among the partitions found: a thin fleet's 1,400 accounts of two or three
      requests each are too small to judge one by one. The share is Benjamini-Hochberg's
      (`collective.shared_bar`): when no group is a campaign it holds them all to the Bonferroni bar (fpr /
      groups), as campaigns.collective does; when many are (a log of forty fleets), Bonferroni
      would hold each to a bar no pooled group can pass: coordination certifies no more than
      the reference's size allows (1 in 2,152), and behaviour at most doubles it.
    A harvest fleet (linkage.cohort.harvest_fleets) is judged the same way (rule "harvest_fleet").
    Members neither flagged alone nor judged with the others stay out (the repeat test picks
    members one by one only loosely: about 3% of users choosing at random among a sweep's
    accounts stay members)."""
    index = None if view is None or view.account_ids == graph.account_ids else \
        {a: i for i, a in enumerate(graph.account_ids)}
    strength = strength.copy()
    groups = sorted(partitions, key=lambda g: -len(g.members))
    member_sets = [g.members if index is None else np.array([index[view.account_ids[int(a)]] for a in g.members], np.int64)
                   for g in groups]
    scored: dict = {}

    def pooled_score(rest: np.ndarray):
        key = rest.tobytes()
        if key not in scored:
            scored[key] = score_group([graph.account_ids[int(a)] for a in rest]) \
                if score_group is not None and len(rest) >= collective.MIN_GROUP else None
        return scored[key]

    bar = collective.shared_bar([pooled_score(m[~flagged[m]]) for m in member_sets])
    for group, members in zip(groups, member_sets):
        label = np.full(graph.n_accounts, -1, np.int64)
        for i, f in enumerate(found):
            label[f.members] = i
        inside = np.zeros(graph.n_accounts, bool)
        inside[members] = True
        parts = [i for i, f in enumerate(found) if inside[f.members].mean() >= operators.PART_HOLDING]
        free = (label[members] < 0) | np.isin(label[members], parts)  # (a member in a campaign mostly of others stays there)
        alone = flagged[members]
        if alone.sum() < gate.min_flagged:
            alone[:] = False
        pooled, score = _pooled_partition(members[free & ~flagged[members]], pooled_score, bar)
        new = np.concatenate([members[alone & free], pooled])
        joined = np.unique(np.concatenate([new, *[found[i].members for i in parts]]))
        if not len(new) or len(joined) < gate.min_flagged:
            continue
        extra = [{"signal": group.signal, "score": 1.0, "detail": group.words()}]
        if score is not None:
            extra.append(_pooled_evidence(pooled, score, len(partitions), bar))
        extra += [e for i in parts for e in found[i].extra][:2]
        c_risk = max([gating.campaign_risk(risk[joined], flagged[joined]), *[found[i].risk for i in parts],
                      *([float(score.risk)] if score is not None else [])])
        found = [f for i, f in enumerate(found) if i not in parts] + [Found(c_risk, joined, group.signal, extra)]
        strength[new] = 1.0
    return in_id_order(graph, found), strength


def _pooled_partition(rest: np.ndarray, pooled_score, bar: float):
    """(members lifted, their pooled score): the members of a group not flagged on their own,
    pooled as one account; none unless flagged at the shared bar (`collective.shared_bar`)."""
    score = pooled_score(rest)
    if score is None or not score.flagged or 1.0 - score.risk > bar:
        return rest[:0], None
    return rest, score


def _pooled_evidence(pooled: np.ndarray, score, tested: int, bar: float) -> dict:
    return {"signal": "collective_evidence", "score": round(float(score.risk), 4),
            "detail": f"{len(pooled)} of its accounts not flagged on their own; "
                      + collective.pooled_words(score, tested, "partitioned sweeps and harvest fleets", rate=bar)}


# a client build held by at least this share of a campaign ...
CLIENT_MAJORITY = 0.5
# ... and at least this many of its members who hold none of it: two operators (MIN_GROUP, as for a group)
CLIENT_REST = 10
CLIENT_KIND = "shared_client_fingerprint"


def split_by_client(graph, found: list[Found]) -> list[Found]:
    """A campaign whose members run two client builds, most of them one and at least CLIENT_REST
    none of it, is two operators' accounts joined through an artifact both copied (a public system
    prompt drawn by two farms made the same week: one sign-up burst on it held both). Its verdict
    stands; its members are two campaigns, the holders of the build and the rest, and
    join_operator_parts keeps them apart unless something only they hold ties them. A fleet that
    varies its client on purpose has no build held by most of it, and is not split."""
    kk = graph.keys.get(CLIENT_KIND)
    if kk is None or not len(kk.account) or not found:
        return found
    code = blocking.encode_keys(kk.key)
    out = []
    for f in found:
        inside = np.isin(kk.account, f.members)
        if not inside.any():
            out.append(f)
            continue
        keys, counts = np.unique(code[inside], return_counts=True)
        top = int(keys[np.argmax(counts)])
        holders = np.unique(kk.account[inside & (code == top)])
        rest = np.setdiff1d(f.members, holders)
        if len(holders) < CLIENT_MAJORITY * len(f.members) or len(rest) < CLIENT_REST:
            out.append(f)
            continue
        out += [f._replace(members=holders), f._replace(members=rest)]
    return in_id_order(graph, out) if len(out) != len(found) else found


# a campaign whose members hold an operator artifact at least PART_HOLDING (campaigns.operators)
# is a part of its operator, or, for a card, at least this many of its members (adversary_heldout x0.3: one operator's
# 60 accounts on 8 cards were 8 campaigns, Leiden cutting across the cards; 7-8 holders per card
# were too few for sign-up-burst groups, which join such parts at full scale)
SPLIT_CARD_HOLDERS = 2


def join_operator_parts(graph, found: list[Found], cards_only: bool = False) -> list[Found]:
    """Campaigns that are parts of one operator become one (`cards_only`: on split cards alone): an operator artifact (kinds whose
    traits say operator_artifact) held almost only by campaign accounts, and by most members of
    each part (a fleet split by its cards into communities of ten, all on one client build).
    Two parts stay apart when, for a kind an operator runs one of (traits.one_per_operator: a
    client build, a system prompt, an address pool), each holds its own and none in common:
    two operators who copied one public system prompt keep their own exits and client builds.
    Its own: held by most of the part and by few others (PRIVATE_SHARE of the key's holders in
    the part); a public coding tool's system prompt that a hydra's relayed cover traffic carries
    beside the tool's ordinary users says nothing of who runs the part (gen_e: one 340-account
    fleet was eleven campaigns, each "holding its own" public prompt)."""
    if len(found) < 2:
        return found
    n = graph.n_accounts
    label = np.full(n, -1, np.int64)
    for i, f in enumerate(found):
        label[f.members] = i
    sets = UnionFind(len(found))
    size = [len(f.members) for f in found]

    def join(a: int, b: int) -> None:
        """One set of a and b, with the size and identity of both."""
        merged = sets.union(a, b)
        if merged is not None:
            root, other = merged
            size[root] += size[other]
            for k, codes in identity.pop(other, {}).items():
                identity.setdefault(root, {}).setdefault(k, set()).update(codes)

    # identity[part][kind index] = the part's own keys of a one_per_operator kind
    holders_of = operators.key_holders(graph)
    identity: dict[int, dict[int, set[int]]] = {}
    for i, f in enumerate(found):
        own = operators.own_keys(holders_of, f.members)
        if own:
            identity[i] = own
    keys = []  # (holders, kind index, key code, accounts) of operator artifacts
    for ki, kind in enumerate(graph.kinds):
        kk = graph.keys.get(kind.name)
        if kk is None or not len(kk.account) or not kind.traits.operator_artifact:
            continue
        if cards_only and kind.traits.one_per_operator:
            continue
        code = blocking.encode_keys(kk.key)
        order = np.argsort(code, kind="stable")
        cuts = np.flatnonzero(np.r_[True, code[order][1:] != code[order][:-1], True])
        for s, e in zip(cuts[:-1], cuts[1:]):
            acc = np.unique(kk.account[order[s:e]])
            if len(acc) >= 2:
                keys.append((len(acc), ki, int(code[order[s]]), acc))
    keys.sort(key=lambda k: (k[0], k[1], k[2]))
    for holders, ki, code, acc in keys:
        inside = acc[label[acc] >= 0]
        if len(inside) < operators.PRIVATE_SHARE * holders:
            continue
        roots, counts = np.unique([sets.find(int(label[a])) for a in inside], return_counts=True)
        # a card (an artifact farms split, not one per operator) is one holder's instrument: parts
        # that split one private card between them are parts of its holder, however few each holds
        split = not graph.kinds[ki].traits.one_per_operator
        parts = [int(r) for r, c in zip(roots, counts)
                 if c >= operators.PART_HOLDING * size[r] or (split and c >= SPLIT_CARD_HOLDERS)]
        if len(parts) < 2 or operators.distinct_operators(parts, identity):
            continue
        for r in parts[1:]:
            join(parts[0], r)
    if not cards_only:
        _join_by_exits(graph, found, sets, join, identity)
    joined = sets.sets()
    if len(joined) == len(found):
        return found
    out = []
    for idx in joined:
        parts = [found[i] for i in idx]
        out.append(parts[0] if len(parts) == 1 else joined_parts(parts))
    return in_id_order(graph, out)


# two parts rotating over one exit pool: at least this share of the smaller part's addresses
# beyond what chance gives (exit_excess) ...
SHARED_EXITS = 0.3
# ... of at least this many addresses each (a household's one address says nothing)
MIN_EXITS = 5


def _join_by_exits(graph, found, sets, join, identity) -> None:
    """Join parts that rotate over one pool of exit addresses: many of the smaller part's
    addresses are the other's too (a fleet split over its cards, all behind one proxy pool). Two
    operators renting from one provider share a few exits, not a third of them; parts with their
    own client builds or system prompts stay apart (`operators.distinct_operators`).

    The share is counted beyond chance (`exit_excess`): a part that rotates over a rented
    residential pool holds a large share of every address in the log, and any small part on that
    pool shares as large a share of its own with it, whoever runs it (gen_i, session 32: a part
    holding 9,563 of the log's 23,236 addresses joined seven small parts of three other campaigns
    at 33-55% shared, with chance 41-43%; one operator's card-split parts behind their pool, on
    gen_d, share 90-100% of 74-84 addresses, with chance under 1%). Public addresses are not
    counted: those that at least as many accounts outside every campaign use (gen_j, session 32:
    a university class's part joined a 400-account card fleet over campus and carrier addresses
    its classmates used too, and the fleet's campaign ranked first with 71 benign members)."""
    kind = next((k for k in graph.kinds if k.traits.operator_infrastructure and k.traits.one_per_operator
                 and k.traits.owned_by_suspects and not k.traits.operator_artifact), None)
    kk = graph.keys.get(kind.name) if kind is not None else None
    if kk is None or not len(kk.account):
        return
    label = np.full(graph.n_accounts, -1, np.int64)
    for i, f in enumerate(found):
        label[f.members] = i
    code = blocking.encode_keys(kk.key)
    n_addresses = int(code.max()) + 1 if len(code) else 0  # every address in the scan (dense codes)
    held = label[kk.account] >= 0
    # an address at least as many accounts outside every campaign hold is public (a campus or
    # carrier NAT, a VPN exit, a home connection a proxy resells): it says nothing of who runs a part
    outside = np.bincount(code[~held], minlength=n_addresses)
    inside = np.bincount(code[held], minlength=n_addresses)
    held &= outside[code] < inside[code]
    exits: dict[int, set[int]] = {}
    for part, c in zip(label[kk.account[held]].tolist(), code[held].tolist()):
        exits.setdefault(part, set()).add(c)
    changed = True
    while changed:
        changed = False
        pools: dict[int, set[int]] = {}
        for part, codes in exits.items():
            pools.setdefault(sets.find(part), set()).update(codes)
        roots = sorted(r for r, p in pools.items() if len(p) >= MIN_EXITS)
        for i, a in enumerate(roots):
            for b in roots[i + 1:]:
                ra, rb = sets.find(a), sets.find(b)
                if ra == rb:
                    continue
                pa_, pb_ = pools[a], pools[b]
                if exit_excess(pa_, pb_, n_addresses) < SHARED_EXITS or operators.distinct_operators([ra, rb], identity):
                    continue
                join(ra, rb)
                changed = True


def exit_excess(a: set, b: set, n_addresses: int) -> float:
    """The share of the smaller pool's addresses in the larger one, beyond chance: (s - q) / (1 - q),
    s the share, q the larger pool's share of all `n_addresses` (the share of its own a small part
    drawing its exits from the same addresses at random would hold)."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return 0.0
    share = len(small & big) / len(small)
    chance = min(len(big) / max(n_addresses, 1), 1.0)
    return 0.0 if chance >= 1.0 else (share - chance) / (1.0 - chance)


def _column(accounts, ids: list[str], name: str, default=False, dtype=bool) -> np.ndarray | None:
    """Column `name` of the `accounts` table aligned with `ids` (`default` where an account or
    its value is missing); None when the table has no such column."""
    if not (isinstance(accounts, pa.Table) and name in accounts.column_names):
        return None
    out = np.full(len(ids), default, dtype)
    index = {a: i for i, a in enumerate(ids)}
    for a, v in zip(accounts["account_id"].to_pylist(), accounts[name].to_pylist()):
        i = index.get(a)
        if i is not None and v is not None:
            out[i] = v
    return out


def _relay_verdicts(accounts, ids: list[str]) -> relay_front.RelayVerdicts | None:
    """The relays' group verdicts (`accounts` columns relay_judged, relay_flagged, relay_group,
    relay_rate: risk.end_users); None without them."""
    judged, flagged, group = (_column(accounts, ids, name, -1, np.int64)
                              for name in ("relay_judged", "relay_flagged", "relay_group"))
    rate = _column(accounts, ids, "relay_rate", np.nan, float)
    if judged is None or flagged is None or group is None or rate is None or np.isnan(rate).all():
        return None
    return relay_front.RelayVerdicts(np.maximum(judged, 0), np.maximum(flagged, 0), group, float(np.nanmax(rate)))


def _bool_column(accounts, ids: list[str], name: str, default: bool = False) -> np.ndarray | None:
    return _column(accounts, ids, name, default, bool)


def _organisations(graph, view: AccountView | None) -> np.ndarray | None:
    """Organisation code per account of the graph (linkage.cohort.organisations); None without a view."""
    if view is None:
        return None
    org = cohort.organisations(view)
    if view.account_ids == graph.account_ids:
        return org
    idx = view.index  # (accounts the view lacks: an organisation of their own)
    return np.array([org[idx[a]] if a in idx else (1 << 41) + i for i, a in enumerate(graph.account_ids)], np.int64)


def _ring(accounts, ids: list[str]) -> np.ndarray | None:
    """Per account of `ids`: in a card ring (the `cohort_ring` column, linkage.cohort); None without it."""
    size = _column(accounts, ids, "cohort_ring", 0, np.int64)
    return None if size is None else size > 0


def _asks(accounts, ids: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(extraction hits, distinct prompts, known-dataset items) per account of `ids`, from the
    `accounts` columns of those names (0 where missing; items 0 without the column); None without
    the first two."""
    hits, prompts = (_column(accounts, ids, name, 0, np.int64) for name in ("extraction_hits", "distinct_prompts"))
    if hits is None or prompts is None:
        return None
    items = _column(accounts, ids, "dataset_items", 0, np.int64)
    return hits, prompts, (np.zeros_like(hits) if items is None else items)


# a campaign at least this much made of a flagged group's members is part of that group
MERGE_SHARE = 0.8
# a group and a campaign sharing at least this share of the smaller of them are one operator's
PART_SHARE = 0.5
# a member of a campaign mostly inside a group that does not hold the group's key still comes
# along when tied this strongly (the tie that flags a member, risk.campaign_boost): a bystander on a
# shared exit has a weak tie; a fleet account on the fleet's cards, exits and template does not,
# and dropping it left it in no campaign at all (demo seed 7: 3 of 30 hydra accounts)
TIED_STRENGTH = 0.9


def _add_collective(graph, found, strength, judged, score_group, bursts=None, relay=None, flagged=None, risk=None,
                    quiet=None, asks=None, ring=None, org=None, age=None):
    """`found` plus the collective-evidence groups (campaigns.collective), in id order. A campaign
    already found whose accounts all hold a group's key (flagged fleet accounts tied by an address)
    is part of that group: it is merged in, and so is a campaign found on collective risk alone
    (below the operating point) that is mostly made of the group's members. Relay accounts
    (`relay`: traffic of many end users) are never members: they get a verdict of their own."""
    taken = np.zeros(graph.n_accounts, bool)
    for f in found:
        if f.rule != "collective_risk":  # a group below the operating point may still be judged whole
            taken[f.members] = True
    # campaigns that a group takes in are not kept twice, and accounts are in one campaign only
    groups = collective.find_groups(graph, judged, taken, score_group, bursts, relay, flagged, risk, quiet, asks, ring,
                                    org, age)
    if not groups:
        return found, strength
    strength = strength.copy()
    found = list(found)
    for g in groups:
        holds = np.zeros(graph.n_accounts, bool)
        holds[g.holders] = True
        in_group = np.zeros(graph.n_accounts, bool)
        in_group[g.members] = True
        # holding the key makes a campaign part of the group only when the key is the operator's
        # own (a burst made with it, or held by small accounts alone), not a public artifact that
        # several operators copied (every holder of a system prompt)
        own_key = g.how not in (collective.HOLDERS, collective.FLAGGED)
        inside, whole = [], []
        for f in found:
            share = in_group[f.members].mean()  # of the campaign, inside the group
            if f.rule != "collective_evidence" and ((own_key and holds[f.members].all()) or share >= MERGE_SHARE
                                                    or (f.rule == "collective_risk" and share >= 0.5)):
                # wholly held: every member joins; mostly inside: those in the group and those
                # tied to it as tightly (a bystander linked through a shared exit stays out)
                inside.append(f)
                whole.append(own_key and bool(holds[f.members].all()))
            elif in_group[f.members].sum() >= PART_SHARE * min(len(f.members), len(g.members)):
                # the group is a part of a bigger campaign (the accounts of one operator made in
                # one burst, or an earlier group of it): one operator, one campaign
                inside.append(f)
                whole.append(True)
        found = [f for f in found if not any(f is x for x in inside)]
        members = np.unique(np.concatenate([g.members, *(f.members if w else
                                                          f.members[in_group[f.members] | (strength[f.members] >= TIED_STRENGTH)]
                                                          for f, w in zip(inside, whole))]))
        if relay is not None:
            members = members[~relay[members]]
        c_risk = max([float(g.score.risk), *(f.risk for f in inside)])
        strength[members] = 1.0  # each holds the operator's own artifact
        extra = [collective.evidence(g, graph), *(e for f in inside for e in f.extra if e.get("signal") == "collective_evidence")]
        found.append(Found(c_risk, members, "collective_evidence", extra[:3]))
    # an account is in one campaign: members of a group leave the campaigns it did not take in whole
    grouped = np.zeros(graph.n_accounts, bool)
    for f in found:
        if f.rule == "collective_evidence":
            grouped[f.members] = True
    found = [f if f.rule == "collective_evidence" else f._replace(members=f.members[~grouped[f.members]])
             for f in found]
    found = [f for f in found if len(f.members) >= 2]
    return in_id_order(graph, found), strength


def _tight_members(graph, label, kept, w_eff, flagged, gate: GateConfig):
    """(community label of each kept member or -1, membership strength per account)."""
    src, dst, w = graph.src[kept], graph.dst[kept], w_eff[kept]
    member = label.copy()
    for _ in range(2):  # twice: strengths change as loose members leave
        strength = _strength(member, src, dst, w, graph.n_accounts, gate)
        kinds_n = _kinds_linked(graph, member, kept, gate.min_kind_weight)
        keep = gating.keep_members(flagged, strength, kinds_n, gate) & (member >= 0)
        member = np.where(keep, member, -1)
    return member, _strength(member, src, dst, w, graph.n_accounts, gate)


def _decide(graph, member, kept, strength, risk, flagged, gate: GateConfig) -> list[Found]:
    """The communities that are campaigns, in id order."""
    kid_susp = [i for i, k in enumerate(graph.kinds) if k.name in gating.SUSPICIOUS_KINDS]
    susp = _suspicious_linked(graph, member, kept, kid_susp)
    found = []
    ids = np.flatnonzero(member >= 0)
    if len(ids):
        ids = ids[np.argsort(member[ids], kind="stable")]
        for group in np.split(ids, np.flatnonzero(np.diff(member[ids])) + 1):
            ok, rule = gating.is_campaign(flagged[group], susp[group], strength[group], gate, risk[group])
            if ok:
                found.append(Found(gating.campaign_risk(risk[group], flagged[group]), group, rule, []))
    return in_id_order(graph, found)


def _describe(graph, view, found, risk, flagged, strength) -> CampaignResult:
    """Spec §2 campaign dicts and the membership map."""
    final = np.full(graph.n_accounts, -1, np.int64)
    for ci, f in enumerate(found):
        final[f.members] = ci
    sizes = np.array([len(f.members) for f in found], np.int64)
    link_ev, per_account = describe.link_evidence(graph, final, len(found), sizes)
    facts = (describe.exchange_facts(view, _align(final, graph, view), len(found)) if view is not None
             else describe.empty_facts(len(found)))
    campaigns, membership = [], {}
    for ci, (c_risk, group, rule, extra) in enumerate(found):
        cid = f"c-{ci + 1}"
        n_flag = int(flagged[group].sum())
        evidence = [*extra, *link_ev[ci]]
        evidence.append({
            "signal": "member_risk", "score": round(n_flag / len(group), 4),
            "detail": f"{n_flag} of {len(group)} accounts flagged on their own "
                      f"(median risk {float(np.median(risk[group])):.2f})",
        })
        f = facts[ci]
        campaigns.append({
            "campaign_id": cid, "account_ids": sorted(graph.account_ids[int(a)] for a in group),
            "risk": c_risk, "exchanges": f["exchanges"], "first_seen": f["first_seen"],
            "last_seen": f["last_seen"], "targets": f["targets"], "evidence": evidence,
            "size": len(group), "rule": rule, "origin": f["origin"], "one_customer": f["one_customer"],
        })
        for a in group.tolist():
            items = [
                {"signal": kname, "score": round(min(1.0, wmax), 4),
                 "detail": f"linked to {cnt} other account{'s' if cnt != 1 else ''} of {cid}: "
                           f"{_kind(graph, kname).description}"}
                for kname, (cnt, wmax) in sorted(per_account.get(a, {}).items(), key=lambda kv: -kv[1][1])
            ]
            membership[graph.account_ids[a]] = {
                "campaign_id": cid, "strength": round(float(np.clip(strength[a], 0.0, 1.0)), 4),
                "evidence": [*extra, *items],
            }
    return CampaignResult(campaigns, membership, graph)


def _kind(graph: LinkGraph, name: str):
    return next(k for k in graph.kinds if k.name == name)


def _align(label: np.ndarray, graph: LinkGraph, view: AccountView) -> np.ndarray:
    """Campaign label per account of `view` (its account order may differ from the graph's)."""
    if view.account_ids == graph.account_ids:
        return label
    idx = graph.account_index()
    return np.array([label[idx[a]] if a in idx else -1 for a in view.account_ids], np.int64)


def _kinds_linked(graph: LinkGraph, label: np.ndarray, kept: np.ndarray, min_weight: float) -> np.ndarray:
    """Per account: how many independent kinds of link (each >= min_weight on some edge) tie it to its
    community. Kinds of one family count once: a shared residential address and its /24 are one
    piece of evidence (a household sharing an address with a proxy exit), not two."""
    out = np.zeros(graph.n_accounts, np.int64)
    if not len(graph.kind_edge):
        return out
    fam_names = sorted({kd.family or kd.name for kd in graph.kinds})
    fam_of_kind = np.array([fam_names.index(kd.family or kd.name) for kd in graph.kinds], np.int64)
    e, k = graph.kind_edge, fam_of_kind[graph.kind_id]
    s, d = graph.src[e], graph.dst[e]
    sel = kept[e] & (graph.kind_weight >= min_weight) & (label[s] >= 0) & (label[s] == label[d])
    if not sel.any():
        return out
    ends = np.r_[s[sel], d[sel]]
    kinds = np.r_[k[sel], k[sel]].astype(np.int64)
    pairs = np.unique(ends * np.int64(len(graph.kinds) + 1) + kinds)
    np.add.at(out, pairs // np.int64(len(graph.kinds) + 1), 1)
    return out


def _suspicious_linked(graph: LinkGraph, label: np.ndarray, kept: np.ndarray, kind_ids: list[int]) -> np.ndarray:
    out = np.zeros(graph.n_accounts, bool)
    if not kind_ids or not len(graph.kind_edge):
        return out
    sel = np.isin(graph.kind_id, kind_ids)
    e = graph.kind_edge[sel]
    e = e[kept[e]]
    s, d = graph.src[e], graph.dst[e]
    internal = (label[s] >= 0) & (label[s] == label[d])
    out[s[internal]] = True
    out[d[internal]] = True
    return out
