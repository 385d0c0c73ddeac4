# ruff: noqa: RUF001 - the Russian and Kazakh headers are Cyrillic on purpose
"""What a person types: dates, enum values and spreadsheet headers, read the same way everywhere.

Every command and every CSV cell goes through these functions, so the command line and the batch
accept the same forms and say the same thing when a value is refused.

>>> parse_date("31.12.2024", "registered_on", [])
datetime.date(2024, 12, 31)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from appeal_rules.errors import Problem

__all__ = [
    "COLUMNS", "DATE_FORMS", "FIELD_NOTES", "REQUIRED", "detect_delimiter", "header_key", "match_header",
    "parse_date",
]


def __dir__() -> list[str]:
    return __all__


#: The date forms a person may type, on the command line and in a CSV cell (JSON stays ISO 8601).
DATE_FORMS = "a date as YYYY-MM-DD or DD.MM.YYYY"

_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DOTTED = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_SHORT_YEAR = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2}")
_SLASHED = re.compile(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")
_SERIAL = re.compile(r"[0-9]{1,6}([.,][0-9]+)?")


def parse_date(text: str, path: str, problems: list[Problem]) -> dt.date | None:
    """The day ``text`` names, after trimming; else ``None`` with the reason added to ``problems``.

    ``YYYY-MM-DD`` and ``DD.MM.YYYY`` (a one-digit day or month is read too) are accepted. A form
    whose day and month could be read either way (``01/02/2025``), a two-digit year, or a number
    (an Excel serial day) is refused rather than guessed.

    >>> problems = []
    >>> parse_date(" 2025-01-06 ", "on", problems), parse_date("01/02/2025", "on", problems)
    (datetime.date(2025, 1, 6), None)
    >>> problems[0].message
    "'01/02/2025' is ambiguous: the day and the month could be either number"
    """
    value = text.strip()
    if len(value) == 10 and value[4] == value[7] == "-" and value.isascii():
        try:  # the common case, read at C speed; any other text goes the long way for its message
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    match = _ISO.fullmatch(value)
    parts = (match.group(1), match.group(2), match.group(3)) if match else None
    if parts is None and (match := _DOTTED.fullmatch(value)):
        parts = (match.group(3), match.group(2), match.group(1))
    if parts is not None:
        try:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            message = f"{value} is not a day of the calendar"
    elif not value:
        message = "missing"
    elif _SLASHED.fullmatch(value):
        message = f"{value!r} is ambiguous: the day and the month could be either number"
    elif _SHORT_YEAR.fullmatch(value):
        message = f"{value!r} has a two-digit year"
    elif _SERIAL.fullmatch(value):
        message = f"{value!r} is a number, not a date (an Excel serial day? format the cells as dates)"
    else:
        message = f"got {value!r}"
    problems.append(Problem(path, message, DATE_FORMS))
    return None


# --- spreadsheet headers ------------------------------------------------------------------------

#: Every column ``batch`` reads, and the headers that name it besides its own name: the terms of
#: the acts in Russian and Kazakh (Law No. 88-V and the service standard speak of a complaint,
#: жалоба / шағым, its registration, регистрация / тіркеу, and the body that reviews it). Headers
#: are matched after trimming, ignoring case. The docs' alias table is generated from this one.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("№", "номер", "нөмір", "ид"),
    "registered_on": ("дата регистрации", "тіркелген күні", "тіркеу күні"),
    "reviewer": ("рассматривающий орган", "орган, рассматривающий жалобу", "қарайтын орган",
                 "шағымды қарайтын орган"),
    "lodged_on": ("дата подачи", "дата подачи жалобы", "берілген күні", "шағым берілген күні"),
    "respondent": ("обжалуемое лицо", "на кого жалоба", "шағым жасалған тұлға"),
    "channel": ("способ подачи", "беру тәсілі"),
    "appealed": ("предмет обжалования", "шағымдану нысанасы"),
    "rules_on": ("правила на дату", "ережелер күні"),
    "convention": ("порядок исчисления", "есептеу тәртібі"),
}
#: The columns a file must have.
REQUIRED = ("id", "registered_on", "reviewer")
#: What each column holds (the docs' table).
FIELD_NOTES: dict[str, str] = {
    "id": "any text; passed through",
    "registered_on": "the day the complaint was registered",
    "reviewer": "the body that reviews it",
    "lodged_on": "the day it was lodged (optional)",
    "respondent": "who the complaint is about (optional; gives the addressee column)",
    "channel": "how it was lodged (optional; checked)",
    "appealed": "what is appealed (optional; checked)",
    "rules_on": "read the rules in force on that day (optional)",
    "convention": "how days are counted (optional)",
}


def header_key(text: str) -> str:
    """A header as it is compared: trimmed, inner spaces folded, case ignored."""
    return " ".join(text.split()).casefold()


_ALIASES = {header_key(alias): field for field, names in COLUMNS.items() for alias in (field, *names)}


def match_header(header: Sequence[str], chosen: Mapping[str, str], problems: list[Problem]) -> dict[str, int]:
    """Where each known column is in ``header``: ``chosen`` (field -> header) first, then the aliases.

    A header named twice for one column, or a chosen header that is not in the file, is a problem.
    """
    keys = [header_key(h) for h in header]
    found: dict[str, int] = {}
    for field, name in chosen.items():
        if header_key(name) in keys:
            found[field] = keys.index(header_key(name))
        else:
            problems.append(Problem("header", f"no column {name!r} for {field}",
                                    "a header of the file: " + ", ".join(repr(h) for h in header)))
    taken = set(found.values())
    for i, key in enumerate(keys):
        named = _ALIASES.get(key)
        if named is None or named in chosen or i in taken:
            continue
        if named in found:
            problems.append(Problem("header", f"columns {header[found[named]]!r} and {header[i]!r} both name "
                                    f"{named}", "one column per field"))
            continue
        found[named] = i
    for field in REQUIRED:
        if field not in found and field not in chosen:
            problems.append(Problem("header", f"missing column {field!r} (the header read: "
                                    f"{' | '.join(header)})",
                                    f"a header naming {', '.join(REQUIRED)} (their Russian and Kazakh names "
                                    "are accepted too)"))
    return found


_DELIMITERS = (",", ";", "\t")


def detect_delimiter(header_line: str) -> str:
    """The delimiter of a CSV file, from its header line: the one that makes the most known columns.

    Ties go to the one that splits the line most, then to the comma.

    >>> detect_delimiter("id;Дата регистрации;reviewer"), detect_delimiter("id,note")
    (';', ',')
    """
    def score(delimiter: str) -> tuple[int, int]:
        cells = header_line.strip("\r\n").split(delimiter)
        return sum(header_key(c.strip('"')) in _ALIASES for c in cells), len(cells)

    return max(_DELIMITERS, key=score)
