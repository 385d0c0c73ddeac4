# ruff: noqa: RUF001 - Kazakh and Russian text is Cyrillic on purpose
"""Labels in Kazakh, Russian and English: none missing, official terms, holiday names 2018-2030."""

from __future__ import annotations

import datetime as dt
import enum
import re

import holidays
import pytest

import appeal_rules.labels as labels_module
from appeal_rules import (
    AppealedAct,
    BodyKind,
    Channel,
    Convention,
    InvalidInputError,
    PortalStatus,
    Respondent,
    Stage,
    rule_version,
)
from appeal_rules.calendar import DayKind, default_calendar
from appeal_rules.labels import LABELLED_ENUMS, LANGUAGES, holiday_name, label
from appeal_rules.procedure import OptionKind
from appeal_rules.rules import RULES

YEARS = range(2018, 2031)
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
ALL_VERSIONS = [v for r in RULES for v in r.versions]


def test_languages() -> None:
    assert LANGUAGES == ("kk", "ru", "en")


def test_public_names() -> None:
    assert sorted(dir(labels_module)) == sorted(labels_module.__all__)
    for name in labels_module.__all__:
        assert getattr(labels_module, name).__doc__ or name in ("LANGUAGES", "LABELLED_ENUMS")


def test_every_required_enum_is_labelled() -> None:
    required = {BodyKind, Respondent, AppealedAct, Channel, PortalStatus, Stage, OptionKind, DayKind, Convention}
    assert required <= set(LABELLED_ENUMS)


@pytest.mark.parametrize("member", [m for e in LABELLED_ENUMS for m in e], ids=repr)
def test_every_enum_member_has_a_label_in_every_language(member: enum.Enum) -> None:
    assert type(member) in LABELLED_ENUMS
    texts = {lang: label(member, lang) for lang in LANGUAGES}
    for lang, text in texts.items():
        assert isinstance(text, str)
        assert text, (member, lang)
        assert text.strip() == text, (member, lang)
    for lang in ("kk", "ru"):
        assert CYRILLIC.search(texts[lang]), texts
        assert not LATIN.search(texts[lang]), texts
    assert not CYRILLIC.search(texts["en"]), texts


def test_labels_within_an_enum_are_distinct() -> None:
    for enum_type in LABELLED_ENUMS:
        for lang in LANGUAGES:
            texts = [label(m, lang) for m in enum_type]
            assert len(set(texts)) == len(texts), (enum_type, lang, texts)


def test_official_terms() -> None:
    assert label(BodyKind.SERVICE_PROVIDER, "ru") == "Услугодатель"
    assert label(BodyKind.SERVICE_PROVIDER, "kk") == "Көрсетілетін қызметті беруші"
    assert label(BodyKind.STATE_CORPORATION, "ru") == "Государственная корпорация «Правительство для граждан»"
    assert label(BodyKind.STATE_CORPORATION, "kk") == "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"
    assert label(BodyKind.QUALITY_AUTHORITY, "ru") == (
        "Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг")
    assert label(Respondent.STATE_CORPORATION, "ru") == label(BodyKind.STATE_CORPORATION, "ru")
    assert "услугодател" in label(Respondent.PROVIDER_OFFICIAL, "ru")


@pytest.mark.parametrize("version", ALL_VERSIONS, ids=lambda v: v.version)
def test_every_rule_version_has_an_explanation_in_every_language(version: object) -> None:
    from appeal_rules.rules import RuleVersion

    assert isinstance(version, RuleVersion)
    assert label(version, "en") == version.explanation
    assert label(version.version, "en") == version.explanation
    for lang in ("kk", "ru"):
        text = label(version.version, lang)
        assert text == label(version, lang)
        assert CYRILLIC.search(text), (version.version, lang)
        assert not LATIN.search(text), (version.version, lang, text)
        # Numbers in the English text (terms, dates) are kept in the translation.
        for number in re.findall(r"\d+", version.explanation):
            assert number in text, (version.version, lang, number)


@pytest.mark.parametrize(("day", "ru"), [
    (dt.date(2018, 1, 1), "Агентство Республики Казахстан по делам государственной службы и противодействию коррупции"),
    (dt.date(2019, 7, 22), "Агентство Республики Казахстан по делам государственной службы"),
    (dt.date(2025, 6, 1), "Агентство Республики Казахстан по делам государственной службы"),
])
def test_quality_authority_name_in_each_version(day: dt.date, ru: str) -> None:
    version = rule_version("quality_authority.name", day)
    assert label(version, "ru") == ru
    assert label(version, "kk").startswith("Қазақстан Республикасының Мемлекеттік қызмет істері")
    assert label(version, "en") == version.explanation


