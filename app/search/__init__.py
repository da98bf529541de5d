"""Search over encrypted data: a blind index of keyed-HMAC tokens (DESIGN.md section 4)."""
