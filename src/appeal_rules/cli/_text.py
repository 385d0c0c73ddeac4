"""The text each command prints: a deadline, an escalation, a month, the rules applied and two flags.

Two flags are shown apart, never blurred: *Provisional* (the calendar data past the confirmed
years) and *Confirmed* (every rule applied rests on a source read in its act). Every text is said
in the language ``--lang`` names (Kazakh, Russian or English), by :mod:`appeal_rules.render`.

>>> flags_text((), ())
['Provisional: no', 'Confirmed: yes, every rule applied rests on a source read in its act']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from appeal_rules.deadlines import Convention
from appeal_rules.labels import label
from appeal_rules.phrases import PHRASES
from appeal_rules.procedure import Escalation, ReviewDeadline
from appeal_rules.render import (
    check_language,
    court_start,
    date_text,
    escalation_note,
    holiday_text,
    option_explanation,
    option_label,
    phrase,
    term_text,
)
from appeal_rules.rules import RuleVersion
from appeal_rules.serialization import CalendarMonth

__all__ = ["calendar_text", "deadline_text", "escalation_text", "flags_text", "rule_sources_text",
           "unconfirmed_reason"]


def __dir__() -> list[str]:
    return __all__


_CONVENTION_TEXT = {
    Convention.NEXT_DAY: "cli.next_day",
    Convention.SAME_DAY: "cli.same_day",
}


def _listed(key: str, index: int, lang: str) -> str:
    return PHRASES[key][check_language(lang)].split("|")[index]


def _day(day: dt.date, lang: str) -> str:
    return f"{_listed('weekday', day.weekday(), lang)} {date_text(day, lang)}"


def _body(value: str, lang: str) -> str:
    from appeal_rules.model import BodyKind

    return value.replace("_", " ") if lang == "en" else label(BodyKind(value), lang)


def _distinct(versions: Iterable[RuleVersion]) -> list[RuleVersion]:
    return list({v.version: v for v in versions}.values())


def unconfirmed_reason(versions: Iterable[RuleVersion]) -> str:
    """Which rule versions applied rest on a source not read in its act (blank when none)."""
    return "; ".join(f"{v.version} rests on {v.sources[0].cite()}, not read in the act"
                     for v in _distinct(versions) if not v.confirmed)


def flags_text(provisional_reasons: Sequence[str], basis: Iterable[RuleVersion], lang: str = "en") -> list[str]:
    """The two flags of a result, each on its own line with its reasons."""
    from appeal_rules.render import translate

    if provisional_reasons:
        lines = [phrase("cli.provisional_yes", lang), *(f"  - {translate(r, lang)}" for r in provisional_reasons)]
    else:
        lines = [phrase("cli.provisional_no", lang)]
    unconfirmed = [v for v in _distinct(basis) if not v.confirmed]
    if unconfirmed:
        lines.append(phrase("cli.confirmed_no", lang))
        lines += [f"  - {v.version}: {v.sources[0].cite()}" for v in unconfirmed]
    else:
        lines.append(phrase("cli.confirmed_yes", lang))
    return lines


def _rules_text(versions: Iterable[RuleVersion], lang: str) -> list[str]:
    """The rule versions, each with its sources; callers pass distinct versions.

    A version's summary and a source's note are English prose: in Kazakh and Russian the
    version's text stands for the summary and the note is left out.
    """
    lines = []
    for v in versions:
        until = phrase("cli.until", lang, date=date_text(v.effective_to, lang)) if v.effective_to else ""
        lines.append(phrase("cli.in_force", lang, version=v.version, start=date_text(v.effective_from, lang),
                            until=until))
        lines.append(f"    {v.summary if lang == 'en' else v.text(lang)}")
        for s in v.sources:
            flag = phrase("cli.source_confirmed" if s.confirmed else "cli.source_unconfirmed", lang)
            lines.append(phrase("cli.source", lang, cite=s.cite(), flag=flag, url=s.url))
            if s.note and lang == "en":
                lines.append(f"      note: {s.note}")
    return lines


def rule_sources_text(versions: Iterable[RuleVersion], lang: str = "en") -> list[str]:
    """One line per distinct rule version: its sources, the unread ones marked."""
    lines = []
    for v in _distinct(versions):
        unconfirmed = [s.cite() for s in v.sources if not s.confirmed]
        flag = phrase("cli.unconfirmed_sources", lang, cites="; ".join(unconfirmed)) if unconfirmed else ""
        lines.append(f"  {v.version}: {v.cite()}{flag}")
    return lines


def deadline_text(d: ReviewDeadline, lang: str = "en") -> str:
    """What ``deadline`` prints."""
    conv = d.period.convention
    lines = [
        phrase("cli.due", lang, day=_day(d.due, lang)),
        phrase("cli.reviewer", lang, body=_body(d.reviewer.value, lang), day=_day(d.registered_on, lang)),
        phrase("cli.term", lang, term=term_text(d.term, lang), version=d.rule_version),
        phrase("cli.counting", lang, convention=conv.value, text=phrase(_CONVENTION_TEXT[conv], lang),
               cite=conv.citation if conv is Convention.NEXT_DAY else phrase("period.no_act", lang)),
        *flags_text(d.provisional_reasons, d.basis, lang),
        "",
    ]
    lines.append(phrase("cli.counted", lang, n=len(d.counted)))  # review terms are never 0 days
    for i, day in enumerate(d.counted, 1):
        note = phrase("cli.made_working", lang) if day.weekday() >= 5 else ""
        lines.append(f"  {i:>2}. {_day(day, lang)}{note}")
    lines.append(phrase("cli.skipped", lang, n=len(d.skipped)))
    lines += [f"  {day.describe(lang)}" for day in d.skipped]
    lines += ["", phrase("cli.rules_applied", lang), *_rules_text(d.basis, lang), "",
              phrase("cli.calendar_data", lang, version=d.period.calendar_version)]
    return "\n".join(lines)


def escalation_text(e: Escalation, on: dt.date, lang: str = "en") -> str:
    """What ``escalation`` prints."""
    lines = [
        phrase("cli.stage", lang, stage=e.stage.value.replace("_", " ") if lang == "en" else label(e.stage, lang),
               on=date_text(on, lang), regime=e.regime, date=date_text(e.rules_on, lang)),
        *flags_text(e.provisional_reasons, e.rules_applied, lang),
    ]
    if e.waiting_until is not None:
        lines.append(phrase("cli.waiting", lang, day=_day(e.waiting_until, lang)))
    if e.note:
        lines.append(phrase("cli.note", lang, note=escalation_note(e, lang)))
    if e.options:
        lines += ["", phrase("cli.options", lang)]
    for i, o in enumerate(e.options, 1):
        lines.append(f"{i}. {option_label(o, lang)}" + (phrase("cli.expired", lang) if o.expired else ""))
        lines.append(phrase("cli.to", lang, bodies=", ".join(_body(b.value, lang) for b in o.bodies)))
        if o.lodge_through is not None:
            forwarding = (phrase("cli.forwarding", lang, term=term_text(o.forwarding_term, lang))
                          if o.forwarding_term else "")
            lines.append(phrase("cli.through", lang, body=_body(o.lodge_through.value, lang), forwarding=forwarding))
        if o.review_term is not None:
            lines.append(phrase("cli.review_term", lang, term=term_text(o.review_term, lang)))
        if o.time_limit is not None:
            by = (phrase("cli.act_by", lang, day=_day(o.act_by, lang)) if o.act_by
                  else phrase("cli.start_unknown", lang))
            lines.append(phrase("cli.time_limit", lang, term=term_text(o.time_limit, lang), by=by))
        lines.append(phrase("cli.why", lang, text=option_explanation(o, lang, court_start(e, o))))
        lines.append(phrase("cli.sources", lang,
                            cites="; ".join(dict.fromkeys(s.cite() for v in o.basis for s in v.sources))))
    lines += ["", phrase("cli.rules_applied", lang), *_rules_text(e.rules_applied, lang)]
    return "\n".join(lines)


def calendar_text(m: CalendarMonth, lang: str = "en") -> str:
    """What ``calendar`` prints."""
    from appeal_rules.render import translate
    from appeal_rules.rules import Term, Unit

    month = _listed("cli.months", m.month - 1, lang)
    working = (f"{m.working_days} working days" if lang == "en"
               else term_text(Term(m.working_days, Unit.WORKING_DAYS), lang))
    i = check_language(lang)
    columns = PHRASES["cli.columns"][i].split("|")
    # Each column as wide as its widest value in the language (in English: 9 and 15).
    day_w = max(len(columns[1]), *(len(w) for w in PHRASES["weekday"][i].split("|")))
    working_w = max(len(columns[2]), *(len(PHRASES[k][i]) for k in ("cli.yes", "cli.no")))
    kind_w = max(len(columns[3]), *(len(t[i]) for k, t in PHRASES.items() if k.startswith("cli.kind.")))
    lines = [phrase("cli.month", lang, month=month, year=m.year, term=working),
             phrase("cli.calendar_data", lang, version=m.calendar_version),
             "", f"{columns[0]:<10}  {columns[1]:<{day_w}}  {columns[2]:<{working_w}}  {columns[3]:<{kind_w}}  "
                 f"{columns[4]}"]
    for d in m.days:
        notes = []
        if d.name and d.kind.value not in ("working", "weekend"):
            notes.append(d.name if lang == "en" else holiday_text(d.name, lang, d.date))
        if d.moved is not None:
            notes.append(phrase("cli.moved_from" if not d.working else "cli.moved_to", lang,
                                date=date_text(d.moved, lang)))
        if d.act:
            notes.append(phrase("cli.under", lang, act=d.act))
        if d.estimated:
            notes.append(phrase("cli.estimated", lang))
        marks = [phrase(mark, lang) for mark, on in (("cli.transferred", d.transferred),
                                                      ("cli.provisional", d.provisional)) if on]
        text = "; ".join(notes) + (" " if notes and marks else "") + " ".join(marks)
        weekday = d.weekday if lang == "en" else _listed("weekday", d.date.weekday(), lang)
        kind = d.kind.value if lang == "en" else phrase(f"cli.kind.{d.kind.value}", lang)
        working_day = phrase("cli.yes" if d.working else "cli.no", lang)
        lines.append(f"{date_text(d.date, lang):<10}  {weekday:<{day_w}}  {working_day:<{working_w}}  "
                     f"{kind:<{kind_w}}  {text}".rstrip())
    reasons = m.provisional_reasons
    lines += ["", *([phrase("cli.provisional_yes", lang), *(f"  - {translate(r, lang)}" for r in reasons)]
                    if reasons else [phrase("cli.provisional_no", lang)])]
    return "\n".join(lines)

