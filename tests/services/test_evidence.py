"""Evidence: types from content, metadata, previews, limits, hostile files, cancel, verify."""

import hashlib
import io
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import media
import pytest
from helpers import fill_mini
from PIL import ExifTags, Image

from observer_desktop.cli import main
from observer_desktop.core.errors import AuditLockedError, InputError
from observer_desktop.evidence.media import PRINT_PX, PRINT_QUALITY, pdf_page_count
from observer_desktop.services import evidence as ev
from observer_desktop.services import evidence_import
from observer_desktop.services.packages import export_package, import_package


@pytest.fixture
def audit(mini_app):
    return mini_app.create_audit("mini", header={"numero": "LP-1", "tipo": "ad"})["id"]


def files_in_store(app):
    root = app.evidence.root
    return sorted(
        p.name for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] != "tmp"
    )


def row_count(app, table):
    return app.database.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


TYPES = [
    ("foto.jpg", media.photo, "image/jpeg", "image"),
    ("captura.png", media.png, "image/png", "image"),
    ("IMG_0001.HEIC", media.heic, "image/heic", "image"),
    ("contrato.pdf", media.pdf, "application/pdf", "document"),
    ("acta.txt", media.text, "text/plain", "text"),
    (
        "dictamen.docx",
        media.docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "document",
    ),
    (
        "montos.xlsx",
        media.xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "document",
    ),
    ("acta.odt", media.odt, "application/vnd.oasis.opendocument.text", "document"),
    ("recorrido.mp4", media.mp4, "video/mp4", "video"),
    ("recorrido.mov", media.mov, "video/quicktime", "video"),
    ("entrevista.mp3", media.mp3, "audio/mpeg", "audio"),
    ("nota.wav", media.wav, "audio/wav", "audio"),
    ("datos.bin", media.binary, "application/octet-stream", "other"),
]


@pytest.mark.parametrize(("name", "make", "mime", "kind"), TYPES, ids=[t[0] for t in TYPES])
def test_each_type_is_recognized_from_its_content(
    mini_app, audit, tmp_path, name, make, mime, kind
):
    # the name lies on purpose: the type must come from the bytes
    path = make(tmp_path / name)
    liar = path.rename(tmp_path / f"engañoso{'.exe' if kind != 'other' else '.jpg'}")
    result = ev.add_evidence(mini_app, audit, [liar])
    [row] = result.added
    assert (row["mime"], row["metadata"]["kind"]) == (mime, kind)
    assert mini_app.evidence.path_for(row["sha256"]).read_bytes() == liar.read_bytes()
    assert row["thumbnail"] == (kind == "image")


def test_photo_metadata_with_gps(mini_app, audit, tmp_path):
    path = media.photo(tmp_path / "obra.jpg", gps=(28.7121, -106.1077))
    [row] = ev.add_evidence(mini_app, audit, [path]).added
    assert row["captured_at"] == "2026-11-18T10:22:31"
    assert (round(row["gps_lat"], 4), round(row["gps_lon"], 4)) == (28.7121, -106.1077)
    assert row["metadata"]["camera_make"] == "Motorola"
    assert row["metadata"]["width"] == 800


def test_photo_without_gps_or_exif(mini_app, audit, tmp_path):
    path = media.photo(tmp_path / "sin_gps.jpg", gps=None, taken=None, make="")
    [row] = ev.add_evidence(mini_app, audit, [path]).added
    assert row["gps_lat"] is None and row["captured_at"] is None
    assert "camera_make" not in row["metadata"]


def test_rotated_photo_previews_are_upright(mini_app, audit, tmp_path):
    path = media.photo(tmp_path / "vertical.jpg", size=(2000, 1500), orientation=6)
    [row] = ev.add_evidence(mini_app, audit, [path]).added
    rendition = Image.open(mini_app.evidence.rendition_path(row["sha256"]))
    thumb = Image.open(mini_app.evidence.thumbnail_path(row["sha256"]))
    assert rendition.size == (570, 760)  # rotated 90°, longest side the print size
    assert thumb.size == (240, 320)
    # the red block drawn at the original's top-left ends at the top-right after rotation
    assert rendition.getpixel((550, 15))[0] > 180 and rendition.getpixel((15, 15))[0] < 150
    assert thumb.getpixel((230, 8))[0] > 180 and thumb.getpixel((8, 8))[0] < 150


