"""Issue 16: the History tab says what happened in words, in the interface language, with local times."""

from __future__ import annotations

import datetime as dt

from app.ui.history_words import HistoryWords, when_text
from app.ui.main import application
from app.ui.window import MainWindow
from tests.corpus_files import GOOD


def test_the_history_reads_as_sentences(window: MainWindow) -> None:
    vault = window.vault
    cid = vault.candidates.add(first_name="Ilse", last_name="Mertens")
    vault.candidates.edit(cid, {"email": "ilse@example.be", "phone": "0470 12 34 56"})
    vault.documents.add(cid, GOOD / "nl-zoekhulp-verslagleggen.docx", "cv")
    vault.retention.add_procedure(cid, "Boekhouder", dt.date(2026, 1, 5))
    vault.rights.record(cid, "access", dt.date(2026, 3, 1))
    window.workspace.open_candidate(cid)
    history = window.workspace.detail.history
    texts = [history.table.item(r, 2).text() for r in range(history.table.rowCount())]
    assert texts[:5] == [
        "Candidate added",
        "Profile changed: E-mail, Phone",
        "Document added: CV",
        "Procedure added (Open)",
        "Rights request registered: Access",
    ]
    headers = [history.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["When", "Who", "What"]
    assert "T" not in history.table.item(0, 0).text()  # not the stored ISO timestamp


def test_words_follow_the_language_and_unknown_codes_still_show() -> None:
    application("nl")
    try:
        words = HistoryWords()
        assert words.describe("hold_placed", {}) == "Wettelijke bewaarplicht ingesteld"
        edited = words.describe("candidate_edited", {"fields": ["last_name"]})
        assert edited == "Profiel gewijzigd: Achternaam"
        assert words.describe("something_new", {}) == "something_new"
    finally:
        application("en")
    assert when_text("not a time") == "not a time"
