"""explain(lang=...): every result says how it was reached in Kazakh, Russian and English.

The law is official in Kazakh and Russian (Constitution art. 7; Law "On Languages" art. 4, 8): a
citizen reads the same reasoning in either, with the acts' own terms. What is checked here: a
Kazakh or Russian text has no English left in it (only rule ids, the citations of the rules'
sources and the calendar's data version are in Latin script), and it says the same numbers and
dates as the English text. A few texts are golden (tests/snapshots/languages/).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import appeal_rules
from appeal_rules import (
    BodyKind,
    CalendarOverlay,
    Convention,
    Extension,
    InvalidInputError,
    Stage,
    assess,
    count_period,
    escalation_options,
    review_deadline,
)
from appeal_rules.calendar import Day, DayKind, default_calendar
from appeal_rules.cli._text import calendar_text
from appeal_rules.deadlines import MonthRounding
from appeal_rules.model import Registration
from appeal_rules.phrases import PHRASES
from appeal_rules.procedure import AcceptanceProof, AddresseeCheck, AnswerDelivery, Option
from appeal_rules.render import court_start, date_text, option_explanation, term_text, translate
from appeal_rules.rules import LANGUAGES, RULES, Term, Unit
from appeal_rules.serialization import calendar_month
from appeal_rules.testing import complaints
from golden import Snapshot
from test_assessment import ASSESSED
from test_escalation import ESCALATIONS

Q = BodyKind.QUALITY_AUTHORITY
CAL = default_calendar()

# Text that stays in Latin script in every language: ids, citations, the data version, and the
# command-line and Python names a provisional reason tells the reader to use.
_KEPT = sorted(
    {s.cite() for r in RULES for v in r.versions for s in v.sources}
    | {s.note for r in RULES for v in r.versions for s in v.sources if s.note}  # English only, in English texts
    | {v.version for r in RULES for v in r.versions}
    | {c.citation for c in Convention} | {c.value for c in Convention}
    | {CAL.version, "--overlay", "Python", "docs/known-gaps.md", "appc", "CalendarOverlay(confirms_years="},
    key=len, reverse=True,
)


#: The Civil Code's articles on counting periods, which no rule version names yet (issue 10: the
#: rules' helper moves them into the rulebook).
_PERIOD_CITATION = re.compile(r"Civil Code arts?\. [0-9, -]+")


def _without_kept(text: str) -> str:
    for kept in _KEPT:
        text = text.replace(kept, " ")
    return _PERIOD_CITATION.sub(" ", text)


def latin_words(text: str) -> list[str]:
    """The words in Latin script left in ``text`` once the ids and citations are taken out."""
    text = _without_kept(text)
    return re.findall(r"[A-Za-z]{2,}", text)


def numbers(text: str) -> list[str]:
    """The dates (as ISO) and numbers said in ``text``, ids and citations left out, sorted."""
    text = _without_kept(text)
    text = re.sub(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", r"\3-\2-\1", text)
    return sorted(re.findall(r"\d{4}-\d{2}-\d{2}|\d+", text))


def check_languages(explain: Callable[[str], str]) -> dict[str, str]:
    """The text in each language; Kazakh and Russian have no English and the same numbers as English."""
    texts = {lang: explain(lang) for lang in LANGUAGES}
    for lang in ("kk", "ru"):
        assert latin_words(texts[lang]) == [], (lang, latin_words(texts[lang]), texts[lang])
        assert numbers(texts[lang]) == numbers(texts["en"]), (lang, texts[lang], texts["en"])
        assert len(texts[lang].splitlines()) == len(texts["en"].splitlines())
    return texts


# --- every kind of result ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ASSESSED))
def test_an_assessment_reads_the_same_in_kazakh_russian_and_english(name: str) -> None:
    """Every step of an assessment (addressee, proof, answer, deadline, options, flags) in the three languages."""
    complaint, kwargs = ASSESSED[name]
    check_languages(assess(complaint, **kwargs).explain)


@pytest.mark.parametrize("name", sorted(ESCALATIONS))
def test_the_options_at_each_stage_read_the_same_in_every_language(name: str) -> None:
    """The options of every stage, regime and calendar flag, in the three languages."""
    stage, kwargs = ESCALATIONS[name]
    check_languages(escalation_options(stage, **kwargs).explain)


EXTENSIONS = {
    "in time": (Q, Extension(5, dt.date(2026, 2, 20), Q, decided_on=dt.date(2026, 2, 18))),
    "too long and told late": (Q, Extension(12, dt.date(2026, 2, 27), Q, decided_on=dt.date(2026, 2, 18))),
    "after the term": (Q, Extension(5, dt.date(2026, 2, 24), Q, decided_on=dt.date(2026, 2, 24))),
    "undated and late": (Q, Extension(5, dt.date(2026, 2, 27), Q)),
    "not the reviewer": (BodyKind.SERVICE_PROVIDER, Extension(5, dt.date(2026, 2, 3), Q)),
    "the State Corporation": (BodyKind.STATE_CORPORATION,
                              Extension(1, dt.date(2026, 2, 3), BodyKind.STATE_CORPORATION)),
}


@pytest.mark.parametrize("name", sorted(EXTENSIONS))
def test_an_extension_and_its_findings_read_the_same_in_every_language(name: str) -> None:
    """Law No. 88-V art. 25(4): each way an extension falls short of the law, said in the three languages,
    in the review deadline and in the escalation that waits for it."""
    reviewer, extension = EXTENSIONS[name]
    d = review_deadline(dt.date(2026, 2, 2), reviewer, extension=extension)
    check_languages(d.explain)
    stage = Stage.QUALITY_PENDING if reviewer is Q else Stage.FIRST_INSTANCE_PENDING
    overdue = Stage.QUALITY_OVERDUE if reviewer is Q else Stage.FIRST_INSTANCE_OVERDUE
    check_languages(escalation_options(stage, on=dt.date(2026, 2, 3), registered_on=dt.date(2026, 2, 2),
                                       extension=extension).explain)
    check_languages(escalation_options(overdue, on=d.due + dt.timedelta(days=10), registered_on=dt.date(2026, 2, 2),
                                       extension=extension).explain)


PERIODS: dict[str, tuple[dt.date, Term, dict[str, Any]]] = {
    "working days over the new year": (dt.date(2024, 12, 31), Term(5, Unit.WORKING_DAYS), {}),
    "the day of registration counted": (dt.date(2025, 1, 6), Term(3, Unit.WORKING_DAYS),
                                        {"convention": Convention.SAME_DAY}),
    "calendar days ending on a day off": (dt.date(2025, 3, 1), Term(7, Unit.CALENDAR_DAYS), {}),
    "a month ending in a short month": (dt.date(2025, 1, 31), Term(1, Unit.MONTHS), {}),
    "a month rounded up (what-if)": (dt.date(2025, 1, 31), Term(1, Unit.MONTHS), {"rounding": MonthRounding.UP}),
    "past the horizon, Kurban Ait estimated": (dt.date(2027, 5, 10), Term(15, Unit.WORKING_DAYS), {}),
    "past the horizon, two years": (dt.date(2026, 12, 20), Term(300, Unit.WORKING_DAYS), {}),
}


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_a_counted_period_reads_the_same_in_every_language(name: str) -> None:
    """Civil Code arts. 173-176 as applied: each step of a count, and why a day was skipped, in three languages."""
    start, term, kwargs = PERIODS[name]
    check_languages(count_period(start, term, **kwargs).explain)


@pytest.mark.parametrize("name", sorted(ASSESSED))
def test_each_decision_of_an_assessment_explains_itself_in_every_language(name: str) -> None:
    """The addressee check, the proof of acceptance, the answer's delivery and each option, one by one;
    each is said in English when no language is asked for."""
    complaint, kwargs = ASSESSED[name]
    a = assess(complaint, **kwargs)
    decisions: list[AcceptanceProof | AnswerDelivery | Option | AddresseeCheck] = [
        a.proof, a.answer, *a.escalation.options]
    if a.addressee_check is not None:
        decisions.append(a.addressee_check)
    for decision in decisions:
        texts = check_languages(decision.explain)
        assert decision.explain() == texts["en"]
    if a.addressee_check is not None:
        assert a.addressee_check.explain() == a.addressee_check.reason


def test_every_kind_of_day_is_described_in_every_language() -> None:
    """Every day of 2024-2027 (weekends, holidays, carried-over and moved days off, estimated dates)."""
    day = dt.date(2024, 1, 1)
    while day.year < 2028:
        check_languages(CAL.day(day).describe)
        day += dt.timedelta(days=1)


def test_a_day_of_an_overlay_keeps_the_act_and_name_its_integrator_gave() -> None:
    """An overlay's day names its act and holiday as the integrator wrote them, in every language."""
    overlay = CalendarOverlay(act="Order No. 1", days_off=(dt.date(2027, 1, 8),), working_days=(dt.date(2027, 1, 16),))
    cal = appeal_rules.WorkingCalendar(overlays=(overlay,))
    assert cal.day(dt.date(2027, 1, 8)).describe("ru") == "пятница 08.01.2027: выходной день по акту: Order No. 1"
    assert cal.day(dt.date(2027, 1, 16)).describe("kk") == "сенбі 16.01.2027: жұмыс күні, акт: Order No. 1"
    named = Day(dt.date(2027, 3, 3), DayKind.HOLIDAY, name="Founders' Day")
    assert named.describe("ru") == "среда 03.03.2027: праздничный день, Founders' Day"
    moved = (Day(dt.date(2025, 1, 3), DayKind.TRANSFERRED), Day(dt.date(2025, 1, 5), DayKind.WORKING_WEEKEND))
    assert [d.describe("kk") for d in moved] == [
        "жұма 03.01.2025: демалыс күндерін ауыстыру туралы актімен ауыстырылған демалыс күні",
        "жексенбі 05.01.2025: демалыс күндерін ауыстыру туралы акт бойынша жұмыс күні",
    ]


