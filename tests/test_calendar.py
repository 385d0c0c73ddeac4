"""The working-day calendar: known days, published monthly counts, an independent oracle, overlays,
frozen snapshots, input errors and time zones.

Each example's docstring paraphrases the rule it checks (Labour Code art. 84; Law "On Holidays"
art. 5; the yearly transfer acts) and cites where the date was published. The oracle is the
suite's one independent oracle, ``tests/oracle.py``, built straight from the ``holidays`` package's
day lists. It does not use the library's index.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import holidays
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from appeal_rules import (
    CalendarOverlay,
    InvalidInputError,
    WorkingCalendar,
    add_working_days,
    is_working_day,
    working_days_between,
)
from appeal_rules.calendar import CONFIRMED_YEARS, DayKind, YearConfirmation, default_calendar
from appeal_rules.errors import CalendarConflictError, CalendarRangeError, InputTypeError
from calendar_strategies import FIRST_DAY, LAST_DAY, date_pairs, dates, signed_counts
from oracle import oracle_for

UTC = dt.UTC
ALMATY = ZoneInfo("Asia/Almaty")


def d(iso: str) -> dt.date:
    """A date from its ISO text (keeps the tables readable)."""
    return dt.date.fromisoformat(iso)


def all_days(first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY) -> Iterator[dt.date]:
    """Every day from ``first`` to ``last``, both included."""
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        yield dt.date.fromordinal(ordinal)


# --- the independent oracle ----------------------------------------------------------------------
#
# tests/oracle.py: working days = Monday to Friday minus every date the holidays package lists for
# Kazakhstan, plus the weekend days it lists as made working, by plain day-by-day lookups. Neither
# the library's index nor its Day kinds are used.

ORACLE = oracle_for(FIRST_DAY.year, LAST_DAY.year)


@functools.cache
def oracle_working_days() -> tuple[dt.date, ...]:
    """Kazakhstan's working days 2018-2030, ascending, as the oracle says."""
    return tuple(day for day in all_days() if ORACLE.is_working(day))


@functools.cache
def oracle_set() -> frozenset[dt.date]:
    return frozenset(oracle_working_days())


def oracle_add(day: dt.date, n: int) -> dt.date | None:
    """The n-th working day after ``day`` (before it for n < 0; for n == 0 ``day`` or the next
    working day), or None when that runs out of 2018-2030."""
    return ORACLE.nth_working_day(day, n)


