"""holiday_name: Kazakh built from its parts, an unknown name, and the bounded table of years."""

from __future__ import annotations

import datetime as dt

import pytest

import appeal_rules.labels as labels_module
from appeal_rules import InvalidInputError
from appeal_rules.labels import holiday_name

KK_OBSERVED = "(қайта белгіленген демалыс)"


@pytest.mark.parametrize("base", ["Orthodox Christmas", "Eid al-Adha", "Day off"])
def test_an_observed_name_the_package_never_gave_is_built_from_the_base_and_the_suffix(base: str) -> None:
    # The holidays package never names a day "<base> (observed)" for these, so the Kazakh is built.
    assert holiday_name(f"{base} (observed)", "kk") == f"{holiday_name(base, 'kk')} {KK_OBSERVED}"


def test_the_built_kazakh_name_reads_as_expected() -> None:
    assert holiday_name("Orthodox Christmas (observed)", "kk") == f"Православиелік Рождество {KK_OBSERVED}"
    assert holiday_name("Eid al-Adha (observed); Victory Day", "kk") == f"Құрбан айт {KK_OBSERVED}; Жеңіс күні"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", ["Bogus Day", "Victory Day (postponed)", "victory day"])
def test_an_unknown_holiday_name_is_refused_in_every_language(name: str, lang: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        holiday_name(name, lang)
    (problem,) = caught.value.problems
    assert problem.path == "english_name"
    assert problem.message == f"unknown holiday name {name!r}"
    assert problem.accepted.startswith("a name the holidays package gives for Kazakhstan in en_US")


def test_the_table_of_years_stays_bounded_and_keeps_the_general_table() -> None:
    years = range(1991, 2061)  # more years than the table keeps (64 and the general one)
    general = labels_module._kazakh_names(None)
    for year in years:
        assert holiday_name("Victory Day", "kk", on=dt.date(year, 5, 9)) == "Жеңіс күні"
        assert len(labels_module._KK_TABLES) <= 65
    assert len(labels_module._KK_TABLES) < len(years)  # it was emptied on the way
    assert labels_module._kazakh_names(None) is general  # kept through every emptying
    # The tables read again after being dropped give the same names.
    assert holiday_name("Republic Day", "ru", on=dt.date(2024, 10, 25)) == "День Республики"
    assert holiday_name("Independence Day (observed)", "kk", on=dt.date(1991, 12, 16)) == (
        f"Тәуелсіздік күні {KK_OBSERVED}"
    )
