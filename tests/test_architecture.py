"""The one direction of data flow: rulebook, calendar, deadlines, procedure, surfaces.

A module imports only from its own layer and the layers below it (``docs/_ext/architecture.py``
defines the layers; ``docs/architecture.md`` shows them). The one exception: a result's
``explain()`` or a day's ``describe()`` imports the renderer when called.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "docs" / "_ext"))

import architecture

MODULES = dict(architecture.package_modules())


def _upward_imports(name: str, path: Path) -> list[str]:
    own = architecture.layer_of(name)
    found = []
    for target, line, function in architecture.imports_of(path, name):
        if architecture.layer_of(target) <= own:
            continue
        if target == architecture.RENDERER and function in architecture.PRESENTATION_METHODS:
            continue
        found.append(f"{path.name}:{line} {name} -> {target} (in {function or 'the module'})")
    return found


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_module_imports_only_from_its_layer_and_below(name: str) -> None:
    """Data flows one way; a module of a lower layer never reaches up into a higher one."""
    assert _upward_imports(name, MODULES[name]) == []


def test_every_module_has_a_layer() -> None:
    """A new module is placed in a layer before it can be imported anywhere."""
    for name in MODULES:
        architecture.layer_of(name)
    with pytest.raises(KeyError):
        architecture.layer_of("appeal_rules.nowhere")


def test_an_upward_import_is_found(tmp_path: Path) -> None:
    """The check sees an import of the procedure from the calendar, at module level or in a function
    other than explain/describe, and lets the renderer be imported inside explain()."""
    source = tmp_path / "sample.py"
    source.write_text(
        "from appeal_rules.procedure import review_deadline\n"
        "def helper():\n    import appeal_rules.render\n"
        "def explain(self):\n    from appeal_rules.render import period_lines\n",
        encoding="utf-8",
    )
    found = _upward_imports("appeal_rules.calendar._sample", source)
    assert len(found) == 2
    assert "appeal_rules.procedure" in found[0]
    assert "in helper" in found[1]


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text("from . import _index\nfrom ..procedure import assess\n", encoding="utf-8")
    targets = [t for t, _, _ in architecture.imports_of(source, "appeal_rules.calendar.mod")]
    assert targets == ["appeal_rules.calendar", "appeal_rules.procedure"]  # the package, then the parent's sibling


def test_the_docs_table_lists_every_module() -> None:
    table = architecture.architecture_table()
    for name in MODULES:
        assert f"`{name}`" in table