def oracle_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if ``end`` is earlier)."""
    return ORACLE.between(start, end)


@functools.cache
def kz_holidays_for_nth() -> holidays.HolidayBase:
    """A separate holidays object for ``get_nth_working_day`` (it may expand its years)."""
    return holidays.country_holidays("KZ", years=range(FIRST_DAY.year, LAST_DAY.year + 1))


# --- known days -----------------------------------------------------------------------------------

KZ_2020_DECREE = "https://kyzylorda-news.kz/ru/obshestvo/kak-kazahstanczy-otdohnut-v-2020-godu-kalendar-31660/"
KZ_2025_ORDER = "https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god"
MAY_2022 = "https://turantimes.kz/obschestvo/34138-skolko-dnej-otdohnut-kazahstancy-v-mae-2022-goda.html"
JAN_2024 = "https://caravan.kz/news/skolko-dnejj-budut-otdykhat-kazakhstancy-v-yanvare-2024-goda-974850"
KURBAN_2024 = ("https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-"
               "1717752158/amp")
LAW_2022 = ("https://golos-naroda.kz/10039-den-respubliki-ofitsialno-vernulsia-v-kazakhstan-tokaev-podpisal-"
            "zakon-1664429213")
DEC_2022 = "https://bitbucket.org/andrey_esin/isdayoff/issues/50/22"
OCT_2022 = "https://nur.kz/politics/kazakhstan/1991748-kak-kazahstantsy-otdohnut-na-den-respubliki"
LAW_2026 = ("https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-"
            "vykhodnogo-795514517615")
KURBAN_2026 = ("https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-"
               "musulmanskikh-prazdnikov-v-kazakhstane.html")
MAR_2025 = "https://egemen.kz/article/382962-nauryz-merekelerinde-qazaqstandyqtar-qansha-kun-demalady"
JUL_2023 = "https://zakon.kz/amp/sobytiia/6395425-kazakhstantsy-otdokhnut-4-dnya-na-den-stolitsy.html"
MAY_2024 = "https://mail.kz/ru/news/kz-news/perenos-dnya-otdyha-na-maiskie-prazdniki-podpisan-prikaz"
JAN_2023 = "https://astanatv.kz/ru/news/74678"
MAR_2018 = "http://primeminister.kz/en/news/15835"
CAL_2024 = "https://mgorod.kz/news/kalendar-vyhodnyh-na-2024-god"

# (day, kind, why, where the date was published)
KNOWN_DAYS = [
    ("2020-01-05", DayKind.WORKING_WEEKEND, "Sunday made working: day off moved to Fri 3 Jan (decree 01.11.2019)",
     KZ_2020_DECREE),
    ("2020-01-03", DayKind.TRANSFERRED, "Friday off, moved from Sun 5 Jan", KZ_2020_DECREE),
    ("2025-01-05", DayKind.WORKING_WEEKEND, "Sunday made working: day off moved to Fri 3 Jan (order No. 436)",
     KZ_2025_ORDER),
    ("2025-01-03", DayKind.TRANSFERRED, "Friday off, moved from Sun 5 Jan 2025", KZ_2025_ORDER),
    ("2020-05-11", DayKind.WORKING, "the carry-over of Victory Day (Sat 9 May) was itself moved to Fri 8 May",
     KZ_2020_DECREE),
    ("2020-05-08", DayKind.TRANSFERRED, "Friday off, moved from Mon 11 May", KZ_2020_DECREE),
    ("2022-05-10", DayKind.CARRIED_OVER, "Defender's Day (Sat 7 May) carried over past Victory Day (Mon 9 May)",
     MAY_2022),
    ("2022-05-09", DayKind.HOLIDAY, "Victory Day on a Monday", MAY_2022),
    ("2024-01-08", DayKind.WORKING, "Orthodox Christmas on Sun 7 Jan is not carried over", JAN_2024),
    ("2024-01-07", DayKind.HOLIDAY, "Orthodox Christmas on a Sunday", JAN_2024),
    ("2024-06-17", DayKind.WORKING, "Kurban Ait fixed on Sun 16 Jun: the forecast Monday off was cancelled",
     KURBAN_2024),
    ("2024-06-16", DayKind.HOLIDAY, "Kurban Ait 2024, first day", KURBAN_2024),
    ("2022-12-01", DayKind.WORKING, "First President's Day dropped by the 2022 holidays law", LAW_2022),
    ("2022-12-19", DayKind.WORKING, "17 Dec dropped by the 2022 law: nothing carried over to Mon 19 Dec", DEC_2022),
    ("2022-12-16", DayKind.HOLIDAY, "Independence Day (16 Dec only, after the 2022 law)", DEC_2022),
    ("2022-10-24", DayKind.TRANSFERRED, "Monday off, moved from Sat 22 Oct for the restored Republic Day", OCT_2022),
    ("2022-10-22", DayKind.WORKING_WEEKEND, "Saturday made working for the Republic Day bridge", OCT_2022),
    ("2022-10-25", DayKind.HOLIDAY, "Republic Day, restored by the 2022 law", OCT_2022),
    ("2026-08-31", DayKind.WORKING, "no Constitution Day in 2026 (moved to 15 March): no carry-over from Sun 30 Aug",
     LAW_2026),
    ("2026-08-30", DayKind.WEEKEND, "a plain Sunday in 2026", LAW_2026),
    ("2027-03-15", DayKind.HOLIDAY, "Constitution Day on its new date, from 2027", LAW_2026),
    ("2026-05-27", DayKind.HOLIDAY, "Kurban Ait 2026 as the DUMK calendar gives it (estimated)", KURBAN_2026),
    ("2025-03-10", DayKind.CARRIED_OVER, "8 March on a Saturday carried over to Monday", MAR_2025),
    ("2024-03-25", DayKind.CARRIED_OVER, "Nauryz 23 March on a Saturday carried over to Monday", CAL_2024),
    ("2023-07-01", DayKind.WORKING_WEEKEND, "Saturday made working: day off moved to Fri 7 Jul", JUL_2023),
    ("2023-07-07", DayKind.TRANSFERRED, "Friday off, moved from Sat 1 Jul (decree 25.04.2023)", JUL_2023),
    ("2024-05-04", DayKind.WORKING_WEEKEND, "Saturday made working: day off moved to Wed 8 May", MAY_2024),
    ("2024-05-08", DayKind.TRANSFERRED, "Wednesday off, moved from Sat 4 May (ministry order 17.04.2024)", MAY_2024),
    ("2023-01-03", DayKind.CARRIED_OVER, "New Year (Sun 1 Jan) carried over past Mon 2 Jan to Tuesday", JAN_2023),
    ("2023-01-09", DayKind.WORKING, "Orthodox Christmas on Sat 7 Jan 2023 is not carried over", JAN_2023),
    ("2018-03-03", DayKind.WORKING_WEEKEND, "Saturday made working: day off moved to Fri 9 Mar 2018", MAR_2018),
    ("2024-12-31", DayKind.WORKING, "New Year's Eve 2024 was worked: the four days off were 1-4 January",
     KZ_2025_ORDER),
]


@pytest.mark.parametrize(("iso", "kind", "why", "source"), KNOWN_DAYS, ids=[row[0] for row in KNOWN_DAYS])
def test_known_days(iso: str, kind: DayKind, why: str, source: str) -> None:
    """Working days are Monday to Friday (Labour Code art. 84), less public holidays; a holiday on
    a day off moves to the next working day (Law "On Holidays" art. 5), but Orthodox Christmas and
    Kurban Ait never do (Labour Code art. 84(5): days off, not state holidays); the yearly transfer
    act moves days off and makes weekend days working. Each day's source URL is in KNOWN_DAYS.
    """
    day = d(iso)
    record = default_calendar().day(day)
    assert record.kind is kind, f"{iso}: {why} ({source}); got {record.describe()}"
    assert record.date == day
    assert is_working_day(day) is kind.is_working, f"{iso}: {why} ({source})"
    assert record.is_working is kind.is_working


def test_known_days_table_covers_the_issue_edge_cases() -> None:
    """Issue 3 lists the edge cases the table must hold; none may be dropped from it."""
    required = {"2020-01-05", "2025-01-05", "2020-05-11", "2022-05-10", "2024-01-08", "2024-06-17",
                "2022-12-01", "2026-08-31", "2022-10-24"}
    assert required <= {row[0] for row in KNOWN_DAYS}


def test_transfers_name_both_ends() -> None:
    """A transfer act moves a day off from one day to another: each end names the other.
    Source: Labour ministry order No. 436 of 21.11.2024,
    https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god
    """
    cal = default_calendar()
    assert cal.day(d("2025-01-03")).moved == d("2025-01-05")
    assert cal.day(d("2025-01-05")).moved == d("2025-01-03")
    assert cal.day(d("2025-01-03")).describe() == (
        "Friday 2025-01-03: day off moved from Sunday 2025-01-05 by the transfer act")
    assert cal.day(d("2020-05-08")).moved == d("2020-05-11")


def test_only_unconfirmed_kurban_ait_is_estimated() -> None:
    """Kurban Ait is fixed each year by the Spiritual Administration of Muslims (Labour Code
    art. 84(5) makes its first day a day off). 2024's date was fixed on Sunday 16 June:
    https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-1717752158/amp
    2027's date is the holidays package's estimate (no DUMK calendar for 2027 was found); 2026's
    (27 May) is confirmed by the DUMK and eGov calendars:
    https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-musulmanskikh-prazdnikov-v-kazakhstane.html
    """
    cal = default_calendar()
    assert cal.day(d("2027-05-16")).estimated
    assert "(date estimated)" in cal.day(d("2027-05-16")).describe()
    assert not cal.day(d("2024-06-16")).estimated
    assert not cal.day(d("2025-06-06")).estimated
    assert not cal.day(d("2026-05-27")).estimated


def test_issue_example_add_working_days() -> None:
    """Issue 3: registered Tuesday 2024-12-31, 5 working days -> 2025-01-10: 1-3 and 7 January are
    days off and Sunday 5 January 2025 was a working day (Labour ministry order No. 436):
    https://energy-city.kz/pavlodar/kazahstanczy-poluchat-chetyre-vyhodnyh-dnya-na-novyj-god
    """
    assert add_working_days(d("2024-12-31"), 5) == d("2025-01-10")
    assert add_working_days(d("2024-12-31"), 1) == d("2025-01-05")
    assert add_working_days(d("2025-01-10"), -5) == d("2024-12-31")
    assert working_days_between(d("2024-12-31"), d("2025-01-10")) == 5
    assert working_days_between(d("2025-01-10"), d("2024-12-31")) == -5


# --- published monthly counts (5-day week) ---------------------------------------------------------

INBUH_2024 = "https://help.inbuh.kz/6801/"  # MTSZN "Balance of working time for 2024"
AZATTYQ_2022 = "https://rus.azattyq-ruhy.kz/society/30372-prazdniki-i-vykhodnye-kak-kazakhstantsy-otdokhnut-v-2022-godu"
TENGRI_2023 = "https://tengrinews.kz/kazakhstan_news/kak-kazahstantsyi-budut-otdyihat-v-2023-godu-486862"
BAQ_JAN_2023 = "https://baq.kz/qazaqstandyqtar-qantar-ayynda-11-kun-demalady-294310"
OTYRAR_JUL_2023 = "https://otyrar.kz/2023/06/kazahstantsev-zhdut-dlinnye-vyhodnye-v-iyule/"
OCT_2023 = "https://world-news247.net/ekonomika/item/1067708-skolko-vyhodnyh-budet-v-oktyabre-2023-v-kazahstane"
ULYS_MAR_2025 = "https://ulysmedia.kz/news/47879-nauryz-2025-skolko-dnei-budut-otdykhat-kazakhstantsy"
MGOROD_OCT_2025 = "https://mgorod.kz/index.php/amp/news/skolko-dnej-kazahstancy-otdohnut-v-oktyabre-na-den-respubliki"
AQSHAM_DEC_2025 = "https://aqshamnews.kz/kz/article/qazaqstandyqtar-jeltoqsanda-qalai-demalady.html"
ALAU_JAN_2026 = "https://alau.kz/novyj-god-2026-utverzhdjon-oficialnyj-kalendar-vyhodnyh/"
BAQ_MAR_2026 = "https://baq.kz/nauryzda-qazaqstandyqtar-qay-kunderi-demalady-320014369/"
LUGASOFT_MAY_2026 = "https://lugasoft.ru/calendar/proizvodstvennyj/kz/2026/may"
EGOV_MAR_2019 = "https://new.zhalagash-zharshysy.kz/zanalyk/7473-azastandytar-nauryz-ayynda-neshe-kn-demalady.html"
SEMEY_JUL_2022 = "https://semeyainasy.media/2022/06/10/skolko-dnej-kazahstanczy-otdohnut-v-iyule-2022-goda"


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _from_days_off(year: int, month: int, days_off: int) -> int:
    """Working days in a month whose source gives the number of days off (5-day week)."""
    return _days_in_month(year, month) - days_off


# (year, month, working days, source). Sources that give days off are converted with
# _from_days_off, so the figure in the table is the one the source printed.
PUBLISHED_MONTHS: list[tuple[int, int, int, str]] = [
    # 2024, full year: the Labour ministry's balance of working time.
    (2024, 1, 21, INBUH_2024), (2024, 2, 21, INBUH_2024), (2024, 3, 17, INBUH_2024),
    (2024, 4, 22, INBUH_2024), (2024, 5, 20, INBUH_2024),
    # Published 19 (INBUH_2024), which assumed the forecast Kurban Ait on Monday 17 June. The DUMK
    # then fixed Sunday 16 June and the Monday off was cancelled (KURBAN_2024), so June had 20.
    (2024, 6, 20, f"{INBUH_2024} corrected by {KURBAN_2024}"),
    (2024, 7, 22, INBUH_2024), (2024, 8, 21, INBUH_2024), (2024, 9, 21, INBUH_2024),
    (2024, 10, 22, INBUH_2024), (2024, 11, 21, INBUH_2024), (2024, 12, 21, INBUH_2024),
    # 2022, full year, published in December 2021 as days off per month: 13, 8, 12, 9, 12, 8, 11,
    # 9, 8, 10, 8, 12.
    (2022, 1, _from_days_off(2022, 1, 13), AZATTYQ_2022), (2022, 2, _from_days_off(2022, 2, 8), AZATTYQ_2022),
    (2022, 3, _from_days_off(2022, 3, 12), AZATTYQ_2022), (2022, 4, _from_days_off(2022, 4, 9), AZATTYQ_2022),
    (2022, 5, _from_days_off(2022, 5, 12), AZATTYQ_2022), (2022, 6, _from_days_off(2022, 6, 8), AZATTYQ_2022),
    (2022, 7, _from_days_off(2022, 7, 11), f"{AZATTYQ_2022}; {SEMEY_JUL_2022}"),
    (2022, 8, _from_days_off(2022, 8, 9), AZATTYQ_2022), (2022, 9, _from_days_off(2022, 9, 8), AZATTYQ_2022),
    # Published 10 days off = 21 working (AZATTYQ_2022), before the September 2022 law restored
    # Republic Day (Tue 25 Oct) and the government moved Sat 22 Oct -> Mon 24 Oct (OCT_2022):
    # 21 - 2 + 1 working Saturday = 20.
    (2022, 10, _from_days_off(2022, 10, 10) - 2 + 1, f"{AZATTYQ_2022} corrected by {OCT_2022}"),
    (2022, 11, _from_days_off(2022, 11, 8), AZATTYQ_2022),
    # Published 12 days off = 19 working (AZATTYQ_2022), counting 1 Dec (First President's Day) and
    # Mon 19 Dec (17 Dec carried over); the 2022 law dropped both (LAW_2022), and the final
    # December 2022 had 21 working days (DEC_2022, citing online.zakon.kz doc 34195763).
    (2022, 12, 21, f"{AZATTYQ_2022} corrected by {LAW_2022} and {DEC_2022}"),
    # 2023, partial. January: tengrinews (TENGRI_2023) printed 12 days off (= 19 working), but
    # AstanaTV (JAN_2023) and BAQ.kz (BAQ_JAN_2023) printed 11 (= 20), which is what the law gives:
    # 9 weekend days plus Mon 2 Jan and Tue 3 Jan (New Year's Sunday carried over); Christmas on
    # Saturday 7 Jan is not carried over. The 11-day figure is asserted.
    (2023, 1, _from_days_off(2023, 1, 11), f"{JAN_2023}; {BAQ_JAN_2023} (not {TENGRI_2023})"),
    (2023, 2, _from_days_off(2023, 2, 8), TENGRI_2023), (2023, 3, _from_days_off(2023, 3, 12), TENGRI_2023),
    (2023, 7, 20, OTYRAR_JUL_2023), (2023, 10, _from_days_off(2023, 10, 10), OCT_2023),
    (2023, 11, _from_days_off(2023, 11, 8), TENGRI_2023),
    # 2025, partial.
    (2025, 3, _from_days_off(2025, 3, 14), ULYS_MAR_2025), (2025, 10, 22, MGOROD_OCT_2025),
    (2025, 12, 22, AQSHAM_DEC_2025),
    # 2026, partial (March: 13 days off).
    (2026, 1, 19, ALAU_JAN_2026), (2026, 3, _from_days_off(2026, 3, 13), BAQ_MAR_2026),
    (2026, 5, 17, LUGASOFT_MAY_2026),
    # 2019, March: 17 working days, 14 days off (the eGov calendar, as quoted).
    (2019, 3, 17, EGOV_MAR_2019),
]


@pytest.mark.parametrize(("year", "month", "published", "source"), PUBLISHED_MONTHS,
                         ids=[f"{y}-{m:02d}" for y, m, _, _ in PUBLISHED_MONTHS])
def test_published_monthly_working_day_counts(year: int, month: int, published: int, source: str) -> None:
    """The production calendar's working days per month (5-day week) match the figures the
    Labour ministry and the press published (source in the table; corrected where a later act or
    the fixed Kurban Ait date overtook the published figure)."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, _days_in_month(year, month))
    counted_by_day = sum(is_working_day(day) for day in all_days(first, last))
    assert counted_by_day == published, source
    assert working_days_between(first - dt.timedelta(days=1), last) == published, source


