"""Benchmarks for linkage + campaigns: `scale` (synthetic key workload) and `scenario` (simulated traffic).

scale

Generates, for N accounts, the blocking keys the link kinds would emit on a large log (benign
accounts with NAT / VPN blocks, resellers, stock SDK user agents, popular templates; campaigns
of 10-500 accounts sharing proxy pools, cards, a client, templates, timing and a sign-up burst),
then times `build_graph_from_keys` and `detect_campaigns(graph=...)`. Each size runs in its own
process so the peak memory (max RSS) is its own.

Baseline, side by side: the same blocks expanded into all pairs (no lattice, no block cap), the
naive linkage. Its pair count is computed exactly from the block sizes; it is only *run* where
that fits in memory.

    .venv/bin/python benchmarks/bench_campaigns.py scale --accounts 100000 1000000 --repeat 3

scenario
Quality on `distillguard sim` traffic with its labels: campaigns of 10+ accounts found, adjusted
Rand index over flagged accounts, benign FPR of NAT / VPN / reseller populations, and recall of
campaign accounts that look clean on their own, through links. The per-account risk is either
F's risk model (`--risk pipeline`, when it runs) or a simple stand-in (`--risk simple`): the
share of an account's exchanges showing any extraction signal, shrunk for small accounts, and
turned into a benign quantile on a *separate* benign-only reference run (never on the labels):
flagged = above the (1 - target FPR) quantile of the reference accounts.

    .venv/bin/python benchmarks/bench_campaigns.py scenario --dir RUN --reference REFDIR
(RUN and REFDIR hold traffic.jsonl.gz [+ labels.json]; exchanges and signals are cached there.)

stage
The campaign stage alone on the inputs a scan hands it (exchanges, signals, per-account risk from
F's model), cached as parquet once (`--build LOG`); side by side: rarity over all of a key's
holders (the baseline) vs among its low-risk holders for pairs of suspect accounts.

    .venv/bin/python benchmarks/bench_campaigns.py stage --build medium.jsonl.gz --dir CACHE --labels labels.json
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time

import numpy as np
import pyarrow as pa


def workload(n: int, seed: int = 0):
    from distillguard.linkage import KeyRows, all_kinds

    rng = np.random.default_rng(seed)
    kinds = {k.name: k for k in all_kinds()}
    # campaigns: ~1% of accounts, sizes 10..500 (heavy-tailed)
    sizes = []
    budget = max(20, n // 100)
    while sum(sizes) < budget:
        sizes.append(int(min(500, 10 + rng.pareto(1.2) * 15)))
    n_camp = sum(sizes)
    camp = np.full(n, -1, np.int64)
    camp[n - n_camp:] = np.repeat(np.arange(len(sizes)), sizes)
    is_c = camp >= 0
    ids = np.arange(n)
    rows: dict[str, tuple[list, list, list]] = {name: ([], [], []) for name in kinds}

    def add(kind, acc, key, spec=None):
        a, k, s = rows[kind]
        a.append(np.asarray(acc, np.int64))
        k.append(np.asarray(key, np.int64))
        s.append(np.ones(len(acc), np.float32) if spec is None else np.asarray(spec, np.float32))

    ben = ids[~is_c]
    cid = camp[is_c]
    cacc = ids[is_c]
    # shared_ip: benign own addresses, 5% behind NATs of 50-1000, 1% on 20 VPN exits; campaigns:
    # 3 addresses each from a pool of size/5
    addr = ben.copy() * 4 + 10_000_000_000
    nat = rng.random(len(ben)) < 0.05
    addr[nat] = rng.integers(0, max(1, len(ben) // 400), nat.sum())
    vpn = rng.random(len(ben)) < 0.01
    addr[vpn] = 5_000_000_000 + rng.integers(0, 20, vpn.sum())
    add("shared_ip", ben, addr)
    pool = np.maximum(1, np.array(sizes) // 5)
    for j in range(3):
        add("shared_ip", cacc, 7_000_000_000 + cid * 1000 + rng.integers(0, pool[cid]))
    add("shared_network", ben, addr // 64)
    add("shared_network", cacc, 7_000_000_000 + cid)
    # payment: own card; 2% on reseller cards (blocks of ~100); campaigns: size/4 cards
    pay = ben + 10_000_000_000
    res = rng.random(len(ben)) < 0.02
    pay[res] = rng.integers(0, max(1, int(res.sum()) // 100), res.sum())
    add("shared_payment", ben, pay)
    add("shared_payment", cacc, 7_000_000_000 + cid * 1000 + rng.integers(0, np.maximum(1, np.array(sizes) // 4)[cid]))
    # client fingerprint: 90% benign on 20 stock user agents (huge blocks), the rest custom
    stock = rng.random(len(ben)) < 0.9
    fp = np.where(stock, rng.integers(0, 20, len(ben)), ben + 10_000_000_000)
    add("shared_client_fingerprint", ben, fp, np.where(stock, 0.25, 1.0))
    add("shared_client_fingerprint", cacc, 7_000_000_000 + cid)
    # templates (LSH band keys, 8 bands): 30% of benign use one of 8 popular sets, campaigns share theirs
    pop = rng.random(len(ben)) < 0.3
    pset = rng.integers(0, 8, pop.sum())
    for b in range(8):
        add("shared_template", ben[pop], pset * 100 + b, np.full(pop.sum(), 0.25))
        add("shared_template", cacc, 7_000_000_000 + cid * 100 + b, np.full(len(cacc), 0.25))
    # synchronized activity: campaigns share spans and bands; benign random spans over 30 days
    add("synchronized_activity", ben, rng.integers(0, 720, len(ben)) * 1000 + rng.integers(0, 720, len(ben)),
        np.full(len(ben), 0.5))
    for b in range(8):
        add("synchronized_activity", cacc, 7_000_000_000 + cid * 100 + b, np.full(len(cacc), 0.25))
    # creation bursts: benign uniform over two years in 10-minute windows; campaigns one window each
    add("creation_burst", ben, rng.integers(0, 2 * 365 * 144, len(ben)))
    add("creation_burst", cacc, 9_000_000_000 + cid, np.full(len(cacc), 0.9))
    # complementary sweeps: half the campaigns sweep one of 3 datasets
    sw = (cid % 2) == 0
    add("complementary_sweep", cacc[sw], cid[sw] % 3, np.full(sw.sum(), 0.9))
    keyrows = {}
    for name, (a, k, s) in rows.items():
        if a:
            keyrows[name] = KeyRows(np.concatenate(a), pa.array(np.concatenate(k)), np.concatenate(s))
    risk = np.where(is_c, np.where(rng.random(n) < 0.7, 0.99, 0.05), np.where(rng.random(n) < 0.01, 0.9, 0.1))
    return [f"acct-{i:08d}" for i in range(n)], tuple(kinds.values()), keyrows, risk, camp


def naive_pairs(keyrows) -> int:
    """Pairs an all-pairs expansion of every block would create (no lattice, no cap)."""
    total = 0
    for kr in keyrows.values():
        _, counts = np.unique(kr.key.to_numpy(zero_copy_only=False), return_counts=True)
        total += int((counts.astype(np.int64) * (counts - 1) // 2).sum())
    return total


def run_one(n: int, naive: bool) -> dict:
    from distillguard.campaigns import detect_campaigns
    from distillguard.linkage import blocking, build_graph_from_keys

    t = time.perf_counter()
    ids, kinds, keyrows, risk, camp = workload(n)
    t_gen = time.perf_counter() - t
    n_keys = sum(len(k) for k in keyrows.values())
    t = time.perf_counter()
    # suspect accounts (flagged or high-risk alone), as detect_campaigns derives them when it builds the graph
    graph = build_graph_from_keys(ids, kinds, keyrows, suspect=np.asarray(risk) >= 0.5)
    t_graph = time.perf_counter() - t
    t = time.perf_counter()
    res = detect_campaigns(None, None, {a: float(r) for a, r in zip(ids, risk)}, graph=graph)
    t_detect = time.perf_counter() - t
    from sklearn.metrics import adjusted_rand_score

    c_idx = np.flatnonzero(camp >= 0)
    pred = [res.campaign_of(ids[i]) or f"none:{i}" for i in c_idx]
    detected_pure = sum(len({int(camp[graph.account_index()[a]]) for a in c["account_ids"]}) == 1
                        for c in res.campaigns)
    out = {"accounts": n, "key_rows": n_keys, "edges": graph.n_edges, "campaigns_found": len(res.campaigns),
           "pure": detected_pure, "ari": adjusted_rand_score(camp[c_idx], pred),
           "recall": float(np.mean([p[:5] != "none:" for p in pred])),
           "true_campaigns": int(camp.max() + 1), "gen_s": t_gen, "graph_s": t_graph, "detect_s": t_detect,
           "naive_pairs": naive_pairs(keyrows)}
    if naive:
        saved = blocking.CLIQUE_LIMIT, {k.name: k.max_block for k in kinds}
        try:
            blocking.CLIQUE_LIMIT = 10**9
            for k in kinds:
                type(k).max_block = 10**9
            t = time.perf_counter()
            g2 = build_graph_from_keys(ids, kinds, keyrows)
            out["naive_graph_s"] = time.perf_counter() - t
            out["naive_edges"] = g2.n_edges
        finally:
            blocking.CLIQUE_LIMIT = saved[0]
            for k in kinds:
                type(k).max_block = saved[1][k.name]
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


# --- scenario quality ---------------------------------------------------------------------------

EXTRACTION_SIGNALS = ("cot_elicitation", "rubric_grading", "synthetic_data", "jailbreak", "system_prompt_extraction",
                      "identity_probe", "dataset_match", "logprob_harvest")
SHRINK = 10  # exchanges: an account with few exchanges cannot show a share with confidence


def load_run(d: str):
    """(exchanges, signals) of RUN/traffic.jsonl.gz, cached as parquet next to it."""
    import os

    import pyarrow.parquet as pq

    ex_p, sig_p = os.path.join(d, "ex.parquet"), os.path.join(d, "sig.parquet")
    if not os.path.exists(sig_p):
        from distillguard import pipeline
        from distillguard.sources import read_table

        table, _ = read_table([os.path.join(d, "traffic.jsonl.gz")])
        ex, sig, _ = pipeline.collect(table)
        pq.write_table(ex, ex_p)
        pq.write_table(sig, sig_p)
    return pq.read_table(ex_p), pq.read_table(sig_p)


def simple_raw_risk(ex, sig) -> dict[str, float]:
    from distillguard import schema

    acc = ex[schema.ACCOUNT_ID].to_numpy(zero_copy_only=False)
    hit = np.zeros(len(ex), bool)
    for name in EXTRACTION_SIGNALS:
        if name in sig.column_names:
            hit |= np.nan_to_num(sig[name].to_numpy(zero_copy_only=False).astype(np.float64)) >= 0.5
    ids, inv = np.unique(acc, return_inverse=True)
    n = np.bincount(inv)
    h = np.bincount(inv, weights=hit)
    return dict(zip(ids.tolist(), (h / (n + SHRINK)).tolist()))


def pipeline_risk(ex, sig):
    """F's base risk (before campaigns) as a table, or None if it does not run."""
    from distillguard import pipeline
    from distillguard.behaviour import account_features
    from distillguard.risk import RiskModel
    from distillguard.references import default_reference

    features = account_features(ex, sig)
    specs = pipeline.signal_specs(sig)
    model = RiskModel(default_reference(), target_fpr=0.001)
    base = model.score(features, specs)
    base, _, _ = pipeline.judge_end_users(ex, sig, features, base, model, specs)
    return base.table()


