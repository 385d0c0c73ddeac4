"""The English prose a result carries, recognised by its phrase and said in another language."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from appeal_rules.labels import label
from appeal_rules.model import BodyKind, PortalStatus
from appeal_rules.phrases import PHRASES
from appeal_rules.render._words import check_language, date_text, holiday_text, term_text
from appeal_rules.rules import Term, Unit

#: The phrases results carry as English prose: :func:`translate` recognises them by their English text.
_PROSE: Final[tuple[str, ...]] = (
    "reason.horizon", "finding.not_reviewer", "finding.state_corporation", "finding.too_long", "finding.too_late",
    "finding.told_late", "addressee.invalid", "addressee.valid", "proof.status", "proof.stamp_copy",
    "proof.number", "proof.date", "proof.stamp", "proof.number_date", "proof.person", "proof.collect",
    "proof.portal_note", "proof.quality_note", "answer.post", "answer.office", "answer.portal",
    "note.court", "note.waiting", "extension.head", "extension.finding", "since.decided", "since.due",
    "addressee.state_corporation", "addressee.employee", "addressee.provider", "reason.estimated",
)


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