def test_names_of_a_snapshot_calendar_are_kept_as_its_integrator_gave_them() -> None:
    """A holiday the holidays package does not know (a snapshot's, an overlay's) keeps its given name."""
    data = {"first_year": 2026, "last_year": 2026, "horizon": 2025, "version": "test", "estimated": ["2026-12-31"],
            "days": [{"date": "2026-12-31", "kind": "holiday", "name": "B", "estimated": True}]}
    cal = appeal_rules.WorkingCalendar.from_snapshot(data)
    assert cal.day(dt.date(2026, 12, 31)).describe("ru") == (
        "четверг 31.12.2026: праздничный день, B (дата ориентировочная)")
    (reason,) = cal.provisional_reasons(dt.date(2026, 12, 31), dt.date(2026, 12, 31))
    assert " и дата праздника B (ориентировочно 31.12.2026;" in translate(reason, "ru")
    text = calendar_text(calendar_month(2026, 12, calendar=cal), "kk")
    assert "31.12.2026  бейсенбі   жоқ    мереке                B; күні болжамды [алдын ала]" in text


def test_the_longer_lodging_limit_explains_itself_in_every_language() -> None:
    """APPC art. 92(1-1), from 28 December 2025: without appeal information the 6-month limit is said, not the
    3-month one."""
    e = escalation_options(Stage.BEFORE_FILING, on=dt.date(2026, 3, 3), learned_on=dt.date(2026, 2, 3),
                           appeal_information_given=False)
    (option,) = e.options
    longer = next(v for v in option.basis if v.rule_id == "lodging_limit.no_appeal_information")
    base = next(v for v in option.basis if v.rule_id == "lodging_limit")
    for lang in ("kk", "ru"):
        text = option_explanation(option, lang, court_start(e, option))
        assert longer.text(lang) in text
        assert base.text(lang) not in text


