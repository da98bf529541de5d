"""Issue 9 settings dialog: the 24-month cap is shown and not editable; changes go through the vault."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox

from app.ui.settings_dialog import LANGUAGE_KEY, SettingsDialog, language_override
from app.vault import Vault


def test_cap_is_fixed_and_settings_are_saved(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    dialog = SettingsDialog(vault)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.cap, QLabel) and "24 months" in dialog.cap.text()
    editors = dialog.findChildren(QLineEdit) + dialog.findChildren(QSpinBox)
    assert all(getattr(e, "text", lambda: "")() != "24" for e in editors)  # no editor holds the cap
    dialog.notice.setText("45, 7")
    dialog.on_due.setCurrentIndex(dialog.on_due.findData("purge"))
    dialog.idle.setValue(5)
    dialog.company.setText("Bakkerij Peeters bv")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.save()
    settings = vault.settings()
    assert settings.get("retention.notice_days") == [45, 7]
    assert settings.get("retention.on_due") == "purge"
    assert settings.get("session.idle_lock_minutes") == 5
    assert settings.get("company.name") == "Bakkerij Peeters bv"
    assert language_override() == "fr"
    assert told == ["The new language is used from the next start."]
    QSettings().remove(LANGUAGE_KEY)


def test_bad_notice_days_are_refused_and_nothing_half_saved(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = SettingsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.notice.setText("sixty")
    dialog.save()
    assert shown and "retention.notice_days" in shown[0]
    assert vault.settings().get("retention.notice_days") == [60, 14]
