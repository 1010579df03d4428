"""The report's gallery embeds print-size renditions as they are (issue 18): the pages look
the same as with older renditions shrunk at report time (page images at 50 dpi), the
photos' JPEG bytes go into the PDF untouched and undecoded, and the report verifies with
pdfsig, pyHanko (the CA as trust root) and ``observer verify``."""

import datetime as real_dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import media
import pytest
from helpers import answer_until_complete
from PIL import Image, ImageChops, ImageFile, ImageOps, ImageStat

from observer_desktop.core.print_size import GALLERY_PX, GALLERY_QUALITY
from observer_desktop.reports.gallery import printable
from observer_desktop.services import evidence as ev
from observer_desktop.services import keys
from observer_desktop.services import reports as reports_service
from observer_desktop.services.app import Observador
from observer_desktop.services.reports import generate_report, verify_report

# mean difference of a page image at 50 dpi (grey levels 0-255) that still counts as the
# same page. Photos encoded from another rendition differ by 0.002 here and by 0.4 on the
# bench's noisy 12 MP photos; two photos swapped differ by 6, one photo missing by 8-35.
SAME_PAGE = 1.0
OLD_RENDITION_PX = 1600  # what the import made before issue 18, at quality 82


class _Frozen(real_dt.datetime):
    """Every report says it was generated at the same minute (this one)."""

    at = real_dt.datetime.now(real_dt.UTC).replace(second=0, microsecond=0)

    @classmethod
    def now(cls, tz=None):
        return cls.at.astimezone(tz)


# five photos in distinct colours, two of them turned by their EXIF orientation
_PHOTOS = [
    ((200, 60, 40), None),
    ((40, 160, 90), 6),
    ((30, 60, 200), None),
    ((220, 200, 40), 3),
    ((120, 40, 160), None),
]


@pytest.fixture
def audit_folders(tmp_path, monkeypatch):
    """One finalized audit with photos in data folders that share the observer's key
    (certified by a test CA): ``old``, ``new`` and ``moved`` hold the same audit, ``minus``
    the audit without one of its photos. Returns the folders, the audit id, the CA's PEM."""
    monkeypatch.setenv("OBSERVER_PASSPHRASE", "frase de prueba larga")
    monkeypatch.setattr(reports_service, "_dt", SimpleNamespace(datetime=_Frozen, UTC=real_dt.UTC))
    old = tmp_path / "old"
    with Observador(old) as app:
        app.save_profile(name="Ana López Ñúñez", observer_code="OBS-014")
        ca_pem = _certified_by_a_test_ca(app)
        audit_id = app.create_audit("visita_obra_publica")["id"]
        photos = [
            media.photo(tmp_path / f"foto-{n}.jpg", size=(2000, 1500), color=color, orientation=o)
            for n, (color, o) in enumerate(_PHOTOS)
        ]
        added = ev.add_evidence(
            app, audit_id, photos, question_id="fotografias_generales", caption="Frente de obra"
        ).added
        answer_until_complete(app, audit_id, photos=tmp_path / "answers")
    shutil.copytree(old, tmp_path / "minus")
    with Observador(tmp_path / "minus") as app:
        ev.remove_evidence(app, audit_id, added[1]["id"])
        app.finalize(audit_id)
    with Observador(old) as app:
        app.finalize(audit_id)
    shutil.copytree(old, tmp_path / "new")
    shutil.copytree(old, tmp_path / "moved")
    names = ("old", "new", "moved", "minus")
    return {name: tmp_path / name for name in names}, audit_id, ca_pem


