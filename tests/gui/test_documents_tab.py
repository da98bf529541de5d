"""Issue 16: the documents tab shows what a document is, renders PDF pages, changes a kind and deletes a
document only when the person confirms, naming the file and the candidate."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.documents_tab import DocumentsTab, import_filter
from app.ui.window import MainWindow
from tests.corpus_files import GOOD

PDF = GOOD / "cv-moderncv-es.pdf"  # two pages


@pytest.fixture
def tab(window: MainWindow) -> DocumentsTab:
    vault = window.vault
    cid = vault.candidates.add(first_name="Sara", last_name="Claeys")
    vault.documents.add(cid, PDF, "cv")
    vault.documents.add(cid, GOOD / "nl-zoekhulp-verslagleggen.docx")
    window.workspace.open_candidate(cid)
    detail = window.workspace.detail
    detail.tabs.setCurrentWidget(detail.documents)
    return detail.documents


def cells(tab: DocumentsTab, row: int) -> list[str]:
    return [tab.table.item(row, col).text() for col in range(tab.table.columnCount())]


def test_the_table_says_what_each_document_is(tab: DocumentsTab) -> None:
    headers = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    assert headers == ["File", "Kind", "Added", "Size", "Text", "Notes"]
    first = cells(tab, 0)
    assert (first[0], first[1], first[4]) == ("cv-moderncv-es.pdf", "CV", "Searchable")
    assert cells(tab, 1)[1] == "Other"
    assert not tab.delete_button.isEnabled()  # nothing selected yet


def test_a_pdf_is_previewed_as_rendered_pages(qtbot, tab: DocumentsTab) -> None:  # type: ignore[no-untyped-def]
    tab.table.setCurrentCell(0, 0)
    view = tab.preview.pdf
    qtbot.waitUntil(lambda: view.page is not None, timeout=30_000)
    assert tab.preview.currentWidget() is view
    assert view.where.text() == "Page 1 of 2" and not view.previous.isEnabled()
    first = view.page
    assert first is not None and not first.image.isNull() and first.image.width() > 500
    view.next.click()
    qtbot.waitUntil(lambda: view.where.text() == "Page 2 of 2", timeout=30_000)
    assert not view.next.isEnabled()
    view.zoom_in.click()
    qtbot.waitUntil(lambda: view.zoom_text.text() == "150 %", timeout=30_000)
    page = view.page
    assert page is not None and page.index == 1 and page.image.width() > first.image.width()


def test_change_kind_from_the_context_menu(qtbot, tab: DocumentsTab, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab.table.setCurrentCell(1, 0)
    qtbot.waitUntil(lambda: bool(tab.preview.text.toPlainText()), timeout=30_000)  # its "viewed" event first
    menu = tab.context_menu()
    kinds = next(a.menu() for a in menu.actions() if a.text() == "Change kind")
    assert [a.text() for a in kinds.actions()] == [
        "CV",
        "Letter",
        "Diploma",
        "Certificate",
        "Transcript",
        "Other",
    ]
    next(a for a in kinds.actions() if a.text() == "Diploma").trigger()
    assert cells(tab, 1)[1] == "Diploma"
    assert window.vault.documents.list(tab._candidate)[1].kind == "diploma"  # type: ignore[arg-type]
    history = window.workspace.detail.history
    assert history.table.item(history.table.rowCount() - 1, 2).text() == "Document kind changed: Diploma"
    menu.deleteLater()


def test_delete_asks_naming_the_file_and_the_candidate(
    tab: DocumentsTab, window: MainWindow, expect_dialog
) -> None:  # type: ignore[no-untyped-def]
    tab.table.setCurrentCell(0, 0)
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def give(box: QMessageBox) -> None:
            seen.append(f"{box.text()} {box.informativeText()}")
            box.button(button).click()

        return give

    expect_dialog(answer=answer(QMessageBox.StandardButton.Cancel))
    assert not tab.delete_selected()
    assert seen == [
        "Delete cv-moderncv-es.pdf of Sara Claeys for good? "
        "The file and its text are destroyed. This cannot be undone."
    ]
    assert tab.table.rowCount() == 2
    expect_dialog(answer=answer(QMessageBox.StandardButton.Yes))
    assert tab.delete_selected()
    assert [d.file_name for d in window.vault.documents.list(tab._candidate)] == [  # type: ignore[arg-type]
        "nl-zoekhulp-verslagleggen.docx"
    ]
    assert tab.table.rowCount() == 1


def test_the_file_dialog_offers_every_type_the_importer_takes() -> None:
    offered = import_filter()
    for suffix in ("*.pdf", "*.docx", "*.eml", "*.tif", "*.tiff", "*.gif", "*.png", "*.jpg", "*.txt"):
        assert suffix in offered
