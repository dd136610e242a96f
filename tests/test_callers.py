"""The credential chain's AWS calls, made through generated bindings (``_runtime/callers.py``).

STS, SSO and SSO-OIDC are generated from botocore's newest models (with
their endpoint rule sets) into one output folder; a client of that folder
then resolves assume-role, web identity and IAM Identity Center profiles
with them, on its own:

* against moto's ``ThreadedMotoServer``: a client made with an assume-role
  (or web identity) profile is signed with the assumed credentials, so
  moto's ``GetCallerIdentity`` names the assumed role -- and botocore,
  given the same files, names the same one;
* against a scripted loopback server, beside botocore on the same server:
  the AssumeRole request (form fields, signature scope), SSO's
  ``GetRoleCredentials`` and SSO-OIDC's token refresh (paths, query,
  bearer header, unsigned), and what comes of an expired SSO token;
* a Connect call made with each kind of credentials the chain finds
  (environment, assume-role, web identity, SSO, container, IMDSv2), every
  source a loopback server found through the standard variables, the
  call's signature checked by botocore's signer on the server's side.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import importlib
import json
import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore.credentials
import botocore.session
import botocore.tokens
import pytest

from generator import load, pipeline, write

from .conftest import ROOT, import_bindings, newest_botocore_model, unimport_bindings
from .loopback_server import Reply, ScriptedServer, error

moto_server = pytest.importorskip("moto.server", reason="moto[server] is in the test extra")

SERVICES = {"sts": "sts", "sso": "sso", "sso-oidc": "ssooidc"}
BASE_KEY, BASE_SECRET = "AKIDBASEEXAMPLE", "base-secret"
ROLE = "arn:aws:iam::123456789012:role/deploy"


@pytest.fixture(scope="module")
def bindings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    work = tmp_path_factory.mktemp("callers")
    out = work / "bindings_callers"
    jobs = []
    for service, package in SERVICES.items():
        model = newest_botocore_model(service)
        assert model is not None
        folder = work / "specs" / service
        folder.mkdir(parents=True)
        (folder / "service-2.json").write_bytes(gzip.decompress(model.read_bytes()))
        rules = model.parent / "endpoint-rule-set-1.json.gz"
        (folder / "endpoint-rule-set-1.json").write_bytes(gzip.decompress(rules.read_bytes()))
        jobs.append(pipeline.Job(load.find_spec(folder), package))
    jobs.append(pipeline.Job(load.find_spec(ROOT / "specs" / "connect")))
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    yield import_bindings(out)
    unimport_bindings(out)


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


class Home:
    """A HOME with the shared files, and an environment with nothing else of AWS's."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.monkeypatch = monkeypatch
        for name in list(os.environ):
            if name.startswith("AWS_"):
                monkeypatch.delenv(name)
        (root / ".aws").mkdir()
        self.set(
            HOME=str(root),
            AWS_CONFIG_FILE=str(root / ".aws" / "config"),
            AWS_SHARED_CREDENTIALS_FILE=str(root / ".aws" / "credentials"),
            AWS_EC2_METADATA_DISABLED="true",
            BOTO_CONFIG=str(root / "none"),
        )

    def set(self, **values: str) -> None:
        for name, value in values.items():
            self.monkeypatch.setenv(name, value)

    def config(self, text: str) -> None:
        (self.root / ".aws" / "config").write_text(text)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Home:
    return Home(tmp_path, monkeypatch)


