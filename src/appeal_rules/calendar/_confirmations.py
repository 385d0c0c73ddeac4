"""The evidence that a year's calendar is final, and the overlays an integrator adds."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources
from typing import Any

import attrs

from appeal_rules._validate import check_int, describe, raise_if
from appeal_rules.errors import Problem


@attrs.frozen
class YearConfirmation:
    """The evidence that a year's calendar is final, each claim with its source.

    * ``transfer_act`` is the act that moved days off that year (a Government decree; from 2024 a
      Labour Ministry order), or ``None`` when the sources say **no transfer act** was issued: the
      year is then the Law "On Holidays" with its carry-over rule and nothing else, a complete
      calendar all the same. ``transfer_source`` is where the act is published or, for ``None``,
      the source showing that none was issued.
    * ``kurban_ait`` is the first day of Kurban Ait as fixed for that year, from
      ``kurban_ait_source``.
    * ``ordinary_days`` are days the sources say are neither a holiday nor a day off moved or
      carried over (31 August 2026, once Constitution Day was moved), from ``ordinary_days_source``.
    * ``confidence`` says, in a sentence, how firm the evidence is where it is not an act's text.

    The calendar refuses to build (:class:`~appeal_rules.errors.CalendarConflictError`) if the
    ``holidays`` data disagree with any of these: another Kurban Ait date, a day moved in a year
    without a transfer act, or a special day where the sources say there is none.

    >>> from appeal_rules.calendar import CONFIRMED_YEARS
    >>> c = {c.year: c for c in CONFIRMED_YEARS}[2026]
    >>> c.transfer_act is None, c.kurban_ait.isoformat(), [d.isoformat() for d in c.ordinary_days]
    (True, '2026-05-27', ['2026-08-30', '2026-08-31'])
    """

    year: int
    transfer_act: str | None
    transfer_source: str
    kurban_ait: dt.date
    kurban_ait_source: str
    ordinary_days: tuple[dt.date, ...] = ()
    ordinary_days_source: str = ""
    confidence: str = ""


def _load_confirmed_years() -> tuple[YearConfirmation, ...]:
    """The confirmed years of ``rulebook/calendar_years.toml``, in the file's order.

    The rulebook holds them beside the rules: which act moved the days off in a year is data about
    that year, read once, at import; a key the file should not have, or a missing one, is refused then.
    """
    text = (resources.files("appeal_rules") / "rulebook" / "calendar_years.toml").read_text(encoding="utf-8")
    # A year without ``transfer_act`` is one the sources say had none.
    return tuple(YearConfirmation(**{"transfer_act": None, **y, "ordinary_days": tuple(y.get("ordinary_days", ()))})
                 for y in tomllib.loads(text)["years"])


#: Years whose calendar is confirmed: the transfer act is published (or none was issued) and Kurban
#: Ait is fixed. A year is confirmed here only with a source for each claim. Read from the rulebook
#: (``rulebook/calendar_years.toml``), where each claim's source is kept.
CONFIRMED_YEARS: tuple[YearConfirmation, ...] = _load_confirmed_years()


def _check_date_list(value: object, path: str, problems: list[Problem]) -> None:
    if not isinstance(value, (list, tuple, frozenset, set)):
        problems.append(Problem(path, f"got {describe(value)}", "a list of datetime.date", True))
        return
    for i, item in enumerate(sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value):
        if isinstance(item, dt.datetime) or not isinstance(item, dt.date):
            problems.append(Problem(f"{path}[{i}]", f"got {describe(item)}", "a datetime.date", True))


@attrs.frozen
class CalendarOverlay:
    """An act the ``holidays`` package does not have yet, laid over the base data.

    It names days made non-working and weekend days made working, under one citation, and the
    years it confirms as final.

    >>> import datetime as dt
    >>> from appeal_rules import CalendarOverlay, WorkingCalendar
    >>> order = CalendarOverlay(
    ...     act="Order of the Labour Minister (example)",
    ...     days_off=(dt.date(2027, 1, 8),), working_days=(dt.date(2027, 1, 16),),
    ...     confirms_years=(2026, 2027),
    ... )
    >>> cal = WorkingCalendar(overlays=(order,))
    >>> cal.is_working_day(dt.date(2027, 1, 8)), cal.is_working_day(dt.date(2027, 1, 16))
    (False, True)
    """

    act: str
    url: str = ""
    days_off: tuple[dt.date, ...] = ()
    working_days: tuple[dt.date, ...] = ()
    confirms_years: tuple[int, ...] = ()

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        if not isinstance(self.act, str) or not self.act.strip():
            problems.append(Problem("act", f"got {describe(self.act)}", "the citation of the act, a non-empty string"))
        if not isinstance(self.url, str):
            problems.append(Problem("url", f"got {describe(self.url)}", "a string", True))
        _check_date_list(self.days_off, "days_off", problems)
        _check_date_list(self.working_days, "working_days", problems)
        if not isinstance(self.confirms_years, (list, tuple)):
            problems.append(Problem("confirms_years", f"got {describe(self.confirms_years)}", "a list of years", True))
        else:
            for i, y in enumerate(self.confirms_years):
                check_int(y, f"confirms_years[{i}]", problems, minimum=1991, maximum=2100)
        raise_if(problems)

    def digest_payload(self) -> dict[str, Any]:
        """The overlay as plain data, in a canonical order (for the calendar's data version)."""
        return {
            "act": self.act,
            "url": self.url,
            "days_off": sorted(d.isoformat() for d in self.days_off),
            "working_days": sorted(d.isoformat() for d in self.working_days),
            "confirms_years": sorted(self.confirms_years),
        }