@given(complaints(min_date=dt.date(2019, 1, 1), max_date=dt.date(2027, 6, 30)), st.data())
def test_any_assessment_reads_the_same_in_every_language(complaint: Any, data: st.DataObject) -> None:
    """Whatever the complaint, its registration and the day asked: no English in Kazakh or Russian."""
    lodged = complaint.lodged_on
    registered = data.draw(st.none() | st.dates(lodged, lodged + dt.timedelta(days=5)))
    registration = None
    if registered is not None:
        body = data.draw(st.sampled_from(appeal_rules.addressees(complaint.respondent, lodged_on=lodged)))
        registration = Registration(registered, body)
    on = (registered or lodged) + dt.timedelta(days=data.draw(st.integers(0, 60)))
    check_languages(assess(complaint, registration=registration, on=on).explain)


# --- the renderer --------------------------------------------------------------------------------


def test_every_phrase_has_a_text_in_every_language_with_the_same_values() -> None:
    """Each phrase of the table is written in Kazakh, Russian and English, each with the same placeholders."""
    for key, texts in PHRASES.items():
        assert len(texts) == len(LANGUAGES), key
        assert all(texts), key
        names = [sorted(set(re.findall(r"\{(\w+)\}", t))) for t in texts]
        assert names[0] == names[1], key
        assert set(names[0]) <= set(names[2]), key  # English may say more (a source's note)


