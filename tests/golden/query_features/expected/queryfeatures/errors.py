"""Errors of Query Feature Test Service.

Every error the service returns is a subclass of :class:`QueryfeaturesError`;
an error code the model does not know raises QueryfeaturesError itself.
"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import typing as _t

from .._runtime import query as _rt


class QueryfeaturesError(_rt.ServiceError):
    """Base class of every error Query Feature Test Service returns."""

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> QueryfeaturesError:
        return cls(
            response.message,
            code=response.code or str(response.http_status),
            http_status=response.http_status,
            request_id=response.request_id,
        )


class ThingConflict(QueryfeaturesError):
    """The ThingConflict error."""

    existing_name: str | None
    """The ``ExistingName`` member."""

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "Conflict.Thing",
        http_status: int = 409,
        request_id: str | None = None,
        existing_name: str | None = None,
    ) -> None:
        super().__init__(
            message, code=code, http_status=http_status, request_id=request_id
        )
        self.existing_name = existing_name

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> ThingConflict:
        node = _rt.error_node(response)
        first = _rt.xml_index(node)
        return cls(
            response.message,
            code=response.code,
            http_status=response.http_status,
            request_id=response.request_id,
            existing_name=(
                None
                if (value := first.get("ExistingName")) is None
                else (value.text or "")
            ),
        )


ERRORS: dict[str, type[QueryfeaturesError]] = {
    "Conflict.Thing": ThingConflict,
    "ThingConflict": ThingConflict,
}
"""Every modeled error class, by the error code the service sends."""

_SENSITIVE: frozenset[type[QueryfeaturesError]] = frozenset(())
"""The errors that may carry sensitive values: reading them shows no value."""


def error_from_response(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> Exception:
    """The exception for an error response: the modeled class matching its
    code, else :class:`QueryfeaturesError` (for 3xx too), or a
    :class:`~.._runtime.errors.DeserializationError` if a modeled field has the wrong type.
    """
    response = _rt.read_error_response(status, headers, body)
    error_class = ERRORS.get(response.code, QueryfeaturesError)
    try:
        return error_class._from_response(response)
    except _rt.WireTypeError as exc:
        redact = error_class in _SENSITIVE
        return _rt.DeserializationError(
            exc.message(redact=redact), http_status=status, body=body, redact=redact
        )
