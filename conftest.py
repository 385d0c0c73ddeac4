"""Doctests moved by scripts/split_module.py see the names of the module they were written in.

``calendar.py``, ``procedure.py``, ``testing.py`` and ``vectorized.py`` became packages of private
modules; a docstring moved from ``procedure.py`` to ``procedure/_results.py`` still uses names the one
module had (such as ``escalation_options``). Each such doctest is given its package's names, and only that doctest.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest

#: The modules split into packages by scripts/split_module.py.
SPLIT = ("calendar", "procedure", "testing", "vectorized")


@pytest.fixture(autouse=True)
def _package_names_for_split_doctests(request: pytest.FixtureRequest,
                                      doctest_namespace: dict[str, Any]) -> Iterator[None]:
    parts = request.node.name.split(".")  # a doctest item: appeal_rules.<package>._<module>.<object>
    if len(parts) < 3 or parts[0] != "appeal_rules" or parts[1] not in SPLIT or not parts[2].startswith("_"):
        yield
        return
    package = importlib.import_module(f"appeal_rules.{parts[1]}")
    added = {name: value for name, value in vars(package).items()
             if not name.startswith("_") and name not in doctest_namespace}
    doctest_namespace.update(added)
    yield
    for name in added:
        del doctest_namespace[name]
