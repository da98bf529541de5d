"""Data-subject rights: the request register, access/portability export, rectification, restriction."""
