"""The core's retention reasons (English one-liners, as in the CLI and audit) in the UI's language.

The rules in app/retention/rules.py word each reason from a few fixed patterns; each is matched here and
re-worded through ``tr`` with locale dates. A reason that matches no pattern is shown as it is.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QObject

from app.ui.labels import date_text

_DATE = r"(\d{4}-\d{2}-\d{2})"
_PROCEDURE = re.compile(rf"(rejected|withdrawn|hired) on {_DATE}, (\d+) days? after the (procedure|hire)")
_NO_PROCEDURE = re.compile(rf"no procedure; created on {_DATE}, (\d+) days? after creation")
_CONSENT_WITHDRAWN = re.compile(rf"reserve-pool consent of {_DATE} withdrawn on {_DATE}")
_CONSENT_AGREED = re.compile(rf"reserve-pool consent of {_DATE} ends {_DATE} \(agreed end\)")
_CONSENT = re.compile(rf"reserve-pool consent of {_DATE} ends {_DATE}")
_ERASURE = re.compile(rf"erasure requested on {_DATE}")
_OPEN = re.compile(rf"open procedure since {_DATE}")


def _d(text: str) -> str:
    return date_text(dt.date.fromisoformat(text))


class ReasonWords(QObject):
    def text(self, reason: str) -> str:
        base, due_then = (
            (reason[: -len("; due then")], True) if reason.endswith("; due then") else (reason, False)
        )
        words = self._one(base)
        if words is None:
            return reason
        return self.tr("{0}; due then").format(words) if due_then else words

    def _one(self, reason: str) -> str | None:
        if reason.startswith("under a legal hold"):
            return self.tr("Under a legal hold: never due while it lasts")
        if reason.startswith("processing restricted"):
            return self.tr("Processing restricted (Art. 18): never due meanwhile")
        if m := _PROCEDURE.fullmatch(reason):
            outcome, on, days = m.group(1), _d(m.group(2)), int(m.group(3))
            if outcome == "hired":
                return self.tr("Hired on {0}, %n day(s) after the hire", "", days).format(on)
            if outcome == "withdrawn":
                return self.tr(
                    "Application withdrawn on {0}, %n day(s) after the procedure", "", days
                ).format(on)
            return self.tr("Rejected on {0}, %n day(s) after the procedure", "", days).format(on)
        if m := _NO_PROCEDURE.fullmatch(reason):
            return self.tr(
                "No procedure; created on {0}, %n day(s) after creation", "", int(m.group(2))
            ).format(_d(m.group(1)))
        if m := _CONSENT_WITHDRAWN.fullmatch(reason):
            return self.tr("Reserve-pool consent of {0} withdrawn on {1}").format(
                _d(m.group(1)), _d(m.group(2))
            )
        if m := _CONSENT_AGREED.fullmatch(reason):
            return self.tr("Reserve-pool consent of {0} ends {1} (agreed end)").format(
                _d(m.group(1)), _d(m.group(2))
            )
        if m := _CONSENT.fullmatch(reason):
            return self.tr("Reserve-pool consent of {0} ends {1}").format(_d(m.group(1)), _d(m.group(2)))
        if m := _ERASURE.fullmatch(reason):
            return self.tr("Erasure requested on {0}").format(_d(m.group(1)))
        if m := _OPEN.fullmatch(reason):
            return self.tr("Open procedure since {0}").format(_d(m.group(1)))
        return None


def reason_text(reason: str) -> str:
    return ReasonWords().text(reason)