def test_published_tables_cover_three_full_or_partial_years() -> None:
    """Issue 3 asks for published counts from at least three years."""
    assert len({year for year, *_ in PUBLISHED_MONTHS}) >= 3
    assert {m for y, m, *_ in PUBLISHED_MONTHS if y == 2024} == set(range(1, 13))
    assert {m for y, m, *_ in PUBLISHED_MONTHS if y == 2022} == set(range(1, 13))


PUBLISHED_YEARS = [
    # 119 days off in 2019.
    (2019, 365 - 119, "https://www.zakon.kz/amp/redaktsiia-zakonkz/4952587-skolko-dney-otdohnut-kazahstantsy-v.html"),
    # Published 245 (AZATTYQ_2022), before the 2022 law: October -1, December +2 (see above).
    (2022, 245 - 1 + 2, f"{AZATTYQ_2022} corrected by {OCT_2022} and {DEC_2022}"),
    # Published 248 (INBUH_2024), with the forecast Kurban Ait Monday off; corrected by KURBAN_2024.
    (2024, 248 + 1, f"{INBUH_2024} corrected by {KURBAN_2024}"),
    (2025, 246, "https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god"),
    # Published 246 before Constitution Day was dropped for 2026 (Mon 31 Aug is now working, LAW_2026).
    (2026, 246 + 1, f"https://alau.kz/kalendar-2026-dlinnye-vyhodnye-perenosy-i-idealnye-dni-dlja-otpuska/ "
                    f"corrected by {LAW_2026}"),
    # 2023's published total (245, TENGRI_2023) rests on the disputed January figure: not asserted.
]


