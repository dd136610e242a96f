"""Paginators and the JMESPath subset, against botocore and jmespath.py.

* The subset: the generator's parser reads every expression of every
  ``paginators-1.json`` and ``waiters-2.json`` botocore ships into the tree
  jmespath.py's parser builds; every paginator and waiter of every model
  botocore ships is accepted and compiles to Python; what is outside the
  subset is refused with the column.
* Semantics: expressions compiled for the golden ``paging`` model (every
  construct of the subset) give, on responses drawn from the model, what
  jmespath.py gives on botocore's parse of the same bytes.
* Connect: ListUsers paged through the client by a scripted transport, and
  every paginator of Connect run beside botocore's own paginator over the
  same scripted pages (same requests, same pages, same items).

jmespath and botocore are oracles here only; the bindings import neither.
"""

from __future__ import annotations

import ast
import asyncio
import collections.abc
import copy
import glob
import gzip
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore.model
import botocore.paginate
import botocore.parsers
import jmespath
import jmespath.exceptions
import jmespath.parser
import pytest
from botocore.awsrequest import HeadersDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generated
from generated import connect
from generated._runtime import paginate
from generated.connect.client import Credentials, RetryConfig
from generator import build, load, overrides, paging, paths, pipeline, validate, write
from generator import jmespath as subset
from generator.codecs.search import python
from generator.passes import paging as paging_pass

from .async_adapter import AsyncTransport
from .conftest import (
    BOTOCORE_DATA,
    ROOT,
    import_bindings,
    runtime_of,
    unimport_bindings,
)
from .model_strategies import ModelStrategies, encode_response

GOLDEN_PAGING = ROOT / "tests" / "golden" / "paging"
PARSER = botocore.parsers.create_parser("rest-json")
EXAMPLE = settings(
    max_examples=1, derandomize=True, database=None, deadline=None,
    suppress_health_check=list(HealthCheck),
)


# --- the subset ------------------------------------------------------------------------------------


def _newest(service: Path) -> Path | None:
    versions = sorted(p for p in service.iterdir() if (p / "service-2.json.gz").is_file())
    return versions[-1] if versions else None


def botocore_expressions() -> set[str]:
    """Every expression of every paginators and waiters file botocore ships (every API version)."""
    found: set[str] = set()
    for path in glob.glob(str(BOTOCORE_DATA / "*" / "*" / "paginators-1.json")):
        for spec in json.loads(Path(path).read_text())["pagination"].values():
            for key in ("output_token", "result_key", "more_results", "non_aggregate_keys"):
                value = spec.get(key, [])
                found.update(value if isinstance(value, list) else [value])
    for path in glob.glob(str(BOTOCORE_DATA / "*" / "*" / "waiters-2.json")):
        for waiter in json.loads(Path(path).read_text())["waiters"].values():
            found.update(a["argument"] for a in waiter["acceptors"] if "argument" in a)
    return found


def _as_jmespath_tree(node: subset.Node) -> dict[str, Any]:
    """Our tree in jmespath.py's form (which joins chains of a.b.c into one node)."""
    children = [_as_jmespath_tree(c) for c in node.children]
    if node.kind == "subexpression" and children[0]["type"] == "subexpression":
        return {"type": "subexpression", "children": children[0]["children"] + children[1:]}
    tree: dict[str, Any] = {"type": node.kind, "children": children}
    if node.kind == "comparator":
        tree["value"] = {v: k for k, v in subset.COMPARATORS.items()}[str(node.value)]
    elif node.kind in ("field", "literal", "function_expression", "index"):
        tree["value"] = node.value
    return tree


def _normalized(tree: dict[str, Any]) -> dict[str, Any]:
    normal: dict[str, Any] = {"type": tree["type"], "children": [_normalized(c) for c in tree.get("children", [])]}
    if "value" in tree:
        normal["value"] = tree["value"]
    return normal


def test_multi_select_lists_and_keys_parse_as_jmespath_does() -> None:
    """The two constructs DynamoDB's operationContextParams add to the subset."""
    for text in ("[a, b.c]", "a[*].[b.c, d][]", "keys(RequestItems)", "a.[b, c]", "length(keys(a))"):
        assert _as_jmespath_tree(subset.parse(text)) == _normalized(jmespath.parser.Parser().parse(text).parsed), text


def test_the_parser_reads_every_botocore_expression_as_jmespath_does() -> None:
    expressions = botocore_expressions()
    assert len(expressions) > 2000
    differ = [
        text
        for text in sorted(expressions)
        if _as_jmespath_tree(subset.parse(text)) != _normalized(jmespath.parser.Parser().parse(text).parsed)
    ]
    assert not differ, differ[:10]


