"""The evidence that a year's calendar is final, and the overlays an integrator adds."""

from __future__ import annotations

import datetime as dt
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

    >>> from appeal_rules import CONFIRMED_YEARS
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


_HOLIDAYS_PKG = "holidays package, KZ data (Eid al-Adha dates confirmed 2006-2025)"


# 2026: what each source says (checked with the search tool's stored copies of the pages).
# - inform.kz, 02.01.2026 (the eGov calendar of holidays and days off for 2026): the statutory
#   carry-overs only (8 Mar -> 9 Mar; 21-22 Mar -> 24-25 Mar; 9 May -> 11 May; 30 Aug -> 31 Aug;
#   25 Oct -> 26 Oct), no working Saturday or Sunday, no transfer act; Kurban Ait's first day in 2026
#   is 27 May.
# - zakon.kz, 09.01.2026, and alau.kz (Tengrinews, 11.12.2025: 246 working days; eGov, 02.01.2026):
#   the same carry-overs and no transfer; alau.kz 11.12.2025 calls 27 May "approximate".
# - news.mail.ru / El.kz, 10.12.2025: the Labour Ministry published the 2026 production calendar.
# - zakon.kz, 06.11.2025, and baq.kz, 07.11.2025 (DUMK's calendar of religious dates): Kurban Ait
#   from 27 to 29 May 2026, which "may move a day" with the new moon; no later change was found.
# - taspanews.kz, 18.03.2026: the Labour Ministry said 30 August is no longer Constitution Day from
#   2026 (the holiday moves to 15 March, kept from 2027), so it is not a day off; zakon.kz,
#   04.03.2026: the Justice Minister said 30 August would lose its force if the new Constitution
#   (referendum of 15.03.2026) was adopted. One press report carries the Ministry's statement.
_NO_TRANSFER_2026 = (
    "https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6 (eGov calendar, 02.01.2026: "
    "carry-overs only, no day moved by an act, no working weekend); "
    "https://www.zakon.kz/pravo/6503812-skolko-dney-kazakhstantsy-otdokhnut-v-2026-godu.html (09.01.2026)"
)


_KURBAN_AIT_2026 = (
    "https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-musulmanskikh-"
    "prazdnikov-v-kazakhstane.html (DUMK calendar); "
    "https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6 (eGov calendar)"
)


_CONSTITUTION_DAY_2026 = (
    "https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615 "
    "(Labour Ministry, 18.03.2026); "
    "https://www.zakon.kz/obshestvo/6509867-v-minyuste-obyasnili-chto-budet-s-dnem-konstitutsii-30-avgusta.html "
    "(Justice Minister, 04.03.2026)"
)


#: Years whose calendar is confirmed: the transfer act is published (or none was issued) and Kurban
#: Ait is fixed. A year is confirmed here only with a source for each claim.
CONFIRMED_YEARS: tuple[YearConfirmation, ...] = (
    YearConfirmation(2018, "Government Decree No. 864 of 2017", "https://adilet.zan.kz/kaz/docs/P1700000864",
                     dt.date(2018, 8, 21), "https://mgorod.kz/news/kazaxstancy-v-avguste-otdoxnut-10-dnej"),
    YearConfirmation(2019, "Government Decree No. 888 of 2018", "https://adilet.zan.kz/kaz/docs/P1800000888",
                     dt.date(2019, 8, 11), "https://www.enbek.gov.kz/en/node/363012"),
    YearConfirmation(2020, "Government Decree No. 820 of 01.11.2019", "https://adilet.zan.kz/kaz/docs/P1900000820",
                     dt.date(2020, 7, 31), _HOLIDAYS_PKG),
    YearConfirmation(2021, "Government Decree No. 930 of 2020", "https://adilet.zan.kz/kaz/docs/P2000000930",
                     dt.date(2021, 7, 20),
                     "https://www.kt.kz/eng/society/people_in_kazakhstan_will_have_11_days_off_1377917736.html"),
    YearConfirmation(2022, "Government Decree No. 713 of 06.10.2021 and No. 796 of 2022",
                     "https://adilet.zan.kz/kaz/docs/P2200000796", dt.date(2022, 7, 9), _HOLIDAYS_PKG),
    YearConfirmation(2023, "Government Decree No. 326 of 25.04.2023", "https://adilet.zan.kz/kaz/docs/P2300000326",
                     dt.date(2023, 6, 28),
                     "https://zakon.kz/amp/sobytiia/6395425-kazakhstantsy-otdokhnut-4-dnya-na-den-stolitsy.html"),
    YearConfirmation(2024, "Labour Ministry order of 17.04.2024 (adilet G24G0000109)", "https://adilet.zan.kz/kaz/docs/G24G0000109",
                     dt.date(2024, 6, 16), "https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-"
                     "vykhodnoi-den-otmenen-1717752158/amp"),
    YearConfirmation(2025, "Labour Ministry order No. 436 of 21.11.2024 (adilet G24G0000436)", "https://adilet.zan.kz/kaz/docs/G24G0000436",
                     dt.date(2025, 6, 6), "https://mgorod.kz/news/skolko-dnej-otdohnut-kazahstancy-na-kurban-ajt-v-2025-godu"),
    YearConfirmation(
        2026, None, _NO_TRANSFER_2026, dt.date(2026, 5, 27), _KURBAN_AIT_2026,
        ordinary_days=(dt.date(2026, 8, 30), dt.date(2026, 8, 31)), ordinary_days_source=_CONSTITUTION_DAY_2026,
        confidence=(
            "No transfer act: no report of the 2026 calendar names one or a working weekend (an absence, not a "
            "statement that none was issued). Kurban Ait: the DUMK and eGov calendars give 27 May and say it may "
            "move a day; no later change was found. 30 August no longer a holiday, so 31 August a working day: "
            "one press report of a Labour Ministry statement (taspanews.kz, 18.03.2026); the amending law's text "
            "was not read."
        ),
    ),
)


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