def scenario(args) -> None:
    from sklearn.metrics import adjusted_rand_score

    from distillguard.campaigns import detect_campaigns

    ex, sig = load_run(args.dir)
    labels = json.load(open(f"{args.dir}/labels.json"))["accounts"]
    if args.risk == "pipeline":
        accounts = pipeline_risk(ex, sig)
        risk_note = "F's risk model (distillguard.risk, flagged at its operating point)"
    else:
        ref_ex, ref_sig = load_run(args.reference)
        ref = np.sort(np.array(list(simple_raw_risk(ref_ex, ref_sig).values())))
        raw = simple_raw_risk(ex, sig)
        ids = sorted(raw)
        q = np.searchsorted(ref, [raw[a] for a in ids], side="right") / len(ref)  # benign quantile
        threshold = 1.0 - args.target_fpr
        accounts = pa.table({"account_id": ids, "risk": q, "flagged": q > threshold})
        risk_note = (f"simple stand-in risk, flagged above the {threshold:.3f} quantile of {len(ref)} "
                     f"reference accounts ({args.reference})")
    t = time.perf_counter()
    res = detect_campaigns(ex, sig, accounts)
    t_detect = time.perf_counter() - t
    own = dict(zip(accounts["account_id"].to_pylist(), accounts["flagged"].to_pylist()))
    member = {a: m for a, m in res.membership.items() if m["strength"] >= 0.5}
    final = {a: bool(own.get(a)) or a in member for a in labels}
    # 1. campaigns of 10+ accounts found (>= half their accounts flagged in the end)
    truth: dict[str, list[str]] = {}
    for a, lab in labels.items():
        if lab["label"] == "campaign":
            truth.setdefault(lab.get("campaign_id") or f"solo:{a}", []).append(a)
    big = {c: accs for c, accs in truth.items() if len(accs) >= 10}
    found = {c: sum(final[a] for a in accs) / len(accs) for c, accs in big.items()}
    # 2. ARI over flagged labelled accounts (eval's convention: benign and solo = singletons)
    flagged = sorted(a for a in labels if final[a])
    t_lab = [labels[a].get("campaign_id") if labels[a]["label"] == "campaign" and labels[a].get("campaign_id")
             else f"single:{a}" for a in flagged]
    p_lab = [res.campaign_of(a) or f"single:{a}" for a in flagged]
    ari = adjusted_rand_score(t_lab, p_lab) if flagged else float("nan")
    # 3. benign FPR in NAT / VPN / reseller populations: put in a campaign
    pops: dict[str, list[str]] = {}
    for a, lab in labels.items():
        if lab["label"] == "benign":
            pops.setdefault(lab.get("population") or "?", []).append(a)
    # 4. campaign accounts that look clean alone, caught through links
    clean = [a for accs in truth.values() for a in accs if not own.get(a)]
    caught = [a for a in clean if a in member]
    print(f"risk: {risk_note}")
    print(f"accounts {len(labels)}, exchanges {len(ex):,}, campaigns detected {len(res.campaigns)}, "
          f"detect_campaigns {t_detect:.1f} s, graph edges {res.graph.n_edges:,}")
    print("| true campaign | accounts | flagged alone | flagged in the end | detected campaigns holding it |")
    print("|---|---|---|---|---|")
    for c, accs in sorted(truth.items(), key=lambda kv: -len(kv[1])):
        held = sorted({res.campaign_of(a) for a in accs} - {None})
        print(f"| {c} | {len(accs)} | {sum(bool(own.get(a)) for a in accs)} | {sum(final[a] for a in accs)} | "
              f"{', '.join(held) or '-'} |")
    print(f"\ncampaigns of 10+ accounts found: {sum(v >= 0.5 for v in found.values())} / {len(found)}")
    print(f"ARI over {len(flagged)} flagged accounts: {ari:.3f}")
    for name in sorted(pops):
        accs = pops[name]
        inc = sum(a in res.membership for a in accs)
        print(f"benign {name}: {inc} / {len(accs)} in a campaign ({inc / len(accs):.2%}); "
              f"flagged alone {sum(bool(own.get(a)) for a in accs)}")
    benign = [a for accs in pops.values() for a in accs]
    print(f"all benign in a campaign: {sum(a in res.membership for a in benign)} / {len(benign)}")
    print(f"campaign accounts clean alone: {len(clean)}; caught through links: {len(caught)} "
          f"({len(caught) / max(1, len(clean)):.1%})")
    for c in res.campaigns:
        print(f"  {c['campaign_id']}: {c['size']} accounts, risk {c['risk']:.3f}, rule {c['rule']}, "
              f"true ids {sorted({labels.get(a, {}).get('campaign_id') or labels.get(a, {}).get('population') for a in c['account_ids']}, key=str)}; "
              f"{'; '.join(e['signal'] for e in c['evidence'][:4])}")


