"""Generated Connect operations end to end against moto's Connect, in server mode.

moto's ``ThreadedMotoServer`` runs in this process on a free loopback port;
the generated client reaches it through its default urllib3 transport.  moto
routes each request to its Connect backend by the service in the SigV4
credential scope, so this also shows the signature's scope is right.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generated import connect
from generated.connect.client import Credentials, RetryConfig

moto_server = pytest.importorskip("moto.server", reason="moto[server] is in the test extra")

REGION = "us-east-1"


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def client(moto_url: str) -> Iterator[connect.Client]:
    retry = RetryConfig(max_attempts=2, sleep=lambda seconds: None)
    with connect.Client(
        REGION,
        credentials=Credentials("AKIDMOTO", "moto-secret"),
        endpoint_url=moto_url,
        retry=retry,
        timeout=(2.0, 10.0),
    ) as made:
        yield made


def test_instances_and_tags(client: connect.Client) -> None:
    created = client.create_instance(
        connect.CreateInstance(
            identity_management_type="CONNECT_MANAGED",
            inbound_calls_enabled=True,
            outbound_calls_enabled=False,
            instance_alias="chat-bindings",
            tags={"team": "support"},
        )
    )
    assert created.http_status == 200 and created.id and created.arn
    assert created.arn.startswith(f"arn:aws:connect:{REGION}:") and created.arn.endswith(created.id)

    described = client.describe_instance(connect.new_describe_instance(created.id))
    instance = described.instance
    assert instance is not None
    assert (instance.id, instance.arn, instance.instance_alias) == (created.id, created.arn, "chat-bindings")
    assert instance.identity_management_type == "CONNECT_MANAGED"
    assert instance.inbound_calls_enabled is True and instance.outbound_calls_enabled is False
    assert instance.instance_status == "ACTIVE"
    assert instance.created_time is not None and instance.created_time.tzinfo is not None

    listed = client.list_instances(connect.ListInstances(max_results=10))
    summaries = listed.instance_summary_list or []
    assert created.id in {summary.id for summary in summaries}

    client.tag_resource(connect.new_tag_resource(created.arn, {"env": "test", "owner": "bindings"}))
    tags = client.list_tags_for_resource(connect.new_list_tags_for_resource(created.arn))
    assert tags.tags == {"team": "support", "env": "test", "owner": "bindings"}

    client.untag_resource(connect.new_untag_resource(created.arn, ["owner", "team"]))
    tags = client.list_tags_for_resource(connect.new_list_tags_for_resource(created.arn))
    assert tags.tags == {"env": "test"}


def test_list_instances_pages(client: connect.Client) -> None:
    ids = {
        client.create_instance(connect.new_create_instance("CONNECT_MANAGED", False, False)).id for _ in range(3)
    }
    seen: set[str | None] = set()
    token: str | None = None
    for _page in range(50):  # bounded: moto holds only the instances these tests made
        page = client.list_instances(connect.ListInstances(max_results=2, next_token=token))
        assert len(page.instance_summary_list or []) <= 2
        seen |= {summary.id for summary in page.instance_summary_list or []}
        token = page.next_token
        if token is None:
            break
    else:
        pytest.fail("ListInstances never stopped paging")
    assert ids <= seen


def test_missing_instance_is_a_modeled_error(client: connect.Client) -> None:
    with pytest.raises(connect.ResourceNotFoundException) as caught:
        client.describe_instance(connect.new_describe_instance("00000000-0000-0000-0000-000000000000"))
    assert caught.value.http_status == 404
    assert "not found" in caught.value.message