@pytest.mark.parametrize(
    ("text", "column", "message"),
    [
        ("Items[0:2]", 7, "slices ([a:b]) are not in the subset"),
        ("Items[:2]", 7, "slices"),
        ("a | b", 3, "pipes (a | b) are not in the subset"),
        ("a[b, c]", 3, "expected a number or '*' in brackets, found"),
        ("{k: a}", 1, "multi-select hashes"),
        ("a.{k: b}", 3, "multi-select hashes"),
        ("sort_by(a, &b)", 1, "the function sort_by() is not in the subset (only length(), keys())"),
        ("length(a, b)", 1, "length() takes 1 argument(s), not 2"),
        ("a = b", 3, "'=' is not an operator"),
        ("a.", 3, "expected a name after '.', found end of the expression"),
        ("a[?b == 'x'", 12, "expected rbracket, found end of the expression"),
        ("`{bad`", 1, "invalid JSON literal"),
        ("'open", 1, "unterminated '...'"),
        ("a $ b", 3, "unexpected character '$'"),
    ],
)
def test_what_is_outside_the_subset_is_refused_with_its_column(text: str, column: int, message: str) -> None:
    with pytest.raises(subset.JMESPathError) as caught:
        subset.parse(text)
    assert caught.value.offset + 1 == column and message in caught.value.message


def _read(service_folder: Path) -> tuple[dict[str, Any], paging.Read] | None:
    version = _newest(service_folder)
    if version is None:
        return None
    model = json.loads(gzip.decompress((version / "service-2.json.gz").read_bytes()))
    docs = {
        name: load.parse_document((version / name).read_bytes(), f"{service_folder.name}/{name}", "json")
        for name in paging.COMPANION_FILES
        if (version / name).is_file()
    }
    companions = paging.Companions(docs.get(paging.PAGINATORS_FILE), docs.get(paging.WAITERS_FILE))
    return model, paging.read(companions, paging.raw_view(model))


def test_every_paginator_and_waiter_botocore_ships_is_accepted_and_compiles() -> None:
    """Of every model of the installed botocore (newest API versions), every
    paginator and waiter is accepted and each expression compiles to Python;
    those of the models the generator builds are counted apart."""
    counts = {"paginators": 0, "waiters": 0, "expressions": 0, "buildable paginators": 0, "buildable waiters": 0}
    problems: list[str] = []
    for folder in sorted(p for p in BOTOCORE_DATA.iterdir() if p.is_dir()):
        found = _read(folder)
        if found is None:
            continue
        model, read = found
        problems += [str(p) for p in read.problems]
        expressions = [
            e
            for p in read.paginators
            for e in [*p.output_tokens, *p.result_keys, *p.non_aggregate_keys, *([p.more_results] if p.more_results else [])]
        ] + [a.argument for w in read.waiters for a in w.acceptors if a.argument is not None]
        for expression in expressions:
            ast.parse(python(expression, "response"), mode="eval")
        counts["paginators"] += len(read.paginators)
        counts["waiters"] += len(read.waiters)
        counts["expressions"] += len(expressions)
        if validate.supported_protocol(model["metadata"]) is not None:
            counts["buildable paginators"] += len(read.paginators)
            counts["buildable waiters"] += len(read.waiters)
    assert not problems, problems[:20]
    # botocore 1.43.11: 3,112 paginators and 363 waiters in the newest model versions
    assert counts["paginators"] > 3000 and counts["waiters"] > 350 and counts["expressions"] > 7000, counts
    assert counts["buildable paginators"] > 1500 and counts["buildable waiters"] > 100, counts


# --- semantics: compiled expressions against jmespath.py -----------------------------------------


