"""The training corpus of the extraction-intent classifier (see `extraction_intent`).

Two kinds of rows:
- *phrasings*: hand-written request families, one file a language in
  `distillguard/data/intent/phrasings/<lang>.json` (format in that folder's README). A family is
  one way of wording one intent (its own verbs, structure, register) with a few variants of it;
  the program fills its `{task}`, `{answer}` and `{answer2}` slots with real public items (GSM8K
  problems and solutions, Arena-Hard and Chatbot Arena prompts, Self-Instruct instructions, real
  model answers from Arena conversations) and varies layout the way operators' scripts do
  (separators, fences, case, a jailbreak prefix). Families labelled `none` are near misses and
  ordinary requests in that language, varied the same way, so layout says nothing about intent.
- *real templates*: prompts that public distillation pipelines send to a teacher, verbatim from
  their repositories (`real_templates`), filled the same way; each is a family of its own;
- *real prompts*: every real user prompt bundled with the package is a `none` row (Chatbot Arena
  user turns, Arena-Hard, GSM8K questions asked plainly, Self-Instruct instructions, real persona
  and tool system prompts), and so is
  every bundled jailbreak: a jailbreak is a safety finding, not an extraction intent.

Real items are split once, deterministically, into `train` and `heldout` halves by source (whole
conversations, whole dataset versions), so held-out measurements fill slots with tasks and judge
benign prompts the model never saw. Everything is seeded: the same files give the same corpus.
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import re
from dataclasses import dataclass
from importlib import resources

INTENTS: tuple[str, ...] = (
    "none",
    "reasoning_trace",
    "reasoning_reconstruction",
    "grading",
    "synthetic_data",
    "capability_probing",
    "system_prompt_extraction",
    "agentic_trajectory",
)
SLOTS = ("task", "answer", "answer2")
SPLITS = ("train", "heldout")
# Samples drawn per template: each variant is filled with this many different tasks.
SAMPLES_PER_TEMPLATE = 3
# Real prompts longer than this are cut (the classifier reads the head and tail of a prompt anyway).
MAX_TASK_CHARS = 1200


# Slot values are marked in `Example.marked` so that training knows which windows of a prompt
# hold the request (the phrasing) and which only the task (see `training_windows`).
SLOT_START, SLOT_END = "\x02", "\x03"


@dataclass(frozen=True)
class Example:
    marked: str  # the prompt with slot values between SLOT_START and SLOT_END
    intent: str
    family: str  # phrasing family id, or "real:<source>" for a real prompt
    language: str  # language of the phrasing; "real" for real prompts
    split: str  # which half of the real items it was made from: "train" | "heldout"
    group: str = ""  # weighting group: the language (phrasings, non-English real items) or "real"

    @property
    def text(self) -> str:
        return self.marked.replace(SLOT_START, "").replace(SLOT_END, "")


def phrasing_languages() -> list[str]:
    folder = resources.files("distillguard.data").joinpath("intent", "phrasings")
    return sorted(p.name[: -len(".json")] for p in folder.iterdir() if p.name.endswith(".json"))


@functools.cache
def phrasings(language: str) -> dict:
    path = resources.files("distillguard.data").joinpath("intent", "phrasings", f"{language}.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    check_phrasings(doc, language)
    return doc


def check_phrasings(doc: dict, language: str) -> None:
    """Raise ValueError on a malformed phrasing file (unknown intent, stray braces, no templates)."""
    if doc.get("language") != language:
        raise ValueError(f"{language}.json says language {doc.get('language')!r}")
    seen = set()
    for fam in doc.get("families", []):
        fid = fam.get("id")
        if not fid or fid in seen:
            raise ValueError(f"{language}: family id {fid!r} missing or repeated")
        seen.add(fid)
        if fam.get("intent") not in INTENTS:
            raise ValueError(f"{language}: family {fid} has unknown intent {fam.get('intent')!r}")
        if not fam.get("templates"):
            raise ValueError(f"{language}: family {fid} has no templates")
        for t in fam["templates"]:
            try:
                t.format(**{s: "x" for s in SLOTS})
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(f"{language}: family {fid}: template {t[:60]!r}: {exc}") from None


ORIGINAL_AUTHOR = "original"  # families written before authors were recorded (sessions 4-13)
# Authors whose families are never trained on: a standing test of wording written apart from
# everything the model learned from (BENCHMARKS.md, intent, "Independent authors"). Chosen
# before any of their figures were seen: the last three batches of session 15, written after
# the others were merged, and one of session 16's three authors of censorship-safe rewrites (a
# tactic of the public record the corpus had no wording for), told to write apart from the others.
# Session 19's two authors (s19a English, s19b ja/ru/fr/zh) joined them: measured first with the
# shipped model, then a fit on their requests gained 0.7 points on the four above (55.4% ->
# 56.1%) and let more benign prompts through (calibration prompts 13 -> 19 of 13,471, session
# 18's never-trained hard negatives 0.7% -> 1.3%), so it was not shipped and they stay held out.
HELD_OUT_AUTHORS = frozenset({"s15j", "s15k", "s15m", "s16r3", "s19a", "s19b"})
# Session 30's 32 languages beyond the 18 (one author wrote four of them, 28 families a language:
# data/intent/README.md) are held out whole: a standing test of languages the model never read.
# Trained on (by count, or weighed down to a tenth of each intent, or in the static stage alone),
# they cost the 18 languages 5-26 points of prompt recall at the calibrated cut for 2-57 points
# in their own (BENCHMARKS.md, intent, session 30). `benchmarks/intent_authors.py --authors s30a ...`
HELD_OUT_LANGUAGE_AUTHORS = frozenset({"s30a", "s30b", "s30c", "s30d", "s30e", "s30f", "s30g", "s30h"})
NEVER_TRAINED_AUTHORS = HELD_OUT_AUTHORS | HELD_OUT_LANGUAGE_AUTHORS
# Authors whose `none` families (hard negatives) are never trained on, only their requests.
# Session 18's three (s18a, s18b English, s18c ja/ru/de): a fit with all their families lowered
# the held-out authors' recall (52.7% -> 49.1%, their hard negatives pulling the cut towards the
# requests), a fit with their requests alone raised it (55.4%; account probes 37.2% -> 41.4%,
# no benign account flagged); chosen between those two fits, so that figure is slightly
# optimistic. Their hard negatives stay a test of benign wording the model never read.
# Session 21's business document-processing negatives (s21n, 8 languages): a fit on them cut
# the false hits on independently written business traffic tenfold and cost 4.6 points on the
# held-out authors above (55.9% -> 51.3%); at account level it left our own logs as they were,
# cut one foreign log's false accusations 199 -> 154 and lost 3 campaign accounts on another
# (BENCHMARKS.md, coordination, session 21). Mixed: not shipped. Held out: a standing test of
# benign business wording (21% hit).
HELD_OUT_NEGATIVES = frozenset({"s18a", "s18b", "s18c", "s21n"})


@functools.cache
def family_authors() -> dict[str, str]:
    """Family id -> who wrote it (a family's `author`, else ORIGINAL_AUTHOR). Families of one
    author were written together, so holding a whole author out of training measures wording
    written independently of everything the model learned from (the nearest we have to traffic
    written by someone else)."""
    return {fam["id"]: fam.get("author", ORIGINAL_AUTHOR)
            for lang in phrasing_languages() for fam in phrasings(lang)["families"]}


def _half(key: str) -> str:
    """A stable coin: the same item always lands in the same half."""
    return SPLITS[hashlib.blake2b(key.encode(), digest_size=2).digest()[0] & 1]


def _cut(text: str) -> str:
    return text if len(text) <= MAX_TASK_CHARS else text[:MAX_TASK_CHARS]


@functools.cache
def real_items() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """{split: {pool: [(source, text)]}} of real public items: `task` (things users and campaigns
    ask), `answer` (real solutions and model answers), `benign` (real user prompts as they came)."""
    from distillguard import data

    pools = {s: {"task": [], "answer": [], "benign": [], "foreign": [], "questions": []} for s in SPLITS}
    for c in data.arena_conversations():
        split = _half(f"arena:{c['id']}")
        for m in c["messages"]:
            text = (m.get("content") or "").strip()
            if not text:
                continue
            if m["role"] == "user":
                pools[split]["benign"].append(("arena_conversations", text))
                if 20 <= len(text) <= MAX_TASK_CHARS:
                    pools[split]["task"].append(("arena_conversations", text))
            elif m["role"] == "assistant":
                pools[split]["answer"].append(("arena_answers", _cut(text)))
    for h in data.arena_hard_prompts():
        # By item: both versions hold many languages, and multilingual benign text is scarce.
        split = _half(f"arena_hard:{h.get('uid')}")
        pools[split]["benign"].append(("arena_hard", h["prompt"]))
        pools[split]["task"].append(("arena_hard", _cut(h["prompt"])))
    for i, g in enumerate(data.gsm8k()):
        split = "train" if i < 5000 else "heldout"
        pools[split]["benign"].append(("gsm8k", g["question"]))
        pools[split]["task"].append(("gsm8k", g["question"]))
        answer = g["answer"]
        final = answer.rsplit("####", 1)[-1].strip()
        pools[split]["answer"].append(("gsm8k_answers", final if i % 2 else _cut(answer.split("####")[0].strip())))
    # Human-written or human-translated questions in other languages (MGSM, XQuAD, BLEnD): split
    # by the item they translate, so no version of one question is on both sides.
    for r in data.multilingual_prompts():
        key = r.get("en_text") or r["id"].split("-", 2)[-1]
        split = _half(f"{r['source']}:{key}")
        pools[split]["foreign"].append((r["language"], r["text"].strip()))
    # Questions and requests people wrote in other languages (search, voice assistants, quizzes):
    # benign text only, never a slot's fill, so the slots' task mix stays as it was.
    for r in data.multilingual_questions():
        pools[_half(f"{r['source']}:{r['id']}")]["questions"].append((r["language"], r["text"].strip()))
    # Real system prompts people write for a persona or a tool ("I want you to act as a linux
    # terminal ..."): benign text a detector reading the system message must leave alone.
    for r in benign_system_prompts():
        pools[_half(f"system:{r['id']}")]["benign"].append(("system_prompts", r["prompt"]))
    for r in data.self_instruct_seed_tasks():
        pools["train"]["benign"].append(("self_instruct", r["instruction"]))
        pools["train"]["task"].append(("self_instruct", r["instruction"]))
    for r in data.self_instruct_user_oriented():
        pools["heldout"]["benign"].append(("self_instruct", r["instruction"]))
        pools["heldout"]["task"].append(("self_instruct", r["instruction"]))
    # A text that two items share (a greeting, one question asked in two countries) is held out
    # only if it was not trained on.
    for pool, items in pools["heldout"].items():
        seen = {t for _, t in pools["train"][pool]}
        pools["heldout"][pool] = [(src, t) for src, t in items if t not in seen]
    return pools


@functools.cache
def benign_system_prompts() -> tuple[dict, ...]:
    """Real persona / tool system prompts (awesome-chatgpt-prompts, CC0): `data/intent/real/`."""
    return _real_rows("benign_system_prompts.jsonl")


def _real_rows(name: str) -> tuple[dict, ...]:
    """The rows of one JSON Lines file of `data/intent/real/`."""
    path = resources.files("distillguard.data").joinpath("intent", "real", name)
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@functools.cache
def jailbreak_prefixes() -> tuple[str, ...]:
    """Opening paragraphs of bundled real jailbreaks (campaigns prepend them; so do ordinary users)."""
    from distillguard import data

    texts = list(data.inthewild_jailbreaks()) + [p for v in data.dan_prompts().values() for p in v]
    out = []
    for t in texts:
        head = t.replace("{generator.name}", "ChatGPT").strip().split("\n\n")[0][:400]
        if len(head) > 40:
            out.append(head)
    return tuple(out)


_SEPARATORS = ("\n\n", "\n", " ", "\n\n---\n\n", "\n\n###\n\n")


def _vary(text: str, rng: random.Random) -> str:
    """Layout changes an operator's script (or a user) makes; applied alike to every intent."""
    if rng.random() < 0.5:
        text = text.replace("\n\n", rng.choice(_SEPARATORS))
    r = rng.random()
    if r < 0.08:
        text = text.lower()
    elif r < 0.12:
        text = text.upper()
    if rng.random() < 0.1:
        text = text.rstrip(".!?。！？")
    if rng.random() < 0.07:
        text = f"{SLOT_START}{rng.choice(jailbreak_prefixes())}{SLOT_END}\n\n{text}"
    return text


def _clean(text: str) -> str:
    return text.replace(SLOT_START, "").replace(SLOT_END, "")


@functools.cache
def _foreign_tasks(split: str, language: str) -> tuple[str, ...]:
    return tuple(t for lang, t in real_items()[split]["foreign"] if lang == language)


def _fill(template: str, split: str, rng: random.Random, language: str = "en") -> str:
    pools = real_items()[split]
    native = _foreign_tasks(split, language)
    values = {}
    for slot in SLOTS:
        if "{" + slot + "}" in template:
            pool = pools["task"] if slot == "task" else pools["answer"]
            # Half the time a task in the phrasing's own language, where real ones exist.
            text = rng.choice(native) if slot == "task" and native and rng.random() < 0.5 else rng.choice(pool)[1]
            if slot == "task" and rng.random() < 0.15:
                text = rng.choice(("```\n{}\n```", '"{}"', "<task>{}</task>", "[{}]")).format(text)
            values[slot] = SLOT_START + text + SLOT_END
    return template.format(**{s: values.get(s, "") for s in SLOTS})


def phrasing_examples(language: str, split: str = "train", samples: int = SAMPLES_PER_TEMPLATE,
                      families: set[str] | None = None) -> list[Example]:
    """Rows made from one language's phrasing families, slots filled from one half of the real items."""
    doc = phrasings(language)
    out = []
    for fam in doc["families"]:
        if families is not None and fam["id"] not in families:
            continue
        rng = random.Random(f"{fam['id']}:{split}:{samples}")
        for template in fam["templates"]:
            has_slot = any("{" + s + "}" in template for s in SLOTS)
            for _ in range(samples if has_slot else max(1, samples - 1)):
                text = _vary(_fill(template, split, rng, language), rng)
                out.append(Example(text, fam["intent"], fam["id"], language, split, language))
    return out


def trained_examples(language: str, split: str = "train") -> list[Example]:
    """`phrasing_examples` of one language but the families of NEVER_TRAINED_AUTHORS and the hard
    negatives of HELD_OUT_NEGATIVES: what training
    (and every held-out protocol's training side) reads."""
    authors = family_authors()
    return [r for r in phrasing_examples(language, split) if authors[r.family] not in NEVER_TRAINED_AUTHORS
            and not (r.intent == "none" and authors[r.family] in HELD_OUT_NEGATIVES)]


def real_examples(split: str) -> list[Example]:
    """Real benign prompts of one half as `none` rows (jailbreaks: all in train; they are a
    different detector's positives, here only negatives). The multilingual questions
    (`question_examples`) are trained on from the train half only: the held-out half is not part
    of the calibration set, whose mix stays the one the operating point was set on; it is an
    independent benign check instead (BENCHMARKS.md, intent)."""
    items = real_items()[split]
    out = [Example(_clean(text), "none", f"real:{src}", "real", split, "real") for src, text in items["benign"]]
    out += [Example(_clean(text), "none", "real:multilingual", "real", split, lang) for lang, text in items["foreign"]]
    if split == "train":
        out += question_examples(split)
        out += benchmark_examples(split)
        out += eval_template_examples(split)
        out += [Example(_clean(t), "none", "real:jailbreak", "real", split, "real") for t in jailbreak_prefixes()]
    return out


BENCHMARK_NEGATIVES = 200  # bare items of each bundled benchmark a half holds at most (MMLU and BBH would swamp the rest)


@functools.cache
def _benchmark_pool(split: str) -> dict[str, tuple[str, ...]]:
    """{benchmark name: item texts of one half}: the same item always lands in the same half."""
    from distillguard import data

    return {b["name"]: tuple(it["text"] for it in data.benchmark_items(b["name"])
                             if _half(f"benchmark:{b['name']}:{it['id']}") == split)
            for b in data.benchmark_manifest()}


@functools.cache
def benchmark_examples(split: str) -> tuple[Example, ...]:
    """Bare items of the bundled public benchmarks (`data.benchmark_items`: MMLU, MATH, IFEval,
    MBPP, ...) as `none` rows, split by item. A bare item is what an eval harness, a student or a
    sweep sends; a sweep is the dataset detectors' to find, and the request wording is this
    classifier's, so an item's own words (IFEval's format rules, a MATH problem's "Express your
    answer as") are no evidence. The train half is trained on; the held-out half is an
    independent benign check, kept out of the calibration set like the held-out questions.
    Weighting group "benchmarks" (`sample_weights`: a group of their own)."""
    out = []
    for name, items in _benchmark_pool(split).items():
        rng = random.Random(f"benchmark:{name}:{split}")
        for text in rng.sample(items, min(BENCHMARK_NEGATIVES, len(items))):
            out.append(Example(_clean(text), "none", f"real:benchmark:{name}", "real", split, "benchmarks"))
    return tuple(out)


EVAL_TEMPLATE_FAMILY = "eval-template:"  # family id prefix of the evaluation harnesses' templates
EVAL_TEMPLATE_SAMPLES = 6  # rows a template makes in each half, each with another item


@functools.cache
def eval_templates() -> tuple[dict, ...]:
    """Prompt templates of public evaluation harnesses (simple-evals, inspect_evals,
    lm-evaluation-harness, ...), verbatim but for the item's place (`{task}`):
    `data/intent/real/eval_templates.jsonl` (sources, commits, licences: EVAL_TEMPLATES.md)."""
    rows = _real_rows("eval_templates.jsonl")
    for r in rows:
        if not r.get("source") or not r.get("id") or r.get("template", "").count("{task}") != 1:
            raise ValueError(f"eval template {r.get('id')!r}: needs a source and exactly one {{task}}")
    return rows


def eval_template_source(family: str) -> str | None:
    """The source repository of an eval-template row's family, else None."""
    if not family.startswith(EVAL_TEMPLATE_FAMILY):
        return None
    return _eval_sources().get(family[len(EVAL_TEMPLATE_FAMILY):])


@functools.cache
def _eval_sources() -> dict[str, str]:
    return {t["id"]: t["source"] for t in eval_templates()}


@functools.cache
def eval_template_examples(split: str) -> tuple[Example, ...]:
    """Evaluation-harness templates filled with benchmark items of one half, as `none` rows: an
    evaluation run is ordinary traffic, and a harness's "Think step by step before answering" or
    "The last line of your response should be of the form" asks for nothing a single run does not
    use. Where a distillation pipeline sends the same words, `templates.jsonl` holds them (and the
    known-template index matches them). Items of the bundled benchmark the template's `benchmark`
    field names exactly (2 of the 80 do), else of any; a non-English template gets the questions of its language. Weighting group "real"
    (each row weighs like a real user prompt: in the small "benchmarks" group the multilingual
    chain-of-thought templates stayed hits, 10% of held-out rows against 0.4%, BENCHMARKS.md,
    intent); the held-out half is a benign check, never calibrated on."""
    pool = _benchmark_pool(split)
    anything = tuple(t for items in pool.values() for t in items)
    questions: dict[str, list[str]] = {}
    for lang, text in real_items()[split]["questions"] + real_items()[split]["foreign"]:
        questions.setdefault(lang, []).append(text)
    out = []
    for t in eval_templates():
        rng = random.Random(f"eval:{t['id']}:{split}")
        lang = t.get("language", "en")
        bench = str(t.get("benchmark", "")).lower().replace("-", "_")
        items = questions.get(lang) if lang != "en" and questions.get(lang) else pool.get(bench) or anything
        for _ in range(EVAL_TEMPLATE_SAMPLES):
            text = t["template"].replace("{task}", SLOT_START + rng.choice(items) + SLOT_END)
            out.append(Example(_vary(text, rng), "none", f"{EVAL_TEMPLATE_FAMILY}{t['id']}", "real", split, "real"))
    return tuple(out)


def question_examples(split: str) -> list[Example]:
    """The multilingual questions of one half (`data.multilingual_questions`) as `none` rows. Their
    weighting group is "<language>/questions": weighed as a group of their own (`sample_weights`),
    they add negatives without thinning out the hand-written near misses of their language."""
    return [Example(_clean(text), "none", "real:questions", "real", split, f"{lang}/questions")
            for lang, text in real_items()[split]["questions"]]


@functools.cache
def real_templates() -> tuple[dict, ...]:
    """Real prompt templates that public distillation and synthetic-data pipelines send to a
    teacher (judge prompts, Evol-Instruct, reasoning-trace system prompts, ...), verbatim from
    Apache-2.0 / MIT repositories: `data/intent/real/templates.jsonl` (sources, commits and
    licences in that folder's SOURCES.md and LICENSES/)."""
    rows = _real_rows("templates.jsonl")
    for r in rows:
        if r.get("intent") not in INTENTS or not r.get("template") or not r.get("source"):
            raise ValueError(f"real template {r.get('id')!r}: needs a known intent, a template and a source")
    return rows


# Slots of the real templates (their own names kept) -> the pool that fills them.
REAL_TEMPLATE_SLOTS = {"task": "task", "answer": "answer", "answer2": "answer", "reference": "answer",
                       "document": "answer"}


REAL_TEMPLATE_FAMILY = "real-template:"  # family id prefix of the real templates' rows


def is_real_template(row: Example) -> bool:
    return row.family.startswith(REAL_TEMPLATE_FAMILY)


def real_template_examples(split: str = "train", samples: int = SAMPLES_PER_TEMPLATE,
                           exclude_sources: frozenset[str] = frozenset()) -> list[Example]:
    """Rows made from the real templates (each its own family, language "en"), slots filled from
    one half of the real items. A template a pipeline sends as the system message is a row of its
    own: the detector reads the system message apart from the user turn."""
    pools = real_items()[split]
    out = []
    for t in real_templates():
        if t["source"] in exclude_sources:
            continue
        rng = random.Random(f"{t['id']}:{split}:{samples}")
        for _ in range(samples):
            text = t["template"]
            for slot, pool in REAL_TEMPLATE_SLOTS.items():  # plain replacement: other braces are literal
                while "{" + slot + "}" in text:
                    text = text.replace("{" + slot + "}", SLOT_START + rng.choice(pools[pool])[1] + SLOT_END, 1)
            text = text.replace("{n}", str(rng.randint(3, 50)))
            out.append(Example(_vary(text, rng), t["intent"], f"{REAL_TEMPLATE_FAMILY}{t['id']}", "en", split, "en"))
    return out


def corpus(split: str = "train", languages: list[str] | None = None,
           exclude_sources: frozenset[str] = frozenset()) -> list[Example]:
    """The whole corpus of one half: every language's phrasings (but HELD_OUT_AUTHORS'), the real templates (English;
    `exclude_sources` leaves whole source repositories out, for held-out measurement), plus the
    real prompts."""
    rows: list[Example] = []
    for lang in languages if languages is not None else phrasing_languages():
        rows += trained_examples(lang, split)
    if languages is None or "en" in languages:
        rows += real_template_examples(split, exclude_sources=exclude_sources)
    rows += [r for r in real_examples(split) if eval_template_source(r.family) not in exclude_sources]
    return rows


def _substance(text: str) -> float:
    """How much request wording a piece of text holds: letters and digits, CJK characters counting
    more (one carries about a word)."""
    return sum(2.5 if ord(ch) >= 0x2E80 else 1.0 for ch in text if ch.isalnum())


# A window is labelled with its row's intent when it holds at least this much of the phrasing
# (outside the slots): a bare label such as "Problem:" or "题目：" is no request.
MIN_PHRASING_SUBSTANCE = 12


def training_windows(rows: list[Example]) -> tuple[list[str], list[str], list[str]]:
    """(window texts, labels, groups) for training: each prompt cut into the windows the detector
    scores (`windows.split`); a window of an extraction row takes the row's intent only when it
    holds enough of the phrasing, else it is `none` (a piece of the task). Groups: the phrasing
    language, or "real"."""
    from distillguard.signals.intent_windows import split

    texts, labels, groups = [], [], []
    for r in rows:
        marked = r.marked
        plain_of = []  # index in the plain text -> is phrasing (outside slots)
        inside = False
        plain = []
        for ch in marked:
            if ch == SLOT_START:
                inside = True
            elif ch == SLOT_END:
                inside = False
            else:
                plain.append(ch)
                plain_of.append(not inside)
        text = "".join(plain)
        for a, b in split(text):
            window = text[a:b]
            if r.intent == "none":
                label = "none"
            else:
                phrasing = "".join(ch for ch, ph in zip(window, plain_of[a:b]) if ph)
                label = r.intent if _substance(phrasing) >= MIN_PHRASING_SUBSTANCE else "none"
            texts.append(window)
            labels.append(label)
            groups.append(r.group or r.language)
    return texts, labels, groups
