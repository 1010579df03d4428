"""Evidence files: the content-addressed store (metadata and thumbnails come later)."""
