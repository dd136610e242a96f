"""A spec-driven generator of typed Python bindings for AWS service models.

The stages, one module each, run in this order (see ``pipeline``):
``load`` → ``validate`` → ``build`` (into ``ir``, with ``names``,
``codec`` and ``docs``) → ``render`` (Jinja2 templates, ``escape``) →
``format`` → ``write``.
"""

__version__ = "0.1.0"
