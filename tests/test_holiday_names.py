"""Holiday names in Kazakh and Russian: built from their parts, refused when unknown, kept per year.

The names are the official ones of the Law "On Holidays in the Republic of Kazakhstan" in each
language; a holiday carried over from a day off (art. 5) is named with its suffix, in Kazakh
"(қайта белгіленген демалыс)". A name the ``holidays`` package never gives for Kazakhstan is refused
rather than guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest

import appeal_rules.labels._holidays as holidays_module
from appeal_rules import InvalidInputError
from appeal_rules.labels import holiday_name

KK_OBSERVED = "(қайта белгіленген демалыс)"


@pytest.mark.parametrize("base", ["Orthodox Christmas", "Eid al-Adha", "Day off"])
def test_an_observed_name_the_package_never_gave_is_built_from_the_base_and_the_suffix(base: str) -> None:
    # The holidays package never names a day "<base> (observed)" for these, so the Kazakh is built.
    """A carried-over day's Kazakh name is the holiday's name and the suffix, even for names the package never
    gave a carry-over.
    """
    assert holiday_name(f"{base} (observed)", "kk") == f"{holiday_name(base, 'kk')} {KK_OBSERVED}"


def test_a_built_kazakh_name_reads_as_the_official_names_do() -> None:
    """Built names read as the official ones: the holiday's Kazakh name, then the carry-over suffix; each part of a
    double name in turn."""
    assert holiday_name("Orthodox Christmas (observed)", "kk") == f"Православиелік Рождество {KK_OBSERVED}"
    assert holiday_name("Eid al-Adha (observed); Victory Day", "kk") == f"Құрбан айт {KK_OBSERVED}; Жеңіс күні"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", ["Bogus Day", "Victory Day (postponed)", "victory day"])
def test_an_unknown_holiday_name_is_refused_in_every_language(name: str, lang: str) -> None:
    """An unknown name (or a known one misspelt or with another suffix) is refused as ``english_name``, naming it."""
    with pytest.raises(InvalidInputError) as caught:
        holiday_name(name, lang)
    (problem,) = caught.value.problems
    assert problem.path == "english_name"
    assert repr(name) in problem.message
    assert problem.accepted.startswith("a name the holidays package gives for Kazakhstan in en_US")


def test_the_table_of_years_stays_bounded_and_keeps_the_general_table() -> None:
    """Names read for many years keep the table of years bounded, and the names stay right after it is emptied."""
    years = range(1991, 2061)  # more years than the table keeps (64 and the general one)
    general = holidays_module._kazakh_names(None)
    for year in years:
        assert holiday_name("Victory Day", "kk", day=dt.date(year, 5, 9)) == "Жеңіс күні"
        assert len(holidays_module._KK_TABLES) <= 65
    assert len(holidays_module._KK_TABLES) < len(years)  # it was emptied on the way
    assert holidays_module._kazakh_names(None) is general  # kept through every emptying
    # The tables read again after being dropped give the same names.
    assert holiday_name("Republic Day", "ru", day=dt.date(2024, 10, 25)) == "День Республики"
    assert holiday_name("Independence Day (observed)", "kk", day=dt.date(1991, 12, 16)) == (
        f"Тәуелсіздік күні {KK_OBSERVED}"
    )