def quantization_at(quality: int, mode: str = "RGB") -> dict:
    out = io.BytesIO()
    Image.new(mode, (64, 64), (90, 120, 60)).save(out, "JPEG", quality=quality)
    return Image.open(out).quantization


def test_print_rendition_is_what_the_report_embeds(mini_app, audit, tmp_path):
    """Baseline RGB JPEG at the report's quality, the print size, no EXIF left to rotate
    it a second time: a report embeds these bytes as they are."""
    path = media.photo(tmp_path / "obra.jpg", size=(4000, 3000), orientation=6)
    [row] = ev.add_evidence(mini_app, audit, [path]).added
    rendition = Image.open(mini_app.evidence.rendition_path(row["sha256"]))
    assert (rendition.format, rendition.mode) == ("JPEG", "RGB")
    assert max(rendition.size) == PRINT_PX == 760
    assert rendition.quantization == quantization_at(PRINT_QUALITY) and PRINT_QUALITY == 68
    assert not rendition.info.get("progressive") and not rendition.info.get("progression")
    assert ExifTags.Base.Orientation not in rendition.getexif()
    assert mini_app.evidence.rendition_path(row["sha256"]).name.endswith(".print.jpg")


def test_a_greyscale_photo_gets_an_rgb_print_rendition(mini_app, audit, tmp_path):
    grey = tmp_path / "gris.jpg"
    Image.new("L", (1600, 1200), 128).save(grey, "JPEG", quality=90)
    [row] = ev.add_evidence(mini_app, audit, [grey]).added
    rendition = Image.open(mini_app.evidence.rendition_path(row["sha256"]))
    assert (rendition.mode, rendition.size) == ("RGB", (760, 570))


def make_legacy_rendition(app, sha: str) -> Path:
    """What a data folder from before print-size renditions holds: a 1600 px rendition."""
    legacy = app.evidence.legacy_rendition_path(sha)
    legacy.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1600, 1200), (1, 2, 3)).save(legacy, "JPEG", quality=82)
    return legacy


def test_an_old_1600_px_rendition_is_never_taken_for_a_print_size_one(mini_app, audit, tmp_path):
    [row] = ev.add_evidence(mini_app, audit, [media.photo(tmp_path / "a.jpg")]).added
    sha = row["sha256"]
    mini_app.evidence.rendition_path(sha).unlink()
    legacy = make_legacy_rendition(mini_app, sha)
    assert mini_app.evidence.legacy_rendition_path(sha) != mini_app.evidence.rendition_path(sha)
    # the report's path (and the viewer's, the package import's) remakes it from the original
    assert ev.make_previews(mini_app, [sha]) == 1
    remade = Image.open(mini_app.evidence.rendition_path(sha))
    assert remade.size == (760, 570) and remade.getpixel((5, 5))[0] > 180  # the photo's red
    assert not legacy.exists()  # of no use any more: removed


def test_importing_again_into_an_old_folder_replaces_its_1600_px_rendition(
    mini_app, audit, tmp_path
):
    photo = media.photo(tmp_path / "a.jpg")
    [row] = ev.add_evidence(mini_app, audit, [photo]).added
    sha = row["sha256"]
    mini_app.evidence.rendition_path(sha).unlink()
    legacy = make_legacy_rendition(mini_app, sha)
    other = mini_app.create_audit("mini")["id"]
    ev.add_evidence(mini_app, other, [photo])
    assert Image.open(mini_app.evidence.rendition_path(sha)).size == (760, 570)
    assert not legacy.exists()


def test_small_image_is_not_enlarged(mini_app, audit, tmp_path):
    [row] = ev.add_evidence(mini_app, audit, [media.png(tmp_path / "p.png", (300, 200))]).added
    assert Image.open(mini_app.evidence.rendition_path(row["sha256"])).size == (300, 200)


def test_pdf_page_count(mini_app, audit, tmp_path):
    [row] = ev.add_evidence(mini_app, audit, [media.pdf(tmp_path / "c.pdf", pages=3)]).added
    assert row["metadata"]["pages"] == 3
    assert pdf_page_count(media.text(tmp_path / "x.txt")) is None


