"""Shared client IP address (schema.CLIENT_ADDRESS; raw or hashed, treated as an opaque key).

Rarity does the work against NAT gateways and VPN exits: an address behind which hundreds of
accounts appear weighs little; a proxy address shared by three accounts weighs fully.
Private / loopback addresses (seen when the edge sits behind an internal proxy) say nothing.

Each row's specificity is also the share of the account's traffic sent from the address, so a
pair's summed weight is the Bhattacharyya overlap of the two accounts' address distributions
(times rarity): two accounts sending all their traffic through the same few exits are linked
fully; an account rotating over forty residential exits and a phone user who once sent from one
of them are not. Residential and carrier addresses are shared by chance: on gen_l (session 35)
each address was held by 16-25 accounts, and a hydra's exits were shared with benign users as
often as with its own accounts (79% and 78% of them); one shared exit made full links, and Leiden
joined the hydra, three other campaigns and 394 benign users into one community. For a pair of
suspect accounts on an address no low-risk account uses, linkage.blocking lifts the specificity
towards 1 as for any kind: a fleet's own proxy pool ties it however widely it rotates.
"""

from __future__ import annotations

import numpy as np

from distillguard import schema
from distillguard.linkage import network
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits


class SharedIp(LinkKind):
    name = "shared_ip"
    reads = (schema.CLIENT_ADDRESS,)
    description = "send requests from the same IP addresses"
    traits = LinkTraits(operator_infrastructure=True, one_per_operator=True, owned_by_suspects=True)
    weight = 1.0
    rarity_exponent = 0.5
    max_block = 5000
    family = "network"
    key_noun = "IP addresses"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        d = view.distinct(view.column(schema.CLIENT_ADDRESS))
        values = d["v"].to_pylist()
        spec = (np.array([0.05 if network.lookup(v).net_class == network.PRIVATE else 1.0 for v in values], np.float32)
                if len(values) < 2_000_000 else np.ones(len(d), np.float32))
        return KeyRows.of(d["a"].to_numpy(), d["v"], spec * view.traffic_share(d))
