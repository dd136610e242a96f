"""The endpoint rule-set resolver (templates/runtime/endpoints.py).

1. AWS's official cases: every case of every service in
   ``../shared/conformance/botocore/endpoint-rules/<service>/endpoint-tests-1.json``
   (see the README there, "Endpoint rule sets and their tests"), resolved
   with the rule set beside it and compared in full: URL, headers and
   properties exactly, or the error message exactly.  Cases with
   ``operationInputs`` run with their ``params``, which are the parameters
   those inputs resolve to; running the inputs themselves needs a generated
   client.  One test per service, looping over its cases.
2. The library functions on their tricky inputs, with expectations from the
   Smithy rules-engine specification or botocore's ``endpoint_provider``,
   and hypothesis-driven differential tests against botocore's functions
   (botocore is a test-time oracle only).
3. The RuleSet API: parameters, templates, errors, scoping, the cache.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from types import ModuleType
from typing import Any

import pytest
from botocore.endpoint_provider import RuleSetStandardLibrary
from hypothesis import example, given, settings
from hypothesis import strategies as st

from .conftest import ROOT, SHARED

RULES = SHARED / "conformance" / "botocore" / "endpoint-rules"


def _load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "aws_endpoints_under_test", ROOT / "templates" / "runtime" / "endpoints.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses find their module's globals there
    spec.loader.exec_module(module)
    return module


endpoints: Any = _load_module()
RuleSet = endpoints.RuleSet
EndpointResolutionError = endpoints.EndpointResolutionError

SERVICES = sorted(p.name for p in RULES.iterdir() if (p / "endpoint-tests-1.json").is_file())

SKIPPED: dict[tuple[str, int], str] = {}
"""(service, index of the case in ``testCases``) → why it does not run.  Empty:
every case runs."""

PARTITIONS: dict[str, Any] = json.loads((RULES / "partitions.json").read_text())


def _read(service: str, name: str) -> Any:
    return json.loads((RULES / service / name).read_text())


def _canonical(value: object) -> str:
    """Exact comparison: key order aside, ``true`` is not ``1``."""
    return json.dumps(value, sort_keys=True)


# ---------------------------------------------------------------------------
# 1. AWS's official cases
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_official_cases(service: str) -> None:
    rules = RuleSet(_read(service, "endpoint-rule-set-1.json"), PARTITIONS)
    failures = []
    for index, case in enumerate(_read(service, "endpoint-tests-1.json")["testCases"]):
        if (service, index) in SKIPPED:
            continue
        expect = case["expect"]
        if "endpoint" in expect:
            wanted = expect["endpoint"]
            expected: dict[str, object] = {
                "endpoint": {
                    "url": wanted["url"],
                    "headers": wanted.get("headers", {}),
                    "properties": wanted.get("properties", {}),
                }
            }
        else:
            expected = {"error": expect["error"]}
        outcomes = []
        for _ in range(2):  # the second time from the cache
            try:
                endpoint = rules.resolve(case.get("params", {}))
            except EndpointResolutionError as error:
                outcomes.append(_canonical({"error": str(error)}))
                continue
            got = {"url": endpoint.url, "headers": endpoint.headers, "properties": endpoint.properties}
            outcomes.append(_canonical({"endpoint": got}))
            endpoint.properties["mutated by the caller"] = True  # must not reach the cache
            endpoint.headers["mutated-by-the-caller"] = ["x"]
        if outcomes != [_canonical(expected)] * 2:
            failures.append(
                f"#{index} {case['documentation']!r}\n"
                f"    params:   {case.get('params', {})}\n"
                f"    expected: {_canonical(expected)}\n"
                f"    got:      {outcomes[0]}"
                + (f"\n    then:     {outcomes[1]}" if outcomes[0] != outcomes[1] else "")
            )
    assert not failures, f"{len(failures)} case(s) of {service} fail:\n" + "\n".join(failures)


def test_every_case_runs() -> None:
    """The per-service tests above cover the whole corpus (the counts are the
    README's), every function the rule sets call is supported and listed in
    the module docstring, and every skip names a real case."""
    cases = with_inputs = errors = 0
    functions: set[str] = set()

    def calls(node: object) -> None:
        if isinstance(node, dict):
            if "fn" in node:
                functions.add(node["fn"])
            for value in node.values():
                calls(value)
        elif isinstance(node, list):
            for value in node:
                calls(value)

    for service in SERVICES:
        tests = _read(service, "endpoint-tests-1.json")["testCases"]
        cases += len(tests)
        with_inputs += sum("operationInputs" in case for case in tests)
        errors += sum("error" in case["expect"] for case in tests)
        calls(_read(service, "endpoint-rule-set-1.json")["rules"])
    assert (len(SERVICES), cases, with_inputs, errors) == (429, 14_027, 590, 1_640)
    supported = {*endpoints._LIBRARY, "getAttr", "aws.partition"}
    assert functions <= supported, functions - supported
    assert functions == supported, f"supported but never used: {supported - functions}"
    for name in functions:
        assert f"``{name}(" in endpoints.__doc__, f"{name} is not described in the docstring"
    counts = {service: len(_read(service, "endpoint-tests-1.json")["testCases"]) for service, _ in SKIPPED}
    assert all(index < counts[service] for service, index in SKIPPED)


# ---------------------------------------------------------------------------
# 2. The library functions
# ---------------------------------------------------------------------------

BOTOCORE = RuleSetStandardLibrary(json.loads((RULES / "partitions.json").read_text()))
"""botocore's implementations of the same functions: the oracle."""


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com", ("https", "example.com", "", "/", False)),
        ("http://example.com:8080/a/b", ("http", "example.com:8080", "/a/b", "/a/b/", False)),
        ("https://example.com/a/b/", ("https", "example.com", "/a/b/", "/a/b/", False)),
        # Dot segments and empty segments go (AWS collapses "//").
        ("https://h/a/./b/../c//d", ("https", "h", "/a/./b/../c//d", "/a/c/d/", False)),
        ("https://h/..", ("https", "h", "/..", "/", False)),
        # The normalized path is percent-encoded, "%" included.
        ("https://h/a%20b/é", ("https", "h", "/a%20b/é", "/a%2520b/%C3%A9/", False)),
        ("https://127.0.0.1:8443/p", ("https", "127.0.0.1:8443", "/p", "/p/", True)),
        ("https://999.1.1.1", ("https", "999.1.1.1", "", "/", True)),  # botocore's loose IPv4
        ("https://[fe80::1]:443", ("https", "[fe80::1]:443", "", "/", True)),
        ("https://[fe80::1%25en0]", ("https", "[fe80::1%25en0]", "", "/", True)),
        ("https://user@h.example", ("https", "user@h.example", "", "/", False)),
        # urlparse splits ";params" off the last path segment: botocore drops them.
        ("https://h/a;b", ("https", "h", "/a", "/a/", False)),
        ("https://h/p#fragment", ("https", "h", "/p", "/p/", False)),
        ("https://h/p?", ("https", "h", "/p", "/p/", False)),  # an empty query is none
        ("https://h/?x=1", None),
        ("ftp://h/p", None),
        ("h/p", None),
        ("https://h:99999", None),
        ("https://h:port", None),
        # botocore raises on these two; no host means no URL to route to.
        ("https://[::1", None),
        ("https:///path", None),
    ],
)
def test_parse_url(url: str, expected: tuple[str, str, str, str, bool] | None) -> None:
    result = endpoints._parse_url(url)
    if expected is None:
        assert result is None
    else:
        keys = ("scheme", "authority", "path", "normalizedPath", "isIp")
        assert result == dict(zip(keys, expected, strict=True))
    try:
        oracle = BOTOCORE.parse_url(url)
    except (ValueError, TypeError):
        assert url in ("https://[::1", "https:///path")
    else:
        assert result == oracle


