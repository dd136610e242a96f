"""Helpers for the AWS protocol conformance runners (``tests/test_conformance_*.py``)."""
