"""Authenticated facts: what decides a purge or a restore cannot be changed undetected (issue 19).

Everything retention reads is in clear, so that the scheduled purge runs without a passphrase; anyone
who can write the file could change it. Each candidate therefore has a signed manifest of their rows
(``manifest``), made while unlocked with an Ed25519 key derived from the vault key (``fact_key``), and
checked by ``verify`` and by the unattended purge against a public key pinned outside the file.
"""
