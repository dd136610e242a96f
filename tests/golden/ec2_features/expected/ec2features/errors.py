"""Errors of EC2 Feature Test Service.

Every error the service returns is a subclass of :class:`Ec2FeaturesError`;
an error code the model does not know raises Ec2FeaturesError itself.
"""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import typing as _t

from .._runtime import ec2 as _rt


class Ec2FeaturesError(_rt.ServiceError):
    """Base class of every error EC2 Feature Test Service returns."""

    @classmethod
    def _from_response(cls, response: _rt.ErrorResponse) -> Ec2FeaturesError:
        return cls(
            response.message,
            code=response.code or str(response.http_status),
            http_status=response.http_status,
            request_id=response.request_id,
        )


ERRORS: dict[str, type[Ec2FeaturesError]] = {}
"""Every modeled error class, by the error code the service sends."""

_SENSITIVE: frozenset[type[Ec2FeaturesError]] = frozenset(())
"""The errors that may carry sensitive values: reading them shows no value."""


def error_from_response(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> Exception:
    """The exception for an error response: the modeled class matching its
    code, else :class:`Ec2FeaturesError` (for 3xx too), or a
    :class:`~.._runtime.errors.DeserializationError` if a modeled field has the wrong type.
    """
    response = _rt.read_error_response(status, headers, body)
    error_class = ERRORS.get(response.code, Ec2FeaturesError)
    try:
        return error_class._from_response(response)
    except _rt.WireTypeError as exc:
        redact = error_class in _SENSITIVE
        return _rt.DeserializationError(
            exc.message(redact=redact), http_status=status, body=body, redact=redact
        )
