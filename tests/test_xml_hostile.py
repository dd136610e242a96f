"""The XML decoder and the query/ec2 deserializers against hostile and broken responses.

(a) ``_runtime/xmlwire.parse_xml`` on its own: entity expansion (billion
    laughs, quadratic blow-up), external entities and DTDs of any kind, a
    document type in another encoding, nesting deeper than ``MAX_DEPTH``, a
    body larger than ``MAX_BYTES``, and malformed documents: each is a
    ``DeserializationError``, promptly, with nothing read from disk or the
    network.  What it accepts: namespaces and prefixes dropped, text as
    written, entities and character references of XML itself.
(b) Every operation of the query and ec2 golden services: random bytes,
    hostile documents, and plausible documents built from the output and
    error shapes with wrong values mixed in, at random statuses: only
    ``DeserializationError`` and the service's errors may escape (never a
    ``KeyError``, ``ValueError``, ``RecursionError``, ...), and an error
    response never crashes its reader.
"""

from __future__ import annotations

import random
import time
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from generator import load, pipeline, write

from .conftest import ROOT, import_bindings, runtime_of, unimport_bindings
from .runtime_loader import load as load_runtime

xmlwire = load_runtime("xmlwire")
errors = load_runtime("errors")

LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
    )
    + b"]><lolz>&lol9;</lolz>"
)
HOSTILE: dict[str, bytes] = {
    "billion laughs": LAUGHS,
    "quadratic blow-up": b'<!DOCTYPE a [<!ENTITY x "' + b"x" * 100_000 + b'">]><a>' + b"&x;" * 1000 + b"</a>",
    "external entity": b'<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
    "external parameter entity": b'<!DOCTYPE a [<!ENTITY % p SYSTEM "http://169.254.169.254/">%p;]><a/>',
    "external DTD": b'<!DOCTYPE a SYSTEM "http://169.254.169.254/latest/meta-data/"><a/>',
    "empty internal subset": b"<!DOCTYPE a []><a/>",
    "DOCTYPE in UTF-16": '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'.encode("utf-16"),
    "undefined entity": b"<a>&nope;</a>",
    "unclosed element": b"<a><b></a>",
    "text only": b"not xml at all",
    "two roots": b"<a/><b/>",
    "invalid UTF-8": b"<a>\xff\xfe</a>",
    "NUL character reference": b"<a>&#0;</a>",
    "too deep": b"<a>" * (xmlwire.MAX_DEPTH + 1) + b"</a>" * (xmlwire.MAX_DEPTH + 1),
    "very deep": b"<a>" * 200_000 + b"</a>" * 200_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_parse_refuses_hostile_and_malformed_documents(name: str) -> None:
    started = time.monotonic()
    with pytest.raises(errors.DeserializationError) as info:
        xmlwire.parse_xml(200, HOSTILE[name])
    assert time.monotonic() - started < 2, f"{name}: refusing took too long"
    assert info.value.http_status == 200
    if b"DOCTYPE" in HOSTILE[name] or name.endswith("UTF-16"):
        assert "DOCTYPE" in info.value.reason


def test_parse_refuses_a_body_larger_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xmlwire, "MAX_BYTES", 1000)
    xmlwire.parse_xml(200, b"<a>" + b"x" * 900 + b"</a>")
    with pytest.raises(errors.DeserializationError, match="larger than 1000"):
        xmlwire.parse_xml(200, b"<a>" + b"x" * 1000 + b"</a>")


def test_parse_accepts_nesting_up_to_the_limit() -> None:
    depth = xmlwire.MAX_DEPTH
    root = xmlwire.parse_xml(200, b"<a>" * depth + b"x" + b"</a>" * depth)
    for _ in range(depth - 1):
        (root,) = list(root)
    assert root.text == "x"


def test_parse_drops_namespaces_and_keeps_text() -> None:
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<r:Root xmlns:r="urn:r" xmlns="urn:d"><Name>  a &amp; b &lt;c&gt; &#233;&#x1F600;\r\n</Name>'
        b"<r:Empty/><Cdata><![CDATA[<not/> &x;]]></Cdata><!-- note --><?pi data?></r:Root>"
    )
    root = xmlwire.parse_xml(200, body)
    assert root.tag == "Root"
    index = xmlwire.xml_index(root)
    assert sorted(index) == ["Cdata", "Empty", "Name"]
    assert index["Name"].text == "  a & b <c> \u00e9\U0001f600\n"
    assert index["Empty"].text is None
    assert index["Cdata"].text == "<not/> &x;"
    # namespaces are not processed: a prefix nothing declares is dropped too
    assert xmlwire.parse_xml(200, b"<x:a/>").tag == "a"


