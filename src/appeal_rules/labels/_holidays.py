# ruff: noqa: RUF001, RUF002 - Kazakh and Russian text is Cyrillic on purpose
"""The names of Kazakhstan's holidays in kk, ru and en, from their English names."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Mapping
from typing import Final

from appeal_rules._validate import raise_if
from appeal_rules.errors import InvalidInputError, Problem
from appeal_rules.labels._enums import language_index

# --- holiday names --------------------------------------------------------------------------------

#: Russian names of Kazakhstan's holidays (Law "On Holidays in the Republic of Kazakhstan" No. 267-II,
#: art. 1, Russian text, https://adilet.zan.kz/rus/docs/Z010000267_), keyed by the English name the
#: ``holidays`` package gives; plus the calendar's own names.
_HOLIDAYS_RU: Final[Mapping[str, str]] = {
    "New Year's Day": "Новый год",
    "Orthodox Christmas": "Православное Рождество",
    "International Women's Day": "Международный женский день",
    "Nowruz Holiday": "Наурыз мейрамы",
    "Kazakhstan's People Solidarity Holiday": "Праздник единства народа Казахстана",
    "Defender of the Fatherland Day": "День защитника Отечества",
    "Victory Day": "День Победы",
    "Capital Day": "День Столицы",
    "Eid al-Adha": "Курбан айт",
    "Constitution Day": "День Конституции Республики Казахстан",
    "First President Day": "День Первого Президента Республики Казахстан",
    "Republic Day": "День Республики",
    "Independence Day": "День Независимости",
    "Day off": "Выходной день",
    "Working day": "Рабочий день",
}

#: Russian names that changed, by the first year of the new name: from 2026 the ``holidays``
#: package (0.109) names 25 October "Қазақстан Республикасы күні" (Day of the Republic of
#: Kazakhstan) instead of "Республика күні", under the same English name. The package is the only
#: source read for this renaming; the amending act itself is not cited (see docs/known-gaps.md).
_HOLIDAYS_RU_RENAMED: Final[Mapping[str, tuple[tuple[int, str], ...]]] = {
    "Republic Day": ((2026, "День Республики Казахстан"),),
}

#: Names :class:`~appeal_rules.calendar.Day` gives that are not in the ``holidays`` package: English -> Kazakh.
_CALENDAR_NAMES: Final[Mapping[str, str]] = {
    "Day off": "Демалыс күні",
    "Working day": "Жұмыс күні",
}

#: Corrections to Kazakh wording the ``holidays`` package (0.109) gives, from a terminology review of
#: the library's texts (the law writes «Отан қорғаушы күні», Law "On Holidays" No. 267-II art. 1,
#: https://adilet.zan.kz/kaz/docs/Z010000267_; «бағаланған» means "appraised", the estimated date
#: is «болжамды күн»; «бастап» means "starting from", a day moved from a date is «күнінен
#: ауыстырылды»). Each is a (package text, corrected text) pair applied to the whole Kazakh name.
_KK_CORRECTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("Отан Қорғаушы күні", "Отан қорғаушы күні"),
    ("(бағаланған)", "(болжамды күн)"),
    (" бастап ауыстырылды)", " күнінен ауыстырылды)"),
)

_RU_SUFFIXES: Final[Mapping[str, str]] = {
    "observed": "перенесённый выходной день",
    "estimated": "ориентировочная дата",
}
_SUFFIX = re.compile(r"^(?P<base>.+) \((?P<suffix>observed|estimated)\)$")
_SUBSTITUTED = re.compile(r"^(?P<base>.+) \(substituted from (?P<m>\d{2})/(?P<d>\d{2})/(?P<y>\d{4})\)$")
_DELIMITER = "; "
#: The years whose names give the Kazakh name of a holiday when no date is given (the latest wins).
_TABLE_YEARS = range(2018, 2031)


class _KazakhNames:
    """English -> Kazakh holiday names of some years, read from the ``holidays`` package."""

    def __init__(self, years: range) -> None:
        import holidays

        en = holidays.country_holidays("KZ", years=years, language="en_US")
        kk = holidays.country_holidays("KZ", years=years, language="kk")
        self.names: dict[str, str] = {}
        # Every Kazakh name an English name had, by the first year it was given: a name asked for a
        # year outside the table is the one in force then, not simply the latest.
        self.history: dict[str, list[tuple[int, str]]] = {}
        self.suffixes: dict[str, str] = {}
        self.substituted: tuple[str, str] | None = None  # (Kazakh text with "{date}", date format)
        for day in sorted(en):
            en_parts, kk_parts = en[day].split(_DELIMITER), kk[day].split(_DELIMITER)
            # Names of one day are sorted alphabetically in each language, so only a day with a
            # single name pairs them for certain; the parts of the others are built from their pieces.
            if len(en_parts) == 1 and len(kk_parts) == 1:
                self.names[en_parts[0]] = kk_parts[0]  # a later year's name replaces an earlier one
                names = self.history.setdefault(en_parts[0], [])
                if not names or names[-1][1] != kk_parts[0]:
                    names.append((day.year, kk_parts[0]))
                self._learn_template(en_parts[0], kk_parts[0])
        for en_name, kk_name in self.names.items():
            match = _SUFFIX.match(en_name)
            base = self.names.get(match["base"]) if match else None
            if match and base is not None and kk_name.startswith(base + " "):
                self.suffixes.setdefault(match["suffix"], kk_name.removeprefix(base + " "))

    def name_in(self, en_name: str, year: int | None) -> str:
        """The Kazakh name of ``en_name`` in force in ``year`` (the latest one when ``year`` is None).

        Before the first year the table knows, the earliest name it knows is given.
        """
        names = self.history[en_name]
        if year is None:
            return names[-1][1]
        return next((kk for since, kk in reversed(names) if since <= year), names[0][1])

    def _learn_template(self, en_name: str, kk_name: str) -> None:
        match = _SUBSTITUTED.match(en_name)
        if match is None or self.substituted is not None:
            return
        moved = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        # holidays' Kazakh names use the first format today; the others guard a future release.
        for fmt in ("%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "%m/%d/%Y"):  # pragma: no branch
            text = moved.strftime(fmt)
            if text in kk_name:  # pragma: no branch
                self.substituted = (kk_name.replace(text, "{date}"), fmt)
                return


_LOCK = threading.Lock()
_KK_TABLES: dict[int | None, _KazakhNames] = {}


def _kazakh_names(year: int | None) -> _KazakhNames:
    """The Kazakh names of ``year``, or (``None``) of the table's years, the latest name winning."""
    with _LOCK:
        table = _KK_TABLES.get(year)
        if table is None:
            if len(_KK_TABLES) > 64:  # a bounded cache: keep the general table
                general = _KK_TABLES.get(None)
                _KK_TABLES.clear()
                if general is not None:  # pragma: no branch - the general table is built on first use
                    _KK_TABLES[None] = general
            table = _KazakhNames(_TABLE_YEARS if year is None else range(year, year + 1))
            _KK_TABLES[year] = table
        return table