def _certified_by_a_test_ca(app: Observador) -> bytes:
    """The observer's key, certified by a CA made here, as after enrolling with the OIC."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    keys.ensure_identity(app, ask=None)
    csr = x509.load_pem_x509_csr(keys.make_csr(app, None).encode())
    ca_key = ec.generate_private_key(ec.SECP256R1())
    now = real_dt.datetime.now(real_dt.UTC)
    days = real_dt.timedelta(days=30)

    def cert(subject: str, public_key, *, ca: bool) -> x509.Certificate:
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
            .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA de prueba")]))
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - days)
            .not_valid_after(now + days)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(_key_usage(ca=ca), critical=True)
            .sign(ca_key, hashes.SHA256())
        )

    pem = serialization.Encoding.PEM
    ca_pem = cert("CA de prueba", ca_key.public_key(), ca=True).public_bytes(pem)
    ours = cert("Ana López Ñúñez", csr.public_key(), ca=False).public_bytes(pem)
    keys.install_certificate(app, ours, [ca_pem.decode()])
    return ca_pem


def _key_usage(*, ca: bool):
    """A CA signs certificates; the observer's key signs documents (as the OIC issues it)."""
    from cryptography import x509

    every = ["digital_signature", "content_commitment", "key_encipherment", "data_encipherment"]
    every += ["key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only"]
    uses = dict.fromkeys(every, False)
    chosen = ("key_cert_sign", "crl_sign") if ca else ("digital_signature", "content_commitment")
    return x509.KeyUsage(**{**uses, **dict.fromkeys(chosen, True)})


def _renditions(folder: Path, audit_id: str, *, longest: int, quality: int) -> list[Path]:
    """Every photo's report rendition written anew: upright, ``longest`` px, ``quality``."""
    made = []
    with Observador(folder) as app:
        for row in app.store.evidence(audit_id):
            if not row["mime"].startswith("image/"):
                continue
            target = app.evidence.rendition_path(row["sha256"])
            with Image.open(app.evidence.path_for(row["sha256"])) as im:
                shown = ImageOps.exif_transpose(im).convert("RGB")
            shown.thumbnail((longest, longest))
            target.parent.mkdir(parents=True, exist_ok=True)
            shown.save(target, "JPEG", quality=quality)
            made.append(target)
    return made


def _longest(image: Path) -> int:
    with Image.open(image) as im:
        return max(im.size)


def _report(folder: Path, audit_id: str) -> Path:
    with Observador(folder) as app:
        return generate_report(app, audit_id, output=folder / "informe.pdf", ask=None).path


def _page_differences(a: Path, b: Path) -> list[float] | None:
    """Mean difference of each page image at 50 dpi; None when the page counts differ."""
    with tempfile.TemporaryDirectory() as folder:
        pages = []
        for name, pdf in (("a", a), ("b", b)):
            subprocess.run(
                ["pdftoppm", "-r", "50", "-gray", str(pdf), f"{folder}/{name}"], check=True
            )
            pages.append(sorted(Path(folder).glob(f"{name}-*.pgm")))
        if len(pages[0]) != len(pages[1]):
            return None
        differences = []
        for x, y in zip(*pages, strict=True):
            with Image.open(x) as one, Image.open(y) as other:
                if one.size != other.size:
                    return None
                differences.append(ImageStat.Stat(ImageChops.difference(one, other)).mean[0])
        return differences


def _needs_poppler(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} (poppler-utils) no está instalado")


def test_print_size_renditions_print_the_same_pages_as_shrunk_ones(audit_folders):
    _needs_poppler("pdftoppm")
    folders, audit_id, _ = audit_folders
    old = _renditions(folders["old"], audit_id, longest=OLD_RENDITION_PX, quality=82)
    new = _renditions(folders["new"], audit_id, longest=GALLERY_PX, quality=GALLERY_QUALITY)
    shrunk, direct = _report(folders["old"], audit_id), _report(folders["new"], audit_id)

    # the new renditions went in as they are, the old ones were shrunk at report time
    direct_pdf, shrunk_pdf = direct.read_bytes(), shrunk.read_bytes()
    assert len(new) == len(old) == len(_PHOTOS) + 1  # and the answers' photo
    assert all(r.read_bytes() in direct_pdf for r in new)
    assert not any(r.read_bytes() in shrunk_pdf for r in old)
    assert all(_longest(r) > GALLERY_PX for r in old)  # still there, not remade

    differences = _page_differences(shrunk, direct)
    assert differences is not None, "the two reports have different pages"
    assert max(differences) < SAME_PAGE, differences


