"""Build the Debian/Ubuntu package of Observador from the PyInstaller bundle.

    python packaging/build_deb.py [--bundle dist/observador] [--out dist]

What it installs:

- ``/opt/observador/``: the bundle as PyInstaller made it (runs without Python);
- ``/usr/bin/observer-desktop`` and ``/usr/bin/observer``: links into it;
- ``/usr/share/applications/observador.desktop``: the menu entry, which also
  opens ``*.observador.zip`` packages and ``*.obsbatch`` batches;
- ``/usr/share/mime/packages/observador.xml``: those two file types;
- ``/usr/share/icons/hicolor/*/apps/observador.png`` and the scalable SVG.

The system libraries the bundle expects from the distribution (OpenGL, X11
and xcb, fontconfig…) become ``Depends:``: each one the bundle's ELF files
need and do not carry is looked up with ``ldd`` and ``dpkg -S``, so the list
matches what was really linked (build on the oldest release you support). No
maintainer scripts: dpkg's triggers refresh the menu, MIME and icon caches.
The observer's data (``~/.local/share/observador``) is never part of the
package, so upgrading or removing it leaves the data alone.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PACKAGE = "observador"
PREFIX = Path("opt") / PACKAGE
PROGRAMS = ("observer-desktop", "observer")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEFAULT_MAINTAINER = (
    "Programa Observador Ciudadano, OIC Chihuahua <observador@oic-chihuahua.invalid>"
)

# libraries the bundle needs but never carries, and the package that has them
# when dpkg -S cannot say (a build in a container without the -dev packages)
_FALLBACK_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    # Qt's Wayland platform plugin (a build machine without Wayland lacks these)
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libxkbcommon.so.0": "libxkbcommon0",
}


class BuildError(Exception):
    """Something is missing or wrong; the message says what to do (Spanish)."""


def read_version() -> str:
    text = (ROOT / "observer_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise BuildError("No se encontró __version__ en observer_desktop/__init__.py.")
    return match.group(1)


def debian_version(version: str) -> str:
    """PEP 440 to Debian: pre-releases sort before the release (``1.0rc1`` → ``1.0~rc1``)."""
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d+)", r"\1~\2\3", version)


def host_architecture() -> str:
    try:
        out = subprocess.run(
            ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
        )
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)
    return out.stdout.strip()


# ------------------------------------------------------------------ dependencies


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
        except OSError:
            continue
    return found


def _ldd(path: Path, bundle_libs: list[Path]) -> dict[str, str | None]:
    """``{soname: resolved path or None}`` for what ``path`` needs, with the bundle searched first."""
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.pathsep.join(str(p) for p in bundle_libs)
    try:
        out = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    result: dict[str, str | None] = {}
    for line in out.splitlines():
        line = line.strip()
        if "=>" not in line:
            continue
        name, _, where = line.partition("=>")
        where = where.strip()
        result[name.strip()] = None if where.startswith("not found") else where.split(" (")[0]
    return result


def glibc_floor(elf_files: list[Path]) -> str | None:
    """The newest ``GLIBC_x.y`` symbol version any file asks for (the ``libc6`` floor)."""
    versions: set[tuple[int, ...]] = set()
    pattern = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")
    for path in elf_files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for match in pattern.finditer(data):
            versions.add(tuple(int(g) for g in match.groups() if g is not None))
    if not versions:
        return None
    return ".".join(str(n) for n in max(versions))


# needed only by Qt's Wayland plugins: without them Qt runs through XWayland (xcb)
_OPTIONAL = re.compile(r"^libwayland-")


def system_dependencies(bundle: Path) -> tuple[list[str], list[str], list[str]]:
    """(packages the bundle needs, packages only optional plugins need, unknown sonames)."""
    elf_files = _elf_files(bundle)
    bundle_libs = sorted({p.parent for p in elf_files})
    inside = {p.name for p in bundle.rglob("*") if p.is_file() or p.is_symlink()}
    outside: dict[str, str] = {}
    missing: set[str] = set()
    for path in elf_files:
        for name, where in _ldd(path, bundle_libs).items():
            if name in inside:
                continue
            if where is None:
                missing.add(name)
            elif not where.startswith(str(bundle)):
                outside[name] = where
    required: set[str] = set()
    optional: set[str] = set()
    unknown: set[str] = set()
    found = [
        (name, _owner(where) or _FALLBACK_PACKAGES.get(name)) for name, where in outside.items()
    ]
    found += [(name, _FALLBACK_PACKAGES.get(name)) for name in missing]
    for name, package in found:
        if package is None:
            unknown.add(name)
        elif package != "libc6":
            (optional if _OPTIONAL.match(name) else required).add(package)
    return sorted(required), sorted(optional - required), sorted(unknown)


def _owner(path: str) -> str | None:
    candidates = [path, os.path.realpath(path)]
    for candidate in candidates:
        try:
            out = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return None
        if out.returncode == 0 and ":" in out.stdout:
            return out.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


# ------------------------------------------------------------------ the package tree


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir() or mode & stat.S_IXUSR:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def _icons(staging: Path, work: Path) -> None:
    svg = ROOT / "observer_desktop" / "ui" / "icons" / "observador.svg"
    rendered = work / "packaging" / "icons"  # the spec renders the same set there
    if not all((rendered / f"observador-{s}.png").is_file() for s in ICON_SIZES):
        subprocess.run(
            [sys.executable, str(HERE / "make_icons.py"), str(svg), str(rendered)], check=True
        )
    hicolor = staging / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        _install(
            rendered / f"observador-{size}.png",
            hicolor / f"{size}x{size}" / "apps" / f"{PACKAGE}.png",
        )
    _install(svg, hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")


def _copyright(staging: Path) -> None:
    doc = staging / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True, exist_ok=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Observador\n\n"
        "Files: *\nCopyright: Programa Observador Ciudadano, OIC del Municipio de Chihuahua\n"
        "License: MIT\n\n"
        "Files: opt/observador/_internal/*\n"
        "Copyright: the authors of Python, Qt and PySide6 (LGPL-3), ReportLab, pyHanko,\n"
        " Pillow and the other libraries bundled by PyInstaller\n"
        "License: various\n"
        " Each library keeps its own license; see the .dist-info folders inside the\n"
        " bundle and https://doc.qt.io/qt-6/licensing.html for Qt.\n",
        encoding="utf-8",
    )
    for path in doc.iterdir():
        path.chmod(0o644)


def control_text(
    *,
    version: str,
    arch: str,
    depends: list[str],
    recommends: list[str],
    installed_kb: int,
    maintainer: str,
) -> str:
    # the OS keyring keeps the signing passphrase; poppler lets anyone cross-check a report
    recommends = [*recommends, "gnome-keyring | kwalletmanager", "poppler-utils"]
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kb}\n"
        + (f"Depends: {', '.join(depends)}\n" if depends else "")
        + f"Recommends: {', '.join(recommends)}\n"
        "Description: Auditorías ciudadanas de contrataciones públicas (OIC Chihuahua)\n"
        " Observador es la aplicación de escritorio del Programa Observador Ciudadano\n"
        " del Órgano Interno de Control del municipio de Chihuahua. Los observadores\n"
        " llenan, sin conexión, las listas de verificación de procedimientos de\n"
        " contratación y visitas de obra, adjuntan evidencia y entregan al OIC un\n"
        " informe PDF firmado y verificable.\n"
        " .\n"
        " Incluye su propio Python y Qt (en /opt/observador); los datos del\n"
        " observador se guardan en ~/.local/share/observador y se conservan al\n"
        " actualizar o desinstalar.\n"
    )


def build(
    bundle: Path,
    out: Path,
    *,
    version: str | None = None,
    arch: str | None = None,
    maintainer: str = DEFAULT_MAINTAINER,
    compression: str = "xz",
    work: Path | None = None,
    log=print,
) -> Path:
    """Stage the package tree under ``work`` (default ``build/``) and write ``out/<name>.deb``."""
    bundle = bundle.resolve()
    work = (work or ROOT / "build").resolve()
    for program in PROGRAMS:
        if not (bundle / program).is_file():
            raise BuildError(
                f"No existe {bundle / program}: construya primero el paquete con `make bundle`."
            )
    version = debian_version(version or read_version())
    arch = arch or host_architecture()
    name = f"{PACKAGE}_{version}_{arch}"
    staging = work / "deb" / name
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)

    _copy_bundle(bundle, staging / PREFIX)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in PROGRAMS:
        (bin_dir / program).symlink_to(Path("/") / PREFIX / program)
    share = staging / "usr" / "share"
    _install(HERE / "linux" / "observador.desktop", share / "applications" / f"{PACKAGE}.desktop")
    _install(HERE / "linux" / "observador-mime.xml", share / "mime" / "packages" / f"{PACKAGE}.xml")
    _icons(staging, work)
    _copyright(staging)

    depends, recommends, missing = system_dependencies(staging / PREFIX)
    floor = glibc_floor(_elf_files(staging / PREFIX))
    depends = ([f"libc6 (>= {floor})"] if floor else ["libc6"]) + depends
    if missing:
        log(
            "aviso: bibliotecas que ni el paquete ni esta máquina tienen (algún plugin "
            "de Qt no cargará donde falten): " + ", ".join(missing)
        )
    installed_kb = sum(
        p.lstat().st_size for p in staging.rglob("*") if p.is_file() or p.is_symlink()
    )
    installed_kb = (installed_kb + 1023) // 1024
    debian = staging / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(
        control_text(
            version=version,
            arch=arch,
            depends=depends,
            recommends=recommends,
            installed_kb=installed_kb,
            maintainer=maintainer,
        ),
        encoding="utf-8",
    )
    (debian / "control").chmod(0o644)
    for folder in [staging, *[p for p in staging.rglob("*") if p.is_dir()]]:
        folder.chmod(0o755)

    out.mkdir(parents=True, exist_ok=True)
    target = out.resolve() / f"{name}.deb"
    target.unlink(missing_ok=True)
    try:
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                f"-Z{compression}",
                "--build",
                str(staging),
                str(target),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        raise BuildError("Falta dpkg-deb: construya el .deb en Debian o Ubuntu.") from None
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"dpkg-deb falló: {exc.stderr.strip() or exc}") from None
    log(f"{target} ({target.stat().st_size / 1e6:.1f} MB; Depends: {', '.join(depends)})")
    return target


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Construye el paquete .deb de Observador.")
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "observador")
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    p.add_argument("--version", help="versión (por omisión, la de observer_desktop)")
    p.add_argument("--arch", help="arquitectura Debian (por omisión, la de esta máquina)")
    p.add_argument(
        "--maintainer",
        default=os.environ.get("DEB_MAINTAINER", DEFAULT_MAINTAINER),
        help="campo Maintainer (o DEB_MAINTAINER)",
    )
    p.add_argument("--compression", default="xz", choices=["xz", "gzip", "zstd", "none"])
    args = p.parse_args(argv)
    try:
        build(
            args.bundle,
            args.out,
            version=args.version,
            arch=args.arch,
            maintainer=args.maintainer,
            compression=args.compression,
        )
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