def holiday_name(english_name: str, lang: str = "en", *, day: dt.date | None = None) -> str:
    """The name of a Kazakhstan holiday in ``lang``, from its English name.

    ``english_name`` is a name the ``holidays`` package gives in ``en_US`` ("Victory Day",
    "Nowruz Holiday (observed)", "Day off (substituted from 01/05/2025)", or several joined with
    ``"; "``), or one :class:`~appeal_rules.calendar.Day` gives ("Day off", "Working day"). Kazakh
    comes from the ``holidays`` package, read at run time; Russian from this module. A few
    holidays were renamed under the same English name (25 October, from 2026): pass ``day``, the
    date of the holiday, for the name of that year; without it the latest name (as of 2030) is
    given. An unknown name or language is refused with :class:`~appeal_rules.errors.InvalidInputError`.

    >>> import datetime as dt
    >>> holiday_name("Nowruz Holiday (observed)", "ru")
    'Наурыз мейрамы (перенесённый выходной день)'
    >>> holiday_name("Independence Day", "kk")
    'Тәуелсіздік күні'
    >>> holiday_name("Day off (substituted from 01/05/2025)", "ru")
    'Выходной день (перенесён с 05.01.2025)'
    >>> holiday_name("Republic Day", "ru", day=dt.date(2024, 10, 25)), holiday_name("Republic Day", "ru")
    ('День Республики', 'День Республики Казахстан')
    """
    language_index(lang)
    problems: list[Problem] = []
    if not isinstance(english_name, str) or not english_name.strip():
        problems.append(Problem("english_name", f"got {english_name!r}", "a holiday's English name"))
    if day is not None and (isinstance(day, dt.datetime) or not isinstance(day, dt.date)):
        problems.append(Problem("day", f"got {day!r}", "a datetime.date, or None", True))
    raise_if(problems)
    year = None if day is None else day.year
    return _DELIMITER.join(_holiday_part(part, lang, year) for part in english_name.split(_DELIMITER))


