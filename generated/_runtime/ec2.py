"""The runtime of ec2 packages: every name their generated modules use.

Part of the runtime every generated package of this output folder shares.
An ec2 package imports this module as ``_rt``; it gathers the same names
as the query runtime (``query.py``): ec2 is query with other names, flat
lists and another error layout, which the generated code and the one XML
error reader (``xmlwire.read_xml_error``) take care of.
"""

from __future__ import annotations

from .query import *  # noqa: F403 - the query runtime's names, all of them
from .query import __all__ as __all__
