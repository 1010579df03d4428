"""Evidence files, without the database: the content-addressed store (:mod:`.store`:
hashed while written, fsynced, never overwritten), their content type from their bytes
(:mod:`.sniff`) and their metadata, thumbnails and report renditions (:mod:`.media`).

Recording evidence in an audit is ``services/evidence.py``.
"""