def _joined(separator: str, alphabet: str, most: int) -> st.SearchStrategy[str]:
    """Up to ``most`` pieces of ``alphabet`` joined by ``separator``."""
    piece = st.text(alphabet=alphabet, max_size=5)
    return st.lists(piece, min_size=1, max_size=most).map(separator.join)


_IPV4ISH = st.lists(st.integers(0, 1000).map(str), min_size=3, max_size=5).map(".".join)
_URL_HOSTS = st.one_of(
    _joined(".", "az09-", 3),
    _IPV4ISH,
    st.builds("[{}{}".format, _joined(":", "0af", 9), st.sampled_from(["]", "", "%25en0]", "%x]", ":1.2.3.4]"])),
    st.text(alphabet="aZ0-._~@:[]%\t é", max_size=10),
)
_URLS = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", "https:", ""]),
        _URL_HOSTS,
        st.sampled_from(["", ":", ":80", ":65536", ":x", ":-1"]),
        st.text(alphabet="/.a%2;é~ ", max_size=12),
        st.sampled_from(["", "?", "?a=b", "#f", "#"]),
    ),
)


@settings(max_examples=400, deadline=None)
@given(_URLS)
@example("https://[::ffff:1.2.3.4]/")
@example("https://a\tb/")
def test_parse_url_against_botocore(url: str) -> None:
    try:
        oracle = BOTOCORE.parse_url(url)
    except (ValueError, TypeError):  # botocore fails on an unclosed "[" or no host
        oracle = None
    assert endpoints._parse_url(url) == oracle