def package(bindings: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{bindings.__name__}.{name}")


ASSUME_ROLE_PROFILES = (
    f"[profile base]\naws_access_key_id = {BASE_KEY}\naws_secret_access_key = {BASE_SECRET}\n"
    f"[profile deploy]\nrole_arn = {ROLE}\nsource_profile = base\nrole_session_name = bindings-test\n"
)


# --- against moto ----------------------------------------------------------------------------------


def test_an_assume_role_profile_signs_with_the_role_moto_issued(bindings: ModuleType, moto_url: str, home: Home) -> None:
    home.config(ASSUME_ROLE_PROFILES + "region = us-west-2\n")
    home.set(AWS_ENDPOINT_URL_STS=moto_url)
    sts = package(bindings, "sts")
    with sts.Client(profile="deploy") as client:
        ours = client.get_caller_identity(sts.GetCallerIdentity()).arn
    theirs = botocore.session.Session(profile="deploy").create_client("sts").get_caller_identity()["Arn"]
    assert ours == "arn:aws:sts::123456789012:assumed-role/deploy/bindings-test" == theirs


def test_web_identity_signs_with_the_role_moto_issued(bindings: ModuleType, moto_url: str, home: Home) -> None:
    token = home.root / "token"
    token.write_text("eyJhbGciOi.web-identity.token")
    home.config("[default]\nregion = eu-west-1\n")
    home.set(
        AWS_ENDPOINT_URL_STS=moto_url,
        AWS_WEB_IDENTITY_TOKEN_FILE=str(token),
        AWS_ROLE_ARN="arn:aws:iam::123456789012:role/pod",
        AWS_ROLE_SESSION_NAME="irsa-session",
    )
    sts = package(bindings, "sts")
    with sts.Client() as client:
        ours = client.get_caller_identity(sts.GetCallerIdentity()).arn
    theirs = botocore.session.Session().create_client("sts").get_caller_identity()["Arn"]
    assert ours == "arn:aws:sts::123456789012:assumed-role/pod/irsa-session" == theirs


# --- against a scripted server, beside botocore ---------------------------------------------------------

EXPIRES = "2035-01-01T00:00:00Z"
ASSUMED = f"""<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<AssumeRoleResult><Credentials><AccessKeyId>ASIAASSUMED</AccessKeyId><SecretAccessKey>assumed-secret</SecretAccessKey>
<SessionToken>assumed-token</SessionToken><Expiration>{EXPIRES}</Expiration></Credentials>
<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/deploy/bindings-test</Arn>
<AssumedRoleId>AROAEXAMPLE:bindings-test</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>
<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></AssumeRoleResponse>""".encode()


def assumed_reply() -> Reply:
    return Reply(200, ASSUMED, {"Content-Type": "text/xml"})


def resolve(bindings: ModuleType, **options: Any) -> Any:
    credentials = importlib.import_module(f"{bindings.__name__}._runtime.credentials")
    return credentials.resolve_credentials(**options).get()


def test_assume_role_sends_what_botocore_sends(bindings: ModuleType, home: Home) -> None:
    home.config(
        ASSUME_ROLE_PROFILES
        + "external_id = ext-42\nduration_seconds = 1800\nregion = eu-central-1\n"
    )
    with ScriptedServer({BASE_KEY: BASE_SECRET}) as server:
        home.set(AWS_ENDPOINT_URL_STS=server.url)
        server.script(assumed_reply(), assumed_reply())
        theirs = botocore.session.Session(profile="deploy").get_credentials().get_frozen_credentials()
        ours = resolve(bindings, profile="deploy")
        their_request, our_request = server.received
    assert (ours.access_key_id, ours.secret_access_key, ours.session_token) == (
        theirs.access_key, theirs.secret_key, theirs.token,
    ) == ("ASIAASSUMED", "assumed-secret", "assumed-token")
    assert sorted(urllib.parse.parse_qsl(our_request.body.decode())) == sorted(
        urllib.parse.parse_qsl(their_request.body.decode())
    )
    assert dict(urllib.parse.parse_qsl(our_request.body.decode()))["ExternalId"] == "ext-42"
    for request in (our_request, their_request):
        assert request.signature == "valid" and request.access_key == BASE_KEY
        assert (request.region, request.service, request.method, request.path) == ("eu-central-1", "sts", "POST", "/")


def test_without_a_region_sts_is_the_global_endpoint(bindings: ModuleType, home: Home) -> None:
    """botocore's STS default: https://sts.amazonaws.com signed for us-east-1
    (an STS endpoint URL configured without a region: us-east-1 too, where
    botocore raises NoRegionError)."""
    callers = importlib.import_module(f"{bindings.__name__}._runtime.callers")
    credentials = importlib.import_module(f"{bindings.__name__}._runtime.credentials")
    caller = callers.sts_caller()
    assert isinstance(caller, callers.BindingsStsCaller)
    home.config("")
    with caller._client(None, credentials.Credentials(BASE_KEY, BASE_SECRET)) as client:
        target = client._settings.router.default
        assert (target.host, target.signer.region) == ("sts.amazonaws.com", "us-east-1")
    with caller._client("eu-west-3", credentials.Credentials(BASE_KEY, BASE_SECRET)) as client:
        assert client._settings.router.default.host == "sts.eu-west-3.amazonaws.com"
    home.config(ASSUME_ROLE_PROFILES)
    with ScriptedServer({BASE_KEY: BASE_SECRET}) as server:
        home.set(AWS_ENDPOINT_URL_STS=server.url)
        server.script(assumed_reply())
        assert resolve(bindings, profile="deploy").access_key_id == "ASIAASSUMED"
        (request,) = server.received
    assert request.signature == "valid" and request.region == "us-east-1"


SSO_START = "https://d-1234567890.awsapps.com/start"


def sso_home(home: Home, expires_at: dt.datetime, **token: str) -> Path:
    home.config(
        "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Developer\n"
        f"[sso-session corp]\nsso_start_url = {SSO_START}\nsso_region = us-east-1\n"
        "sso_registration_scopes = sso:account:access\n"
    )
    cache = home.root / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True)
    # botocore fixes its token cache folder when imported: pointed here too
    home.monkeypatch.setattr(botocore.credentials.SSOProvider, "_SSO_TOKEN_CACHE_DIR", str(cache))
    home.monkeypatch.setattr(botocore.tokens.SSOTokenProvider, "_SSO_TOKEN_CACHE_DIR", str(cache))
    path = cache / f"{hashlib.sha1(b'corp').hexdigest()}.json"
    path.write_text(json.dumps({
        "startUrl": SSO_START,
        "region": "us-east-1",
        "accessToken": "cached-access-token",
        "expiresAt": expires_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        **token,
    }))
    return path


