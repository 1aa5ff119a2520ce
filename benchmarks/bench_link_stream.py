"""Campaign linkage at 100M exchanges: link keys streamed from exchange batches (linkage.stream).

`bench_campaigns.py scale` starts from the blocking keys; this one starts from *exchanges*, as a
log of a million accounts would hand them over, and measures what scales with the exchanges:
reading the columns link kinds need, spilling them into shards of accounts, the kinds' keys per
shard, then the graph and the campaigns.

Workload (synthetic, seeded): accounts with ~`--per-account` exchanges each (log-normal), over 7
days, in time order across accounts (each batch mixes all accounts, as a log does). Benign
accounts: their own residential address, 20% behind one of 2,000 NATs, 3% on 300 VPN exits; a
stock SDK user agent (85%) or an app's own; their own card; sign-ups spread over two years;
system prompts: none, one of 20 framework prompts or one of 20,000 apps' prompts; 30% of
requests from 2,000 popular templates (Zipf), 4% gsm8k items at random (homework). Campaigns
(~1% of accounts, 10-500 accounts each): a datacenter proxy pool, cards shared by 10 accounts, one
scraper client at temperature 0, their own system prompt (half of them), a pool of 20 templates,
disjoint slices of gsm8k, a sign-up burst of 10 minutes, active in the same 36 hours.
Per-account risk is given (as `bench_campaigns.py scale`): 70% of campaign accounts flagged alone,
0.1% of benign accounts; ARI over campaign accounts.

    .venv/bin/python benchmarks/bench_link_stream.py --accounts 1000000 --per-account 100 --shards 64

Each run is its own process, so peak RSS (max resident set) is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import numpy as np
import pyarrow as pa

DAY_US = 86_400 * 1_000_000
T0_US = 1_793_491_200 * 1_000_000  # 2026-11-01T00:00:00Z


class Workload:
    def __init__(self, n: int, per_account: float, seed: int = 0):
        from distillguard import schema

        self.schema = schema
        rng = self.rng = np.random.default_rng(seed)
        self.n = n
        sizes = []
        while sum(sizes) < max(20, n // 100):
            sizes.append(int(min(500, 10 + rng.pareto(1.2) * 15)))
        self.sizes = np.array(sizes)
        n_camp = int(self.sizes.sum())
        self.camp = np.full(n, -1, np.int64)
        self.camp[n - n_camp:] = np.repeat(np.arange(len(sizes)), sizes)
        is_c = self.camp >= 0
        cid = np.where(is_c, self.camp, 0)
        # activity: exchanges per account (campaign accounts 3x busier)
        act = rng.lognormal(0.0, 1.0, n) * np.where(is_c, 3.0, 1.0)
        self.p_account = act / act.sum()
        self.total = int(n * per_account)
        # addresses: dictionary [own residential (n) | NAT (2000) | VPN exits (300) | campaign pools];
        # each campaign's pool is its own datacenter /24
        pool = np.maximum(5, self.sizes // 4)
        pool_start = n + 2300 + np.r_[0, np.cumsum(pool)[:-1]]
        host = rng.integers(1, 255, n)
        own = [f"{70 + i // 65536}.{(i // 256) % 256}.{i % 256}.{h}" for i, h in zip(range(n), host.tolist())]
        nat = [f"100.{64 + j // 256}.{j % 256}.1" for j in range(2000)]
        vpn = [f"185.156.{46 + j // 256}.{j % 256}" for j in range(300)]
        camp_addr = [f"52.{10 + c // 256}.{c % 256}.{k + 1}" for c, p in enumerate(pool.tolist()) for k in range(p)]
        self.addr_dict = pa.array(own + nat + vpn + camp_addr)
        self.net_dict = pa.array([a.rsplit(".", 1)[0] + ".0/24" for a in self.addr_dict.to_pylist()])
        home = np.arange(n)
        r = rng.random(n)
        home = np.where(r < 0.2, n + rng.integers(0, 2000, n), home)
        home = np.where((r >= 0.2) & (r < 0.23), n + 2000 + rng.integers(0, 300, n), home)
        self.home = home
        self.pool_start, self.pool_size = pool_start, pool
        # client: 10 stock SDK agents, 5,000 apps; campaigns: one scraper each
        self.ua_dict = pa.array([f"openai-python/1.{i}" for i in range(10)] + [f"app-{i}/2.1" for i in range(5000)]
                                + [f"harvest-{c}/0.{c % 9}" for c in range(len(sizes))])
        stock = rng.random(n) < 0.85
        self.ua = np.where(is_c, 5010 + cid, np.where(stock, rng.integers(0, 10, n), 10 + rng.integers(0, 5000, n)))
        self.temp = np.where(is_c, 0, rng.integers(1, 4, n))  # index into [0.0, 0.7, 1.0, None]
        # payment: own card; campaigns: cards of 10 accounts
        self.pay = np.where(is_c, n + cid * 100 + (np.arange(n) % 10), np.arange(n))
        self.pay_dict = pa.array([f"card-{i}" for i in range(n + len(sizes) * 100)])
        # sign-up: benign over two years; campaigns inside a 10-minute burst 2 days before
        self.created = np.where(is_c, T0_US - 2 * DAY_US + cid * 3_600_000_000 + rng.integers(0, 600_000_000, n),
                                T0_US - rng.integers(DAY_US, 730 * DAY_US, n))
        # system prompts: [20 framework | 20,000 apps | campaigns]; -1 none
        sp_len = 400
        self.sp_dict = pa.array([f"You are assistant number {i}. " + "Follow the rules. " * (i % 5)
                                 for i in range(20)]
                                + [f"App {i} system prompt: " + "x" * (sp_len // 4) for i in range(20000)]
                                + [f"Operator {c}: answer with full reasoning. " * 8 for c in range(len(sizes))])
        r = rng.random(n)
        self.sp = np.where(is_c, np.where(cid % 2 == 0, 20020 + cid, -1),
                           np.where(r < 0.6, -1, np.where(r < 0.9, rng.integers(0, 20, n), 20 + rng.integers(0, 20000, n))))
        # campaign activity window: 36 hours starting at day 1 + campaign offset
        self.c_start = T0_US + DAY_US + (cid % 48) * 3_600_000_000
        self.is_c = is_c
        self.cid = cid
        self.item_cursor = 0

    def batches(self, rows_per_batch: int = 1_000_000):
        """Time-ordered batches: every batch is a slice of the week, holding exchanges of all accounts."""
        schema, rng, n = self.schema, self.rng, self.n
        n_batches = max(1, -(-self.total // rows_per_batch))
        acc_ids = pa.array([f"acct-{i:08d}" for i in range(n)])
        skel_dict = pa.array([f"tpl-{i}: <q>" for i in range(2000)] + [f"camp-{c}-tpl-{j}: <q>"
                                                                       for c in range(len(self.sizes)) for j in range(20)])
        zipf = 1.0 / np.arange(1, 2001) ** 1.1
        zipf /= zipf.sum()
        model_dict = pa.array(["m-chat", "m-reason", "m-new"])
        temps = pa.array([0.0, 0.7, 1.0, None], pa.float64())
        for b in range(n_batches):
            m = min(rows_per_batch, self.total - b * rows_per_batch)
            acc = rng.choice(n, m, p=self.p_account)
            c = self.is_c[acc]
            cid = self.cid[acc]
            t_lo = T0_US + b * 7 * DAY_US // n_batches
            t_hi = T0_US + (b + 1) * 7 * DAY_US // n_batches
            ts = rng.integers(t_lo, t_hi, m)
            # campaign traffic only inside its window: rows outside it become benign-like rows of a random benign account
            off = c & ((ts < self.c_start[acc]) | (ts >= self.c_start[acc] + 36 * 3_600_000_000))
            acc = np.where(off, rng.integers(0, n - int(self.is_c.sum()), m), acc)
            c = self.is_c[acc]
            cid = self.cid[acc]
            addr = np.where(c, self.pool_start[cid] + rng.integers(0, 1 << 30, m) % self.pool_size[cid], self.home[acc])
            skel = np.where(c, 2000 + cid * 20 + rng.integers(0, 20, m),
                            np.where(rng.random(m) < 0.3, rng.choice(2000, m, p=zipf), -1))
            homework = ~c & (rng.random(m) < 0.04)
            item = np.where(c, -2, np.where(homework, rng.integers(0, 7473, m), -1))
            n_sweep = int((item == -2).sum())
            item[item == -2] = 10_000 + (self.item_cursor + np.arange(n_sweep)) % 60_000
            self.item_cursor += n_sweep
            item_str = pa.array([None if i < 0 else (f"gsm8k:{i}" if i < 10_000 else f"self_instruct:{i - 10_000}")
                                 for i in item.tolist()], pa.string())
            pivot = (ts > T0_US + 4 * DAY_US) & (acc % 3 == 0)
            model = np.where(pivot, 2, acc % 2)

            def dict_col(idx, dictionary):
                mask = idx < 0
                return pa.DictionaryArray.from_arrays(pa.array(np.where(mask, 0, idx).astype(np.int32), mask=mask), dictionary)

            yield pa.record_batch({
                schema.ACCOUNT_ID: dict_col(acc, acc_ids),
                schema.TS: pa.array(ts, pa.timestamp("us", tz="UTC")),
                schema.CLIENT_ADDRESS: dict_col(addr, self.addr_dict),
                schema.CLIENT_NETWORK: dict_col(addr, self.net_dict),
                schema.USER_AGENT: dict_col(self.ua[acc], self.ua_dict),
                schema.TEMPERATURE: temps.take(pa.array(self.temp[acc])),
                schema.PAYMENT_FINGERPRINT: dict_col(self.pay[acc], self.pay_dict),
                schema.ACCOUNT_CREATED: pa.array(self.created[acc], pa.timestamp("us", tz="UTC")),
                schema.MODEL: dict_col(model, model_dict),
                schema.SYSTEM_PROMPT: dict_col(self.sp[acc], self.sp_dict),
                "template.skeleton": dict_col(skel, skel_dict),
                "dataset_match.item": item_str,
            })


def run_one(n: int, per_account: float, shards: int, spill_dir: str | None) -> dict:
    from sklearn.metrics import adjusted_rand_score

    from distillguard.campaigns import detect_campaigns
    from distillguard.linkage import build_graph_from_keys
    from distillguard.linkage.stream import link_keys

    t = time.perf_counter()
    w = Workload(n, per_account)
    t_setup = time.perf_counter() - t
    gen_s = [0.0]

    def timed(it):
        while True:
            t = time.perf_counter()
            try:
                b = next(it)
            except StopIteration:
                return
            gen_s[0] += time.perf_counter() - t
            yield b

    t = time.perf_counter()
    keys = link_keys(timed(w.batches()), shards=shards, spill_dir=spill_dir)
    t_keys = time.perf_counter() - t - gen_s[0]
    rss_keys = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    idx = np.array([int(a[5:]) for a in keys.account_ids])
    camp = w.camp[idx]
    rng = np.random.default_rng(1)
    flagged = np.where(camp >= 0, rng.random(len(idx)) < 0.7, rng.random(len(idx)) < 0.001)
    risk = np.where(flagged, 0.999, 0.05)
    t = time.perf_counter()
    graph = build_graph_from_keys(keys.account_ids, keys.kinds, keys.keyrows, suspect=flagged)
    graph.activity = keys.activity
    t_graph = time.perf_counter() - t
    t = time.perf_counter()
    res = detect_campaigns(None, None, pa.table({"account_id": keys.account_ids, "risk": risk, "flagged": flagged}),
                           graph=graph)
    t_detect = time.perf_counter() - t
    c_idx = np.flatnonzero(camp >= 0)
    pred = [res.campaign_of(keys.account_ids[i]) or f"none:{i}" for i in c_idx]
    benign_in = sum(1 for c in res.campaigns for a in c["account_ids"] if w.camp[int(a[5:])] < 0)
    found = {int(camp[i]) for i, p in zip(c_idx, pred) if not p.startswith("none:")}
    return {
        "accounts": len(keys.account_ids), "exchanges": keys.exchanges, "shards": shards,
        "key_rows": sum(len(k) for k in keys.keyrows.values()), "edges": graph.n_edges,
        "true_campaigns": len(w.sizes), "campaigns_with_members_found": len(found), "campaigns": len(res.campaigns),
        "benign_in_campaigns": benign_in, "benign_accounts": int((camp < 0).sum()),
        "ari": adjusted_rand_score(camp[c_idx], pred), "recall": float(np.mean([not p.startswith("none:") for p in pred])),
        "setup_s": t_setup, "generate_s": gen_s[0], "spill_s": keys.seconds["spill"] - gen_s[0],
        "keys_s": keys.seconds["keys"], "read_to_keys_s": t_keys, "graph_s": t_graph, "detect_s": t_detect,
        "kind_seconds": {k[5:]: round(v, 2) for k, v in keys.seconds.items() if k.startswith("kind:")},
        "peak_rss_keys_mb": rss_keys, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--accounts", type=int, nargs="+", default=[100_000])
    ap.add_argument("--per-account", type=float, default=100.0, help="mean exchanges per account")
    ap.add_argument("--shards", type=int, default=64)
    ap.add_argument("--spill-dir", default=None, help="folder for the shard files (default: the temp folder)")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.accounts[0], args.per_account, args.shards, args.spill_dir)))
        return
    print("| accounts | exchanges | shards | generate s | spill s | keys s | graph s | detect s | peak RSS MB "
          "(keys / all) | key rows | edges | campaign accounts in a campaign | ARI | benign accounts in campaigns |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in args.accounts:
        cmd = [sys.executable, __file__, "--one", "--accounts", str(n), "--per-account", str(args.per_account),
               "--shards", str(args.shards)] + (["--spill-dir", args.spill_dir] if args.spill_dir else [])
        r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
        print(f"| {r['accounts']:,} | {r['exchanges']:,} | {r['shards']} | {r['generate_s']:.0f} | {r['spill_s']:.0f} | "
              f"{r['keys_s']:.0f} | {r['graph_s']:.1f} | {r['detect_s']:.1f} | {r['peak_rss_keys_mb']:,.0f} / "
              f"{r['peak_rss_mb']:,.0f} | {r['key_rows']:,} | {r['edges']:,} | {r['recall']:.1%} | {r['ari']:.3f} | "
              f"{r['benign_in_campaigns']} of {r['benign_accounts']:,} |", flush=True)
        print(json.dumps(r), file=sys.stderr)


if __name__ == "__main__":
    main()
