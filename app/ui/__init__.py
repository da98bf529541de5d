"""The desktop app: PySide6 only. The one place that imports Qt."""
