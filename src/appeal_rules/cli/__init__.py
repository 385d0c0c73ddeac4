"""The ``appeal-rules`` command: deadlines, explanations, escalation, the calendar and CSV batches.

Every command has ``--help`` with an example, and ``--json`` for machine-readable output (the same
JSON as :func:`appeal_rules.serialization.handle`). Dates are always arguments, ``YYYY-MM-DD`` or
``DD.MM.YYYY``: the command never reads the clock. Errors go to stderr, every problem on its own
line (as a JSON error payload under ``--json``).

Exit codes: ``0`` done, ``1`` some batch rows failed, ``2`` invalid input, ``3`` a provisional
result refused, ``141`` output closed early; each is explained in :data:`EXIT_CODES` (the source of
``--help`` and of the table in the docs).

The package: ``_parser`` (the arguments and exit codes), ``_commands`` (each command and
:func:`main`), ``_text`` (what the commands print), ``_cells`` (dates, values and headers as a
person types them), ``_batch`` (:func:`run_batch`), ``_files`` (reading and safely replacing files).

>>> main(["deadline", "31.12.2024", "--reviewer", "service_provider", "--json"])  # doctest: +ELLIPSIS
{
  "schema_version": "1",
  "kind": "review_deadline",
  ...
  "due": "2025-01-10",
...
0
"""

from __future__ import annotations

from appeal_rules.cli._batch import run_batch
from appeal_rules.cli._commands import main
from appeal_rules.cli._parser import EXIT_CODES

__all__ = ["EXIT_CODES", "main", "run_batch"]


def __dir__() -> list[str]:
    return __all__
