"""The .deb recipe, on a tiny stand-in bundle (the real one is built by `make ci-package`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_deb  # noqa: E402

needs_dpkg = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("ldd") is None,
    reason="dpkg-deb and ldd are needed (Debian or Ubuntu)",
)


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0~rc1"), ("2.0b3", "2.0~b3"), ("1.0.dev4", "1.0~.dev4")],
)
def test_versions_sort_like_debian_expects(pep440, debian):
    assert build_deb.debian_version(pep440) == debian


@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """Two real ELF programs (so dependencies are computed) and some data."""
    bundle = tmp_path / "dist" / "observador"
    (bundle / "_internal").mkdir(parents=True)
    for name in build_deb.PROGRAMS:
        shutil.copy("/bin/true", bundle / name)
    (bundle / "_internal" / "datos.txt").write_text("datos\n")
    return bundle


def _contents(deb: Path) -> dict[str, tuple[str, str]]:
    out = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    rows = {}
    for line in out.splitlines():
        parts = line.split()
        rows[parts[5]] = (parts[0], parts[1])  # mode, owner
    return rows


@needs_dpkg
def test_the_package_installs_the_bundle_menu_entry_types_and_icons(fake_bundle, tmp_path):
    deb = build_deb.build(
        fake_bundle,
        tmp_path / "out",
        version="0.1.0",
        compression="gzip",
        work=tmp_path / "work",
        log=lambda _m: None,
    )
    assert deb.name == f"observador_0.1.0_{build_deb.host_architecture()}.deb"
    info = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line)
    assert fields["Package"] == "observador" and fields["Version"] == "0.1.0"
    assert fields["Depends"].startswith("libc6 (>= 2.")  # read from the programs' symbols
    assert "poppler-utils" in fields["Recommends"]
    assert int(fields["Installed-Size"]) > 0

    rows = _contents(deb)
    for path in (
        "./opt/observador/observer-desktop",
        "./opt/observador/observer",
        "./opt/observador/_internal/datos.txt",
        "./usr/share/applications/observador.desktop",
        "./usr/share/mime/packages/observador.xml",
        "./usr/share/icons/hicolor/48x48/apps/observador.png",
        "./usr/share/icons/hicolor/scalable/apps/observador.svg",
        "./usr/share/doc/observador/copyright",
    ):
        assert path in rows, path
    assert rows["./usr/bin/observer-desktop"][0].startswith("l")  # a link into /opt
    assert rows["./opt/observador/observer-desktop"][0] == "-rwxr-xr-x"
    assert rows["./usr/share/applications/observador.desktop"][0] == "-rw-r--r--"
    assert {owner for _mode, owner in rows.values()} == {"root/root"}

    extracted = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    link = extracted / "usr" / "bin" / "observer-desktop"
    assert str(link.readlink()) == "/opt/observador/observer-desktop"


@needs_dpkg
def test_a_missing_bundle_is_refused_with_what_to_do(tmp_path):
    with pytest.raises(build_deb.BuildError, match="make bundle"):
        build_deb.build(tmp_path / "nada", tmp_path / "out", work=tmp_path / "w")
    assert not (tmp_path / "out").exists()


def test_desktop_entry_and_mime_types_agree():
    desktop = (ROOT / "packaging" / "linux" / "observador.desktop").read_text("utf-8")
    mime = (ROOT / "packaging" / "linux" / "observador-mime.xml").read_text("utf-8")
    line = next(x for x in desktop.splitlines() if x.startswith("MimeType="))
    types = [t for t in line.split("=", 1)[1].split(";") if t]
    assert types == ["application/x-observador-package", "application/x-observador-batch"]
    for kind in types:
        assert f'type="{kind}"' in mime
    assert "Exec=observer-desktop %f" in desktop
    validate = shutil.which("desktop-file-validate")
    if validate:
        subprocess.run(
            [validate, str(ROOT / "packaging" / "linux" / "observador.desktop")], check=True
        )
