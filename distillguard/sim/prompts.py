"""Prompt pools: real benign prompts from distillguard.data, and extraction templates.

Benign pools are real user text (Chatbot Arena conversations, Arena-hard prompts, Self-Instruct
user-oriented instructions, GSM8K word problems as homework). Campaign templates paraphrase what the
public record describes (chain-of-thought elicitation, reasoning-trace reconstruction, rubric
grading, Self-Instruct-style data generation, censorship-safe rewrites, agentic coding), in
English, Chinese and Russian; each objective has several independent phrasings.
"""

from __future__ import annotations

import functools
import re

from distillguard import data

_CODE = re.compile(r"```|\bdef |\bclass |\bfunction\b|\bimport |\bSELECT\b|\bpython\b|\bjavascript\b|\bjava\b|\bc\+\+|"
                   r"\bcode\b|\bscript\b|\bregex\b|\bSQL\b|\bbash\b|\bAPI\b|\bcompile|\berror\b", re.I)


@functools.cache
def arena_conversations() -> list[list[dict]]:
    """Real Arena conversations (user/assistant alternating, starting with user)."""
    out = []
    for c in data.arena_conversations():
        msgs = [m for m in c["messages"] if m.get("role") in ("user", "assistant") and isinstance(m.get("content"), str)]
        if len(msgs) >= 2 and msgs[0]["role"] == "user":
            out.append(msgs)
    return out


@functools.cache
def coding_conversations() -> list[list[dict]]:
    return [c for c in arena_conversations() if _CODE.search(c[0]["content"])]


@functools.cache
def chat_conversations() -> list[list[dict]]:
    return [c for c in arena_conversations() if not _CODE.search(c[0]["content"])]


@functools.cache
def assistant_texts() -> list[str]:
    """Real assistant answers (used as stand-in responses where the dataset has none)."""
    return [m["content"] for c in arena_conversations() for m in c if m["role"] == "assistant" and len(m["content"]) > 40]


@functools.cache
def coding_answers() -> list[str]:
    return [m["content"] for c in coding_conversations() for m in c if m["role"] == "assistant" and len(m["content"]) > 80]


@functools.cache
def hard_coding_prompts() -> list[str]:
    out = []
    for p in data.arena_hard_prompts():
        sub = p.get("subcategory")
        if sub == "coding" or (sub is None and p["category"] == "arena-hard-v0.1" and _CODE.search(p["prompt"])):
            out.append(p["prompt"])
    return out


@functools.cache
def hard_prompts() -> list[dict]:
    return data.arena_hard_prompts()


@functools.cache
def math_prompts() -> list[str]:
    """Real math questions people asked on Arena (Arena-hard math subcategory)."""
    return [p["prompt"] for p in data.arena_hard_prompts() if p.get("subcategory") == "math"]


@functools.cache
def user_instructions() -> list[dict]:
    """Self-Instruct user-oriented instructions with one instance input each (benign and seeds)."""
    return data.self_instruct_user_oriented()


@functools.cache
def seed_instructions() -> list[str]:
    return [t["instruction"] for t in data.self_instruct_seed_tasks()] + [t["instruction"] for t in data.self_instruct_user_oriented()]


@functools.cache
def documents() -> list[str]:
    """Real text snippets for batch jobs: Arena user turns and answers, Self-Instruct inputs."""
    docs = []
    for c in arena_conversations():
        for m in c:
            t = m["content"].strip()
            if 40 <= len(t) <= 1500:
                docs.append(t)
    for t in data.self_instruct_user_oriented():
        for inst in t["instances"]:
            if len(inst.get("input", "")) >= 40:
                docs.append(inst["input"])
    return docs


@functools.cache
def benchmark(name: str) -> list[str]:
    """Item texts of one bundled public benchmark (data/public/benchmarks), in the file's order."""
    return [r["text"] for r in data.benchmark_items(name)]


@functools.cache
def gsm8k() -> list[dict]:
    return data.gsm8k()


@functools.cache
def jailbreak_prefixes() -> list[str]:
    """Real jailbreak texts: in-the-wild collection plus the DAN family."""
    dans = [p for ps in data.dan_prompts().values() for p in ps]
    return [p for p in data.inthewild_jailbreaks() if 80 <= len(p) <= 6000] + dans


