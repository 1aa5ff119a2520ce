"""TAXII 2.1 push and pull of STIX 2.1 bundles, through taxii2-client.

Peers share campaigns through the collections of a TAXII server: `push_bundle` adds a bundle's
objects to a collection and reports the server's status counts; `pull_bundle` fetches a collection,
every page of it, into one bundle. Both take an API root URL (or a discovery URL, whose default API
root they use) and a collection's id or title.

Every request has a timeout (taxii2-client sets none: a silent server would hang us forever), and
every failure (unreachable server, timeout, bad credentials, a collection that may not be read or
written, a server that does not speak TAXII 2.1) is one DistillguardError line that names what
was being done. No message holds the password.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.auth import HTTPBasicAuth
from taxii2client import exceptions as taxii_errors
from taxii2client.common import _HTTPConnection
from taxii2client.v21 import ApiRoot, Collection

from distillguard.errors import DistillguardError

DEFAULT_TIMEOUT_S = 30.0
TAXII_21 = "application/taxii+json;version=2.1"
# Objects asked for per page; servers return at most their own page size (medallion: max_page_size).
PAGE_LIMIT = 1000
# How often a pending status is polled (seconds): first, then doubled up to the last.
STATUS_POLL_S = (0.1, 2.0)
ERROR_DETAIL_CHARS = 200


class InvalidBundle(DistillguardError):
    """The bundle is not valid STIX 2.1 (raised before anything is sent)."""


# ---------------------------------------------------------------------------------------------
# Public API

def push_bundle(bundle: dict, url: str, collection: str, *, user: str | None = None,
                password: str | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> dict:
    """Add the objects of a STIX 2.1 `bundle` to a TAXII collection (by id or title) and wait, up
    to `timeout` seconds, for the server to finish. Returns the status counts: `status` ("complete"
    or "pending"), `total_count`, `success_count`, `failure_count`, `pending_count`, `failures` and
    `pendings` (status details: id, version, message), `requests` (POSTs made: a bundle larger than
    the API root's max_content_length goes in several) and `collection` (its id and title).
    The bundle is checked first (stix2.parse): an invalid one raises InvalidBundle, nothing sent."""
    objects = check_bundle(bundle)
    with _Client(url, user, password, timeout) as client:
        target = client.collection(collection)
        if not target.can_write:
            raise DistillguardError(f"collection {_describe(target)} cannot be written "
                                    f"(the server reports can_write false{client.as_user})")
        batches = list(_batches(objects, client.max_content_length()))
        statuses: list[dict] = []
        for batch in batches:
            try:
                statuses.append(client.add(target, batch))
            except DistillguardError as exc:
                if not statuses:
                    raise
                done = sum(len(b) for b in batches[:len(statuses)])
                raise DistillguardError(f"{exc} (the {done:,} objects of the {len(statuses)} request(s) "
                                        f"before were sent)") from None
        deadline = time.monotonic() + timeout  # (one wait for them all)
        statuses = [client.wait_final(status, deadline) for status in statuses]
        result = _merge_statuses(statuses)
        result["collection"] = {"id": target.id, "title": target.title}
        return result


def pull_bundle(url: str, collection: str, *, user: str | None = None, password: str | None = None,
                added_after: str | dt.datetime | None = None, timeout: float = DEFAULT_TIMEOUT_S,
                all_versions: bool = False) -> dict:
    """Fetch the objects of a TAXII collection (by id or title), following pagination, into one
    STIX 2.1 bundle dict. `added_after` (an ISO 8601 timestamp or datetime; naive means UTC)
    keeps only objects the server added after that time. The server sends the latest version of
    each object unless `all_versions`. Objects are deduplicated by (id, modified)."""
    after = format_timestamp(parse_timestamp(added_after)) if added_after is not None else None
    with _Client(url, user, password, timeout) as client:
        source = client.collection(collection)
        if not source.can_read:
            raise DistillguardError(f"collection {_describe(source)} cannot be read "
                                    f"(the server reports can_read false{client.as_user})")
        objects: list[dict] = []
        seen: set[tuple[str, Any]] = set()
        for page in client.pages(source, added_after=after, all_versions=all_versions):
            for obj in page:
                key = (obj["id"], obj.get("modified"))
                if key not in seen:
                    seen.add(key)
                    objects.append(obj)
    return {"type": "bundle", "id": f"bundle--{uuid.uuid4()}", "objects": objects}


def check_bundle(bundle: Any) -> list[dict]:
    """The objects of a STIX 2.1 bundle, after stix2.parse (custom content allowed) accepted it;
    InvalidBundle otherwise. The objects are sent as they are, so an id, created or modified that
    stix2 would make up for an object lacking it (a new one on every parse) is an error too."""
    import stix2
    import stix2.v20
    import stix2.v21

    if not isinstance(bundle, dict) or bundle.get("type") != "bundle":
        raise InvalidBundle("not a STIX bundle (a JSON object with \"type\": \"bundle\")")
    objects = bundle.get("objects") or []
    if not isinstance(objects, list) or not all(isinstance(o, dict) for o in objects):
        raise InvalidBundle("not a valid STIX 2.1 bundle: `objects` is not a list of objects")
    if not objects:  # (`objects` is optional; stix2.parse wants it)
        return []
    try:
        parsed = stix2.parse(bundle, allow_custom=True)
    except Exception as exc:  # stix2 raises many types (STIXError, ValueError, KeyError...) for bad input
        detail = f"a property {exc.args[0]!r} is missing" if isinstance(exc, KeyError) and exc.args else exc
        raise InvalidBundle(f"not a valid STIX 2.1 bundle: {_first_line(detail)}") from None
    if not isinstance(parsed, stix2.v21.Bundle):
        version = "2.0" if isinstance(parsed, stix2.v20.Bundle) else "unknown"
        raise InvalidBundle(f"not a STIX 2.1 bundle (its STIX version: {version})")
    for index, (raw, obj) in enumerate(zip(objects, parsed.get("objects") or [])):
        kind = raw.get("type")
        if not isinstance(raw.get("id"), str) or not raw["id"].startswith(f"{kind}--"):
            raise InvalidBundle(f"not a valid STIX 2.1 bundle: object {index} ({kind}) has no id")
        for prop in ("created", "modified"):
            if prop in obj and prop not in raw:
                raise InvalidBundle(f"not a valid STIX 2.1 bundle: object {raw['id']} has no {prop}")
    return objects


def parse_timestamp(value: str | dt.datetime) -> dt.datetime:
    """An aware UTC datetime from an ISO 8601 timestamp ("2026-05-01T12:00:00Z", "2026-05-01",
    with an offset...) or a datetime; naive means UTC."""
    if isinstance(value, dt.datetime):
        parsed = value
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise DistillguardError(f"{value!r} is not a timestamp (ISO 8601, e.g. 2026-05-01T12:00:00Z)") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


def format_timestamp(value: dt.datetime) -> str:
    """A TAXII timestamp: UTC, microseconds, "Z" (the one form every server parses; medallion
    fails with HTTP 500 on an offset or a date alone)."""
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---------------------------------------------------------------------------------------------
# The client

class _TimeoutSession(requests.Session):
    """A requests session whose every request has a timeout and whose last response is kept (its
    headers carry the pagination fallback, which taxii2-client does not return)."""

    def __init__(self, timeout: float):
        super().__init__()
        self.timeout = timeout
        self.last_response: requests.Response | None = None

    def request(self, *args, **kwargs):
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        self.last_response = super().request(*args, **kwargs)
        return self.last_response


class _Client:
    """One conversation with a TAXII 2.1 API root: taxii2-client objects over a session with
    timeouts, and every failure turned into one DistillguardError."""

    def __init__(self, url: str, user: str | None, password: str | None, timeout: float):
        if user and not password:
            raise DistillguardError(f"no password for TAXII user '{user}'")
        if password and not user:
            raise DistillguardError("a TAXII password but no user")
        if not timeout or timeout <= 0:
            raise DistillguardError(f"the TAXII timeout must be positive (got {timeout})")
        self.url, self.server = _check_url(url)
        self.user, self._password, self.timeout = user, password, float(timeout)
        self.as_user = f" to user '{user}'" if user else ""
        self.session = _TimeoutSession(self.timeout)
        if user:
            self.session.auth = HTTPBasicAuth(user, password)
        # taxii2-client's connection, over our session (its constructor takes no timeout)
        self.conn = _HTTPConnection(version="2.1")
        self.conn.session.close()
        self.conn.session = self.session
        self._root: ApiRoot | None = None

    def __enter__(self) -> "_Client":
        return self

    def __exit__(self, *exc) -> bool:
        self.session.close()
        return False

    # -- discovery

    @property
    def root(self) -> ApiRoot:
        """The API root: `url` itself, or the default API root when `url` is a discovery URL."""
        if self._root is None:
            info = self._get_json(self.url, f"reading {self.url}")
            root_url = self.url
            if "api_roots" in info and "versions" not in info:  # a discovery resource
                root_url = self._root_from_discovery(info)
            elif not isinstance(info.get("versions"), list) or TAXII_21 not in info["versions"]:
                raise DistillguardError(f"{self.url} is not a TAXII 2.1 API root (its versions: "
                                        f"{info.get('versions')!r}); give an API root or a discovery URL")
            self._root = ApiRoot(root_url, conn=self.conn)
        return self._root

    def _root_from_discovery(self, info: dict) -> str:
        roots = [r for r in info.get("api_roots") or [] if isinstance(r, str)]
        default = info.get("default")
        chosen = default if isinstance(default, str) and default else (roots[0] if len(roots) == 1 else None)
        if chosen is None:
            listed = ", ".join(urljoin(self.url, r) for r in roots) or "none"
            raise DistillguardError(f"{self.url} is a TAXII discovery URL with no default API root; "
                                    f"give one of its API roots: {listed}")
        return _check_url(urljoin(self.url, chosen))[0]

    def max_content_length(self) -> int | None:
        size = self._call(lambda: self.root.max_content_length, f"reading the API root {self.root.url}")
        return size if isinstance(size, int) and not isinstance(size, bool) and size > 0 else None

    def collection(self, ref: str) -> Collection:
        """The collection whose id, else title (exact, else ignoring case), is `ref`."""
        collections = self._call(lambda: self.root.collections, f"listing the collections of {self.root.url}")
        for matches in ([c for c in collections if c.id == ref],
                        [c for c in collections if c.title == ref],
                        [c for c in collections if (c.title or "").casefold() == ref.casefold()]):
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise DistillguardError(f"{len(matches)} collections at {self.root.url} are titled {ref!r}; "
                                        f"give the id of one: {_listing(matches)}")
        if not collections:
            raise DistillguardError(f"no collection {ref!r}: the API root {self.root.url} shows no "
                                    f"collections{self.as_user}")
        raise DistillguardError(f"no collection {ref!r} at {self.root.url}; available: {_listing(collections)}")

    # -- push

    def add(self, target: Collection, objects: list[dict]) -> dict:
        """POST one envelope; the status resource the server answers (a dict)."""
        body = _envelope_bytes(objects)
        status = self._call(lambda: target.add_objects(body, wait_for_completion=False),
                            f"adding {len(objects):,} objects to collection {_describe(target)}")
        return self._status_dict(status._raw, target)

    def wait_final(self, status: dict, deadline: float) -> dict:
        """Poll a pending status until complete or `deadline` (monotonic); the last one seen."""
        pause = STATUS_POLL_S[0]
        while status.get("status") != "complete" and time.monotonic() < deadline:
            time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
            pause = min(pause * 2, STATUS_POLL_S[1])
            fresh = self._call(lambda: self.root.get_status(status["id"]), f"reading the status {status['id']}")
            status = self._status_dict(fresh._raw, None)
        return status

    def _status_dict(self, raw: Any, target: Collection | None) -> dict:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            where = f" for collection {_describe(target)}" if target is not None else ""
            raise DistillguardError(f"the TAXII server at {self.server} answered the upload{where} "
                                    f"without a status resource")
        return raw

    # -- pull

    def pages(self, source: Collection, *, added_after: str | None, all_versions: bool) -> Iterator[list[dict]]:
        """The objects of `source`, one list per page. Follows `next` (TAXII 2.1 §3.4); a server
        that says `more` without `next` is followed through added_after = its
        X-TAXII-Date-Added-Last header, as the spec allows."""
        what = f"reading collection {_describe(source)}"
        filters: dict[str, Any] = {"added_after": added_after, "version": "all" if all_versions else None}
        next_token = None
        while True:
            # (medallion needs `limit` again with every `next`: without it, it fails with HTTP 500)
            envelope = self._call(lambda: source.get_objects(limit=PAGE_LIMIT, next=next_token, **filters), what)
            if not isinstance(envelope, dict):
                raise DistillguardError(f"the TAXII server at {self.server} answered {what} with no envelope")
            page = envelope.get("objects") or []  # (an empty envelope may be `{}`)
            if not isinstance(page, list) or not all(isinstance(o, dict) and isinstance(o.get("id"), str)
                                                     for o in page):
                raise DistillguardError(f"the TAXII server at {self.server} answered {what} with objects "
                                        f"that are not STIX objects (each needs an id)")
            yield page
            if not envelope.get("more"):
                return
            if not page:
                raise DistillguardError(f"the TAXII server at {self.server} said there was more while "
                                        f"{what} but sent an empty page; stopped to not loop forever")
            if isinstance(envelope.get("next"), str) and envelope["next"]:
                next_token = envelope["next"]
                continue
            last_added = self.session.last_response.headers.get("X-TAXII-Date-Added-Last") \
                if self.session.last_response is not None else None
            if not last_added or last_added == filters["added_after"]:
                raise DistillguardError(f"the TAXII server at {self.server} said there was more while {what} "
                                        f"but gave neither `next` nor X-TAXII-Date-Added-Last to fetch it")
            filters["added_after"], next_token = last_added, None

    # -- requests and their failures

    def _get_json(self, url: str, what: str) -> dict:
        """A GET done here, not by taxii2-client: the first answer tells a TAXII 2.1 server from
        anything else, before taxii2-client logs its own advice about it."""
        def get() -> dict:
            resp = self.session.get(url, headers={"Accept": TAXII_21})
            resp.raise_for_status()
            content_type = resp.headers.get("Content-Type", "").replace(" ", "")
            if not content_type.startswith("application/taxii+json"):
                raise DistillguardError(f"{url} did not answer as a TAXII 2.1 server (Content-Type "
                                        f"{content_type or 'none'!s:.60}); give an API root or a discovery URL")
            try:
                body = resp.json()
            except ValueError:
                raise DistillguardError(f"{url} answered with a TAXII Content-Type but no JSON") from None
            if not isinstance(body, dict):
                raise DistillguardError(f"{url} answered with JSON that is not a TAXII resource")
            return body

        return self._call(get, what)

    def _call(self, action: Callable[[], Any], what: str) -> Any:
        try:
            return action()
        except DistillguardError as exc:
            raise DistillguardError(self._scrub(str(exc))) from None
        except requests.exceptions.Timeout:
            message = f"the TAXII server at {self.server} did not answer within {self.timeout:g} s while {what}"
        except requests.exceptions.SSLError:
            message = (f"TLS failed with the TAXII server at {self.server} while {what} "
                       f"(an untrusted or mismatched certificate?)")
        except requests.exceptions.ConnectionError as exc:
            reason = "connection refused" if "refused" in str(exc).lower() else _connection_reason(exc)
            message = (f"cannot reach the TAXII server at {self.server} ({reason}) while {what}: "
                       f"is it running, and is the URL right?")
        except requests.exceptions.HTTPError as exc:
            message = self._http_error(exc.response, what)
        except taxii_errors.AccessError as exc:  # taxii2-client's own can_read/can_write check
            message = f"{exc} ({what}{self.as_user})"
        except taxii_errors.InvalidJSONError:
            message = f"the server at {self.server} answered with something that is not JSON while {what}"
        except taxii_errors.ValidationError as exc:
            message = f"the server at {self.server} answered with an invalid TAXII resource while {what}: {exc}"
        except taxii_errors.TAXIIServiceException as exc:  # e.g. a Content-Type that is not TAXII 2.1
            message = (f"the server at {self.server} did not answer as a TAXII 2.1 server while {what} "
                       f"({_first_line(exc)})")
        except requests.exceptions.RequestException as exc:
            message = f"the request to the TAXII server at {self.server} failed while {what}: {type(exc).__name__}"
        raise DistillguardError(self._scrub(message)) from None

    def _http_error(self, resp: requests.Response, what: str) -> str:
        code = resp.status_code
        detail = _error_detail(resp)
        if code == 401:
            if not self.user:
                return (f"the TAXII server at {self.server} requires credentials (HTTP 401) while {what}: "
                        f"give a user and a password")
            return (f"the TAXII server at {self.server} refused the credentials of user '{self.user}' "
                    f"(HTTP 401: wrong user or password) while {what}")
        if code == 403:
            who = f"user '{self.user}'" if self.user else "an anonymous client"
            return f"forbidden (HTTP 403) to {who} while {what}{detail}"
        if code == 404:
            return (f"not found (HTTP 404) while {what}{detail}: is the URL a TAXII 2.1 API root or "
                    f"discovery URL, and the collection right?")
        if code in (406, 415):
            return f"the server at {self.server} does not accept TAXII 2.1 (HTTP {code}) while {what}{detail}"
        if code == 413:
            return f"the TAXII server at {self.server} found the request too large (HTTP 413) while {what}{detail}"
        if code >= 500:
            return f"the TAXII server at {self.server} failed (HTTP {code}) while {what}{detail}"
        return f"the TAXII server at {self.server} answered HTTP {code} while {what}{detail}"

    def _scrub(self, message: str) -> str:
        """The password never leaves in a message, whatever a server echoed back."""
        if self._password and len(self._password) >= 4:
            message = message.replace(self._password, "***")
        return message


# ---------------------------------------------------------------------------------------------
# Helpers

def _check_url(url: str) -> tuple[str, str]:
    """(the URL with a trailing slash, its scheme://host:port); an error for what is not an
    http(s) URL or carries credentials (they would show in every message and log line)."""
    parts = urlsplit(str(url).strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DistillguardError(f"{url!r} is not an http(s) URL of a TAXII 2.1 API root or discovery endpoint")
    if parts.username is not None or parts.password is not None:
        raise DistillguardError("the TAXII URL holds credentials: give the user and password separately")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, "")), f"{parts.scheme}://{parts.netloc}"


def _envelope_bytes(objects: list[dict]) -> bytes:
    return json.dumps({"objects": objects}, ensure_ascii=False).encode("utf-8")


def _batches(objects: list[dict], max_bytes: int | None) -> Iterator[list[dict]]:
    """The objects in envelopes of at most `max_bytes` each (the API root's max_content_length;
    a server answers 413 to a larger request)."""
    if not objects:  # (an empty bundle: no request at all)
        return
    if not max_bytes:
        yield objects
        return
    overhead = len(_envelope_bytes([]))
    batch: list[dict] = []
    size = overhead
    for obj in objects:
        # (json.dumps joins list items with ", ": 2 bytes each at most)
        n = len(json.dumps(obj, ensure_ascii=False).encode("utf-8")) + 2
        if n + overhead > max_bytes:
            raise DistillguardError(f"object {obj.get('id')} is {n - 2:,} bytes: more than the TAXII API root "
                                    f"accepts in one request (max_content_length {max_bytes:,})")
        if batch and size + n > max_bytes:
            yield batch
            batch, size = [], overhead
        batch.append(obj)
        size += n
    if batch:
        yield batch


def _merge_statuses(statuses: list[dict]) -> dict:
    merged: dict[str, Any] = {"status": "complete", "total_count": 0, "success_count": 0, "failure_count": 0,
                              "pending_count": 0, "failures": [], "pendings": [], "requests": len(statuses),
                              "status_ids": []}
    for status in statuses:
        if status.get("status") != "complete":
            merged["status"] = "pending"
        for count in ("total_count", "success_count", "failure_count", "pending_count"):
            value = status.get(count)
            merged[count] += value if isinstance(value, int) else 0
        for details in ("failures", "pendings"):
            merged[details].extend(d for d in status.get(details) or [] if isinstance(d, dict))
        merged["status_ids"].append(status["id"])
    return merged


def _describe(collection: Collection) -> str:
    return f"'{collection.title}' ({collection.id})" if collection.title != collection.id else f"'{collection.id}'"


def _listing(collections: list[Collection]) -> str:
    def access(c: Collection) -> str:
        return {(True, True): "read/write", (True, False): "read only", (False, True): "write only"}.get(
            (bool(c.can_read), bool(c.can_write)), "no access")

    return ", ".join(f"{c.id} ('{c.title}', {access(c)})" for c in collections)


def _error_detail(resp: requests.Response) -> str:
    """': <the server's own words>' from a TAXII error resource, else ''."""
    try:
        body = resp.json()
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    words = body.get("description") or body.get("title")
    return f": {_first_line(words)}" if isinstance(words, str) and words.strip() else ""


def _connection_reason(exc: Exception) -> str:
    text = str(exc).lower()
    for needle, reason in (("name or service not known", "unknown host"), ("nodename nor servname", "unknown host"),
                           ("temporary failure in name resolution", "unknown host"),
                           ("no route to host", "no route to host"), ("network is unreachable", "network unreachable"),
                           ("connection reset", "connection reset"), ("remote end closed", "connection closed")):
        if needle in text:
            return reason
    return "connection failed"


def _first_line(value: Any) -> str:
    text = str(value).strip().splitlines()
    first = text[0] if text else type(value).__name__
    return first if len(first) <= ERROR_DETAIL_CHARS else first[:ERROR_DETAIL_CHARS - 3] + "..."
