#!/usr/bin/env python3
"""Step AI: one labelled week of LLM-API traffic (2027-08-02 .. 2027-08-08 UTC).

usage: python3 benchmarks/foreign/gen_j/gen.py --seed 83 --out DIR
writes DIR/traffic.jsonl.gz and DIR/labels.json. Corpora are read from $GEN_DATA or <repo>/../shared/data.
"""
import argparse
import gzip
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import orjson  # noqa: E402

import benign  # noqa: E402
import campaigns  # noqa: E402
from common import Clock, World  # noqa: E402
from corpora import Corpora  # noqa: E402


def _hexid(prefix, n):
    return lambda r: prefix + format(r.getrandbits(4 * n), "0%dx" % n)


def _digits(prefix, lo, hi):
    return lambda r: prefix + str(r.randint(lo, hi))


def _uuid(r):
    h = format(r.getrandbits(128), "032x")
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], h[16:20], h[20:32])


def build(seed, data=None, log=print):
    t0 = time.time()
    C = Corpora(data)
    W = World(seed)
    clock = Clock(W.sub("clock"))

    # relay layouts (benign), and the campaign end users planted inside them
    tutoring_apps = [
        ("DersDostu", "TR", "tr", 2, 900, _digits("stu_", 1000000, 9999999), "tr_host"),
        ("BilimBot", "KZ", "kk", 1, 500, _digits("bb-", 100000, 999999), "ps_kz"),
        ("UstozAI", "UZ", "uz", 1, 450, _digits("u", 100000000, 999999999), "hetzner"),
        ("Repetytor", "UA", "uk", 2, 500, _uuid, "hetzner"),
    ]
    shops = [
        ("AIKapi", "TR", 3, 700, _hexid("u_", 12), "tr_host", [("tr", .7), ("en", .2), ("az", .1)]),
        ("GPTBox.kz", "KZ", 3, 650, _digits("tg_", 100000000, 7999999999), "ps_kz", [("ru", .6), ("kk", .3), ("en", .1)]),
        ("NeuroShop", "UA", 2, 500, _hexid("h:", 16), "hetzner", [("uk", .5), ("ru", .3), ("en", .2)]),
        ("ApiHub.ro", "RO", 2, 400, _hexid("u_", 12), "ovh", [("ro", .8), ("en", .2)]),
        ("CaucasusAI", "GE", 2, 350, _digits("cu-", 10000000, 99999999), "digitalocean", [("ka", .35), ("hy", .3), ("az", .2), ("ru", .15)]),
    ]
    fmt_of = {s[0]: s[4] for s in shops}
    tfmt = {a[0]: a[5] for a in tutoring_apps}
    shop_hooks = campaigns.c5_reseller_hooks(W, C, clock, {"AIKapi": (90, fmt_of["AIKapi"]), "GPTBox.kz": (60, fmt_of["GPTBox.kz"])})
    tutor_hooks = campaigns.c18_tutor_hooks(W, C, clock, {"DersDostu": (90, tfmt["DersDostu"], "tr"), "BilimBot": (50, tfmt["BilimBot"], "kk"),
                                                         "UstozAI": (40, tfmt["UstozAI"], "uz")})

    # ---------------- benign
    benign.consumers(W, C, clock, "consumer_web", 1250, "web", "home", 15)
    benign.consumers(W, C, clock, "consumer_mobile", 1000, "mobile", "mobile", 12, pay_share=0.25)
    benign.consumers(W, C, clock, "consumer_vpn", 220, "mixed", "vpn", 15)
    benign.trial_oneshot(W, C, clock, 600)
    benign.developers(W, C, clock, 450)
    benign.agent_developers(W, C, clock, "agent_developer", 140)
    benign.company_seats(W, C, clock, 18, (6, 30))
    benign.shared_family_card(W, C, clock, 55)
    benign.eval_harness(W, C, clock, [
        ("KZ", 4, [("gsm8k_fewshot", 400, 0), ("local_math_kk", 300, 0)], "ps_kz"),
        ("TR", 5, [("gsm8k_cot0", 500, 500), ("arena_hard", 500, 0), ("local_math_tr", 400, 0)], "tr_host"),
        ("RO", 4, [("self_instruct", 300, 0), ("local_math_ro", 250, 0), ("gsm8k_cot0", 250, 1500)], "ovh"),
        ("UA", 4, [("gsm8k_fewshot", 300, 3000), ("local_math_uk", 300, 0)], "hetzner"),
        ("GE", 5, [("arena_hard", 750, 500), ("gsm8k_cot0", 300, 4000)], "aws_eu"),
    ])
    benign.labeling_vendors(W, C, clock, [("TR", ["tr", "en"], 28), ("KZ", ["kk", "ru"], 22), ("UA", ["uk", "ru", "en"], 20)])
    benign.translation_agencies(W, C, clock, [("TR", 14), ("RO", 10), ("GE", 9), ("UA", 12)])
    benign.tutoring_relays(W, C, clock, tutoring_apps, hooks=tutor_hooks)
    benign.resellers(W, C, clock, shops, hooks=shop_hooks)
    benign.support_bots(W, C, clock, [("TR", "tr", 3, 900), ("KZ", "ru", 3, 800), ("AZ", "az", 2, 500)])
    benign.university_classes(W, C, clock, [("bogazici", "TR", "tr", 60, "boun", (0, 10)), ("kbtu", "KZ", "ru", 55, "kbtu", (1, 11)),
                                            ("upb", "RO", "ro", 65, "upb", (2, 12))])
    benign.batch_enterprise(W, C, clock, [("TR", "tr", 4), ("KZ", "ru", 3), ("UA", "uk", 3), ("RO", "ro", 3), ("TR", "tr", 4), ("AZ", "az", 3),
                                          ("UZ", "ru", 3), ("GE", "en", 2)])
    benign.hackathon(W, C, clock, 160)
    benign.safety_redteam(W, C, clock, [("TR", 10), ("UA", 8)])
    benign.cot_researchers(W, C, clock, [("metu", "TR", 12), ("nu_kz", "KZ", 10), ("kpi", "UA", 8), ("ysu", "AM", 5)])
    benign.synthetic_licensed(W, C, clock, [("KZ", ["kk", "ru"], 4), ("RO", ["ro", "tr"], 4)])
    benign.llm_judges(W, C, clock, [("TR", "tr", 8), ("KZ", "ru", 6), ("AZ", "az", 5), ("UZ", "uz", 6)])
    benign.edtech(W, C, clock, 50)
    benign.early_adopters(W, C, clock, 90)
    benign.ci_smoke(W, C, clock, 40)
    benign.viral_sharers(W, C, clock, 180)
    benign.seo_farms(W, C, clock, 40)
    benign.olympiad(W, C, clock, 120)

    # ---------------- campaigns
    for fn in campaigns.RUNNERS:
        fn(W, C, clock)
    log("generated %d exchanges in %.1fs" % (len(W.rows), time.time() - t0))
    return W


