"""PyInstaller's entry script: the same as ``python -m app`` and the ``candidate-vault`` console script."""

import sys


def _run_app_module() -> bool:
    """``<bundle> -m app.x.y ...`` runs that module, as ``python -m`` would.

    Child processes of the app start as ``[sys.executable, "-m", "app.documents.sandbox"]``; in a bundle
    sys.executable is this program, so it plays ``python -m`` for the app's own modules (and no others).
    """
    if len(sys.argv) < 3 or sys.argv[1] != "-m" or not sys.argv[2].startswith("app."):
        return False
    import runpy

    module = sys.argv[2]
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return True


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a multiprocessing child of the bundle runs here, then exits
    if _run_app_module():
        raise SystemExit(0)
    from app.cli import main

    raise SystemExit(main())
