"""Each result explained line by line: flags, days, periods, deadlines, escalation, a complaint."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from appeal_rules.calendar import Day, DayKind
from appeal_rules.deadlines import Convention, MonthRounding, Period
from appeal_rules.labels import label
from appeal_rules.model import Channel
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
from appeal_rules.render._prose import translate
from appeal_rules.render._words import (
    body_text,
    date_text,
    holiday_text,
    phrase,
    term_text,
    weekday_and_date,
    weekday_name,
)
from appeal_rules.rules import RuleVersion, Term, Unit

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
        moved = (weekday_and_date(day.moved, lang) if lang == "en"
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
    lines = [phrase("extension.head", lang, term=term_text(term, lang), body=body_text(e.body, lang),
                    date=date_text(e.notified_on, lang), applied=check.applied_days, cites=cites)]
    lines += [phrase("extension.finding", lang, finding=translate(f, lang)) for f in check.findings]
    return lines


def deadline_lines(d: ReviewDeadline, lang: str) -> list[str]:
    """The reasoning behind a review deadline, each step with its source, then the two flags."""
    term_rule = d.basis[0]
    assert term_rule.term is not None
    lines = [phrase("deadline.head", lang, reviewer=body_text(d.reviewer, lang), term=term_text(term_rule.term, lang),
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
        return phrase("label.heads", lang, bodies=phrase("label.heads_or", lang).join(body_text(b, lang)
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
        through=phrase("option.through", lang, body=body_text(o.lodge_through, lang)) if o.lodge_through else "",
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
    heads = phrase("label.heads_or", lang).join(body_text(b, lang) for b in a.addressees)
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
