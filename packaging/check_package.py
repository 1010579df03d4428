"""Check what `make bundle` and `make deb` produced, as CI and a release manager do.

    python packaging/check_package.py [--bundle dist/observador] [--deb-dir dist] [--install]

1. the bundle's ``observer-desktop --version`` and ``--self-test`` (offscreen, in
   a throw-away HOME: the machine's own data, keyring and logs are not touched),
   and its ``observer forms list``;
2. the ``.deb``: control fields and the files it must install, then the
   self-test run from the package's own files (``dpkg-deb -x``);
3. with ``--install`` (root): ``dpkg -i`` it and run the installed
   ``/usr/bin/observer-desktop --self-test``; ``--remove`` uninstalls it after.

Prints the measured figures as JSON on the last line; exit 0 when all pass,
1 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_deb import PACKAGE, debian_version, read_version  # noqa: E402

SELF_TEST_TIMEOUT_S = 300
MUST_INSTALL = (
    "./usr/bin/observer-desktop",
    "./usr/bin/observer",
    "./opt/observador/observer-desktop",
    "./opt/observador/observer",
    "./usr/share/applications/observador.desktop",
    "./usr/share/mime/packages/observador.xml",
    "./usr/share/icons/hicolor/256x256/apps/observador.png",
    "./usr/share/icons/hicolor/scalable/apps/observador.svg",
)


class CheckFailed(Exception):
    pass


def _env(home: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OBSERVER_", "QT_", "XDG_"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.update(HOME=str(home), OBSERVER_LOG_DIR=str(home / "logs"), LANG="C.UTF-8")
    return env


def run(cmd: list[str], *, home: Path, what: str) -> tuple[str, float]:
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=SELF_TEST_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{what}: no terminó en {SELF_TEST_TIMEOUT_S} s") from None
    except OSError as exc:
        raise CheckFailed(f"{what}: no se pudo ejecutar {cmd[0]} ({exc})") from None
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise CheckFailed(
            f"{what}: salió con {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    return proc.stdout, seconds


def self_test(program: Path, home: Path, what: str) -> tuple[float, float | None]:
    out, seconds = run([str(program), "--self-test"], home=home, what=what)
    print(out.rstrip())
    if "Autoprueba correcta" not in out:
        raise CheckFailed(f"{what}: la salida no dice «Autoprueba correcta»")
    match = re.search(r"ventana principal lista a ([\d.]+) s", out)
    return seconds, float(match.group(1)) if match else None


def du(path: Path) -> int:
    total = 0
    for p in [path, *path.rglob("*")]:
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
    return total


def check_bundle(bundle: Path, home: Path, figures: dict) -> None:
    version = read_version()
    desktop = bundle / "observer-desktop"
    if not desktop.is_file():
        raise CheckFailed(f"no existe {desktop}: ejecute `make bundle`")
    out, _ = run([str(desktop), "--version"], home=home, what="observer-desktop --version")
    if version not in out:
        raise CheckFailed(f"--version dice {out.strip()!r}, se esperaba {version}")
    cold, window = self_test(desktop, home, "autoprueba del paquete (bundle)")
    warm, _ = self_test(desktop, home, "autoprueba del paquete (segunda vez)")
    out, _ = run(
        [str(bundle / "observer"), "--data-dir", str(home / "datos-cli"), "forms", "list"],
        home=home,
        what="observer forms list",
    )
    if "visita_obra_publica" not in out:
        raise CheckFailed("`observer forms list` del paquete no lista los formularios")
    figures.update(
        bundle_bytes=du(bundle),
        bundle_files=sum(1 for _ in bundle.rglob("*")),
        self_test_first_s=round(cold, 2),
        self_test_second_s=round(warm, 2),
        window_after_start_s=window,
    )


def find_deb(deb_dir: Path) -> Path:
    version = debian_version(read_version())
    candidates = sorted(deb_dir.glob(f"{PACKAGE}_{version}_*.deb"))
    if not candidates:
        raise CheckFailed(f"no hay {PACKAGE}_{version}_*.deb en {deb_dir}: ejecute `make deb`")
    return candidates[-1]


def check_deb(deb: Path, home: Path, figures: dict) -> None:
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True)
    if info.returncode != 0:
        raise CheckFailed(f"dpkg-deb --info {deb}: {info.stderr.strip()}")
    for field in ("Package: observador", "Depends:", "Installed-Size:"):
        if field not in info.stdout:
            raise CheckFailed(f"el control de {deb.name} no tiene {field!r}")
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    listed = {line.split()[5] for line in contents.splitlines() if len(line.split()) >= 6}
    absent = [p for p in MUST_INSTALL if p not in listed]
    if absent:
        raise CheckFailed(f"{deb.name} no instala {', '.join(absent)}")
    if any(line.split()[1] != "root/root" for line in contents.splitlines()):
        raise CheckFailed(f"{deb.name} tiene archivos que no son de root/root")
    validate = shutil.which("desktop-file-validate")
    if validate:
        desktop = ROOT / "packaging" / "linux" / "observador.desktop"
        result = subprocess.run([validate, str(desktop)], capture_output=True, text=True)
        if result.returncode != 0:
            raise CheckFailed(f"observador.desktop no es válido: {result.stdout}{result.stderr}")
    extracted = home / "deb-root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    self_test(extracted / "opt" / "observador" / "observer-desktop", home, "autoprueba del .deb")
    figures.update(deb=deb.name, deb_bytes=deb.stat().st_size)


def install_deb(deb: Path, home: Path, figures: dict, *, remove: bool) -> None:
    if os.geteuid() != 0:
        raise CheckFailed("--install necesita root (dpkg -i)")
    proc = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise CheckFailed(f"dpkg -i {deb.name} falló:\n{proc.stdout}{proc.stderr}")
    try:
        seconds, _ = self_test(Path("/usr/bin/observer-desktop"), home, "autoprueba instalada")
        figures["installed_self_test_s"] = round(seconds, 2)
    finally:
        if remove:
            subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, check=False)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Revisa el paquete y el .deb de Observador.")
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "observador")
    p.add_argument("--deb-dir", type=Path, help="carpeta con el .deb (sin ella no se revisa)")
    p.add_argument("--install", action="store_true", help="instalar el .deb con dpkg -i (root)")
    p.add_argument("--remove", action="store_true", help="con --install: desinstalarlo al final")
    args = p.parse_args(argv)
    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="observador-check-") as tmp:
        home = Path(tmp)
        try:
            check_bundle(args.bundle.resolve(), home, figures)
            if args.deb_dir:
                deb = find_deb(args.deb_dir.resolve())
                check_deb(deb, home, figures)
                if args.install:
                    install_deb(deb, home, figures, remove=args.remove)
        except CheckFailed as exc:
            print(f"REVISIÓN FALLIDA: {exc}", file=sys.stderr)
            return 1
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