@pytest.mark.parametrize(
    ("body", "code", "message", "request_id"),
    [
        (b"<ErrorResponse><Error><Type>Sender</Type><Code>Bad</Code><Message>m</Message></Error><RequestId>q</RequestId></ErrorResponse>", "Bad", "m", "q"),
        (b"<Response><Errors><Error><Code>Bad</Code><Message>m</Message></Error></Errors><RequestID>e</RequestID></Response>", "Bad", "m", "e"),
        (b"<Error><Code>NoSuchKey</Code><Message>m</Message><RequestId>s</RequestId></Error>", "NoSuchKey", "m", "s"),
        (b"<html><body>502 Bad Gateway</body></html>", "", "", "hdr"),
        (b"", "", "", "hdr"),
        (HOSTILE["billion laughs"], "", "", "hdr"),
        (b"<ErrorResponse><Error><Code/></Error></ErrorResponse>", "", "", "hdr"),
    ],
)
def test_xml_error_responses(body: bytes, code: str, message: str, request_id: str) -> None:
    response = xmlwire.read_xml_error(500, {"X-Amzn-RequestId": "hdr"}, body)
    assert (response.code, response.message, response.request_id) == (code, message, request_id)
    assert xmlwire.error_node(response).tag in ("Error", "")


def test_scalars_are_read_strictly() -> None:
    def node(text: str | None) -> Any:
        element = xmlwire.parse_xml(200, b"<a/>")
        element.text = text
        return element

    assert xmlwire.xml_int(node(" 42 ")) == 42 and xmlwire.xml_int(node("-7")) == -7
    assert xmlwire.xml_float(node("1.5")) == 1.5 and xmlwire.xml_float(node("-Infinity")) == float("-inf")
    assert xmlwire.xml_bool(node("true")) is True and xmlwire.xml_bool(node("false")) is False
    for bad in ("", None, "1_000", "٣", "4.0", "x", "9" * 5000):
        with pytest.raises(errors.WireTypeError):
            xmlwire.xml_int(node(bad))
    for bad in ("", "nan", "inf", "1e999", "1,5"):
        with pytest.raises(errors.WireTypeError):
            xmlwire.xml_float(node(bad))
    for bad in ("", "True", "1", "yes"):
        with pytest.raises(errors.WireTypeError):
            xmlwire.xml_bool(node(bad))


# --- (b) the deserializers of the query and ec2 goldens ------------------------

GOLDENS = {"query": ROOT / "tests" / "golden" / "query_features", "ec2": ROOT / "tests" / "golden" / "ec2_features"}
EXAMPLES_PER_OPERATION = 300


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Any, dict[str, Any]]]]:
    out = tmp_path_factory.mktemp("xml-hostile") / "bindings_xml_hostile"
    jobs = [pipeline.Job(load.find_spec(folder), f"hostile_{protocol}") for protocol, folder in GOLDENS.items()]
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    found = {}
    for protocol, folder in GOLDENS.items():
        model = yaml.safe_load((folder / "service.yaml").read_text("utf-8"))
        found[protocol] = (import_bindings(out, f"hostile_{protocol}"), model)
    yield found
    unimport_bindings(out)


