# ruff: noqa: RUF001, RUF002 - Kazakh and Russian text is Cyrillic on purpose
"""Every phrase the library says about a result, in Kazakh, Russian and English, side by side.

:mod:`appeal_rules.render` says them: in ``explain(lang=...)`` on every result, in the command
line's text output and in the docs (docs/languages.md lists them all). A phrase's ``{name}``
marks a value filled in when it is said. The terms are the acts' own (see
:mod:`appeal_rules.labels`); no phrase cites an act: citations come from the rule versions.

>>> PHRASES["option.expired"]
(' (МЕРЗІМІ ӨТКЕН)', ' (СРОК ИСТЁК)', ' (EXPIRED)')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["PHRASES"]


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