@pytest.mark.parametrize(("year", "published", "source"), PUBLISHED_YEARS, ids=[str(y) for y, _, _ in PUBLISHED_YEARS])
def test_published_yearly_working_day_totals(year: int, published: int, source: str) -> None:
    """A year's working days (5-day week) match the published total (corrected where noted)."""
    total = working_days_between(dt.date(year - 1, 12, 31), dt.date(year, 12, 31))
    assert total == published, source


# --- the independent oracle ----------------------------------------------------------------------


def test_oracle_is_sound() -> None:
    """The oracle itself agrees with the holidays package's own is_working_day, and with the 2024
    total from the Labour ministry's balance (248, https://help.inbuh.kz/6801/) corrected for
    Kurban Ait on a Sunday (+1):
    https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-1717752158/amp
    """
    kz = holidays.country_holidays("KZ", years=range(FIRST_DAY.year, LAST_DAY.year + 1))
    assert all(kz.is_working_day(day) == (day in oracle_set()) for day in all_days())
    assert sum(1 for day in oracle_working_days() if day.year == 2024) == 249
    assert list(oracle_working_days()) == sorted(set(oracle_working_days()))


def test_every_day_matches_oracle() -> None:
    """Every day from 2018 to 2030 is a working day exactly when the oracle says so."""
    cal = default_calendar()
    mismatches = [day for day in all_days() if cal.is_working_day(day) != (day in oracle_set())]
    assert mismatches == []


@given(day=dates())
def test_is_working_day_matches_oracle(day: dt.date) -> None:
    """is_working_day agrees with the oracle (weekdays - holidays + weekend working days)."""
    assert is_working_day(day) is (day in oracle_set())


@given(day=dates(), n=signed_counts())
@example(day=d("2024-12-31"), n=5)
@example(day=d("2025-01-04"), n=0)  # a day off: n == 0 gives the next working day (a Sunday)
@example(day=d("2025-01-06"), n=0)
@example(day=d("2018-01-03"), n=-1)  # runs before 2018-01-01
@example(day=d("2030-12-31"), n=1)  # runs past 2030-12-31
@example(day=d("2030-12-30"), n=-30)
def test_add_working_days_matches_oracle(day: dt.date, n: int) -> None:
    """add_working_days(day, n) is the n-th working day after day (day itself never counted; n == 0
    gives day or the next working day), as the oracle computes; past the range it is refused."""
    expected = oracle_add(day, n)
    if expected is None:
        with pytest.raises(CalendarRangeError):
            add_working_days(day, n)
    else:
        assert add_working_days(day, n) == expected


@pytest.mark.parametrize(("day", "n"), [
    (d("2024-12-31"), 5), (d("2030-12-31"), 1), (d("2030-12-20"), 15), (d("2031-01-01"), 1),
    (d("2017-12-31"), 1), (d("2025-01-04"), 0), (d("2025-01-10"), -5), (d("2025-01-10"), True),
])
def test_the_module_function_answers_as_the_default_calendar(day: dt.date, n: int) -> None:
    """add_working_days without a calendar answers, or refuses, exactly as the default calendar does:
    inside the range, past either end, and for counts that are not positive."""
    def answer(fn: Callable[[dt.date, int], dt.date]) -> object:
        try:
            return fn(day, n)
        except InvalidInputError as err:
            return type(err), err.problems

    assert answer(add_working_days) == answer(default_calendar().add_working_days)


def test_the_module_functions_answer_from_the_calendar_given() -> None:
    """is_working_day, add_working_days and working_days_between given a calendar answer from it:
    here its overlay makes Monday 6 January 2025 a day off, which it is not in the default calendar."""
    order = CalendarOverlay(act="Order (example)", days_off=(d("2025-01-06"),))
    cal = WorkingCalendar(2024, 2026, overlays=(order,))
    assert (is_working_day(d("2025-01-06"), calendar=cal), is_working_day(d("2025-01-06"))) == (False, True)
    assert add_working_days(d("2025-01-03"), 2, calendar=cal) == d("2025-01-08")
    assert add_working_days(d("2025-01-03"), 2) == d("2025-01-06")
    assert working_days_between(d("2025-01-03"), d("2025-01-10"), calendar=cal) == 4
    assert working_days_between(d("2025-01-03"), d("2025-01-10")) == 5


@given(day=dates(dt.date(2018, 3, 1), dt.date(2030, 10, 31)), n=signed_counts())
@example(day=d("2025-01-04"), n=0)
@example(day=d("2020-05-08"), n=-3)
def test_add_working_days_matches_holidays_get_nth_working_day(day: dt.date, n: int) -> None:
    """add_working_days has the meaning of holidays' get_nth_working_day (same day lists)."""
    assert add_working_days(day, n) == kz_holidays_for_nth().get_nth_working_day(day, n)


@given(pair=st.tuples(dates(), dates()))
@example(pair=(d("2024-12-31"), d("2025-01-10")))
@example(pair=(d("2025-01-10"), d("2024-12-31")))
@example(pair=(FIRST_DAY, LAST_DAY))
def test_working_days_between_matches_oracle(pair: tuple[dt.date, dt.date]) -> None:
    """working_days_between counts the working days after start up to and including end (negative
    when end is earlier), as the oracle counts them."""
    start, end = pair
    assert working_days_between(start, end) == oracle_between(start, end)


@given(pair=date_pairs())
def test_working_days_between_matches_holidays_closed_count(pair: tuple[dt.date, dt.date]) -> None:
    """holidays' get_working_days_count includes both ends; ours excludes the start."""
    start, end = pair
    closed = kz_holidays_for_nth().get_working_days_count(start, end)
    assert working_days_between(start, end) == closed - (1 if start in oracle_set() else 0)


# --- data horizon -----------------------------------------------------------------------------------


def test_horizon_is_last_confirmed_year() -> None:
    """2026 is the last confirmed year: its calendar is the Law "On Holidays" with its carry-overs
    and no transfer act (eGov calendar of 02.01.2026,
    https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6 ), Kurban Ait on
    27 May (DUMK). For 2027 no transfer act and no Kurban Ait date were found, so later days are
    provisional and a result that touches them says why.
    """
    cal = default_calendar()
    assert cal.horizon == 2026
    assert "horizon 2026" in cal.version
    assert cal.provisional_reasons(d("2026-01-01"), d("2026-12-31")) == ()
    reasons = cal.provisional_reasons(d("2026-12-30"), d("2027-01-06"))
    assert len(reasons) == 1
    assert "2027-01-01" in reasons[0]
    assert "horizon" in reasons[0]


