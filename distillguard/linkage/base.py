"""The one small interface every link kind implements.

A link kind looks at the exchanges (and their signals) of all accounts and yields *blocking
keys*: rows (account, key, specificity). Accounts that share a key are linked; pairs are never
enumerated over all accounts, only inside a key's block (see `blocking`). How much one shared
key weighs is decided in one place, `blocking.key_weights`, from:

- `weight`: how strong one fully specific shared key of this kind is (payment > user agent);
- `rarity_exponent`: how fast a key loses weight as more accounts share it (IDF-like; a NAT
  address with 300 accounts weighs little, a proxy address with 3 accounts weighs a lot);
- the row's `specificity` in [0, 1]: how specific the shared thing is (the default OpenAI SDK
  user agent is not specific, a 2,000-character system prompt is);
- `max_block`: keys shared by more accounts than this are dropped (infrastructure, not
  coordination);
- `rare_among_benign`: for pairs of suspect accounts, rarity counts only the key's low-risk
  holders (see `blocking`).
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard.linkage.view import AccountView


@dataclass(frozen=True)
class KeyRows:
    """Blocking keys of one link kind: row i says account `account[i]` holds key `key[i]`.

    `key` is a pyarrow string (or integer) array, opaque: a hashed address is as good as a raw one;
    `specificity` is float32 in [0, 1]; (account, key) pairs are unique.
    """

    account: np.ndarray  # int64 account index (AccountView.index)
    key: pa.Array  # string
    specificity: np.ndarray  # float32

    def __post_init__(self) -> None:
        if not (len(self.account) == len(self.key) == len(self.specificity)):
            raise ValueError("KeyRows columns differ in length")

    def __len__(self) -> int:
        return len(self.account)

    @staticmethod
    def empty() -> "KeyRows":
        return KeyRows(np.zeros(0, np.int64), pa.array([], pa.string()), np.zeros(0, np.float32))

    @staticmethod
    def concat(parts: "list[KeyRows]") -> "KeyRows":
        """Rows of several parts (disjoint accounts: shards of one log) as one."""
        parts = [p for p in parts if len(p)]
        if not parts:
            return KeyRows.empty()
        if len(parts) == 1:
            return parts[0]
        keys = [p.key for p in parts]
        if len({k.type for k in keys}) > 1:
            keys = [k.cast(pa.string()) for k in keys]
        return KeyRows(np.concatenate([p.account for p in parts]), pa.concat_arrays(keys),
                       np.concatenate([p.specificity for p in parts]))

    @staticmethod
    def of(account, key, specificity=None) -> "KeyRows":
        """Build from any array-likes; drops rows with a null / empty key and duplicates (keeps max)."""
        account = np.asarray(account, dtype=np.int64)
        key = pa.array(key, pa.string()) if not isinstance(key, (pa.Array, pa.ChunkedArray)) else key
        if isinstance(key, pa.ChunkedArray):
            key = key.combine_chunks()
        if not pa.types.is_integer(key.type):
            key = key.cast(pa.string())
        spec = (
            np.ones(len(account), np.float32)
            if specificity is None
            else np.clip(np.asarray(specificity, dtype=np.float32), 0.0, 1.0)
        )
        valid = key.is_valid().to_numpy(zero_copy_only=False)
        if len(key) and pa.types.is_string(key.type):
            valid &= np.asarray(pc.utf8_length(key.fill_null("")).to_numpy(zero_copy_only=False)) > 0
        if not valid.all():
            keep = np.flatnonzero(valid)
            account, key, spec = account[keep], key.take(pa.array(keep)), spec[keep]
        if len(account) == 0:
            return KeyRows.empty()
        # dedupe (account, key): keep the most specific row
        t = pa.table({"a": account, "k": key, "s": spec})
        g = t.group_by(["a", "k"]).aggregate([("s", "max")])
        return KeyRows(
            g["a"].to_numpy().astype(np.int64),
            g["k"].combine_chunks(),
            g["s_max"].to_numpy().astype(np.float32),
        )


@dataclass(frozen=True)
class LinkTraits:
    """What the keys of a link kind are. Each field is a property of the thing shared, stated once
    here; the stages that act on it say how (in their own docs).

    operator_artifact: a key an operator hands its accounts (a card, a client build, a system
      prompt). A sign-up burst on it is coordination evidence (linkage.cohort) and its holders
      are judged together on their pooled traffic (campaigns.collective). Not addresses or
      schedules, which crowds share.
    operator_infrastructure: a strong block of it is one operator's own (an address pool, a card,
      a client build): two communities that each hold such a block the other lacks are two
      operators, and no shared block re-joins them (campaigns.community.merge_split_blocks).
    neighbourhood: a place unrelated operators share (a /24, a hosting network rented from one
      proxy provider): a strong block of it never re-joins communities it spans.
    one_per_operator: an operator runs one of these for all its accounts (a client build, a system
      prompt, an address pool its accounts rotate over), unlike cards, which farms split: two campaigns holding different ones are two
      operators, and a key both hold does not join them (campaigns.detect, joining an operator's
      parts).
    rotated: one_per_operator, but an operator may hand each batch of its accounts its own at no
      cost (a client build: the user agent and request parameters its script sets): parts that run
      one program are not two operators for holding different ones (campaigns.program).
    owned_by_suspects: a key held by many suspect accounts and few low-risk ones is the
      campaign's own (a proxy pool, a card, a client, its template pool), not a popular thing:
      its rarity counts its low-risk holders for pairs of suspect accounts (linkage.blocking).
      Not for datasets and schedules (every sweeper of gsm8k, every fleet on one clock).
    """

    operator_artifact: bool = False
    operator_infrastructure: bool = False
    neighbourhood: bool = False
    one_per_operator: bool = False
    rotated: bool = False
    owned_by_suspects: bool = False


class LinkKind(abc.ABC):
    """One way two accounts can be linked (shared IP, shared payment, synchronized timing...)."""

    name: ClassVar[str]  # evidence signal name, e.g. "shared_ip"
    # the exchange columns (canonical names, or signal columns such as "template.skeleton")
    # `keys` reads besides the account id: what linkage.stream keeps of a log
    reads: ClassVar[tuple[str, ...]] = ()
    description: ClassVar[str]  # plain words, completes "N accounts <description>"
    weight: ClassVar[float] = 0.5
    rarity_exponent: ClassVar[float] = 0.5
    max_block: ClassVar[int] = 5000
    # what one key is, in plain words ("IP addresses"): evidence says "sharing IP addresses"
    key_noun: ClassVar[str]
    # kinds of one family say the same thing twice (a shared address implies a shared /24):
    # they count once when corroboration counts independent kinds of evidence (None: own name)
    family: ClassVar[str | None] = None
    # what its keys are, in the terms later stages decide on (see LinkTraits)
    traits: ClassVar["LinkTraits"]

    @abc.abstractmethod
    def keys(self, view: AccountView) -> KeyRows:
        """Blocking keys for every account of `view` (accounts without a key yield no row)."""

    # Sharded processing (`linkage.stream`: a log too big for memory is cut into shards of
    # accounts, each shard holding all exchanges of its accounts): `partial` runs on each shard's
    # view, `combine` joins the parts. Most kinds only look at one account at a time, so the
    # keys of each shard are the part and the parts are concatenated. A kind that needs the
    # whole log (how often a skeleton is used overall, how many accounts drew an item) returns
    # a reduced table from `partial`, finishes in `combine`, and defines keys(view) as
    # combine([partial(view)]), so there is one code path. The conformance suite checks that
    # keys over shards equal keys over the whole log for every kind.
    def partial(self, view: AccountView):
        """What this kind needs from one shard of accounts (default: its keys)."""
        return self.keys(view)

    def combine(self, parts: list) -> KeyRows:
        """Keys from the parts of every shard (default: concatenated)."""
        return KeyRows.concat(parts)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"
