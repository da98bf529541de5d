"""A small bar chart drawn with QPainter: how many candidates leave the pool in each coming month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.labels import month_text, number_text


class LeavingChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leavingChart")
        self.months: list[tuple[dt.date, int]] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Candidates leaving the pool per month"))

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def set_months(self, months: list[tuple[dt.date, int]]) -> None:
        self.months = months
        self.setToolTip("\n".join(f"{month_text(m)}: {number_text(n)}" for m, n in months))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_h = self.fontMetrics().height()
        area = QRectF(self.rect()).adjusted(8, text_h + 6, -8, -(2 * text_h + 8))
        if not self.months or area.width() <= 0:
            return
        top = max((n for _m, n in self.months), default=0) or 1
        slot = area.width() / len(self.months)
        bar_w = slot * 0.6
        # Long month names (French "janv.", "févr.") may not fit a narrow chart: then numbers for all.
        names_fit = all(
            self.fontMetrics().horizontalAdvance(month_text(m)) + 2 <= slot for m, _n in self.months
        )
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for i, (month, count) in enumerate(self.months):
            x = area.left() + i * slot + (slot - bar_w) / 2
            h = area.height() * count / top
            painter.fillRect(QRectF(x, area.bottom() - h, bar_w, h), pal.color(QPalette.ColorRole.Highlight))
            painter.setPen(pal.color(QPalette.ColorRole.WindowText))
            label_box = QRectF(area.left() + i * slot, area.bottom() + 4, slot, text_h)
            label = month_text(month) if names_fit else f"{month.month:02d}"
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, label)
            fits = self.fontMetrics().horizontalAdvance("0000") + 4 <= slot
            if fits and (i == 0 or month.month == 1):  # the year under the first bar and under each January
                year_box = label_box.translated(0, text_h)
                painter.drawText(year_box, Qt.AlignmentFlag.AlignCenter, str(month.year))
            count_box = QRectF(area.left() + i * slot, area.bottom() - h - text_h - 2, slot, text_h)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignCenter, number_text(count))
        painter.end()
