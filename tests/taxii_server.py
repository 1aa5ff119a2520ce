"""A real TAXII 2.1 server for the intel tests: medallion (the OASIS reference server) with its
memory backend, in a subprocess on a loopback port. The fixtures `taxii_server` (one per module)
and `taxii_down_url` (an API root on a port nothing listens on) are registered in conftest.py.

Run as a script, this file is the launcher the fixture starts with the venv's python: it binds a
free port itself (no race with another process for a port picked in advance), configures
medallion as `medallion CONFIG` would, adds two things medallion lacks (see `_patch`) and serves.

The server holds, under the API root `api1/` (max_content_length MAX_CONTENT_LENGTH, pages of at
most PAGE_SIZE objects, so that tests exercise request splitting and pagination):
  RW_COLLECTION  "distillguard-shared"  read and write (empty at start)
  RO_COLLECTION  "peer-feed"            read only (holds FEED_OBJECTS)
  WO_COLLECTION  "drop-box"             write only
and two users: "writer" (may write) and "reader" (read only), with random passwords.
"""

import importlib.util
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

RW_COLLECTION = "6a3a57b4-5b1e-4c8e-9d43-2f8f1c2d7a01"
RO_COLLECTION = "0c1f3f56-8e0a-4c53-b6a2-7d2b9e4f5a02"
WO_COLLECTION = "d7e0c1a9-3b4f-4a6e-8c5d-1e9f2a3b4c03"
PAGE_SIZE = 4
MAX_CONTENT_LENGTH = 8192
API_ROOT = "api1"
TAXII_21 = "application/taxii+json;version=2.1"

# What the read-only collection holds from the start: a peer's indicator.
FEED_OBJECTS = [{
    "type": "indicator", "spec_version": "2.1", "id": "indicator--3f1bb2a4-0b0c-4b8a-9a43-5b0f7f1e9c11",
    "created": "2026-01-02T03:04:05.000Z", "modified": "2026-01-02T03:04:05.000Z",
    "name": "peer distillation proxy", "pattern": "[ipv4-addr:value = '198.51.100.7']",
    "pattern_type": "stix", "valid_from": "2026-01-02T03:04:05Z",
}]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _collection(id_: str, title: str, can_read: bool, can_write: bool, objects=()) -> dict:
    return {"id": id_, "title": title, "description": f"test collection ({title})", "can_read": can_read,
            "can_write": can_write, "media_types": ["application/stix+json;version=2.1"],
            "objects": list(objects),
            # medallion pages and filters objects through their manifest entries
            "manifest": [{"id": o["id"], "date_added": "2026-01-02T03:04:06.000000Z", "version": o["modified"],
                          "media_type": "application/stix+json;version=2.1"} for o in objects]}


def _server_data(base: str) -> dict:
    """The memory backend's initial data (medallion's default_data.json format)."""
    return {
        "/discovery": {"title": "distillguard test TAXII server", "description": "medallion, memory backend",
                       "default": f"{base}/{API_ROOT}/", "api_roots": [f"{base}/{API_ROOT}/"]},
        API_ROOT: {
            "information": {"title": "distillguard tests", "versions": [TAXII_21],
                            "max_content_length": MAX_CONTENT_LENGTH},
            "status": [],
            "collections": [
                _collection(RW_COLLECTION, "distillguard-shared", True, True),
                _collection(RO_COLLECTION, "peer-feed", True, False, FEED_OBJECTS),
                _collection(WO_COLLECTION, "drop-box", False, True),
            ],
        },
    }


# ---------------------------------------------------------------------------------------------
# The launcher (runs in the server's process)

def _patch(app, users: dict, read_only: list[str]) -> None:
    """What medallion 3.0.0 lacks for these tests, added from outside (its source is untouched):

    1. Its 500 handler reads `error.args[0]`; since Flask 1.1 an unhandled exception reaches that
       handler as an InternalServerError with empty args, so the handler itself raises IndexError
       and the client gets Flask's HTML page instead of a TAXII error. Re-registered here to
       describe `error.original_exception`.
    2. It has no per-user permissions (only a collection's can_read/can_write, the same for
       everyone). A read-only user is added here: with the right password it may GET but not
       POST or DELETE (403, a TAXII error), as a real server's per-user access control answers.
       Its collections still say can_write true, so a client meets the 403 at the POST itself.
    """
    from flask import Response, request
    from flask import json as flask_json

    def taxii_error(status: int, title: str, description: str) -> Response:
        body = {"title": title, "http_status": str(status), "description": description}
        return Response(flask_json.dumps(body), status=status, mimetype=TAXII_21)

    def internal_error(error):
        cause = getattr(error, "original_exception", None) or error
        return taxii_error(500, "InternalError", f"{type(cause).__name__}: {cause}")

    app.register_error_handler(500, internal_error)

    @app.before_request
    def read_only_users_may_not_write():
        auth = request.authorization
        if (request.method in ("POST", "PUT", "DELETE") and auth is not None and auth.username in read_only
                and users.get(auth.username) == auth.password):
            return taxii_error(403, "Forbidden", f"user '{auth.username}' may not write")
        return None


