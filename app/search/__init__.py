"""Search over encrypted data: a blind index of keyed-HMAC tokens (README, "Search")."""
