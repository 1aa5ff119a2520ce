"""Reading the texts to test: plain files, JSON lists, JSONL (one text a line), OpenAI responses.

A `.jsonl` line may be a string or an object holding the text under one of TEXT_FIELDS, or an
OpenAI chat completion / exchange record (its first choice's message content). A `.json` file may
be a list of such items. Anything else is one text: the whole file. Lines that hold no text are
counted with their line numbers, never silently dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from distillguard.errors import DistillguardError

TEXT_FIELDS = ("text", "response", "completion", "output", "answer", "content")
SHOWN = 5


@dataclass
class Texts:
    texts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file:line: reason"

    def summary(self) -> str:
        s = f"{len(self.texts)} texts read"
        if self.skipped:
            s += f", {len(self.skipped)} items skipped ({'; '.join(self.skipped[:SHOWN])}{' ...' if len(self.skipped) > SHOWN else ''})"
        return s


def _text_of(item) -> str | None:
    if isinstance(item, str):
        return item
    if not isinstance(item, dict):
        return None
    for f in TEXT_FIELDS:
        if isinstance(item.get(f), str):
            return item[f]
    body = item["response"] if isinstance(item.get("response"), dict) else item
    choices = body.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        msg = choices[0].get("message") or {}
        if isinstance(msg, dict) and isinstance(msg.get("content"), str):
            return msg["content"]
        if isinstance(choices[0].get("text"), str):
            return choices[0]["text"]
    return None


def read_texts(paths: list[str]) -> Texts:
    out = Texts()
    for p in paths:
        path = Path(p)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise DistillguardError(f"{p}: no such file") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise DistillguardError(f"{p}: cannot be read as UTF-8 text ({type(exc).__name__})") from exc
        if path.suffix == ".jsonl":
            for n, line in enumerate(raw.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    t = _text_of(json.loads(line))
                except json.JSONDecodeError:
                    out.skipped.append(f"{p}:{n}: not JSON")
                    continue
                if t is None or not t.strip():
                    out.skipped.append(f"{p}:{n}: no text field ({', '.join(TEXT_FIELDS)})")
                else:
                    out.texts.append(t)
        elif path.suffix == ".json":
            try:
                doc = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise DistillguardError(f"{p}: not valid JSON (line {exc.lineno})") from exc
            for n, item in enumerate(doc if isinstance(doc, list) else [doc]):
                t = _text_of(item)
                if t is None or not t.strip():
                    out.skipped.append(f"{p}[{n}]: no text")
                else:
                    out.texts.append(t)
        elif raw.strip():
            out.texts.append(raw)
        else:
            out.skipped.append(f"{p}: empty")
    return out
