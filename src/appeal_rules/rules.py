"""Every rule the library applies, in one place, each version with its dates and sources.

A *rule* (``review_term.first_instance``, ``court``, ...) has one or more *versions*, each in force
from ``effective_from`` to ``effective_to`` (both inclusive; ``None`` means still in force). The
public functions look a rule up with :func:`rule_version` for the date the rules are read at and
name the version they applied in their result. The docs' rule tables are generated from
:data:`RULES` and :data:`SEED_CLAUSES`, so they cannot drift from what the code does.

Two regimes are encoded:

* ``2018``: the service standard's appeal procedure as published in 2018 (the seed text) with
  Law No. 88-V art. 25 and Law No. 221-III art. 12, from :data:`COVERAGE_START` to 30 June 2021;
* ``appc``: from 1 July 2021, when the Administrative Procedural and Process Code (APPC,
  No. 350-VI) came into force; Law No. 88-V art. 25 keeps its special review terms.

>>> import datetime as dt
>>> from appeal_rules import rule_version
>>> v = rule_version("review_term.first_instance", dt.date(2025, 3, 3))
>>> v.version, v.term
('review_term.first_instance@appc', Term(length=5, unit=<Unit.WORKING_DAYS: 'working_days'>))
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

import attrs

from appeal_rules._validate import check_enum, check_int, one_date, raise_if
from appeal_rules.errors import InvalidInputError, OutsideCoverageError, Problem
from appeal_rules.sources import Source

__all__ = [
    "APPC_92_1_1_EARLIEST",
    "APPC_IN_FORCE",
    "COVERAGE_START",
    "EXTENSION_TEXT_CONFIRMED_FROM",
    "LAW_291_VIII_IN_FORCE",
    "RULES",
    "SEED_CLAUSES",
    "Rule",
    "RuleVersion",
    "SeedClause",
    "Term",
    "Unit",
    "rule",
    "rule_version",
]


def __dir__() -> list[str]:
    return __all__


#: The earliest date whose rules the library encodes. The seed text is the standard's appeal
#: procedure as published in 2018 (page changed 31 July 2018); no earlier text was available to
#: check, and the working-day calendar is verified from 2018. Dates before this are refused.
COVERAGE_START = dt.date(2018, 1, 1)

#: The Administrative Procedural and Process Code (No. 350-VI of 29.06.2020) came into force.
APPC_IN_FORCE = dt.date(2021, 7, 1)

#: Law No. 291-VIII of 19.05.2026 amends Law No. 88-V art. 25(2), first paragraph, from this day.
LAW_291_VIII_IN_FORCE = dt.date(2026, 7, 12)

#: The earliest day APPC art. 92(1-1) (six months when the act gives no appeal information) can be
#: in force: Law No. 241-VIII of 17.12.2025 enters into force ten calendar days after its first
#: official publication, which cannot precede the law's date. The publication date was not found,
#: so the version that starts here is marked unconfirmed.
APPC_92_1_1_EARLIEST = dt.date(2025, 12, 28)

#: From this day the current wording of Law No. 88-V art. 25(4) (the extension) counts as read:
#: the mirror it was read in holds acts of late 2025. Its earlier history was not found.
EXTENSION_TEXT_CONFIRMED_FROM = dt.date(2026, 1, 1)

_REGIME_2018_END = APPC_IN_FORCE - dt.timedelta(days=1)


class Unit(enum.Enum):
    """The unit a period is counted in."""

    WORKING_DAYS = "working_days"
    CALENDAR_DAYS = "calendar_days"
    MONTHS = "months"


def _unit_of(value: Any) -> Any:
    """A :class:`Unit` for its value (``"working_days"``); anything else is left to validation."""
    if isinstance(value, str) and not isinstance(value, Unit):
        for unit in Unit:
            if unit.value == value:
                return unit
    return value


@attrs.frozen
class Term:
    """A length of time a rule sets: ``Term(5, Unit.WORKING_DAYS)``.

    >>> Term(15, Unit.WORKING_DAYS).describe()
    '15 working days'
    """

    length: int
    unit: Unit = attrs.field(converter=_unit_of)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        check_int(self.length, "length", problems, minimum=0, maximum=100_000)
        check_enum(self.unit, Unit, "unit", problems)
        raise_if(problems)

    def describe(self) -> str:
        """The term in words."""
        word = {Unit.WORKING_DAYS: "working day", Unit.CALENDAR_DAYS: "calendar day", Unit.MONTHS: "month"}
        return f"{self.length} {word[self.unit]}{'s' if self.length != 1 else ''}"


@attrs.frozen
class RuleVersion:
    """One version of a rule: what it says, when it was in force, and where it comes from.

    >>> import datetime as dt
    >>> from appeal_rules import rule_version
    >>> rule_version("court", dt.date(2019, 5, 6)).version
    'court@2018'
    """

    rule_id: str
    regime: str
    effective_from: dt.date
    effective_to: dt.date | None
    summary: str
    explanation: str
    sources: tuple[Source, ...]
    term: Term | None = None

    @property
    def version(self) -> str:
        """The stable identifier of this version, ``<rule id>@<regime>``."""
        return f"{self.rule_id}@{self.regime}"

    @property
    def confirmed(self) -> bool:
        """True when the primary source (the first) was read in the text of the act.

        Later sources support or qualify the rule: an inferred supporting source does not make a
        rule unconfirmed, and a confirmed supporting source does not confirm an unread primary one.
        """
        return self.sources[0].confirmed

    def in_force_on(self, day: dt.date) -> bool:
        """Whether this version applies on ``day``.

        >>> import datetime as dt
        >>> from appeal_rules import rule_version
        >>> rule_version("court", dt.date(2025, 1, 6)).in_force_on(dt.date(2021, 6, 30))
        False
        """
        if type(day) is not dt.date:
            day = one_date(day, "day")
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def cite(self) -> str:
        """The sources, joined: ``"Law No. 88-V, art. 25; Seed standard, clause 7"``."""
        return "; ".join(s.cite() for s in self.sources)


@attrs.frozen
class Rule:
    """A rule with all its versions, the public functions that apply it and the tests that check it."""

    id: str
    title: str
    applied_by: tuple[str, ...]
    tested_by: tuple[str, ...]
    versions: tuple[RuleVersion, ...]


@attrs.frozen
class SeedClause:
    """A clause of the seed text (the standard's appeal procedure, 2018) and the rules encoding it."""

    id: str
    text: str
    rule_ids: tuple[str, ...]


# --- Sources -------------------------------------------------------------------------------------

_SEED = "Service standard, appeal procedure (2018)"
_SEED_URL = "https://www.enbek.gov.kz/en/node/347255"
_LAW_88 = 'Law "On State Services" No. 88-V of 15.04.2013'
_LAW_88_URL = "https://adilet.zan.kz/rus/docs/Z1300000088"
_APPC = "Administrative Procedural and Process Code No. 350-VI"
_APPC_URL = "https://adilet.zan.kz/rus/docs/K2000000350"
_CC = "Civil Code (General Part)"
_CC_URL = "https://adilet.zan.kz/eng/docs/K940001000_"
_GOV_KZ_741 = "https://www.gov.kz/situations/741/intro?lang=en"
_LAW_221 = 'Law "On the procedure for considering appeals of individuals and legal entities" No. 221-III of 12.01.2007'
_LAW_221_URL = "https://arhivsaran.kz/en/rabota-s-naseleniem/poryadok-obzhalovaniya-reshenij"
_LAW_221_NOTE = ("read in the English text of art. 12 quoted on arhivsaran.kz and qogam.gov.kz, not in the act on "
                 "adilet (Z070000221_); repealed by the APPC from 1 July 2021")
_MIRROR = "read in the adilet mirror github.com/kittamirlan5555-blip/adilet"


def _seed(clause: str) -> Source:
    return Source(_SEED, f"clause {clause}", _SEED_URL, confirmed=True)


def _appc(provision: str, note: str = "", *, confirmed: bool = True) -> Source:
    return Source(_APPC, provision, _APPC_URL, confirmed=confirmed, note=note)


_ART25_2018_UNREAD = "the 2018 wording of art. 25 was not read; the standard states the term"


def _law88(confirmed: bool, url: str = _LAW_88_URL, note: str = "") -> Source:
    return Source(_LAW_88, "art. 25", url, confirmed=confirmed, note=note)


def _law221(provision: str = "art. 12") -> Source:
    return Source(_LAW_221, provision, _LAW_221_URL, confirmed=False, note=_LAW_221_NOTE)


_EXTENSION_UNDATED = ("the current wording of art. 25(4); when it came into force was not found (the article's "
                      "footnote names Laws 408-V of 2015, 272-VI of 2019 and 254-VIII of 2026)")
_EXTENSION_READ = f"current wording, {_MIRROR} (derived/chunks/gosuslugi.jsonl)"


def _v(
    rule_id: str,
    regime: str,
    summary: str,
    explanation: str,
    sources: tuple[Source, ...],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    term: Term | None = None,
) -> RuleVersion:
    """A version of ``rule_id``; the regime sets the default dates."""
    defaults = {
        "2018": (COVERAGE_START, _REGIME_2018_END),
        "appc": (APPC_IN_FORCE, None),
        "all": (COVERAGE_START, None),
    }
    from_, to = defaults.get(regime, (COVERAGE_START, None))
    if start is not None or end is not None:  # an explicit start ends the version only where ``end`` says so
        to = end
    return RuleVersion(rule_id, regime, start or from_, to, summary, explanation, sources, term)


_5WD = Term(5, Unit.WORKING_DAYS)
_15WD = Term(15, Unit.WORKING_DAYS)
_3WD = Term(3, Unit.WORKING_DAYS)
_10WD = Term(10, Unit.WORKING_DAYS)
_1M = Term(1, Unit.MONTHS)
_3M = Term(3, Unit.MONTHS)
_6M = Term(6, Unit.MONTHS)
_BEFORE_2026 = EXTENSION_TEXT_CONFIRMED_FROM - dt.timedelta(days=1)

_T = "tests/test_rules_clauses.py::"

#: Every rule the library applies, each with all its versions, the public functions that apply it
#: and the tests that check it. The docs' rule tables are generated from this tuple.
RULES: tuple[Rule, ...] = (
    Rule(
        "scope",
        "Who may complain about what",
        ("escalation_options",),
        (_T + "test_scope_decision_action_inaction",),
        (
            _v(
                "scope", "all",
                "A service recipient may complain about a decision, an action or an inaction of the "
                "provider or its officials, or of the State Corporation or its employees.",
                "You may complain about a decision, an action, or a failure to act by the body that "
                "provided the public service, its officials, or the State Corporation "
                "\"Government for Citizens\" and its employees.",
                (_seed("1"), _law88(True, _GOV_KZ_741)),
            ),
        ),
    ),
    Rule(
        "addressee.provider",
        "Addressee of a complaint about a provider or its official",
        ("addressees", "check_addressee"),
        (_T + "test_provider_complaint_goes_to_head_of_provider_or_ministry",),
        (
            _v(
                "addressee.provider", "all",
                "A complaint about the provider or its official goes to the head of the provider or "
                "the head of the ministry, at the address the service's standard publishes.",
                "Address your complaint to the head of the body that provided the service, or to the "
                "head of the ministry over it, at the address published in the service's standard.",
                (_seed("2"), _law88(True, _GOV_KZ_741)),
            ),
        ),
    ),
    Rule(
        "addressee.state_corporation",
        "Addressee of a complaint about the State Corporation or its employee",
        ("addressees", "check_addressee"),
        (_T + "test_state_corporation_complaint_goes_to_its_head",),
        (
            _v(
                "addressee.state_corporation", "all",
                "A complaint about the State Corporation or its employee (incorrect service) goes to "
                "the head of the State Corporation.",
                "A complaint about the State Corporation \"Government for Citizens\" or one of its "
                "employees goes to the head of the State Corporation.",
                (_seed("5"),),
            ),
        ),
    ),
    Rule(
        "addressee.state_corporation_ministry",
        "The ministry's head for a complaint about the State Corporation itself",
        ("addressees", "check_addressee"),
        (_T + "test_state_corporation_itself_may_also_go_to_the_ministry",),
        (
            _v(
                "addressee.state_corporation_ministry", "all",
                "A complaint about the State Corporation itself (its decision, action or inaction) may also go "
                "to the head of the ministry: clause 1 names the heads of the provider, the ministry and the "
                "State Corporation as addressees for complaints about any of the bodies it lists; only clause 5 "
                "ties a complaint to one head, the State Corporation's, and only for an employee's incorrect "
                "service.",
                "A complaint about a decision, action or inaction of the State Corporation itself can also be "
                "addressed to the head of the ministry.",
                (Source(_SEED, "clause 1", _SEED_URL, confirmed=False,
                        note="a reading of the standard's English text, which lists the addressees for every body "
                             "complained about; the Russian and Kazakh originals were not found"),
                 _seed("5")),
            ),
        ),
    ),
    Rule(
        "channels",
        "How a complaint is lodged",
        ("acceptance_proof",),
        (_T + "test_channels_post_in_person_portal",),
        (
            _v(
                "channels", "all",
                "In writing by post, in person through the office of the provider, the State "
                "Corporation or the ministry, or through the eGov portal's personal account.",
                "You can send your complaint in writing by post, hand it in at the office of the "
                "provider, the State Corporation or the ministry, or lodge it through your personal "
                "account on the eGov portal.",
                (_seed("3"), _seed("6")),
            ),
        ),
    ),
    Rule(
        "proof.provider_or_ministry",
        "Proof of acceptance at the provider or the ministry",
        ("acceptance_proof",),
        (_T + "test_proof_at_provider_lists_stamp_number_date_name_and_answer_place",),
        (
            _v(
                "proof.provider_or_ministry", "all",
                "Registration in the office: stamp, incoming number and date, the surname and initials "
                "of the person who accepted it, and the time and place to collect the answer.",
                "Your complaint is accepted when the office registers it: you should get a stamp with "
                "the incoming number and date, the surname and initials of the person who took it, and "
                "when and where to collect the answer.",
                (_seed("4"),),
            ),
        ),
    ),
    Rule(
        "proof.state_corporation",
        "Proof of acceptance at the State Corporation",
        ("acceptance_proof",),
        (_T + "test_proof_at_state_corporation_on_second_copy_or_covering_letter",),
        (
            _v(
                "proof.state_corporation", "all",
                "Whether handed in or posted: registration, i.e. stamp, incoming number and date on a "
                "second copy of the complaint or on its covering letter.",
                "At the State Corporation, whether you hand your complaint in or post it, it is accepted "
                "when a stamp with the incoming number and registration date is put on your second copy "
                "of the complaint or on its covering letter.",
                (_seed("5"),),
            ),
        ),
    ),
    Rule(
        "proof.portal",
        "Proof of acceptance and tracking on the eGov portal",
        ("acceptance_proof", "check_transition", "portal_transitions"),
        (
            _T + "test_proof_on_portal_is_the_status_trail",
            "tests/test_portal.py::test_every_path_ends_answered_or_refused",
        ),
        (
            _v(
                "proof.portal", "all",
                "The personal account shows the complaint's status, updated as it is processed: "
                "delivered, registered, in execution, answered or refused review.",
                "If you complain through the eGov portal, your personal account shows where your "
                "complaint is: delivered, registered, in execution, and then answered or refused review.",
                (_seed("6"),),
            ),
        ),
    ),
    Rule(
        "review_term.first_instance",
        "Review term at the provider, the ministry or the State Corporation",
        ("review_deadline", "escalation_options"),
        (_T + "test_first_instance_review_term_is_5_working_days",),
        (
            _v(
                "review_term.first_instance", "2018",
                "Reviewed within 5 working days from registration.",
                "The provider, the ministry or the State Corporation must review your complaint within "
                "5 working days of registering it.",
                (_seed("7"), _law88(False, note=_ART25_2018_UNREAD)),
                term=_5WD,
            ),
            _v(
                "review_term.first_instance", "appc",
                "Reviewed within 5 working days from registration; Law No. 88-V art. 25 prevails over "
                "the APPC's general 20 working days (APPC art. 99 defers to other laws).",
                "The provider, the ministry or the State Corporation must review your complaint within "
                "5 working days of registering it.",
                (
                    _law88(True, _GOV_KZ_741, note="art. 25(2), first paragraph"),
                    _appc("art. 99", "20 working days unless laws provide otherwise"),
                ),
                term=_5WD,
                end=LAW_291_VIII_IN_FORCE - dt.timedelta(days=1),
            ),
            _v(
                "review_term.first_instance", "2026-07",
                "Law No. 291-VIII of 19.05.2026 amended art. 25(2), first paragraph, from 12 July 2026; the "
                "amended text was not read, so the library keeps 5 working days and marks this unconfirmed.",
                "The provider, the ministry or the State Corporation must review your complaint within "
                "5 working days of registering it (this term was amended with effect from 12 July 2026; check the "
                "current text of the law).",
                (
                    Source(_LAW_88, "art. 25(2) as amended by Law No. 291-VIII of 19.05.2026",
                           "https://adilet.zan.kz/rus/docs/Z2600000291", confirmed=False,
                           note="amendment note seen on the article; the amended wording was not available"),
                    _appc("art. 99", "20 working days unless laws provide otherwise"),
                ),
                term=_5WD,
                start=LAW_291_VIII_IN_FORCE,
            ),
        ),
    ),
    Rule(
        "answer_delivery",
        "How the reasoned answer reaches the applicant",
        ("answer_delivery",),
        (_T + "test_answer_by_post_or_collected",),
        (
            _v(
                "answer_delivery", "all",
                "A reasoned answer is sent by post or collected at the office of the provider, the "
                "ministry or the State Corporation (on the portal: in the personal account).",
                "You receive a reasoned answer by post, or you can collect it at the office that "
                "registered your complaint.",
                (_seed("7"), _seed("6")),
            ),
        ),
    ),
    Rule(
        "quality_authority",
        "Next step on disagreement: the authorised quality body",
        ("escalation_options",),
        (_T + "test_disagreement_goes_to_quality_authority",),
        (
            _v(
                "quality_authority", "all",
                "On disagreement with the result, a complaint to the authorised body for assessing and "
                "controlling the quality of public services.",
                "If you disagree with the answer, you can complain to the authorised body for assessing "
                "and controlling the quality of public services.",
                (_seed("8"), _law88(True, _GOV_KZ_741)),
            ),
        ),
    ),
    Rule(
        "review_term.quality_authority",
        "Review term at the authorised quality body",
        ("review_deadline", "escalation_options"),
        (_T + "test_quality_authority_review_term_is_15_working_days",),
        (
            _v(
                "review_term.quality_authority", "2018",
                "Reviewed within 15 working days from registration.",
                "The authorised quality body must review your complaint within 15 working days of "
                "registering it.",
                (_seed("9"), _law88(False, note=_ART25_2018_UNREAD)),
                term=_15WD,
            ),
            _v(
                "review_term.quality_authority", "appc",
                "Reviewed within 15 working days from registration; Law No. 88-V art. 25 prevails over "
                "the APPC's general 20 working days.",
                "The authorised quality body must review your complaint within 15 working days of "
                "registering it.",
                (
                    _law88(True, note="art. 25(2): 15 working days from registration (current text)"),
                    _appc("art. 99", "20 working days unless laws provide otherwise"),
                ),
                term=_15WD,
            ),
        ),
    ),
    Rule(
        "review_term.extension",
        "Extension of the review term",
        ("review_deadline", "escalation_options", "assess"),
        ("tests/test_extension.py::test_an_extension_moves_the_deadline_and_the_court_month",),
        (
            _v(
                "review_term.extension", "before-2026",
                "Applied where the caller reports an extension, in the current wording of art. 25(4): the "
                "quality body, central state bodies, local executive bodies and akims may extend the review "
                "term by up to 10 working days (for an additional study or check, including on site, or to "
                "obtain more information). Whether this wording was in force on the date was not found.",
                "The body reviewing your complaint may extend its review term by up to 10 working days, if it "
                "is the quality body, a central state body, a local executive body or an akim (the law's "
                "current wording; whether it applied on this date is not confirmed).",
                (_law88(False, note=_EXTENSION_UNDATED),),
                term=_10WD, start=COVERAGE_START, end=_BEFORE_2026,
            ),
            _v(
                "review_term.extension", "2026",
                "The quality body, central state bodies, local executive bodies and akims may extend the "
                "review term by up to 10 working days (for an additional study or check, including on site, "
                "or to obtain more information); the provider as such and the State Corporation are not named.",
                "The body reviewing your complaint may extend its review term by up to 10 working days, if it "
                "is the quality body, a central state body, a local executive body or an akim.",
                (Source(_LAW_88, "art. 25(4), first paragraph", _LAW_88_URL, confirmed=True, note=_EXTENSION_READ),),
                term=_10WD, start=EXTENSION_TEXT_CONFIRMED_FROM,
            ),
        ),
    ),
    Rule(
        "review_term.extension_notice",
        "Telling the applicant of an extension",
        ("review_deadline", "escalation_options", "assess"),
        ("tests/test_extension.py::test_a_notice_later_than_three_working_days_is_reported",),
        (
            _v(
                "review_term.extension_notice", "before-2026",
                "The official tells the applicant of the extension, with its reasons, within 3 working days of "
                "extending the term (current wording of art. 25(4); whether in force on the date not found).",
                "You must be told of the extension, with its reasons, within 3 working days of the decision to "
                "extend (the law's current wording; whether it applied on this date is not confirmed).",
                (_law88(False, note=_EXTENSION_UNDATED),),
                term=_3WD, start=COVERAGE_START, end=_BEFORE_2026,
            ),
            _v(
                "review_term.extension_notice", "2026",
                "The official tells the applicant of the extension in writing or electronically, with its "
                "reasons, within 3 working days of extending the term.",
                "You must be told of the extension, with its reasons, within 3 working days of the decision to "
                "extend.",
                (Source(_LAW_88, "art. 25(4), second paragraph", _LAW_88_URL, confirmed=True, note=_EXTENSION_READ),),
                term=_3WD, start=EXTENSION_TEXT_CONFIRMED_FROM,
            ),
        ),
    ),
    Rule(
        "court",
        "Going to court",
        ("escalation_options",),
        (_T + "test_court_after_disagreement",),
        (
            _v(
                "court", "2018",
                "On disagreement, the applicant goes to court in accordance with legislation: on disagreement "
                "with a decision on the complaint, or where there is no superior body, directly to court "
                "(Law No. 221-III art. 12). No time limit for going to court is encoded (see "
                "docs/known-gaps.md).",
                "If you disagree with the result, you can go to court under the laws of Kazakhstan.",
                (_seed("10"), _law221()),
            ),
            _v(
                "court", "appc",
                "Court only after the pre-trial complaint, within 1 month of receiving the complaint "
                "decision or of the review term running out with no decision.",
                "You can go to the administrative court after your complaint has been decided, within "
                "one month of receiving the decision, or within one month after the review term ran out "
                "with no decision.",
                (_appc("art. 91(5)"), _appc("art. 136(1), (6)")),
                term=_1M,
            ),
        ),
    ),
    Rule(
        "forwarding",
        "Forwarding the complaint to the reviewing body",
        ("escalation_options",),
        ("tests/test_regimes.py::test_forwarding_step_only_under_appc",),
        (
            _v(
                "forwarding", "2018",
                "No forwarding step: the complaint is addressed to the reviewing body directly.",
                "Send your complaint directly to the body that will review it.",
                (Source(_SEED, "clauses 2, 8", _SEED_URL, confirmed=False,
                        note="inferred: the standard names no intermediary"),),
            ),
            _v(
                "forwarding", "appc",
                "The complaint is lodged through the body whose act is appealed; it forwards it with the "
                "case file to the reviewing body within 3 working days of receipt, unless within those "
                "3 days it fully grants the complaint itself.",
                "Lodge your complaint with the body whose decision you appeal. Within 3 working days it "
                "must either grant your complaint in full or send it, with the case file, to the body "
                "that will review it.",
                (_appc("art. 91(4)"),),
                term=_3WD,
            ),
        ),
    ),
    Rule(
        "missed_term",
        "A review term that runs out with no answer",
        ("escalation_options",),
        ("tests/test_regimes.py::test_deemed_refusal_only_under_appc",),
        (
            _v(
                "missed_term", "2018",
                "No rule deems a missed term a refusal; the reviewer's failure to answer is itself an "
                "inaction that can be complained of.",
                "If no answer comes in time, that failure to act can itself be the subject of a complaint.",
                (Source(_SEED, "clause 1", _SEED_URL, confirmed=False,
                        note="inferred: clause 1 allows complaints about inaction"),),
            ),
            _v(
                "missed_term", "appc",
                "A body that misses its review term is deemed to have refused; the next step opens.",
                "If the review term runs out with no answer, the law treats that as a refusal, and you "
                "can take the next step.",
                (_appc("art. 91(2)"), _appc("art. 100(5)")),
            ),
        ),
    ),
    Rule(
        "lodging_limit",
        "Time limit for lodging a complaint",
        ("escalation_options",),
        ("tests/test_regimes.py::test_lodging_limit_three_months_under_appc",),
        (
            _v(
                "lodging_limit", "2018",
                "A complaint goes to the superior official or body within 3 months of the day the applicant "
                "learned of the action or decision; a missed term is no ground to refuse to consider it (the "
                "reasons are weighed on the merits).",
                "Lodge your complaint within three months of the day you learned of the decision or action; a "
                "late complaint must still be considered.",
                (_law221(), Source(_SEED, "clauses 1-10", _SEED_URL, confirmed=False,
                                   note="the standard sets no lodging limit of its own")),
                term=_3M,
            ),
            _v(
                "lodging_limit", "appc",
                "A complaint is lodged within 3 months of the day the applicant learned of the act; "
                "lateness alone is no ground to refuse acceptance, and the term can be restored.",
                "Lodge your complaint within three months of the day you learned of the decision or "
                "action.",
                (_appc("art. 92"),),
                term=_3M,
            ),
        ),
    ),
    Rule(
        "lodging_limit.no_appeal_information",
        "A longer lodging limit when the act did not say how to appeal it",
        ("escalation_options", "assess"),
        ("tests/test_regimes.py::test_six_months_when_the_act_gave_no_appeal_information",),
        (
            _v(
                "lodging_limit.no_appeal_information", "2018",
                "No longer limit: the 3 months of Law No. 221-III art. 12 run whatever the decision said about "
                "appealing it.",
                "The three months run even if the decision did not tell you how to appeal it.",
                (_law221(),),
            ),
            _v(
                "lodging_limit.no_appeal_information", "appc",
                "No longer limit: the 3 months of APPC art. 92(1) run whatever the act said about appealing it.",
                "The three months run even if the decision did not tell you how to appeal it.",
                (_appc("art. 92(1)"),),
                end=APPC_92_1_1_EARLIEST - dt.timedelta(days=1),
            ),
            _v(
                "lodging_limit.no_appeal_information", "2025-12",
                "If the administrative act (or its annex) does not state how it can be appealed (APPC art. "
                "80(5)), the complaint may be lodged within 6 months of the day the applicant learned of the "
                "act. Added by Law No. 241-VIII of 17.12.2025; its in-force date (ten calendar days after first "
                "publication) was not found, so this version starts on the earliest possible day and is "
                "unconfirmed.",
                "If the decision did not tell you how and where to appeal it, you have six months from the day "
                "you learned of it (a rule added at the end of 2025; its exact start date is not confirmed).",
                (_appc("art. 92(1-1)", f"text {_MIRROR} (derived/chunks/appk.jsonl); added by Law No. 241-VIII "
                       "of 17.12.2025, in force ten calendar days after its first official publication, whose "
                       "date was not found", confirmed=False),),
                term=_6M, start=APPC_92_1_1_EARLIEST,
            ),
        ),
    ),
    Rule(
        "no_superior",
        "A body with no superior body",
        ("escalation_options",),
        ("tests/test_regimes.py::test_no_superior_body_goes_straight_to_court",),
        (
            _v(
                "no_superior", "2018",
                "Where there is no superior official or body, the applicant goes directly to court.",
                "If the body has no superior body to complain to, you can go straight to court.",
                (_law221(),),
            ),
            _v(
                "no_superior", "appc",
                "Where there is no superior body, the applicant goes straight to court and must be told so.",
                "If the body has no superior body to complain to, you can go straight to court.",
                (_appc("art. 91(6)"),),
            ),
        ),
    ),
    Rule(
        "counting.day_one",
        "Day 1 of a period",
        ("review_deadline", "count_period"),
        ("tests/test_deadlines.py::test_day_one_is_the_day_after_registration",),
        (
            _v(
                "counting.day_one", "2018",
                "A period starts on the day after the date that begins it (here: registration).",
                "Counting starts the day after your complaint was registered.",
                (Source(_CC, "art. 173", _CC_URL, confirmed=True),),
            ),
            _v(
                "counting.day_one", "appc",
                "A period starts on the day after the date that begins it (here: registration).",
                "Counting starts the day after your complaint was registered.",
                (Source(_CC, "art. 173", _CC_URL, confirmed=True),
                 _appc("art. 76(2)", "written for procedures opened by an application; applied to "
                       "complaint terms by inference", confirmed=False)),
            ),
        ),
    ),
    Rule(
        "counting.roll_forward",
        "A period whose last day is not a working day",
        ("review_deadline", "count_period"),
        ("tests/test_deadlines.py::test_calendar_days_roll_forward_to_working_day",),
        (
            _v(
                "counting.roll_forward", "2018",
                "If the last day of a period is a non-working day, the period ends on the next working day.",
                "If the last day falls on a day off, the deadline moves to the next working day.",
                (Source(_CC, "art. 175", _CC_URL, confirmed=True),),
            ),
            _v(
                "counting.roll_forward", "appc",
                "If the last day of a period is a non-working day, the period ends on the next working day.",
                "If the last day falls on a day off, the deadline moves to the next working day.",
                (Source(_CC, "art. 175", _CC_URL, confirmed=True), _appc("art. 76(5)")),
            ),
        ),
    ),
    Rule(
        "counting.month_end",
        "A month period ending on a date the month lacks",
        ("count_period", "escalation_options"),
        ("tests/test_deadlines.py::test_month_end_follows_civil_code_art_174",),
        (
            _v(
                "counting.month_end", "all",
                "A period of months ends on the same date of its last month; if that month has no such date, "
                "on the last day of that month.",
                "A period of months ends on the same date of the last month, or on that month's last day if "
                "it has no such date (31 January + 1 month = 28 or 29 February).",
                (Source(_CC, "art. 174", _CC_URL, confirmed=True),),
            ),
        ),
    ),
    Rule(
        "registration.next_working_day",
        "Registration of a complaint that arrives after hours or on a day off",
        ("registration_date", "review_deadline"),
        (
            "tests/test_deadlines.py::test_after_hours_registers_next_working_day",
            "tests/test_registration_day_off.py::test_a_registration_recorded_on_a_day_off_counts_from_the_next_working_day",
        ),
        (
            _v(
                "registration.next_working_day", "2018",
                "No rule on complaints arriving after hours or on a day off was found for this period: "
                "registration_date() takes the next working day by inference, and review_deadline() counts "
                "from the registration day as recorded (see docs/known-gaps.md).",
                "A complaint that arrives after office hours or on a day off is taken as registered on "
                "the next working day.",
                (Source(_SEED, "clause 4", _SEED_URL, confirmed=False,
                        note="the standard makes registration the proof of acceptance but does not say when a "
                             "complaint arriving on a day off is registered; no act of the period was read"),),
            ),
            _v(
                "registration.next_working_day", "appc",
                "Registered the same day; after office hours or on a non-working day, the next working day. A "
                "registration recorded on a non-working day is counted from the next working day.",
                "Your complaint is registered the day it arrives; if it arrives after office hours or on "
                "a day off, it is registered on the next working day.",
                (_appc("art. 64(2)-(3)"),),
            ),
        ),
    ),
    Rule(
        "calendar.working_days",
        "Which days are working days",
        ("is_working_day", "add_working_days", "working_days_between"),
        ("tests/test_calendar.py::test_known_days",),
        (
            _v(
                "calendar.working_days", "all",
                "Monday to Friday, less public holidays, holidays carried over from a day off, and days "
                "off moved by the yearly transfer act; plus weekend days the act made working.",
                "Working days are Monday to Friday, except public holidays and days off moved by the "
                "Government or the Labour Ministry; some Saturdays or Sundays are made working days.",
                (
                    Source("Labour Code No. 414-V", "art. 84, 85(3)",
                           "https://adilet.zan.kz/eng/docs/K1500000414", confirmed=True),
                    Source('Law "On Holidays" No. 267-II', "art. 5",
                           "https://adilet.zan.kz/rus/docs/Z010000267_", confirmed=True),
                    Source("holidays package (KZ)", "holidays/countries/kazakhstan.py",
                           "https://github.com/vacanza/holidays", confirmed=True,
                           note="dates of holidays and transfer acts, each with its act"),
                ),
            ),
        ),
    ),
    Rule(
        "quality_authority.name",
        "The name of the authorised quality body",
        ("escalation_options", "quality_authority_name"),
        ("tests/test_regimes.py::test_quality_authority_name_on_date",),
        (
            _v(
                "quality_authority.name", "ministry",
                "Ministry for Civil Service Affairs of the Republic of Kazakhstan.",
                "Ministry for Civil Service Affairs of the Republic of Kazakhstan",
                (Source("Orders of the Ministry No. 1 of 05.01.2016 and No. 35 of 16.02.2016", "quality control rules",
                        "http://anticorruption.gov.kz/eng/about/istoriya/", confirmed=False,
                        note="the Ministry existed by 05.01.2016; the act creating it was not found"),),
                start=dt.date(2016, 1, 5), end=dt.date(2016, 9, 12),
            ),
            _v(
                "quality_authority.name", "acsaac",
                "Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption.",
                "Agency of the Republic of Kazakhstan for Civil Service Affairs and Anti-Corruption",
                (Source("Presidential Decree No. 328 of 13.09.2016", "formation of the Agency",
                        "http://anticorruption.gov.kz/eng/about/istoriya/", confirmed=True),),
                start=dt.date(2016, 9, 13), end=dt.date(2019, 7, 21),
            ),
            _v(
                "quality_authority.name", "acsa",
                "Agency of the Republic of Kazakhstan for Civil Service Affairs.",
                "Agency of the Republic of Kazakhstan for Civil Service Affairs",
                (Source("Presidential Decree No. 74 of 22.07.2019", "effective on signing",
                        "https://adilet.zan.kz/eng/docs/U1900000074", confirmed=True),),
                start=dt.date(2019, 7, 22),
            ),
        ),
    ),
)

#: The ten clauses of the seed text (the service standard's appeal procedure, 2018), each with the
#: rules that encode it.
SEED_CLAUSES: tuple[SeedClause, ...] = (
    SeedClause("1", "The procedure for appealing decisions, actions (inaction) of central state bodies, "
               "service providers and their officials, the State Corporation and its employees.",
               ("scope", "addressee.state_corporation_ministry")),
    SeedClause("2", "The complaint is addressed to the head of the service provider or of the Ministry, "
               "State Corporation, at the address in paragraph 14 of the standard.",
               ("addressee.provider",)),
    SeedClause("3", "The complaint is submitted in writing by mail or in person through the office of the "
               "service provider, the State Corporation or the Ministry.", ("channels",)),
    SeedClause("4", "Acceptance is confirmed by registration (stamp, number and date) in the office of the "
               "provider or the Ministry, with the surname and initials of the receiver and the time "
               "and place to receive the answer.", ("proof.provider_or_ministry",)),
    SeedClause("5", "Incorrect service by a State Corporation worker: appeal to the head of the State "
               "Corporation; acceptance, in person or by mail, is registration on a second copy or the "
               "covering letter.", ("addressee.state_corporation", "proof.state_corporation")),
    SeedClause("6", "Through the portal, the personal account shows the complaint's status as it is "
               "processed (delivery, registration, execution, answer or refusal to review).",
               ("proof.portal", "channels")),
    SeedClause("7", "Reviewed within 5 working days from registration; the reasoned answer is sent by post "
               "or collected at the office.", ("review_term.first_instance", "answer_delivery")),
    SeedClause("8", "On disagreement with the result, a complaint to the authorised body for assessing and "
               "monitoring the quality of public services.", ("quality_authority",)),
    SeedClause("9", "A complaint at the authorised body is reviewed within 15 working days from "
               "registration.", ("review_term.quality_authority",)),
    SeedClause("10", "On disagreement, the applicant goes to court in accordance with legislation.",
               ("court",)),
)

_BY_ID: Mapping[str, Rule] = {r.id: r for r in RULES}
# (rule id, date) -> version: the table is immutable, so a looked-up answer never changes.
_VERSION_CACHE: dict[tuple[str, dt.date], RuleVersion] = {}


def rule(rule_id: str) -> Rule:
    """The rule ``rule_id`` with all its versions.

    >>> rule("court").title
    'Going to court'
    """
    found = _BY_ID.get(rule_id) if isinstance(rule_id, str) else None
    if found is None:
        raise InvalidInputError.single("rule_id", f"unknown rule {rule_id!r}", "one of: " + ", ".join(_BY_ID))
    return found


def rule_version(rule_id: str, on: dt.date) -> RuleVersion:
    """The version of rule ``rule_id`` in force on ``on``.

    Dates before :data:`COVERAGE_START` are refused with :class:`OutsideCoverageError`.

    >>> import datetime as dt
    >>> rule_version("forwarding", dt.date(2021, 6, 30)).regime
    '2018'
    >>> rule_version("forwarding", dt.date(2021, 7, 1)).regime
    'appc'
    """
    if type(on) is dt.date and type(rule_id) is str:  # the common case, without a problem list
        hit = _VERSION_CACHE.get((rule_id, on))
        if hit is not None:
            return hit
        day = on
    else:
        day = one_date(on, "on")
    found = _BY_ID.get(rule_id) if type(rule_id) is str else None
    if found is None:
        found = rule(rule_id)
    if day < COVERAGE_START:
        raise OutsideCoverageError.single(
            "on", f"{day.isoformat()} is before the rules this library encodes",
            f"a date on or after {COVERAGE_START.isoformat()}",
        )
    for version in found.versions:
        if version.effective_from <= day and (version.effective_to is None or day <= version.effective_to):
            if len(_VERSION_CACHE) >= 65_536:
                _VERSION_CACHE.clear()
            _VERSION_CACHE[(found.id, day)] = version
            return version
    raise AssertionError(f"no version of {rule_id} on {day}")  # pragma: no cover - tests prove coverage
