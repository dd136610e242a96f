"""awsJson and query clients end to end against moto, in server mode.

STS and SNS (query), DynamoDB and SQS (awsJson; SQS query-compatible),
generated from botocore's newest models into a temporary folder, call
moto's ``ThreadedMotoServer`` through their generated ``Client`` (signed,
over the default urllib3 transport): requests moto understands, responses
and modeled errors read back.
"""

from __future__ import annotations

import gzip
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from generator import pipeline, write

from .conftest import import_bindings, newest_botocore_model, runtime_of, unimport_bindings

moto_server = pytest.importorskip("moto.server", reason="moto[server] is in the test extra")

REGION = "us-east-1"
SERVICES = ("sts", "sns", "dynamodb", "sqs")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    work = tmp_path_factory.mktemp("moto-protocols")
    out = work / "bindings_moto"
    jobs = []
    for service in SERVICES:
        path = newest_botocore_model(service)
        assert path is not None
        spec = work / "specs" / service / "service-2.json"
        spec.parent.mkdir(parents=True)
        spec.write_bytes(gzip.decompress(path.read_bytes()))
        jobs.append(pipeline.Job(spec, service))
    write.commit(pipeline.run(jobs, out, jobs_parallel=1, format=False))
    import_bindings(out)
    yield {s: importlib.import_module(f"{out.name}.{s}") for s in SERVICES}
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


def client(packages: dict[str, ModuleType], service: str, moto_url: str) -> Any:
    package = packages[service]
    client_module = importlib.import_module(f"{package.__name__}.client")
    return client_module.Client(
        REGION,
        credentials=client_module.Credentials("AKIDMOTO", "moto-secret"),
        endpoint_url=moto_url,
        retry=client_module.RetryConfig(max_attempts=2, sleep=lambda seconds: None),
        timeout=(2.0, 10.0),
    )


def test_sts_query(packages: dict[str, ModuleType], moto_url: str) -> None:
    sts = packages["sts"]
    with client(packages, "sts", moto_url) as c:
        identity = c.get_caller_identity(sts.GetCallerIdentity())
        assert identity.http_status == 200 and identity.account and identity.arn
        assumed = c.assume_role(sts.new_assume_role("arn:aws:iam::123456789012:role/bindings", "session one"))
        credentials = assumed.credentials
        assert credentials is not None and credentials.access_key_id and credentials.session_token
        assert credentials.expiration.tzinfo is not None
        assert assumed.assumed_role_user is not None
        assert assumed.assumed_role_user.arn.endswith("/bindings/session one")


def test_sns_query_lists_maps_and_errors(packages: dict[str, ModuleType], moto_url: str) -> None:
    sns = packages["sns"]
    with client(packages, "sns", moto_url) as c:
        topic = c.create_topic(
            sns.CreateTopic(name="bindings", attributes={"DisplayName": "Bindings & co"}, tags=[sns.new_tag("team", "sdk")])
        )
        assert topic.topic_arn and topic.topic_arn.endswith(":bindings")
        attributes = c.get_topic_attributes(sns.new_get_topic_attributes(topic.topic_arn)).attributes
        assert attributes is not None and attributes["DisplayName"] == "Bindings & co"
        tags = c.list_tags_for_resource(sns.new_list_tags_for_resource(topic.topic_arn)).tags
        assert [(t.key, t.value) for t in tags or []] == [("team", "sdk")]
        kind = sns.MessageAttributeValue(data_type="String", string_value="greeting")
        published = c.publish(sns.Publish(topic_arn=topic.topic_arn, message="hello", message_attributes={"kind": kind}))
        assert published.message_id
        arns = {t.topic_arn for t in c.list_topics(sns.ListTopics()).topics or []}
        assert topic.topic_arn in arns
        with pytest.raises(runtime_of(sns, "errors").ServiceError) as caught:
            c.get_topic_attributes(sns.new_get_topic_attributes("arn:aws:sns:us-east-1:123456789012:missing"))
        assert caught.value.code == "NotFound" and isinstance(caught.value, sns.NotFoundException)
        assert caught.value.http_status == 404


def test_dynamodb_json(packages: dict[str, ModuleType], moto_url: str) -> None:
    ddb = packages["dynamodb"]
    with client(packages, "dynamodb", moto_url) as c:
        c.create_table(
            ddb.CreateTable.from_dict(
                {
                    "TableName": "orders",
                    "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                    "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                    "BillingMode": "PAY_PER_REQUEST",
                }
            )
        )
        item = {"pk": {"S": "order-1"}, "total": {"N": "12.5"}, "lines": {"L": [{"M": {"sku": {"S": "a"}}}]}, "paid": {"BOOL": True}}
        c.put_item(ddb.PutItem.from_dict({"TableName": "orders", "Item": item}))
        got = c.get_item(ddb.GetItem.from_dict({"TableName": "orders", "Key": {"pk": {"S": "order-1"}}}))
        assert got.to_dict()["Item"] == item
        with pytest.raises(ddb.ResourceNotFoundException) as caught:
            c.get_item(ddb.GetItem.from_dict({"TableName": "missing", "Key": {"pk": {"S": "x"}}}))
        assert caught.value.code == "ResourceNotFoundException" and caught.value.http_status == 400


def test_sqs_query_compatible_json(packages: dict[str, ModuleType], moto_url: str) -> None:
    sqs = packages["sqs"]
    with client(packages, "sqs", moto_url) as c:
        url = c.create_queue(sqs.CreateQueue(queue_name="bindings", attributes={"VisibilityTimeout": "5"})).queue_url
        assert url and url.endswith("/bindings")
        c.send_message(
            sqs.SendMessage(
                queue_url=url,
                message_body='{"n": 1} & <tags>',
                message_attributes={"kind": sqs.MessageAttributeValue(data_type="String", string_value="test")},
            )
        )
        received = c.receive_message(
            sqs.ReceiveMessage(queue_url=url, max_number_of_messages=10, message_attribute_names=["All"])
        )
        (message,) = received.messages or []
        assert message.body == '{"n": 1} & <tags>'
        assert message.message_attributes is not None and message.message_attributes["kind"].string_value == "test"
        with pytest.raises(sqs.QueueDoesNotExist) as caught:
            c.get_queue_url(sqs.GetQueueUrl(queue_name="missing"))
        assert caught.value.http_status == 400


def test_every_package_speaks_its_protocol(packages: dict[str, ModuleType]) -> None:
    expected = {"sts": "query", "sns": "query", "dynamodb": "awsjson", "sqs": "awsjson"}
    for service, runtime in expected.items():
        package = packages[service]
        name = next(iter(package.OPERATIONS))
        assert package.OPERATIONS[name]._serialize.__globals__["_rt"].__name__.endswith("._runtime." + runtime)
