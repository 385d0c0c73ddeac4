# ruff: noqa: RUF002 - Kazakh and Russian text is Cyrillic on purpose
"""Every text a result says about itself, in Kazakh (``kk``), Russian (``ru``) and English (``en``).

One renderer serves ``explain(lang=...)`` on the results, the command line's text output and the
docs. Its phrases live in one table, :data:`~appeal_rules.phrases.PHRASES`, each with its three
texts side by side; the
terms are the acts' own (see :mod:`appeal_rules.labels`). A rule's explanation comes from its
version (:meth:`~appeal_rules.rules.RuleVersion.text`), a body's or a stage's name from
:func:`~appeal_rules.labels.label`, a holiday's from :func:`~appeal_rules.labels.holiday_name`,
and every citation from the rule versions a result names (its ``basis``): the renderer cites
nothing itself.

Some results carry a sentence of English prose (a provisional reason, an extension finding, the
reason of an addressee check, the items of a proof of acceptance). The English template of each
such phrase is in the table too: :func:`translate` recognises the sentence by it and says it in
the other language, with its dates, bodies and terms converted and its citations kept.

Dates are written ``DD.MM.YYYY`` in Kazakh and Russian and ``YYYY-MM-DD`` in English.

>>> import datetime as dt
>>> from appeal_rules import review_deadline, BodyKind
>>> d = review_deadline(dt.date(2024, 12, 31), BodyKind.SERVICE_PROVIDER)
>>> print(d.explain("ru").splitlines()[0].split(" (")[0])
Рассматривает: Услугодатель. Срок рассмотрения: 5 рабочих дней с регистрации 31.12.2024
>>> phrase("term", "kk", n=5, unit="жұмыс күні")
'5 жұмыс күні'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

# The results' modules import this one inside their explain methods, once they are loaded.
from appeal_rules.calendar import Day, DayKind
from appeal_rules.deadlines import Convention, MonthRounding, Period
from appeal_rules.errors import InvalidInputError
from appeal_rules.labels import holiday_name, label
from appeal_rules.model import BodyKind, Channel, PortalStatus
from appeal_rules.phrases import PHRASES
from appeal_rules.procedure import (
    AcceptanceProof,
    AddresseeCheck,
    AnswerDelivery,
    Assessment,
    Escalation,
    ExtensionCheck,
    Option,
    OptionKind,
    ReviewDeadline,
    Stage,
)
from appeal_rules.rules import LANGUAGES, RuleVersion, Term, Unit

__all__ = [
    "addressee_reason",
    "answer_methods",
    "assessment_lines",
    "calendar_line",
    "check_language",
    "cite_all",
    "court_start",
    "date_text",
    "day_text",
    "deadline_lines",
    "escalation_lines",
    "escalation_note",
    "extension_lines",
    "holiday_text",
    "option_explanation",
    "option_label",
    "option_line",
    "period_lines",
    "phrase",
    "proof_lines",
    "rules_line",
    "term_text",
    "translate",
    "weekday_name",
]


def __dir__() -> list[str]:
    return __all__


#: The phrases results carry as English prose: :func:`translate` recognises them by their English text.
_PROSE: Final[tuple[str, ...]] = (
    "reason.horizon", "finding.not_reviewer", "finding.state_corporation", "finding.too_long", "finding.too_late",
    "finding.told_late", "addressee.invalid", "addressee.valid", "proof.status", "proof.stamp_copy",
    "proof.number", "proof.date", "proof.stamp", "proof.number_date", "proof.person", "proof.collect",
    "proof.portal_note", "proof.quality_note", "answer.post", "answer.office", "answer.portal",
    "note.court", "note.waiting", "extension.head", "extension.finding", "since.decided", "since.due",
    "addressee.state_corporation", "addressee.employee", "addressee.provider", "reason.estimated",
)

#: :data:`~appeal_rules.phrases.PHRASES` by language: one lookup per phrase said.
_BY_LANGUAGE: Final[Mapping[str, Mapping[str, str]]] = {
    lang: {key: texts[i] for key, texts in PHRASES.items()} for i, lang in enumerate(LANGUAGES)
}

# Russian: the three forms a noun takes after a number (1, 2-4, 5 and more).
_RU_UNITS: Final[Mapping[Unit, tuple[str, str, str]]] = {
    Unit.WORKING_DAYS: ("рабочий день", "рабочих дня", "рабочих дней"),
    Unit.CALENDAR_DAYS: ("календарный день", "календарных дня", "календарных дней"),
    Unit.MONTHS: ("месяц", "месяца", "месяцев"),
}
# Kazakh: a noun after a number stays singular.
_KK_UNITS: Final[Mapping[Unit, str]] = {Unit.WORKING_DAYS: "жұмыс күні", Unit.CALENDAR_DAYS: "күнтізбелік күн",
                                        Unit.MONTHS: "ай"}


def check_language(lang: object) -> int:
    """The position of ``lang`` in :data:`~appeal_rules.rules.LANGUAGES`; another value is refused.

    >>> check_language("ru")
    1
    >>> check_language("de")
    Traceback (most recent call last):
    ...
    appeal_rules.errors.InvalidInputError: 1 problem:
    - lang: unknown language 'de'; accepted: one of: kk, ru, en
    """
    if isinstance(lang, str) and lang in LANGUAGES:
        return LANGUAGES.index(lang)
    raise _unknown_language(lang)


def _unknown_language(lang: object) -> InvalidInputError:
    return InvalidInputError.single("lang", f"unknown language {lang!r}", "one of: " + ", ".join(LANGUAGES))


def phrase(key: str, lang: str, **values: object) -> str:
    """The phrase ``key`` of :data:`~appeal_rules.phrases.PHRASES` in ``lang``, with ``values`` filled in.

    >>> phrase("option.limit", "ru", date="10.04.2025")
    '; последний день 10.04.2025'
    """
    table = _BY_LANGUAGE.get(lang) if isinstance(lang, str) else None
    if table is None:
        raise _unknown_language(lang)
    return table[key].format(**values)


def date_text(day: dt.date, lang: str) -> str:
    """A date as the language writes it: ``DD.MM.YYYY`` in Kazakh and Russian, ISO in English.

    >>> date_text(dt.date(2025, 1, 6), "kk"), date_text(dt.date(2025, 1, 6), "en")
    ('06.01.2025', '2025-01-06')
    """
    return day.isoformat() if lang == "en" else f"{day:%d.%m.%Y}"


def term_text(term: Term, lang: str) -> str:
    """A term in words: ``5 working days``, ``5 рабочих дней``, ``5 жұмыс күні``.

    >>> term_text(Term(3, Unit.MONTHS), "ru"), term_text(Term(21, Unit.WORKING_DAYS), "ru")
    ('3 месяца', '21 рабочий день')
    """
    if lang == "en":
        return term.describe()
    if lang == "kk":
        return phrase("term", lang, n=term.length, unit=_KK_UNITS[term.unit])
    n = term.length
    form = 2 if 11 <= n % 100 <= 14 else 0 if n % 10 == 1 else 1 if 2 <= n % 10 <= 4 else 2
    return phrase("term", lang, n=n, unit=_RU_UNITS[term.unit][form])


def weekday_name(day: dt.date, lang: str = "en") -> str:
    """The name of ``day``'s weekday in ``lang``, from the phrase table.

    >>> import datetime as dt
    >>> weekday_name(dt.date(2025, 1, 5)), weekday_name(dt.date(2025, 1, 5), "kk")
    ('Sunday', 'жексенбі')
    """
    check_language(lang)
    return _BY_LANGUAGE[lang]["weekday"].split("|")[day.weekday()]


def _dated(day: dt.date, lang: str) -> str:
    return f"{weekday_name(day, lang)} {date_text(day, lang)}"


def holiday_text(name: str, lang: str, on: dt.date | None = None) -> str:
    """A holiday's name in ``lang``; a name of the integrator's own (an overlay's, a snapshot's) as given.

    >>> holiday_text("Victory Day", "kk"), holiday_text("Founders' Day", "ru")
    ('Жеңіс күні', "Founders' Day")
    """
    try:
        return holiday_name(name, lang, day=on)
    except InvalidInputError:
        return name


def _body(body: BodyKind, lang: str) -> str:
    """A body as the English prose names it (``service provider``), or its label."""
    return body.value.replace("_", " ") if lang == "en" else label(body, lang)


# --- recognising the English prose a result carries ---------------------------------------------


#: The values that are whole numbers (a count of days, a year).
_NUMBERS: Final = frozenset({"n", "most", "last", "year", "applied"})
_NUMBER: Final = r"\d+"


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    seen: set[str] = set()
    regex = ""
    for i, part in enumerate(parts):
        if i % 2 == 0:
            regex += re.escape(part)
        else:  # a value said twice is the same value both times
            regex += f"(?P={part})" if part in seen else f"(?P<{part}>{_NUMBER if part in _NUMBERS else '.+?'})"
            seen.add(part)
    return re.compile(f"^{regex}$", re.DOTALL)


_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (key, _pattern(PHRASES[key][2])) for key in _PROSE
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_TERM = re.compile(r"^(\d+) (working day|calendar day|month)s?$")
_TERM_UNITS: Final = {"working day": Unit.WORKING_DAYS, "calendar day": Unit.CALENDAR_DAYS, "month": Unit.MONTHS}
_BODY_NAMES: Final = {b.value.replace("_", " "): b for b in BodyKind}
_STATUS_NAMES: Final = {s.value.replace("_", " "): s for s in PortalStatus}
#: Values whose text is kept as it is: citations, rule version ids, numbers, years.
_KEPT: Final = frozenset({"cite", "cites", "n", "most", "last", "year", "applied"})


def _value(name: str, text: str, lang: str) -> str | None:  # noqa: PLR0911 - one return per kind of value
    """A value captured from English prose, said in ``lang`` (None if it is prose no phrase matches)."""
    if name in _KEPT:
        return text
    if name in ("date", "due", "moved") and _ISO.fullmatch(text):
        return date_text(dt.date.fromisoformat(text), lang)
    if name in ("body", "reviewer") and text in _BODY_NAMES:
        return label(_BODY_NAMES[text], lang)
    if name == "status" and text in _STATUS_NAMES:
        return label(_STATUS_NAMES[text], lang)
    if name == "name":
        return holiday_text("Eid al-Adha" if text == "Kurban Ait" else text, lang)
    term = _TERM.match(text)
    if name == "term" and term:
        return term_text(Term(int(term[1]), _TERM_UNITS[term[2]]), lang)
    return _translated(text, lang)


def _translated(text: str, lang: str) -> str | None:
    """``text`` said in ``lang``, or None when no phrase matches it, or a part of it, whole."""
    if text.startswith(PHRASES["reason.act"][2]):
        return _missing_text(text, lang)
    for key, pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            values = {name: _value(name, value, lang) for name, value in match.groupdict().items()}
            if None not in values.values():
                return PHRASES[key][check_language(lang)].format(**values)
    return None


def translate(text: str, lang: str) -> str:
    """English prose a result carries (a reason, a finding, an item), said in ``lang``.

    The sentence is recognised by the English text of its phrase in :data:`~appeal_rules.phrases.PHRASES`; its dates,
    bodies and terms are said in ``lang``, its citations kept. A text no phrase matches is given
    as it is.

    >>> translate("the incoming number", "kk")
    'кіріс нөмірі'
    >>> translate("collected at the office of the ministry", "ru")
    'получить в канцелярии (орган: Центральный государственный орган (министерство))'
    """
    check_language(lang)
    if lang == "en":
        return text
    said = _translated(text, lang)
    return text if said is None else said


def _missing_text(text: str, lang: str) -> str:
    """What is missing for a year past the horizon: the transfer act and estimated dates."""
    act = PHRASES["reason.act"][2]
    rest = text.removeprefix(act).removesuffix(" are").removesuffix(" is")
    dates = re.findall(r" and the date of .+?it may move a day\)", rest)
    return PHRASES["reason.act"][check_language(lang)] + "".join(translate(d, lang) for d in dates)


# --- the flags -----------------------------------------------------------------------------------


def calendar_line(reasons: Sequence[str], version: str, lang: str) -> str:
    """The calendar flag in one line: provisional, with why, or confirmed for every day looked at.

    >>> calendar_line((), "holidays 0.109", "kk")
    'Күнтізбе: қаралған әрбір күн үшін расталған (holidays 0.109).'
    """
    if reasons:
        joined = phrase("calendar.and_because", lang).join(translate(r, lang) for r in reasons)
        return phrase("calendar.provisional", lang, reasons=joined)
    return phrase("calendar.confirmed", lang, version=version)


def rules_line(versions: Iterable[RuleVersion], lang: str) -> str:
    """The rules flag in one line: all confirmed, or each unconfirmed version with why.

    A version is confirmed when its primary source was read; a supporting source not read is
    named too, without making the version unconfirmed. A source's note is English prose: it is
    given in English only.
    """
    versions = tuple(versions)
    unread = [v for v in versions if not v.confirmed]

    def source(s: Any) -> str:
        return phrase("rules.source", lang, cite=s.cite(), note=s.note)

    text = (phrase("rules.unconfirmed", lang, versions="; ".join(
        phrase("rules.version", lang, version=v.version, source=source(v.sources[0])) for v in unread))
        if unread else phrase("rules.confirmed", lang))
    supporting = [s for v in versions if v.confirmed for s in v.sources[1:] if not s.confirmed]
    if supporting:
        text += phrase("rules.supporting", lang, sources="; ".join(
            dict.fromkeys(source(s) for s in dict.fromkeys(supporting))))
    return text + "."


def cite_all(versions: Iterable[RuleVersion]) -> str:
    """The sources of ``versions``, each once, in order.

    >>> import datetime as dt
    >>> from appeal_rules import rule_version
    >>> court = rule_version("court", dt.date(2025, 1, 6))
    >>> cite_all([court, court]) == court.cite()
    True
    """
    return "; ".join(dict.fromkeys(s.cite() for v in versions for s in v.sources))


# --- days and periods ----------------------------------------------------------------------------


def day_text(day: Day, lang: str) -> str:
    """One calendar day and its kind in one line (what :meth:`~appeal_rules.calendar.Day.describe` says)."""
    def name() -> str:
        return str(day.name) if lang == "en" or day.name is None else holiday_text(day.name, lang, day.date)

    moved = ""
    if day.moved:  # "Sunday 2025-01-05"; in Kazakh and Russian the date, then its weekday
        moved = (_dated(day.moved, lang) if lang == "en"
                 else f"{date_text(day.moved, lang)} ({weekday_name(day.moved, lang)})")
    kind = day.kind
    if kind is DayKind.HOLIDAY:
        text = phrase("day.holiday", lang, name=name(),
                      estimated=phrase("day.estimated", lang) if day.estimated else "")
    elif kind is DayKind.CARRIED_OVER:
        text = phrase("day.carried_over", lang, name=name())
    elif kind is DayKind.TRANSFERRED:
        text = phrase("day.transferred_from", lang, moved=moved) if moved else phrase("day.transferred", lang)
    elif kind is DayKind.WORKING_WEEKEND:
        text = phrase("day.working_weekend_to", lang, moved=moved) if moved else phrase("day.working_weekend", lang)
    else:
        text = phrase("day." + kind.value, lang, act=day.act)
    return phrase("day", lang, weekday=weekday_name(day.date, lang), date=date_text(day.date, lang), kind=text)


def period_lines(period: Period, lang: str, citations: Mapping[str, str]) -> list[str]:
    """The counting of ``period``, one line per step, ending with the calendar flag.

    ``citations`` gives the sources of the steps a period has no rule version for yet (``month_end``,
    ``roll_forward``, ``end_of_day``), as :meth:`~appeal_rules.deadlines.Period.explain` passes them.
    """
    conv = period.convention
    cite = phrase("period.no_act", lang) if conv is Convention.SAME_DAY else conv.citation
    lines = [phrase("period.counted", lang, term=term_text(period.term, lang), start=date_text(period.start, lang),
                    convention=conv.value, cite=cite)]
    if period.counted:
        days = ", ".join(f"{i}. {date_text(d, lang)}" for i, d in enumerate(period.counted, 1))
        lines.append(phrase("period.days", lang, days=days))
    if period.month_end is MonthRounding.DOWN:
        lines.append(phrase("period.month_down", lang, n=period.start.day, cite=citations["month_end"]))
    elif period.month_end is MonthRounding.UP:
        lines.append(phrase("period.month_up", lang, n=period.start.day))
    lines += [phrase("period.skipped", lang, day=day_text(day, lang)) for day in period.skipped]
    if period.rolled_from:
        lines.append(phrase("period.rolled", lang, date=date_text(period.rolled_from, lang),
                            cite=citations["roll_forward"]))
    lines.append(phrase("period.due", lang, date=date_text(period.due, lang), cite=citations["end_of_day"]))
    lines.append(calendar_line(period.provisional_reasons, period.calendar_version, lang))
    return lines


# --- the review deadline and its extension -------------------------------------------------------


def extension_lines(check: ExtensionCheck, lang: str) -> list[str]:
    """What an extension of a review term did to it, and each way it falls short of the law."""
    e = check.extension
    term = Term(e.working_days, Unit.WORKING_DAYS)
    cites = "; ".join(v.version + ": " + v.cite() for v in check.basis)
    lines = [phrase("extension.head", lang, term=term_text(term, lang), body=_body(e.body, lang),
                    date=date_text(e.notified_on, lang), applied=check.applied_days, cites=cites)]
    lines += [phrase("extension.finding", lang, finding=translate(f, lang)) for f in check.findings]
    return lines


def deadline_lines(d: ReviewDeadline, lang: str) -> list[str]:
    """The reasoning behind a review deadline, each step with its source, then the two flags."""
    term_rule = d.basis[0]
    assert term_rule.term is not None
    lines = [phrase("deadline.head", lang, reviewer=_body(d.reviewer, lang), term=term_text(term_rule.term, lang),
                    date=date_text(d.registered_on, lang), version=term_rule.version, cite=term_rule.cite())]
    if d.registration_moved_to is not None:
        moved = next(v for v in d.basis if v.rule_id == "registration.next_working_day")
        lines.append(phrase("deadline.moved", lang, date=date_text(d.registered_on, lang),
                            moved=date_text(d.registration_moved_to, lang), version=moved.version, cite=moved.cite()))
    if d.extension is not None:
        lines += extension_lines(d.extension, lang)
    lines += [d.period.explain(lang), rules_line(d.basis, lang)]
    return lines


# --- escalation ----------------------------------------------------------------------------------


def option_label(o: Option, lang: str) -> str:
    """What an option says to do, in ``lang`` (:attr:`~appeal_rules.procedure.Option.label` in English)."""
    if lang == "en":
        return o.label
    if o.kind is OptionKind.COMPLAIN_FIRST_INSTANCE:
        return phrase("label.heads", lang, bodies=phrase("label.heads_or", lang).join(_body(b, lang)
                                                                                        for b in o.bodies))
    if o.kind is OptionKind.COMPLAIN_QUALITY_AUTHORITY:
        name = next(v for v in o.basis if v.rule_id == "quality_authority.name")
        return phrase("label.quality", lang, name=name.text(lang))
    return label(o.kind, lang)


def option_explanation(o: Option, lang: str, stage_start: str) -> str:
    """Why an option is open, in ``lang``: the texts of the rules behind it.

    In English it is :attr:`~appeal_rules.procedure.Option.explanation`.

    ``stage_start`` is the key of the phrase saying when a court's month starts (``court.from_*``).
    """
    if lang == "en":
        return o.explanation
    skipped = {"channels", "quality_authority.name", "no_superior"}
    if any(v.rule_id == "lodging_limit.no_appeal_information" for v in o.basis):
        skipped.add("lodging_limit")
    text = " ".join(v.text(lang) for v in o.basis if v.rule_id not in skipped)
    if o.kind is OptionKind.GO_TO_COURT and o.time_limit is not None:
        # The source of the month's counting is the one the option's English explanation names.
        cite = o.explanation.rsplit("(", 1)[-1].rstrip(").")
        text += " " + phrase("court.month", lang, start=phrase(stage_start, lang), cite=cite)
    return text


def option_line(o: Option, lang: str) -> str:
    """One option in a line: what, the review term, where it is lodged, the last day, its sources."""
    return phrase(
        "option", lang, label=option_label(o, lang),
        term=phrase("option.term", lang, term=term_text(o.review_term, lang)) if o.review_term else "",
        through=phrase("option.through", lang, body=_body(o.lodge_through, lang)) if o.lodge_through else "",
        limit=phrase("option.limit", lang, date=date_text(o.act_by, lang)) if o.act_by else "",
        expired=phrase("option.expired", lang) if o.expired else "", cites=cite_all(o.basis))


def escalation_note(e: Escalation, lang: str) -> str:
    """The escalation's note (why nothing is open, what an extension did) in ``lang``."""
    if lang == "en" or not e.note:
        return e.note
    parts = re.split(r" (?=Extension(?: not as the law allows)?: )", e.note)
    return " ".join(translate(p, lang) for p in parts)


