"""Known-dataset match: the prompt contains an item of a public benchmark or instruction set
(bundled: GSM8K train, Self-Instruct seed tasks and user-oriented instructions, and the
benchmarks of data/public/benchmarks/MANIFEST.json: MMLU (all 14,042), GSM8K test, ARC, BIG-Bench
Hard, MATH-500, HumanEval, MBPP, TruthfulQA, MT-Bench, Vicuna, IFEval, AQuA-RAT, SVAMP,
OpenBookQA, WinoGrande, CommonsenseQA, PIQA, StrategyQA: ~44,000 items), or of the user's own
lists, even when wrapped in a template and lightly paraphrased. Score = containment of the best
item's distinct informative word 3-grams in the prompt (see `_shingles`); `dataset_match.item` names it
("gsm8k:1234", "self_instruct_seed:seed_task_7", "<list file stem>:<id or line number>").

User lists: pass `extra=[paths]` or set DISTILLGUARD_DATASET_LISTS (paths joined by os.pathsep).
A list is a .txt file (one item a line), a .jsonl file (one object a line; the item text is the
first of the fields text / prompt / question / instruction / input, the id the `id` field or the
line number) or a .json file (a list of such strings or objects); .gz is fine.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillguard import schema
from distillguard.errors import DistillguardError
from distillguard.signals import _text
from distillguard.signals._batch_cache import data_key, shared
from distillguard.signals._shingles import ShingleIndex, tokenize
from distillguard.signals.base import ExchangeDetector
from distillguard.signals.registry import register

ENV_LISTS = "DISTILLGUARD_DATASET_LISTS"
TEXT_FIELDS = ("text", "prompt", "question", "instruction", "input")
# Matching needs some substance: an item with fewer informative shingles than this (a 5-word
# instruction like "Write a poem about love") would match ordinary prompts by chance.
MIN_ITEM_SHINGLES = 5
# A prompt must share at least this many shingles with the item to count at all, and the score
# is scaled down below FULL_EVIDENCE matched shingles (half of a short item is weak evidence).
MIN_MATCHED = 4
FULL_EVIDENCE = 8
# An item too plain for shingles (BIG-Bench Hard's navigation and bracket tasks, arithmetic
# multiple-choice: numbers, symbols and stop words) still matches a prompt that is the item itself,
# whole (case and spacing aside), or that ends or begins with it whole (a jailbreak before it),
# when it is at least this long: nobody types 50 characters of "Take 4 steps forward. Take 7 steps
# backward. ..." by chance, while short ones ("Answer the following question.", "What is the most
# popular sport in Japan?") are what people ask anyway.
EXACT_MIN_CHARS = 50


def builtin_items() -> list[tuple[str, str]]:
    from distillguard import data

    items = [(f"gsm8k:{i}", r["question"]) for i, r in enumerate(data.gsm8k())]
    items += [(f"self_instruct_seed:{r['id']}", r["instruction"]) for r in data.self_instruct_seed_tasks()]
    items += [(f"self_instruct_user:{r['id']}", r["instruction"]) for r in data.self_instruct_user_oriented()]
    for bench in data.benchmark_manifest():
        items += [(f"{bench['name']}:{r['id']}", r["text"]) for r in data.benchmark_items(bench["name"])]
    return items


def _item_text(obj: object) -> str | None:
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dict):
        for field in TEXT_FIELDS:
            if isinstance(obj.get(field), str):
                return obj[field]
    return None


def load_list(path: str | os.PathLike) -> list[tuple[str, str]]:
    """Items of one user list file (see module doc); raises DistillguardError on a bad file."""
    p = Path(path)
    if not p.is_file():
        raise DistillguardError(f"dataset list not found: {p}")
    name = p.name.removesuffix(".gz")
    stem, suffix = os.path.splitext(name)
    opener = gzip.open if p.name.endswith(".gz") else open
    try:
        with opener(p, "rt", encoding="utf-8") as f:
            if suffix == ".json":
                records = list(enumerate(json.load(f), 1))
            elif suffix == ".jsonl":
                records = [(n, json.loads(line)) for n, line in enumerate(f, 1) if line.strip()]
            else:
                records = [(n, line.rstrip("\n")) for n, line in enumerate(f, 1) if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DistillguardError(f"cannot read dataset list {p}: {e}") from None
    items = []
    for n, obj in records:
        item_text = _item_text(obj)
        if item_text:
            key = obj.get("id", n) if isinstance(obj, dict) else n
            items.append((f"{stem}:{key}", item_text))
    return items


@functools.cache
def _index(extra: tuple[str, ...]) -> ShingleIndex:
    """Built once per process per set of lists (a few seconds for the bundled ~24,000 items)."""
    return ShingleIndex(list(_all_items(extra)))


def _normalized(texts: pa.Array) -> pa.Array:
    return pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_lower(texts), r"\s+", " "))


@functools.cache
def _exact(extra: tuple[str, ...]) -> tuple[pa.Array, np.ndarray, dict, dict]:
    """The items matched whole only (EXACT_MIN_CHARS): (normalized texts, index positions: the
    first item of each text, and the texts' positions by their last and by their first
    EXACT_MIN_CHARS characters)."""
    index = _index(extra)
    texts = [t for _, t in _all_items(extra)]
    small = [k for k, t in enumerate(texts) if index.item_size[k] < MIN_ITEM_SHINGLES and len(t) >= EXACT_MIN_CHARS]
    norm = _normalized(pa.array([texts[k] for k in small], pa.string())).to_pylist()
    first: dict[str, int] = {}
    for k, t in zip(small, norm):
        first.setdefault(t, k)
    ends: dict[str, list[tuple[str, int]]] = {}
    starts: dict[str, list[tuple[str, int]]] = {}
    for t, k in first.items():
        ends.setdefault(t[-EXACT_MIN_CHARS:], []).append((t, k))
        starts.setdefault(t[:EXACT_MIN_CHARS], []).append((t, k))
    return pa.array(list(first), pa.string()), np.fromiter(first.values(), np.int64, len(first)), ends, starts


def exact_items(texts: pa.Array, extra: tuple[str, ...] = ()) -> np.ndarray:
    """Per text: the index position of the item it is whole, or that it ends or begins with whole
    (a jailbreak or an instruction before it, a request after it: `_exact`), or -1."""
    values, positions, ends, starts = _exact(extra)
    if not len(values) or not len(texts):
        return np.full(len(texts), -1, np.int64)
    norm = _normalized(texts)
    at = pc.index_in(norm, value_set=values).to_numpy(zero_copy_only=False)
    out = np.where(np.isnan(at.astype(np.float64)), -1, positions[np.nan_to_num(at, nan=0).astype(np.int64)])
    tail = pc.index_in(pc.utf8_slice_codeunits(norm, -EXACT_MIN_CHARS), value_set=pa.array(list(ends), pa.string()))
    head = pc.index_in(pc.utf8_slice_codeunits(norm, 0, EXACT_MIN_CHARS), value_set=pa.array(list(starts), pa.string()))
    maybe = (out < 0) & (pc.is_valid(tail).to_numpy(zero_copy_only=False) | pc.is_valid(head).to_numpy(zero_copy_only=False))
    for r in np.flatnonzero(maybe):  # (rare: a prompt whose last or first 50 characters are an item's)
        text = norm[int(r)].as_py()
        found = [(len(t), k) for t, k in ends.get(text[-EXACT_MIN_CHARS:], []) if text.endswith(t)]
        found += [(len(t), k) for t, k in starts.get(text[:EXACT_MIN_CHARS], []) if text.startswith(t)]
        out[r] = max(found)[1] if found else -1  # the longest: one bracket sequence begins another
    return out


@functools.cache
def _all_items(extra: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(id, text) of the bundled items and the user lists, read once per process."""
    items = builtin_items()
    for path in extra:
        items += load_list(path)
    return tuple(items)


