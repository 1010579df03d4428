"""The evidence of an audit: the panel beside the editor and the viewer, one module per job.

``panel.py`` (EvidencePanel) composes the others; ``viewer.py`` (EvidenceViewer)
shows one file at a time. Import the module you need: this file imports nothing,
so loading the viewer does not load the panel (see docs/ui.md for the map).
"""
