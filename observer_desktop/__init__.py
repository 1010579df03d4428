"""Observador: offline-first audit tool for citizen observers of public procurement."""

__version__ = "0.1.0"