# --- campaign stage alone on a scan's inputs (big campaigns) -----------------------------------

def stage_build(log: str, out: str, workers: int) -> None:
    """Run the scan's stages up to the campaign stage once; cache its inputs as parquet in `out`."""
    import os

    import pyarrow.parquet as pq

    from distillguard.behaviour import account_features, signal_specs
    from distillguard.pipeline import collect
    from distillguard.risk import RiskModel
    from distillguard.references import default_reference
    from distillguard.risk.end_users import judge_end_users
    from distillguard.risk.score import DEFAULT_MIN_EXCHANGES, DEFAULT_TARGET_FPR
    from distillguard.sources import read_exchanges

    os.makedirs(out, exist_ok=True)
    ex, sig, _ = collect(read_exchanges([log]), workers=workers)
    features, specs = account_features(ex, sig), signal_specs(sig)
    model = RiskModel(default_reference(min_exchanges=DEFAULT_MIN_EXCHANGES), target_fpr=DEFAULT_TARGET_FPR,
                      min_exchanges=DEFAULT_MIN_EXCHANGES)
    base, _, _ = judge_end_users(ex, sig, features, model.score(features, specs), model, specs)
    pq.write_table(ex, f"{out}/exchanges.parquet")
    pq.write_table(sig, f"{out}/signals.parquet")
    pq.write_table(base.table(), f"{out}/accounts.parquet")