def test_estimated_kurban_ait_is_a_provisional_reason() -> None:
    """Kurban Ait 2027 is only the holidays package's estimate (the DUMK fixes the date each year,
    and it may move a day), and a range holding it says so."""
    reasons = default_calendar().provisional_reasons(d("2027-05-14"), d("2027-05-18"))
    assert any("estimated 2027-05-16" in r and "Kurban Ait" in r for r in reasons)


def test_a_provisional_reason_names_the_first_unconfirmed_day_what_is_missing_and_how_to_settle() -> None:
    """Issue 9 part 2: a reason names the first unconfirmed day and its year (not the window's
    first day as if it were the horizon), what is missing for that year, and how to settle it; a
    December window does not name Kurban Ait, which cannot fall in it."""
    (reason,) = default_calendar().provisional_reasons(d("2027-12-01"), d("2027-12-22"))
    assert reason.startswith("2027-12-01 is past the calendar data horizon (the last confirmed year is 2026): "
                             "for 2027 the act moving days off (or word that none was issued) is not confirmed")
    assert "Kurban Ait" not in reason
    assert "--overlay" in reason
    assert "CalendarOverlay(confirms_years=(2027,))" in reason


def test_a_window_across_new_year_gives_a_reason_for_each_unconfirmed_year() -> None:
    """Each unconfirmed year lacks its own transfer act: a window from December 2027 into January
    2028 names the first day of each year it touches."""
    reasons = default_calendar().provisional_reasons(d("2027-12-20"), d("2028-01-10"))
    assert [r.split(" ", 1)[0] for r in reasons] == ["2027-12-20", "2028-01-01"]
    assert "for 2028 " in reasons[1]


def test_a_year_with_kurban_ait_twice_names_both_estimated_dates() -> None:
    """The Islamic year is shorter than ours, so Kurban Ait falls twice in 2039, on 5 January and
    26 December (both the holidays package's estimates): the reason for 2039 names both dates as
    missing, with the act moving days off."""
    (reason,) = WorkingCalendar(2026, 2039).provisional_reasons(d("2039-01-01"), d("2039-12-31"))
    assert ("for 2039 the act moving days off (or word that none was issued) and the date of Kurban Ait "
            "(estimated 2039-01-05; ") in reason
    assert ("it may move a day) and the date of Kurban Ait (estimated 2039-12-26; fixed each year by the "
            "Spiritual Administration of Muslims of Kazakhstan, it may move a day) are not confirmed; ") in reason


@pytest.mark.parametrize(("start", "end", "named"), [
    ("2027-05-10", "2027-05-15", True),   # the day before the estimate: it may move a day earlier
    ("2027-05-17", "2027-05-20", True),   # the day after: it may move a day later
    ("2027-05-16", "2027-05-16", True),
    ("2027-05-01", "2027-05-14", False),
    ("2027-05-18", "2027-05-31", False),
])
def test_kurban_ait_is_named_only_when_it_may_fall_in_the_window(start: str, end: str, named: bool) -> None:
    """The DUMK's date "may move a day" with the new moon (baq.kz, 07.11.2025): an estimated Kurban
    Ait is missing data for a window that holds it or the day either side, and only then."""
    (reason,) = default_calendar().provisional_reasons(d(start), d(end))
    assert ("Kurban Ait (estimated 2027-05-16" in reason) is named


# --- 2026, confirmed without a transfer act ---------------------------------------------------------

CONSTITUTION_DAY_2026 = ("https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-"
                         "vykhodnogo-795514517615")
NO_TRANSFER_2026 = "https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6"


def test_2026_is_confirmed_without_a_transfer_act() -> None:
    """The eGov calendar for 2026 (inform.kz, 02.01.2026) lists only the carry-overs of the Law "On
    Holidays" art. 5 and no working Saturday or Sunday: the 2026 confirmation says so with
    ``transfer_act=None`` and cites where it is shown, and no day of 2026 is moved by an act."""
    c = {c.year: c for c in CONFIRMED_YEARS}[2026]
    assert c.transfer_act is None
    assert NO_TRANSFER_2026 in c.transfer_source
    assert c.kurban_ait == d("2026-05-27")
    assert "one press report" in c.confidence
    cal = default_calendar()
    moved = [x for x in cal.days(d("2026-01-01"), d("2026-12-31"))
             if x.kind in (DayKind.TRANSFERRED, DayKind.WORKING_WEEKEND)]
    assert moved == []
    assert [x.date for x in cal.days(d("2026-03-21"), d("2026-03-25")) if x.kind is DayKind.CARRIED_OVER] == [
        d("2026-03-24"), d("2026-03-25")]


def test_31_august_2026_is_a_working_day_after_the_new_constitution() -> None:
    """The Labour Ministry said (taspanews.kz, 18.03.2026) that 30 August is no longer Constitution
    Day from 2026, so nothing is carried over to Monday 31 August; the 2026 confirmation records
    both days as ordinary, with that source, and the data agree."""
    c = {c.year: c for c in CONFIRMED_YEARS}[2026]
    assert c.ordinary_days == (d("2026-08-30"), d("2026-08-31"))
    assert CONSTITUTION_DAY_2026 in c.ordinary_days_source
    cal = default_calendar()
    assert cal.day(d("2026-08-30")).kind is DayKind.WEEKEND
    assert cal.day(d("2026-08-31")).kind is DayKind.WORKING
    assert cal.provisional_reasons(d("2026-08-28"), d("2026-09-01")) == ()


def test_a_confirmation_without_a_transfer_act_refuses_data_that_move_days() -> None:
    """A year confirmed with "no transfer act" must have no day moved in the data: 2025 had order
    No. 436 (3 January off, 5 January worked), so claiming none for 2025 is refused, naming both
    days."""
    wrong = tuple(attrs.evolve(c, transfer_act=None) if c.year == 2025 else c for c in CONFIRMED_YEARS)
    with pytest.raises(CalendarConflictError) as caught:
        WorkingCalendar(confirmations=wrong).version  # noqa: B018 - builds the index
    assert [p.path for p in caught.value.problems] == ["confirmations[2025].transfer_act"]
    assert "2025-01-03, 2025-01-05" in caught.value.problems[0].message
    assert caught.value.problems[0].accepted == "the act that moved them, or a confirmation that matches the data"


def test_a_confirmation_refuses_a_holiday_where_the_sources_say_there_is_none() -> None:
    """An ordinary day in a confirmation must be ordinary in the data: claiming that 1 September
    2025 (Constitution Day of Saturday 30 August 2025 carried over, Law "On Holidays" art. 5) was
    ordinary is refused, as the code refuses a wrong Kurban Ait date."""
    wrong = tuple(attrs.evolve(c, ordinary_days=(d("2025-09-01"),), ordinary_days_source="a wrong report")
                  if c.year == 2025 else c for c in CONFIRMED_YEARS)
    with pytest.raises(CalendarConflictError) as caught:
        WorkingCalendar(confirmations=wrong).version  # noqa: B018 - builds the index
    assert [p.path for p in caught.value.problems] == ["confirmations[2025].ordinary_days[0]"]
    assert "carried over" in caught.value.problems[0].message
    assert caught.value.problems[0].accepted == "an overlay correcting the day, or a confirmation that matches the data"


