"""Shared client network: IPv4 /24 or IPv6 /48 (schema.CLIENT_NETWORK; opaque, may be hashed).

Weaker than a shared address (a /24 holds 256 neighbours), and discounted by rarity the same way;
specificity is the share of the account's traffic from the network (as for addresses, see
shared_ip: a pair's weight is the overlap of the two accounts' network distributions).
"""

from __future__ import annotations

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits


class SharedNetwork(LinkKind):
    name = "shared_network"
    reads = (schema.CLIENT_NETWORK,)
    description = "send requests from the same /24 (IPv4) or /48 (IPv6) networks"
    traits = LinkTraits(neighbourhood=True, owned_by_suspects=True)
    weight = 0.5
    rarity_exponent = 0.5
    max_block = 5000
    family = "network"
    key_noun = "networks"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        d = view.distinct(view.column(schema.CLIENT_NETWORK))
        return KeyRows.of(d["a"].to_numpy(), d["v"], view.traffic_share(d))
