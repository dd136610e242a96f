"""Benchmarks of the awsJson, query and ec2 bindings against botocore (rows of bench.py).

DynamoDB, SQS and EC2 are generated from the installed botocore's newest
models into a temporary folder (the time EC2 takes is a row of its own),
then timed against botocore's serializer and parser for the same
operations, in interleaved rounds, keeping each one's fastest round:

* DynamoDB PutItem serialize and GetItem parse (awsJson 1.0);
* SQS ReceiveMessage parse, 10 messages (awsJson 1.0, query-compatible);
* EC2 DescribeInstances parse, 100 instances (ec2: XML).

And for EC2, the scale case: regenerating it (from an empty folder, and
with nothing changed), importing one operation in a fresh interpreter, and
the resident memory of a process that imports every module of the package.
"""

from __future__ import annotations

import gzip
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import botocore.model
import botocore.parsers
import botocore.serialize

ROOT = Path(__file__).resolve().parent.parent
BOTOCORE_DATA = Path(botocore.__file__).resolve().parent / "data"
SERVICES = ("dynamodb", "sqs", "ec2")

Row = Callable[..., None]


def newest_model(service: str) -> Path:
    versions = sorted(p for p in (BOTOCORE_DATA / service).iterdir() if (p / "service-2.json.gz").is_file())
    return versions[-1] / "service-2.json.gz"


@contextmanager
def generated(work: Path) -> Iterator[dict[str, Any]]:
    """The three services generated into ``work/bindings_bench`` and imported."""
    from generator import pipeline, write

    jobs = []
    for service in SERVICES:
        spec = work / "specs" / service / "service-2.json"
        spec.parent.mkdir(parents=True)
        spec.write_bytes(gzip.decompress(newest_model(service).read_bytes()))
        jobs.append(pipeline.Job(spec, service))
    out = work / "bindings_bench"
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    sys.path.insert(0, str(work))
    try:
        yield {s: importlib.import_module(f"bindings_bench.{s}") for s in SERVICES} | {
            "runtime": importlib.import_module("bindings_bench._runtime.awsjson")
        }
    finally:
        sys.path.remove(str(work))