def test_dates_and_terms_are_written_as_each_language_writes_them() -> None:
    """DD.MM.YYYY in Kazakh and Russian, ISO in English; Russian nouns agree with the number."""
    assert [date_text(dt.date(2025, 3, 8), lang) for lang in LANGUAGES] == ["08.03.2025", "08.03.2025", "2025-03-08"]
    assert [term_text(Term(n, Unit.WORKING_DAYS), "ru") for n in (1, 2, 5, 11, 21, 22, 112)] == [
        "1 рабочий день", "2 рабочих дня", "5 рабочих дней", "11 рабочих дней", "21 рабочий день",
        "22 рабочих дня", "112 рабочих дней"]
    assert [term_text(Term(n, u), "kk") for n, u in ((15, Unit.WORKING_DAYS), (3, Unit.MONTHS),
                                                      (10, Unit.CALENDAR_DAYS))] == [
        "15 жұмыс күні", "3 ай", "10 күнтізбелік күн"]


def test_prose_no_phrase_matches_is_given_as_it_is() -> None:
    """A sentence the table does not know is not guessed at: it is given unchanged."""
    assert translate("something new", "kk") == "something new"
    assert translate("the incoming number", "en") == "the incoming number"


@pytest.mark.parametrize("explain", [
    lambda lang: review_deadline(dt.date(2025, 1, 6), Q).explain(lang),
    lambda lang: CAL.day(dt.date(2025, 1, 6)).describe(lang),
    lambda lang: escalation_options(Stage.COURT, on=dt.date(2025, 1, 6)).explain(lang),
])
def test_an_unknown_language_is_refused_with_the_languages_accepted(explain: Callable[[str], str]) -> None:
    """Only kk, ru and en are offered; another language is an input error naming them."""
    with pytest.raises(InvalidInputError) as caught:
        explain("de")
    (problem,) = caught.value.problems
    assert (problem.path, problem.accepted) == ("lang", "one of: kk, ru, en")


# --- golden texts --------------------------------------------------------------------------------

GOLDEN: dict[str, Callable[[str], str]] = {
    "assessment.provider.registered.pending": lambda lang: assess(
        ASSESSED["provider.registered.pending"][0], **ASSESSED["provider.registered.pending"][1]).explain(lang),
    "assessment.corporation.portal.overdue": lambda lang: assess(
        ASSESSED["corporation.portal.overdue"][0], **ASSESSED["corporation.portal.overdue"][1]).explain(lang),
    "escalation.before_filing.appc.no_superior": lambda lang: escalation_options(
        ESCALATIONS["before_filing.appc.no_superior"][0],
        **ESCALATIONS["before_filing.appc.no_superior"][1]).explain(lang),
    "escalation.overdue.provisional": lambda lang: escalation_options(
        ESCALATIONS["overdue.provisional"][0], **ESCALATIONS["overdue.provisional"][1]).explain(lang),
    "deadline.extension.too_long_and_told_late": lambda lang: review_deadline(
        dt.date(2026, 2, 2), Q, extension=EXTENSIONS["too long and told late"][1]).explain(lang),
    "period.month_end": lambda lang: count_period(dt.date(2025, 1, 31), Term(1, Unit.MONTHS)).explain(lang),
}


def _golden_names() -> Iterable[tuple[str, str]]:
    return [(name, lang) for name in sorted(GOLDEN) for lang in ("kk", "ru")]


@pytest.mark.parametrize(("name", "lang"), _golden_names())
def test_kazakh_and_russian_explanations_match_their_golden_texts(name: str, lang: str, snapshot: Snapshot) -> None:
    """Golden texts: tests/snapshots/languages/<case>.<lang>.txt (regenerate with --update-snapshots)."""
    text = GOLDEN[name](lang).replace(CAL.version, "{CALENDAR}")
    snapshot.check(f"languages/{name}.{lang}.txt", text + "\n")