@pytest.mark.parametrize(
    ("value", "start", "stop", "reverse", "expected"),
    [
        ("abcdef", 0, 3, False, "abc"),
        ("abcdef", 0, 3, True, "def"),
        ("abcdef", 1, 6, True, "abcde"),
        ("abc", 0, 3, False, "abc"),
        ("abc", 0, 4, False, None),  # stop past the end
        ("abc", 2, 2, False, None),  # empty range
        ("abc", 2, 1, False, None),
        # Not all ASCII: None, even where the range would only cover ASCII.
        ("héllo", 0, 1, False, None),
        ("abcé", 0, 2, True, None),
        ("", 0, 1, False, None),
    ],
)
def test_substring(value: str, start: int, stop: int, reverse: bool, expected: str | None) -> None:
    assert endpoints._substring(value, start, stop, reverse) == expected
    assert BOTOCORE.substring(value, start, stop, reverse) == expected


def test_substring_rejects_what_is_not_a_string() -> None:
    with pytest.raises(EndpointResolutionError, match="substring"):
        endpoints._substring(None, 0, 1, False)
    with pytest.raises(EndpointResolutionError, match="substring"):
        endpoints._substring("abc", True, 2, False)  # a boolean is no index


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab-9éÿ\u2603", max_size=8), st.integers(0, 9), st.integers(0, 9), st.booleans())
def test_substring_against_botocore(value: str, start: int, stop: int, reverse: bool) -> None:
    assert endpoints._substring(value, start, stop, reverse) == BOTOCORE.substring(value, start, stop, reverse)


@pytest.mark.parametrize(
    ("bucket", "sub_domains", "expected"),
    [
        ("bucket-name", False, True),
        ("abc", False, True),
        ("ab", False, False),  # too short
        ("a" * 63, False, True),
        ("a" * 64, False, False),  # a label is 63 characters at most
        ("Bucket", False, False),  # upper case
        ("-bucket", False, False),
        ("bucket-", False, False),
        ("bucket_name", False, False),
        ("my.bucket", False, False),
        ("my.bucket", True, True),
        ("my..bucket", True, False),
        ("my.-bucket", True, False),
        ("a.b", True, True),
        ("192.168.5.4", True, False),  # an IP address
        ("192.168.5.4.5", True, True),
    ],
)
def test_is_virtual_hostable_s3_bucket(bucket: str, sub_domains: bool, expected: bool) -> None:
    assert endpoints._is_virtual_hostable_s3_bucket(bucket, sub_domains) is expected
    assert BOTOCORE.aws_is_virtual_hostable_s3_bucket(bucket, sub_domains) is expected


