"""Known values of the enums of EC2 Feature Test Service.

Enums are open: fields keep the type ``str`` and a value the service added
after these bindings were generated is accepted as it is.  Values you send
are checked against these lists by ``validate()``.
"""

from __future__ import annotations

import enum as _enum


class WidgetState(_enum.StrEnum):
    """Undocumented."""

    PENDING = "pending"
    RUNNING = "running"
    STOPPED = "stopped"