def test_duplicates_are_stored_once(mini_app, audit, tmp_path):
    a = media.photo(tmp_path / "a.jpg")
    b = tmp_path / "copia de a.jpg"
    b.write_bytes(a.read_bytes())
    first = ev.add_evidence(mini_app, audit, [a])
    second = ev.add_evidence(mini_app, audit, [b], question_id="publicada")
    assert len(first.added) == 1 and second.added == []
    assert (
        second.duplicates[0]["evidence"] == first.added[0]["id"] and second.duplicates[0]["linked"]
    )
    assert len(files_in_store(mini_app)) == 1 and row_count(mini_app, "evidence") == 1
    assert mini_app.store.evidence_counts(audit) == {("publicada", None): 1}


def test_the_same_photo_twice_in_one_selection_is_one_row(mini_app, audit, tmp_path):
    """Two workers may store the same content at once: one file, one row, one duplicate."""
    a = media.photo(tmp_path / "a.jpg", size=(1600, 1200))
    copies = []
    for i in range(5):
        copy = tmp_path / f"copia{i}.jpg"
        copy.write_bytes(a.read_bytes())
        copies.append(copy)
    result = ev.add_evidence(mini_app, audit, [a, *copies])
    assert [e["original_name"] for e in result.added] == ["a.jpg"]
    assert len(result.duplicates) == 5
    assert len(files_in_store(mini_app)) == 1 and row_count(mini_app, "evidence") == 1
    assert not list((mini_app.evidence.root / "tmp").iterdir())


def test_same_file_in_two_audits_is_one_stored_copy(mini_app, audit, tmp_path):
    other = mini_app.create_audit("mini")["id"]
    path = media.photo(tmp_path / "a.jpg")
    ev.add_evidence(mini_app, audit, [path])
    ev.add_evidence(mini_app, other, [path])
    assert row_count(mini_app, "evidence") == 2 and len(files_in_store(mini_app)) == 1


def test_an_over_limit_file_is_refused_and_the_rest_imported(mini_app, audit, tmp_path):
    ev.set_max_evidence_bytes(mini_app, 1000)
    small = media.text(tmp_path / "chico.txt")
    big = media.binary(tmp_path / "grande.bin")  # 2048 bytes
    result = ev.add_evidence(mini_app, audit, [small, big])
    assert [e["original_name"] for e in result.added] == ["chico.txt"]
    [refused] = result.refused
    assert refused["file"].endswith("grande.bin") and "máximo" in refused["reason"]
    assert row_count(mini_app, "evidence") == 1


def test_when_every_file_is_refused_nothing_changes(mini_app, audit, tmp_path):
    ev.set_max_evidence_bytes(mini_app, 1000)
    big = media.binary(tmp_path / "grande.bin")
    empty = tmp_path / "vacío.jpg"
    empty.write_bytes(b"")
    log_before = len(mini_app.custody_log(audit))
    with pytest.raises(InputError) as info:
        ev.add_evidence(mini_app, audit, [big, empty])
    assert "grande.bin" in str(info.value) and "máximo" in str(info.value)
    assert "vacío.jpg" in str(info.value) and "0 bytes" in str(info.value)
    assert files_in_store(mini_app) == [] and row_count(mini_app, "evidence") == 0
    assert len(mini_app.custody_log(audit)) == log_before


def test_one_empty_file_does_not_cancel_the_others(mini_app, audit, tmp_path):
    """Three good photos and an empty file: the photos are imported, the empty one named."""
    photos = [media.photo(tmp_path / f"foto{i}.jpg", color=(40 * i, 90, 30)) for i in range(3)]
    empty = tmp_path / "vacío.jpg"
    empty.write_bytes(b"")
    result = ev.add_evidence(mini_app, audit, [photos[0], empty, photos[1], photos[2]])
    assert sorted(e["original_name"] for e in result.added) == [
        "foto0.jpg",
        "foto1.jpg",
        "foto2.jpg",
    ]
    assert [Path(r["file"]).name for r in result.refused] == ["vacío.jpg"]
    assert "vacío" in result.refused[0]["reason"]