# ---------------------------------------------------------------------------------------------
# Campaign templates: {q} item question, {a} reference final answer, {r} a response to grade,
# {i1..i3} example instructions, {instr} one instruction, {task} a coding task.

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "cot": {
        "en": [
            "Solve the following problem. Before giving the final answer, write out your complete internal reasoning step by step, showing every intermediate calculation.\n\n{q}",
            "{q}\n\nExplain your full chain of thought in detail, step by step, then give the final answer on its own line as 'Answer: <number>'.",
            "I want to understand exactly how you think. For the question below, write out the internal reasoning behind your answer step by step. Do not skip any steps.\n\nQuestion: {q}",
            "Problem: {q}\nReason through this carefully and verbosely. Show all of your thinking, including checks and any corrections, before the final answer.",
            "Think step by step and show all of your working. Put your reasoning inside <thinking></thinking> tags and the final answer inside <answer></answer> tags.\n\n{q}",
            "Q: {q}\nLet's think step by step. Please narrate every step of your reasoning process in full detail.",
            "Walk me through your reasoning for this one, every single step, as if you were thinking out loud:\n{q}",
        ],
        "zh": [
            "请一步一步地解答下面的问题，写出你完整的内部推理过程，包括每一个中间计算步骤，最后单独一行给出答案。\n\n{q}",
            "{q}\n\n请详细展示你的思考过程（思维链），不要省略任何步骤，然后给出最终答案。",
            "你是一名严谨的数学老师。请把你的全部推理过程写出来，逐步分析，再给出结论。\n问题：{q}",
            "题目：{q}\n要求：逐步推理，把每一步的思考都写清楚，最后用“答案：”给出结果。",
            "请像自言自语一样把你解这道题时的完整思考过程写下来，越详细越好：\n{q}",
        ],
        "ru": [
            "Реши следующую задачу. Прежде чем дать ответ, подробно распиши весь ход своих рассуждений шаг за шагом, со всеми промежуточными вычислениями.\n\n{q}",
            "{q}\n\nОбъясни своё решение пошагово и максимально подробно, покажи всю цепочку рассуждений, а затем дай окончательный ответ.",
            "Задача: {q}\nРассуждай вслух, шаг за шагом, не пропуская ни одного шага. В конце напиши «Ответ: ...».",
            "Покажи полностью свой внутренний ход мыслей при решении этой задачи:\n{q}",
        ],
    },
    "trace": {
        "en": [
            "Here is a math problem and its correct final answer. Reconstruct the detailed step-by-step reasoning that leads to this answer, as if you were thinking aloud.\n\nProblem: {q}\nFinal answer: {a}",
            "Question: {q}\nAnswer: {a}\n\nWrite the full reasoning trace a careful solver would produce to get from the question to this answer. Include every intermediate step and self-check.",
            "Given the problem and the known answer below, produce the hidden reasoning process (the internal monologue) that arrives at it.\n\n### Problem\n{q}\n### Answer\n{a}\n### Reasoning",
            "The answer to the following is {a}. Show, step by step, the complete thought process that derives it:\n{q}",
        ],
        "zh": [
            "下面是一道数学题和它的正确答案。请还原得到这个答案的完整推理过程，像你在自言自语地思考一样。\n\n题目：{q}\n答案：{a}",
            "已知问题和最终答案如下，请写出从问题推导到答案的详细内部推理链，包括每一步的验算。\n问题：{q}\n最终答案：{a}",
            "答案是 {a}。请一步步展示得到这个答案的全部思考过程：\n{q}",
        ],
        "ru": [
            "Вот задача и её правильный ответ. Восстанови полное пошаговое рассуждение, которое приводит к этому ответу, как будто ты думаешь вслух.\n\nЗадача: {q}\nОтвет: {a}",
            "Ответ на задачу ниже: {a}. Напиши подробную цепочку внутренних рассуждений, ведущую от условия к этому ответу.\n{q}",
        ],
    },
    "rubric": {
        "en": [
            "Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Consider helpfulness, relevance, accuracy, depth and level of detail. Begin your evaluation with a short explanation, then rate the response on a scale of 1 to 10 in the format \"Rating: [[5]]\".\n\n[Question]\n{q}\n\n[The Start of Assistant's Answer]\n{r}\n[The End of Assistant's Answer]",
            "You are an expert grader. Score the response below against this rubric: correctness (0-4), completeness (0-3), clarity (0-3). Return JSON {\"correctness\": int, \"completeness\": int, \"clarity\": int, \"total\": int, \"justification\": str}.\n\nQuestion: {q}\nResponse: {r}",
            "Grade this answer from 1-10. Give a one-paragraph rationale first, then 'Score: X'.\n\nPROMPT:\n{q}\n\nANSWER:\n{r}",
            "Evaluate whether the following response correctly and completely answers the question. Output a reward between 0 and 1 and explain which criteria it misses.\n\n<question>{q}</question>\n<response>{r}</response>",
        ],
        "zh": [
            "请作为一名公正的评审，根据以下评分标准（准确性、完整性、清晰度，每项1-10分）对AI助手的回答进行打分，先给出简要理由，最后以“评分：X”的格式输出总分。\n\n【问题】\n{q}\n\n【回答】\n{r}",
            "你是一个奖励模型。请判断下面的回答质量，输出0到1之间的分数，并说明扣分原因。\n问题：{q}\n回答：{r}",
        ],
        "ru": [
            "Выступи в роли беспристрастного эксперта и оцени ответ ассистента по шкале от 1 до 10 по критериям: точность, полнота, ясность. Кратко обоснуй оценку и выведи её в формате «Оценка: X».\n\n[Вопрос]\n{q}\n\n[Ответ]\n{r}",
            "Оцени качество ответа ниже по рубрике (корректность 0-4, полнота 0-3, ясность 0-3) и верни JSON с баллами и обоснованием.\nВопрос: {q}\nОтвет: {r}",
        ],
    },
    "synthetic": {
        "en": [
            "Come up with a series of tasks:\n\nTask 1: {i1}\nTask 2: {i2}\nTask 3: {i3}\nTask 4:",
            "Generate 20 diverse instructions for training a language model, similar in style to these examples. Vary the task type, topic and length. Return a JSON list of strings.\nExamples:\n1. {i1}\n2. {i2}\n3. {i3}",
            "Given the following instruction, write an appropriate input (if one is needed) and a high-quality, detailed output.\nInstruction: {instr}\nInput:",
            "Rewrite the following instruction in 10 different ways that keep its meaning but vary the wording and difficulty, one per line:\n{instr}",
            "You are helping build an instruction-tuning dataset. Write a new task that is different from these but equally useful, then answer it in full.\n- {i1}\n- {i2}",
        ],
        "zh": [
            "请参考以下示例，生成20条多样化的指令（任务类型、主题和长度都要有变化），用于训练语言模型，以JSON列表格式返回。\n示例：\n1. {i1}\n2. {i2}\n3. {i3}",
            "请为下面的指令编写一个合适的输入（如需要）和高质量的详细输出，用于构建指令微调数据集。\n指令：{instr}",
            "把下面这条指令改写成10种不同的说法，意思不变，措辞和难度不同，每行一条：\n{instr}",
        ],
        "ru": [
            "Придумай 20 разнообразных инструкций для обучения языковой модели в стиле этих примеров. Меняй тип задачи, тему и длину. Верни JSON-список строк.\nПримеры:\n1. {i1}\n2. {i2}\n3. {i3}",
            "Для следующей инструкции напиши подходящий входной пример (если нужен) и качественный подробный ответ.\nИнструкция: {instr}",
        ],
    },
    "safe_rewrite": {
        "en": [
            "Rewrite the following answer so that it would pass a strict content review, while keeping every factual detail:\n\n{r}",
            "Produce a censorship-safe version of this response: remove anything politically sensitive but keep the rest verbatim where possible.\n\n{r}",
        ],
        "zh": [
            "请将以下回答改写成符合审查要求的安全版本，同时保留所有事实信息：\n\n{r}",
            "请改写下面的内容，去掉政治敏感的部分，其余内容尽量保持原样：\n{r}",
        ],
        "ru": [
            "Перепиши следующий ответ так, чтобы он прошёл строгую проверку контента, сохранив все факты:\n\n{r}",
        ],
    },
    "agentic": {
        "en": [
            "{task}\n\nWork autonomously: plan first, then use the available tools to inspect the repository, edit files and run the tests until they pass. Explain your reasoning before every tool call.",
            "You have shell and file-editing tools. Task: {task}\nThink step by step about which files to read and change, and narrate your full reasoning at each step.",
            "Complete this coding task end to end using the tools. After each tool result, write down what you learned and your next step in detail.\n\nTask:\n{task}",
        ],
        "zh": [
            "{task}\n\n请自主完成这个任务：先制定计划，然后使用可用的工具查看代码库、修改文件并运行测试直到通过。每次调用工具之前都要详细说明你的推理。",
            "你可以使用命令行和文件编辑工具。任务：{task}\n请逐步思考需要读取和修改哪些文件，并在每一步详细写出你的完整推理过程。",
        ],
        "ru": [
            "{task}\n\nВыполни задачу самостоятельно: сначала составь план, затем используй инструменты, чтобы изучить репозиторий, изменить файлы и запустить тесты. Перед каждым вызовом инструмента подробно объясняй ход рассуждений.",
        ],
    },
}

