"""``python -m appeal_rules.serialization docs/schema`` writes the JSON Schema files."""

import sys

from appeal_rules.serialization.schema import main

if __name__ == "__main__":  # pragma: no branch - only ever run as a script
    sys.exit(main())
