"""Consent renewal reminders: notices, e-mails, letters, answers (``vault.reminders``)."""