def test_the_page_comparison_sees_a_photo_moved_or_missing(audit_folders):
    """What the test above would miss if its threshold were too loose."""
    _needs_poppler("pdftoppm")
    folders, audit_id, _ = audit_folders
    for name in ("new", "minus"):
        _renditions(folders[name], audit_id, longest=GALLERY_PX, quality=GALLERY_QUALITY)
    made = _renditions(folders["moved"], audit_id, longest=GALLERY_PX, quality=GALLERY_QUALITY)
    first, third = made[0].read_bytes(), made[2].read_bytes()
    made[0].write_bytes(third)  # two photos of other colours change places in the gallery
    made[2].write_bytes(first)
    direct = _report(folders["new"], audit_id)

    moved = _page_differences(direct, _report(folders["moved"], audit_id))
    assert moved is not None and max(moved) > SAME_PAGE, moved
    missing = _page_differences(direct, _report(folders["minus"], audit_id))
    assert missing is not None and max(missing) > SAME_PAGE, missing  # same number of pages


def test_a_print_size_rendition_is_embedded_without_decoding(audit_folders, monkeypatch):
    folders, audit_id, _ = audit_folders
    _renditions(folders["new"], audit_id, longest=GALLERY_PX, quality=GALLERY_QUALITY)
    decoded = []
    load = ImageFile.ImageFile.load

    def counted(self):
        decoded.append(self)
        return load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counted)  # threads included
    _report(folders["new"], audit_id)
    assert decoded == []


def test_the_direct_report_verifies_with_pdfsig_pyhanko_and_observer_verify(audit_folders):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    folders, audit_id, ca_pem = audit_folders
    made = _renditions(folders["new"], audit_id, longest=GALLERY_PX, quality=GALLERY_QUALITY)
    path = _report(folders["new"], audit_id)
    assert all(r.read_bytes() in path.read_bytes() for r in made)
    ca_file = folders["new"] / "ca-de-prueba.pem"
    ca_file.write_bytes(ca_pem)

    # pyHanko, with the CA as the trust root
    with path.open("rb") as fh:
        [signature] = PdfFileReader(fh).embedded_signatures
        status = validate_pdf_signature(
            signature, ValidationContext(trust_roots=[load_cert_from_pemder(ca_file)])
        )
    assert status.intact and status.valid and status.trusted, status.pretty_print_details()
    assert status.coverage.name == "ENTIRE_FILE"

    # the laptop's own check, as a library and as a command
    with Observador(folders["new"]) as app:
        v = verify_report(path, trust=[ca_file], app=app)
    assert v.status == "valid" and v.trusted and v.manifest_matches, v.reasons
    command = ["observer_desktop.cli", "verify", str(path), "--trust", str(ca_file)]
    run = subprocess.run(
        [sys.executable, "-m", *command, "--require-trust"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr

    # poppler
    _needs_poppler("pdfsig")
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid." in out, out
    assert "Total document signed" in out


@pytest.mark.parametrize(
    ("kind", "direct"),
    [
        ("print-size JPEG", True),
        ("print-size grey JPEG", True),
        ("old 1600 px JPEG", False),
        ("print-size PNG", False),
        ("print-size CMYK JPEG", False),
        ("print-size JPEG not named .jpg", False),
    ],
)
def test_which_renditions_go_in_as_they_are(tmp_path, kind, direct):
    size = (OLD_RENDITION_PX, 1200) if "1600" in kind else (GALLERY_PX, 570)
    mode = "L" if "grey" in kind else "CMYK" if "CMYK" in kind else "RGB"
    name = "r.png" if "PNG" in kind else "r.print" if "not named" in kind else "r.jpg"
    rendition = tmp_path / name
    Image.new(mode, size, 90).save(rendition, "PNG" if "PNG" in kind else "JPEG", quality=68)
    path, (w, h) = printable(rendition, tmp_path / "shrunk.jpg")
    assert (path == rendition) is direct
    assert max(w, h) == GALLERY_PX
    with Image.open(path) as im:  # whichever it is, the PDF gets a JPEG it can embed
        assert im.format == "JPEG" and im.mode in ("RGB", "L") and im.size == (w, h)
