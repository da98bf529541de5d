"""Pausing Python's cyclic garbage collector during bulk work.

Listing 100,000 candidates makes hundreds of thousands of small objects; their allocations trigger full
collections that walk every live object, about a third of the listing's time, and on the app's worker
a freeze of the GUI thread (~100 ms each, with the interpreter lock held). The objects made are not
cyclic garbage (reference counting frees them), so collection simply resumes afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
