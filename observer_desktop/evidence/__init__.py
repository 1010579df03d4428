"""Evidence files, without the database: the content-addressed store (:mod:`.store`:
hashed while written, fsynced, never overwritten), the aligned buffers and direct
writes it moves bytes with (:mod:`.direct`), their content type from their bytes
(:mod:`.sniff`) and their metadata, thumbnails and print renditions (:mod:`.media`).

Recording evidence in an audit is ``services/evidence.py``.
"""