def test_zero_byte_file_and_folder_are_refused(mini_app, audit, tmp_path):
    empty = tmp_path / "vacío.jpg"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="vacío"):
        ev.add_evidence(mini_app, audit, [empty])
    with pytest.raises(InputError, match="carpeta"):
        ev.add_evidence(mini_app, audit, [tmp_path])
    with pytest.raises(InputError, match="no existe"):
        ev.add_evidence(mini_app, audit, [tmp_path / "no-existe.jpg"])
    assert row_count(mini_app, "evidence") == 0


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("programa.exe", b"MZ\x90\x00\x03" + bytes(200), "Windows"),
        ("foto.jpg", b"\x7fELF\x02\x01\x01" + bytes(200), "Linux"),  # a program named .jpg
        ("instalar.jpg", b"#!/bin/sh\nrm -rf ~\n", "guion"),
        ("abrir.bat", b"@echo off\r\nstart calc\r\n", ".bat"),
        ("macro.ps1", b"Write-Host hola\n", ".ps1"),
    ],
)
def test_programs_and_scripts_are_refused_with_the_reason(
    mini_app, audit, tmp_path, name, content, words
):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = media.text(tmp_path / "acta.txt")
    result = ev.add_evidence(mini_app, audit, [bad, good])
    assert [e["original_name"] for e in result.added] == ["acta.txt"]
    [refused] = result.refused
    assert words in refused["reason"] and "no se aceptan programas" in refused["reason"]
    with pytest.raises(InputError, match="no se aceptan programas"):
        ev.add_evidence(mini_app, audit, [bad])


def test_an_unknown_type_is_kept_with_a_visible_warning(mini_app, audit, tmp_path):
    result = ev.add_evidence(mini_app, audit, [media.binary(tmp_path / "datos.bin")])
    [row] = result.added
    assert row["mime"] == "application/octet-stream"
    assert any("tipo desconocido" in w["message"] for w in result.warnings)
    stored = mini_app.store.get_evidence(row["id"])
    assert any("tipo desconocido" in w for w in stored["metadata"]["warnings"])


def test_decompression_bomb_is_kept_without_preview(mini_app, audit, tmp_path):
    result = ev.add_evidence(mini_app, audit, [media.png_bomb(tmp_path / "bomba.png")])
    [row] = result.added
    assert row["mime"] == "image/png" and row["thumbnail"] is False
    assert "bomba de descompresión" in result.warnings[0]["message"]
    assert not mini_app.evidence.rendition_path(row["sha256"]).exists()


def test_truncated_jpeg_is_kept_with_a_warning(mini_app, audit, tmp_path):
    result = ev.add_evidence(mini_app, audit, [media.truncated_jpeg(tmp_path / "cortada.jpg")])
    [row] = result.added
    assert row["thumbnail"] is False and "dañada o incompleta" in result.warnings[0]["message"]
    assert row["metadata"]["warnings"]
    assert not list(mini_app.evidence.thumbnail_path(row["sha256"]).parent.glob(".tmp-*"))


def test_names_with_accents_and_spaces(mini_app, audit, tmp_path):
    path = media.text(tmp_path / "Acta de aclaraciones – Ñuñoa «final» ¿v2?.txt")
    [row] = ev.add_evidence(mini_app, audit, [path]).added
    assert row["original_name"] == "Acta de aclaraciones – Ñuñoa «final» ¿v2?.txt"


def test_progress_reports_files_and_bytes(mini_app, audit, tmp_path):
    paths = [media.photo(tmp_path / f"f{i}.jpg", color=(i * 40, 10, 10)) for i in range(4)]
    seen = []
    ev.add_evidence(mini_app, audit, paths, progress=seen.append)
    # thumbnails and print renditions come in the import's one pass: no second stage
    assert {p.stage for p in seen} == {"import"}
    last = seen[-1]
    assert (last.files_done, last.files_total) == (4, 4)
    assert last.bytes_done == last.bytes_total == sum(p.stat().st_size for p in paths)
    assert [p.files_done for p in seen] == sorted(p.files_done for p in seen)
    assert {p.current for p in seen} >= {"f0.jpg", "f3.jpg"}
    for row in mini_app.store.evidence(audit):
        assert mini_app.evidence.rendition_path(row["sha256"]).is_file()
        assert mini_app.evidence.thumbnail_path(row["sha256"]).is_file()