def role_credentials_reply() -> Reply:
    expiration = int(dt.datetime(2035, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
    return Reply(200, {"roleCredentials": {
        "accessKeyId": "ASIASSO", "secretAccessKey": "sso-secret", "sessionToken": "sso-token", "expiration": expiration,
    }})


def test_an_sso_profile_calls_the_portal_as_botocore_does(bindings: ModuleType, home: Home) -> None:
    sso_home(home, dt.datetime.now(dt.UTC) + dt.timedelta(hours=4))
    with ScriptedServer({}) as server:
        home.set(AWS_ENDPOINT_URL_SSO=server.url)
        server.script(role_credentials_reply(), role_credentials_reply())
        theirs = botocore.session.Session(profile="dev").get_credentials().get_frozen_credentials()
        ours = resolve(bindings, profile="dev")
        their_request, our_request = server.received
    assert (ours.access_key_id, ours.secret_access_key, ours.session_token) == (
        theirs.access_key, theirs.secret_key, theirs.token,
    ) == ("ASIASSO", "sso-secret", "sso-token")
    for request in (our_request, their_request):
        assert (request.method, request.path, request.signature) == ("GET", "/federation/credentials", "unsigned")
        assert sorted(request.query) == [("account_id", "111122223333"), ("role_name", "Developer")]
        assert request.header("x-amz-sso_bearer_token") == "cached-access-token"


def test_a_refused_sso_token_says_to_log_in_again(bindings: ModuleType, home: Home) -> None:
    sso_home(home, dt.datetime.now(dt.UTC) + dt.timedelta(hours=4))
    credentials = importlib.import_module(f"{bindings.__name__}._runtime.credentials")
    with ScriptedServer({}) as server:
        home.set(AWS_ENDPOINT_URL_SSO=server.url)
        server.script(error(401, "UnauthorizedException", "Session token not found or invalid"))
        with pytest.raises(credentials.SsoTokenError, match="aws sso login"):
            resolve(bindings, profile="dev")


def test_a_token_near_expiry_is_refreshed_through_sso_oidc(bindings: ModuleType, home: Home) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    cache = sso_home(
        home,
        dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2),  # within the refresh window
        clientId="client-id",
        clientSecret="client-secret",
        registrationExpiresAt=later.strftime("%Y-%m-%dT%H:%M:%SZ"),
        refreshToken="refresh-1",
    )
    with ScriptedServer({}) as server:
        home.set(AWS_ENDPOINT_URL_SSO=server.url, AWS_ENDPOINT_URL_SSO_OIDC=server.url)
        server.script(
            Reply(200, {"accessToken": "fresh-access-token", "expiresIn": 28800, "refreshToken": "refresh-2",
                        "tokenType": "Bearer"}),
            role_credentials_reply(),
        )
        ours = resolve(bindings, profile="dev")
        refresh, portal = server.received
    assert ours.access_key_id == "ASIASSO"
    assert (refresh.method, refresh.path, refresh.signature) == ("POST", "/token", "unsigned")
    assert refresh.json() == {
        "clientId": "client-id", "clientSecret": "client-secret", "grantType": "refresh_token",
        "refreshToken": "refresh-1",
    }
    assert portal.header("x-amz-sso_bearer_token") == "fresh-access-token"
    cached = json.loads(cache.read_text())
    assert (cached["accessToken"], cached["refreshToken"]) == ("fresh-access-token", "refresh-2")


# --- a Connect call signed with each kind of credentials --------------------------------------------

WEB_IDENTITY = f"""<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
<AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIAWEB</AccessKeyId><SecretAccessKey>web-secret</SecretAccessKey>
<SessionToken>web-token</SessionToken><Expiration>{EXPIRES}</Expiration></Credentials>
<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/pod/s</Arn><AssumedRoleId>AROAPOD:s</AssumedRoleId></AssumedRoleUser>
</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>""".encode()

# every key the sources hand out, with its secret and session token
KEYS = {
    "AKIDENV": ("env-secret", None),
    BASE_KEY: (BASE_SECRET, None),
    "ASIAASSUMED": ("assumed-secret", "assumed-token"),
    "ASIAWEB": ("web-secret", "web-token"),
    "ASIASSO": ("sso-secret", "sso-token"),
    "ASIACONTAINER": ("container-secret", "container-token"),
    "ASIAIMDS": ("imds-secret", "imds-token"),
}


def issued(key: str) -> dict[str, str]:
    secret, token = KEYS[key]
    return {"AccessKeyId": key, "SecretAccessKey": secret, "Token": token or "", "Expiration": EXPIRES}


def route(request: Any) -> Reply:
    """Every credential source and Connect, by path, on one server."""
    path, body = request.path, request.body
    if path == "/" and b"Action=AssumeRoleWithWebIdentity" in body:
        return Reply(200, WEB_IDENTITY, {"Content-Type": "text/xml"})
    if path == "/" and b"Action=AssumeRole&" in body:
        return assumed_reply()
    if path == "/federation/credentials":
        return role_credentials_reply()
    if path == "/container/credentials":
        return Reply(200, issued("ASIACONTAINER"))
    if path == "/latest/api/token":
        return Reply(200, b"imds-session-token", {"Content-Type": "text/plain"})
    if path == "/latest/meta-data/iam/security-credentials/":
        return Reply(200, b"instance-role", {"Content-Type": "text/plain"})
    if path == "/latest/meta-data/iam/security-credentials/instance-role":
        return Reply(200, {"Code": "Success", "Type": "AWS-HMAC", **issued("ASIAIMDS")})
    if path == "/contact/chat":
        return Reply(200, {"ContactId": "c-1", "ParticipantId": "p-1", "ParticipantToken": "t-1"})
    return error(404, "NotFound", f"no route for {request.method} {path}")


def kind_of_credentials(kind: str, home: Home, url: str) -> tuple[str, dict[str, str]]:
    """Set the files and variables of one kind; the key it must sign with and
    the client's options."""
    region = "[default]\nregion = us-east-1\n"
    if kind == "environment":
        home.config(region)
        home.set(AWS_ACCESS_KEY_ID="AKIDENV", AWS_SECRET_ACCESS_KEY="env-secret")
        return "AKIDENV", {}
    if kind == "assume-role":
        home.config(ASSUME_ROLE_PROFILES + "region = us-east-1\n")
        home.set(AWS_ENDPOINT_URL_STS=url)
        return "ASIAASSUMED", {"profile": "deploy"}
    if kind == "web-identity":
        (home.root / "token").write_text("web-identity-jwt")
        home.config(region)
        home.set(AWS_ENDPOINT_URL_STS=url, AWS_WEB_IDENTITY_TOKEN_FILE=str(home.root / "token"),
                 AWS_ROLE_ARN="arn:aws:iam::123456789012:role/pod")
        return "ASIAWEB", {}
    if kind == "sso":
        sso_home(home, dt.datetime.now(dt.UTC) + dt.timedelta(hours=4))
        home.set(AWS_ENDPOINT_URL_SSO=url)
        return "ASIASSO", {"profile": "dev"}
    if kind == "container":
        home.config(region)
        home.set(AWS_CONTAINER_CREDENTIALS_FULL_URI=f"{url}/container/credentials",
                 AWS_CONTAINER_AUTHORIZATION_TOKEN="container-auth")
        return "ASIACONTAINER", {}
    assert kind == "imds"
    home.config(region)
    home.set(AWS_EC2_METADATA_DISABLED="false", AWS_EC2_METADATA_SERVICE_ENDPOINT=url)
    return "ASIAIMDS", {}


@pytest.mark.parametrize("kind", ["environment", "assume-role", "web-identity", "sso", "container", "imds"])
def test_a_connect_call_is_signed_with_each_kind_of_credentials(kind: str, bindings: ModuleType, home: Home) -> None:
    connect = package(bindings, "connect")
    secrets = {key: secret for key, (secret, _) in KEYS.items()}
    tokens = {key: token for key, (_, token) in KEYS.items()}
    with ScriptedServer(secrets, tokens, router=route) as server:
        key, options = kind_of_credentials(kind, home, server.url)
        with connect.Client("us-east-1", endpoint_url=server.url, **options) as client:
            started = client.start_chat_contact(
                connect.new_start_chat_contact("instance-1", "flow-1", connect.new_participant_details("Jane"))
            )
        calls = [r for r in server.received if r.path == "/contact/chat"]
    assert started.contact_id == "c-1"
    (call,) = calls
    assert (call.signature, call.access_key, call.region, call.service) == ("valid", key, "us-east-1", "connect")
    assert call.header("x-amz-security-token") == KEYS[key][1]
    if kind == "container":
        (fetch,) = [r for r in server.received if r.path == "/container/credentials"]
        assert fetch.header("Authorization") == "container-auth"
    if kind == "imds":
        assert [r.method for r in server.received if r.path == "/latest/api/token"] == ["PUT"]