def write(W, out):
    os.makedirs(out, exist_ok=True)
    W.rows.sort(key=lambda x: (x[0], x[1]))
    path = os.path.join(out, "traffic.jsonl.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
            buf = []
            for _, _, b in W.rows:
                buf.append(b)
                if len(buf) >= 4096:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    seen = {a.id for a in W.accounts if a.n > 0}
    accounts = {}
    for a in W.accounts:
        if a.id in seen:
            accounts[a.id] = a.label
    end_users = {}
    for eu, info in sorted(W.end_users.items()):
        d = {"account_ids": sorted(W.eu_accounts[eu])}
        d.update(info)
        end_users[eu] = d
    labels = {"version": 1, "accounts": dict(sorted(accounts.items())), "end_users": end_users}
    with open(os.path.join(out, "labels.json"), "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))
    return path


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=83)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default=None, help="corpora folder (default: $GEN_DATA or <repo>/../shared/data)")
    args = ap.parse_args(argv)
    W = build(args.seed, args.data, log=lambda s: print(s, file=sys.stderr))
    path = write(W, args.out)
    nb = sum(1 for a in W.accounts if a.n and a.label["label"] == "benign")
    nc = sum(1 for a in W.accounts if a.n and a.label["label"] == "campaign")
    print("wrote %s: %d exchanges, %d accounts (%d benign, %d campaign), %d campaign end users"
          % (path, len(W.rows), nb + nc, nb, nc, len(W.end_users)), file=sys.stderr)


if __name__ == "__main__":
    main()