# (year, first day of Kurban Ait, where it was published); legal digest section E.
KURBAN_AIT = [
    (2018, "2018-08-21", "https://mgorod.kz/news/kazaxstancy-v-avguste-otdoxnut-10-dnej"),
    (2019, "2019-08-11", "https://www.enbek.gov.kz/en/node/363012"),
    (2021, "2021-07-20", "https://www.kt.kz/eng/society/people_in_kazakhstan_will_have_11_days_off_1377917736.html"),
    (2023, "2023-06-28", JUL_2023),
    (2024, "2024-06-16", KURBAN_2024),
    (2025, "2025-06-06", "https://mgorod.kz/news/skolko-dnej-otdohnut-kazahstancy-na-kurban-ajt-v-2025-godu"),
]


@pytest.mark.parametrize(("year", "iso", "source"), KURBAN_AIT, ids=[str(row[0]) for row in KURBAN_AIT])
def test_kurban_ait_first_day_is_a_day_off(year: int, iso: str, source: str) -> None:
    """The first day of Kurban Ait is a day off (Labour Code art. 84(5)) on the date the
    Spiritual Administration of Muslims fixed that year (source in KURBAN_AIT); in a confirmed
    year it is not estimated, and the confirmation names the same date."""
    day = default_calendar().day(d(iso))
    assert day.kind is DayKind.HOLIDAY, source
    assert not day.estimated
    assert {c.year: c.kurban_ait for c in CONFIRMED_YEARS}[year] == d(iso)


def test_confirmed_years_run_unbroken_to_the_horizon() -> None:
    """The horizon is the last year of the unbroken run of confirmed years (2018-2026)."""
    assert [c.year for c in CONFIRMED_YEARS] == list(range(2018, 2027))
    assert all(c.transfer_source.startswith("https://") for c in CONFIRMED_YEARS)


def test_confirmation_that_disagrees_with_the_data_is_refused() -> None:
    """A confirmation must match the data: 2024's forecast Kurban Ait (Monday 17 June) is not the
    date the DUMK fixed (Sunday 16 June,
    https://golos-naroda.kz/33368-dumk-opredelil-tochnuiu-datu-kurban-aita-vykhodnoi-den-otmenen-1717752158/amp
    ), so a calendar confirmed with it is refused, naming the year."""
    wrong = tuple(
        YearConfirmation(2024, c.transfer_act, c.transfer_source, d("2024-06-17"), "the forecast") if c.year == 2024
        else c for c in CONFIRMED_YEARS)
    with pytest.raises(CalendarConflictError) as caught:
        WorkingCalendar(confirmations=wrong).is_working_day(d("2024-06-17"))
    assert [p.path for p in caught.value.problems] == ["confirmations[2024]"]
    assert "2024-06-16" in caught.value.problems[0].message


def test_the_2026_confirmation_moves_the_horizon_and_clears_the_estimate() -> None:
    """Without its confirmation, 2026 would be past the horizon and Kurban Ait 2026 (27 May, DUMK
    calendar, zakon.kz 06.11.2025) an estimate; with it, 2026 is inside the horizon, 27 May is not estimated, and
    only 2027 on is provisional."""
    without = WorkingCalendar(confirmations=tuple(c for c in CONFIRMED_YEARS if c.year != 2026))
    assert without.horizon == 2025
    assert without.day(d("2026-05-27")).estimated
    assert without.provisional_reasons(d("2026-05-25"), d("2026-05-29")) != ()
    cal = default_calendar()
    assert cal.horizon == 2026
    assert not cal.day(d("2026-05-27")).estimated
    assert cal.provisional_reasons(d("2026-05-01"), d("2026-12-31")) == ()
    assert cal.provisional_reasons(d("2027-01-04"), d("2027-01-04")) != ()


# --- overlays ---------------------------------------------------------------------------------------

HYPOTHETICAL_ORDER = CalendarOverlay(
    act="Order of the Labour Minister (hypothetical, for tests)",
    url="https://example.invalid/order",
    days_off=(d("2027-01-08"),),  # a Friday
    working_days=(d("2027-01-16"),),  # a Saturday
    confirms_years=(2027,),
)


def test_valid_overlay_changes_answers_and_version() -> None:
    """An act the holidays package does not have yet can be laid over the calendar: a weekday
    made a day off, a weekend day made working, and the years it confirms as final."""
    base = default_calendar()
    cal = WorkingCalendar(overlays=(HYPOTHETICAL_ORDER,))
    assert base.is_working_day(d("2027-01-08"))
    assert not cal.is_working_day(d("2027-01-08"))
    assert not base.is_working_day(d("2027-01-16"))
    assert cal.is_working_day(d("2027-01-16"))
    assert cal.day(d("2027-01-08")).kind is DayKind.OVERLAY_DAY_OFF
    assert cal.day(d("2027-01-08")).act == HYPOTHETICAL_ORDER.act
    assert cal.day(d("2027-01-16")).kind is DayKind.OVERLAY_WORKING
    assert base.add_working_days(d("2027-01-07"), 1) == d("2027-01-08")
    assert cal.add_working_days(d("2027-01-07"), 1) == d("2027-01-11")
    assert cal.working_days_between(d("2027-01-07"), d("2027-01-18")) == base.working_days_between(
        d("2027-01-07"), d("2027-01-18"))  # one day lost, one gained
    # The data version names the overlays by a digest: it differs from the base, is stable, and
    # changes when the overlay changes.
    assert cal.version != base.version
    assert WorkingCalendar(overlays=(HYPOTHETICAL_ORDER,)).version == cal.version
    other = CalendarOverlay(act=HYPOTHETICAL_ORDER.act, days_off=(d("2027-01-08"),))
    assert WorkingCalendar(overlays=(other,)).version not in (cal.version, base.version)
    # confirms_years=(2027,) moves the horizon to 2027 and vouches for 2027's Kurban Ait.
    assert cal.horizon == 2027
    assert cal.provisional_reasons(d("2027-05-10"), d("2027-06-05")) == ()


def test_overlay_confirming_a_year_clears_its_estimated_flag() -> None:
    """An overlay that confirms a year vouches for its Kurban Ait date, as CONFIRMED_YEARS does
    (calendar.py: "a confirmed year's estimate is superseded"): the day must stop saying it is
    estimated, and its snapshot must agree with the calendar's estimated list."""
    cal = WorkingCalendar(overlays=(HYPOTHETICAL_ORDER,))
    assert "2027-05-16" in default_calendar().snapshot()["estimated"]
    assert "2027-05-16" not in cal.snapshot()["estimated"]
    assert not cal.day(d("2027-05-16")).estimated


