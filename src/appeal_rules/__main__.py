"""``python -m appeal_rules``: the ``appeal-rules`` command (see :mod:`appeal_rules.cli`).

>>> import subprocess, sys
>>> out = subprocess.run([sys.executable, "-m", "appeal_rules", "--version"], capture_output=True, text=True)
>>> out.returncode, out.stdout.startswith("appeal-rules ")
(0, True)
"""

from __future__ import annotations

import sys

from appeal_rules.cli import main

__all__: list[str] = []


def __dir__() -> list[str]:
    return __all__


if __name__ == "__main__":
    sys.exit(main())
