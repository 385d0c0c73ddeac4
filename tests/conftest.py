"""Shared test set-up: Hypothesis settings profiles.

``ci`` (the default, also under ``CI=true``) keeps the suite well inside CI's time budget and is
deterministic (derandomized, so a CI run never flakes on a new random example); ``dev`` explores
more; ``long`` is for the documented long fuzzing run (``HYPOTHESIS_PROFILE=long``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=5_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