def test_overlay_conflicts_are_all_reported() -> None:
    """Overlays that contradict each other or the base data are refused when the calendar is
    built, each conflict listed with its path: a day both off and working, a day named twice, a
    day the base data already made a holiday or moved, a weekday made "working", a weekend made
    "off"."""
    first = CalendarOverlay(
        act="Act A",
        days_off=(d("2027-02-01"), d("2027-02-05")),
    )
    second = CalendarOverlay(
        act="Act B",
        days_off=(
            d("2027-02-01"),  # duplicate of Act A's day off
            d("2025-12-16"),  # Independence Day: already a holiday in the base data
            d("2027-02-06"),  # a Saturday: already a day off
        ),
        working_days=(
            d("2027-02-05"),  # Act A made it a day off: contradiction
            d("2025-01-05"),  # already made working by order No. 436
            d("2027-02-03"),  # a Wednesday: already a working day
        ),
    )
    with pytest.raises(CalendarConflictError) as caught:
        WorkingCalendar(overlays=(first, second))
    problems = {p.path: p.message for p in caught.value.problems}
    assert problems.keys() == {
        "overlays[1].days_off[0]", "overlays[1].days_off[1]", "overlays[1].days_off[2]",
        "overlays[1].working_days[0]", "overlays[1].working_days[1]", "overlays[1].working_days[2]",
    }
    assert "duplicate" in problems["overlays[1].days_off[0]"]
    assert "2027-02-01" in problems["overlays[1].days_off[0]"]
    assert "already a day off in the base data" in problems["overlays[1].days_off[1]"]
    assert "weekend" in problems["overlays[1].days_off[2]"]
    assert "contradiction" in problems["overlays[1].working_days[0]"]
    assert "Act A" in problems["overlays[1].working_days[0]"]
    assert "already moved by the base data" in problems["overlays[1].working_days[1]"]
    assert "weekday" in problems["overlays[1].working_days[2]"]
    assert isinstance(caught.value, InvalidInputError)
    text = str(caught.value)
    assert text.startswith("6 problems:")


def test_malformed_overlay_reports_every_problem() -> None:
    """An overlay must cite its act and list real dates; every problem is reported at once."""
    with pytest.raises(InvalidInputError) as caught:
        CalendarOverlay(act=" ", days_off=("2027-01-08",), confirms_years=(1900,))  # type: ignore[arg-type]
    paths = {p.path for p in caught.value.problems}
    assert paths == {"act", "days_off[0]", "confirms_years[0]"}


# --- frozen calendars -------------------------------------------------------------------------------


def _assert_same_answers(frozen: WorkingCalendar, live: WorkingCalendar) -> None:
    for day in all_days(live.first_day, live.last_day):
        assert frozen.day(day) == live.day(day), day
        assert frozen.is_working_day(day) is live.is_working_day(day), day
        assert frozen.working_days_between(live.first_day, day) == live.working_days_between(live.first_day, day)


def test_snapshot_round_trip_answers_identically() -> None:
    """A frozen calendar (from_snapshot(snapshot())) never consults holidays again, and answers
    every question exactly as the live calendar does, 2018-2030, including the horizon."""
    live = default_calendar()
    frozen = WorkingCalendar.from_snapshot(json.loads(json.dumps(live.snapshot())))
    _assert_same_answers(frozen, live)
    assert frozen.horizon == live.horizon
    assert frozen.add_working_days(d("2024-12-31"), 5) == d("2025-01-10")
    assert frozen.provisional_reasons(d("2026-05-25"), d("2026-06-02")) == live.provisional_reasons(
        d("2026-05-25"), d("2026-06-02"))


def test_snapshot_round_trip_keeps_the_version() -> None:
    """A frozen calendar keeps the data version of the calendar it was taken from, marked as
    frozen (from_snapshot's docstring shows 'frozen holidays ...'); freezing it again changes
    nothing."""
    live = default_calendar()
    frozen = WorkingCalendar.from_snapshot(live.snapshot())
    assert frozen.version == "frozen " + live.version
    assert WorkingCalendar.from_snapshot(frozen.snapshot()).version == frozen.version
    changed = WorkingCalendar(overlays=(HYPOTHETICAL_ORDER,))
    assert WorkingCalendar.from_snapshot(changed.snapshot()).version == "frozen " + changed.version


def test_snapshot_round_trip_keeps_overlays() -> None:
    """A snapshot carries overlay days with their acts."""
    live = WorkingCalendar(first_year=2025, last_year=2027, overlays=(HYPOTHETICAL_ORDER,))
    frozen = WorkingCalendar.from_snapshot(live.snapshot())
    _assert_same_answers(frozen, live)
    assert frozen.day(d("2027-01-08")).act == HYPOTHETICAL_ORDER.act


def _snapshot_with(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = copy.deepcopy(default_calendar().snapshot())
    change(data)
    return data


MALFORMED_SNAPSHOTS = {
    "missing days": lambda s: s.pop("days"),
    "missing version": lambda s: s.pop("version"),
    "days not a list": lambda s: s.__setitem__("days", None),
    "day without kind": lambda s: s["days"][0].pop("kind"),
    "unknown kind": lambda s: s["days"][0].__setitem__("kind", "party"),
    "impossible date": lambda s: s["days"][0].__setitem__("date", "2018-13-01"),
    "day is a string": lambda s: s["days"].__setitem__(0, "2018-01-01"),
    "estimated not a list": lambda s: s.__setitem__("estimated", None),
    "horizon not a year": lambda s: s.__setitem__("horizon", "soon"),
    "first_year a string": lambda s: s.__setitem__("first_year", "2018"),
}


@pytest.mark.parametrize("case", list(MALFORMED_SNAPSHOTS))
def test_malformed_snapshot_is_refused(case: str) -> None:
    """A malformed snapshot is refused with InvalidInputError (never a bare KeyError, TypeError or
    ValueError), whether on loading or on first use."""
    data = _snapshot_with(MALFORMED_SNAPSHOTS[case])
    with pytest.raises(InvalidInputError):
        WorkingCalendar.from_snapshot(data).is_working_day(d("2024-01-08"))


def test_malformed_snapshot_is_refused_when_loaded() -> None:
    """Like overlays (refused "when the calendar is built, not at first use"), a snapshot is
    checked when it is loaded, so the error points at the load and not at a later query."""
    data = _snapshot_with(MALFORMED_SNAPSHOTS["day without kind"])
    with pytest.raises(InvalidInputError):
        WorkingCalendar.from_snapshot(data)


def test_snapshot_refuses_a_non_mapping() -> None:
    """Only a mapping from snapshot() is accepted."""
    with pytest.raises(InvalidInputError, match="mapping"):
        WorkingCalendar.from_snapshot([("days", [])])  # type: ignore[arg-type]


# --- input errors -----------------------------------------------------------------------------------


def test_naive_datetime_is_refused() -> None:
    """A naive datetime has no time zone, so its Kazakhstan date is unknown: refused."""
    with pytest.raises(InvalidInputError) as caught:
        is_working_day(dt.datetime(2024, 1, 8, 10, 0))
    assert not isinstance(caught.value, TypeError)
    assert caught.value.problems[0].path == "day"
    assert "naive" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("moment", "local_date", "working"),
    [
        # Before 1 March 2024 Asia/Almaty was UTC+6: 18:30Z on Saturday 4 Jan 2020 is 00:30 on
        # Sunday 5 Jan, a working Sunday (KZ_2020_DECREE); 17:30Z is still Saturday 23:30.
        (dt.datetime(2020, 1, 4, 18, 30, tzinfo=UTC), "2020-01-05", True),
        (dt.datetime(2020, 1, 4, 17, 30, tzinfo=UTC), "2020-01-04", False),
        # From 1 March 2024 it is UTC+5: the same 18:30Z is Saturday 23:30, 19:30Z is Sunday 00:30.
        (dt.datetime(2025, 1, 4, 18, 30, tzinfo=UTC), "2025-01-04", False),
        (dt.datetime(2025, 1, 4, 19, 30, tzinfo=UTC), "2025-01-05", True),
        # The switch: at 2024-02-29T18:00Z (00:00 +06 on 1 March) clocks went back to 23:00 +05
        # on 29 February (tz 2024a). 17:59Z is 23:59 +06 and 18:30Z is 23:30 +05, both 29 Feb;
        # 19:30Z is 00:30 +05 on 1 March; 18:30Z on 28 Feb was 00:30 +06 on 29 Feb.
        (dt.datetime(2024, 2, 29, 17, 59, tzinfo=UTC), "2024-02-29", True),
        (dt.datetime(2024, 2, 29, 18, 30, tzinfo=UTC), "2024-02-29", True),
        (dt.datetime(2024, 2, 29, 19, 30, tzinfo=UTC), "2024-03-01", True),
        (dt.datetime(2024, 2, 28, 18, 30, tzinfo=UTC), "2024-02-29", True),
        # An aware local time is taken as it is.
        (dt.datetime(2025, 1, 5, 0, 5, tzinfo=ALMATY), "2025-01-05", True),
        (dt.datetime(2025, 1, 4, 22, 30, tzinfo=ZoneInfo("Europe/Moscow")), "2025-01-05", True),
    ],
    ids=lambda v: v.isoformat() if isinstance(v, dt.datetime) else None,
)
def test_aware_datetime_is_converted_to_almaty_date(moment: dt.datetime, local_date: str, working: bool) -> None:
    """An aware datetime is converted to Kazakhstan time (Asia/Almaty: UTC+6, and UTC+5 from
    2024-03-01 under the Government decree of 19.01.2024, https://interfax.ru/world/940956; tz
    2024a, https://mm.icann.org/pipermail/tz-announce/2024-February/000081.html) and its date taken."""
    cal = default_calendar()
    assert cal.day(moment).date == d(local_date)
    assert cal.is_working_day(moment) is working
    assert cal.add_working_days(moment, 0) == cal.add_working_days(d(local_date), 0)