def test_every_quality_authority_version_is_named() -> None:
    versions = next(r for r in RULES if r.id == "quality_authority.name").versions
    assert len(versions) >= 3
    names = {lang: {label(v, lang) for v in versions} for lang in LANGUAGES}
    assert all(len(n) == len(versions) for n in names.values())


def _package_names(language: str, *, estimated: bool) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("KZ", years=YEARS, language=language, islamic_show_estimated=estimated))


def _reviewed(package_name: str) -> str:
    """The ``holidays`` package's Kazakh name with the terminology review's three corrections."""
    return (package_name.replace("Отан Қорғаушы күні", "Отан қорғаушы күні")
            .replace("(бағаланған)", "(болжамды күн)").replace(" бастап ауыстырылды)", " күнінен ауыстырылды)"))


def test_kazakh_holiday_names_follow_the_terminology_review() -> None:
    """The law writes «Отан қорғаушы күні»; an estimated date is «болжамды күн», not «бағаланған»
    ("appraised"); a day off moved from a date is «… күнінен ауыстырылды», not «… бастап» ("from
    ... on")."""
    assert holiday_name("Defender of the Fatherland Day", "kk") == "Отан қорғаушы күні"
    assert holiday_name("Eid al-Adha (estimated)", "kk") == "Құрбан айт (болжамды күн)"
    assert holiday_name("Day off (substituted from 01/05/2025)", "kk") == (
        "Демалыс күні (05.01.2025 күнінен ауыстырылды)")


def test_kazakh_name_of_a_year_before_the_table_is_the_one_then_in_force() -> None:
    """25 October was renamed «Қазақстан Республикасы күні» from 2026: a date in 2010 gets the old
    name «Республика күні», as Russian gives «День Республики», not the 2026 one."""
    assert holiday_name("Republic Day", "kk", day=dt.date(2010, 10, 25)) == "Республика күні"
    assert holiday_name("Republic Day", "ru", day=dt.date(2010, 10, 25)) == "День Республики"


@pytest.mark.parametrize("estimated", [True, False])
def test_every_holiday_name_2018_2030_in_every_language(estimated: bool) -> None:
    en = _package_names("en_US", estimated=estimated)
    kk = _package_names("kk", estimated=estimated)
    assert len(en) > 13 * 10
    for day, name in en.items():
        assert holiday_name(name, "en") == name
        assert holiday_name(name, "en", day=day) == name
        # Kazakh: the package's own name for that day (names of one day are sorted per language).
        assert sorted(holiday_name(name, "kk", day=day).split("; ")) == sorted(_reviewed(kk[day]).split("; ")), (
            day, name)
        assert holiday_name(name, "kk")
        for ru in (holiday_name(name, "ru"), holiday_name(name, "ru", day=day)):
            assert CYRILLIC.search(ru), (day, name, ru)
            assert not LATIN.search(ru), (day, name, ru)
            assert len(ru.split("; ")) == len(name.split("; "))


def test_names_without_a_date_are_the_latest() -> None:
    assert holiday_name("Republic Day", "kk") == "Қазақстан Республикасы күні"
    assert holiday_name("Republic Day", "kk", day=dt.date(2025, 10, 25)) == "Республика күні"
    assert holiday_name("Republic Day", "ru", day=dt.date(2025, 10, 25)) == "День Республики"
    assert holiday_name("Republic Day", "ru", day=dt.date(2026, 10, 25)) == "День Республики Казахстан"
    assert holiday_name("Republic Day (observed)", "ru", day=dt.date(2026, 10, 26)) == (
        "День Республики Казахстан (перенесённый выходной день)")


def test_names_that_never_changed_are_the_same_with_or_without_a_date() -> None:
    en = _package_names("en_US", estimated=True)
    kk = _package_names("kk", estimated=True)
    by_name: dict[str, set[str]] = {}
    for day, name in en.items():
        by_name.setdefault(name, set()).add(kk[day])
    for name, kk_names in by_name.items():
        if len(kk_names) == 1 and "; " not in name:
            assert holiday_name(name, "kk") == _reviewed(next(iter(kk_names))), name