@pytest.mark.parametrize("value", ["abc\n", "ab\u0663", "\u0661\u0662\u0663"])
def test_host_labels_are_ascii_to_the_end(value: str) -> None:
    """Where botocore is looser than RFC 1123: its ``$`` accepts a trailing
    newline and its ``\\d`` non-ASCII digits."""
    assert BOTOCORE.is_valid_host_label(value, False) is True
    assert endpoints._is_valid_host_label(value, False) is False
    assert endpoints._is_virtual_hostable_s3_bucket(value, True) is False


@pytest.mark.parametrize(
    ("label", "sub_domains", "expected"),
    [
        ("a", False, True),
        ("a-1", False, True),
        ("1a", False, True),
        ("", False, False),
        ("a" * 63, False, True),
        ("a" * 64, False, False),
        ("a.b", False, False),
        ("a.b", True, True),
        ("a.", True, False),
        ("A-B.c-D", True, True),
        ("a_b", False, False),
        (None, True, False),  # unset
    ],
)
def test_is_valid_host_label(label: str | None, sub_domains: bool, expected: bool) -> None:
    assert endpoints._is_valid_host_label(label, sub_domains) is expected
    assert BOTOCORE.is_valid_host_label(label, sub_domains) is expected


_ASCII_LABELS = st.text(alphabet="aZ09-._", max_size=70) | _joined(".", "az09-", 4) | _IPV4ISH


@settings(max_examples=400, deadline=None)
@given(_ASCII_LABELS, st.booleans())
def test_host_label_functions_against_botocore(value: str, sub_domains: bool) -> None:
    assert endpoints._is_valid_host_label(value, sub_domains) == BOTOCORE.is_valid_host_label(value, sub_domains)
    assert endpoints._is_virtual_hostable_s3_bucket(value, sub_domains) == (
        BOTOCORE.aws_is_virtual_hostable_s3_bucket(value, sub_domains)
    )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_uri_encode_against_botocore(value: str) -> None:
    assert endpoints._uri_encode(value) == BOTOCORE.uri_encode(value)


def test_uri_encode() -> None:
    assert endpoints._uri_encode("a b/c~d_e.f-g") == "a%20b%2Fc~d_e.f-g"
    assert endpoints._uri_encode("é+") == "%C3%A9%2B"
    assert endpoints._uri_encode(None) is None


