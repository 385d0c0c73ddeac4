"""Rewrite the response blocks on docs/json.md with what ``handle()`` answers today.

The page pairs each ``request`` block with the ``response`` block after it;
``tests/test_serialization.py`` checks that each response is the real answer. After a deliberate
change of output, run::

    python scripts/json_examples.py

and review the page's diff.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from appeal_rules.serialization import handle

PAGE = Path(__file__).resolve().parent.parent / "docs" / "json.md"
_PAIR = re.compile(r"(```\{code-block\} json\n:caption: request\n\n)(.*?)(```.*?```\{code-block\} json\n"
                   r":caption: response\n\n)(.*?)(```)", re.S)


def main() -> int:
    """Rewrite docs/json.md in place; print how many responses changed."""
    page = PAGE.read_text(encoding="utf-8")
    changed = 0

    def redo(match: re.Match[str]) -> str:
        nonlocal changed
        answer = json.dumps(handle(json.loads(match.group(2))), indent=2, ensure_ascii=False) + "\n"
        changed += answer != match.group(4)
        return match.group(1) + match.group(2) + match.group(3) + answer + match.group(5)

    page = _PAIR.sub(redo, page)
    PAGE.write_text(page, encoding="utf-8")
    print(f"{changed} response(s) rewritten in {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
