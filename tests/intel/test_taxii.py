"""TAXII 2.1 push and pull against a real medallion server (tests/taxii_server.py), no mocks:
round trips, pagination, added_after, versions, and the one-line errors a user meets (bad
credentials, read-only user or collection, unknown collection, server down or silent, not a TAXII
server, malformed bundle), through the library and through `distillguard intel push|pull`."""

import datetime as dt
import http.server
import json
import socket
import threading
import time

import pytest
import stix2
from cli_runner import run_cli
from taxii_server import FEED_OBJECTS

from distillguard.errors import DistillguardError
from distillguard.intel.taxii import InvalidBundle, check_bundle, parse_timestamp, pull_bundle, push_bundle


def campaign_bundle(ip: str = "203.0.113.5") -> dict:
    """An indicator, the campaign it indicates and their relationship, as a bundle dict."""
    indicator = stix2.Indicator(name=f"distillation proxy {ip}", pattern=f"[ipv4-addr:value = '{ip}']",
                                pattern_type="stix", valid_from="2026-05-01T00:00:00Z")
    campaign = stix2.Campaign(name=f"distillation campaign via {ip}", description="bulk capability extraction")
    relationship = stix2.Relationship(indicator, "indicates", campaign)
    return json.loads(stix2.Bundle(indicator, campaign, relationship).serialize())


def indicators_bundle(n: int) -> dict:
    objects = [stix2.Indicator(name=f"proxy {i}", pattern=f"[ipv4-addr:value = '198.51.100.{i}']",
                               pattern_type="stix", valid_from="2026-05-01T00:00:00Z") for i in range(n)]
    return json.loads(stix2.Bundle(objects=objects).serialize())


def ids(bundle: dict) -> set[str]:
    return {o["id"] for o in bundle["objects"]}


def versions(bundle: dict) -> set[tuple[str, str | None]]:
    return {(o["id"], o.get("modified")) for o in bundle["objects"]}


@pytest.fixture
def writer(taxii_server) -> dict:
    return {"user": "writer", "password": taxii_server.users["writer"]}


@pytest.fixture
def reader(taxii_server) -> dict:
    return {"user": "reader", "password": taxii_server.users["reader"]}


# ---------------------------------------------------------------------------------------------
# The library

def test_push_then_pull_gives_the_same_objects(taxii_server, writer):
    bundle = campaign_bundle()
    status = push_bundle(bundle, taxii_server.url, taxii_server.rw_collection, **writer)
    assert (status["status"], status["total_count"], status["success_count"], status["failure_count"],
            status["pending_count"]) == ("complete", 3, 3, 0, 0)
    assert status["collection"] == {"id": taxii_server.rw_collection, "title": "distillguard-shared"}

    pulled = pull_bundle(taxii_server.url, "distillguard-shared", **writer)  # (by title this time)
    assert pulled["type"] == "bundle" and pulled["id"].startswith("bundle--")
    mine = {o["id"]: o for o in pulled["objects"] if o["id"] in ids(bundle)}
    assert mine == {o["id"]: o for o in bundle["objects"]}
    check_bundle(pulled)  # a valid STIX 2.1 bundle again
    assert len(pulled["objects"]) == len(versions(pulled))  # no (id, modified) twice


def test_pull_follows_every_page_and_push_splits_large_bundles(taxii_server, writer):
    bundle = indicators_bundle(30)
    assert len(json.dumps(bundle)) > taxii_server.max_content_length
    status = push_bundle(bundle, taxii_server.url, taxii_server.rw_collection, **writer)
    assert status["success_count"] == 30 and status["failure_count"] == 0
    assert status["requests"] >= 2  # one envelope would exceed the API root's max_content_length

    pulled = pull_bundle(taxii_server.url, taxii_server.rw_collection, **writer)
    assert ids(bundle) <= ids(pulled)
    assert len(pulled["objects"]) > 7 * taxii_server.page_size


def test_added_after_keeps_only_later_objects(taxii_server, writer):
    first, second = campaign_bundle("203.0.113.10"), campaign_bundle("203.0.113.11")
    push_bundle(first, taxii_server.url, taxii_server.rw_collection, **writer)
    between = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.01)
    push_bundle(second, taxii_server.url, taxii_server.rw_collection, **writer)

    later = pull_bundle(taxii_server.url, taxii_server.rw_collection, added_after=between, **writer)
    assert ids(second) <= ids(later) and not ids(first) & ids(later)
    # a string in another offset means the same instant
    as_text = between.astimezone(dt.timezone(dt.timedelta(hours=2))).isoformat()
    assert ids(pull_bundle(taxii_server.url, taxii_server.rw_collection, added_after=as_text, **writer)) == ids(later)
    future = pull_bundle(taxii_server.url, taxii_server.rw_collection, added_after="2999-01-01", **writer)
    assert future["objects"] == []