def _serve(config_path: str, port_path: str) -> None:
    """Bind a free loopback port, write medallion's data for it, configure medallion, serve."""
    import medallion
    from werkzeug.serving import make_server

    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    app = medallion.application_instance
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    data_path = Path(config_path).with_name("data.json")
    data_path.write_text(json.dumps(_server_data(base)), encoding="utf-8")
    config["backend"] = {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                         "filename": str(data_path)}
    # what medallion's own command line (medallion.scripts.run) does before app.run
    for part in ("users", "taxii", "backend"):
        medallion.set_config(app, part, config)
    medallion.register_blueprints(app)
    _patch(app, config["users"], config["read_only_users"])
    tmp = port_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(str(server.server_port))
    os.replace(tmp, port_path)  # the fixture never reads half a number
    server.serve_forever()


# ---------------------------------------------------------------------------------------------
# The fixtures (run in pytest's process)

@dataclass
class TaxiiServer:
    """A medallion process: its URLs, users (name -> password) and collection ids."""

    workdir: Path
    users: dict = field(default_factory=lambda: {"writer": secrets.token_urlsafe(16),
                                                 "reader": secrets.token_urlsafe(16)})
    port: int | None = None
    proc: subprocess.Popen | None = None

    rw_collection = RW_COLLECTION
    ro_collection = RO_COLLECTION
    wo_collection = WO_COLLECTION
    page_size = PAGE_SIZE
    max_content_length = MAX_CONTENT_LENGTH

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The API root URL."""
        return f"{self.base}/{API_ROOT}/"

    @property
    def discovery_url(self) -> str:
        return f"{self.base}/taxii2/"

    @property
    def log(self) -> str:
        path = self.workdir / "server.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def start(self) -> "TaxiiServer":
        self.workdir.mkdir(parents=True, exist_ok=True)
        config = {"users": self.users, "read_only_users": ["reader"], "taxii": {"max_page_size": PAGE_SIZE}}
        config_path = self.workdir / "config.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        port_path = self.workdir / "port"
        # the log goes to a file: an unread pipe would fill up with request lines and block the server
        with open(self.workdir / "server.log", "wb") as log:
            self.proc = subprocess.Popen([sys.executable, __file__, str(config_path), str(port_path)],
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while self.port is None:
            self._check_alive(deadline)
            if port_path.exists():
                self.port = int(port_path.read_text(encoding="utf-8"))
            else:
                time.sleep(0.02)
        import requests

        auth = ("reader", self.users["reader"])
        while True:
            self._check_alive(deadline)
            try:
                if requests.get(self.discovery_url, auth=auth, headers={"Accept": TAXII_21}, timeout=1).ok:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.02)

    def _check_alive(self, deadline: float) -> None:
        if self.proc.poll() is not None:
            pytest.fail(f"the medallion TAXII server exited with {self.proc.returncode}:\n{self.log[-3000:]}")
        if time.monotonic() > deadline:
            self.stop()
            pytest.fail(f"the medallion TAXII server did not answer within 20 s:\n{self.log[-3000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self.proc = None


def _require_medallion() -> None:
    if importlib.util.find_spec("medallion") is None:
        pytest.fail("the TAXII tests need the `medallion` package, a TAXII 2.1 server "
                    "(pip install -e '.[test]' or pip install 'medallion>=3.0')")


@pytest.fixture(scope="module")
def taxii_server(tmp_path_factory):
    """A medallion server shared by the module's tests (what they push stays: tests tell their
    own objects apart by id or by time)."""
    _require_medallion()
    server = TaxiiServer(tmp_path_factory.mktemp("taxii")).start()
    yield server
    server.stop()


@pytest.fixture
def taxii_down_url() -> str:
    """An API root URL on a loopback port that nothing listens on (connection refused)."""
    return f"http://127.0.0.1:{_free_port()}/{API_ROOT}/"


if __name__ == "__main__":
    _serve(sys.argv[1], sys.argv[2])
