"""Flatten chat messages into the text columns detectors read.

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