def test_latest_version_by_default_every_version_on_request(taxii_server, writer):
    indicator = stix2.Indicator(name="v1", pattern="[ipv4-addr:value = '203.0.113.20']", pattern_type="stix",
                                valid_from="2026-05-01T00:00:00Z")
    newer = indicator.new_version(name="v2", modified=indicator.modified + dt.timedelta(seconds=1))
    for version in (indicator, newer):
        push_bundle(json.loads(stix2.Bundle(version).serialize()), taxii_server.url, taxii_server.rw_collection,
                    **writer)
    latest = [o for o in pull_bundle(taxii_server.url, taxii_server.rw_collection, **writer)["objects"]
              if o["id"] == indicator.id]
    assert [o["name"] for o in latest] == ["v2"]
    every = pull_bundle(taxii_server.url, taxii_server.rw_collection, all_versions=True, **writer)
    assert sorted(o["name"] for o in every["objects"] if o["id"] == indicator.id) == ["v1", "v2"]


def test_pushing_the_same_objects_again_is_reported_not_duplicated(taxii_server, writer):
    bundle = campaign_bundle("203.0.113.30")
    push_bundle(bundle, taxii_server.url, taxii_server.rw_collection, **writer)
    again = push_bundle(bundle, taxii_server.url, taxii_server.rw_collection, **writer)
    assert again["failure_count"] == 3 and {f["id"] for f in again["failures"]} == ids(bundle)
    pulled = pull_bundle(taxii_server.url, taxii_server.rw_collection, **writer)
    assert sum(o["id"] in ids(bundle) for o in pulled["objects"]) == 3


def test_discovery_url_uses_the_default_api_root(taxii_server, reader):
    pulled = pull_bundle(taxii_server.discovery_url, "peer-feed", **reader)
    assert pulled["objects"] == FEED_OBJECTS


def test_collection_title_matches_ignoring_case(taxii_server, reader):
    assert pull_bundle(taxii_server.url, "PEER-FEED", **reader)["objects"] == FEED_OBJECTS


def test_wrong_password_is_a_clear_error(taxii_server):
    with pytest.raises(DistillguardError, match=r"refused the credentials of user 'writer' \(HTTP 401") as err:
        push_bundle(campaign_bundle(), taxii_server.url, taxii_server.rw_collection, user="writer",
                    password="not-the-password")
    assert "not-the-password" not in str(err.value)
    with pytest.raises(DistillguardError, match=r"requires credentials \(HTTP 401\)"):
        pull_bundle(taxii_server.url, taxii_server.rw_collection)


def test_read_only_user_cannot_push(taxii_server, reader, writer):
    bundle = campaign_bundle("203.0.113.40")
    with pytest.raises(DistillguardError, match=r"forbidden \(HTTP 403\) to user 'reader' while adding 3 objects "
                                                r"to collection 'distillguard-shared'") as err:
        push_bundle(bundle, taxii_server.url, taxii_server.rw_collection, **reader)
    assert reader["password"] not in str(err.value)
    assert not ids(bundle) & ids(pull_bundle(taxii_server.url, taxii_server.rw_collection, **writer))


def test_collections_that_cannot_be_written_or_read(taxii_server, writer):
    with pytest.raises(DistillguardError, match=r"collection 'peer-feed' \(.*\) cannot be written"):
        push_bundle(campaign_bundle(), taxii_server.url, "peer-feed", **writer)
    with pytest.raises(DistillguardError, match=r"collection 'drop-box' \(.*\) cannot be read"):
        pull_bundle(taxii_server.url, taxii_server.wo_collection, **writer)


def test_unknown_collection_lists_the_available_ones(taxii_server, writer):
    with pytest.raises(DistillguardError, match="no collection 'nope'") as err:
        pull_bundle(taxii_server.url, "nope", **writer)
    message = str(err.value)
    for id_, title in ((taxii_server.rw_collection, "distillguard-shared"), (taxii_server.ro_collection, "peer-feed"),
                       (taxii_server.wo_collection, "drop-box")):
        assert id_ in message and title in message
    assert "read only" in message and "\n" not in message


def test_server_down_is_a_quick_clear_error(taxii_down_url, taxii_server):
    started = time.monotonic()
    with pytest.raises(DistillguardError, match=r"cannot reach the TAXII server at .* \(connection refused\)"):
        pull_bundle(taxii_down_url, "anything", user="writer", password=taxii_server.users["writer"])
    assert time.monotonic() - started < 5


