"""JSON Schema (draft 2020-12) of every payload, generated from the types themselves.

The published files in ``docs/schema/`` (``python -m appeal_rules.serialization docs/schema``)
cannot drift from what :func:`~appeal_rules.serialization.to_json` writes and
:func:`~appeal_rules.serialization.from_json` reads.

>>> json_schema("batch-summary")["required"]
['schema_version', 'kind', 'rows', 'failed', 'calendar_version']
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import os
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from appeal_rules._validate import describe
from appeal_rules.errors import InputTypeError, InvalidInputError
from appeal_rules.procedure import Assessment, Escalation, ReviewDeadline
from appeal_rules.serialization._common import SCHEMA_VERSION, first_paragraph, hints, narrowed, optional_args
from appeal_rules.serialization._layout import encode, keys, kind_of
from appeal_rules.serialization.limits import cut_quoted
from appeal_rules.serialization.requests import CalendarRequest, ComplaintRequest, DeadlineRequest, EscalationRequest
from appeal_rules.serialization.results import BatchSummary, CalendarMonth, ErrorResponse

__all__ = ["SCHEMA_NAMES", "json_schema", "write_schemas"]


def __dir__() -> list[str]:
    return __all__


_JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_SCHEMA_BASE_URL = "https://github.com/appeal-rules/appeal_rules/blob/main/docs/schema/"


#: Each schema: name -> (title, the type, "input" or "output"), or for a union, the names it is one of.
SCHEMAS: dict[str, tuple[str, type, str] | tuple[str, tuple[str, ...]]] = {
    "deadline-request": ("A request for a review deadline", DeadlineRequest, "input"),
    "escalation-request": ("A request for the options open at a stage", EscalationRequest, "input"),
    "explain-request": ("A request to assess one complaint", ComplaintRequest, "input"),
    "calendar-request": ("A request for a month of the working-day calendar", CalendarRequest, "input"),
    "request": ("Any request handle() accepts",
                ("deadline-request", "escalation-request", "explain-request", "calendar-request")),
    "review-deadline": ("A review deadline", ReviewDeadline, "output"),
    "escalation": ("The options open at a stage", Escalation, "output"),
    "assessment": ("Every decision about one complaint", Assessment, "output"),
    "calendar-month": ("A month of the working-day calendar", CalendarMonth, "output"),
    "error": ("A refused request", ErrorResponse, "output"),
    "batch-summary": ("What appeal-rules batch --json reports", BatchSummary, "output"),
    "response": ("Any payload handle() returns",
                 ("review-deadline", "escalation", "assessment", "calendar-month", "error")),
}

#: The names :func:`json_schema` knows, one file each in ``docs/schema/``.
SCHEMA_NAMES: tuple[str, ...] = tuple(SCHEMAS)


class _SchemaBuilder:
    """Walks attrs fields (input) or JSON layouts (output) and type hints into JSON Schema."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.defs: dict[str, dict[str, Any]] = {}

    def hint(self, hint: Any, members: tuple[enum.Enum, ...] | None = None) -> dict[str, Any]:  # noqa: PLR0911
        inner = optional_args(hint)
        if inner is not None:
            return {"anyOf": [self.hint(inner, members), {"type": "null"}]}
        if typing.get_origin(hint) is tuple:
            return {"type": "array", "items": self.hint(typing.get_args(hint)[0])}
        if hint is dt.date:
            return {"type": "string", "format": "date"}
        simple = {bool: "boolean", int: "integer", str: "string"}
        if hint in simple:
            return {"type": simple[hint]}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if members is not None:  # a field that takes only some members lists those
                return {"type": "string", "enum": [m.value for m in members]}
            if hint.__name__ not in self.defs:
                self.defs[hint.__name__] = {
                    "title": hint.__name__, "description": first_paragraph(hint.__doc__),
                    "type": "string", "enum": [m.value for m in hint],
                }
            return {"$ref": f"#/$defs/{hint.__name__}"}
        assert attrs.has(hint), hint
        if hint.__name__ not in self.defs:
            self.defs[hint.__name__] = {}  # reserve the name (recursive types)
            self.defs[hint.__name__] = self.object(hint, top=False)
        return {"$ref": f"#/$defs/{hint.__name__}"}

    def object(self, cls: type, *, top: bool) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        if top:
            properties["schema_version"] = {"description": "The version of the JSON shapes.",
                                            "const": SCHEMA_VERSION}
            kind = kind_of(cls)
            assert kind is not None, cls
            properties["kind"] = {"description": "What the payload is.", "const": kind}
            required += ["kind"] if self.mode == "input" else ["schema_version", "kind"]
        if self.mode == "input":
            types = hints(cls)
            for field in attrs.fields(cls):
                prop = self.hint(types[field.name], narrowed(cls, field.name))
                if field.metadata.get("description"):
                    prop = {"description": field.metadata["description"], **prop}
                if field.default is attrs.NOTHING:
                    required.append(field.name)
                elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no branch
                    prop["default"] = encode(field.default)
                properties[field.name] = prop
        else:
            for key in keys(cls):
                prop = self.hint(key.hint)
                properties[key.name] = {"description": key.description, **prop} if key.description else prop
                required.append(key.name)
        schema: dict[str, Any] = {"title": cls.__name__}
        description = first_paragraph(cls.__doc__)
        if description:  # pragma: no branch - every schema type has a docstring
            schema["description"] = description
        schema.update({"type": "object", "properties": properties, "required": required,
                       "additionalProperties": False})
        return schema


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) ``name`` (one of :data:`SCHEMA_NAMES`), generated from the types.

    Requests list what :func:`~appeal_rules.serialization.from_json` reads (fields with a default
    are optional; a field that takes only some members of an enum lists them); results list every
    key :func:`~appeal_rules.serialization.to_json` writes (all required). Enums are ``enum`` of
    their values, dates strings of format ``date``.

    >>> schema = json_schema("deadline-request")
    >>> schema["required"], schema["properties"]["reviewer"]["enum"]
    (['kind', 'registered_on', 'reviewer'], ['service_provider', 'ministry', 'state_corporation', 'quality_authority'])
    >>> json_schema("review-deadline")["properties"]["due"]["format"]
    'date'
    """
    spec = SCHEMAS.get(name) if isinstance(name, str) else None
    if spec is None:
        given = cut_quoted(name, 40, as_json=False) if isinstance(name, str) else describe(name)
        raise InvalidInputError.single("name", f"unknown schema {given}", "one of: " + ", ".join(SCHEMA_NAMES))
    head = {"$schema": _JSON_SCHEMA_DIALECT, "$id": f"{_SCHEMA_BASE_URL}{name}.json", "title": spec[0]}
    if len(spec) == 3:
        _, cls, mode = spec
        builder = _SchemaBuilder(mode)
        body = builder.object(cls, top=True)
        body.pop("title")
        schema = {**head, **body}
    else:
        _, members = spec
        schema = dict(head)
        builder = _SchemaBuilder("output")
        for member in members:
            member_schema = json_schema(member)
            builder.defs.update(member_schema.pop("$defs", {}))
            # A payload's own definition is keyed by its schema name: "escalation" (a payload, with
            # schema_version and kind) must not clash with "Escalation" (the value nested in an assessment).
            builder.defs[member] = {k: v for k, v in member_schema.items() if k not in ("$schema", "$id")}
        schema["oneOf"] = [{"$ref": f"#/$defs/{member}"} for member in members]
    if builder.defs:
        schema["$defs"] = dict(sorted(builder.defs.items()))
    return schema


def write_schemas(directory: str | Path) -> tuple[Path, ...]:
    """Write every schema of :data:`SCHEMA_NAMES` to ``directory/<name>.json``; return the paths.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write_schemas(tmp)][:2]
    ['deadline-request.json', 'escalation-request.json']
    """
    if not isinstance(directory, (str, os.PathLike)):
        raise InputTypeError.single("directory", f"got {describe(directory)}", "a path (str or os.PathLike)")
    target = Path(directory)
    if "\x00" in str(target):
        raise InvalidInputError.single("directory", f"{str(target)!r} holds a NUL character", "a valid path")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_NAMES:
        path = target / f"{name}.json"
        path.write_text(_schema_text(name), encoding="utf-8")
        written.append(path)
    return tuple(written)


def _schema_text(name: str) -> str:
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m appeal_rules.serialization DIRECTORY``: write every schema there, print each path."""
    parser = argparse.ArgumentParser(
        prog="python -m appeal_rules.serialization",
        description="Write the JSON Schema files of the service payloads.",
        epilog="Example:\n  python -m appeal_rules.serialization docs/schema",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directory", help="where to write <name>.json, one file per schema")
    args = parser.parse_args(argv)
    for path in write_schemas(args.directory):
        print(path)
    return 0
