"""The candidate page's procedures, interview notes and correspondence tabs, driven through their dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox

from app.ui.records_tabs import FormDialog
from app.ui.window import MainWindow
from app.vault import Vault

D = dt.date


@pytest.fixture
def seeded(vault: Vault) -> dict[str, int]:
    cid = vault.candidates.add(first_name="Inès", last_name="Peeters", email="ines@example.be")
    proc = vault.retention.add_procedure(cid, "Boekhouder", D(2026, 2, 1))
    return {"cid": cid, "proc": proc}


def field(dialog: FormDialog, key: str):  # type: ignore[no-untyped-def]
    return dialog.fields[key]


def test_close_a_procedure_then_add_one(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    win.workspace.open_candidate(seeded["cid"])
    tab = win.workspace.detail.procedures
    assert tab.table.rowCount() == 1 and not tab.close_button.isEnabled()
    tab.table.selectRow(0)
    assert tab.close_button.isEnabled()  # the selected procedure is open
    dialog = tab.close_selected()
    outcome: QComboBox = field(dialog, "outcome")
    outcome.setCurrentIndex(outcome.findData("rejected"))
    field(dialog, "ended").setDate(D(2026, 1, 15))  # before it started: refused in the dialog
    with qtbot.assertNotEmitted(tab.changed):
        dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert "2026-01-15" in dialog.error.text() and "\n" not in dialog.error.text()
    field(dialog, "ended").setDate(D(2026, 2, 20))
    with qtbot.waitSignal(win.workspace.bus.changed):
        dialog.accept()
    assert not dialog.isVisible()
    assert tab.table.item(0, 3).text() == "Rejected"
    retention = win.workspace.detail.parts[4]
    assert retention.reason.text().startswith("Rejected on 2/20/26")  # the state followed, in the locale
    dialog = tab.add()
    field(dialog, "vacancy").setText("Magazijnier")
    dialog.accept()
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["Boekhouder", "Magazijnier"]
    assert win.vault.retention.status([seeded["cid"]])[0].state == "active"


def test_add_a_note_and_read_it(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    win.workspace.open_candidate(seeded["cid"])
    tab = win.workspace.detail.notes
    dialog = tab.add()
    dialog.accept()  # no text yet
    assert dialog.isVisible() and dialog.error.text() == "an interview note needs some text"
    procedure: QComboBox = field(dialog, "procedure")
    assert procedure.currentData() == seeded["proc"]  # the latest application is chosen
    field(dialog, "body").setPlainText("Sterk in Excel.\nSpreekt Portugees.")
    with qtbot.waitSignal(tab.changed):
        dialog.accept()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "admin" and tab.table.item(0, 3).text() == "Sterk in Excel."
    tab.table.selectRow(0)
    assert tab.text.toPlainText() == "Sterk in Excel.\nSpreekt Portugees."
    [note] = win.vault.notes.list(seeded["cid"])
    assert note.procedure_id == seeded["proc"] and note.held_on == D(2026, 3, 2)


def test_log_correspondence_and_lock_wipes_it(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    win.workspace.open_candidate(seeded["cid"])
    tab = win.workspace.detail.correspondence
    dialog = tab.add()
    direction: QComboBox = field(dialog, "direction")
    direction.setCurrentIndex(direction.findData("out"))
    channel: QComboBox = field(dialog, "channel")
    channel.setCurrentIndex(channel.findData("phone"))
    field(dialog, "subject").setText("Belde terug over de vacature")
    field(dialog, "body").setPlainText("Komt dinsdag langs.")
    dialog.accept()
    assert [tab.table.item(0, c).text() for c in (1, 2, 3)] == [
        "Sent",
        "Phone",
        "Belde terug over de vacature",
    ]
    tab.table.selectRow(0)
    assert tab.text.toPlainText() == "Komt dinsdag langs."
    typing = tab.add()
    typing.fields["subject"].setText("Half getypt")
    subject = typing.fields["subject"]
    win.lock()
    assert tab.table.rowCount() == 0 and tab.text.toPlainText() == ""
    assert not typing.isVisible() and subject.text() == ""  # closed, and what was typed is gone
