"""How evidence/media.py decodes a photo: the whole file in one call to libjpeg, and
previews that are the same, pixel for pixel, as when it is fed 64 KiB at a time, for
every kind of JPEG a camera or a scanner writes (and broken ones)."""

from __future__ import annotations

import io
import mmap
import random
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageDraw

from observer_desktop.evidence import media
from observer_desktop.evidence.direct import BufferReader

PILLOW_BLOCK = 64 * 1024  # Pillow's default block, what media.py fed libjpeg before


def noisy_jpeg(*, size=(1600, 1200), mode="RGB", orientation=None, truncate=False, **save) -> bytes:
    """A photo-like JPEG of several hundred KB (noise compresses like a real photo),
    with a red mark at the top left of its stored pixels."""
    rng = random.Random(7)
    im = Image.merge("RGB", [Image.effect_noise(size, 30 + 10 * i) for i in range(3)])
    draw = ImageDraw.Draw(im)
    draw.rectangle((0, 0, size[0] // 3, size[1] // 4), fill=(230, 40, 40))
    for _ in range(20):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.ellipse((x, y, x + 200, y + 150), fill=(rng.randrange(256), 90, 160))
    if mode != "RGB":
        im = im.convert(mode)
    exif = Image.Exif()
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    out = io.BytesIO()
    im.save(out, "JPEG", quality=92, exif=exif, **save)
    data = out.getvalue()
    return data[: len(data) * 2 // 3] if truncate else data


def in_memory(data: bytes) -> memoryview:
    """As the import holds a file: page-aligned memory read from the disk."""
    area = mmap.mmap(-1, len(data))
    area[:] = data
    return memoryview(area)


def derive(data: bytes, folder: Path) -> tuple[media.MediaInfo, bytes | None, bytes | None]:
    folder.mkdir()
    thumb, rendition = folder / "t.jpg", folder / "p.jpg"
    info = media.analyze(
        in_memory(data), mime="image/jpeg", thumb_path=thumb, rendition_path=rendition
    )
    return (
        info,
        thumb.read_bytes() if thumb.exists() else None,
        rendition.read_bytes() if rendition.exists() else None,
    )


def test_the_decoder_gets_the_whole_file_in_one_call(tmp_path, monkeypatch):
    data = noisy_jpeg()
    assert len(data) > 8 * PILLOW_BLOCK  # else 64 KiB blocks would also be one call
    asked: list[int] = []
    read = BufferReader.read

    def spy(self, size=-1):
        chunk = read(self, size)
        asked.append(len(chunk))
        return chunk

    monkeypatch.setattr(BufferReader, "read", spy)
    info, thumb, rendition = derive(data, tmp_path / "out")
    assert thumb and rendition and not info.warnings
    big = [n for n in asked if n >= PILLOW_BLOCK]
    assert len(big) == 1 and big[0] > len(data) // 2  # the scan data, at once


KINDS = {
    "baseline 4:2:0": {},
    "baseline 4:4:4": {"subsampling": 0},
    "progressive": {"progressive": True},
    "greyscale": {"mode": "L"},
    "CMYK": {"mode": "CMYK"},
    "orientation 6": {"orientation": 6},
    "orientation 3, progressive": {"orientation": 3, "progressive": True},
    "restart markers": {"restart_marker_rows": 1},
}


@pytest.mark.parametrize("kind", KINDS)
def test_previews_are_the_same_as_with_64_kib_blocks(kind, tmp_path, monkeypatch):
    data = noisy_jpeg(**KINDS[kind])
    info, thumb, rendition = derive(data, tmp_path / "whole")
    monkeypatch.setattr(media, "DECODE_BLOCK", PILLOW_BLOCK)
    before, thumb_before, rendition_before = derive(data, tmp_path / "blocks")
    assert not info.warnings and info.thumbnail and info.rendition
    assert (info.metadata, info.warnings) == (before.metadata, before.warnings)
    assert (thumb, rendition) == (thumb_before, rendition_before)  # the same bytes
    shown = Image.open(io.BytesIO(rendition))
    assert shown.mode == "RGB" and max(shown.size) == media.PRINT_PX
    # upright: the red mark (stored at the top left) is where the orientation puts it
    corner = {6: (shown.width - 15, 15), 3: (shown.width - 15, shown.height - 15)}
    x, y = corner.get(info.metadata.get("orientation"), (15, 15))
    r, g, b = shown.getpixel((x, y))
    if KINDS[kind].get("mode") == "L":
        assert r == g == b and abs(r - 97) < 12  # the mark's grey (230, 40, 40 as L)
    else:
        assert r > 170 and g < 90 and b < 90


@pytest.mark.parametrize("progressive", [False, True])
def test_a_truncated_jpeg_gets_a_warning_and_no_previews(progressive, tmp_path):
    data = noisy_jpeg(truncate=True, progressive=progressive)
    info, thumb, rendition = derive(data, tmp_path / "out")
    assert (thumb, rendition) == (None, None)
    assert not info.thumbnail and not info.rendition
    assert info.metadata["width"] == 1600  # what the header said is still kept
    assert any("dañada o incompleta" in w for w in info.warnings)
    assert not list((tmp_path / "out").iterdir())  # no half-written or temporary file
