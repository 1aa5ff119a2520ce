"""Cohort features: what an account's identity artifacts say about the group it belongs to.

Coordination is the strongest evidence we have against account farms, and it is a property of
a group, not of one account's traffic. These per-account columns put each account's group
context beside its own behaviour, so the risk stage calibrates them against the benign reference
accounts like any other feature (a company's shared card, a class signing up together and the
users of one app are all in the reference):

- `cohort_signup`: the sign-up burst the account was made in. For each artifact it holds of a
  kind that an operator owns (kinds whose traits say operator_artifact: a payment instrument, a client build, a system
  prompt), n = holders created within SIGNUP_WINDOW_S of it and N = all holders; the artifact's
  holders are a burst when at least MIN_BURST of them, and most of them (n >= DOMINANT * N), were
  made together, and the burst is then n (the largest over its artifacts; 0 otherwise). 120
  accounts on one card all made within three days: 120. The 3,000 users of one app who signed up over a
  year, or a user of a popular coding agent who signed up the day a farm using the same agent
  did: 0 (the burst is not most of the artifact's holders). One person: 0.
- `cohort_card`: how many accounts pay with its payment instrument (a company card: dozens).
- `cohort_ring`: the card ring the account is part of. The holders of one operator artifact
  other than a card (a system prompt, a client build) that pay with at least MIN_RING_CARDS (6)
  payment instruments each shared by two or more of them of different organisations (customers),
  these ring members being most of the artifact's holders (n >= DOMINANT * N) and belonging to
  >= MIN_PARTITION organisations (`effective_organisations`): n members (the largest over its
  artifacts; 0 otherwise). A farm buys cards by the dozen and spreads its accounts over them,
  each account its own customer; a company pays for its seats with its own cards in its one
  organisation, a family shares a card beside the thousands of other users of its app (not most
  holders), a school or a hackathon opening its people's accounts pays with its few budget cards
  or promotional codes (fewer than MIN_RING_CARDS). 60 accounts of 60 organisations on 12 cards,
  five each, all sending one system prompt: 60.
- `cohort_partition`: the partitioned sweep the account is part of. A campaign splits a public
  benchmark between its accounts so that no account asks for much, and hands the items out in
  turn, so its accounts repeat each other's items far less often than people choosing on their own
  would. For each operator artifact it holds and each dataset its holders draw from (the
  complementary_sweep kind's rows; relays, accounts of many end users, left out), the holders' repeats (pairs of holders
  drawing the same item) are compared with chance: accounts that each drew n_i items
  independently from the dataset's M matchable items repeat sum_{i<j} n_i n_j / M on average,
  and fewer than that by PARTITION_P chance (Poisson lower tail: the count's variance is below
  its mean, so this overstates p) is no accident. Members are the holders that each repeat the
  others less than chance (one standard deviation under it, judged again among the members
  kept: a user who shares the app's client and draws at random is rarely one). Members are judged
  one by one only among holders of >= MIN_ITEMS items; a thin fleet (1,500 accounts drawing three
  items each) is judged whole instead: when all of an artifact's holders, however few items each,
  repeat at most PURE_SHARE of chance and far under it, they are one partition. n members when
  they belong to >= MIN_PARTITION organisations, each weighed by its share of them
  (`effective_organisations`; an account without an organisation in the log counts as its own),
  or to >= MIN_SPLIT_ORGANISATIONS organisations named in the log that split the dataset between
  them as organisations (`split_between_organisations`: shell organisations of one operator,
  each a slice); 0 otherwise: a lab splitting one evaluation run over the keys of its one
  organisation to stay under rate limits is one customer's sharded run. The largest over its
  artifacts. 150 accounts of one client build drawing 3,899 GSM8K items with no repeat where
  chance gives ~1,000: 150; 80 accounts cycling three times through the
  456 items of MATH-500 (1,419 draws, ~1,550 repeats where chance gives ~2,200): 80. A class
  asking homework from one book repeats at least as often as chance (popular items more),
  an evaluation harness runs the whole benchmark on one account, a team sharding an evaluation
  over a few keys stays under MIN_PARTITION: 0. Users choosing at random from a big benchmark
  repeat nobody either, but chance expects almost no repeats from them, so that is no evidence.
  Every drawer of a dataset is one more group (`dataset_drawer_sweeps`): a fleet whose accounts
  share no artifact still avoids its own items; its members are the drawers no artifact's group
  or harvest fleet took, less evaluations and one customer's own shards.
- `cohort_harvest`: the harvest fleet the account is part of. A fleet made to harvest answers to
  public benchmarks asks for their items and little else, drawn at random or in turn, and may
  stay under every partition test's power (a few items an account, eight benchmarks, no repeat
  expected). People who ask public problems mix them with their own questions: the users of a
  homework app or a class are 50-65% items pooled, coding agents 63% (the most any group of >= 10
  organisations showed in the reference and the scenarios). So the holders of one operator
  artifact, or of one set of request settings (`fingerprints` without the user agent: a fleet
  varying its user agent still sends its script's parameters), less relays and the accounts that
  run a whole benchmark (an evaluation), whose distinct prompts are pooled >= HARVEST_SHARE items,
  are a harvest fleet of their members (holders >= HARVEST_MEMBER_SHARE items on their own) when
  these belong to >= MIN_PARTITION organisations (weighed by share: two classes on their
  university's cards with eight strangers are four) and do not repeat each other's items beyond
  chance (users of one evaluation tool running its first N items all ask the same ones). A
  dozen labs running GSM8K with one tool (the reference has them), one lab's sharded run, an app's
  users: 0. A partitioned sweep is reported as such first (the more specific evidence).

Artifacts held by fewer than MIN_HOLDERS accounts say nothing about a group, and fewer than
MIN_BURST sign-ups together are no burst (two colleagues creating accounts the same day). Accounts without a
creation time have no `cohort_signup` (unknown, not 0: no evidence either way).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.behaviour.features import MIN_END_USERS, prompt_key_column
from distillguard.linkage import blocking
from distillguard.linkage.base import KeyRows, LinkKind
from distillguard.linkage.kinds.shared_client_fingerprint import fingerprints
from distillguard.linkage.view import AccountView
from distillguard.signals.dataset_match import Pool, pools as bundled_pools

SIGNUP_WINDOW_S = 72 * 3600
MIN_HOLDERS = 3
MIN_BURST = 5
DOMINANT = 0.5
PAYMENT_KIND = "shared_payment"
SWEEP_KIND = "complementary_sweep"
# cards, each paying for >= 2 holders of one artifact, that make a card ring. An institution that
# opens its people's accounts pays with its few budget cards or promotional codes: the reference's
# school with three, gen_g's hackathon (102 participants of as many organisations on its sponsor's
# three promotional profiles, flagged whole at three); the farms of gen_b, gen_f, gen_i and gen_k
# spread 60-150 accounts over 9-13 bought cards. Set after reading gen_g's hackathon: no log
# written blind has tested it (BENCHMARKS.md, coordination, session 34).
MIN_RING_CARDS = 6
MIN_PARTITION = 10  # organisations of a partition's members, by share (fewer: a team's sharded evaluation)
# ... or at least this many organisations named in the log (by share) that split the dataset between
# them as organisations do not by chance (the repeat test with each organisation one drawer): one
# customer shards its run within its organisation, and two of its organisations (a company's
# production and research) are no evidence; shell organisations of one operator, each holding a
# slice, are. gen_s (written blind, read after its held-out scan): 60 accounts in 6 shell
# organisations of ten on 3 cards split GSM8K and Self-Instruct, none repeating another.
MIN_SPLIT_ORGANISATIONS = 3
# Every drawer of a dataset is one group too (DATASET_DRAWERS): a fleet whose accounts share no
# artifact (each its own card, client and exit) still hands its benchmark out from one queue, and its
# draws avoid each other's as nobody else's do. Accounts running a whole benchmark are left out (an
# evaluation draws everything), and so are the members of an organisation that holds several of them
# (one customer sharding its own run, or a class on its department's card) unless such organisations
# split the dataset between them (`split_between_organisations`). gen_v (written blind, read after its
# held-out scan): 200 accounts on their own cards split GSM8K, ~37 items each, none repeated.
DATASET_DRAWERS = "dataset_drawers"
DATASET_DRAWERS_NOUN = "nothing but their draws of one public dataset"
# a group's repeats this far under chance (Poisson lower tail) make a partitioned sweep: a
# log holds hundreds of (artifact, dataset) groups at most, so chance alone makes one about
# once in thousands of logs
PARTITION_P = 1e-6
MEMBER_SD = 1.0  # a member repeats the others at least this many standard deviations under chance
# ... judged again among the members kept, this many times at most: a user choosing at random
# who passed once by luck repeats the partition's members as often as chance, which they do not
PEEL_ROUNDS = 3
MIN_ITEMS = 5  # items of the dataset a holder draws to be judged one by one (the member test)
# ... and, the group not being nearly pure as a whole (users of the artifact choosing at random
# among its holders), a holder judged one by one is a member only when its own draws avoid the
# other members' beyond what chance would (Poisson lower tail <= this p). The member test above
# only removes accounts that repeat others too often; it cannot reject a holder of five items
# whose chance repeats are under one: gen_f's students of a public playground, 5-7 homework items
# each, all joined a mimic fleet of its client (33 items each, p ~0.007 apiece) by avoiding it
# as often as chance does (p 0.3-0.5).
AVOID_P = 0.05
# A whole group far under chance (PARTITION_P, all holders counted: no selection) whose repeats
# exceed the fewest its draws can make (a sweep wrapping its pool repeats by necessity) by at most
# this share of what chance makes beyond those (`nearly_pure`) is one operator's partition, even
# when its accounts draw too few items each to be judged one by one (a thin fleet: 1,500 accounts
# of one client build, three GSM8K items each, none repeated where chance gives ~900). The share
# bounds the users choosing at random among them: they would bring back about twice their share of
# chance's repeats.
PURE_SHARE = 0.1
# A holder is a member only when the dataset's items are not a far smaller share of its requests
# than of the typical member's (one-sided binomial test against the median member's share,
# Laplace-smoothed, at this p): one operator's accounts ask its items in like proportion, whatever
# cover they add. One GSM8K item among a chat user's seven requests says nothing of who handed it
# out (a relay's casual end user was a member of a 900-user sweep whose end users asked items in 9
# requests of 10), and students asking homework in half their requests who by chance avoided a
# mimic fleet's items (all its requests) are no part of it (gen_f: 5 of a 13-account campaign),
# while a fleet account with one item and two cover requests beside members at 3 in 4 is one of
# them (p 0.26).
MEMBER_SHARE_P = 1e-3

# A harvest fleet (`cohort_harvest`): the holders of one operator artifact whose distinct prompts
# are, pooled, at least this share public-dataset items. The apps and classes that ask public
# problems mix them with their own questions (the reference's and the scenarios' users of a
# homework app or a class: 50-65%, the most a group of >= 10 organisations showed, and coding
# agents 63%); a fleet made to harvest answers asks little else.
HARVEST_SHARE = 0.9
# ... a holder with at least this share of its own distinct prompts such items is a member
HARVEST_MEMBER_SHARE = 0.5
# An account that draws at least this share of a dataset's items runs the benchmark (an
# evaluation); it is no part of a harvest: a dozen labs running one evaluation tool over a whole
# test set are a dozen evaluations
EVALUATION_SHARE = 0.5
# ... when it asks its items evenly: a run asks each item the same number of times (one pass, or k
# samples each), one more for a retried or resumed part at most, so the variance of its asks per
# item is at most a quarter of their mean. Drawing at random with replacement spreads them as
# chance does (Poisson: variance/mean 0.3 at half a pool drawn, 0.7 at 90%), which an account
# resampling a small benchmark all week shows; no evaluation does.
EVEN_ASKS = 0.25
# Members that repeat each other's items beyond chance at this p are users of one tool running the
# same items (an evaluation's first N items, a class's homework), not a fleet drawing its own
HARVEST_REPEAT_P = 1e-6
# Harvest fleets are also sought among the holders of one set of request settings (temperature,
# max_tokens, n, ...; no user agent): the parameters a harvesting script sets stay when its user
# agent is varied on purpose, and the many ordinary users of default settings make such a group
# anything but pure. Not a link kind: shared settings alone tie no accounts together.
SETTINGS_ARTIFACT = "request_settings"

PARTITION_COLUMNS = ("cohort_partition", "cohort_partition_dataset", "cohort_partition_artifact",
                     "cohort_partition_draws", "cohort_partition_repeats", "cohort_partition_expected")
HARVEST_COLUMNS = ("cohort_harvest", "cohort_harvest_artifact", "cohort_harvest_share", "cohort_harvest_prompts",
                   "cohort_harvest_datasets")
RING_COLUMNS = ("cohort_ring", "cohort_ring_cards", "cohort_ring_artifact")
COLUMNS = ("cohort_signup", "cohort_signup_within", "cohort_signup_holders", "cohort_signup_artifact", "cohort_card",
           *RING_COLUMNS, *PARTITION_COLUMNS, *HARVEST_COLUMNS)
DOCS = {
    "cohort_signup": "sign-up burst the account was made in: n holders of one of its operator artifacts (card, "
                     "client build, system prompt) created within 3 days of it, when n >= 5 and n >= half of all holders",
    "cohort_signup_within": "n of the artifact that gave cohort_signup (holders created within 3 days, itself included)",
    "cohort_signup_holders": "N of that artifact (all its holders)",
    "cohort_signup_artifact": "what that artifact is, in words (e.g. 'payment instrument')",
    "cohort_card": "accounts paying with the account's payment instrument (the largest, if several)",
    "cohort_ring": "holders of one of its operator artifacts other than a card (system prompt, client build) that "
                   "pay with >= 6 cards each shared by >= 2 of them, when they are most of its holders and belong to "
                   ">= 10 organisations, each weighed by its share (the largest)",
    "cohort_ring_cards": "the shared cards of cohort_ring",
    "cohort_ring_artifact": "the artifact of cohort_ring, in words",
    "cohort_partition": "holders of one of its operator artifacts that draw items of one public dataset and "
                        "repeat each other's items far less often than independent users would (p <= 1e-6), "
                        "when they belong to >= 10 organisations, each weighed by its share (the largest)",
    "cohort_partition_dataset": "the dataset of cohort_partition",
    "cohort_partition_artifact": "the artifact of cohort_partition, in words",
    "cohort_partition_draws": "items of the dataset its members drew between them (distinct per account)",
    "cohort_partition_repeats": "pairs of members that drew the same item",
    "cohort_partition_expected": "the pairs independent users drawing as many items would make on average",
    "cohort_harvest": "holders of one of its operator artifacts whose distinct prompts are, pooled, >= 90% items of "
                      "public datasets, drawn on their own (no whole benchmark asked through evenly, repeats not "
                      "beyond chance), when they belong to >= 10 organisations, each weighed by its share "
                      "(the largest)",
    "cohort_harvest_artifact": "the artifact of cohort_harvest, in words",
    "cohort_harvest_share": "the share of its members' distinct prompts that are public-dataset items",
    "cohort_harvest_prompts": "its members' distinct prompts",
    "cohort_harvest_datasets": "the datasets its members draw from (the three they draw most, and how many in all)",
}


def creation_seconds(view: AccountView) -> np.ndarray:
    """Account creation time (Unix s) per account of the view; nan where the log does not say."""
    out = np.full(len(view), np.nan)
    if not view.n_exchanges:
        return out
    created = view.column(schema.ACCOUNT_CREATED)
    t = pa.table({"a": view.account_of_row, "c": created.cast(pa.int64())}).filter(pc.is_valid(created))
    if len(t):
        g = t.group_by("a").aggregate([("c", "min")])
        out[g["a"].to_numpy()] = g["c_min"].to_numpy() / 1e6
    return out


def artifact_noun(kind: LinkKind) -> str:
    noun = kind.key_noun or kind.name
    return noun[:-1] if noun.endswith("s") else noun


def cohort_features(view: AccountView, keyrows: dict[str, KeyRows], kinds, bursts: dict | None = None,
                    partitions: list | None = None) -> pa.Table:
    """One row per account of `view`: account_id and the COLUMNS above.

    `partitions`, when given, is extended with the PartitionGroups found (campaigns: one
    operator's accounts).

    `bursts`, when given, is filled with kind name -> bool per row of that kind's key rows: the
    row's account is in its key's burst (the sign-up burst most of the key's holders were made
    in). Those holders, not every holder, are the group a farm's artifact stands for: a public
    system prompt used by one farm and by ordinary users, or by two farms made on other days,
    holds several groups (campaigns.collective)."""
    n = len(view)
    created = creation_seconds(view)
    burst = np.where(np.isnan(created), np.nan, 0.0)
    within = np.zeros(n, np.int64)
    holders_of = np.zeros(n, np.int64)
    artifact = np.full(n, None, dtype=object)
    card = np.zeros(n, np.int64)
    for kind in kinds:
        rows = keyrows.get(kind.name)
        if not kind.traits.operator_artifact or rows is None or not len(rows):
            continue
        code = blocking.encode_keys(rows.key)
        holders = np.bincount(code)[code]
        if kind.name == PAYMENT_KIND:
            np.maximum.at(card, rows.account, holders)
        c = created[rows.account]
        ok = (holders >= MIN_HOLDERS) & ~np.isnan(c)
        if bursts is not None:
            bursts[kind.name] = np.zeros(len(rows), bool)
        if not ok.any():
            continue
        acc, code, holders, c = rows.account[ok], code[ok], holders[ok], c[ok]
        # holders of the same artifact created within the window: a search in (code, time) order
        order = np.lexsort((c, code))
        span = float(np.nanmax(c) - np.nanmin(c)) + 4 * SIGNUP_WINDOW_S
        line = code[order] * span + (c[order] - np.nanmin(c))
        lo = np.searchsorted(line, line - SIGNUP_WINDOW_S, side="left")
        hi = np.searchsorted(line, line + SIGNUP_WINDOW_S, side="right")
        n_w = np.empty(len(order), np.int64)
        n_w[order] = hi - lo
        in_burst = (n_w >= MIN_BURST) & (n_w >= DOMINANT * holders)
        if bursts is not None:
            bursts[kind.name][np.flatnonzero(ok)] = in_burst
        b = np.where(in_burst, n_w.astype(np.float64), 0.0)
        better = b > np.nan_to_num(burst[acc], nan=-1.0)
        # several rows of one account: keep the largest (np.maximum.at, then who set it)
        best = np.full(n, -1.0)
        np.maximum.at(best, acc, np.where(better, b, -1.0))
        win = better & (b == best[acc])
        a_w = acc[win]
        burst[a_w] = b[win]
        within[a_w] = n_w[win]
        holders_of[a_w] = holders[win]
        artifact[a_w] = artifact_noun(kind)
    items = sweep_items(view, kinds)
    relay = relays(view)
    if items is not None and relay.any():
        items = items.filter(pc.invert(pa.array(relay[items["a"].to_numpy()])))
    org = organisations(view)
    ring = card_rings(n, keyrows, kinds, org=org, relay=relay)
    exchanges = np.bincount(view.account_of_row, minlength=n) if view.n_exchanges else None
    part = partitioned_sweeps(n, items, keyrows, kinds, org=org, exchanges=exchanges)
    prompts, matched = distinct_prompts(view)
    harvest = harvest_fleets(n, items, {**keyrows, SETTINGS_ARTIFACT: fingerprints(view, with_user_agent=False)}, kinds,
                             prompts, matched, relay=relay, org=org)
    harvests = distinct_harvests(n, part.groups, harvest.groups)
    taken = np.zeros(n, bool)
    for g in (*part.groups, *harvests):
        taken[g.members] = True
    part = dataset_drawer_sweeps(part, items, org, taken=taken, exchanges=exchanges)
    if partitions is not None:
        partitions.extend(part.groups)
        partitions.extend(harvests)
    return pa.table({
        schema.ACCOUNT_ID: pa.array(view.account_ids, pa.string()),
        "cohort_signup": pa.array(burst, pa.float64(), from_pandas=True),  # nan (creation unknown) -> null
        "cohort_signup_within": pa.array(within, pa.int64()),
        "cohort_signup_holders": pa.array(holders_of, pa.int64()),
        "cohort_signup_artifact": pa.array(artifact.tolist(), pa.string()),
        "cohort_card": pa.array(card, pa.int64()),
        "cohort_ring": pa.array(ring.size, pa.int64()),
        "cohort_ring_cards": pa.array(ring.cards, pa.int64()),
        "cohort_ring_artifact": pa.array(ring.artifact.tolist(), pa.string()),
        "cohort_partition": pa.array(part.size, pa.int64()),
        "cohort_partition_dataset": pa.array(part.dataset.tolist(), pa.string()),
        "cohort_partition_artifact": pa.array(part.artifact.tolist(), pa.string()),
        "cohort_partition_draws": pa.array(part.draws, pa.int64()),
        "cohort_partition_repeats": pa.array(part.repeats, pa.int64()),
        "cohort_partition_expected": pa.array(part.expected, pa.float64()),
        "cohort_harvest": pa.array(harvest.size, pa.int64()),
        "cohort_harvest_artifact": pa.array(harvest.artifact.tolist(), pa.string()),
        "cohort_harvest_share": pa.array(harvest.share, pa.float64()),
        "cohort_harvest_prompts": pa.array(harvest.prompts, pa.int64()),
        "cohort_harvest_datasets": pa.array(harvest.datasets.tolist(), pa.string()),
    })


@dataclass
class Ring:
    size: np.ndarray  # int64 per account: members of its largest card ring (0: none)
    cards: np.ndarray  # int64: that ring's shared cards
    artifact: np.ndarray  # object: that ring's artifact, in words


def card_rings(n: int, keyrows: dict[str, KeyRows], kinds, *, org: np.ndarray, relay: np.ndarray | None = None) -> Ring:
    """`cohort_ring` per account (see the module docstring). Relays (accounts of many end users)
    hold their customers' artifacts and cards of their own: no member of a ring."""
    out = Ring(np.zeros(n, np.int64), np.zeros(n, np.int64), np.full(n, None, dtype=object))
    pay = keyrows.get(PAYMENT_KIND)
    if pay is None or not len(pay):
        return out
    card_code = blocking.encode_keys(pay.key)
    cards_of: dict[int, list[int]] = {}
    for a, c in zip(pay.account.tolist(), card_code.tolist()):
        cards_of.setdefault(a, []).append(c)
    for kind in kinds:
        rows = keyrows.get(kind.name)
        if kind.name == PAYMENT_KIND or not kind.traits.operator_artifact or rows is None or not len(rows):
            continue
        keep = np.ones(len(rows), bool) if relay is None else ~relay[rows.account]
        acc = rows.account[keep]
        code = blocking.encode_keys(rows.key)[keep]
        if not len(acc):
            continue
        holders = np.bincount(code)
        big = holders[code] >= 2 * MIN_RING_CARDS
        if not big.any():
            continue
        acc, code = acc[big], code[big]
        order = np.argsort(code, kind="stable")
        bounds = np.flatnonzero(np.diff(code[order])) + 1
        for group in np.split(acc[order], bounds):
            paid: dict[int, list[int]] = {}
            for a in group.tolist():
                for c in cards_of.get(a, ()):
                    paid.setdefault(c, []).append(a)
            # a card shared between customers: a company's card paying for its own seats is not
            # (gen_o, session 36: 100 companies' seats, each company on its card, on one popular
            # client build made a 779-account "ring", flagged with nothing asked)
            shared = [members for members in paid.values()
                      if len(members) >= 2 and len(set(org[members].tolist())) >= 2]
            if len(shared) < MIN_RING_CARDS:
                continue
            members = np.unique(np.concatenate([np.array(m, np.int64) for m in shared]))
            if len(members) < DOMINANT * len(group) or effective_organisations(org[members]) < MIN_PARTITION:
                continue
            better = members[out.size[members] < len(members)]
            out.size[better] = len(members)
            out.cards[better] = len(shared)
            out.artifact[better] = artifact_noun(kind)
    return out


def sweep_items(view: AccountView, kinds) -> pa.Table | None:
    """(a, ds, item): the distinct items each account drew of each dataset (the complementary_sweep
    kind's rows, every drawer: a thin fleet's accounts draw two or three items each; None without
    that kind or without dataset matches)."""
    sweep = next((k for k in kinds if k.name == SWEEP_KIND), None)
    return sweep.partial(view, min_items=1) if sweep is not None else None


@dataclass(frozen=True)
class PartitionGroup:
    """One partitioned sweep: the holders of one operator artifact that split one dataset."""
    signal = "partitioned_sweep"  # its evidence's name (campaigns.detect)
    kind: str  # the artifact's link kind
    members: np.ndarray  # account indices
    dataset: str
    draws: int  # distinct (member, item) draws
    repeats: int  # pairs of members drawing the same item
    expected: float  # chance's pairs for as many draws
    p: float  # Poisson lower tail of `repeats`
    artifact: str = "artifact"  # in words

    def words(self, artifact: str | None = None) -> str:
        """The group in plain words (no item text, no account named)."""
        who = f"{len(self.members)} accounts {sharing(artifact or self.artifact, _a)}"
        return partition_words(who, self.dataset, self.draws, self.repeats, self.expected)


def sharing(noun: str, article) -> str:
    """"sharing <article(noun)>" ("sharing a client fingerprint", "sharing its client
    fingerprint"), or for a group of a dataset's drawers "sharing nothing but their draws of one
    public dataset," (no artifact to name)."""
    return f"sharing {noun}," if noun == DATASET_DRAWERS_NOUN else f"sharing {article(noun)}"


def partition_words(who: str, dataset: str, draws: int, repeats: int, expected: float) -> str:
    """"<who> split <dataset> between them: they drew N of its items and repeated none, where as
    many independent users would repeat each other about E times" (a group's evidence and each
    member's say the same)."""
    did = "repeated none" if not repeats else f"repeated each other {repeats:,} times"
    return (f"{who} split {dataset} between them: they drew {draws:,} of its items and {did}, where as many "
            f"independent users would repeat each other about {expected:,.0f} times")


@dataclass
class Partition:
    """Per account: the partitioned sweep it is a member of (the largest; size 0: none), and the groups."""
    size: np.ndarray
    dataset: np.ndarray
    artifact: np.ndarray
    draws: np.ndarray
    repeats: np.ndarray
    expected: np.ndarray
    groups: list

    @staticmethod
    def none(n: int) -> "Partition":
        return Partition(np.zeros(n, np.int64), np.full(n, None, dtype=object), np.full(n, None, dtype=object),
                         np.zeros(n, np.int64), np.zeros(n, np.int64), np.zeros(n), [])

    def add(self, group: "PartitionGroup") -> None:
        """`group` found: its members take it where it is larger than the one they are in."""
        self.groups.append(group)
        members = group.members
        better = members[len(members) > self.size[members]]
        self.size[better] = len(members)
        self.dataset[better] = group.dataset
        self.artifact[better] = group.artifact
        self.draws[better] = group.draws
        self.repeats[better] = group.repeats
        self.expected[better] = group.expected


def repeat_test(account: np.ndarray, item: np.ndarray, pool: float,
                allowed: np.ndarray | None = None) -> tuple[np.ndarray, int, float, float]:
    """One group's draws (distinct (account, item) rows) against independent choice from `pool` items.

    Returns (per row's account: its repeats minus MEMBER_SD standard deviations under chance, i.e.
    <= 0 for a member), the group's repeats, their chance mean, and the Poisson lower-tail p.
    `allowed` (per row): drawers of the row's item that a sweep explains (`sweep_allowed`); an
    account's own repeats count only the drawers beyond them."""
    from scipy.stats import poisson

    _, acc = np.unique(account, return_inverse=True)
    _, it = np.unique(item, return_inverse=True)
    n_i = np.bincount(acc).astype(np.float64)
    c = np.bincount(it).astype(np.float64)  # drawers per item
    total = n_i.sum()
    repeats = float((c * (c - 1) / 2).sum())
    expected = float((total * total - (n_i * n_i).sum()) / (2 * pool))
    beyond = c[it] - 1 if allowed is None else np.maximum(c[it] - allowed, 0)
    own = np.bincount(acc, weights=beyond, minlength=len(n_i))  # pairs each account is in
    own_expected = n_i * (total - n_i) / pool
    margin = own - np.maximum(own_expected - MEMBER_SD * np.sqrt(own_expected), 0.0)
    p = float(poisson.cdf(repeats, expected)) if expected > 0 else 1.0
    return margin[acc], int(repeats), expected, p


def member_rows(account: np.ndarray, item: np.ndarray, pool: float, sweep: "Pool | None" = None) -> np.ndarray:
    """Rows of the accounts that repeat the others under chance (`repeat_test`), judged again
    among those kept, PEEL_ROUNDS times at most or until nobody more leaves. `sweep`: the
    dataset's Pool when the group is judged as a sweep, whose necessary repeats are nobody's."""
    keep = np.ones(len(account), bool)
    for _ in range(PEEL_ROUNDS):
        allowed = None if sweep is None else sweep_allowed(item[keep], sweep)
        margin, _, _, _ = repeat_test(account[keep], item[keep], pool, allowed)
        rows = np.flatnonzero(keep)
        keep[rows[margin > 0]] = False
        if (margin <= 0).all() or not keep.any():
            break
    return keep


def sweep_allowed(item: np.ndarray, pool) -> np.ndarray:
    """Per row: the drawers of its item a sweep handed out in turn explains. Each item is drawn at
    most once a pass over the pool (ceil(draws / items) passes), times the items of the pool that
    resolve to the same matched id (`dataset_match.Pool.multiplicity`): a sweep that wraps its pool,
    or one of a dataset with near-duplicate items, repeats by necessity."""
    pool = Pool.of(pool)
    passes = -(-len(item) // max(pool.items, 1))
    if not pool.multiplicity:
        return np.full(len(item), passes, np.int64)
    return passes * np.array([pool.multiplicity.get(i, 1) for i in item], np.int64)


def sweep_repeats(item: np.ndarray, pool) -> int:
    """The repeats a sweep handed out in turn would make with these draws: those of the items that
    resolve to one matched id within a pass (`Pool.multiplicity`), and those of its wrapping the
    pool, no more than an even spread of the draws over the pool's items makes. (Allowing each item
    `sweep_allowed` drawers whatever the draws' number excused two fleets walking half a pool each,
    7,506 draws of a 7,473-item pool, for 1,872 repeats where a wrap makes 33.)"""
    pool = Pool.of(pool)
    _, first, counts = np.unique(item, return_index=True, return_counts=True)
    per_pass = sweep_allowed(item, pool)[first] // max(-(-len(item) // max(pool.items, 1)), 1)
    c = np.minimum(counts, per_pass)
    return int((c * (c - 1) // 2).sum()) + _wrap_pairs(len(item), pool.items)


def _wrap_pairs(draws: int, items: int) -> int:
    """Pairs of draws of one item when `draws` are spread as evenly as can be over `items` items
    (none while they fit in one pass)."""
    if items <= 0 or draws <= items:
        return 0
    q, r = divmod(draws, items)
    return int(r * (q + 1) * q // 2 + (items - r) * q * (q - 1) // 2)


def partition_rows(account: np.ndarray, item: np.ndarray, pool: "Pool | int",
                   exchanges: np.ndarray | None = None) -> np.ndarray | None:
    """The rows of a group's partition members, or None when the group is no partition: the whole
    group (every holder, however few items each) far under chance and nearly pure, else its
    holders of >= MIN_ITEMS items judged one by one (`member_rows`, `_avoiders`), far under chance
    and nearly pure among the members kept. `exchanges` (per row: its holder's requests): either
    way, a holder is a member only when the dataset's items are not a far smaller share of its
    requests than of the typical member's (`_same_share`)."""
    pool = Pool.of(pool)
    _, repeats, expected, p = repeat_test(account, item, pool.effective)
    if p <= PARTITION_P and nearly_pure(repeats, expected, sweep_repeats(item, pool)):
        keep = member_rows(account, item, pool.effective, sweep=pool)
        return _same_share(account, keep, exchanges)
    _, inv = np.unique(account, return_inverse=True)
    rows = np.flatnonzero(np.bincount(inv)[inv] >= MIN_ITEMS)
    if len(rows) < 2:
        return None
    keep = np.zeros(len(account), bool)
    keep[rows[member_rows(account[rows], item[rows], pool.effective)]] = True
    keep = _same_share(account, keep, exchanges)
    keep = _avoiders(account, item, keep, pool.effective)
    if not keep.any():
        return None
    _, repeats, expected, p = repeat_test(account[keep], item[keep], pool.effective)
    # nearly pure too, as a whole group must be: the members kept are those who repeated the others
    # least, so their repeats fall under chance by selection alone
    if p > PARTITION_P or not nearly_pure(repeats, expected, sweep_repeats(item[keep], pool)):
        return None
    return keep


def nearly_pure(repeats: int, expected: float, necessary: int) -> bool:
    """A group's draws repeat each other beyond what a sweep handed out in turn must make
    (`necessary`, `sweep_repeats`) by at most PURE_SHARE of what chance makes beyond it. Where the
    draws fit in one pass of the pool nothing is necessary and this is PURE_SHARE of chance's
    repeats; where they wrap a small pool, most of chance's repeats are necessary too, and a share
    of chance's all would excuse a crowd choosing at random (gen_g: 96 holders of a hackathon
    starter kit's system prompt, 56 of them students, drew 1,093 items of a 241-item pool and
    repeated 2,191 times, 1,962 of them necessary: the 229 beyond were under 10% of chance's 2,433
    repeats, but half of the 471 chance makes beyond the necessary)."""
    return repeats - necessary <= PURE_SHARE * max(expected - necessary, 0.0)


def _avoiders(account: np.ndarray, item: np.ndarray, keep: np.ndarray, pool: float) -> np.ndarray:
    """`keep` less the accounts whose own draws avoid the other kept accounts' no better than
    chance might (Poisson lower tail of their repeats > AVOID_P)."""
    from scipy.stats import poisson

    if not keep.any():
        return keep
    _, inv = np.unique(account[keep], return_inverse=True)
    _, it = np.unique(item[keep], return_inverse=True)
    n_i = np.bincount(inv).astype(np.float64)
    c = np.bincount(it).astype(np.float64)
    own = np.bincount(inv, weights=c[it] - 1)
    p = poisson.cdf(own, n_i * (n_i.sum() - n_i) / pool)
    out = keep.copy()
    out[np.flatnonzero(keep)[p[inv] > AVOID_P]] = False
    return out


def _same_share(account: np.ndarray, keep: np.ndarray, exchanges: np.ndarray | None) -> np.ndarray:
    """`keep` less the accounts whose items are a far smaller share of their requests than of the
    typical kept account (MEMBER_SHARE_P). `exchanges`: per row, its account's requests (None: kept)."""
    if exchanges is None or not keep.any():
        return keep
    from scipy.stats import binom

    _, inv = np.unique(account, return_inverse=True)
    first = np.unique(inv, return_index=True)[1]
    k = np.bincount(inv).astype(np.float64)  # distinct items per account
    n = np.maximum(np.asarray(exchanges, np.float64)[first], k)
    kept = np.zeros(len(k), bool)
    kept[inv[keep]] = True
    # the median (not pooled) share: the students a lenient member test let in would pull a pooled
    # share toward theirs; smoothed, so a fleet asking nothing else tolerates a cover request
    typical = float(np.median((k[kept] + 1) / (n[kept] + 2)))
    same = binom.cdf(k, n, typical) > MEMBER_SHARE_P
    return keep & same[inv]


def relays(view: AccountView) -> np.ndarray:
    """Per account of the view: it relays traffic for >= MIN_END_USERS end users (a reseller's
    account holds its customers' system prompts and items; it is no member of their partition)."""
    out = np.zeros(len(view), bool)
    col = view.column(schema.END_USER)
    if view.n_exchanges and col.null_count < len(col):
        n_eu = np.bincount(view.distinct(col)["a"].to_numpy(), minlength=len(view))
        out = n_eu >= MIN_END_USERS
    return out


OWN_ORGANISATION = 1 << 40  # codes from here on: accounts whose organisation the log does not name


def organisations(view: AccountView) -> np.ndarray:
    """An organisation code per account of the view: the log's organisation id (the first seen),
    or a code of its own where the log names none."""
    org = np.arange(len(view), dtype=np.int64) + OWN_ORGANISATION  # own codes, apart from the real ones
    col = view.column(schema.ORG_ID)
    if view.n_exchanges and col.null_count < len(col):
        d = view.distinct(col)
        first = np.unique(d["a"].to_numpy(), return_index=True)
        codes = blocking.encode_keys(d["v"])
        org[first[0]] = codes[first[1]]
    return org


def split_between_organisations(account: np.ndarray, item: np.ndarray, org: np.ndarray, pool) -> bool:
    """A partition's draws (rows: account, item; `org`: organisation code per account) split
    between at least MIN_SPLIT_ORGANISATIONS organisations named in the log (by share of its
    accounts), each organisation one drawer: their repeats of each other's items far under chance
    (PARTITION_P) and nearly pure (`nearly_pure`). Repeats inside one organisation do not count
    (its own run may be sharded or not)."""
    members = np.unique(account)
    if not len(members) or (org[members] >= OWN_ORGANISATION).any() or \
            effective_organisations(org[members]) < MIN_SPLIT_ORGANISATIONS:
        return False
    pool = Pool.of(pool)
    o = org[account]
    _, first = np.unique(np.stack([o, np.unique(item, return_inverse=True)[1]]), axis=1, return_index=True)
    _, repeats, expected, p = repeat_test(o[first], item[first], pool.effective)
    return p <= PARTITION_P and nearly_pure(repeats, expected, sweep_repeats(item[first], pool))


def effective_organisations(org: np.ndarray) -> float:
    """How many organisations a group's accounts belong to, each weighed by its share (inverse
    Simpson: 1 / sum of squared shares). Two classes of 35 students on their university's card
    with eight strangers beside them are 2.5 organisations, not 10: a count would let the
    strangers make the group; ten accounts of ten organisations are 10."""
    if not len(org):
        return 0.0
    counts = np.unique(org, return_counts=True)[1].astype(np.int64)
    return len(org) ** 2 / float((counts * counts).sum())  # (in integers: ten of ten is 10, not 9.999...)


def partitioned_sweeps(n: int, items: pa.Table | None, keyrows: dict[str, KeyRows], kinds,
                       pools: dict | None = None, org: np.ndarray | None = None,
                       exchanges: np.ndarray | None = None) -> Partition:
    """`cohort_partition` and its words per account (see the module). `items`: `sweep_items`;
    `pools`: per dataset, its `dataset_match.Pool` or its number of matchable items (default: the
    bundled index's, `dataset_match.pools`);
    `org`: organisation code per account (`organisations`; default: each account its own);
    `exchanges`: requests per account (`partition_rows`; default: not asked)."""
    out = Partition.none(n)
    if org is None:
        org = np.arange(n, dtype=np.int64)
    if items is None or not len(items):
        return out
    if pools is None:
        pools = bundled_pools()
    for kind in kinds:
        rows = keyrows.get(kind.name)
        if not kind.traits.operator_artifact or rows is None or not len(rows):
            continue
        held = pa.table({"a": pa.array(rows.account, pa.int64()), "art": pa.array(blocking.encode_keys(rows.key), pa.int64())})
        both = held.join(items, "a")  # (account, artifact, dataset, item)
        if not len(both):
            continue
        per = both.group_by(["art", "ds", "a"]).aggregate([]).group_by(["art", "ds"]).aggregate([("a", "count")])
        big = per.filter(pc.greater_equal(per["a_count"], MIN_PARTITION))
        for art, ds in zip(big["art"].to_pylist(), big["ds"].to_pylist()):
            pool = Pool.of(pools.get(ds, 0))
            if pool.items <= 0:  # a dataset the index does not know the size of: no chance model
                continue
            g = both.filter(pc.and_(pc.equal(both["art"], art), pc.equal(both["ds"], ds)))
            account = g["a"].to_numpy()
            item = np.asarray(g["item"].to_pylist(), dtype=object)
            keep = partition_rows(account, item, pool, None if exchanges is None else exchanges[account])
            group = None if keep is None else _partition_group(kind.name, artifact_noun(kind), ds, account, item, keep,
                                                               org, pool)
            if group is not None:
                out.add(group)
    return out


def _partition_group(kind: str, noun: str, ds, account: np.ndarray, item: np.ndarray, keep: np.ndarray,
                     org: np.ndarray, pool, *, recheck: bool = False) -> "PartitionGroup | None":
    """The partition of the rows `keep` (partition_rows' members), or None when its members sit in
    too few organisations (MIN_PARTITION by share, or MIN_SPLIT_ORGANISATIONS that split the dataset
    between them). `recheck`: members were dropped after partition_rows, so the group must again be
    far under chance and nearly pure."""
    members = np.unique(account[keep])
    if not len(members) or (effective_organisations(org[members]) < MIN_PARTITION
                            and not split_between_organisations(account[keep], item[keep], org, pool)):
        return None
    _, repeats, expected, p = repeat_test(account[keep], item[keep], pool.effective)
    if recheck and (p > PARTITION_P or not nearly_pure(repeats, expected, sweep_repeats(item[keep], pool))):
        return None
    return PartitionGroup(kind, members, str(ds), int(keep.sum()), repeats, expected, p, noun)


def dataset_drawer_sweeps(out: "Partition", items: pa.Table | None, org: np.ndarray, *, taken: np.ndarray | None = None,
                          pools: dict | None = None, exchanges: np.ndarray | None = None) -> "Partition":
    """`out` (partitioned_sweeps) with the partitions of every drawer of each dataset judged as one
    group (DATASET_DRAWERS): evaluations left out of the drawers, one customer's own shards out of
    the members (`_without_own_shards`), and so are the accounts of `taken` (bool per account: in a
    group found through an artifact already, a partition or a harvest fleet: the more specific
    evidence); the draws of everyone are the chance model's all the same."""
    if items is None or not len(items):
        return out
    if pools is None:
        pools = bundled_pools()
    runs = np.zeros(len(org), bool)
    runs[evaluations(items, pools)] = True
    items = items.filter(pc.invert(pa.array(runs[items["a"].to_numpy()])))
    per = items.group_by(["ds", "a"]).aggregate([]).group_by(["ds"]).aggregate([("a", "count")])
    for ds in per.filter(pc.greater_equal(per["a_count"], MIN_PARTITION))["ds"].to_pylist():
        pool = Pool.of(pools.get(ds, 0))
        if pool.items <= 0:
            continue
        g = items.filter(pc.equal(items["ds"], ds))
        account = g["a"].to_numpy()
        item = np.asarray(g["item"].to_pylist(), dtype=object)
        keep = partition_rows(account, item, pool, None if exchanges is None else exchanges[account])
        if keep is None:
            continue
        keep = _without_own_shards(account, item, keep, org, pool)
        if taken is not None:
            keep &= ~taken[account]
        group = _partition_group(DATASET_DRAWERS, DATASET_DRAWERS_NOUN, ds, account, item, keep, org, pool, recheck=True)
        if group is not None:
            out.add(group)
    return out


def _without_own_shards(account: np.ndarray, item: np.ndarray, keep: np.ndarray, org: np.ndarray, pool) -> np.ndarray:
    """`keep` less the members of organisations named in the log that hold two or more members,
    unless those organisations split the dataset between them (shell organisations, each a slice).
    A limit: beside shell organisations, one customer's sharded run of items they left is taken for
    one more of them (the split is judged over the organisations together)."""
    members = np.unique(account[keep])
    codes, counts = np.unique(org[members], return_counts=True)
    shared = codes[(counts >= 2) & (codes < OWN_ORGANISATION)]
    if not len(shared):
        return keep
    in_shared = keep & np.isin(org[account], shared)
    if split_between_organisations(account[in_shared], item[in_shared], org, pool):
        return keep
    return keep & ~in_shared


def distinct_prompts(view: AccountView) -> tuple[np.ndarray, np.ndarray]:
    """(distinct prompts, distinct prompts that ask an item of a public dataset of their own) per
    account of the view: prompts matching, at most the distinct items matched (a pipeline sending
    one public instruction over its users' texts asks one item, not a dataset)."""
    n = len(view)
    if not view.n_exchanges:
        return np.zeros(n, np.int64), np.zeros(n, np.int64)
    key = prompt_key_column(view.exchanges)
    prompts = np.bincount(view.distinct(key)["a"].to_numpy(), minlength=n)
    item = view.signal("dataset_match.item")
    if item is None:
        return prompts, np.zeros(n, np.int64)
    rows = np.flatnonzero(pc.is_valid(item).to_numpy(zero_copy_only=False))
    if not len(rows):
        return prompts, np.zeros(n, np.int64)
    matched = np.bincount(view.distinct(key, rows)["a"].to_numpy(), minlength=n)
    items = np.bincount(view.distinct(item, rows)["a"].to_numpy(), minlength=n)
    return prompts, np.minimum(matched, items)


@dataclass(frozen=True)
class HarvestGroup:
    """One harvest fleet: the holders of one operator artifact that ask for public-dataset items
    and little else, each drawing its own."""
    signal = "harvest_fleet"
    kind: str  # the artifact's link kind, or SETTINGS_ARTIFACT (no link kind)
    members: np.ndarray  # account indices
    share: float  # of the members' distinct prompts, the share that are dataset items
    prompts: int  # the members' distinct prompts
    datasets: str  # in words
    artifact: str  # in words

    def words(self, artifact: str | None = None) -> str:
        return harvest_words(f"{len(self.members)} accounts sharing {_a(artifact or self.artifact)}", self.share,
                             self.prompts, self.datasets)


def _a(noun: str) -> str:
    return noun if noun.endswith("s") else f"a {noun}"


def harvest_words(who: str, share: float, prompts: int, datasets: str) -> str:
    """"<who> ask for public-dataset items and little else: ..." (a group's evidence and each member's
    say the same; no item text, no account named)."""
    return (f"{who} ask for public-dataset items and little else: {100 * share:.0f}% of their {prompts:,} distinct "
            f"prompts are items of {datasets}, each account drawing its own (none asking a whole benchmark "
            "through evenly, no more repeats of each other than chance), where the users of an app or a class who ask public problems "
            "mix them with their own questions")


@dataclass
class Harvest:
    """Per account: the harvest fleet it is a member of (the largest; size 0: none), and the groups."""
    size: np.ndarray
    artifact: np.ndarray
    share: np.ndarray
    prompts: np.ndarray
    datasets: np.ndarray
    groups: list


def _datasets_words(ds: np.ndarray) -> str:
    names, counts = np.unique(ds, return_counts=True)
    top = [str(names[i]) for i in np.argsort(-counts, kind="stable")[:3]]
    more = len(names) - len(top)
    return ", ".join(top) + (f" and {more} more dataset{'s' if more > 1 else ''}" if more > 0 else "")


# two groups with this share of their accounts in common are one group (the larger's share)
SAME_GROUP = 0.9


def distinct_harvests(n: int, partitions: list, harvests: list) -> list:
    """The harvest fleets that are groups of their own: a fleet that splits a dataset is a
    partition first (the more specific evidence), and one fleet holding a card, a client build, a
    system prompt and its request settings is one group, not four (the first found: artifacts
    before settings). Each group is judged pooled at a bar shared among the groups
    (campaigns.detect), so counting one group four times would hold every group to a bar four
    times too strict."""
    split = np.zeros(n, bool)
    for g in partitions:
        split[g.members] = True
    kept: list = []
    for g in harvests:
        if split[g.members].mean() >= 0.5:
            continue
        if any(len(np.intersect1d(g.members, k.members)) >= SAME_GROUP * max(len(g.members), len(k.members))
               for k in kept):
            continue
        kept.append(g)
    return kept


def evaluations(items: pa.Table, pools: dict) -> np.ndarray:
    """The accounts of `items` (sweep_items) that run a benchmark: they draw >= EVALUATION_SHARE of
    a dataset's items and ask them evenly (EVEN_ASKS; without an `asks` column every draw counts
    once, i.e. evenly)."""
    if "asks" in items.column_names:
        asks = items["asks"].to_numpy().astype(np.float64)
    else:
        asks = np.ones(len(items))
    t = pa.table({"a": items["a"], "ds": items["ds"], "x": asks, "x2": asks * asks})
    per = t.group_by(["a", "ds"]).aggregate([("x", "count"), ("x", "sum"), ("x2", "sum")])
    drawn = per["x_count"].to_numpy().astype(np.float64)
    mean = per["x_sum"].to_numpy() / drawn
    var = np.maximum(per["x2_sum"].to_numpy() / drawn - mean * mean, 0.0)
    size = np.array([Pool.of(pools.get(d, 0)).items for d in per["ds"].to_pylist()], np.float64)
    runs = (size > 0) & (drawn >= EVALUATION_SHARE * size) & (var <= EVEN_ASKS * mean)
    return np.unique(per["a"].to_numpy()[runs])


def harvest_fleets(n: int, items: pa.Table | None, keyrows: dict[str, KeyRows], kinds, prompts: np.ndarray,
                   matched: np.ndarray, relay: np.ndarray | None = None, pools: dict | None = None,
                   org: np.ndarray | None = None) -> Harvest:
    """`cohort_harvest` and its words per account. For each operator artifact: its holders, less
    relays and the accounts that run a whole benchmark (`evaluations`),
    whose distinct prompts are pooled >= HARVEST_SHARE dataset items (`matched` of `prompts`, per
    account); members are those of them >= HARVEST_MEMBER_SHARE such items on their own, of >=
    MIN_PARTITION organisations, that repeat each other's items no more than chance would
    (HARVEST_REPEAT_P: users of one tool running the same items repeat far more). `items`:
    `sweep_items` (relays left out)."""
    from scipy.stats import poisson

    out = Harvest(np.zeros(n, np.int64), np.full(n, None, dtype=object), np.zeros(n), np.zeros(n, np.int64),
                  np.full(n, None, dtype=object), [])
    if items is None or not len(items):
        return out
    if org is None:
        org = np.arange(n, dtype=np.int64)
    if pools is None:
        pools = bundled_pools()
    excluded = np.zeros(n, bool) if relay is None else relay.copy()
    excluded[evaluations(items, pools)] = True
    share_own = matched / np.maximum(prompts, 1)
    a_item, ds_item = items["a"].to_numpy(), np.asarray(items["ds"].to_pylist(), dtype=object)
    item = np.asarray(items["item"].to_pylist(), dtype=object)
    artifacts = [(k.name, artifact_noun(k)) for k in kinds if k.traits.operator_artifact]
    for name, noun in [*artifacts, (SETTINGS_ARTIFACT, "request settings")]:
        rows = keyrows.get(name)
        if rows is None or not len(rows):
            continue
        acc = rows.account[~excluded[rows.account]]
        code = blocking.encode_keys(rows.key)[~excluded[rows.account]]
        if not len(acc):
            continue
        holders = np.bincount(code)
        pooled = np.bincount(code, weights=matched[acc]) / np.maximum(np.bincount(code, weights=prompts[acc]), 1)
        for key in np.flatnonzero((holders >= MIN_PARTITION) & (pooled >= HARVEST_SHARE)):
            members = np.unique(acc[code == key])
            members = members[(share_own[members] >= HARVEST_MEMBER_SHARE) & (matched[members] > 0)]
            if effective_organisations(org[members]) < MIN_PARTITION:
                continue
            mine = np.isin(a_item, members)
            repeats = expected = 0.0
            for ds in np.unique(ds_item[mine]):
                pool = Pool.of(pools.get(ds, 0))
                rows_ds = mine & (ds_item == ds)
                if pool.items > 0 and rows_ds.sum() > 1:
                    _, r, e, _ = repeat_test(a_item[rows_ds], item[rows_ds], pool.effective)
                    repeats, expected = repeats + r, expected + e
            if repeats > 0 and poisson.sf(repeats - 1, expected) <= HARVEST_REPEAT_P:
                continue
            share = float(matched[members].sum() / max(prompts[members].sum(), 1))
            words = _datasets_words(ds_item[mine]) if mine.any() else "public datasets"
            group = HarvestGroup(name, members, share, int(prompts[members].sum()), words, noun)
            out.groups.append(group)
            better = members[len(members) > out.size[members]]
            out.size[better] = len(members)
            out.artifact[better] = noun
            out.share[better] = share
            out.prompts[better] = group.prompts
            out.datasets[better] = words
    return out
