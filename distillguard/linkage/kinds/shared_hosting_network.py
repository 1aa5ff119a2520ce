"""Same hosting network: accounts whose traffic comes mostly from one named datacenter network.

Looked up offline (geoip2fast) from raw addresses; hashed addresses cannot be placed and yield
nothing. Only datacenter / hosting networks link (sharing "Comcast" means nothing), and only
when most of an account's traffic comes from there; rarity makes big clouds weigh very little.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.linkage import network
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits

MIN_SHARE = 0.5


class SharedHostingNetwork(LinkKind):
    name = "shared_hosting_network"
    reads = (schema.CLIENT_ADDRESS,)
    description = "send most of their traffic from the same hosting / datacenter network"
    traits = LinkTraits(neighbourhood=True, owned_by_suspects=True)
    weight = 0.25
    rarity_exponent = 0.5
    max_block = 20000
    family = "network"
    key_noun = "hosting networks"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        d = view.distinct(view.column(schema.CLIENT_ADDRESS))
        acc = d["a"].to_numpy()
        n = d["n"].to_numpy()
        names = []
        for v in d["v"].to_pylist():
            info = network.lookup(v)
            names.append(f"{info.network}|{info.net_class}" if info.net_class == network.DATACENTER else None)
        t = pa.table({"a": acc, "k": pa.array(names, pa.string()), "n": n}).filter(
            pc.is_valid(pa.array(names, pa.string())))
        if not len(t):
            return KeyRows.empty()
        g = t.group_by(["a", "k"]).aggregate([("n", "sum")])
        share = g["n_sum"].to_numpy() / np.maximum(view.exchanges_per_account[g["a"].to_numpy()], 1)
        keep = np.flatnonzero(share >= MIN_SHARE)
        g = g.take(pa.array(keep))
        return KeyRows.of(g["a"].to_numpy(), g["k"])
