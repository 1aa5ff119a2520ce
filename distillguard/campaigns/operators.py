"""One operator's own identity keys: what makes campaigns parts of one operator or keeps two apart.

An operator runs one client build, one system prompt, one pool of exits (link kinds whose traits
say `one_per_operator`). A key is a campaign's own when most of its members hold it
(PART_HOLDING) and few others do (PRIVATE_SHARE of the key's holders are inside it): a public
coding tool's system prompt that a hydra's relayed cover traffic carries beside the tool's ordinary
users says nothing of who runs the campaign (gen_e: one 340-account fleet was eleven campaigns,
each "holding its own" public prompt). Two campaigns that each hold their own key of one such kind,
and none in common, are two operators (`distinct_operators`); campaigns.detect.join_operator_parts
and campaigns.item_queue read the same keys.
"""

from __future__ import annotations

import numpy as np

from distillguard.linkage import blocking

# an operator artifact held at least this much inside campaigns is no public thing ...
PRIVATE_SHARE = 0.9
# ... and a campaign whose members hold it at least this much is a part of its operator
PART_HOLDING = 0.8


def key_holders(graph, with_rotated: bool = True) -> dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per one_per_operator kind (index into graph.kinds): its unique (key code, account) pairs,
    and each key code with its number of holders (computed once for every campaign read).
    `with_rotated=False`: without the kinds an operator may hand each batch of its accounts its own of
    (LinkTraits.rotated)."""
    out = {}
    for ki, kind in enumerate(graph.kinds):
        kk = graph.keys.get(kind.name)
        if (kind.traits.one_per_operator and (with_rotated or not kind.traits.rotated)
                and kk is not None and len(kk.account)):
            pair = np.unique(np.c_[blocking.encode_keys(kk.key), kk.account], axis=0)
            keys, holders = np.unique(pair[:, 0], return_counts=True)
            out[ki] = (pair, keys, holders)
    return out


def own_keys(holders_of: dict, members: np.ndarray) -> dict[int, set[int]]:
    """kind index -> the keys (`key_holders`) that most of `members` hold and few others do."""
    out: dict[int, set[int]] = {}
    for ki, (pair, keys, holders) in holders_of.items():
        mine_keys, mine = np.unique(pair[np.isin(pair[:, 1], members), 0], return_counts=True)
        everyone = holders[np.searchsorted(keys, mine_keys)]
        own = (mine >= PART_HOLDING * len(members)) & (mine >= PRIVATE_SHARE * everyone)
        if own.any():
            out[ki] = set(mine_keys[own].tolist())
    return out


def distinct_operators(parts: list[int], identity: dict[int, dict[int, set[int]]]) -> bool:
    """Some one_per_operator kind of which two parts each hold their own keys, none in common."""
    for a_i, a in enumerate(parts):
        for b in parts[a_i + 1:]:
            ia, ib = identity.get(a, {}), identity.get(b, {})
            if any(k in ib and not (codes & ib[k]) for k, codes in ia.items()):
                return True
    return False