def test_distinct_holidays_have_distinct_russian_names() -> None:
    bases = {re.sub(r" \(.*\)$", "", part) for name in _package_names("en_US", estimated=True).values()
             for part in name.split("; ")}
    russian = {holiday_name(b, "ru") for b in bases}
    assert len(russian) == len(bases)


def test_every_day_name_of_the_calendar_in_every_language() -> None:
    cal = default_calendar()
    names = {d.name for d in cal.days(cal.first_day, cal.last_day) if d.name}
    assert {"Day off", "Working day", "Nowruz Holiday"} <= names
    for name in names:
        for lang in LANGUAGES:
            assert holiday_name(name, lang), (name, lang)
    for day in cal.days(dt.date(2026, 1, 1), dt.date(2026, 12, 31)):
        if day.name:
            assert holiday_name(day.name, "kk", day=day.date)


@pytest.mark.parametrize(("name", "lang", "expected"), [
    ("Victory Day", "ru", "День Победы"),
    ("Victory Day", "kk", "Жеңіс күні"),
    ("Nowruz Holiday (observed)", "ru", "Наурыз мейрамы (перенесённый выходной день)"),
    ("Eid al-Adha (estimated)", "ru", "Курбан айт (ориентировочная дата)"),
    ("Day off (substituted from 01/05/2025)", "ru", "Выходной день (перенесён с 05.01.2025)"),
    ("Day off (substituted from 01/05/2025)", "kk", "Демалыс күні (05.01.2025 күнінен ауыстырылды)"),
    ("Day off", "kk", "Демалыс күні"),
    ("Working day", "ru", "Рабочий день"),
    ("Eid al-Adha (estimated); Victory Day (observed)", "ru",
     "Курбан айт (ориентировочная дата); День Победы (перенесённый выходной день)"),
])
def test_holiday_name_examples(name: str, lang: str, expected: str) -> None:
    assert holiday_name(name, lang) == expected


def test_kazakh_names_of_years_outside_the_table_are_built_from_the_package() -> None:
    en = holidays.country_holidays("KZ", years=range(2031, 2061), language="en_US")
    kk = holidays.country_holidays("KZ", years=range(2031, 2061), language="kk")
    for day, name in en.items():
        assert sorted(holiday_name(name, "kk", day=day).split("; ")) == sorted(_reviewed(kk[day]).split("; ")), (
            day, name)
    assert holiday_name("Day off (substituted from 01/06/2035)", "kk") == (
        "Демалыс күні (06.01.2035 күнінен ауыстырылды)")


@pytest.mark.parametrize("lang", ["de", "", "EN", "en_US", None, 1])
def test_unknown_language_is_refused_with_the_accepted_ones(lang: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        label(Channel.POST, lang)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError) as info2:
        holiday_name("Victory Day", lang)  # type: ignore[arg-type]
    for err in (info.value, info2.value):
        (problem,) = err.problems
        assert problem.path == "lang"
        assert problem.accepted == "one of: kk, ru, en"


@pytest.mark.parametrize("key", ["court", "court@1999", "", 42, dt.date(2025, 1, 1)])
def test_unknown_key_is_refused(key: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        label(key, "en")  # type: ignore[arg-type]
    assert info.value.problems[0].path == "member_or_key"


def test_enum_without_labels_is_refused() -> None:
    from appeal_rules import ProvisionalPolicy

    with pytest.raises(InvalidInputError, match="no label"):
        label(ProvisionalPolicy.MARK, "en")


@pytest.mark.parametrize("name", ["Christmas Day", "Victory Day (moved)", "", "Day off (substituted from 2025-01-05)",
                                  5])
def test_unknown_holiday_name_is_refused(name: object) -> None:
    for lang in LANGUAGES:
        with pytest.raises(InvalidInputError) as info:
            holiday_name(name, lang)  # type: ignore[arg-type]
        assert info.value.problems[0].path == "english_name"


@pytest.mark.parametrize("on", ["2025-01-01", dt.datetime(2025, 1, 1, tzinfo=dt.UTC), 2025])
def test_holiday_date_must_be_a_date(on: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        holiday_name("Victory Day", "ru", day=on)  # type: ignore[arg-type]
    assert info.value.problems[0].path == "day"
