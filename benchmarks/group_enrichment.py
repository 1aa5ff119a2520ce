"""Are quiet campaigns visible as groups? Extraction-signal enrichment of every shared-key block.

For each block of the linkage graph (accounts sharing one key of one kind, 5 to 5,000 holders,
under half of them flagged alone): for each extraction signal, how many members have at least
one distinct prompt with that signal, against how many the benign reference predicts (per
member, the reference share of accounts with as many distinct prompts that show the signal;
Poisson tail). It asks whether "a group tied by a shared key, each member a little suspicious"
separates campaigns from benign groups (developers sharing an SDK system prompt, students
sharing homework templates), the evidence the quiet campaigns would need (campaigns section 11).

    .venv/bin/python benchmarks/bench_campaigns.py stage --build q2.jsonl.gz --dir STAGE --labels q2_labels.json
    .venv/bin/python benchmarks/group_enrichment.py --dir STAGE --labels q2_labels.json

`--pool POPULATION...` also pools each named labelled population (campaign id or benign
population), all its accounts and its unjudged ones, into one pseudo-account and scores it as
`scan` does for campaigns.collective (`pipeline.group_scorer`): how a crowd of that population
would be judged if it were pooled.
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np
import pyarrow.parquet as pq
from scipy.stats import poisson

EXTRACTION = ("cot_elicitation", "rubric_grading", "synthetic_data", "system_prompt_extraction", "identity_probe",
              "jailbreak", "logprob_harvest")
BINS = np.array([0, 5, 10, 20, 40, 80, 160, 1e12])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True, help="stage cache: exchanges / signals / accounts parquet")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--pool", nargs="+", default=[], metavar="POPULATION")
    args = ap.parse_args()

    from distillguard.behaviour import account_features
    from distillguard.campaigns.detect import _risk_table, rarity_suspects
    from distillguard.evaluate.inputs import load_labels
    from distillguard.linkage import AccountView, blocking, build_graph_from_keys
    from distillguard.linkage.graph import default_kinds
    from distillguard.references import default_reference

    acc = pq.read_table(f"{args.dir}/accounts.parquet")
    ex = pq.read_table(f"{args.dir}/exchanges.parquet")
    sig = pq.read_table(f"{args.dir}/signals.parquet")
    kinds = default_kinds()
    view = AccountView(ex, sig, acc["account_id"].to_pylist())
    ids = view.account_ids
    labels = load_labels(args.labels).accounts
    group = np.array([(labels[a].campaign_id if labels[a].is_campaign else labels[a].population or "benign")
                      if a in labels else "?" for a in ids], object)
    risk, flagged = _risk_table(acc, ids, 0.5)
    graph = build_graph_from_keys(ids, kinds, {k.name: k.keys(view) for k in kinds},
                                  suspect=rarity_suspects(risk, flagged))
    f = account_features(ex, sig)
    row_of = {a: i for i, a in enumerate(f["account_id"].to_pylist())}
    order = np.array([row_of.get(a, -1) for a in ids])

    def col(name):
        v = np.nan_to_num(f[name].to_numpy(zero_copy_only=False).astype(float))
        return np.where(order >= 0, v[order], 0.0)

    prompts = col("distinct_prompts")
    has = {s: col(f"rate_{s}") * prompts >= 0.5 for s in EXTRACTION}
    ref = default_reference()
    ref_prompts = ref.values["distinct_prompts"]
    ref_bin = np.digitize(ref_prompts, BINS) - 1
    q = {s: np.array([((np.nan_to_num(ref.values[f"rate_{s}"]) * ref_prompts >= 0.5)[ref_bin == b].sum() + 0.5)
                      / ((ref_bin == b).sum() + 1) for b in range(len(BINS) - 1)]) for s in EXTRACTION}
    member_bin = np.digitize(prompts, BINS) - 1
    rows = []
    for kind in kinds:
        kk = graph.keys[kind.name]
        if not len(kk.account):
            continue
        _, inv, size = np.unique(blocking.encode_keys(kk.key), return_inverse=True, return_counts=True)
        for b in np.flatnonzero((size >= 5) & (size <= 5000)):
            members = np.unique(kk.account[inv == b])
            if len(members) < 5 or flagged[members].mean() >= 0.5:
                continue
            best = (0.0, "", 0, 0.0)
            for s in EXTRACTION:
                m, e = int(has[s][members].sum()), float(q[s][member_bin[members]].sum())
                surprisal = -np.log10(max(poisson.sf(m - 1, e), 1e-300)) if m else 0.0
                if surprisal > best[0]:
                    best = (surprisal, s, m, e)
            who = Counter(group[members]).most_common(2)
            rows.append((best[0], kind.name, len(members), best[1], best[2], best[3], who))
    rows.sort(key=lambda r: -r[0])
    print(f"{len(rows)} blocks of 5-5,000 accounts, under half flagged alone\n")
    print("| -log10 p | kind | holders | signal | members with it | expected | who holds the key |")
    print("|---|---|---|---|---|---|---|")
    campaign_rows = [r for r in rows if str(r[6][0][0]).startswith("c-")]
    shown = rows[:args.top] + [r for r in campaign_rows if r not in rows[:args.top]]
    for r in shown:
        who = ", ".join(f"{n} {g}" for g, n in r[6])
        print(f"| {r[0]:.1f} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]:.1f} | {who} |")
    if args.pool:
        pool_populations(args, ex, sig, acc, ids, group)


def pool_populations(args, ex, sig, acc, ids, group) -> None:
    from distillguard.behaviour import signal_specs
    from distillguard.pipeline import group_scorer
    from distillguard.risk import RiskModel
    from distillguard.references import default_reference

    score = group_scorer(ex, sig, RiskModel(default_reference()), signal_specs(sig))
    judged = dict(zip(acc["account_id"].to_pylist(), acc["judged"].to_pylist()))
    print("\n| population | accounts pooled | requests | pooled risk | flagged | evidence |")
    print("|---|---|---|---|---|---|")
    for pop in args.pool:
        members = [a for a, g in zip(ids, group) if g == pop and a in judged]
        for name, accounts in (("all", members), ("unjudged", [a for a in members if not judged[a]])):
            if not accounts:
                continue
            g = score(accounts)
            print(f"| {pop} ({name}) | {len(accounts):,} | {g.exchanges:,} | {g.risk:.6f} | {g.flagged} | "
                  f"{', '.join(e['signal'] for e in g.evidence[:3])} |")


if __name__ == "__main__":
    main()
