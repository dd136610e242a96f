"""Credential providers that call AWS: assume-role profiles, web identity, and
IAM Identity Center (SSO).

Standard library only.  The calls go through the chain's
:class:`~.credentials.StsCaller` and :class:`~.credentials.SsoCaller`;
they are made at the first ``get()`` of the source returned, and again when
the credentials near expiry.  botocore's ``AssumeRoleProvider``,
``AssumeRoleWithWebIdentityProvider`` and ``SSOProvider`` are the reference.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from . import config as _config
from . import credential_providers as _files
from . import metadata as _metadata
from .credentials import (
    ChainContext,
    CredentialConfigError,
    CredentialRetrievalError,
    Credentials,
    CredentialsError,
    CredentialSource,
    MissingCallerError,
    NoCredentialsError,
    NotFound,
    Provider,
    RefreshingCredentialSource,
    SsoOidcCaller,
    SsoTokenError,
    json_object,
    parse_timestamp,
    redact,
    run_chain,
)

__all__ = [
    "CREDENTIAL_SOURCES",
    "from_assume_role_profile",
    "from_sso",
    "from_web_identity",
    "load_sso_token",
    "profile_providers",
    "refresh_sso_token",
    "sso_cache_path",
]

logger = logging.getLogger(__name__)

CREDENTIAL_SOURCES: dict[str, Provider] = {
    "Environment": _files.from_environment,
    "Ec2InstanceMetadata": _metadata.from_instance_metadata,
    "EcsContainer": _metadata.from_container,
}
"""The ``credential_source`` values (case-sensitive, as botocore checks them)."""


def profile_providers() -> list[Provider]:
    """botocore's providers of one profile, in order (a ``source_profile`` is
    resolved with these, without the environment variables)."""
    return [
        from_web_identity,
        from_sso,
        _files.from_shared_credentials_file,
        _files.from_login_session,
        _files.from_credential_process,
        _files.from_config_file,
    ]


def _string(context: ChainContext, profile: str, key: str) -> str | None:
    return (
        context.config.get(key, profile)
        if context.config.has_profile(profile)
        else None
    )


def _session_name(context: ChainContext, given: str | None) -> str:
    return given or f"botocore-session-{int(context.clock())}"


def _missing(package: str, argument: str) -> str:
    """How to give the chain the caller it lacks (see :mod:`.callers`)."""
    return (
        f"generate the {package!r} bindings into this output folder "
        f"(python -m generator update {package}), or pass "
        f"resolve_credentials({argument}=...)"
    )


def _call_failed(
    what: str, error: Exception, secrets: list[str | None]
) -> CredentialsError:
    if isinstance(error, CredentialsError):
        return error
    detail = redact(f"{type(error).__name__}: {error}", secrets)
    return CredentialRetrievalError(f"{what} failed: {detail}")


# --- assume-role profiles -----------------------------------------------------------


def _is_assume_role(profile: _config.Section) -> bool:
    return "role_arn" in profile and "web_identity_token_file" not in profile


def _has_static_keys(profile: _config.Section) -> bool:
    return "aws_access_key_id" in profile or "aws_secret_access_key" in profile


def from_assume_role_profile(context: ChainContext) -> CredentialSource | NotFound:
    """A profile with ``role_arn`` (and no ``web_identity_token_file``):
    AssumeRole with the credentials of its ``source_profile`` or
    ``credential_source`` (method ``assume-role``)."""
    place = f"role_arn of profile {context.profile!r}"
    config = context.config
    if not config.has_profile(context.profile):
        return NotFound(place + " (no such profile)")
    if not _is_assume_role(config.profile(context.profile)):
        return NotFound(place)
    return _assume_role(context, context.profile, (context.profile,))


def _assume_role(
    context: ChainContext, name: str, visited: tuple[str, ...]
) -> CredentialSource:
    config = context.config
    role_arn = config.get("role_arn", name) or ""
    source_profile = config.get("source_profile", name)
    credential_source = config.get("credential_source", name)
    where = config.where(name, "role_arn")
    if source_profile is not None and credential_source is not None:
        raise CredentialConfigError(
            f"{where}: profile {name!r} has both source_profile and credential_source; "
            "keep one"
        )
    if credential_source is not None:
        source = _from_credential_source(context, name, credential_source)
    elif source_profile is not None:
        source = _from_source_profile(context, name, source_profile, visited)
    else:
        raise CredentialConfigError(
            f"{where}: profile {name!r} has role_arn but neither source_profile nor "
            "credential_source, so nothing to assume the role with"
        )
    sts = context.sts_caller()
    if sts is None:
        raise MissingCallerError(
            f"profile {name!r} assumes a role, which needs AWS STS: "
            + _missing("sts", "sts")
        )
    mfa_serial = config.get("mfa_serial", name)
    prompt = context.mfa_prompt
    if mfa_serial is not None and prompt is None:
        raise MissingCallerError(
            f"profile {name!r} has mfa_serial: pass mfa_prompt= (a callback returning "
            "the MFA code; getpass_mfa_prompt asks on the terminal)"
        )
    duration = config.get("duration_seconds", name)
    duration_seconds = None
    if duration is not None:
        duration_seconds = _config.parse_int(
            duration,
            f"duration_seconds of profile {name!r} ({config.where(name, 'duration_seconds')})",
            minimum=1,
        )
    session_name = _session_name(context, config.get("role_session_name", name))
    external_id = config.get("external_id", name)
    region = context.region()
    prompted: list[bool] = []

    def fetch() -> Credentials:
        token_code = None
        if mfa_serial is not None and prompt is not None:
            if prompted:
                # As botocore: no prompt in the middle of a long-running program.
                raise CredentialRetrievalError(
                    f"the credentials of profile {name!r} (mfa_serial) expired and "
                    "need a new MFA code: resolve the credentials again"
                )
            token_code = prompt(mfa_serial)
        source_credentials = source.get()
        try:
            assumed = sts.assume_role(
                role_arn=role_arn,
                role_session_name=session_name,
                external_id=external_id,
                serial_number=mfa_serial,
                token_code=token_code,
                duration_seconds=duration_seconds,
                region=region,
                credentials=source_credentials,
            )
        except Exception as error:
            secrets = [
                source_credentials.secret_access_key,
                source_credentials.session_token,
                token_code,
            ]
            raise _call_failed(
                f"AssumeRole of {role_arn} for profile {name!r}", error, secrets
            ) from error
        if token_code is not None:
            prompted.append(True)
        logger.info("assumed role %s for profile %r", role_arn, name)
        return assumed.to_credentials()

    return RefreshingCredentialSource(fetch, "assume-role", clock=context.clock)


def _from_credential_source(
    context: ChainContext, name: str, credential_source: str
) -> CredentialSource:
    provider = CREDENTIAL_SOURCES.get(credential_source)
    if provider is None:
        raise CredentialConfigError(
            f"{context.config.where(name, 'credential_source')}: credential_source "
            f"{credential_source!r} of profile {name!r} is not one of "
            + ", ".join(CREDENTIAL_SOURCES)
        )
    found = provider(dataclasses.replace(context, env_enabled=True))
    if isinstance(found, NotFound):
        raise CredentialRetrievalError(
            f"no credentials in credential_source {credential_source!r} of profile "
            f"{name!r}: looked at {found.place}"
        )
    return found


def _from_source_profile(
    context: ChainContext, parent: str, source: str, visited: tuple[str, ...]
) -> CredentialSource:
    config = context.config
    where = config.where(parent, "source_profile")
    if not config.has_profile(source):
        raise CredentialConfigError(
            f"{where}: the source_profile {source!r} of profile {parent!r} does not exist"
        )
    values = config.profile(source)
    # A profile may name itself to take static keys from its own section.
    if source in visited and not (source == parent and _has_static_keys(values)):
        chain = " -> ".join([*visited, source])
        raise CredentialConfigError(
            f"{where}: source_profile loop: {chain}; a profile's source_profile must "
            "lead to one with credentials"
        )
    visited = (*visited, source)
    if _has_static_keys(values) or not _is_assume_role(values):
        inner = dataclasses.replace(
            context, profile=source, env_enabled=False, visited=visited
        )
        try:
            return _run_profile_chain(inner)
        except NoCredentialsError as error:
            raise CredentialConfigError(
                f"{where}: the source_profile {source!r} of profile {parent!r} has no "
                f"credentials (tried {'; '.join(error.tried)})"
            ) from None
    return _assume_role(context, source, visited)


def _run_profile_chain(context: ChainContext) -> CredentialSource:
    return run_chain(profile_providers(), context)


# --- web identity ---------------------------------------------------------------------


def from_web_identity(context: ChainContext) -> CredentialSource | NotFound:
    """AssumeRoleWithWebIdentity with the token in a file
    (``assume-role-with-web-identity``): each of ``web_identity_token_file``,
    ``role_arn`` and ``role_session_name`` from its environment variable
    (``AWS_WEB_IDENTITY_TOKEN_FILE``, ``AWS_ROLE_ARN``,
    ``AWS_ROLE_SESSION_NAME``; not when a profile was passed), else the
    profile.  The file is read again at each refresh."""
    environ = context.environ

    def setting(key: str, variable: str) -> str | None:
        if context.env_enabled and environ.get(variable):
            return environ[variable]
        return _string(context, context.profile, key)

    token_file = setting("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE")
    if not token_file:
        variable = "AWS_WEB_IDENTITY_TOKEN_FILE, " if context.env_enabled else ""
        return NotFound(
            f"web identity ({variable}web_identity_token_file of profile {context.profile!r})"
        )
    role_arn = setting("role_arn", "AWS_ROLE_ARN")
    if not role_arn:
        raise CredentialConfigError(
            "a web identity token file is configured but no role ARN: set AWS_ROLE_ARN "
            f"or role_arn in profile {context.profile!r}"
        )
    sts = context.sts_caller()
    if sts is None:
        raise MissingCallerError(
            "web identity credentials need AWS STS: " + _missing("sts", "sts")
        )
    session_name = _session_name(
        context, setting("role_session_name", "AWS_ROLE_SESSION_NAME")
    )
    path = _config.expand_path(token_file, environ)
    region = context.region()

    def fetch() -> Credentials:
        try:
            token = path.read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise CredentialRetrievalError(
                f"cannot read the web identity token file {path} ({type(exc).__name__})"
            ) from None
        try:
            assumed = sts.assume_role_with_web_identity(
                role_arn=role_arn,
                role_session_name=session_name,
                web_identity_token=token,
                region=region,
            )
        except Exception as error:
            raise _call_failed(
                f"AssumeRoleWithWebIdentity of {role_arn}", error, [token]
            ) from error
        return assumed.to_credentials()

    return RefreshingCredentialSource(
        fetch, "assume-role-with-web-identity", clock=context.clock
    )


# --- IAM Identity Center ----------------------------------------------------------------

SSO_TOKEN_REFRESH_SECONDS = 15 * 60
"""An ``sso_session`` token this close to expiry is refreshed (with ``sso_oidc``)."""
_SSO_KEYS = ("sso_start_url", "sso_region", "sso_account_id", "sso_role_name")


def sso_cache_path(context: ChainContext, session_or_start_url: str) -> Path:
    """``~/.aws/sso/cache/<sha1 hex of the sso-session name or start URL>.json``."""
    digest = hashlib.sha1(session_or_start_url.encode("utf-8")).hexdigest()
    return _config.expand_path("~/.aws/sso/cache", context.environ) / f"{digest}.json"


def from_sso(context: ChainContext) -> CredentialSource | NotFound:
    """GetRoleCredentials with the token ``aws sso login`` cached (``sso``).

    A profile with ``sso_account_id`` or ``sso_role_name``; ``sso_start_url``
    and ``sso_region`` from its ``sso_session``'s ``[sso-session NAME]``
    section, else from the profile (the legacy form).
    """
    profile, config = context.profile, context.config
    place = (
        f"IAM Identity Center (sso_account_id, sso_role_name of profile {profile!r})"
    )
    if not config.has_profile(profile):
        return NotFound(place)
    values = {k: v for k, v in config.profile(profile).items() if isinstance(v, str)}
    if "sso_account_id" not in values and "sso_role_name" not in values:
        return NotFound(place)
    where = config.where(profile, "sso_account_id")
    session = values.get("sso_session")
    if session is not None:
        try:
            session_values = config.sso_session(session)
        except _config.ConfigError as error:
            raise CredentialConfigError(f"{where}: {error}") from None
        for key, value in session_values.items():
            if values.get(key, value) != value:
                raise CredentialConfigError(
                    f"{where}: {key} differs between profile {profile!r} "
                    f"({values[key]!r}) and sso-session {session!r} ({value!r})"
                )
            values[key] = value
    missing = [key for key in _SSO_KEYS if not values.get(key)]
    if missing:
        raise CredentialConfigError(
            f"{where}: profile {profile!r} uses IAM Identity Center but lacks "
            + ", ".join(missing)
        )
    sso = context.sso_caller()
    if sso is None:
        raise MissingCallerError(
            f"profile {profile!r} uses IAM Identity Center, which needs the SSO "
            "portal: " + _missing("sso", "sso")
        )
    cache = sso_cache_path(context, session or values["sso_start_url"])
    login = f"--sso-session {session}" if session else f"--profile {profile}"
    account, role, region = (
        values["sso_account_id"],
        values["sso_role_name"],
        values["sso_region"],
    )

    oidc = context.sso_oidc_caller() if session is not None else None

    def fetch() -> Credentials:
        now = context.clock()
        token = None
        if oidc is not None:
            token = refresh_sso_token(cache, now, oidc, values["sso_start_url"], region)
        if token is None:
            token = load_sso_token(cache, now, f"aws sso login {login}")
        try:
            found = sso.get_role_credentials(
                account_id=account, role_name=role, access_token=token, region=region
            )
        except Exception as error:
            raise _call_failed(
                f"GetRoleCredentials of role {role!r} in account {account}",
                error,
                [token],
            ) from error
        return found.to_credentials()

    return RefreshingCredentialSource(fetch, "sso", clock=context.clock)


def refresh_sso_token(
    path: Path, now: float, oidc: SsoOidcCaller, start_url: str, region: str
) -> str | None:
    """botocore's refresh of an ``sso_session`` token: when the cached one
    expires within 15 minutes and the cache holds a client registration that
    has not expired, CreateToken and write the new token to the cache.
    Returns the new access token, None when none was made."""
    try:
        cached = json_object(json.loads(path.read_text("utf-8")))
        expires = None if cached is None else cached.get("expiresAt")
        if cached is None or not isinstance(expires, str):
            return None
        if parse_timestamp(expires).timestamp() - now >= SSO_TOKEN_REFRESH_SECONDS:
            return None
        keys = ("refreshToken", "clientId", "clientSecret", "registrationExpiresAt")
        found = {k: v for k in keys if isinstance(v := cached.get(k), str) and v}
        if len(found) < len(keys):
            logger.info(
                "cannot refresh the SSO token of %s: no client registration", path
            )
            return None
        if parse_timestamp(found["registrationExpiresAt"]).timestamp() <= now:
            logger.info(
                "cannot refresh the SSO token of %s: registration expired", path
            )
            return None
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    secrets = [found["refreshToken"], found["clientSecret"]]
    try:
        new = oidc.create_token(
            client_id=found["clientId"],
            client_secret=found["clientSecret"],
            refresh_token=found["refreshToken"],
            region=region,
        )
    except Exception as error:  # noqa: BLE001 - botocore keeps the cached token
        detail = redact(f"{type(error).__name__}: {error}", secrets)
        logger.warning("refreshing the SSO token of %s failed: %s", path, detail)
        return None
    expires_at = _dt.datetime.fromtimestamp(now + new.expires_in, _dt.UTC)
    updated = {
        "startUrl": start_url,
        "region": region,
        "accessToken": new.access_token,
        "expiresAt": expires_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "clientId": found["clientId"],
        "clientSecret": found["clientSecret"],
        "registrationExpiresAt": found["registrationExpiresAt"],
        "refreshToken": new.refresh_token or found["refreshToken"],
    }
    try:
        _write_private(path, json.dumps(updated))
    except OSError as exc:
        logger.warning("cannot update the SSO token cache %s: %s", path, exc.strerror)
    logger.info("refreshed the SSO token of %s", path)
    return new.access_token


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` at once, readable by its owner only."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def load_sso_token(path: Path, now: float, login: str) -> str:
    """The ``accessToken`` of an AWS CLI token cache file, if it has not expired.

    Raises :class:`SsoTokenError` (saying to run ``login``) when the file is
    missing, unreadable, or holds no token or an expired one.
    """
    try:
        parsed = json_object(json.loads(path.read_text("utf-8")))
    except FileNotFoundError:
        raise SsoTokenError(
            f"no IAM Identity Center token cached ({path} does not exist): run {login}"
        ) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SsoTokenError(
            f"the IAM Identity Center token cache {path} cannot be read "
            f"({type(exc).__name__}): run {login}"
        ) from None
    token = None if parsed is None else parsed.get("accessToken")
    expires = None if parsed is None else parsed.get("expiresAt")
    if not isinstance(token, str) or not token or not isinstance(expires, str):
        raise SsoTokenError(
            f"the IAM Identity Center token cache {path} has no accessToken and "
            f"expiresAt: run {login}"
        )
    try:
        expiration = parse_timestamp(expires)
    except ValueError:
        raise SsoTokenError(
            f"the expiresAt of the token cache {path} is not a time: run {login}"
        ) from None
    if expiration.timestamp() <= now:
        raise SsoTokenError(
            f"the IAM Identity Center token expired at {expiration.isoformat()} "
            f"({path}): run {login}"
        )
    return token