@pytest.fixture(scope="module")
def things(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The golden paging model, generated and imported."""
    out = tmp_path_factory.mktemp("paging") / "bindings_paging"
    result = pipeline.run([pipeline.Job(load.find_spec(GOLDEN_PAGING))], out, jobs_parallel=1, format=False)
    write.commit(result)
    yield import_bindings(out, "things")
    unimport_bindings(out)


GOLDEN_MODEL = load.load_document(GOLDEN_PAGING / "service.yaml").data
GOLDEN_SERVICE = build.build(
    load.load_document(GOLDEN_PAGING / "service.yaml"), None, paging.load_companions(GOLDEN_PAGING / "service.yaml")
)
GOLDEN_BOTO = botocore.model.ServiceModel(GOLDEN_MODEL, service_name="things")
GOLDEN_STRATEGIES = ModelStrategies(GOLDEN_MODEL)

#: Expressions over DescribeThing's response: those of the golden waiters,
#: and one of every other construct of the subset.
DESCRIBE_THING_EXPRESSIONS = sorted(
    {a["argument"] for w in json.loads((GOLDEN_PAGING / "waiters-2.json").read_text())["waiters"].values()
     for a in w["acceptors"] if "argument" in a}
    | {
        "Thing", "Thing.Id", "Thing.Parts", "Thing.Parts[0]", "Thing.Parts[-1].Name", "Thing.Parts[5]",
        "Thing.Parts[*].Name", "Thing.Parts[*]", "Thing.Parts[]", "Groups[*].Parts[*].State", "Groups[].Parts",
        "Groups[].Parts[]", "Groups[].Members[]", "Groups[].Members", "Groups[][]", "Thing.Tags", "Thing.Tags.*",
        "Thing.Tags.x.Value", "Thing.Parts[?State == 'OK'].Name", "Thing.Parts[?Name]", "Thing.Parts[?!Name]",
        "Thing.Parts[?State != Name]", "Thing.Parts[?@.State == 'OK' || Name == 'a']",
        "Groups[?length(Members) > `1`].Name", "Thing.Count > `2`", "Thing.Count <= `-1`", "Thing.Id < Output",
        "Thing.Count == `1`", "Thing.Count == `true`", "Output || Thing.Id", "Thing.State && Output",
        "Thing.Count && Thing.Id", "!(Thing.Count)", "!(Thing.Parts)", "!Thing", "Thing || `\"x\"`",
        "length(Thing.Parts)", "length(Thing.Tags)", "length(Thing.Id)", "length(Groups[].Members[])",
        "`[1, 2]`", "`null`", "'raw'", "@", "(Thing.Parts)[0]",
    }
)


def plain(value: Any) -> Any:
    """A value of the bindings as botocore has it: dicts of member names."""
    if hasattr(value, "to_dict"):
        found = value.to_dict()
        found.pop("ResponseMetadata", None)
        return found
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def compiled(expression: str, operation: str, package: ModuleType) -> Callable[[Any], object]:
    """``expression`` compiled over the response of ``operation`` of the
    golden model, as the generator compiles it, as a Python function (its
    ``_s`` the search module of ``package``'s runtime)."""
    view = paging_pass.view(GOLDEN_SERVICE.operations, GOLDEN_SERVICE.modules)
    typed = paths.compile(expression, view.operations[operation].output, view.lookup)
    code = python(typed, "response")
    function: Callable[[Any], object] = eval(f"lambda response: {code}", {"_s": runtime_of(package, "search")})
    return function


def test_length_of_null_is_null(things: ModuleType) -> None:
    response = things.OPERATIONS["DescribeThing"].deserialize(200, {}, b"{}")
    assert compiled("length(Thing.Parts)", "DescribeThing", things)(response) is None
    assert compiled("length(Thing.Parts) > `0`", "DescribeThing", things)(response) is None
    with pytest.raises(jmespath.exceptions.JMESPathTypeError):
        jmespath.search("length(Thing.Parts)", {})


@pytest.mark.parametrize("expression", DESCRIBE_THING_EXPRESSIONS)
def test_compiled_expressions_agree_with_jmespath(expression: str, things: ModuleType) -> None:
    function = compiled(expression, "DescribeThing", things)
    deserialize = things.OPERATIONS["DescribeThing"].deserialize
    output = GOLDEN_BOTO.operation_model("DescribeThing").output_shape

    @settings(max_examples=25, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(GOLDEN_STRATEGIES.output_value("DescribeThing"))
        headers, body = encode_response(GOLDEN_MODEL, "DescribeThingResponse", value, 200, data.draw)
        theirs = PARSER.parse({"status_code": 200, "headers": HeadersDict(headers), "body": body}, output)
        theirs.pop("ResponseMetadata")
        # botocore keeps the nulls a service sends in a (dense) list, which
        # rest-json clients drop (see test_differential): dropped here too
        theirs = drop_nulls(theirs)
        ours = function(deserialize(200, headers, body))
        try:
            expected = jmespath.search(expression, theirs)
        except jmespath.exceptions.JMESPathTypeError:
            # length() of null: jmespath raises (and a botocore waiter with
            # it); the bindings' length() is null there, which no acceptor
            # expects (test_length_of_null_is_null)
            return
        assert plain(ours) == expected, (expression, theirs)

    check()


# --- Connect: ListUsers through the client -----------------------------------------------------------


class ScriptedTransport:
    """Answers each request with the next scripted page, and records the requests."""

    def __init__(self, bodies: list[dict[str, Any]]) -> None:
        self.bodies = list(bodies)
        self.urls: list[str] = []

    def send(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes, timeout: tuple[float, float]
    ) -> tuple[int, Mapping[str, str], bytes]:
        self.urls.append(url)
        if not self.bodies:
            raise AssertionError(f"no page scripted for {url}")
        return 200, {"Content-Type": "application/json"}, json.dumps(self.bodies.pop(0)).encode()


def users(*ids: str) -> list[dict[str, str]]:
    return [{"Id": i, "Username": f"user-{i}"} for i in ids]


THREE_PAGES = [
    {"UserSummaryList": users("u1", "u2"), "NextToken": "t/1+a="},
    {"UserSummaryList": users("u3", "u4"), "NextToken": "t2"},
    {"UserSummaryList": users("u5")},
]


def query_of(url: str) -> dict[str, str]:
    import urllib.parse

    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))


def client_for(transport: ScriptedTransport) -> connect.Client:
    return connect.Client("us-east-1", credentials=Credentials("AKID", "secret"), http=transport,
                          retry=RetryConfig(sleep=lambda _: None))


def test_list_users_pages_send_the_tokens_they_receive() -> None:
    transport = ScriptedTransport(THREE_PAGES)
    pages = list(client_for(transport).list_users_pages(connect.new_list_users("instance-1"), page_size=2))
    assert [[u.id for u in p.user_summary_list or []] for p in pages] == [["u1", "u2"], ["u3", "u4"], ["u5"]]
    assert [p.next_token for p in pages] == ["t/1+a=", "t2", None]
    sent = [query_of(url) for url in transport.urls]
    assert [q.get("nextToken") for q in sent] == [None, "t/1+a=", "t2"]  # each token as received
    assert {q["maxResults"] for q in sent} == {"2"}  # MaxResults is the page size
    assert all("/users-summary/instance-1" in url for url in transport.urls)


def test_list_users_items_stop_early_at_max_items() -> None:
    transport = ScriptedTransport(THREE_PAGES)
    items = client_for(transport).list_users_items(connect.new_list_users("instance-1"), max_items=3)
    assert [u.id for u in items] == ["u1", "u2", "u3"]
    assert len(transport.urls) == 2  # the third page is never asked for
    everything = ScriptedTransport(THREE_PAGES)
    assert [u.username for u in client_for(everything).list_users_items(connect.new_list_users("i"))] == [
        "user-u1", "user-u2", "user-u3", "user-u4", "user-u5",
    ]
    assert len(everything.urls) == 3
    nothing = ScriptedTransport(THREE_PAGES)
    assert list(client_for(nothing).list_users_items(connect.new_list_users("i"), max_items=0)) == []
    assert nothing.urls == []


def test_a_repeated_token_ends_the_pages_with_an_error() -> None:
    pages = [
        {"UserSummaryList": users("u1"), "NextToken": "a"},
        {"UserSummaryList": users("u2"), "NextToken": "b"},
        {"UserSummaryList": users("u3"), "NextToken": "a"},  # a loop: a, b, a, b, ...
    ]
    transport = ScriptedTransport(pages)
    seen: list[str] = []
    with pytest.raises(connect.client.PaginationError) as caught:
        for page in client_for(transport).list_users_pages(connect.new_list_users("i")):
            seen += [u.id or "" for u in page.user_summary_list or []]
    assert seen == ["u1", "u2", "u3"]  # the page with the repeated token is read first, as botocore does
    assert caught.value.page == 3 and caught.value.tokens == ("a",) and "ListUsers" in str(caught.value)
    assert len(transport.urls) == 3
    same = ScriptedTransport([{"NextToken": "x"}, {"NextToken": "x"}])  # the same token twice in a row
    with pytest.raises(paginate.PaginationError):
        list(client_for(same).list_users_pages(connect.new_list_users("i")))


def test_max_pages_and_bad_arguments() -> None:
    transport = ScriptedTransport(THREE_PAGES)
    assert len(list(client_for(transport).list_users_pages(connect.new_list_users("i"), max_pages=2))) == 2
    assert len(transport.urls) == 2
    client = client_for(ScriptedTransport([]))
    request = connect.new_list_users("i")
    for bad in ({"page_size": 0}, {"max_pages": 0}, {"page_size": True}):
        with pytest.raises(ValueError):
            client.list_users_pages(request, **bad)  # at once, before any page is asked for
    with pytest.raises(ValueError, match="max_items"):
        client.list_users_items(request, max_items=-1)
    with pytest.raises(generated.ValidationError):  # each page is a normal call: validated
        next(client.list_users_pages(connect.new_list_users("")))


# --- the same through the AsyncClient -------------------------------------------------------------


def async_client_for(transport: ScriptedTransport) -> connect.AsyncClient:
    return connect.AsyncClient("us-east-1", credentials=Credentials("AKID", "secret"), http=AsyncTransport(transport),
                               retry=RetryConfig(sleep=lambda _: None))


def test_async_pages_and_items_are_the_client_s() -> None:
    async def scenario() -> None:
        transport = ScriptedTransport(THREE_PAGES)
        async with async_client_for(transport) as client:
            pages = client.list_users_pages(connect.new_list_users("instance-1"), page_size=2)
            assert isinstance(pages, collections.abc.AsyncIterator) and transport.urls == []  # nothing sent yet
            ids = [[u.id for u in p.user_summary_list or []] async for p in pages]
        sync = ScriptedTransport(THREE_PAGES)
        expected = [[u.id for u in p.user_summary_list or []]
                    for p in client_for(sync).list_users_pages(connect.new_list_users("instance-1"), page_size=2)]
        assert ids == expected == [["u1", "u2"], ["u3", "u4"], ["u5"]]
        assert transport.urls == sync.urls  # the same tokens, the same page size

        few = ScriptedTransport(THREE_PAGES)
        async with async_client_for(few) as client:
            items = [u.id async for u in client.list_users_items(connect.new_list_users("i"), max_items=3)]
        assert items == ["u1", "u2", "u3"] and len(few.urls) == 2  # the third page is never asked for
        none = ScriptedTransport(THREE_PAGES)
        async with async_client_for(none) as client:
            assert [u async for u in client.list_users_items(connect.new_list_users("i"), max_items=0)] == []
        assert none.urls == []

        looping = ScriptedTransport([{"UserSummaryList": users("u1"), "NextToken": "a"}, {"NextToken": "a"}])
        seen = 0
        async with async_client_for(looping) as client:
            with pytest.raises(connect.aio.PaginationError) as caught:
                async for _ in client.list_users_pages(connect.new_list_users("i")):
                    seen += 1
        assert seen == 2 and caught.value.page == 2 and len(looping.urls) == 2

        async with async_client_for(ScriptedTransport([])) as client:
            for bad in ({"page_size": 0}, {"max_pages": 0}):
                with pytest.raises(ValueError):
                    client.list_users_pages(connect.new_list_users("i"), **bad)  # at once, not when iterated
            with pytest.raises(ValueError, match="max_items"):
                client.list_users_items(connect.new_list_users("i"), max_items=-1)
            with pytest.raises(generated.ValidationError):  # each page is a normal call: validated
                await anext(client.list_users_pages(connect.new_list_users("")))

    asyncio.run(scenario())


# --- Connect: every paginator beside botocore's -----------------------------------------------------

CONNECT_MODEL = json.loads((ROOT / "specs" / "connect" / "service-2.json").read_text())
CONNECT_EFFECTIVE = overrides.load_with_overrides(ROOT / "specs" / "connect" / "service-2.json").data
CONNECT_BOTO = botocore.model.ServiceModel(CONNECT_MODEL, service_name="connect")
CONNECT_PAGINATORS: dict[str, Any] = json.loads((ROOT / "specs" / "connect" / "paginators-1.json").read_text())["pagination"]
CONNECT_STRATEGIES = ModelStrategies(CONNECT_EFFECTIVE)


def sample(model: dict[str, Any], shape_name: str, n: int, depth: int = 0) -> Any:
    """A small value of a shape, different for each ``n``, as JSON."""
    shape = model["shapes"][shape_name]
    kind = shape["type"]
    if kind == "string":
        return shape["enum"][n % len(shape["enum"])] if "enum" in shape else f"v{n}"
    if kind in ("integer", "long"):
        return n
    if kind in ("float", "double"):
        return n + 0.5
    if kind == "boolean":
        return n % 2 == 0
    if kind == "timestamp":
        return 1_700_000_000 + n
    if kind == "list":
        return [sample(model, shape["member"]["shape"], n, depth + 1)] if depth < 3 else []
    if kind == "map":
        return {f"k{n}": sample(model, shape["value"]["shape"], n, depth + 1)} if depth < 3 else {}
    if kind == "structure" and depth < 3:
        members = list(shape.get("members", {}).items())[: 1 if shape.get("union") else 3]
        return {
            m.get("locationName", name): sample(model, m["shape"], n, depth + 1)
            for name, m in members
            if "location" not in m
        }
    return {}


def _put(model: dict[str, Any], body: dict[str, Any], shape_name: str, path: list[str], value: Any) -> None:
    """Set the member at ``path`` (model names) of a JSON body of ``shape_name``."""
    member = model["shapes"][shape_name]["members"][path[0]]
    key = member.get("locationName", path[0])
    if len(path) == 1:
        body[key] = value
    else:
        _put(model, body.setdefault(key, {}), member["shape"], path[1:], value)


def _shape_at(model: dict[str, Any], shape_name: str, path: list[str]) -> str:
    for name in path:
        shape_name = model["shapes"][shape_name]["members"][name]["shape"]
    return shape_name


def scripted_pages(model: dict[str, Any], operation: str, config: dict[str, Any], count: int = 3) -> list[dict[str, Any]]:
    """``count`` response bodies of a paginated operation: two items in each
    result key, the next page's tokens (and more_results) on all but the last."""
    output = model["operations"][operation]["output"]["shape"]
    results = config.get("result_key", [])
    tokens = config["output_token"]
    bodies = []
    for page in range(count):
        body: dict[str, Any] = {}
        for key in results if isinstance(results, list) else [results]:
            path = key.split(".")
            shape = model["shapes"][_shape_at(model, output, path)]
            item = shape["member"]["shape"] if shape["type"] == "list" else None
            value = [sample(model, item, 10 * page + i) for i in range(2)] if item else sample(model, _shape_at(model, output, path), page)
            _put(model, body, output, path, value)
        if page < count - 1:
            for i, token in enumerate(tokens if isinstance(tokens, list) else [tokens]):
                _put(model, body, output, token.split("."), f"token-{page}-{i}")
            if "more_results" in config:
                _put(model, body, output, config["more_results"].split("."), True)
        bodies.append(body)
    return bodies


def botocore_run(
    boto_model: botocore.model.ServiceModel, operation: str, config: dict[str, Any], bodies: list[dict[str, Any]],
    params: dict[str, Any], pagination: dict[str, int],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
    """botocore's paginator over the scripted pages: the requests, the pages, the items."""
    op_model = boto_model.operation_model(operation)
    calls: list[dict[str, Any]] = []

    def method_over(record: list[dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        def method(**kwargs: Any) -> dict[str, Any]:
            record.append(copy.deepcopy(kwargs))
            body = json.dumps(bodies[len(record) - 1]).encode()
            return PARSER.parse({"status_code": 200, "headers": HeadersDict({}), "body": body}, op_model.output_shape)

        return method

    paginator = botocore.paginate.Paginator(method_over(calls), config, op_model)
    pages = [dict(p) for p in paginator.paginate(**copy.deepcopy(params), PaginationConfig=dict(pagination))]
    for page in pages:
        page.pop("ResponseMetadata", None)
    results = config.get("result_key")
    items: list[Any] = []
    if isinstance(results, str):
        again = botocore.paginate.Paginator(method_over([]), config, op_model)
        items = list(again.paginate(**copy.deepcopy(params), PaginationConfig=dict(pagination)).search(results))
    return calls, pages, items


def ours_run(
    package: ModuleType, operation: str, constant: str, bodies: list[dict[str, Any]], params: dict[str, Any],
    page_size: int | None, max_items: int | None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any] | None]:
    """The bindings' paginator over the scripted pages, each page one operation call."""
    op = package.OPERATIONS[operation]
    paginator = getattr(importlib_module(package, "paginators"), constant)
    requests: list[dict[str, Any]] = []

    def call_over(record: list[dict[str, Any]]) -> Callable[[Any], Any]:
        def call(request: Any) -> Any:
            op.serialize(request)  # valid, as a client call would check
            record.append(request.to_dict())
            return op.deserialize(200, {}, json.dumps(bodies[len(record) - 1]).encode())

        return call

    def acall_over(record: list[dict[str, Any]]) -> Callable[[Any], Any]:
        call = call_over(record)

        async def acall(request: Any) -> Any:
            return call(request)

        return acall

    request = op.input.from_dict(params)
    pages = [plain(p) for p in paginate.pages(call_over(requests), paginator, request, page_size=page_size)]
    items = None
    if paginator.items is not None:
        stream = paginate.pages(call_over([]), paginator, request, page_size=page_size)
        items = [plain(i) for i in paginate.items(stream, paginator, max_items=max_items)]

    async def asynchronously() -> tuple[list[dict[str, Any]], list[Any], list[Any] | None]:
        """The same through the asyncio driver (AsyncClient's)."""
        arequests: list[dict[str, Any]] = []
        apages = [plain(p) async for p in paginate.apages(acall_over(arequests), paginator, request, page_size=page_size)]
        aitems = None
        if paginator.items is not None:
            stream = paginate.apages(acall_over([]), paginator, request, page_size=page_size)
            aitems = [plain(i) async for i in paginate.aitems(stream, paginator, max_items=max_items)]
        return arequests, apages, aitems

    assert asyncio.run(asynchronously()) == (requests, pages, items)
    return requests, pages, items


def importlib_module(package: ModuleType, name: str) -> ModuleType:
    import importlib

    return importlib.import_module(f"{package.__name__}.{name}")


def drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value if v is not None]
    return value


def _constant(name: str) -> str:
    from generator import names

    return names.snake_case(name).upper()


@pytest.mark.parametrize("operation", sorted(CONNECT_PAGINATORS))
def test_every_connect_paginator_agrees_with_botocore(operation: str) -> None:
    config = CONNECT_PAGINATORS[operation]
    bodies = scripted_pages(CONNECT_MODEL, operation, config)
    constant = _constant(operation)
    page_size = 2 if "limit_key" in config else None

    @EXAMPLE
    @given(CONNECT_STRATEGIES.input_params(operation))
    def check(params: dict[str, Any]) -> None:
        for token in [config["input_token"]] if isinstance(config["input_token"], str) else config["input_token"]:
            params.pop(token, None)  # from the first page
        for size in (None, page_size):
            pagination = {} if size is None else {"PageSize": size}
            calls, their_pages, their_items = botocore_run(CONNECT_BOTO, operation, config, bodies, params, pagination)
            requests, our_pages, our_items = ours_run(connect, operation, constant, bodies, params, size, None)
            assert requests == calls  # the same requests: the tokens received, the page size
            assert len(requests) == len(bodies)
            assert our_pages == drop_nulls(their_pages)
            if our_items is not None:
                assert our_items == drop_nulls(their_items) and len(our_items) == 2 * len(bodies)
                _, _, their_first = botocore_run(
                    CONNECT_BOTO, operation, config, bodies, params, {**pagination, "MaxItems": 3}
                )
                _, _, our_first = ours_run(connect, operation, constant, bodies, params, size, 3)
                assert our_first == drop_nulls(their_first) and len(our_first or []) == 3

    check()


def test_connect_paginators_are_all_generated() -> None:
    from generated.connect import paginators

    assert len(CONNECT_PAGINATORS) > 80
    for operation, config in CONNECT_PAGINATORS.items():
        paginator = getattr(paginators, _constant(operation))
        stem = _constant(operation).lower()
        assert hasattr(connect.Client, f"{stem}_pages")
        assert hasattr(connect.Client, f"{stem}_items") == (paginator.items is not None)
        assert (paginator.with_page_size is not None) == ("limit_key" in config)


# --- the golden model's paginators beside botocore's: several tokens, more_results, '||' ---------


GOLDEN_PAGES: dict[str, list[dict[str, Any]]] = {
    "ListThings": [
        {"Things": [{"Id": "a"}, {"Id": "b"}], "NextToken": "n1"},
        {"Things": [{"Id": "c"}], "NextToken": "n2"},
        {"Things": []},
    ],
    "ListPairs": [  # two tokens, one of them missing on the first page; more_results
        {"Items": ["a"], "Others": [{"Id": "o1"}], "IsTruncated": True, "NextMarker": "m1"},
        {"Items": ["b"], "IsTruncated": True, "NextMarker": "m2", "Sub": {"NextSubMarker": "s2"}},
        {"Items": ["c"], "IsTruncated": False, "NextMarker": "m3"},
    ],
    "ListObjects": [  # the marker is NextMarker, else the last key (S3's ListObjects)
        {"Contents": [{"Key": "k1"}, {"Key": "k2"}], "IsTruncated": True, "NextMarker": "k2", "Name": "b"},
        {"Contents": [{"Key": "k3"}, {"Key": "k4"}], "IsTruncated": True, "Name": "b"},
        {"Contents": [{"Key": "k5"}], "IsTruncated": False, "NextMarker": "ignored", "Name": "b"},
    ],
    "ListGroups": [  # the items are Groups[].Members[]
        {"Groups": [{"Name": "g1", "Members": ["a", "b"]}, {"Name": "g2"}], "NextToken": "n1"},
        {"Groups": [{"Name": "g3", "Members": ["c"]}], "NextToken": "n2"},
        {"Groups": [{"Name": "g4", "Members": []}, {"Name": "g5", "Members": ["d", "e"]}]},
    ],
}
GOLDEN_PAGE_SIZES = {"ListThings": 7, "ListPairs": "7", "ListObjects": 7}


@pytest.mark.parametrize("operation", sorted(GOLDEN_PAGES))
def test_golden_paginators_agree_with_botocore(operation: str, things: ModuleType) -> None:
    config = json.loads((GOLDEN_PAGING / "paginators-1.json").read_text())["pagination"][operation]
    bodies = GOLDEN_PAGES[operation]
    size = GOLDEN_PAGE_SIZES.get(operation)  # botocore takes a string limit member's PageSize as a string
    calls, their_pages, their_items = botocore_run(
        GOLDEN_BOTO, operation, config, bodies, {}, {} if size is None else {"PageSize": size}
    )
    our_size = None if size is None else int(size)
    requests, our_pages, our_items = ours_run(things, operation, _constant(operation), bodies, {}, our_size, None)
    assert requests == calls and len(calls) == 3
    assert our_pages == drop_nulls(their_pages)
    if isinstance(config["result_key"], str):
        assert our_items == drop_nulls(their_items)
    else:
        assert our_items is None  # several result keys: pages only
    if operation == "ListObjects":
        assert [c.get("Marker") for c in calls] == [None, "k2", "k4"]
    if operation == "ListPairs":
        assert calls[1] == {"Marker": "m1", "PageSize": "7"}
        assert calls[2] == {"Marker": "m2", "SubMarker": "s2", "PageSize": "7"}
    if operation == "ListGroups":
        assert our_items == ["a", "b", "c", "d", "e"]


def test_more_results_false_ends_the_pages(things: ModuleType) -> None:
    from importlib import import_module

    paginators = import_module(f"{things.__name__}.paginators")
    op = things.OPERATIONS["ListObjects"]
    page = op.deserialize(200, {}, json.dumps({"IsTruncated": False, "NextMarker": "m"}).encode())
    assert paginators.LIST_OBJECTS.next_tokens(page) is None
    page = op.deserialize(200, {}, json.dumps({"IsTruncated": True, "Contents": [{"Key": "k1"}, {"Key": "k2"}]}).encode())
    assert paginators.LIST_OBJECTS.next_tokens(page) == ("k2",)


# --- the README's paging example runs as written ------------------------------------------------


def readme_block(heading: str) -> str:
    """The Python example under ``### <heading>`` of the README."""
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split(f"\n### {heading}\n", 1)[1].split("\n#", 1)[0]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_readme_paging_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from .loopback_server import Received, Reply, ScriptedServer

    pages = {
        None: {"UserSummaryList": users("u1", "u2"), "NextToken": "t1"},
        "t1": {"UserSummaryList": users("u3")},
    }

    def route(request: Received) -> Reply:
        token = dict(request.query).get("nextToken")
        if request.path == "/users-summary/instance-1":
            return Reply(200, pages[token])
        if request.path == "/queues-summary/instance-1":
            queues = [{"Id": f"q{i}", "Name": f"queue {i}"} for i in range(8)]
            return Reply(200, {"QueueSummaryList": queues, "NextToken": f"{token or ''}x"})
        return Reply(404, {"message": "no route"})

    for name, value in {
        "AWS_ACCESS_KEY_ID": "AKIDREADME", "AWS_SECRET_ACCESS_KEY": "readme-secret", "AWS_REGION": "us-east-1",
        "CONNECT_INSTANCE_ID": "instance-1",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    with ScriptedServer({"AKIDREADME": "readme-secret"}, router=route) as server:

        class Local(connect.Client):
            def __init__(self, *args: Any, **options: Any) -> None:
                super().__init__(*args, endpoint_url=server.url, **options)

        monkeypatch.setattr(connect, "Client", Local)
        namespace: dict[str, Any] = {}
        exec(compile(readme_block("Paging"), "README.md", "exec"), namespace)  # noqa: S102
        received = list(server.received)
    assert capsys.readouterr().out.splitlines() == [
        "user-u1", "user-u2", "user-u3", "2 users, more to come: True", "1 users, more to come: False",
    ]
    assert [q.id for q in namespace["queues"]] == [f"q{i}" for i in range(8)] + ["q0", "q1"]
    assert [r.path for r in received].count("/queues-summary/instance-1") == 2  # ten items: two pages
    assert all(r.signature == "valid" for r in received)
    assert {dict(r.query).get("maxResults") for r in received if "users" in r.path} == {"50", None}


# --- names --------------------------------------------------------------------------------------

CLASHING = """
version: '2.0'
metadata: {apiVersion: '2024-01-01', endpointPrefix: clash, protocol: rest-json, serviceId: Clash, signatureVersion: v4}
operations:
  ListThings:
    name: ListThings
    http: {method: GET, requestUri: /things}
    input: {shape: ListThingsRequest}
    output: {shape: ListThingsResponse}
  ListThingsPages:
    name: ListThingsPages
    http: {method: GET, requestUri: /pages}
  WaitReady:
    name: WaitReady
    http: {method: GET, requestUri: /ready}
shapes:
  String: {type: string}
  Names: {type: list, member: {shape: String}}
  ListThingsRequest:
    type: structure
    members:
      NextToken: {shape: String, location: querystring, locationName: nextToken}
  ListThingsResponse:
    type: structure
    members:
      Things: {shape: Names}
      NextToken: {shape: String}
"""


def test_paging_methods_give_way_to_the_operations(generate_package: Callable[..., ModuleType], tmp_path: Path) -> None:
    (tmp_path / "paginators-1.json").write_text(json.dumps({"pagination": {"ListThings": {
        "input_token": "NextToken", "output_token": "NextToken", "result_key": "Things"}}}))
    (tmp_path / "waiters-2.json").write_text(json.dumps({"version": 2, "waiters": {"Ready": {
        "operation": "ListThings", "delay": 1, "maxAttempts": 2,
        "acceptors": [{"state": "success", "matcher": "path", "argument": "length(Things) > `0`", "expected": True}]}}}))
    package = generate_package(CLASHING, "clash")
    client = importlib_module(package, "client").Client
    for name in ("list_things", "list_things_pages", "wait_ready"):  # the operations keep their names
        assert name in vars(client)
    assert {"list_things_pages_", "list_things_items", "wait_ready_"} <= set(vars(client))
    transport = ScriptedTransport([{"Things": ["a", "b"], "NextToken": "n"}, {"Things": ["c"]}])
    instance = client("us-east-1", credentials=importlib_module(package, "client").Credentials("A", "s"), http=transport)
    assert list(instance.list_things_items(package.ListThings())) == ["a", "b", "c"]
    with pytest.raises(ValueError, match="ListThings has no page size to set"):
        instance.list_things_pages_(package.ListThings(), page_size=5)
    transport.bodies = [{"Things": []}, {"Things": ["x"]}]
    assert instance.wait_ready_(package.ListThings(), delay=0).things == ["x"]