def test_silent_server_times_out():
    with socket.socket() as listener:  # accepts connections (the kernel's backlog) and never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/api1/"
        started = time.monotonic()
        with pytest.raises(DistillguardError, match=r"did not answer within 0.3 s"):
            pull_bundle(url, "anything", timeout=0.3)
        assert time.monotonic() - started < 5


@pytest.fixture
def web_page_url():
    """A real HTTP server that is not a TAXII server: every GET is an HTML page."""
    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<html><body>hello</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api1/"
    server.shutdown()
    server.server_close()


def test_a_server_that_is_not_taxii_is_a_clear_error(web_page_url):
    with pytest.raises(DistillguardError, match=r"did not answer as a TAXII 2.1 server \(Content-Type text/html\)"):
        pull_bundle(web_page_url, "anything")


def test_invalid_bundles_are_refused_before_anything_is_sent(taxii_down_url):
    good = campaign_bundle()
    bad_pattern = json.loads(json.dumps(good))
    bad_pattern["objects"][0]["pattern"] = "[ipv4-addr:value = "
    no_id = json.loads(json.dumps(good))
    del no_id["objects"][1]["id"]  # (stix2 would make one up, a new one on every parse)
    no_created = json.loads(json.dumps(good))
    del no_created["objects"][1]["created"]
    stix20 = json.loads(stix2.v20.Bundle(stix2.v20.Campaign(name="old")).serialize())
    for bad in (bad_pattern, no_id, no_created, stix20, {"type": "campaign"}, ["not", "a", "bundle"]):
        with pytest.raises(InvalidBundle):  # not a connection error: the server was never asked
            push_bundle(bad, taxii_down_url, "anything")


