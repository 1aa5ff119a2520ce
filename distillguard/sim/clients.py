"""What real API clients send: User-Agent strings and request parameters per kind of client.

Versions are ones these SDKs really shipped; each account keeps one client (and usually one
version) for its lifetime, the way a deployed integration does.
"""

from __future__ import annotations

import random

OPENAI_PY = ["1.35.13", "1.40.6", "1.45.0", "1.51.2", "1.54.4", "1.57.0", "1.59.7", "1.61.1", "1.68.2", "1.76.0", "1.97.1"]
OPENAI_JS = ["4.52.7", "4.67.3", "4.73.0", "4.77.0", "4.85.4", "5.10.1"]
CURL = ["7.81.0", "7.88.1", "8.4.0", "8.5.0", "8.7.1", "8.11.1"]
REQUESTS = ["2.28.2", "2.31.0", "2.32.3"]
HTTPX = ["0.25.2", "0.27.0", "0.27.2", "0.28.1"]
LITELLM = ["1.40.2", "1.48.7", "1.52.0", "1.55.3", "1.63.11", "1.72.0"]
LANGCHAIN = ["0.1.20", "0.2.9", "0.2.14", "0.3.1", "0.3.12"]
AIOHTTP = ["3.8.6", "3.9.5", "3.10.10", "3.11.11"]
OKHTTP = ["4.9.3", "4.11.0", "4.12.0"]
CHROME = ["120.0.0.0", "124.0.0.0", "126.0.0.0", "128.0.0.0", "131.0.0.0"]
OS_PY = ["Linux", "MacOS", "Windows"]


def user_agent(rng: random.Random, client: str) -> str:
    """A User-Agent header as the named client library sends it."""
    c = rng.choice
    if client == "openai-python":
        return f"OpenAI/Python {c(OPENAI_PY)}"
    if client == "openai-js":
        return f"OpenAI/JS {c(OPENAI_JS)}"
    if client == "curl":
        return f"curl/{c(CURL)}"
    if client == "requests":
        return f"python-requests/{c(REQUESTS)}"
    if client == "httpx":
        return f"python-httpx/{c(HTTPX)}"
    if client == "litellm":
        return f"litellm/{c(LITELLM)}"
    if client == "langchain":
        return f"OpenAI/Python {c(OPENAI_PY)} langchain-openai/{c(LANGCHAIN)}"
    if client == "aiohttp":
        return f"Python/3.{c([10, 11, 12])} aiohttp/{c(AIOHTTP)}"
    if client == "okhttp":
        return f"okhttp/{c(OKHTTP)}"
    if client == "go":
        return "Go-http-client/2.0"
    if client == "browser":
        os_part = c(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"])
        return f"Mozilla/5.0 ({os_part}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c(CHROME)} Safari/537.36"
    raise ValueError(f"unknown client {client!r}")


# Client mixes per kind of user (weights).
CASUAL_CLIENTS = {"openai-js": 3, "browser": 3, "openai-python": 3, "okhttp": 1, "aiohttp": 1}
DEVELOPER_CLIENTS = {"openai-python": 6, "openai-js": 3, "langchain": 2, "litellm": 2, "curl": 1, "httpx": 1, "go": 1}
SCRIPT_CLIENTS = {"openai-python": 6, "httpx": 1, "requests": 2, "aiohttp": 1, "litellm": 1}
BATCH_CLIENTS = {"openai-python": 5, "litellm": 1, "go": 1}


def pick_client(rng: random.Random, mix: dict[str, int]) -> str:
    names = list(mix)
    return rng.choices(names, weights=[mix[n] for n in names])[0]


def chat_params(rng: random.Random, client: str) -> dict:
    """Parameters an interactive chat front-end sends."""
    p: dict = {}
    if rng.random() < 0.7:
        p["temperature"] = rng.choice([0.7, 0.7, 1.0, 0.8, 0.5, 1.2])
    if rng.random() < 0.5:
        p["max_tokens"] = rng.choice([512, 1024, 2048, 4096])
    if client in ("openai-js", "browser", "okhttp") or rng.random() < 0.4:
        p["stream"] = True
    if rng.random() < 0.1:
        p["top_p"] = rng.choice([0.9, 0.95, 1.0])
    return p


def developer_params(rng: random.Random) -> dict:
    p: dict = {"temperature": rng.choice([0, 0, 0.2, 0.2, 0.7, 1.0])}
    if rng.random() < 0.6:
        p["max_tokens"] = rng.choice([1024, 2048, 4096, 8192, 16384])
    if rng.random() < 0.3:
        p["stream"] = True
    if rng.random() < 0.08:
        p["response_format"] = {"type": "json_object"}
    if rng.random() < 0.05:
        p["seed"] = rng.randrange(1, 10_000)
    if rng.random() < 0.03:
        p.update(logprobs=True, top_logprobs=rng.choice((1, 3, 5)))
    if rng.random() < 0.2:
        p["reasoning_effort"] = rng.choice(("low", "medium", "medium", "high"))
    return p