@dataclass(frozen=True)
class Pool:
    """One dataset as a sweep draws from it: `items` matchable items; `effective` the pool that
    makes two uniform draws land on the same matched item as often as they do (1 / sum p_k^2 over
    the matched ids: near-duplicate items, BBH's boolean expressions, resolve to one id, so BBH's
    5,089 items act as ~3,600); `multiplicity` the ids that several items resolve to (id -> count)."""

    items: int
    effective: float
    multiplicity: dict

    @staticmethod
    def of(n: "int | Pool") -> "Pool":
        return n if isinstance(n, Pool) else Pool(int(n), float(n), {})


def pools(extra: tuple[str, ...] | None = None) -> dict[str, Pool]:
    """`Pool` per dataset: every matchable item matched against the index itself (a few seconds,
    once per process and set of lists)."""
    return _pools(extra_lists_from_env() if extra is None else tuple(extra))


@functools.cache
def _pools(extra: tuple[str, ...]) -> dict[str, Pool]:
    index = _index(extra)
    size = dict(zip(index.item_ids, index.item_size))
    items = [(i, t) for i, t in _all_items(extra) if size.get(i, 0) >= MIN_ITEM_SHINGLES or len(t) >= EXACT_MIN_CHARS]
    texts = pa.array([t for _, t in items], pa.string())
    score, best = match_scores(index, tokenize(texts), len(items))
    whole = exact_items(texts, extra)
    score, best = np.where(score > 0, score, (whole >= 0).astype(np.float64)), np.where(score > 0, best, whole)
    resolved: dict[str, dict[str, int]] = {}
    for (item_id, _), s, b in zip(items, score, best):
        key = index.item_ids[b] if s > 0 and b >= 0 else item_id
        per = resolved.setdefault(item_id.split(":", 1)[0], {})
        per[key] = per.get(key, 0) + 1
    out = {}
    for ds, counts in resolved.items():
        c = np.fromiter(counts.values(), np.float64)
        n = c.sum()
        out[ds] = Pool(int(n), float(n * n / (c * c).sum()), {k: v for k, v in counts.items() if v > 1})
    return out


