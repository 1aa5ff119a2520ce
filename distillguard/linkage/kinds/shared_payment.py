"""Shared payment instrument (schema.PAYMENT_FINGERPRINT: card hash, billing profile).

Strong evidence of common control, but also what an enterprise or a reseller paying for its
users' accounts looks like: so it links, and the campaign stage judges the group by behaviour.
Rarity decays slower than for addresses: one card behind 50 accounts is still remarkable.
"""

from __future__ import annotations

from distillguard import schema
from distillguard.linkage.base import KeyRows, LinkKind, LinkTraits


class SharedPayment(LinkKind):
    name = "shared_payment"
    reads = (schema.PAYMENT_FINGERPRINT,)
    description = "pay with the same payment instrument"
    traits = LinkTraits(operator_artifact=True, operator_infrastructure=True, owned_by_suspects=True)
    weight = 1.0
    rarity_exponent = 0.35
    max_block = 50000
    key_noun = "payment instruments"

    def keys(self, view) -> KeyRows:
        if not view.n_exchanges:
            return KeyRows.empty()
        d = view.distinct(view.column(schema.PAYMENT_FINGERPRINT))
        return KeyRows.of(d["a"].to_numpy(), d["v"])