def test_files_are_recorded_in_the_order_given(mini_app, audit, tmp_path):
    paths = [media.photo(tmp_path / f"f{i:02d}.jpg", color=(i * 9, 10, 10)) for i in range(12)]
    paths.insert(5, media.text(tmp_path / "nota.txt"))
    paths.insert(9, media.pdf(tmp_path / "acta.pdf"))
    result = ev.add_evidence(mini_app, audit, paths)
    names = [p.name for p in paths]
    assert [e["original_name"] for e in result.added] == names
    logged = [
        e["details"]["name"] for e in mini_app.custody_log(audit) if e["action"] == "evidence.added"
    ]
    assert logged == names


@pytest.mark.parametrize("stopped", [False, True])
def test_files_still_queued_at_the_end_are_recorded_unless_stopped(
    mini_app, audit, tmp_path, stopped
):
    """Regression: when the selection ran out, a file still waiting for a worker (both
    busy) was dropped as after a cancel: one photo in ten imports of 200 was missing."""
    path = media.text(tmp_path / "al_final.txt")
    size = path.stat().st_size
    target = ev._import_target(
        mini_app, audit, question_id=None, item=None, finding_id=None, caption=""
    )
    result = ev.ImportResult()
    pipeline = evidence_import._Pipeline(
        mini_app,
        target,
        result,
        sizes=[size],
        limit=10**6,
        progress=None,
        cancel=lambda: False,
        workers=1,
        renditions=True,
    )
    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(gate.wait)  # the only worker is busy
        queued = pool.submit(pipeline._in_memory, path, size)
        pipeline.pending.append((path, queued))
        threading.Timer(0.2, gate.set).start()
        pipeline._finish_pending(drop_unstarted=stopped)
    assert [e["original_name"] for e in result.added] == ([] if stopped else ["al_final.txt"])
    assert row_count(mini_app, "evidence") == (0 if stopped else 1)
    assert len(files_in_store(mini_app)) == (0 if stopped else 1)  # never read when dropped


def test_previews_can_wait_and_are_made_later(mini_app, audit, tmp_path):
    paths = [media.photo(tmp_path / f"f{i}.jpg", color=(i * 40, 10, 10)) for i in range(3)]
    rows = ev.add_evidence(mini_app, audit, paths, previews=False).added
    shas = [r["sha256"] for r in rows]
    assert all(mini_app.evidence.thumbnail_path(s).is_file() for s in shas)
    assert not any(mini_app.evidence.rendition_path(s).exists() for s in shas)
    seen = []
    assert ev.make_previews(mini_app, shas, progress=seen.append) == 3
    assert all(mini_app.evidence.rendition_path(s).is_file() for s in shas)
    assert seen[-1].files_done == 3 and {p.stage for p in seen} == {"previews"}
    assert ev.make_previews(mini_app, shas) == 0  # nothing left to do


def test_cancel_while_making_previews_keeps_what_is_done(mini_app, audit, tmp_path):
    paths = [media.photo(tmp_path / f"f{i}.jpg", color=(i * 20, 10, 10)) for i in range(8)]
    rows = ev.add_evidence(mini_app, audit, paths, previews=False).added
    shas = [r["sha256"] for r in rows]
    seen = []
    made = ev.make_previews(mini_app, shas, progress=seen.append, should_cancel=lambda: True)
    on_disk = sum(mini_app.evidence.rendition_path(s).is_file() for s in shas)
    assert 1 <= made == on_disk < 8  # the report makes the rest when it needs them


