"""Proof of acceptance and the addressee check, for every office, channel and respondent.

2018 standard clause 2 and Law No. 88-V art. 25: a complaint about the provider or its official goes
to the head of the provider or the head of the ministry over it; clause 5: one about the State
Corporation or its employee to the head of the State Corporation. Clause 4: the proof of acceptance
is a registration stamp with the incoming number and date, the name of the person who accepted it
and when to collect the answer; clause 5, the State Corporation's; clause 6, on the portal, the
statuses in the personal account. The texts were read against the rule tests
(tests/test_rules_clauses.py).
"""

from __future__ import annotations

import datetime as dt

import appeal_rules
from appeal_rules import BodyKind, Channel, Respondent
from appeal_rules.procedure import AcceptanceProof, AddresseeCheck
from golden import Snapshot


def render_proof(p: AcceptanceProof) -> str:
    return f"{p.office.value}/{p.channel.value}: {list(p.items)}; note {p.note!r}; basis {[v.version for v in p.basis]}"


def render_check(c: AddresseeCheck) -> str:
    return f"{c.addressee.value}: valid {c.valid}; {c.reason} basis {[v.version for v in c.basis]}"


def test_each_office_and_channel_gives_its_proof_of_acceptance(snapshot: Snapshot) -> None:
    """Every office (provider, ministry, State Corporation, quality authority) by every channel: the items of proof,
    the note and the basis. Golden text: tests/snapshots/acceptance_proofs.txt."""
    offices = [BodyKind.SERVICE_PROVIDER, BodyKind.MINISTRY, BodyKind.STATE_CORPORATION, BodyKind.QUALITY_AUTHORITY]
    got = [render_proof(appeal_rules.acceptance_proof(office, channel, rules_on=dt.date(2025, 1, 6)))
           for office in offices for channel in Channel]
    snapshot.check("acceptance_proofs.txt", "".join(f"{line}\n" for line in got))


def test_each_respondent_may_be_complained_of_to_the_bodies_the_standard_names(snapshot: Snapshot) -> None:
    """Every respondent against every body: valid or not, the reason and the basis. The check is the same for the
    provider and its official, and for the State Corporation and its employee. Golden text:
    tests/snapshots/addressee_checks.txt."""
    got = [f"{r.value} -> {render_check(appeal_rules.check_addressee(r, b, rules_on=dt.date(2025, 1, 6)))}"
           for r in Respondent for b in BodyKind]
    snapshot.check("addressee_checks.txt", "".join(f"{line}\n" for line in got))
