# ruff: noqa: RUF001 - Kazakh and Russian text is Cyrillic on purpose
"""The labels of the library's enums, and a rule version's explanation, in kk, ru and en."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

from appeal_rules.calendar import DayKind
from appeal_rules.deadlines import Convention
from appeal_rules.errors import InvalidInputError
from appeal_rules.model import AppealedAct, BodyKind, Channel, PortalStatus, Respondent
from appeal_rules.procedure import OptionKind, Stage
from appeal_rules.rules import LANGUAGES, RULES, RuleVersion, Unit

#: The enums whose every member has a label in every language.
LABELLED_ENUMS: Final[tuple[type[enum.Enum], ...]] = (
    BodyKind,
    Respondent,
    AppealedAct,
    Channel,
    PortalStatus,
    Stage,
    OptionKind,
    DayKind,
    Convention,
    Unit,
)

# Names used in several labels. The State Corporation and the quality body are named as in
# Law No. 88-V (Kazakh and Russian texts).
_SC_KK = "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы"
_SC_RU = "Государственная корпорация «Правительство для граждан»"
_SC_EN = 'State Corporation "Government for Citizens"'
_QA_KK = "мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган"
_QA_RU = "уполномоченный орган по оценке и контролю за качеством оказания государственных услуг"
_QA_EN = "authorised body for assessing and controlling the quality of public services"


def _capitalised(text: str) -> str:
    """``text`` with its first letter upper-case (the body's name at the start of a sentence)."""
    return text[0].upper() + text[1:]


# Each member: (kk, ru, en), in the order of LANGUAGES.
_ENUM_LABELS: Final[Mapping[enum.Enum, tuple[str, str, str]]] = {
    # --- bodies -----------------------------------------------------------------------------
    BodyKind.SERVICE_PROVIDER: ("Көрсетілетін қызметті беруші", "Услугодатель", "Service provider"),
    BodyKind.MINISTRY: (
        "Орталық мемлекеттік орган (министрлік)",
        "Центральный государственный орган (министерство)",
        "Central state body (ministry)",
    ),
    BodyKind.STATE_CORPORATION: (_SC_KK, _SC_RU, _SC_EN),
    BodyKind.QUALITY_AUTHORITY: (
        _capitalised(_QA_KK),
        _capitalised(_QA_RU),
        _capitalised(_QA_EN),
    ),
    BodyKind.COURT: ("Сот", "Суд", "Court"),
    # --- who the complaint is about -----------------------------------------------------------
    Respondent.SERVICE_PROVIDER: ("Көрсетілетін қызметті беруші", "Услугодатель", "Service provider"),
    Respondent.PROVIDER_OFFICIAL: (
        "Көрсетілетін қызметті берушінің лауазымды адамы",
        "Должностное лицо услугодателя",
        "Official of the service provider",
    ),
    Respondent.STATE_CORPORATION: (_SC_KK, _SC_RU, _SC_EN),
    Respondent.STATE_CORPORATION_EMPLOYEE: (
        "Мемлекеттік корпорацияның қызметкері",
        "Работник Государственной корпорации",
        "Employee of the State Corporation",
    ),
    # --- what is appealed ---------------------------------------------------------------------
    AppealedAct.DECISION: ("Шешім", "Решение", "Decision"),
    AppealedAct.ACTION: ("Әрекет", "Действие", "Action"),
    AppealedAct.INACTION: ("Әрекетсіздік", "Бездействие", "Inaction"),
    # --- how it is lodged ---------------------------------------------------------------------
    Channel.POST: ("Жазбаша түрде пошта арқылы", "В письменном виде по почте", "In writing, by post"),
    Channel.IN_PERSON: ("Кеңсе арқылы қолма-қол", "Нарочно через канцелярию", "In person, through the office"),
    Channel.PORTAL: (
        "«Электрондық үкімет» порталы арқылы (жеке кабинет)",
        "Через портал «электронного правительства» (личный кабинет)",
        "Through the eGov portal (personal account)",
    ),
    # --- statuses in the eGov personal account ------------------------------------------------
    PortalStatus.DELIVERED: ("Жеткізілді", "Доставлено", "Delivered"),
    PortalStatus.REGISTERED: ("Тіркелді", "Зарегистрировано", "Registered"),
    PortalStatus.IN_EXECUTION: ("Орындалуда", "На исполнении", "In execution"),
    PortalStatus.ANSWERED: ("Жауап берілді", "Дан ответ", "Answered"),
    PortalStatus.REFUSED_REVIEW: ("Қараудан бас тартылды", "Отказано в рассмотрении", "Review refused"),
    # --- stages -------------------------------------------------------------------------------
    Stage.BEFORE_FILING: ("Шағым әлі берілген жоқ", "Жалоба ещё не подана", "Complaint not lodged yet"),
    Stage.FIRST_INSTANCE_PENDING: (
        "Көрсетілетін қызметті берушіде, министрлікте немесе Мемлекеттік корпорацияда қаралуда",
        "На рассмотрении у услугодателя, в министерстве или Государственной корпорации",
        "Under review by the provider, the ministry or the State Corporation",
    ),
    Stage.FIRST_INSTANCE_OVERDUE: (
        "Бастапқы қарау мерзімі өтті, жауап жоқ",
        "Срок первичного рассмотрения истёк, ответа нет",
        "The first review term ran out with no answer",
    ),
    Stage.FIRST_INSTANCE_ANSWERED: (
        "Шағымға жауап алынды, сіз онымен келіспейсіз",
        "Получен ответ на жалобу, вы с ним не согласны",
        "Answered, and you disagree",
    ),
    Stage.QUALITY_PENDING: (
        "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органда қаралуда",
        "На рассмотрении в уполномоченном органе по оценке и контролю за качеством оказания "
        "государственных услуг",
        "Under review by the authorised body for assessing and controlling the quality of public services",
    ),
    Stage.QUALITY_OVERDUE: (
        "Уәкілетті органдағы қарау мерзімі өтті, жауап жоқ",
        "Срок рассмотрения в уполномоченном органе истёк, ответа нет",
        "The quality body's review term ran out with no answer",
    ),
    Stage.QUALITY_ANSWERED: (
        "Уәкілетті органның жауабы алынды, сіз онымен келіспейсіз",
        "Получен ответ уполномоченного органа, вы с ним не согласны",
        "Answered by the quality body, and you disagree",
    ),
    Stage.COURT: ("Сотта", "В суде", "In court"),
    # --- what can be done next ----------------------------------------------------------------
    OptionKind.COMPLAIN_FIRST_INSTANCE: (
        "Көрсетілетін қызметті берушіге, министрлікке немесе Мемлекеттік корпорацияға шағым беру",
        "Подать жалобу услугодателю, в министерство или Государственную корпорацию",
        "Complain to the provider, the ministry or the State Corporation",
    ),
    OptionKind.COMPLAIN_QUALITY_AUTHORITY: (
        "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органға шағым беру",
        "Подать жалобу в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
        "Complain to the authorised body for assessing and controlling the quality of public services",
    ),
    OptionKind.GO_TO_COURT: ("Сотқа жүгіну", "Обратиться в суд", "Go to court"),
    # --- kinds of day -------------------------------------------------------------------------
    DayKind.WORKING: ("Жұмыс күні", "Рабочий день", "Working day"),
    DayKind.WEEKEND: ("Демалыс күні", "Выходной день", "Weekend"),
    DayKind.HOLIDAY: ("Мереке күні", "Праздничный день", "Public holiday"),
    DayKind.CARRIED_OVER: (
        "Демалыс күнімен сәйкес келген мерекеден ауыстырылған демалыс күні",
        "Выходной день, перенесённый с праздника, совпавшего с выходным",
        "Holiday carried over from a day off",
    ),
    DayKind.TRANSFERRED: (
        "Демалыс күндерін ауыстыру туралы актімен ауыстырылған демалыс күні",
        "Выходной день, перенесённый актом о переносе выходных дней",
        "Day off moved by the transfer act",
    ),
    DayKind.WORKING_WEEKEND: (
        "Демалыс күндерін ауыстыру туралы актімен жұмыс күні болып белгіленген демалыс күні",
        "Выходной день, объявленный рабочим днём актом о переносе выходных дней",
        "Weekend day made a working day by the transfer act",
    ),
    DayKind.OVERLAY_DAY_OFF: (
        "Қосымша акт бойынша демалыс күні",
        "Выходной день по дополнительному акту",
        "Day off under an additional act",
    ),
    DayKind.OVERLAY_WORKING: (
        "Қосымша акт бойынша жұмыс күні",
        "Рабочий день по дополнительному акту",
        "Working day under an additional act",
    ),
    # --- counting conventions -----------------------------------------------------------------
    Convention.NEXT_DAY: (
        "Тіркеу күнінен кейінгі күннен бастап",
        "Со дня, следующего за днём регистрации",
        "From the day after registration",
    ),
    Convention.SAME_DAY: (
        "Тіркелген күнді қоса алғанда (тек салыстыру үшін)",
        "Включая день регистрации (только для сравнения)",
        "Including the day of registration (for comparison only)",
    ),
    Convention.CALENDAR_DAYS: ("Күнтізбелік күндермен", "В календарных днях", "In calendar days"),
    Convention.MONTHS: ("Айлармен", "В месяцах", "In months"),
    # --- units of a term ----------------------------------------------------------------------
    Unit.WORKING_DAYS: ("Жұмыс күндері", "Рабочие дни", "Working days"),
    Unit.CALENDAR_DAYS: ("Күнтізбелік күндер", "Календарные дни", "Calendar days"),
    Unit.MONTHS: ("Айлар", "Месяцы", "Months"),
}

_VERSIONS: Final[Mapping[str, RuleVersion]] = {v.version: v for r in RULES for v in r.versions}


def language_index(lang: object) -> int:
    if isinstance(lang, str) and lang in LANGUAGES:
        return LANGUAGES.index(lang)
    raise InvalidInputError.single("lang", f"unknown language {lang!r}", "one of: " + ", ".join(LANGUAGES))


def label(member_or_key: enum.Enum | RuleVersion | str, lang: str = "en") -> str:
    """The label of an enum member, or a rule version's citizen-facing explanation, in ``lang``.

    ``member_or_key`` is a member of one of :data:`LABELLED_ENUMS`, a
    :class:`~appeal_rules.rules.RuleVersion`, or a version id such as ``"court@appc"`` (the
    versions of ``quality_authority.name`` give the name of the quality body). ``lang`` is one of
    :data:`LANGUAGES`; anything else is refused with :class:`~appeal_rules.errors.InvalidInputError`.
    A rule version's texts live beside the rule, in the rulebook (:mod:`appeal_rules.rules`).

    >>> import datetime as dt
    >>> from appeal_rules import Channel, rule_version
    >>> label(Channel.PORTAL, "kk")
    '«Электрондық үкімет» порталы арқылы (жеке кабинет)'
    >>> label(rule_version("quality_authority.name", dt.date(2025, 1, 6)), "ru")
    'Агентство Республики Казахстан по делам государственной службы'
    >>> label(Channel.POST, "de")
    Traceback (most recent call last):
    ...
    appeal_rules.errors.InvalidInputError: 1 problem:
    - lang: unknown language 'de'; accepted: one of: kk, ru, en
    """
    i = language_index(lang)
    if isinstance(member_or_key, enum.Enum):
        texts = _ENUM_LABELS.get(member_or_key)
        if texts is None:
            raise InvalidInputError.single(
                "member_or_key", f"no label for {member_or_key!r}",
                "a member of " + ", ".join(e.__name__ for e in LABELLED_ENUMS),
            )
        return texts[i]
    version = member_or_key.version if isinstance(member_or_key, RuleVersion) else member_or_key
    if not isinstance(version, str) or version not in _VERSIONS:
        raise InvalidInputError.single(
            "member_or_key", f"unknown rule version {version!r}",
            "an enum member, a RuleVersion, or a version id such as 'court@appc'",
        )
    return _VERSIONS[version].text(lang)
