"""What the modules of :mod:`appeal_rules.serialization` share: the schema version and type-hint reading.

A private module: its names carry no underscore because the module itself is private to the package.
"""

from __future__ import annotations

import enum
import functools
import re
import types
import typing
from typing import Any

import attrs

from appeal_rules.deadlines import Convention
from appeal_rules.model import BodyKind, Complaint, Registration
from appeal_rules.rules import Unit

#: The version of the JSON shapes; carried by every top-level payload. It changes only when a
#: payload changes incompatibly (a field removed or retyped); new fields keep the version.
SCHEMA_VERSION = "1"

DATE_ACCEPTED = "a date as YYYY-MM-DD"

#: Where a field takes only some members of its enum, the members it takes. The JSON errors' accepted
#: text and the schemas list only these; the procedure refuses the others with its own reason.
#: Review terms are counted in working days, so only a working-day convention applies to them; a
#: court neither reviews under this procedure nor takes or registers complaints.
NOT_COURT = tuple(b for b in BodyKind if b is not BodyKind.COURT)
NARROWED: dict[tuple[type, str], tuple[enum.Enum, ...]] = {
    (Complaint, "office"): NOT_COURT,
    (Registration, "body"): NOT_COURT,
}


def narrowed(cls: type, field: str) -> tuple[enum.Enum, ...] | None:
    """The members ``cls.field`` accepts, if only some: from the field's metadata or :data:`NARROWED`."""
    attribute = attrs.fields_dict(cls).get(field)
    members = None if attribute is None else attribute.metadata.get("members")
    return members if members is not None else NARROWED.get((cls, field))


def working_day_conventions() -> tuple[enum.Enum, ...]:
    """The conventions that count working days: the only ones a review term takes."""
    return tuple(c for c in Convention if c.unit is Unit.WORKING_DAYS)


def doc(text: str, members: tuple[enum.Enum, ...] | None = None) -> dict[str, Any]:
    """The attrs field metadata: the field's description for the JSON Schema, and the members it takes."""
    return {"description": text} if members is None else {"description": text, "members": members}


@functools.cache
def hints(cls: Any) -> dict[str, Any]:
    """The resolved type hints of ``cls`` (cached: the types are fixed)."""
    return typing.get_type_hints(cls)


def optional_args(hint: Any) -> Any:
    """``X`` for a hint ``X | None``, else ``None``."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        assert len(args) == 1, hint
        return args[0]
    return None


def first_paragraph(text: str | None) -> str:
    """The first paragraph of a docstring, on one line, with reST markup reduced to plain text."""
    if not text:  # pragma: no cover - every documented type has a docstring (a test enforces it)
        return ""
    paragraph = " ".join(text.strip().split("\n\n")[0].split())
    paragraph = re.sub(r":[a-z]+:`(~?)([^`]+)`",
                       lambda m: m.group(2).rsplit(".", 1)[-1] if m.group(1) else m.group(2), paragraph)
    return paragraph.replace("``", "")


def members_text(members: tuple[enum.Enum, ...]) -> str:
    """The text "one of: a, b, c" for some members of an enum."""
    return "one of: " + ", ".join(str(m.value) for m in members)