def test_large_files_stream_through_the_store_with_the_same_outcome(
    mini_app, audit, tmp_path, monkeypatch
):
    """Files above IN_MEMORY_MAX are not held in memory: streamed, then analyzed from the
    store, with the same rows, hashes and previews as the in-memory path."""
    photo = media.photo(tmp_path / "grande.jpg", size=(1600, 1200), orientation=6)
    text = media.text(tmp_path / "acta.txt")
    monkeypatch.setattr(evidence_import, "IN_MEMORY_MAX", 1000)
    seen = []
    result = ev.add_evidence(mini_app, audit, [photo, text], progress=seen.append)
    [p_row, t_row] = result.added
    assert p_row["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert mini_app.evidence.path_for(t_row["sha256"]).read_bytes() == text.read_bytes()
    assert Image.open(mini_app.evidence.rendition_path(p_row["sha256"])).size == (570, 760)
    assert p_row["thumbnail"] and p_row["metadata"]["orientation"] == 6
    assert seen[-1].bytes_done == seen[-1].bytes_total
    assert max(p.bytes_done for p in seen) == seen[-1].bytes_total  # never counted twice


def test_cancel_mid_import_leaves_no_half_file_and_no_orphan_row(mini_app, audit, tmp_path):
    paths = [
        media.photo(tmp_path / f"f{i}.jpg", size=(1600, 1200), color=(i * 20, 90, 10))
        for i in range(8)
    ]
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 6  # during the third or so file

    result = ev.add_evidence(mini_app, audit, paths, should_cancel=cancel)
    assert result.cancelled
    assert 0 < len(result.added) < len(paths)
    rows = mini_app.store.evidence(audit)
    stored = files_in_store(mini_app)
    assert sorted(r["sha256"] for r in rows) == stored  # every file has its row and vice versa
    assert not list((mini_app.evidence.root / "tmp").glob("*"))
    assert [e["action"] for e in mini_app.custody_log(audit)].count("evidence.added") == len(rows)


def test_evidence_satisfies_required_evidence(mini_app, audit, tmp_path):
    mini_app.set_answer(audit, "publicada", "no")  # this answer requires a document
    mini_app.set_answer(audit, "ofertas", 4)
    mini_app.set_answer(audit, "excepcion", "si")
    mini_app.set_answer(audit, "estatus", "completo", item=0)
    assert [m.id for m in mini_app.evaluate(audit).missing] == ["publicada"]
    ev.add_evidence(
        mini_app, audit, [media.pdf(tmp_path / "captura_portal.pdf")], question_id="publicada"
    )
    assert mini_app.evaluate(audit).complete


def test_caption_link_unlink_remove_are_logged(mini_app, audit, tmp_path):
    [row] = ev.add_evidence(mini_app, audit, [media.photo(tmp_path / "a.jpg")]).added
    ev.set_caption(mini_app, audit, row["id"][:8], "Frente norte sin letrero")
    assert ev.link_evidence(mini_app, audit, row["id"], question_id="publicada")
    assert not ev.link_evidence(mini_app, audit, row["id"], question_id="publicada")
    ev.unlink_evidence(mini_app, audit, row["id"], question_id="publicada")
    ev.remove_evidence(mini_app, audit, row["id"])
    assert mini_app.store.evidence(audit) == []
    actions = [e["action"] for e in mini_app.custody_log(audit)]
    assert actions[-4:] == [
        "evidence.captioned",
        "evidence.linked",
        "evidence.unlinked",
        "evidence.removed",
    ]
    assert mini_app.verify_custody() == []


def test_finalized_evidence_cannot_be_removed_or_added(mini_app, audit, tmp_path):
    [row] = ev.add_evidence(mini_app, audit, [media.photo(tmp_path / "a.jpg")]).added
    fill_mini(mini_app, audit)
    mini_app.finalize(audit)
    with pytest.raises(AuditLockedError, match="nueva versión"):
        ev.remove_evidence(mini_app, audit, row["id"])
    with pytest.raises(AuditLockedError):
        ev.add_evidence(mini_app, audit, [media.text(tmp_path / "b.txt")])
    with pytest.raises(AuditLockedError):
        ev.set_caption(mini_app, audit, row["id"], "x")
    assert len(mini_app.store.evidence(audit)) == 1


def test_verify_catches_a_tampered_and_a_missing_file(mini_app, audit, tmp_path, capsys):
    a = ev.add_evidence(mini_app, audit, [media.photo(tmp_path / "a.jpg")]).added[0]
    b = ev.add_evidence(mini_app, audit, [media.text(tmp_path / "b.txt")]).added[0]
    assert ev.verify_evidence(mini_app).ok
    stored = mini_app.evidence.path_for(a["sha256"])
    data = bytearray(stored.read_bytes())
    data[100] ^= 0xFF
    stored.chmod(0o600)
    stored.write_bytes(bytes(data))
    mini_app.evidence.path_for(b["sha256"]).unlink()
    report = ev.verify_evidence(mini_app)
    assert [x["sha256"] for x in report.altered] == [a["sha256"]]
    assert [x["sha256"] for x in report.missing] == [b["sha256"]]
    code = main(["--data-dir", str(mini_app.data_dir), "evidence", "verify", "--json"])
    assert code == 1 and json.loads(capsys.readouterr().out)["ok"] is False


def test_package_round_trip_carries_evidence_and_rebuilds_previews(
    mini_app, audit, tmp_path, mini_form_dir
):
    from observer_desktop.services.app import Observador

    [photo_row] = ev.add_evidence(
        mini_app, audit, [media.photo(tmp_path / "a.jpg")], question_id="publicada"
    ).added
    fill_mini(mini_app, audit)
    mini_app.finalize(audit)
    package = export_package(mini_app, audit, tmp_path / "p.zip")
    with Observador(tmp_path / "otra", form_dirs=[mini_form_dir]) as other:
        import_package(other, package)
        [row] = other.store.evidence(audit)
        assert (
            row["sha256"] == photo_row["sha256"] and row["links"][0]["question_id"] == "publicada"
        )
        assert other.evidence.thumbnail_path(row["sha256"]).is_file()
        assert ev.verify_evidence(other).ok and other.verify_custody() == []


def test_cli_evidence_commands(mini_app, audit, tmp_path, capsys):
    d = str(mini_app.data_dir)
    photo = media.photo(tmp_path / "foto de obra ñ.jpg")
    assert (
        main(
            [
                "--data-dir",
                d,
                "evidence",
                "add",
                audit[:8],
                str(photo),
                "--question",
                "publicada",
                "--caption",
                "Frente",
                "--json",
            ]
        )
        == 0
    )
    added = json.loads(capsys.readouterr().out)["added"]
    assert added[0]["original_name"] == "foto de obra ñ.jpg"
    assert main(["--data-dir", d, "evidence", "list", audit, "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["caption"] == "Frente" and listed["links"][0]["question"] == "publicada"
    assert main(["--data-dir", d, "config", "evidence.max_mb", "0.001"]) == 0
    capsys.readouterr()
    assert (
        main(["--data-dir", d, "evidence", "add", audit, str(media.binary(tmp_path / "x.bin"))])
        == 2
    )
    assert "máximo" in capsys.readouterr().err
    assert main(["--data-dir", d, "evidence", "verify"]) == 0


def test_cli_imports_the_good_files_and_names_the_refused_ones(mini_app, audit, tmp_path, capsys):
    d = str(mini_app.data_dir)
    photo = media.photo(tmp_path / "fachada.jpg")
    empty = tmp_path / "vacío.jpg"
    empty.write_bytes(b"")
    code = main(["--data-dir", d, "evidence", "add", audit, str(photo), str(empty)])
    out, err = capsys.readouterr()
    assert code == 1  # something was left out: scripts must notice
    assert "1 archivo(s) agregado(s), 1 rechazado(s)." in out
    assert "✗" in err and "vacío.jpg" in err and "0 bytes" in err
    code = main(["--data-dir", d, "evidence", "add", audit, str(empty), "--json"])
    assert code == 2 and "0 bytes" in capsys.readouterr().err  # nothing to import


def test_text_that_starts_with_mz_is_not_a_program(mini_app, audit, tmp_path):
    """ "MZ 12 LT 5" (manzana, lote) opens many Mexican address lists: not a Windows program."""
    listing = tmp_path / "direcciones.txt"
    listing.write_text("MZ 12 LT 5, Col. Riberas de Sacramento\n", encoding="utf-8")
    table = tmp_path / "padron.csv"
    table.write_text("MZA,LOTE,CALLE\n12,5,Libertad\n", encoding="utf-8")
    result = ev.add_evidence(mini_app, audit, [listing, table])
    assert sorted(e["original_name"] for e in result.added) == ["direcciones.txt", "padron.csv"]
    assert result.refused == []