def extra_lists_from_env() -> tuple[str, ...]:
    value = os.environ.get(ENV_LISTS, "")
    return tuple(p for p in value.split(os.pathsep) if p)


def match_scores(index: ShingleIndex, toks, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """(score, best item index or -1) per row of tokenized prompts against one index (see module doc)."""
    item, containment, matched = index.match(toks, rows)
    big_enough = np.where(item >= 0, index.item_size[np.maximum(item, 0)] >= MIN_ITEM_SHINGLES, False)
    evidence = np.minimum(1.0, matched / FULL_EVIDENCE)
    score = np.where(big_enough & (matched >= MIN_MATCHED), containment * evidence, 0.0)
    return score, np.where(score > 0, item, -1)


@register
class DatasetMatch(ExchangeDetector):
    name = "dataset_match"
    cost_rank = 90
    evidence = "behaviour"
    family = "dataset_sweep"
    version = "5"  # 3: distinct shingles per item; 21 benchmarks (44k items); 4: plain items matched whole; 5: and at either end
    atlas = ("AML.T0024.002",)
    description = "contain an item of a known public benchmark or instruction dataset"
    threshold = 0.5
    inputs = (schema.PROMPT,)

    def __init__(self, extra: list[str] | tuple[str, ...] | None = None):
        self.extra = tuple(str(p) for p in extra) if extra is not None else extra_lists_from_env()
        for path in self.extra:  # fail early, with one line, on a missing list
            if not Path(path).is_file():
                raise DistillguardError(f"dataset list not found: {path}")

    def settings(self) -> tuple:
        return self.extra

    @property
    def index(self) -> ShingleIndex:
        return _index(self.extra)

    def output_columns(self) -> dict[str, pa.DataType]:
        return {self.name: pa.float32(), f"{self.name}.item": pa.string()}

    def match(self, exchanges: pa.Table) -> tuple[np.ndarray, np.ndarray, object]:
        """(score, best item index or -1, tokens): shared with the template detector (computed once
        per batch inside `run_signals`, see `_batch_cache`)."""
        if schema.PROMPT not in exchanges.column_names:
            return self._match(exchanges)
        prompts = exchanges.column(schema.PROMPT)
        key = ("dataset_match", self.extra, data_key(prompts))
        return shared(key, prompts, lambda: self._match(exchanges))

    def _match(self, exchanges: pa.Table) -> tuple[np.ndarray, np.ndarray, object]:
        texts = _text.text(exchanges, schema.PROMPT)
        toks = tokenize(texts)
        score, item = match_scores(self.index, toks, len(texts))
        whole = exact_items(texts, self.extra)
        hit = (score <= 0) & (whole >= 0)
        score, item = np.where(hit, 1.0, score), np.where(hit, whole, item)
        score.flags.writeable = False
        item.flags.writeable = False
        return score, item, toks

    def score(self, exchanges: pa.Table) -> pa.Table:
        score, item, _ = self.match(exchanges)
        shown = score >= self.threshold
        names = pa.array(self.index.item_ids, pa.string())
        ids = names.take(pa.array(np.where(shown, item, 0), pa.int64(), mask=~shown))
        return _text.output(self.output_columns(), {self.name: score, f"{self.name}.item": ids})