def escalation_lines(e: Escalation, lang: str) -> list[str]:
    """The options at a stage, each with its sources, then the two flags."""
    stage = e.stage.value.replace("_", " ") if lang == "en" else label(e.stage, lang)
    lines = [phrase("escalation.head", lang, stage=stage, regime=e.regime, date=date_text(e.rules_on, lang))]
    if e.note:
        lines.append(escalation_note(e, lang))
    lines += [option_line(o, lang) for o in e.options]
    lines += [calendar_line(e.provisional_reasons, e.calendar_version, lang), rules_line(e.rules_applied, lang)]
    return lines


def court_start(e: Escalation, o: Option) -> str:
    """The phrase key of the day a court option's month starts from, at the escalation's stage."""
    if any(v.rule_id == "no_superior" for v in o.basis):
        return "court.from_act"
    if e.stage in (Stage.FIRST_INSTANCE_OVERDUE, Stage.QUALITY_OVERDUE):
        return "court.from_overdue"
    return "court.from_answer"


# --- one complaint -------------------------------------------------------------------------------


def addressee_reason(check: AddresseeCheck, lang: str) -> str:
    """Why an addressee may (or may not) receive the complaint, in ``lang``."""
    return translate(check.reason, lang)


def proof_lines(proof: AcceptanceProof, lang: str) -> list[str]:
    """What proves acceptance: each item, then the note (if any)."""
    return [translate(item, lang) for item in proof.items] + ([translate(proof.note, lang)] if proof.note else [])


