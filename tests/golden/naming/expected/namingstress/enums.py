"""Known values of the enums of Naming Stress Service.

Enums are open: fields keep the type ``str`` and a value the service added
after these bindings were generated is accepted as it is.  Values you send
are checked against these lists by ``validate()``.
"""

from __future__ import annotations

import enum as _enum


class Kind(_enum.StrEnum):
    """Undocumented."""

    TEXT_PLAIN = "text/plain"
    V_1 = "1"
    A_B = "a b"
    CLASS = "class"
    CAMEL_CASE = "camelCase"
    VALUES_ = "VALUES"
