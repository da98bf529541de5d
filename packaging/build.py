"""Build the installers: ``python packaging/build.py --platform linux|windows|macos [--dist DIR]``.

Each platform is built on its own kind of machine (PyInstaller does not cross-compile):
- linux:   DIST/candidate-vault/ (one folder, .desktop file, icons, install.sh) and a .tar.gz of it;
- windows: DIST/candidate-vault/ (CandidateVault.exe + candidate-vault.exe) and an Inno Setup installer;
- macos:   DIST/CandidateVault.app and a .dmg; signed and notarized when --sign-identity / --notary-profile
           are given (see packaging/README.md).
Needs the build environment: pip install ".[packaging,postgres,keyring]".
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "candidate-vault.spec"
SVG = ROOT / "resources" / "icons" / "candidate-vault.svg"
SYSTEMS = {"linux": "linux", "windows": "win32", "macos": "darwin"}

sys.path.insert(0, str(HERE))
from icons import render_pngs, write_icns, write_ico  # noqa: E402 - packaging/ is not a package


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, env=env)


def compile_translations() -> None:
    """resources/translations/*.ts -> .qm (the .qm files are build products, not in git)."""
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not sources:
        return
    venv_bin = str(Path(sys.executable).parent)
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=venv_bin)
    if lrelease is None:
        raise SystemExit("build: pyside6-lrelease not found (it comes with PySide6-Essentials)")
    for ts in sources:
        run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def pyinstaller(dist: Path, work: Path, icon: Path | None, extra_env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ)
    if icon is not None:
        env["CANDIDATE_VAULT_ICON"] = str(icon)
    env.update(extra_env or {})
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work / "pyinstaller", SPEC, env=env)  # fmt: skip
    return dist / "candidate-vault"


# --- Linux -------------------------------------------------------------------------------------------


def build_linux(dist: Path, work: Path) -> list[Path]:
    bundle = pyinstaller(dist, work, icon=None)
    pngs = render_pngs(SVG, work / "icons")
    hicolor = bundle / "share" / "icons" / "hicolor"
    for size, png in pngs.items():
        target = hicolor / f"{size}x{size}" / "apps" / "candidate-vault.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target)
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy(SVG, hicolor / "scalable" / "apps" / "candidate-vault.svg")
    (bundle / "share" / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "linux" / "candidate-vault.desktop", bundle / "share" / "applications")
    shutil.copy(HERE / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)

    tarball = dist / f"candidate-vault-{version()}-linux-{platform.machine()}.tar.gz"
    print(f"+ tar czf {tarball}", flush=True)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"candidate-vault-{version()}")
    return [bundle, tarball]


# --- Windows -----------------------------------------------------------------------------------------


def find_iscc() -> str:
    for candidate in (
        os.environ.get("ISCC"),
        shutil.which("iscc"),
        r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
        r"C:\Program Files\Inno Setup 6\ISCC.exe",
    ):
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit("build: Inno Setup 6 (ISCC.exe) not found; install it or set ISCC=path\\to\\ISCC.exe")


def build_windows(dist: Path, work: Path) -> list[Path]:
    icon = write_ico(render_pngs(SVG, work / "icons"), work / "candidate-vault.ico")
    bundle = pyinstaller(dist, work, icon=icon)
    run(find_iscc(), f"/DAppVersion={version()}", f"/DSourceDir={bundle}", f"/DOutputDir={dist}",
        f"/DIconFile={icon}", HERE / "windows" / "candidate-vault.iss")  # fmt: skip
    return [bundle, dist / f"CandidateVault-{version()}-setup.exe"]


# --- macOS -------------------------------------------------------------------------------------------


def build_macos(dist: Path, work: Path, identity: str | None, notary_profile: str | None) -> list[Path]:
    icon = write_icns(SVG, work, work / "candidate-vault.icns")
    extra = {"CANDIDATE_VAULT_CODESIGN_IDENTITY": identity} if identity else {}
    pyinstaller(dist, work, icon=icon, extra_env=extra)
    app = dist / "CandidateVault.app"
    entitlements = HERE / "macos" / "entitlements.plist"
    if identity:
        # Hardened runtime + a secure timestamp: what notarization requires.
        run("codesign", "--force", "--deep", "--options", "runtime", "--timestamp",
            "--entitlements", entitlements, "--sign", identity, app)  # fmt: skip
        run("codesign", "--verify", "--deep", "--strict", "--verbose=2", app)

    dmg = dist / f"CandidateVault-{version()}-macos-{platform.machine()}.dmg"
    staging = work / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run("ditto", app, staging / app.name)  # ditto keeps the bundle's symlinks and signatures
    (staging / "Applications").symlink_to("/Applications")
    dmg.unlink(missing_ok=True)
    for attempt in (1, 2, 3):  # hdiutil fails now and then with "Resource busy" on CI runners
        try:
            run("hdiutil", "create", "-volname", "CandidateVault", "-srcfolder", staging, "-ov",
                "-format", "UDZO", dmg)  # fmt: skip
            break
        except subprocess.CalledProcessError:
            if attempt == 3:
                raise
            time.sleep(5)
    if identity:
        run("codesign", "--force", "--timestamp", "--sign", identity, dmg)
    if notary_profile:
        # Made once per machine: xcrun notarytool store-credentials PROFILE --apple-id ... --team-id ...
        run("xcrun", "notarytool", "submit", dmg, "--keychain-profile", notary_profile, "--wait")
        run("xcrun", "stapler", "staple", dmg)
    return [app, dmg]


# --- main --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--platform", required=True, choices=sorted(SYSTEMS))
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder (default: build/)")
    parser.add_argument("--sign-identity", help='macOS: e.g. "Developer ID Application: X"')
    parser.add_argument("--notary-profile", help="macOS: notarytool keychain profile (needs --sign-identity)")
    args = parser.parse_args(argv)
    if not sys.platform.startswith(SYSTEMS[args.platform]):
        parser.error(f"a {args.platform} build runs on {args.platform} (this is {sys.platform})")
    if args.notary_profile and not args.sign_identity:
        parser.error("--notary-profile needs --sign-identity: Apple notarizes signed apps only")
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    compile_translations()
    if args.platform == "linux":
        outputs = build_linux(dist, work)
    elif args.platform == "windows":
        outputs = build_windows(dist, work)
    else:
        outputs = build_macos(dist, work, args.sign_identity, args.notary_profile)
    print(f"built in {time.monotonic() - started:.0f} s:")
    for path in outputs:
        print(f"  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