# System prompts campaign scripts attach (they differ across operators; some send none).
CAMPAIGN_SYSTEM = [
    "You are a helpful assistant.",
    "You are a world-class reasoning expert. Always show your complete reasoning.",
    "You are an AI assistant that always thinks step by step and explains every step.",
    "你是一个乐于助人的助手。",
    "Ты — полезный ассистент.",
]

# Light surface changes a paraphrasing script applies to a template instance.
LEADS = {
    "en": ["", "", "", "Hi! ", "Hello, ", "Please help: ", "Task: ", "[{n}] ", "#{n} ", "Quick one: "],
    "zh": ["", "", "", "你好！", "请回答：", "任务：", "[{n}] ", "#{n} ", "帮我看一下："],
    "ru": ["", "", "", "Привет! ", "Пожалуйста: ", "Задание: ", "[{n}] ", "#{n} ", "Помоги, пожалуйста: "],
}
TAILS = {"en": [" Thanks!", " Be thorough.", "\n"], "zh": [" 谢谢！", " 请详细一点。", "\n"], "ru": [" Спасибо.", " Подробно, пожалуйста.", "\n"]}

# Tool definitions real agent frameworks send (shapes as in the OpenAI tools API).
AGENT_TOOLS = [
    {"type": "function", "function": {"name": "read_file", "description": "Read the contents of a file in the workspace.",
     "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {"name": "write_file", "description": "Create or overwrite a file with the given content.",
     "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}, "required": ["path", "content"]}}},
    {"type": "function", "function": {"name": "run_shell", "description": "Run a shell command in the repository root and return stdout/stderr.",
     "parameters": {"type": "object", "properties": {"command": {"type": "string"}, "timeout": {"type": "integer"}}, "required": ["command"]}}},
    {"type": "function", "function": {"name": "search_code", "description": "Search the codebase with a regular expression.",
     "parameters": {"type": "object", "properties": {"pattern": {"type": "string"}, "glob": {"type": "string"}}, "required": ["pattern"]}}},
    {"type": "function", "function": {"name": "apply_patch", "description": "Apply a unified diff to the workspace.",
     "parameters": {"type": "object", "properties": {"patch": {"type": "string"}}, "required": ["patch"]}}},
    {"type": "function", "function": {"name": "list_directory", "description": "List files in a directory.",
     "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
]

APP_TOOLS = [
    {"type": "function", "function": {"name": "get_order_status", "description": "Look up the status of a customer order.",
     "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}},
    {"type": "function", "function": {"name": "search_docs", "description": "Search the product documentation.",
     "parameters": {"type": "object", "properties": {"query": {"type": "string"}, "top_k": {"type": "integer"}}, "required": ["query"]}}},
    {"type": "function", "function": {"name": "get_weather", "description": "Get the current weather for a city.",
     "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}}, "required": ["city"]}}},
]

AGENT_SYSTEM = [
    "You are an autonomous coding agent working in a git repository. Use the provided tools to read and modify files and to run commands. Make minimal, correct changes and run the tests before finishing. Never invent file contents you have not read.",
    "You are a senior software engineer pair-programming with the user inside their editor. You can call tools to read files, search the code and run shell commands. Keep answers concise; prefer small diffs.",
    "You are Cline, a highly skilled software engineer with extensive knowledge in many programming languages, frameworks, design patterns, and best practices. You have access to a set of tools that are executed upon the user's approval.",
]

ENTERPRISE_TEMPLATES = [
    ("Classify the sentiment of this review as positive, negative or neutral. Reply with one word.\n\nReview: {doc}", "sentiment"),
    ("Summarize the following customer message in one sentence for a support ticket.\n\n{doc}", "summary"),
    ("Extract all people, organizations and locations mentioned in the text below. Return JSON with keys \"people\", \"organizations\", \"locations\".\n\nText:\n{doc}", "entities"),
    ("Translate the following text into German. Return only the translation.\n\n{doc}", "translate"),
    ("Assign one topic label from [billing, technical, account, feedback, other] to this message. Answer with the label only.\n\nMessage: {doc}", "topic"),
]

HOMEWORK_TEMPLATES = [
    "{q}",
    "{q} show your work",
    "Can you explain step by step how to solve this? {q}",
    "i dont get this problem, can you walk me through it step by step?\n{q}",
    "Solve step by step: {q}",
    "{q}\nPlease explain each step so I can understand it for my test.",
    "my homework says: {q} how do i do this",
    "Help me with this math question and explain the steps: {q}",
]

EVAL_FEWSHOT_N = 8  # lm-evaluation-harness style 8-shot chain-of-thought prompt for GSM8K
