"""What a benchmark script does with its result: print it as JSON and, when asked, keep it in a file."""

from __future__ import annotations

import json
from pathlib import Path


def emit(result: dict, out: Path | None) -> None:
    text = json.dumps(result, indent=1, default=str)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