class PlausibleXml:
    """XML shaped like a model's shapes, with wrong values and structure mixed in."""

    BAD_TEXT = ["", "x", "-", "1e999", "nan", "true ", "2020-02-30T00:00:00Z", "&amp;", "\u00e9", "9" * 400, "==", "<![CDATA[1]]>"]

    def __init__(self, model: dict[str, Any], rng: random.Random, wrong: float) -> None:
        self.shapes = model["shapes"]
        self.rng = rng
        self.wrong = wrong

    def element(self, name: str, shape: str, depth: int = 0) -> str:
        rng = self.rng
        if rng.random() < self.wrong or depth > 8:
            return f"<{name}>{rng.choice(self.BAD_TEXT)}</{name}>" if rng.random() < 0.5 else f"<{name}><{name}/></{name}>"
        spec = self.shapes[shape]
        kind = spec["type"]
        if kind == "structure":
            inner = "".join(
                self.element(m.get("locationName", n), m["shape"], depth + 1)
                for n, m in spec.get("members", {}).items()
                if rng.random() < 0.7
            )
        elif kind == "list":
            item = spec["member"].get("locationName", "member")
            inner = "".join(self.element(item, spec["member"]["shape"], depth + 1) for _ in range(rng.randint(0, 3)))
        elif kind == "map":
            entry = lambda: "<entry>" + (self.element("key", spec["key"]["shape"], depth + 1) if rng.random() < 0.9 else "") + (  # noqa: E731
                self.element("value", spec["value"]["shape"], depth + 1) if rng.random() < 0.9 else ""
            ) + "</entry>"
            inner = "".join(entry() for _ in range(rng.randint(0, 3)))
        elif kind in ("integer", "long"):
            inner = rng.choice(["0", "-1", "2147483648", "99999999999999999999", "1.5", ""])
        elif kind in ("float", "double"):
            inner = rng.choice(["0.5", "NaN", "-Infinity", "1e308", "x"])
        elif kind == "boolean":
            inner = rng.choice(["true", "false", "TRUE", ""])
        elif kind == "timestamp":
            inner = rng.choice(["2020-01-01T00:00:00Z", "1577836800", "Tue, 29 Apr 2014 18:30:38 GMT", "9999-99-99", "1e400"])
        elif kind == "blob":
            inner = rng.choice(["AA==", "not base64", "", "="])
        else:
            inner = rng.choice(spec.get("enum", []) + ["text", "", "&lt;&amp;"])
        return f"<{name}>{inner}</{name}>"


def _document(rng: random.Random, protocol: str, model: dict[str, Any], name: str, status: int) -> bytes:
    op = model["operations"][name]
    roll = rng.random()
    if roll < 0.15:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 60)))
    if roll < 0.3:
        return rng.choice(list(HOSTILE.values()))
    plausible = PlausibleXml(model, rng, wrong=rng.choice([0.0, 0.05, 0.2, 0.5]))
    if not 200 <= status < 300:
        shapes = [e["shape"] for e in op.get("errors", [])] + list(model["shapes"])[:1]
        shape = rng.choice(shapes)
        code = rng.choice([model["shapes"][shape].get("error", {}).get("code", shape), shape, "Other", ""])
        members = plausible.element("X", shape)[3:-4] if model["shapes"][shape]["type"] == "structure" else ""
        error = f"<Error><Code>{code}</Code><Message>{rng.choice(PlausibleXml.BAD_TEXT)}</Message>{members}</Error>"
        if protocol == "ec2":
            return f"<Response><Errors>{error}</Errors><RequestID>r</RequestID></Response>".encode()
        return f"<ErrorResponse>{error}<RequestId>r</RequestId></ErrorResponse>".encode()
    output = op.get("output", {})
    inner = plausible.element("Body", output["shape"])[6:-7] if output else ""
    wrapper = output.get("resultWrapper")
    if wrapper and rng.random() < 0.9:
        inner = f"<{wrapper}>{inner}</{wrapper}>"
    return f'<{name}Response xmlns="urn:x">{inner}</{name}Response>'.encode()


@pytest.mark.parametrize("protocol", sorted(GOLDENS))
def test_deserialize_raises_only_documented_errors(packages: dict[str, tuple[Any, dict[str, Any]]], protocol: str) -> None:
    package, model = packages[protocol]
    runtime = runtime_of(package, "errors")
    allowed = (runtime.DeserializationError, runtime.ServiceError)
    failures: list[str] = []
    outcomes: dict[str, int] = {"ok": 0, "DeserializationError": 0, "ServiceError": 0}
    for name in package.OPERATIONS:
        op = package.OPERATIONS[name]
        rng = random.Random(zlib.crc32(f"{protocol}.{name}".encode()))
        for example in range(EXAMPLES_PER_OPERATION):
            status = rng.choice([200, 200, 200, 400, 404, 409, 500, 503])
            body = _document(rng, protocol, model, name, status)
            try:
                result = op.deserialize(status, {"x-amzn-RequestId": "h"}, body)
            except allowed as exc:
                outcomes["ServiceError" if isinstance(exc, runtime.ServiceError) else "DeserializationError"] += 1
                continue
            except BaseException as exc:  # noqa: BLE001 - anything else is the finding
                failures.append(f"{name} example {example}: {type(exc).__name__}: {str(exc)[:200]}\n    {body[:300]!r}")
                if len(failures) >= 20:
                    break
                continue
            assert 200 <= status < 300 and isinstance(result, op.output), (name, status)
            outcomes["ok"] += 1
    assert not failures, f"{len(failures)} undocumented exception(s) escaped deserialize:\n" + "\n".join(failures)
    # the corpus reaches every outcome (so it is not all refused at the door)
    assert all(outcomes.values()), outcomes