def stage(args) -> None:
    """detect_campaigns on cached inputs, rarity over all holders (baseline) vs among low-risk holders."""
    from collections import Counter

    import pyarrow.parquet as pq

    from distillguard.campaigns import detect_campaigns
    from distillguard.campaigns.detect import CampaignConfig, _risk_table, rarity_suspects
    from distillguard.evaluate.campaigns import grouping_ari
    from distillguard.evaluate.inputs import load_labels
    from distillguard.linkage import build_graph_from_keys
    from distillguard.linkage.graph import default_kinds
    from distillguard.linkage.view import AccountView

    if args.build:
        stage_build(args.build, args.dir, args.workers)
    acc = pq.read_table(f"{args.dir}/accounts.parquet")
    ex, sig = pq.read_table(f"{args.dir}/exchanges.parquet"), pq.read_table(f"{args.dir}/signals.parquet")
    kinds = default_kinds()
    t = time.perf_counter()
    view = AccountView(ex, sig, acc["account_id"].to_pylist())
    keyrows = {k.name: k.keys(view) for k in kinds}
    ids = view.account_ids
    t_keys = time.perf_counter() - t
    labels = load_labels(args.labels).accounts
    cfg = CampaignConfig()
    risk, flagged = _risk_table(acc, ids, cfg.risk_threshold)
    own = dict(zip(ids, flagged.tolist()))
    rows = {}
    for name, sus in (("rarity over all holders", None), ("rarity among low-risk holders",
                                                          rarity_suspects(risk, flagged))):
        t = time.perf_counter()
        graph = build_graph_from_keys(ids, kinds, keyrows, suspect=sus)
        res = detect_campaigns(None, None, acc, graph=graph)
        dt_s = time.perf_counter() - t
        pred = {a: m["campaign_id"] for a, m in res.membership.items()}
        final = {a: own.get(a, False) or a in pred for a in labels}
        ari = grouping_ari(labels, final, pred)["ari"]
        per = {}
        for c in sorted({lab.campaign_id for lab in labels.values() if lab.label == "campaign" and lab.campaign_id}):
            accs = [a for a, lab in labels.items() if lab.campaign_id == c]
            cnt = Counter(pred.get(a) for a in accs)
            none = cnt.pop(None, 0)
            per[c] = (len(accs), none, sorted(cnt.values(), reverse=True))
        benign = sum(1 for a in pred if labels.get(a) and labels[a].label == "benign")
        rows[name] = (len(res.campaigns), ari, benign, per, dt_s, graph.n_edges)
    print(f"accounts {len(ids):,}, exchanges {len(ex):,}, flagged alone {int(flagged.sum()):,}, "
          f"link keys {t_keys:.1f} s")
    names = list(rows)
    print("| figure | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    print("| campaigns detected | " + " | ".join(str(rows[n][0]) for n in names) + " |")
    print("| ARI over flagged accounts | " + " | ".join(f"{rows[n][1]:.3f}" for n in names) + " |")
    print("| benign accounts in a campaign | " + " | ".join(str(rows[n][2]) for n in names) + " |")
    print("| graph + detect s | " + " | ".join(f"{rows[n][4]:.1f}" for n in names) + " |")
    for c in rows[names[0]][3]:
        cells = []
        for n in names:
            size, none, pieces = rows[n][3][c]
            cells.append(f"{len(pieces)} piece(s), largest {pieces[0] if pieces else 0}, {none} in none")
        print(f"| {c} ({rows[names[0]][3][c][0]} accounts) | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sc = sub.add_parser("scale", help="time + memory on a synthetic key workload")
    sc.add_argument("--accounts", type=int, nargs="+", default=[100_000])
    sc.add_argument("--repeat", type=int, default=3)
    sc.add_argument("--naive-max", type=int, default=20_000, help="run the naive expansion up to this many accounts")
    sc.add_argument("--one", type=int, help=argparse.SUPPRESS)
    sn = sub.add_parser("scenario", help="quality on simulated traffic with labels")
    sn.add_argument("--dir", required=True)
    sn.add_argument("--reference", help="benign-only run directory (for --risk simple)")
    sn.add_argument("--risk", choices=("simple", "pipeline"), default="simple")
    sn.add_argument("--target-fpr", type=float, default=0.01)
    st = sub.add_parser("stage", help="the campaign stage alone on a scan's cached inputs (big campaigns)")
    st.add_argument("--dir", required=True, help="folder with exchanges / signals / accounts parquet")
    st.add_argument("--labels", required=True)
    st.add_argument("--build", metavar="LOG", help="first build the cached inputs from this exchange log")
    st.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.cmd == "stage":
        stage(args)
        return
    if args.cmd == "scenario":
        scenario(args)
        return
    if args.one:
        print(json.dumps(run_one(args.one, args.one <= args.naive_max)))
        return
    print("| accounts | key rows | edges (ours) | pairs all-pairs would make | ratio | build graph s | detect s | "
          "peak RSS MB | detected (pure) / true campaigns | campaign accounts in a campaign | ARI | naive build s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in args.accounts:
        runs = []
        for _ in range(args.repeat):
            p = subprocess.run([sys.executable, __file__, "scale", "--one", str(n), "--naive-max", str(args.naive_max)],
                               capture_output=True, text=True, check=True)
            runs.append(json.loads(p.stdout.strip().splitlines()[-1]))
        med = {k: statistics.median(r[k] for r in runs) for k in ("graph_s", "detect_s", "peak_rss_mb")}
        r = runs[0]
        naive_s = statistics.median(x["naive_graph_s"] for x in runs) if "naive_graph_s" in r else None
        print(f"| {n:,} | {r['key_rows']:,} | {r['edges']:,} | {r['naive_pairs']:,} | "
              f"{r['naive_pairs'] / max(1, r['edges']):,.0f}x | {med['graph_s']:.2f} | {med['detect_s']:.2f} | "
              f"{med['peak_rss_mb']:,.0f} | {r['campaigns_found']} ({r['pure']}) / {r['true_campaigns']} | "
              f"{r['recall']:.1%} | {r['ari']:.3f} | "
              f"{'%.2f' % naive_s if naive_s is not None else 'not run (too big)'} |", flush=True)


if __name__ == "__main__":
    main()
