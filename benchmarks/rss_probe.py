"""Run one command as a child and print its peak RSS (KiB), seconds and exit code as JSON.

``resource.getrusage(RUSAGE_CHILDREN)`` covers only children that were waited for: this small
process has exactly one, so its figure is that command's peak, whatever ran before in the harness.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    if sys.platform == "darwin":
        peak //= 1024  # bytes there
    error = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if done.returncode else []
    print(json.dumps({"maxrss_kib": peak, "seconds": seconds, "returncode": done.returncode, "error": error}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
