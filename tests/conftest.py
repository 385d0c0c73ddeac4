"""Shared test set-up: Hypothesis settings profiles and the golden texts (``--update-snapshots``).

``ci`` (the default, also under ``CI=true``) keeps the suite well inside CI's time budget and is
deterministic (derandomized, so a CI run never flakes on a new random example); ``dev`` explores
more; ``long`` is for the documented long fuzzing run (``HYPOTHESIS_PROFILE=long``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from golden import Snapshot

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=5_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- golden texts --------------------------------------------------------------------------------
#
# Long texts a person reads (explanations, the catalogue of error messages) are compared with files
# under tests/snapshots/. After a deliberate change of wording, regenerate them with
#
#     python -m pytest --update-snapshots
#
# and review the diff of tests/snapshots/ like any other change (see tests/README.md).

def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true", default=False,
                     help="rewrite the golden texts under tests/snapshots/ instead of comparing with them")


@pytest.fixture
def snapshot(request: pytest.FixtureRequest) -> Snapshot:
    """The golden-text checker of this run (see :class:`Snapshot`)."""
    return Snapshot(bool(request.config.getoption("--update-snapshots")))
