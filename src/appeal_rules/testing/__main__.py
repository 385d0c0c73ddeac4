"""``python -m appeal_rules.testing``: see :mod:`appeal_rules.testing`."""

from __future__ import annotations

import sys

from appeal_rules.testing._snapshot import main

if __name__ == "__main__":
    sys.exit(main())
