"""A spec-driven generator of typed Python bindings for AWS service models.

The stages, one module each, run in this order (see ``pipeline``):
``load`` → ``overrides`` → ``validate`` → ``build`` (the passes in
``passes/`` fill the ``ir``; ``protocols/`` decides where members travel) →
``render`` (Jinja2 templates, the codecs of ``codecs/`` and the protocols,
``escape``) → ``format`` → ``write``.  See ``docs/architecture.md``.
"""

__version__ = "0.2.0"