def _holiday_part(name: str, lang: str, year: int | None) -> str:
    tables = ([_kazakh_names(year)] if year is not None else []) + [_kazakh_names(None)]
    if lang == "kk":
        if year is not None and name in tables[0].names:
            return _corrected_kazakh(tables[0].names[name])
        if name in tables[-1].history:
            return _corrected_kazakh(tables[-1].name_in(name, year))
        if name in _CALENDAR_NAMES:
            return _CALENDAR_NAMES[name]
    substituted = _SUBSTITUTED.match(name)
    suffixed = _SUFFIX.match(name)
    base = substituted["base"] if substituted else suffixed["base"] if suffixed else name
    if base not in _HOLIDAYS_RU and base not in _CALENDAR_NAMES and all(base not in t.names for t in tables):
        raise InvalidInputError.single(
            "english_name", f"unknown holiday name {name!r}",
            "a name the holidays package gives for Kazakhstan in en_US, or 'Day off' / 'Working day'",
        )
    if lang == "en":
        return name
    if lang == "ru":
        return _russian(base, year, substituted, suffixed)
    return _kazakh(name, base, tables, substituted, suffixed)


def _corrected_kazakh(text: str) -> str:
    """``text`` with the :data:`_KK_CORRECTIONS` applied."""
    for wrong, right in _KK_CORRECTIONS:
        text = text.replace(wrong, right)
    return text


def _russian(base: str, year: int | None, substituted: re.Match[str] | None, suffixed: re.Match[str] | None) -> str:
    ru = _HOLIDAYS_RU.get(base)
    if ru is None:  # pragma: no cover - every KZ holiday of holidays 0.109 (1991-2100) has a Russian name
        raise InvalidInputError.single(
            "english_name", f"no Russian name for {base!r} (a holidays release newer than this library?)",
            "one of: " + ", ".join(_HOLIDAYS_RU),
        )
    for since, renamed in _HOLIDAYS_RU_RENAMED.get(base, ()):
        if year is None or year >= since:
            ru = renamed
    if substituted:
        moved = dt.date(int(substituted["y"]), int(substituted["m"]), int(substituted["d"]))
        return f"{ru} (перенесён с {moved:%d.%m.%Y})"
    if suffixed:
        return f"{ru} ({_RU_SUFFIXES[suffixed['suffix']]})"
    return ru


def _kazakh(
    name: str,
    base: str,
    tables: list[_KazakhNames],
    substituted: re.Match[str] | None,
    suffixed: re.Match[str] | None,
) -> str:
    """Kazakh for a name the package gave on no single-name day of the year: built from its parts."""
    kk_base = next((t.names[base] for t in tables if base in t.names), _CALENDAR_NAMES.get(base))
    if substituted:
        template = next((t.substituted for t in tables if t.substituted is not None), None)
        if template is not None:
            moved = dt.date(int(substituted["y"]), int(substituted["m"]), int(substituted["d"]))
            return _corrected_kazakh(template[0].replace("{date}", moved.strftime(template[1])))
    elif suffixed and kk_base is not None:
        kk_suffix = next((t.suffixes[suffixed["suffix"]] for t in tables if suffixed["suffix"] in t.suffixes), None)
        if kk_suffix is not None:
            return _corrected_kazakh(f"{kk_base} {kk_suffix}")
    raise InvalidInputError.single(  # pragma: no cover - every KZ name of holidays 0.109 has a Kazakh form
        "english_name", f"no Kazakh name for {name!r} in the holidays package",
        "a name the holidays package gives for Kazakhstan in en_US",
    )
