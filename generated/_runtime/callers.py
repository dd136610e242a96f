"""The AWS calls of the credential chain, made with this output folder's own bindings.

Part of the runtime every generated package of this output folder shares.
Assume-role and web identity profiles call AWS STS; IAM Identity Center
profiles call the SSO portal, and SSO-OIDC to refresh their token.  Those
calls go through the generated packages of the same output folder --
``sts``, ``sso`` and ``ssooidc`` (``python -m generator update sts sso
sso-oidc``) -- so they are signed, retried, endpoint-resolved and parsed
like any other call.  :func:`sts_caller` (and the others) return None when
the package is not there: the chain then reports which profile needs it.

botocore's ``AssumeRoleProvider``, ``AssumeRoleWithWebIdentityProvider``
and ``SSOProvider`` make the same calls: STS in the configured region, or,
when none is, on its global endpoint ``https://sts.amazonaws.com`` signed
for ``us-east-1`` (the rule set's ``UseGlobalEndpoint``; an endpoint URL
configured for STS still wins, signed for ``us-east-1``); SSO and SSO-OIDC
in the profile's ``sso_region``, unsigned.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import importlib.util
import typing as _t

from .credentials import (
    Credentials,
    SsoCaller,
    SsoOidcCaller,
    SsoToken,
    SsoTokenError,
    StsCaller,
    TemporaryCredentials,
)
from .errors import ServiceError

__all__ = [
    "BindingsSsoCaller",
    "BindingsSsoOidcCaller",
    "BindingsStsCaller",
    "sso_caller",
    "sso_oidc_caller",
    "sts_caller",
]

#: The output folder's root package (``generated`` for ``generated._runtime``).
ROOT = __name__.rsplit(".", 2)[0]


def _package(name: str) -> str | None:
    """The module name of the generated package ``name`` of this output
    folder, if there is one (found, not imported: a caller imports it when
    it first calls)."""
    qualified = f"{ROOT}.{name}"
    try:
        if importlib.util.find_spec(qualified) is None:
            return None
    except (ImportError, ValueError):
        return None
    return qualified


def _required(value: object, what: str) -> _t.Any:
    if value is None:
        raise ValueError(f"the response has no {what}")
    return value


class _Bindings:
    """A caller over one generated package, imported at its first call."""

    def __init__(self, package: str) -> None:
        self._package = package

    @property
    def bindings(self) -> _t.Any:
        """The package (``sts``, ``sso`` or ``ssooidc``)."""
        return importlib.import_module(self._package)


class BindingsStsCaller(_Bindings):
    """:class:`~.credentials.StsCaller` over the output folder's ``sts`` package."""

    def _client(self, region: str | None, credentials: Credentials | None) -> _t.Any:
        client = self.bindings.Client
        params: dict[str, object] = {}
        if region is None and "UseGlobalEndpoint" in client.ENDPOINT_PARAMETERS:
            params["UseGlobalEndpoint"] = True
        return client(
            region or "us-east-1",
            credentials=credentials,
            unsigned=credentials is None,
            endpoint_params=params,
        )

    def _temporary(self, response: _t.Any) -> TemporaryCredentials:
        issued = _required(response.credentials, "Credentials")
        user = response.assumed_role_user
        arn: str | None = None if user is None else user.arn
        parts = arn.split(":") if arn else []
        return TemporaryCredentials(
            access_key_id=_required(issued.access_key_id, "AccessKeyId"),
            secret_access_key=_required(issued.secret_access_key, "SecretAccessKey"),
            session_token=_required(issued.session_token, "SessionToken"),
            expiration=_required(issued.expiration, "Expiration"),
            account_id=parts[4] if len(parts) > 4 and parts[4] else None,
        )

    def assume_role(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        external_id: str | None,
        serial_number: str | None,
        token_code: str | None,
        duration_seconds: int | None,
        region: str | None,
        credentials: Credentials,
    ) -> TemporaryCredentials:
        """``AssumeRole``, signed with ``credentials``."""
        request = self.bindings.AssumeRole(
            role_arn=role_arn,
            role_session_name=role_session_name,
            external_id=external_id,
            serial_number=serial_number,
            token_code=token_code,
            duration_seconds=duration_seconds,
        )
        with self._client(region, credentials) as client:
            return self._temporary(client.assume_role(request))

    def assume_role_with_web_identity(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        web_identity_token: str,
        region: str | None,
    ) -> TemporaryCredentials:
        """``AssumeRoleWithWebIdentity``, unsigned (the token authenticates)."""
        request = self.bindings.AssumeRoleWithWebIdentity(
            role_arn=role_arn,
            role_session_name=role_session_name,
            web_identity_token=web_identity_token,
        )
        with self._client(region, None) as client:
            return self._temporary(client.assume_role_with_web_identity(request))


class BindingsSsoCaller(_Bindings):
    """:class:`~.credentials.SsoCaller` over the output folder's ``sso`` package."""

    def get_role_credentials(
        self, *, account_id: str, role_name: str, access_token: str, region: str
    ) -> TemporaryCredentials:
        """``GetRoleCredentials``, unsigned; ``UnauthorizedException`` is
        :class:`~.credentials.SsoTokenError`."""
        request = self.bindings.GetRoleCredentials(
            role_name=role_name, account_id=account_id, access_token=access_token
        )
        with self.bindings.Client(region, unsigned=True) as client:
            try:
                response = client.get_role_credentials(request)
            except ServiceError as error:
                if error.code == "UnauthorizedException":
                    raise SsoTokenError(
                        "the IAM Identity Center token was refused (expired or "
                        "revoked): run `aws sso login` again"
                    ) from None
                raise
        issued = _required(response.role_credentials, "roleCredentials")
        expiration = _required(issued.expiration, "expiration")
        return TemporaryCredentials(
            access_key_id=_required(issued.access_key_id, "accessKeyId"),
            secret_access_key=_required(issued.secret_access_key, "secretAccessKey"),
            session_token=_required(issued.session_token, "sessionToken"),
            expiration=_dt.datetime.fromtimestamp(expiration / 1000, _dt.UTC),
            account_id=account_id,
        )


class BindingsSsoOidcCaller(_Bindings):
    """:class:`~.credentials.SsoOidcCaller` over the output folder's ``ssooidc`` package."""

    def create_token(
        self, *, client_id: str, client_secret: str, refresh_token: str, region: str
    ) -> SsoToken:
        """``CreateToken`` with the ``refresh_token`` grant, unsigned."""
        request = self.bindings.CreateToken(
            client_id=client_id,
            client_secret=client_secret,
            grant_type="refresh_token",
            refresh_token=refresh_token,
        )
        with self.bindings.Client(region, unsigned=True) as client:
            response = client.create_token(request)
        return SsoToken(
            access_token=_required(response.access_token, "accessToken"),
            expires_in=_required(response.expires_in, "expiresIn"),
            refresh_token=response.refresh_token,
        )


def sts_caller() -> StsCaller | None:
    """The STS caller, if the output folder has the ``sts`` package."""
    package = _package("sts")
    return None if package is None else BindingsStsCaller(package)


def sso_caller() -> SsoCaller | None:
    """The SSO portal caller, if the output folder has the ``sso`` package."""
    package = _package("sso")
    return None if package is None else BindingsSsoCaller(package)


def sso_oidc_caller() -> SsoOidcCaller | None:
    """The SSO-OIDC caller, if the output folder has the ``ssooidc`` package."""
    package = _package("ssooidc")
    return None if package is None else BindingsSsoOidcCaller(package)