@pytest.mark.parametrize(
    ("arn", "expected"),
    [
        (
            "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap",
            ("aws", "s3", "us-west-2", "123456789012", ["accesspoint", "my-ap"]),
        ),
        # Region and account may be empty; the resource splits on ":" and "/".
        ("arn:aws:s3:::bucket", ("aws", "s3", "", "", ["bucket"])),
        ("arn:aws:sns:r:a:topic:sub/x", ("aws", "sns", "r", "a", ["topic", "sub", "x"])),
        ("arn:aws:s3:r:a:x/", ("aws", "s3", "r", "a", ["x", ""])),
        ("arn:aws:s3:r:a:::", ("aws", "s3", "r", "a", ["", "", ""])),
        ("arn:aws-cn:iam::a:role/x/y", ("aws-cn", "iam", "", "a", ["role", "x", "y"])),
        ("arn:aws:s3:r:a:", None),  # empty resource
        ("arn::s3:r:a:x", None),  # empty partition
        ("arn:aws::r:a:x", None),  # empty service
        ("arn:aws:s3:r:a", None),  # five parts
        ("ARN:aws:s3:r:a:x", None),
        ("arn", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_arn(arn: str | None, expected: tuple[str, str, str, str, list[str]] | None) -> None:
    result = endpoints._parse_arn(arn)
    if expected is None:
        assert result is None
    else:
        keys = ("partition", "service", "region", "accountId", "resourceId")
        assert result == dict(zip(keys, expected, strict=True))
    assert result == BOTOCORE.aws_parse_arn(arn)


@settings(max_examples=400, deadline=None)
@given(_joined(":", "arnws3/-", 8))
def test_parse_arn_against_botocore(arn: str) -> None:
    assert endpoints._parse_arn(arn) == BOTOCORE.aws_parse_arn(arn)


def _partition_of(region: object, partitions: dict[str, Any] = PARTITIONS) -> object:
    record = endpoints._Partitions(partitions).lookup(region)
    return record["name"]


@pytest.mark.parametrize(
    ("region", "partition"),
    [
        ("us-east-1", "aws"),
        ("eu-central-2", "aws"),
        ("cn-north-1", "aws-cn"),
        ("us-gov-west-1", "aws-us-gov"),
        ("us-iso-east-1", "aws-iso"),
        ("us-isob-east-1", "aws-iso-b"),
        ("eu-isoe-west-1", "aws-iso-e"),
        ("us-isof-south-1", "aws-iso-f"),
        ("eusc-de-east-1", "aws-eusc"),
        ("cn-south-9", "aws-cn"),  # not listed: the pattern decides
        ("aws-cn-global", "aws-cn"),  # listed, matching no pattern
        ("aws-global", "aws"),
        # Nothing matches: the aws partition.
        ("mars-east-1", "aws"),
        ("us-east-1-extra", "aws"),
        ("", "aws"),
        ("cn-north-1\n", "aws"),  # the whole region must match
        (None, "aws"),  # unset, as botocore
    ],
)
def test_partition(region: str | None, partition: str) -> None:
    assert _partition_of(region) == partition


def test_partition_record_is_the_partitions_outputs() -> None:
    record = endpoints._Partitions(PARTITIONS).lookup("cn-north-1")
    outputs = next(p["outputs"] for p in PARTITIONS["partitions"] if p["id"] == "aws-cn")
    assert record == {**outputs, "name": "aws-cn"}
    assert record["implicitGlobalRegion"] == "cn-northwest-1"
    assert record["dualStackDnsSuffix"] == "api.amazonwebservices.com.cn"


SYNTHETIC_PARTITIONS = {
    "partitions": [
        {
            "id": "first",
            "regionRegex": r"^(xx)\-\w+\-\d+$",
            "regions": {},
            "outputs": {"name": "first", "dnsSuffix": "first.example", "supportsFIPS": True},
        },
        {
            "id": "aws",
            "regionRegex": r"^(us)\-\w+\-\d+$",
            "regions": {"xx-special-1": {"description": "listed here", "dnsSuffix": "special.example"}},
            "outputs": {"name": "aws", "dnsSuffix": "amazonaws.com", "supportsFIPS": True},
        },
    ],
    "version": "1.1",
}


def test_partition_listed_regions_win_and_override_outputs() -> None:
    """Smithy's order: a partition listing the region wins over an earlier
    partition whose pattern matches; the region entry's keys other than
    ``description`` override the partition's outputs.  The fallback is the
    partition named aws, not the first one."""
    partitions = endpoints._Partitions(SYNTHETIC_PARTITIONS)
    assert partitions.lookup("xx-special-1") == {"name": "aws", "dnsSuffix": "special.example", "supportsFIPS": True}
    assert partitions.lookup("xx-other-1")["name"] == "first"
    assert partitions.lookup("zz-other-1")["name"] == "aws"
    assert partitions.lookup(None)["name"] == "aws"


def test_partitions_need_an_aws_partition() -> None:
    data = {"partitions": [SYNTHETIC_PARTITIONS["partitions"][0]]}
    with pytest.raises(ValueError, match="no 'aws' partition"):
        endpoints._Partitions(data)


_LISTED_REGIONS = sorted({region for p in PARTITIONS["partitions"] for region in p["regions"]})
_OURS = endpoints._Partitions(PARTITIONS)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_LISTED_REGIONS) | _joined("-", "abceinosuw0129", 4))
def test_partition_against_botocore(region: str) -> None:
    assert _OURS.lookup(region) == BOTOCORE.aws_partition(region)


def test_every_listed_region_against_botocore() -> None:
    for region in _LISTED_REGIONS:
        assert _OURS.lookup(region) == BOTOCORE.aws_partition(region), region


@pytest.mark.parametrize(
    ("fn", "args", "expected"),
    [
        ("isSet", [None], False),
        ("isSet", [""], True),
        ("not", [False], True),
        ("not", [None], True),  # an unset optional is false, as botocore
        ("booleanEquals", [True, True], True),
        ("booleanEquals", [False, True], False),
        ("stringEquals", ["a", "a"], True),
        ("stringEquals", ["a", "A"], False),
    ],
)
def test_simple_functions(fn: str, args: list[object], expected: bool) -> None:
    assert endpoints._LIBRARY[fn][1](*args) is expected


@pytest.mark.parametrize(
    ("fn", "args"),
    [("booleanEquals", [None, True]), ("booleanEquals", [1, True]), ("stringEquals", ["a", None]), ("not", ["x"])],
)
def test_simple_functions_reject_wrong_types(fn: str, args: list[object]) -> None:
    with pytest.raises(EndpointResolutionError, match=f"^{fn} cannot take"):
        endpoints._LIBRARY[fn][1](*args)


# ---------------------------------------------------------------------------
# 3. The RuleSet API on small rule sets
# ---------------------------------------------------------------------------


def _rule_set(rules: list[object], **parameters: dict[str, object]) -> Any:
    params = parameters or {
        "Region": {"type": "String", "required": False},
        "UseFIPS": {"type": "Boolean", "required": True, "default": False},
    }
    return RuleSet({"version": "1.0", "parameters": params, "rules": rules}, PARTITIONS)


def _endpoint(url: object, conditions: list[object] | None = None, **extra: object) -> dict[str, object]:
    return {"type": "endpoint", "conditions": conditions or [], "endpoint": {"url": url, **extra}}


def _error(message: str, conditions: list[object] | None = None) -> dict[str, object]:
    return {"type": "error", "conditions": conditions or [], "error": message}


def _is_set(name: str) -> dict[str, object]:
    return {"fn": "isSet", "argv": [{"ref": name}]}


def test_templates_in_properties_at_any_depth() -> None:
    rules = _rule_set(
        [_endpoint("https://x/{{y}}", properties={"a": {"b": ["{{", 1, None, 2.5, "}}{Region}", True]}})]
    )
    endpoint = rules.resolve({"Region": "r"})
    assert endpoint.url == "https://x/{y}"
    assert endpoint.properties == {"a": {"b": ["{", 1, None, 2.5, "}r", True]}}
    with pytest.raises(EndpointResolutionError, match=r"^Template '\}\}\{Region\}': a placeholder is unset"):
        rules.resolve({})
    partition = {"fn": "aws.partition", "argv": ["x"], "assign": "P"}
    booleans = _rule_set([_endpoint("https://{P#supportsFIPS}", [partition])])
    with pytest.raises(EndpointResolutionError, match="a placeholder is a bool, not a string"):
        booleans.resolve({})


def test_resolve_through_tree_rules_and_assignments() -> None:
    rules = _rule_set(
        [
            {
                "type": "tree",
                "conditions": [_is_set("Region"), {"fn": "aws.partition", "argv": ["{Region}"], "assign": "P"}],
                "rules": [
                    _error("FIPS in {P#name}", [{"fn": "booleanEquals", "argv": [True, {"ref": "UseFIPS"}]}]),
                    _endpoint(
                        "https://svc.{Region}.{P#dnsSuffix}",
                        headers={"x-partition": ["{P#name}", "static"]},
                        properties={"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}]},
                    ),
                ],
            },
            _error("Invalid Configuration: Missing Region"),
        ]
    )
    endpoint = rules.resolve({"Region": "cn-north-1"})
    assert endpoint == endpoints.Endpoint(
        url="https://svc.cn-north-1.amazonaws.com.cn",
        headers={"x-partition": ["aws-cn", "static"]},
        properties={"authSchemes": [{"name": "sigv4", "signingRegion": "cn-north-1"}]},
    )
    with pytest.raises(EndpointResolutionError) as caught:
        rules.resolve({"Region": "us-gov-west-1", "UseFIPS": True})
    assert str(caught.value) == "FIPS in aws-us-gov"
    with pytest.raises(EndpointResolutionError) as caught:
        rules.resolve({})
    assert str(caught.value) == "Invalid Configuration: Missing Region"


def test_a_tree_rule_with_no_match_falls_through_and_no_match_is_an_error() -> None:
    never = {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}
    assigns = {"fn": "aws.partition", "argv": ["us-east-1"], "assign": "P"}
    rules = _rule_set(
        [{"type": "tree", "conditions": [_is_set("Region")], "rules": [_endpoint("https://fips", [never])]}]
        + [_endpoint("https://{P#name}", [assigns, never])]  # P must not outlive this rule
        + [_endpoint("https://{Region}.example", [_is_set("Region")])]
    )
    assert rules.resolve({"Region": "r"}).url == "https://r.example"
    with pytest.raises(EndpointResolutionError, match=r"^No endpoint rule matched the parameters: UseFIPS=False$"):
        rules.resolve({})


def test_get_attr_paths() -> None:
    arn = "arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap"
    get = {"fn": "getAttr", "argv": [{"ref": "Arn"}, "resourceId[1]"], "assign": "Name"}
    rules = _rule_set(
        [
            _endpoint(
                "https://{Name}.{Arn#region}.{Arn#resourceId[0]}/{List#[1]}",
                [{"fn": "aws.parseArn", "argv": [{"ref": "Bucket"}], "assign": "Arn"}, get],
            ),
            _endpoint(
                "https://{Bucket}",
                [{"fn": "isSet", "argv": [{"fn": "getAttr", "argv": [{"ref": "List"}, "[5]"]}]}],
            ),
            _error("none"),
        ],
        Bucket={"type": "string"},
        List={"type": "stringArray"},
    )
    assert rules.resolve({"Bucket": arn, "List": ["a", "b"]}).url == "https://my-ap.us-west-2.accesspoint/b"
    with pytest.raises(EndpointResolutionError, match="a placeholder is unset"):
        rules.resolve({"Bucket": arn, "List": ["a"]})  # List#[1] is past the end
    with pytest.raises(EndpointResolutionError, match="^none$"):
        rules.resolve({"Bucket": "plain", "List": ("a",)})  # [5]: unset, the condition fails


def test_parameters_are_checked() -> None:
    rules = _rule_set(
        [_endpoint("https://{Region}.{Mode}")],
        Region={"type": "string", "required": True},
        Mode={"type": "string", "default": "std", "required": True},
        UseFIPS={"type": "boolean", "default": False},
        Names={"type": "stringArray"},
    )
    assert rules.resolve({"Region": "r"}).url == "https://r.std"
    assert rules.resolve({"Region": "r", "Mode": None}).url == "https://r.std"  # None: not given
    assert rules.resolve({"Region": "r", "Names": ["a"]}).url == "https://r.std"
    problems = {
        "Missing required endpoint parameter 'Region'": {},
        "Endpoint parameter 'UseFIPS' must be a boolean, not int": {"Region": "r", "UseFIPS": 1},
        "Endpoint parameter 'UseFIPS' must be a boolean, not str": {"Region": "r", "UseFIPS": "true"},
        "Endpoint parameter 'Region' must be a string, not bool": {"Region": True},
        "Endpoint parameter 'Names' must be a list of strings, not list": {"Region": "r", "Names": [1]},
        "Endpoint parameter 'Names' must be a list of strings, not str": {"Region": "r", "Names": "a"},
        "Unknown endpoint parameter 'Regoin'; this rule set's parameters are: Region, Mode, UseFIPS, Names": {
            "Regoin": "r"
        },
    }
    for message, params in problems.items():
        with pytest.raises(EndpointResolutionError) as caught:
            rules.resolve(params)
        assert str(caught.value) == message


def test_the_cache_tells_true_from_one_and_keeps_its_bound() -> None:
    rules = _rule_set([_endpoint("https://{Region}", [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}])])
    assert rules.resolve({"Region": "r", "UseFIPS": True}).url == "https://r"
    with pytest.raises(EndpointResolutionError, match="must be a boolean, not int"):
        rules.resolve({"Region": "r", "UseFIPS": 1})  # equal to True, and hashes alike
    for i in range(endpoints.CACHE_SIZE + 10):
        rules.resolve({"Region": f"r{i}", "UseFIPS": True})
    info = rules._memo.cache_info()
    assert info.currsize == endpoints.CACHE_SIZE == info.maxsize
    assert rules.resolve({"Region": "r", "UseFIPS": True}).url == "https://r"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ([_endpoint("https://{Nope}")], r"^rules\[0\]\.endpoint\.url \{Nope\}: 'Nope' is neither a parameter"),
        (
            [_endpoint("x", [{"fn": "isSet", "argv": [{"ref": "Region"}], "assign": "Region"}])],
            r"^rules\[0\]\.conditions\[0\]\.assign: 'Region' is already bound",
        ),
        (
            # A variable assigned in one rule is not visible in its sibling.
            [
                _endpoint("x", [{"fn": "aws.partition", "argv": ["a"], "assign": "P"}]),
                _endpoint("{P#name}"),
            ],
            r"^rules\[1\]\.endpoint\.url \{P\}: 'P' is neither",
        ),
        ([_endpoint("x", [{"fn": "aws.frobnicate", "argv": []}])], r"unsupported function 'aws\.frobnicate'"),
        ([_endpoint("x", [{"fn": "isSet", "argv": []}])], r"isSet takes 1 arguments, not 0"),
        ([_endpoint("https://{Region")], r"unmatched '\{'"),
        ([_endpoint("https://}")], r"unmatched '\}'"),
        ([_endpoint("{Region#a..b}")], r"'a\.\.b' is not a getAttr path"),
        ([_endpoint("x", [{"fn": "getAttr", "argv": [{"ref": "Region"}, {"ref": "Region"}]}])], "literal path"),
        ([{"type": "branch", "conditions": []}], r"^rules\[0\]\.type: 'branch' is not"),
        ([_endpoint(["x"])], r"^rules\[0\]\.endpoint\.url: expected a string"),
        (
            [_endpoint("x", [{"fn": "not", "argv": [{"fn": "isSet", "argv": [{"ref": "Region"}], "assign": "Y"}]}])],
            "only a condition may assign",
        ),
    ],
)
def test_malformed_rule_sets_are_refused_at_construction(rules: list[object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _rule_set(rules)


def test_parameter_specs_are_checked() -> None:
    with pytest.raises(ValueError, match=r"parameters\.X\.type: 'integer' is not"):
        _rule_set([], X={"type": "integer"})
    with pytest.raises(ValueError, match=r"parameters\.X\.default: .* must be a boolean"):
        _rule_set([], X={"type": "boolean", "default": "yes"})


def test_the_module_imports_only_the_standard_library() -> None:
    source = (ROOT / "templates" / "runtime" / "endpoints.py").read_text()
    imported = set(re.findall(r"^(?:from|import) ([\w.]+)", source, re.MULTILINE))
    assert imported, "no imports found: the pattern is wrong"
    outside = {name for name in imported if name.split(".")[0] not in sys.stdlib_module_names}
    assert not outside
