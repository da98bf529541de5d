"""Key hierarchy, AEAD envelopes and keyed tokens. Nothing here touches the database."""
