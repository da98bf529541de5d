"""Only one job beyond pyproject.toml: a wheel (``pip install .``) carries ``resources/`` as
``app/_resources``.

An editable install or a source tree reads ``resources/`` beside ``app/``; a PyInstaller bundle has its own
copy (packaging/candidate-vault.spec). ``app.resources.resource_path`` looks in all three places.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        if not self.editable_mode and source.is_dir():
            shutil.copytree(source, Path(self.build_lib) / "app" / "_resources", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithResources})
