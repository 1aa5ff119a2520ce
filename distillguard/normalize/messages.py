"""Flatten chat messages into the text columns detectors read, and derive client networks.

Readers see the request conversation in two shapes:

* OpenAI chat format: ``{"role": "user", "content": "..."}`` where ``content`` is a string or a
  list of parts ``{"type": "text", "text": "..."}`` (images, audio, files are not text and are
  skipped);
* OpenTelemetry GenAI format (``gen_ai.input.messages``): ``{"role": "user", "parts":
  [{"type": "text", "content": "..."}]}``.

Both flatten to the same three things: the last user turn (``dg.prompt``), the system /
developer instructions (``dg.system_prompt``) and the number of user turns (``dg.turns``).
These run once per exchange on the ingestion hot path, so the common case (string content)
takes the shortest route.
"""

from __future__ import annotations

import ipaddress
import re

SYSTEM_ROLES = frozenset({"system", "developer"})
# part types whose text is what the user typed / what the model said
_TEXT_PART_TYPES = frozenset({"text", "input_text", "output_text"})


def content_text(content: object) -> str | None:
    """Text of one message's ``content``: a string, a list of parts, or None."""
    if content is None:
        return None
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict) and part.get("type", "text") in _TEXT_PART_TYPES:
                # OpenAI parts carry "text"; OpenTelemetry parts carry "content"
                text = part.get("text")
                if text is None:
                    text = part.get("content")
                if isinstance(text, str):
                    texts.append(text)
        return "\n".join(texts) if texts else None
    if isinstance(content, dict):  # a single part
        return content_text([content])
    return None


def message_text(message: dict) -> str | None:
    """Text of one message in either OpenAI (``content``) or OpenTelemetry (``parts``) shape."""
    content = message.get("content")
    if content is None and "parts" in message:
        content = message["parts"]
    return content_text(content)


def flatten_messages(messages: object) -> tuple[str | None, str | None, int]:
    """(last user turn text, joined system/developer text, number of user turns).

    Raises ``ValueError`` with a readable reason when ``messages`` is not a list of message
    objects, so readers can quarantine the record instead of guessing.
    """
    if not isinstance(messages, list):
        raise ValueError(f"messages must be a list, got {type(messages).__name__}")
    prompt = None
    system_parts = None
    turns = 0
    for message in messages:
        if not isinstance(message, dict):
            raise ValueError(f"each message must be an object, got {type(message).__name__}")
        role = message.get("role")
        if role == "user":
            turns += 1
            content = message.get("content")
            # the common case (string content) skips the general part-list walk
            prompt = content if type(content) is str else message_text(message)
        elif role in SYSTEM_ROLES:
            content = message.get("content")
            text = content if type(content) is str else message_text(message)
            if text:
                if system_parts is None:
                    system_parts = [text]
                else:
                    system_parts.append(text)
    system = None if system_parts is None else "\n\n".join(system_parts)
    return prompt, system, turns


def assistant_text(message: object) -> tuple[str | None, str | None]:
    """(answer text, reasoning text) of an assistant message / OpenTelemetry output message.

    Reasoning appears as ``reasoning_content`` / ``reasoning`` (OpenAI-compatible servers such as
    vLLM, DeepSeek, OpenRouter) or as ``{"type": "reasoning"}`` parts (OpenTelemetry).
    """
    if isinstance(message, str):
        return message, None
    if not isinstance(message, dict):
        return None, None
    reasoning = message.get("reasoning_content")
    if reasoning is None:
        reasoning = message.get("reasoning")
    if not isinstance(reasoning, str):
        reasoning = None
    parts = message.get("parts")
    if isinstance(parts, list) and message.get("content") is None:
        texts, thoughts = [], []
        for part in parts:
            if not isinstance(part, dict):
                continue
            kind = part.get("type")
            text = part.get("content", part.get("text"))
            if not isinstance(text, str):
                continue
            if kind == "reasoning":
                thoughts.append(text)
            elif kind in _TEXT_PART_TYPES:
                texts.append(text)
        if thoughts and reasoning is None:
            reasoning = "\n".join(thoughts)
        return ("\n".join(texts) if texts else None), reasoning
    return content_text(message.get("content")), reasoning


# Client networks repeat a lot (one proxy pool, one office); cache the string work.
_NETWORK_CACHE: dict[str, str | None] = {}
_NETWORK_CACHE_MAX = 1 << 16


def client_network(ip: object) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address, e.g. ``203.0.113.0/24``.

    IPv4-mapped IPv6 addresses (``::ffff:1.2.3.4``) count as IPv4. Returns None for anything
    that is not an IP address (a hostname, an empty string, a port-suffixed value we cannot
    read unambiguously), so a bad ``ip`` never rejects an otherwise good exchange.
    """
    if not isinstance(ip, str) or not ip:
        return None
    cached = _NETWORK_CACHE.get(ip, False)
    if cached is not False:
        return cached
    network = _network_uncached(ip)
    if len(_NETWORK_CACHE) >= _NETWORK_CACHE_MAX:
        _NETWORK_CACHE.clear()
    _NETWORK_CACHE[ip] = network
    return network


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"({_OCTET}\.{_OCTET}\.{_OCTET})\.{_OCTET}", re.ASCII)


def _ipv4_prefix(text: str) -> str | None:
    """Fast path for the common dotted-quad: "203.0.113.7" -> "203.0.113.0/24" (None if not canonical)."""
    match = _IPV4.fullmatch(text)
    return None if match is None else match.group(1) + ".0/24"


def _network_uncached(ip: str) -> str | None:
    fast = _ipv4_prefix(ip)
    if fast is not None:
        return fast
    text = ip.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1 and "." in text:  # "1.2.3.4:5678"
        text = text.split(":", 1)[0]
    text = text.split("%", 1)[0]  # zone index "fe80::1%eth0"
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))