def fastest_us(fns: list[Callable[[], object]], modes: list[Callable[[], object]], number: int, repeat: int) -> list[float]:
    """µs per call of each function, the fastest of ``repeat`` interleaved
    rounds; ``modes[i]()`` runs before ``fns[i]`` is timed (a JSON backend)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, mode, spent in zip(fns, modes, times):
            mode()
            spent.append(timeit.timeit(fn, number=number))
    return [min(spent) / number * 1e6 for spent in times]


# --- payloads -------------------------------------------------------------------

PUT_ITEM: dict[str, Any] = {
    "TableName": "Orders",
    "Item": {
        "pk": {"S": "CUSTOMER#0042"},
        "sk": {"S": "ORDER#2024-05-01#0007"},
        "total": {"N": "129.95"},
        "items": {"L": [{"M": {"sku": {"S": f"SKU-{i}"}, "qty": {"N": str(i + 1)}}} for i in range(3)]},
        "tags": {"SS": ["gift", "express"]},
        "shipped": {"BOOL": False},
        "address": {"M": {"street": {"S": "1 Main St"}, "city": {"S": "Springfield"}, "zip": {"S": "12345"}}},
        "note": {"NULL": True},
    },
    "ConditionExpression": "attribute_not_exists(pk) AND #s <> :cancelled",
    "ExpressionAttributeNames": {"#s": "status"},
    "ExpressionAttributeValues": {":cancelled": {"S": "CANCELLED"}},
    "ReturnValues": "NONE",
    "ReturnConsumedCapacity": "TOTAL",
}

GET_ITEM_RESPONSE = json.dumps(
    {
        "Item": PUT_ITEM["Item"] | {"status": {"S": "PAID"}, "created": {"N": "1714550400"}},
        "ConsumedCapacity": {"TableName": "Orders", "CapacityUnits": 0.5},
    }
).encode()

RECEIVE_MESSAGE_RESPONSE = json.dumps(
    {
        "Messages": [
            {
                "MessageId": f"5fea7756-0ea4-451a-a703-a558b933e27{i}",
                "ReceiptHandle": "MbZj6wDWli+JvwwJaBV+3dcjk2YW2vA3+STFFljTM8tJJg6HRG6PYSasuWXPJB+Cw" * 3,
                "MD5OfBody": "fafb00f5732ab283681e124bf8747ed1",
                "Body": '{"order": %d, "event": "created", "items": [1, 2, 3], "note": "%s"}' % (i, "x" * 120),
                "Attributes": {
                    "SenderId": "AIDASSYFHUBOBT7F4XT75",
                    "ApproximateFirstReceiveTimestamp": "1677112433437",
                    "ApproximateReceiveCount": "1",
                    "SentTimestamp": "1677112427387",
                },
                "MD5OfMessageAttributes": "d25a6aea97eb8f585bfa92d314504a92",
                "MessageAttributes": {
                    "tenant": {"StringValue": "acme", "DataType": "String"},
                    "priority": {"StringValue": "5", "DataType": "Number"},
                },
            }
            for i in range(10)
        ]
    }
).encode()


def _instance(i: int) -> str:
    tags = "".join(f"<item><key>k{j}</key><value>value {j} of {i}</value></item>" for j in range(3))
    return f"""<item>
  <instanceId>i-0123456789abc{i:04d}</instanceId><imageId>ami-0abcdef1234567890</imageId>
  <instanceState><code>16</code><name>running</name></instanceState>
  <privateDnsName>ip-10-0-{i // 250}-{i % 250}.ec2.internal</privateDnsName><dnsName>ec2-54-0-0-{i % 250}.compute-1.amazonaws.com</dnsName>
  <reason/><keyName>ops-key</keyName><amiLaunchIndex>0</amiLaunchIndex><productCodes/>
  <instanceType>m5.large</instanceType><launchTime>2024-04-29T18:30:38.000Z</launchTime>
  <placement><availabilityZone>us-east-1a</availabilityZone><groupName/><tenancy>default</tenancy></placement>
  <monitoring><state>disabled</state></monitoring><subnetId>subnet-0a1b2c3d</subnetId><vpcId>vpc-1a2b3c4d</vpcId>
  <privateIpAddress>10.0.{i // 250}.{i % 250}</privateIpAddress><ipAddress>54.0.0.{i % 250}</ipAddress>
  <sourceDestCheck>true</sourceDestCheck>
  <groupSet><item><groupId>sg-0a1b2c3d</groupId><groupName>web</groupName></item></groupSet>
  <architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName>
  <blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-0123456789abc{i:04d}</volumeId>
    <status>attached</status><attachTime>2024-04-29T18:30:39.000Z</attachTime><deleteOnTermination>true</deleteOnTermination>
  </ebs></item></blockDeviceMapping>
  <virtualizationType>hvm</virtualizationType><clientToken/><tagSet>{tags}</tagSet><hypervisor>xen</hypervisor>
  <networkInterfaceSet><item><networkInterfaceId>eni-0123456789abc{i:04d}</networkInterfaceId><subnetId>subnet-0a1b2c3d</subnetId>
    <vpcId>vpc-1a2b3c4d</vpcId><description/><ownerId>123456789012</ownerId><status>in-use</status>
    <macAddress>0a:1b:2c:3d:4e:{i % 100:02d}</macAddress><privateIpAddress>10.0.{i // 250}.{i % 250}</privateIpAddress>
    <sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-0a1b2c3d</groupId><groupName>web</groupName></item></groupSet>
    <attachment><attachmentId>eni-attach-0a1b{i:04d}</attachmentId><deviceIndex>0</deviceIndex><status>attached</status>
      <attachTime>2024-04-29T18:30:38.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></attachment>
    <privateIpAddressesSet><item><privateIpAddress>10.0.{i // 250}.{i % 250}</privateIpAddress><primary>true</primary></item></privateIpAddressesSet>
    <ipv6AddressesSet/><interfaceType>interface</interfaceType></item></networkInterfaceSet>
  <ebsOptimized>false</ebsOptimized><enaSupport>true</enaSupport>
  <cpuOptions><coreCount>1</coreCount><threadsPerCore>2</threadsPerCore></cpuOptions>
  <capacityReservationSpecification><capacityReservationPreference>open</capacityReservationPreference></capacityReservationSpecification>
  <hibernationOptions><configured>false</configured></hibernationOptions>
  <metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit>
    <httpEndpoint>enabled</httpEndpoint><httpProtocolIpv6>disabled</httpProtocolIpv6><instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions>
  <enclaveOptions><enabled>false</enabled></enclaveOptions><bootMode>uefi-preferred</bootMode>
  <platformDetails>Linux/UNIX</platformDetails><usageOperation>RunInstances</usageOperation>
  <usageOperationUpdateTime>2024-04-29T18:30:38.000Z</usageOperationUpdateTime>
  <privateDnsNameOptions><hostnameType>ip-name</hostnameType><enableResourceNameDnsARecord>false</enableResourceNameDnsARecord>
    <enableResourceNameDnsAAAARecord>false</enableResourceNameDnsAAAARecord></privateDnsNameOptions>
  <maintenanceOptions><autoRecovery>default</autoRecovery></maintenanceOptions><currentInstanceBootMode>legacy-bios</currentInstanceBootMode>
</item>"""


def describe_instances_body(count: int) -> bytes:
    reservations = "".join(
        f"<item><reservationId>r-0123456789abc{r:04d}</reservationId><ownerId>123456789012</ownerId><groupSet/>"
        f"<instancesSet>{''.join(_instance(r * 10 + i) for i in range(10))}</instancesSet></item>"
        for r in range(count // 10)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
        f"<requestId>8f7724cf-496f-496e-8fe3-example</requestId><reservationSet>{reservations}</reservationSet>"
        "</DescribeInstancesResponse>"
    ).encode()


# --- the rows -----------------------------------------------------------------------


def _model(service: str) -> botocore.model.ServiceModel:
    return botocore.model.ServiceModel(json.loads(gzip.decompress(newest_model(service).read_bytes())), service)


def bench_wire(row: Row, n: int, r: int) -> None:
    """Serialize and parse rows against botocore, stdlib JSON and orjson."""
    work = Path(tempfile.mkdtemp(prefix="bench-protocols-"))
    try:
        with generated(work) as pkgs:
            _wire_rows(row, pkgs, n, r)
    finally:
        for name in [m for m in sys.modules if m.startswith("bindings_bench")]:
            del sys.modules[name]
        shutil.rmtree(work, ignore_errors=True)


def _wire_rows(row: Row, pkgs: dict[str, Any], n: int, r: int) -> None:
    rt = pkgs["runtime"]
    have_orjson = rt.use_orjson(True)
    stdlib, fast = (lambda: rt.use_orjson(False)), (lambda: rt.use_orjson(True))
    dynamodb, sqs, ec2 = _model("dynamodb"), _model("sqs"), _model("ec2")

    put = pkgs["dynamodb"].OPERATIONS["PutItem"]
    put_model = dynamodb.operation_model("PutItem")
    request = put.input.from_dict(PUT_ITEM)
    serializer = botocore.serialize.create_serializer("json", include_validation=False)
    assert json.loads(put.serialize(request).body) == json.loads(serializer.serialize_to_request(PUT_ITEM, put_model)["body"])
    ours_std, theirs, ours_fast = fastest_us(
        [lambda: put.serialize(request, validate=False), lambda: serializer.serialize_to_request(PUT_ITEM, put_model),
         lambda: put.serialize(request, validate=False)],
        [stdlib, stdlib, fast],
        n,
        r,
    )
    row("serialize DynamoDB PutItem, no validation (stdlib)", ours_std, "botocore", theirs, "≥ 3x")
    if have_orjson:
        row("serialize DynamoDB PutItem, no validation (orjson)", ours_fast, "botocore", theirs, "≥ 3x")

    parser = botocore.parsers.create_parser("json")
    cases = [
        ("DynamoDB GetItem", pkgs["dynamodb"].OPERATIONS["GetItem"], dynamodb, GET_ITEM_RESPONSE, n),
        ("SQS ReceiveMessage, 10 messages", pkgs["sqs"].OPERATIONS["ReceiveMessage"], sqs, RECEIVE_MESSAGE_RESPONSE, max(1, n // 10)),
    ]
    headers = {"x-amzn-RequestId": "req", "Content-Type": "application/x-amz-json-1.0"}
    for what, op, model, body, count in cases:
        shape = model.operation_model(op.name).output_shape
        response = {"status_code": 200, "headers": {k.lower(): v for k, v in headers.items()}, "body": body}
        assert op.deserialize(200, headers, body).to_dict()["ResponseMetadata"]["HTTPStatusCode"] == 200
        ours_std, theirs, ours_fast = fastest_us(
            [lambda: op.deserialize(200, headers, body), lambda: parser.parse(response, shape),
             lambda: op.deserialize(200, headers, body)],
            [stdlib, stdlib, fast],
            count,
            r,
        )
        row(f"parse {what} (stdlib)", ours_std, "botocore", theirs, "≥ 3x")
        if have_orjson:
            row(f"parse {what} (orjson)", ours_fast, "botocore", theirs, "≥ 3x")
    rt.use_orjson(True)

    describe = pkgs["ec2"].OPERATIONS["DescribeInstances"]
    body = describe_instances_body(100)
    parsed = describe.deserialize(200, {}, body)
    assert sum(len(res.instances or []) for res in parsed.reservations or []) == 100
    ec2_parser = botocore.parsers.create_parser("ec2")
    shape = ec2.operation_model("DescribeInstances").output_shape
    response = {"status_code": 200, "headers": {}, "body": body}
    ours, theirs = fastest_us(
        [lambda: describe.deserialize(200, {}, body), lambda: ec2_parser.parse(response, shape)],
        [stdlib, stdlib],
        max(1, n // 1000),
        r,
    )
    row("parse EC2 DescribeInstances, 100 instances (XML)", ours, "botocore", theirs, "≥ 3x")


def resident_mib(code: str) -> float:
    """Resident memory (MiB) of a new interpreter after running ``code``.

    Read from ``/proc/self/status`` (``VmRSS``): ``ru_maxrss`` of a child
    can start from its parent's size (it is inherited across the fork), so
    it says more about the benchmark process than about ``code``.
    """
    probe = code + (
        "\nimport resource\n"
        "try:\n"
        "    rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS:'))\n"
        "except OSError:\n"
        "    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(rss)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True, capture_output=True, text=True)
    return int(result.stdout.split()[-1]) / 1024


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def bench_ec2(rows: list[tuple[str, str, str, str, str]], fresh: Callable[..., list[float]], runs: int) -> None:
    """EC2 at scale: regeneration, the import of one operation, and memory."""
    work = Path(tempfile.mkdtemp(prefix="bench-ec2-"))
    try:
        spec = work / "specs" / "ec2" / "service-2.json"
        spec.parent.mkdir(parents=True)
        spec.write_bytes(gzip.decompress(newest_model("ec2").read_bytes()))
        operations = len(json.loads(spec.read_text())["operations"])
        out = work / "bindings_ec2"
        gen = [sys.executable, "-m", "generator", "generate", "--no-progress", str(spec), "--out", str(out)]
        empty = _timed(gen)
        unchanged = _timed(gen)
        rows.append((f"regenerate EC2 ({operations} operations) from an empty folder (s)", f"{empty:.2f}", "", "", "reported"))
        rows.append(("regenerate EC2, nothing changed (s)", f"{unchanged:.2f}", "target 1 s", f"{1 / unchanged:.1f}x", "< 1 s"))
        prefix = f"import sys; sys.path.insert(0, {str(work)!r});"
        one = prefix + "from bindings_ec2.ec2.operations.describe_instances import OPERATION"
        boto_ec2 = "import boto3; boto3.client('ec2', region_name='us-east-1')"
        bare, ours, boto = fresh([prefix, one, boto_ec2], runs)
        base = fresh(["pass"], runs)[0]
        rows.append(
            (
                "fresh interpreter: import EC2 DescribeInstances (ms, minus bare startup)",
                f"{ours - bare:,.1f}",
                f"import boto3 + ec2 client {boto - base:,.1f}",
                f"{(boto - base) / (ours - bare):.1f}x",
                "reported",
            )
        )
        everything = prefix + (
            "import bindings_ec2.ec2 as p\n"
            "for n in p.OPERATIONS: p.OPERATIONS[n]\n"
            "for n in dir(p): getattr(p, n)\n"
        )
        rows.append(
            (
                "resident memory after importing all of EC2 (MiB)",
                f"{resident_mib(everything):.0f}",
                f"bare interpreter {resident_mib('pass'):.0f}; boto3 + ec2 client {resident_mib(boto_ec2):.0f}",
                "",
                "reported",
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
