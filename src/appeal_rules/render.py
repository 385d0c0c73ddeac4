# ruff: noqa: RUF001, RUF002 - Kazakh and Russian text is Cyrillic on purpose
"""Every text a result says about itself, in Kazakh (``kk``), Russian (``ru``) and English (``en``).

One renderer serves ``explain(lang=...)`` on the results, the command line's text output and the
docs. Its phrases live in one table, :data:`PHRASES`, each with its three texts side by side; the
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
    "PHRASES",
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
]


def __dir__() -> list[str]:
    return __all__


#: Every phrase, by key: its texts in Kazakh, Russian and English (the order of ``LANGUAGES``).
#: ``{name}`` marks a value filled in when the phrase is said.
PHRASES: Final[Mapping[str, tuple[str, str, str]]] = {
    # --- terms and days -----------------------------------------------------------------------
    "term": ("{n} {unit}", "{n} {unit}", "{n} {unit}"),
    "weekday": (
        "дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі",
        "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье",
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
    ),
    "day": ("{weekday} {date}: {kind}", "{weekday} {date}: {kind}", "{weekday} {date}: {kind}"),
    "day.working": ("жұмыс күні", "рабочий день", "working day"),
    "day.weekend": ("демалыс күні", "выходной день", "weekend"),
    "day.holiday": ("мереке күні, {name}{estimated}", "праздничный день, {name}{estimated}",
                    "public holiday, {name}{estimated}"),
    "day.estimated": (" (күні болжамды)", " (дата ориентировочная)", " (date estimated)"),
    "day.carried_over": ("демалыс күні: демалыс күнімен сәйкес келген {name} ауыстырылды",
                         "выходной день: {name}, перенесён с совпавшего выходного дня",
                         "day off, {name} carried over from a day off"),
    "day.transferred": ("демалыс күндерін ауыстыру туралы актімен ауыстырылған демалыс күні",
                        "выходной день, перенесённый актом о переносе выходных дней",
                        "day off by the transfer act"),
    "day.transferred_from": ("демалыс күндерін ауыстыру туралы актімен {moved} күнінен ауыстырылған демалыс күні",
                             "выходной день, перенесённый с {moved} актом о переносе выходных дней",
                             "day off moved from {moved} by the transfer act"),
    "day.working_weekend": ("демалыс күндерін ауыстыру туралы акт бойынша жұмыс күні",
                            "рабочий день по акту о переносе выходных дней",
                            "working day by the transfer act"),
    "day.working_weekend_to": ("демалыс күндерін ауыстыру туралы акт бойынша жұмыс күні (демалыс күні {moved} "
                               "күніне ауыстырылды)",
                               "рабочий день по акту о переносе выходных дней (выходной перенесён на {moved})",
                               "working day by the transfer act (day off moved to {moved})"),
    "day.overlay_day_off": ("демалыс күні, акт: {act}", "выходной день по акту: {act}", "day off under {act}"),
    "day.overlay_working": ("жұмыс күні, акт: {act}", "рабочий день по акту: {act}", "working day under {act}"),
    # --- a counted period ---------------------------------------------------------------------
    "period.counted": ("{start} күнінен бастап {term} есептелді ({convention}: {cite}).",
                       "Отсчитано {term} от {start} ({convention}: {cite}).",
                       "Counted {term} from {start} ({convention}: {cite})."),
    "period.no_act": ("акт жоқ: тек салыстыру үшін", "акта нет: только для сравнения",
                      "no act: offered for what-if analysis only"),
    "period.days": ("Есептелген жұмыс күндері: {days}.", "Засчитанные рабочие дни: {days}.",
                    "Working days counted: {days}."),
    "period.month_down": ("Соңғы айда {n}-күн жоқ: мерзім сол айдың соңғы күнінде аяқталады ({cite}).",
                          "В последнем месяце нет {n}-го числа: срок истекает в последний день этого месяца "
                          "({cite}).",
                          "Day {n} does not exist in the last month: the period ends on that month's last day "
                          "({cite})."),
    "period.month_up": ("Соңғы айда {n}-күн жоқ: мерзім келесі айдың бірінші күнінде аяқталады деп алынды "
                        "(салыстыру үшін; мұны ешбір акт белгілемейді).",
                        "В последнем месяце нет {n}-го числа: срок условно истекает в первый день следующего "
                        "месяца (только для сравнения; ни один акт этого не устанавливает).",
                        "Day {n} does not exist in the last month: the period is taken to end on the first day "
                        "of the next month (what-if rounding; no act says so)."),
    "period.skipped": ("Өткізілді: {day}.", "Пропущен: {day}.", "Skipped {day}."),
    "period.rolled": ("{date} жұмыс күні емес: мерзім келесі жұмыс күні аяқталады ({cite}).",
                      "{date} не рабочий день: срок истекает в следующий рабочий день ({cite}).",
                      "{date} is not a working day: the period ends on the next working day ({cite})."),
    "period.due": ("Мерзім: {date} (сол күннің соңына дейін, {cite}).", "Срок: {date} (до конца этого дня, {cite}).",
                   "Due: {date} (until the end of that day, {cite})."),
    # --- the two flags ------------------------------------------------------------------------
    "calendar.provisional": ("Күнтізбе: алдын ала, себебі {reasons}.",
                             "Календарь: предварительный, потому что {reasons}.",
                             "Calendar: provisional because {reasons}."),
    "calendar.and_because": ("; және себебі ", "; и потому что ", "; and because "),
    "calendar.confirmed": ("Күнтізбе: қаралған әрбір күн үшін расталған ({version}).",
                           "Календарь: подтверждён для каждого рассмотренного дня ({version}).",
                           "Calendar: confirmed for every day looked at ({version})."),
    "rules.confirmed": ("Ережелер: барлығы расталған", "Правила: все подтверждены", "Rules: all confirmed"),
    "rules.unconfirmed": ("Ережелер: расталмаған: {versions}", "Правила: не подтверждены: {versions}",
                          "Rules: unconfirmed: {versions}"),
    "rules.supporting": (" (қосалқы дереккөзі оқылмаған: {sources})",
                         " (вспомогательный источник не прочитан: {sources})",
                         " (supporting source not read: {sources})"),
    # A source's note is English prose from the rulebook: said in English only.
    "rules.source": ("{cite}", "{cite}", "{cite}: {note}"),
    "rules.version": ("{version} ({source})", "{version} ({source})", "{version} ({source})"),
    # --- provisional reasons (the calendar's prose) -------------------------------------------
    "reason.horizon": (
        "{date} күнтізбе деректерінің көкжиегінен тыс (соңғы расталған жыл {last}): {year} жылы {missing} "
        "расталмаған; оны шешу үшін {year} жылды қосымша деректермен растаңыз (--overlay арқылы берілген файл "
        "немесе Python-да CalendarOverlay(confirms_years=({year},)))",
        "{date} лежит за горизонтом календарных данных (последний подтверждённый год {last}): для {year} года "
        "не подтверждено {missing}; чтобы это исправить, подтвердите {year} год дополнением (файл в --overlay "
        "или CalendarOverlay(confirms_years=({year},)) в Python)",
        "{date} is past the calendar data horizon (the last confirmed year is {last}): for {year} {missing} not "
        "confirmed; to settle it, confirm {year} with an overlay (a file passed with --overlay, or "
        "CalendarOverlay(confirms_years=({year},)) in Python)",
    ),
    "reason.act": ("демалыс күндерін ауыстыру туралы акт (не оның шығарылмағаны туралы мәлімет)",
                   "акт о переносе выходных дней (или сведения о том, что он не издавался)",
                   "the act moving days off (or word that none was issued)"),
    "reason.estimated": (
        " және {name} күні (болжамды {date}; оны жыл сайын Қазақстан мұсылмандары діни басқармасы белгілейді, "
        "бір күнге жылжуы мүмкін)",
        " и дата праздника {name} (ориентировочно {date}; её ежегодно устанавливает Духовное управление "
        "мусульман Казахстана, она может сдвинуться на день)",
        " and the date of {name} (estimated {date}; fixed each year by the Spiritual Administration of Muslims "
        "of Kazakhstan, it may move a day)",
    ),
    # --- the review deadline ------------------------------------------------------------------
    "deadline.head": ("Қараушы: {reviewer}. Қарау мерзімі: {date} тіркелген күннен бастап {term} ({version}: {cite}).",
                      "Рассматривает: {reviewer}. Срок рассмотрения: {term} с регистрации {date} ({version}: {cite}).",
                      "Reviewer: {reviewer}. Review term: {term} from registration on {date} ({version}: {cite})."),
    "deadline.moved": ("{date} жұмыс күні емес: жұмыс емес күні келген шағым келесі жұмыс күні, {moved}, тіркеледі, "
                       "мерзім сол күннен бастап есептеледі ({version}: {cite}).",
                       "{date} не рабочий день: жалоба, поступившая в нерабочий день, регистрируется в следующий "
                       "рабочий день, {moved}, и срок исчисляется с него ({version}: {cite}).",
                       "{date} is not a working day: a complaint arriving on a non-working day is registered on the "
                       "next working day, {moved}, and the term is counted from it ({version}: {cite})."),
    "extension.head": ("Ұзарту: {body} {term} ұзартты, өтініш беруші {date} хабардар етілді; мерзімге {applied} "
                       "қосылды ({cites}).",
                       "Продление: {term}, продлил орган: {body}, заявитель уведомлён {date}; к сроку добавлено "
                       "{applied} ({cites}).",
                       "Extension: {term} by the {body}, the applicant told on {date}; {applied} added to the term "
                       "({cites})."),
    "extension.finding": ("Ұзарту заң рұқсат еткендей емес: {finding}", "Продление не соответствует закону: {finding}",
                          "Extension not as the law allows: {finding}"),
    "finding.not_reviewer": ("{body} бұл шағымды қарайтын орган емес (қарайтын орган: {reviewer}): мерзім "
                             "ұзартылмайды ({cite}).",
                             "{body} не рассматривает эту жалобу (рассматривает: {reviewer}): срок не продлевается "
                             "({cite}).",
                             "the {body} is not the body reviewing this complaint (the {reviewer}): the term is not "
                             "extended ({cite})."),
    "finding.state_corporation": (
        "Мемлекеттік корпорация қарау мерзімін ұзарта алатын органдардың қатарында емес (уәкілетті орган, "
        "орталық мемлекеттік органдар, жергілікті атқарушы органдар және әкімдер): мерзім ұзартылмайды ({cite}).",
        "Государственная корпорация не входит в число органов, которые могут продлить срок рассмотрения "
        "(уполномоченный орган, центральные государственные органы, местные исполнительные органы и акимы): "
        "срок не продлевается ({cite}).",
        "the State Corporation is not among the bodies that may extend a review term (the quality body, central "
        "state bodies, local executive bodies and akims): the term is not extended ({cite}).",
    ),
    "finding.too_long": ("{n} жұмыс күнге ұзартылды, бірақ мерзімді ең көбі {most} күнге ұзартуға болады: {most} "
                         "күн есептеледі ({cite}).",
                         "продлено на {n} рабочих дн., но срок можно продлить не более чем на {most}: засчитано "
                         "{most} ({cite}).",
                         "{n} working days granted, but the term may be extended by at most {most}: {most} are "
                         "counted ({cite})."),
    "finding.too_late": ("ұзарту туралы шешім {date} қабылданды, ал мерзім {due} өтіп кеткен: өтіп кеткен мерзім "
                         "ұзартылмайды (тұжырым: мәтін жүріп жатқан мерзімді ұзарту туралы айтады) ({cite}).",
                         "продление решено {date}, после того как срок истёк {due}: истёкший срок не продлевается "
                         "(вывод: текст говорит о продлении текущего срока) ({cite}).",
                         "the extension was decided on {date}, after the term had run out on {due}: a term that "
                         "has run out is not extended (an inference: the text speaks of extending a running term) "
                         "({cite})."),
    "finding.told_late": ("өтініш беруші {date} хабардар етілді, бұл {since} кейінгі {term} мерзімнен ({due}) кеш; "
                          "ұзарту бәрібір есептеледі, өйткені мәтін кеш хабарлау оның күшін жояды деп айтпайды "
                          "({cite}).",
                          "заявитель уведомлён {date}, позже чем через {term} после {since} ({due}); продление всё "
                          "же засчитывается, так как текст не говорит, что позднее уведомление его отменяет "
                          "({cite}).",
                          "the applicant was told on {date}, later than {term} after {since} ({due}); the "
                          "extension is still counted, as the text does not say a late notice undoes it ({cite})."),
    "since.decided": ("ұзарту туралы шешім ({date})", "решения о продлении {date}", "the extension on {date}"),
    "since.due": ("ұзартылмаған мерзімнің соңы ({date}), оны ұзартуға болатын соңғы күн",
                  "окончания непродлённого срока {date}, последнего дня, когда его можно было продлить",
                  "the end of the unextended term on {date}, the latest day it could be extended"),
    # --- escalation ---------------------------------------------------------------------------
    "escalation.head": ("«{stage}» сатысындағы мүмкіндіктер ({regime} режимінің ережелері, {date} күнгі редакция):",
                        "Возможности на стадии «{stage}» (правила режима {regime}, на {date}):",
                        "Options at the {stage} stage (rules of the {regime} regime, read on {date}):"),
    "note.court": ("Сот осы кітапхана қамтитын соңғы саты; сот жүйесі ішіндегі шағымдану қамтылмайды.",
                   "Суд — последняя стадия, которую охватывает эта библиотека; обжалование внутри судебной системы "
                   "не рассматривается.",
                   "The court is the last stage this library covers; appeals within the court system are out of "
                   "scope."),
    "note.waiting": ("Әзірге шағымданудың келесі сатысы ашық емес: қараушының {date} күнінің соңына дейін уақыты бар "
                     "({cite}).",
                     "Обжаловать дальше пока нельзя: у рассматривающего органа есть время до конца дня {date} "
                     "({cite}).",
                     "No escalation is open yet: the reviewer has until the end of {date} ({cite})."),
    "option": ("- {label}{term}{through}{limit}{expired} [{cites}]",
               "- {label}{term}{through}{limit}{expired} [{cites}]",
               "- {label}{term}{through}{limit}{expired} [{cites}]"),
    "option.term": ("; қарау мерзімі {term}", "; срок рассмотрения {term}", "; review term {term}"),
    "option.through": ("; {body} арқылы беріледі", "; подаётся через: {body}", "; lodged through the {body}"),
    "option.limit": ("; соңғы күн {date}", "; последний день {date}", "; act by {date}"),
    "option.expired": (" (МЕРЗІМІ ӨТКЕН)", " (СРОК ИСТЁК)", " (EXPIRED)"),
    "label.heads": ("Шағымды мына органның басшысына беру: {bodies}", "Подать жалобу руководителю органа: {bodies}",
                    "Complain to the head of the {bodies}"),
    "label.heads_or": (" немесе ", " или ", " or the head of the "),
    "label.quality": ("Шағымды мына органға беру: {name}", "Подать жалобу в орган: {name}", "Complain to the {name}"),
    "court.month": ("Ай {start} бастап есептеледі ({cite}).", "Месяц исчисляется {start} ({cite}).",
                    "The month is counted from {start} ({cite})."),
    "court.from_overdue": ("қарау мерзімі өткен күннен", "со дня, когда истёк срок рассмотрения",
                           "the day the review term ran out"),
    "court.from_answer": ("жауапты алған күннен", "со дня получения ответа", "the day you received the answer"),
    "court.from_act": ("актіні алған күннен", "со дня получения акта", "the day you received the act"),
    # --- one complaint ------------------------------------------------------------------------
    "assessment.head": ("Шағым: {respondent} туралы ({appealed}), {date} берілді; тәсілі: {channel}.",
                        "Жалоба: на кого — {respondent} ({appealed}), подана {date}; способ: {channel}.",
                        "Complaint about the {respondent} ({appealed}), lodged {date} {channel}."),
    "channel.post": ("жазбаша түрде пошта арқылы", "в письменном виде по почте", "in writing by post"),
    "channel.in_person": ("кеңсеге қолма-қол", "нарочно в канцелярию", "in person at the office"),
    "channel.portal": ("«электрондық үкімет» порталындағы жеке кабинет арқылы",
                       "через личный кабинет на портале «электронного правительства»",
                       "through the eGov portal's personal account"),
    "assessment.to_whom": ("1. Кімге: мына органның басшысына: {bodies}.", "1. Кому: руководителю органа: {bodies}.",
                           "1. To whom: the head of the {bodies}."),
    "assessment.valid": ("   Таңдалған адресат ({body}) жарамды: {reason}",
                         "   Выбранный адресат ({body}) подходит: {reason}",
                         "   Chosen addressee ({body}) is valid: {reason}"),
    "assessment.invalid": ("   Таңдалған адресат ({body}) ЖАРАМСЫЗ: {reason}",
                           "   Выбранный адресат ({body}) НЕ подходит: {reason}",
                           "   Chosen addressee ({body}) is NOT valid: {reason}"),
    "assessment.proof": ("2. Қабылданғанын растайтын құжат ({cites}):", "2. Подтверждение принятия ({cites}):",
                         "2. Proof of acceptance ({cites}):"),
    "assessment.answer": ("3. Жауап мына тәсілмен келеді: {methods} ({cites}).",
                          "3. Ответ приходит так: {methods} ({cites}).",
                          "3. The answer comes {methods} ({cites})."),
    "assessment.answer_or": ("; немесе ", "; или ", ", or "),
    "assessment.deadline": ("4. Қарау мерзімі:", "4. Срок рассмотрения:", "4. Review deadline:"),
    "assessment.no_deadline": ("4. Қарау мерзімі: тіркелген күннен бастап есептеледі, шағым әлі тіркелмеген.",
                               "4. Срок рассмотрения: исчисляется с регистрации, которой ещё не было.",
                               "4. Review deadline: counted from registration, which has not happened yet."),
    "assessment.options": ("5. {date} күнгі мүмкіндіктер ({stage}; {regime} режимінің ережелері):",
                           "5. Возможности на {date} ({stage}; правила режима {regime}):",
                           "5. Options on {date} ({stage}, rules of the {regime} regime):"),
    # --- addressee checks, proofs of acceptance, answers (the procedure's prose) --------------
    "addressee.state_corporation": (
        "Мемлекеттік корпорацияның өзіне шағым Мемлекеттік корпорацияның басшысына немесе министрліктің "
        "басшысына беріледі",
        "Жалоба на саму Государственную корпорацию подаётся руководителю Государственной корпорации или "
        "руководителю министерства",
        "A complaint about the State Corporation itself goes to the head of the State Corporation or the head "
        "of the ministry",
    ),
    "addressee.employee": (
        "Мемлекеттік корпорация қызметкерінің қызметіне шағым Мемлекеттік корпорацияның басшысына беріледі",
        "Жалоба на обслуживание работником Государственной корпорации подаётся руководителю Государственной "
        "корпорации",
        "A complaint about a State Corporation employee's service goes to the head of the State Corporation",
    ),
    "addressee.provider": (
        "Көрсетілетін қызметті берушіге немесе оның лауазымды адамына шағым көрсетілетін қызметті берушінің "
        "басшысына немесе жоғары тұрған министрліктің басшысына беріледі",
        "Жалоба на услугодателя или его должностное лицо подаётся руководителю услугодателя или руководителю "
        "вышестоящего министерства",
        "A complaint about the provider or its official goes to the head of the provider or the head of the "
        "ministry over it",
    ),
    "addressee.valid": ("{head} ({cite}).", "{head} ({cite}).", "{head} ({cite})."),
    "addressee.invalid": ("{head}: мына органға емес: {body} ({cite}).", "{head}: не в этот орган: {body} ({cite}).",
                          "{head}: not to the {body} ({cite})."),
    "proof.status": ("жеке кабинеттегі «{status}» мәртебесі", "статус «{status}» в личном кабинете",
                     "status '{status}' in the personal account"),
    "proof.stamp_copy": ("шағымның екінші данасындағы немесе оның ілеспе хатындағы мөртабан",
                         "штамп на втором экземпляре жалобы или на сопроводительном письме к ней",
                         "a stamp on the second copy of the complaint or on its covering letter"),
    "proof.number": ("кіріс нөмірі", "входящий номер", "the incoming number"),
    "proof.date": ("тіркелген күні", "дата регистрации", "the date of registration"),
    "proof.stamp": ("тіркеу мөртабаны", "штамп о регистрации", "a registration stamp"),
    "proof.number_date": ("кіріс нөмірі мен күні", "входящий номер и дата", "the incoming number and date"),
    "proof.person": ("шағымды қабылдаған адамның тегі мен аты-жөнінің бас әріптері",
                     "фамилия и инициалы лица, принявшего жалобу",
                     "the surname and initials of the person who accepted the complaint"),
    "proof.collect": ("жауапты алу уақыты мен орны", "время и место получения ответа",
                      "the time and place to collect the answer"),
    "proof.portal_note": ("Шағым қаралған сайын мәртебелер жаңартылып отырады; «жауап берілді» және «қараудан бас "
                          "тартылды» — соңғы мәртебелер.",
                          "Статусы обновляются по ходу рассмотрения жалобы; «дан ответ» и «отказано в "
                          "рассмотрении» — окончательные.",
                          "The status trail is updated as the complaint is processed; answered and refused review "
                          "are final."),
    "proof.quality_note": ("Стандарт растайтын құжатты тек көрсетілетін қызметті берушіде, министрлікте және "
                           "Мемлекеттік корпорацияда атайды; уәкілетті органда да сол тіркеу жазбасы күтіледі "
                           "(тұжырым; docs/known-gaps.md қараңыз).",
                           "Стандарт называет подтверждение только у услугодателя, в министерстве и Государственной "
                           "корпорации; в уполномоченном органе ожидается та же отметка о регистрации (вывод; см. "
                           "docs/known-gaps.md).",
                           "The standard names the proof only at the provider, the ministry and the State "
                           "Corporation; the same registration record is expected at the quality body (inferred; "
                           "see docs/known-gaps.md)."),
    "answer.post": ("пошта арқылы", "по почте", "by post"),
    "answer.office": ("кеңседе алу ({body})", "получить в канцелярии (орган: {body})",
                      "collected at the office of the {body}"),
    "answer.portal": ("«электрондық үкімет» порталындағы жеке кабинетте",
                      "в личном кабинете на портале «электронного правительства»",
                      "in the personal account on the eGov portal"),
    # --- the command line's text output (appeal_rules.cli) -------------------------------------
    "cli.provisional_yes": ("Алдын ала: ИӘ, нәтиже расталмаған күнтізбе деректеріне сүйенеді:",
                            "Предварительный: ДА, результат опирается на неподтверждённые данные календаря:",
                            "Provisional: YES, the result rests on unconfirmed calendar data:"),
    "cli.provisional_no": ("Алдын ала: жоқ", "Предварительный: нет", "Provisional: no"),
    "cli.confirmed_no": ("Расталған: ЖОҚ, қолданылған ереже актінің мәтінінде оқылмаған дереккөзге сүйенеді:",
                         "Подтверждён: НЕТ, применённое правило опирается на источник, не прочитанный в тексте акта:",
                         "Confirmed: NO, a rule applied rests on a source not read in its act:"),
    "cli.confirmed_yes": ("Расталған: иә, қолданылған әрбір ереже актінің мәтінінде оқылған дереккөзге сүйенеді",
                          "Подтверждён: да, каждое применённое правило опирается на источник, прочитанный в тексте "
                          "акта",
                          "Confirmed: yes, every rule applied rests on a source read in its act"),
    "cli.due": ("Мерзім: {day} (қараушының сол күннің соңына дейін уақыты бар)",
                "Срок: {day} (у рассматривающего органа есть время до конца этого дня)",
                "Due: {day} (the reviewer has until the end of that day)"),
    "cli.reviewer": ("Қараушы: {body}; тіркелген күні {day}", "Рассматривает: {body}; зарегистрирована {day}",
                     "Reviewer: {body}; registered {day}"),
    "cli.term": ("Мерзім ұзақтығы: {term} ({version})", "Срок: {term} ({version})", "Term: {term} ({version})"),
    "cli.counting": ("Есептеу: {convention}: {text} ({cite})", "Исчисление: {convention}: {text} ({cite})",
                     "Counting: {convention}: {text} ({cite})"),
    "cli.next_day": ("1-күн тіркеуден кейінгі бірінші жұмыс күні", "1-й день: первый рабочий день после регистрации",
                     "day 1 is the first working day after registration"),
    "cli.same_day": ("1-күн жұмыс күні болса, тіркелген күн (тек салыстыру үшін)",
                     "1-й день: день регистрации, если он рабочий (только для сравнения)",
                     "day 1 is the day of registration if it is a working day (what-if only)"),
    "cli.counted": ("Есептелген жұмыс күндері ({n}):", "Засчитанные рабочие дни ({n}):",
                    "Working days counted ({n}):"),
    "cli.made_working": (" (жұмыс күні болып белгіленген демалыс күні)", " (выходной, объявленный рабочим днём)",
                         " (a weekend day made working)"),
    "cli.skipped": ("Өткізілген күндер ({n}):", "Пропущенные дни ({n}):", "Days skipped ({n}):"),
    "cli.rules_applied": ("Қолданылған ережелер:", "Применённые правила:", "Rules applied:"),
    "cli.rule_sources": ("Қолданылған ережелер (нұсқа: дереккөздер):", "Применённые правила (версия: источники):",
                         "Rules applied (version: sources):"),
    "cli.calendar_data": ("Күнтізбе деректері: {version}", "Данные календаря: {version}", "Calendar data: {version}"),
    "cli.in_force": ("  {version} ({start} бастап күшінде{until})", "  {version} (действует с {start}{until})",
                     "  {version} (in force from {start}{until})"),
    "cli.until": (", {date} дейін", " по {date}", " to {date}"),
    "cli.source": ("    - {cite} [{flag}] {url}", "    - {cite} [{flag}] {url}", "    - {cite} [{flag}] {url}"),
    "cli.source_confirmed": ("расталған", "подтверждён", "confirmed"),
    "cli.source_unconfirmed": ("РАСТАЛМАҒАН", "НЕ подтверждён", "NOT confirmed"),
    "cli.unconfirmed_sources": (" [РАСТАЛМАҒАН: {cites}]", " [НЕ подтверждены: {cites}]", " [NOT confirmed: {cites}]"),
    "cli.stage": ("Саты: {stage}, {on} ({regime} режимінің ережелері, {date} күнгі редакция)",
                  "Стадия: {stage}, {on} (правила режима {regime}, на {date})",
                  "Stage: {stage} on {on} (rules of the {regime} regime, read on {date})"),
    "cli.waiting": ("Күту: {day} дейін", "Ожидание до: {day}", "Waiting until: {day}"),
    "cli.note": ("Ескерту: {note}", "Примечание: {note}", "Note: {note}"),
    "cli.options": ("Мүмкіндіктер:", "Возможности:", "Options:"),
    "cli.expired": ("  [МЕРЗІМІ ӨТКЕН]", "  [СРОК ИСТЁК]", "  [EXPIRED]"),
    "cli.to": ("   Кімге: {bodies}", "   Кому: {bodies}", "   To: {bodies}"),
    "cli.through": ("   Қалай беріледі: {body} арқылы{forwarding}", "   Подаётся через: {body}{forwarding}",
                    "   Lodge through: the {body}{forwarding}"),
    "cli.forwarding": (", ол шағымды {term} ішінде жібереді", ", который пересылает её в течение {term}",
                       ", which forwards it within {term}"),
    "cli.review_term": ("   Қарау мерзімі: {term}", "   Срок рассмотрения: {term}", "   Review term: {term}"),
    "cli.time_limit": ("   Беру мерзімі: {term}{by}", "   Срок подачи: {term}{by}", "   Time limit: {term}{by}"),
    "cli.act_by": ("; соңғы күн {day}", "; последний день {day}", "; act by {day}"),
    "cli.start_unknown": (" (басталған күні белгісіз: күнді көрсетіңіз)", " (начало неизвестно: укажите дату)",
                          " (the start is not known: give the date)"),
    "cli.why": ("   Негіздеме: {text}", "   Почему: {text}", "   Why: {text}"),
    "cli.sources": ("   Дереккөздер: {cites}", "   Источники: {cites}", "   Sources: {cites}"),
    "cli.month": ("{month} {year}: {term}", "{month} {year}: {term}", "{month} {year}: {term}"),
    "cli.months": (
        "Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз|Қыркүйек|Қазан|Қараша|Желтоқсан",
        "Январь|Февраль|Март|Апрель|Май|Июнь|Июль|Август|Сентябрь|Октябрь|Ноябрь|Декабрь",
        "January|February|March|April|May|June|July|August|September|October|November|December",
    ),
    "cli.columns": ("Күні|Апта күні|Жұмыс|Түрі|Атауы, акт және белгілер",
                    "Дата|День|Рабочий|Вид|Название, акт и отметки",
                    "Date|Day|Working|Kind|Name, act and marks"),
    "cli.kind.working": ("жұмыс", "рабочий", "working"),
    "cli.kind.weekend": ("демалыс", "выходной", "weekend"),
    "cli.kind.holiday": ("мереке", "праздник", "holiday"),
    "cli.kind.carried_over": ("мереке ауыстырылды", "перенос праздника", "carried_over"),
    "cli.kind.transferred": ("ауыстырылған демалыс", "перенос выходного", "transferred"),
    "cli.kind.working_weekend": ("жұмыс (ауыстыру)", "рабочий (перенос)", "working_weekend"),
    "cli.kind.overlay_day_off": ("демалыс (акт)", "выходной (акт)", "overlay_day_off"),
    "cli.kind.overlay_working": ("жұмыс (акт)", "рабочий (акт)", "overlay_working"),
    "cli.yes": ("иә", "да", "yes"),
    "cli.no": ("жоқ", "нет", "no"),
    "cli.moved_from": ("{date} күнінен ауыстырылды", "перенесён с {date}", "moved from {date}"),
    "cli.moved_to": ("демалыс күні {date} күніне ауыстырылды", "выходной перенесён на {date}",
                     "day off moved to {date}"),
    "cli.under": ("акт: {act}", "акт: {act}", "under {act}"),
    "cli.estimated": ("күні болжамды", "дата ориентировочная", "date estimated"),
    "cli.transferred": ("[ауыстырылған]", "[перенесён]", "[transferred]"),
    "cli.provisional": ("[алдын ала]", "[предварительно]", "[provisional]"),
    "cli.rows_failed": ("{rows} жолдың {failed} жолы орындалмады; олардың error бағанын қараңыз",
                        "не удалось обработать {failed} из {rows} строк; см. их столбец error",
                        "{failed} of {rows} rows failed; see their error column"),
}

#: The phrases results carry as English prose: :func:`translate` recognises them by their English text.
_PROSE: Final[tuple[str, ...]] = (
    "reason.horizon", "finding.not_reviewer", "finding.state_corporation", "finding.too_long", "finding.too_late",
    "finding.told_late", "addressee.invalid", "addressee.valid", "proof.status", "proof.stamp_copy",
    "proof.number", "proof.date", "proof.stamp", "proof.number_date", "proof.person", "proof.collect",
    "proof.portal_note", "proof.quality_note", "answer.post", "answer.office", "answer.portal",
    "note.court", "note.waiting", "extension.head", "extension.finding", "since.decided", "since.due",
    "addressee.state_corporation", "addressee.employee", "addressee.provider", "reason.estimated",
)

#: :data:`PHRASES` by language: one lookup per phrase said.
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
    """The phrase ``key`` of :data:`PHRASES` in ``lang``, with ``values`` filled in.

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


def _weekday(day: dt.date, lang: str) -> str:
    return _BY_LANGUAGE[lang]["weekday"].split("|")[day.weekday()]


def _dated(day: dt.date, lang: str) -> str:
    return f"{_weekday(day, lang)} {date_text(day, lang)}"


def holiday_text(name: str, lang: str, on: dt.date | None = None) -> str:
    """A holiday's name in ``lang``; a name of the integrator's own (an overlay's, a snapshot's) as given.

    >>> holiday_text("Victory Day", "kk"), holiday_text("Founders' Day", "ru")
    ('Жеңіс күні', "Founders' Day")
    """
    try:
        return holiday_name(name, lang, on=on)
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

    The sentence is recognised by the English text of its phrase in :data:`PHRASES`; its dates,
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
                 else f"{date_text(day.moved, lang)} ({_weekday(day.moved, lang)})")
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
    return phrase("day", lang, weekday=_weekday(day.date, lang), date=date_text(day.date, lang), kind=text)


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

