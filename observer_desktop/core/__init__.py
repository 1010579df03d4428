"""Domain core: checklists, expressions, validation, canonical JSON, hashing.

Standard library (plus PyYAML/jsonschema for loading checklists) only; never Qt.
"""
