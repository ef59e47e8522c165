"""The staff console's jam panel: failed sync attempts in a row, HQ's last answer, how long
the stand has been online without progress, and the oldest lead still waiting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core import sync_state
from kiosk.ui.services import Services

LRM = "\u200e"


class JamPanel(QLabel):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("syncJam")
        self.setProperty("role", "subtitle")
        self.setWordWrap(True)

    def stream_name(self, stream: str) -> str:
        names = {
            "leads": self.tr("leads"),
            "erasures": self.tr("erasures"),
            "sends": self.tr("selections to send"),
            "catalog": self.tr("catalog"),
            "analytics": self.tr("counters"),
            "heartbeat": self.tr("heartbeat"),
        }
        return names.get(stream, stream)

    def age_text(self, seconds: float | None) -> str:
        if seconds is None:
            return "-"
        days, hours, minutes = sync_state.age_parts(seconds)
        if days:
            text = self.tr("{0} d {1} h").format(days, hours)
        elif hours:
            text = self.tr("{0} h {1} min").format(hours, f"{minutes:02d}")
        else:
            text = self.tr("{0} min").format(minutes)
        return LRM + text

    def refresh(self) -> None:
        """How stuck the sync is: failures in a row, HQ's last answer, the oldest lead waiting."""
        hq = self.services.event.hq
        jam = sync_state.jam_report(
            self.services.db,
            self.services.clock,
            warn_after=hq.jam_warn_after,
            fail_after=hq.jam_fail_after,
        )
        lines = []
        worst = jam.worst
        if worst is None:
            lines.append(self.tr("Sync: no failed attempt."))
        else:
            answer = (
                self.tr("HTTP {0}").format(worst.last_status)
                if worst.last_status is not None
                else self.tr("no answer from HQ")
            )
            lines.append(
                self.tr("Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}").format(
                    self.stream_name(worst.stream),
                    worst.failures,
                    LRM + answer,
                    worst.last_error or "-",
                )
            )
            lines.append(
                self.tr("{0} online without progress.").format(self.age_text(jam.stuck_online_s))
            )
        if jam.pending_leads:
            lines.append(
                self.tr("Oldest lead waiting: {0} ({1} waiting).").format(
                    self.age_text(jam.oldest_pending_age_s), jam.pending_leads
                )
            )
        if jam.status != "ok":
            lines.append(
                self.tr("Sync is jammed: leads stay on this laptop. Call HQ support.")
                if jam.status == "fail"
                else self.tr("Sync is slow: HQ answers but nothing moves.")
            )
        self.setText("\n".join(lines))
        self.setProperty("jam", jam.status)
        role = "subtitle" if jam.status == "ok" else "warning"  # the theme's red, bold line
        if self.property("role") != role:
            self.setProperty("role", role)
            self.style().unpolish(self)
            self.style().polish(self)