def test_an_empty_bundle_sends_nothing(taxii_server, writer):
    empty = {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d"}
    status = push_bundle(empty, taxii_server.url, taxii_server.rw_collection, **writer)
    assert (status["requests"], status["total_count"], status["status"]) == (0, 0, "complete")


def test_timestamps():
    assert parse_timestamp("2026-05-01") == dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
    assert parse_timestamp("2026-05-01T02:00:00+02:00") == dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
    with pytest.raises(DistillguardError, match="not a timestamp"):
        parse_timestamp("yesterday")


# ---------------------------------------------------------------------------------------------
# The CLI

@pytest.fixture
def cli_env(monkeypatch, taxii_server):
    """The writer's credentials in the environment, as a user would set them."""
    monkeypatch.setenv("DISTILLGUARD_TAXII_USER", "writer")
    monkeypatch.setenv("DISTILLGUARD_TAXII_PASSWORD", taxii_server.users["writer"])
    return taxii_server.users["writer"]


def write_bundle(path, bundle) -> str:
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return str(path)


def test_cli_push_then_pull(taxii_server, cli_env, tmp_path):
    bundle = campaign_bundle("203.0.113.50")
    code, out, err = run_cli("intel", "push", write_bundle(tmp_path / "campaigns.json", bundle),
                             "--taxii", taxii_server.url, "--collection", taxii_server.rw_collection)
    assert (code, err) == (0, "")
    assert "pushed 3 objects to collection 'distillguard-shared'" in out
    assert "3 succeeded, 0 failed, 0 pending" in out

    code, out, err = run_cli("intel", "pull", "--taxii", taxii_server.url, "--collection", "distillguard-shared",
                             "--out", str(tmp_path / "pulled.json"))
    assert (code, err) == (0, "")
    pulled = json.loads((tmp_path / "pulled.json").read_text(encoding="utf-8"))
    assert ids(bundle) <= ids(pulled) and pulled["type"] == "bundle"
    assert f"pulled {len(pulled['objects'])} objects from collection 'distillguard-shared'" in out

    # the same objects again: reported as the server's failures, on stderr, not an error
    code, out, err = run_cli("intel", "push", str(tmp_path / "campaigns.json"), "--taxii", taxii_server.url,
                             "--collection", "distillguard-shared")
    assert code == 0 and "0 succeeded, 3 failed" in out and err.startswith("warning: the server did not add 3")
    assert cli_env not in out + err


def test_cli_pull_added_after_and_password_file(taxii_server, tmp_path, monkeypatch):
    monkeypatch.delenv("DISTILLGUARD_TAXII_PASSWORD", raising=False)
    password_file = tmp_path / "secret"
    password_file.write_text(taxii_server.users["reader"] + "\n", encoding="utf-8")
    credentials = ("--user", "reader", "--password-file", str(password_file))
    code, out, err = run_cli("intel", "pull", "--taxii", taxii_server.discovery_url, "--collection", "peer-feed",
                             "--out", str(tmp_path / "feed.json"), "--added-after", "2026-01-01T00:00:00Z",
                             *credentials)
    assert (code, err) == (0, "")
    assert json.loads((tmp_path / "feed.json").read_text(encoding="utf-8"))["objects"] == FEED_OBJECTS
    assert "pulled 1 objects added after 2026-01-01T00:00:00Z" in out

    code, out, err = run_cli("intel", "pull", "--taxii", taxii_server.url, "--collection", "peer-feed",
                             "--out", str(tmp_path / "none.json"), "--added-after", "2026-06-01", *credentials)
    assert code == 0 and json.loads((tmp_path / "none.json").read_text(encoding="utf-8"))["objects"] == []
    assert taxii_server.users["reader"] not in out + err

    code, out, err = run_cli("intel", "pull", "--taxii", taxii_server.url, "--collection", "peer-feed",
                             "--out", str(tmp_path / "x.json"), "--added-after", "last tuesday", *credentials)
    assert code == 2 and "not a timestamp" in err and not (tmp_path / "x.json").exists()


def test_cli_malformed_bundle_is_one_line_and_nothing_is_sent(taxii_server, cli_env, tmp_path, writer):
    before = versions(pull_bundle(taxii_server.url, taxii_server.rw_collection, **writer))
    bad_pattern = campaign_bundle("203.0.113.60")
    bad_pattern["objects"][0]["pattern"] = "[ipv4-addr:value = '203.0.113.60'"
    (tmp_path / "truncated.json").write_text(json.dumps(campaign_bundle())[:-40], encoding="utf-8")
    cases = {"truncated.json": "not JSON",
             write_bundle(tmp_path / "pattern.json", bad_pattern).rsplit("/", 1)[1]: "not a valid STIX 2.1 bundle",
             write_bundle(tmp_path / "list.json", [1, 2]).rsplit("/", 1)[1]: "not a STIX bundle"}
    for name, expected in cases.items():
        code, out, err = run_cli("intel", "push", str(tmp_path / name), "--taxii", taxii_server.url,
                                 "--collection", taxii_server.rw_collection)
        assert code == 1 and out == "", (name, err)
        assert err.count("\n") == 1 and err.startswith(f"distillguard: error: {tmp_path / name}: ")
        assert expected in err and "nothing was sent" in err and "Traceback" not in err
    assert versions(pull_bundle(taxii_server.url, taxii_server.rw_collection, **writer)) == before


def test_cli_errors_are_one_line_without_the_password(taxii_server, taxii_down_url, tmp_path, monkeypatch):
    bundle_path = write_bundle(tmp_path / "b.json", campaign_bundle())
    secret = "s3cret-" + taxii_server.users["writer"]  # a wrong password, which must not show either
    monkeypatch.setenv("DISTILLGUARD_TAXII_USER", "writer")
    monkeypatch.setenv("DISTILLGUARD_TAXII_PASSWORD", secret)
    runs = {
        "HTTP 401": ("intel", "push", bundle_path, "--taxii", taxii_server.url, "--collection", "distillguard-shared"),
        "connection refused": ("intel", "pull", "--taxii", taxii_down_url, "--collection", "x",
                               "--out", str(tmp_path / "o.json")),
    }
    for expected, args in runs.items():
        code, out, err = run_cli(*args)
        assert code == 1 and expected in err and err.count("\n") == 1 and "Traceback" not in err
        assert secret not in out + err

    monkeypatch.setenv("DISTILLGUARD_TAXII_PASSWORD", taxii_server.users["reader"])
    code, out, err = run_cli("intel", "push", bundle_path, "--taxii", taxii_server.url, "--collection", "nope",
                             "--user", "reader")
    assert code == 1 and "no collection 'nope'" in err and "distillguard-shared" in err
    assert taxii_server.users["reader"] not in out + err

    monkeypatch.delenv("DISTILLGUARD_TAXII_PASSWORD")
    code, out, err = run_cli("intel", "push", bundle_path, "--taxii", taxii_server.url, "--collection", "x")
    assert code == 1 and "DISTILLGUARD_TAXII_PASSWORD is not set" in err


def test_cli_takes_no_password_on_the_command_line(taxii_server, tmp_path):
    code, out, err = run_cli("intel", "push", write_bundle(tmp_path / "b.json", campaign_bundle()),
                             "--taxii", taxii_server.url, "--collection", "x", "--password", "hunter22")
    assert code == 2 and "No such option" in err