WRONG_TYPES: list[tuple[str, Callable[[], object]]] = [
    ("is_working_day(str)", lambda: is_working_day("2024-01-08")),  # type: ignore[arg-type]
    ("is_working_day(int)", lambda: is_working_day(20240108)),  # type: ignore[arg-type]
    ("is_working_day(None)", lambda: is_working_day(None)),  # type: ignore[arg-type]
    ("add_working_days(list, int)", lambda: add_working_days([2024, 1, 8], 5)),  # type: ignore[arg-type]
    ("add_working_days(date, str)", lambda: add_working_days(d("2024-01-08"), "5")),  # type: ignore[arg-type]
    ("add_working_days(date, bool)", lambda: add_working_days(d("2024-01-08"), True)),
    ("add_working_days(date, float)", lambda: add_working_days(d("2024-01-08"), 1.0)),  # type: ignore[arg-type]
    ("add_working_days(date, 1.5)", lambda: add_working_days(d("2024-01-08"), 1.5)),  # type: ignore[arg-type]
    ("working_days_between(date, str)", lambda: working_days_between(d("2024-01-08"), "x")),  # type: ignore[arg-type]
    ("day(list)", lambda: default_calendar().day([2024, 1, 8])),  # type: ignore[arg-type]
    ("WorkingCalendar(first_year=str)", lambda: WorkingCalendar(first_year="2018")),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("call", [c for _, c in WRONG_TYPES], ids=[name for name, _ in WRONG_TYPES])
def test_wrong_types_raise_input_type_error(call: Callable[[], object]) -> None:
    """An argument of the wrong type (a string or number for a date; a bool or float for a count
    of days) raises InputTypeError, which is also a TypeError and an InvalidInputError."""
    with pytest.raises(InputTypeError) as caught:
        call()
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, InvalidInputError)
    assert all(p.is_type_error for p in caught.value.problems)


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda: is_working_day(d("2017-12-31")), "day"),
        (lambda: is_working_day(d("2031-01-01")), "day"),
        (lambda: add_working_days(d("2030-12-31"), 1), "n"),
        (lambda: add_working_days(d("2018-01-03"), -1), "n"),
        (lambda: working_days_between(d("2018-01-01"), d("2031-01-01")), "end"),
        (lambda: default_calendar().day(dt.datetime(2031, 1, 1, 1, 0, tzinfo=UTC)), "day"),
    ],
    ids=["before", "after", "n past the end", "n before the start", "between", "aware datetime"],
)
def test_dates_outside_the_calendar_raise_range_error(call: Callable[[], object], path: str) -> None:
    """The calendar holds 2018-01-01 to 2030-12-31; a date or count outside is refused with
    CalendarRangeError, whose message states the accepted range."""
    with pytest.raises(CalendarRangeError) as caught:
        call()
    assert caught.value.problems[0].path == path
    assert "2018-01-01 to 2030-12-31" in str(caught.value)


def test_range_error_names_a_custom_calendars_range() -> None:
    """A calendar built for fewer years states its own range."""
    with pytest.raises(CalendarRangeError, match="2024-01-01 to 2026-12-31"):
        WorkingCalendar(first_year=2024, last_year=2026).is_working_day(d("2023-12-29"))


def test_several_problems_are_reported_at_once() -> None:
    """Every problem with the input is reported in one error, each with its path."""
    with pytest.raises(InputTypeError) as caught:
        add_working_days("x", "y")  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["day", "n"]
    with pytest.raises(InputTypeError) as caught:
        working_days_between("a", 3)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["start", "end"]
    with pytest.raises(CalendarRangeError) as caught_range:
        working_days_between(d("1999-01-04"), d("2040-01-02"))
    assert [p.path for p in caught_range.value.problems] == ["start", "end"]
    with pytest.raises(InvalidInputError) as caught_init:
        WorkingCalendar(first_year="2018", last_year=1990)  # type: ignore[arg-type]
    assert [p.path for p in caught_init.value.problems] == ["first_year", "last_year"]


@pytest.mark.parametrize(
    "call",
    [
        lambda: add_working_days(d("1999-01-04"), "y"),  # type: ignore[arg-type]
        lambda: working_days_between(d("1999-01-04"), "y"),  # type: ignore[arg-type]
    ],
    ids=["add_working_days", "working_days_between"],
)
def test_a_range_error_is_caught_as_one_whatever_came_with_it(call: Callable[[], object]) -> None:
    """A date outside the calendar reported together with a type problem: one error listing both,
    caught by ``except CalendarRangeError`` and by ``except TypeError`` alike, the same way for
    every function; each problem says which kind it is."""
    with pytest.raises(CalendarRangeError) as caught:
        call()
    error = caught.value
    assert isinstance(error, InputTypeError)
    assert isinstance(error, TypeError)
    assert error.common_class is InvalidInputError
    assert [p.error_class for p in error.problems] == [CalendarRangeError, InputTypeError]


def test_bool_and_float_counts_are_refused_even_when_whole() -> None:
    """n must be an int: True and 5.0 would silently mean 1 and 5, so they are refused."""
    for bad in (True, False, 5.0):
        with pytest.raises(InputTypeError) as caught:
            add_working_days(d("2024-01-08"), bad)  # type: ignore[arg-type]
        assert caught.value.problems[0].path == "n"
