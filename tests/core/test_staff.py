"""Staff PIN: set-up, verification, wrong-PIN slowdown, change without losing leads."""

from __future__ import annotations

import pytest

from kiosk.core import leads, settings, staff
from kiosk.core.config import EventProfile, Paths
from kiosk.core.db import KioskDB
from kiosk.core.staff_session import IDLE_LOCK_S, StaffSession
from sync.contract.clock import FakeClock
from sync.contract.errors import AuthError, UserError, ValidationError
from tests.core import lead_fixtures
from tests.core.lead_fixtures import LOW_COST, PIN, visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db


def test_fresh_kiosk_is_not_set_up_until_a_pin_is_chosen(fresh_db: KioskDB) -> None:
    assert not staff.is_set_up(fresh_db)
    staff.set_pin(fresh_db, PIN, cost=LOW_COST)
    assert staff.is_set_up(fresh_db)


def test_the_cost_passed_in_is_the_cost_stored_with_the_pin(fresh_db: KioskDB) -> None:
    staff.set_pin(fresh_db, PIN, cost=LOW_COST)
    kdf = settings.get(fresh_db, staff.K_KDF)
    assert (kdf["opslimit"], kdf["memlimit"]) == (LOW_COST.kdf_opslimit, LOW_COST.kdf_memlimit)
    assert f"t={LOW_COST.hash_time_cost}" in settings.get(fresh_db, staff.K_PIN_HASH)
    assert staff.FULL_COST.kdf_memlimit > LOW_COST.kdf_memlimit


def test_right_pin_verifies_and_wrong_pin_does_not(staffed_db: KioskDB, clock: FakeClock) -> None:
    assert staff.verify_pin(staffed_db, PIN, clock)
    assert not staff.verify_pin(staffed_db, "135799", clock)


@pytest.mark.parametrize("pin", ["12345", "111111", "12 3456", "1" * 33, ""])
def test_weak_or_malformed_pins_are_refused(fresh_db: KioskDB, pin: str) -> None:
    with pytest.raises(ValidationError) as caught:
        staff.set_pin(fresh_db, pin)
    assert caught.value.problems[0][0] == "pin"
    assert not staff.is_set_up(fresh_db)


def test_setting_the_pin_twice_is_refused_so_no_key_is_lost(staffed_db: KioskDB) -> None:
    with pytest.raises(UserError):
        staff.set_pin(staffed_db, "975310")
    assert staff.verify_pin(staffed_db, PIN, FakeClock())


def test_wrong_pins_make_the_pad_wait_longer_and_longer(
    staffed_db: KioskDB, clock: FakeClock
) -> None:
    for _ in range(staff.FREE_ATTEMPTS - 1):
        assert not staff.verify_pin(staffed_db, "000001", clock)
    assert not staff.verify_pin(staffed_db, "000001", clock)  # third: starts the wait
    with pytest.raises(AuthError) as caught:
        staff.verify_pin(staffed_db, PIN, clock)  # even the right PIN waits
    assert caught.value.key == "error.auth.wait"
    first_wait = caught.value.context["retry_after"]
    assert first_wait == staff.FIRST_WAIT_S

    clock.advance(first_wait)
    assert not staff.verify_pin(staffed_db, "000001", clock)
    with pytest.raises(AuthError) as caught:
        staff.verify_pin(staffed_db, "000001", clock)
    assert caught.value.context["retry_after"] == 2 * first_wait

    clock.advance(2 * first_wait)
    assert staff.verify_pin(staffed_db, PIN, clock)
    assert not staff.verify_pin(staffed_db, "000001", clock)  # counter was reset: free again


def test_wait_survives_a_restart_of_the_program(
    home: Paths, staffed_db: KioskDB, clock: FakeClock
) -> None:
    for _ in range(staff.FREE_ATTEMPTS):
        staff.verify_pin(staffed_db, "000001", clock)
    reopened = KioskDB(home.database)
    try:
        with pytest.raises(AuthError):
            staff.verify_pin(reopened, PIN, clock)
    finally:
        reopened.close()


def test_wait_is_capped() -> None:
    assert staff.wait_seconds_after(100) == staff.MAX_WAIT_S


def test_unlock_with_wrong_pin_is_an_auth_error(staffed_db: KioskDB, clock: FakeClock) -> None:
    with pytest.raises(AuthError) as caught:
        staff.unlock_staff_key(staffed_db, "999990", clock)
    assert caught.value.key == "error.auth.wrong_pin"


def test_change_pin_keeps_every_lead_readable(
    staffed_db: KioskDB, clock: FakeClock, event: EventProfile
) -> None:
    saved = [
        leads.save_lead(staffed_db, visitor(first_name=f"Visitor{i}"), event=event, clock=clock)
        for i in range(3)
    ]
    staff.change_pin(staffed_db, PIN, "864200", clock, cost=LOW_COST)

    assert not staff.verify_pin(staffed_db, PIN, clock)
    key = staff.unlock_staff_key(staffed_db, "864200", clock)
    opened = {lead["id"]: lead["first_name"] for lead in leads.iter_leads(staffed_db, key)}
    assert opened == {s.id: f"Visitor{i}" for i, s in enumerate(saved)}
    # Leads saved after the change are sealed to the same key pair.
    later = leads.save_lead(staffed_db, visitor(first_name="Later"), event=event, clock=clock)
    assert leads.get_lead(staffed_db, later.id, key)["first_name"] == "Later"


def test_change_pin_with_wrong_old_pin_changes_nothing(
    staffed_db: KioskDB, clock: FakeClock
) -> None:
    with pytest.raises(AuthError):
        staff.change_pin(staffed_db, "111112", "864200", clock, cost=LOW_COST)
    assert staff.verify_pin(staffed_db, PIN, clock)


def test_saving_a_lead_before_setup_says_to_run_setup(
    fresh_db: KioskDB, clock: FakeClock, event: EventProfile
) -> None:
    with pytest.raises(UserError) as caught:
        leads.save_lead(fresh_db, visitor(), event=event, clock=clock)
    assert caught.value.key == "staff.error.not_set_up"
    assert leads.count_leads(fresh_db) == 0


def test_staff_session_locks_itself_after_two_idle_minutes(
    staffed_db: KioskDB, clock: FakeClock
) -> None:
    session = StaffSession(staffed_db, clock)
    with pytest.raises(AuthError):
        session.key()
    session.unlock(PIN)
    clock.advance(100)
    session.touch()
    clock.advance(100)
    assert session.key() is not None  # activity 100 s ago: still open
    clock.advance(IDLE_LOCK_S)
    assert not session.is_unlocked
    with pytest.raises(AuthError) as caught:
        session.key()
    assert caught.value.key == "error.auth.locked"


def test_staff_session_refuses_a_wrong_pin(staffed_db: KioskDB, clock: FakeClock) -> None:
    session = StaffSession(staffed_db, clock)
    with pytest.raises(AuthError):
        session.unlock("000001")
    assert not session.is_unlocked
