"""How big and how good a photo is printed in the report's evidence gallery.

The import makes each photo's report rendition at exactly this size and quality
(:mod:`observer_desktop.evidence.media`), and the report embeds that file's JPEG bytes
as they are, without decoding them (:mod:`observer_desktop.reports.gallery`). Both read
these numbers from here, the one place below both layers.
"""

from __future__ import annotations

__all__ = ["GALLERY_PX", "GALLERY_QUALITY"]

# longest side of a photo in the gallery, in pixels: a landscape photo fills its
# 8.7 cm cell at ≈ 220 dpi, a portrait one its 7.5 cm height at ≈ 260 dpi
GALLERY_PX = 760
# JPEG quality of the photos in the gallery (RGB, baseline)
GALLERY_QUALITY = 68