def answer_methods(answer: AnswerDelivery, lang: str) -> list[str]:
    """How the answer comes, each way in ``lang``."""
    return [translate(m, lang) for m in answer.methods]


_CHANNEL_PHRASES: Final[Mapping[Channel, str]] = {
    Channel.POST: "channel.post", Channel.IN_PERSON: "channel.in_person", Channel.PORTAL: "channel.portal",
}


def assessment_lines(a: Assessment, lang: str) -> list[str]:
    """The whole reasoning about one complaint, with the source of each step."""
    c = a.complaint
    en = lang == "en"
    heads = phrase("label.heads_or", lang).join(_body(b, lang) for b in a.addressees)
    lines = [
        phrase("assessment.head", lang, respondent=c.respondent.value.replace("_", " ") if en else
               label(c.respondent, lang), appealed=c.appealed.value if en else label(c.appealed, lang),
               date=date_text(c.lodged_on, lang), channel=phrase(_CHANNEL_PHRASES[c.channel], lang)),
        "",
        phrase("assessment.to_whom", lang, bodies=heads),
    ]
    check = a.addressee_check
    if check is not None:
        lines.append(phrase("assessment.valid" if check.valid else "assessment.invalid", lang,
                            body=check.addressee.value if en else label(check.addressee, lang),
                            reason=addressee_reason(check, lang)))
    lines.append(phrase("assessment.proof", lang, cites=cite_all(a.proof.basis)))
    items = proof_lines(a.proof, lang)
    lines += [f"   - {item}" for item in items[:len(a.proof.items)]]
    lines += [f"   {note}" for note in items[len(a.proof.items):]]
    lines.append(phrase("assessment.answer", lang, methods=phrase("assessment.answer_or", lang).join(
        answer_methods(a.answer, lang)), cites=cite_all(a.answer.basis)))
    if a.deadline is not None:
        lines.append(phrase("assessment.deadline", lang))
        lines += ["   " + line for line in a.deadline.explain(lang).splitlines()]
    else:
        lines.append(phrase("assessment.no_deadline", lang))
    e = a.escalation
    lines.append(phrase("assessment.options", lang, date=date_text(a.on, lang),
                        stage=e.stage.value if en else label(e.stage, lang), regime=e.regime))
    if e.note:
        lines.append(f"   {escalation_note(e, lang)}")
    lines += ["   " + option_line(o, lang) for o in e.options]
    lines += ["", calendar_line(a.provisional_reasons, e.calendar_version, lang), rules_line(a.rules_applied, lang)]
    return lines

