"""Test-wide settings.

Property tests (hypothesis) draw new examples on every run when run by hand; `make test` (and so
CI) sets HYPOTHESIS_PROFILE=ci, which derandomizes them, so a run passes or fails for the code,
not for the luck of the draw. Run pytest directly to keep exploring.
"""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# A real Redis server for the state and gateway tests (see redis_server.py).
from redis_server import own_server, redis_binary, redis_server, redis_url  # noqa: E402,F401
from taxii_server import taxii_down_url, taxii_server  # noqa: E402,F401  (a real TAXII 2.1 server: taxii_server.py)
# One real scan of the demo simulation, shared by the intel and indicator tests (see demo_scan.py).
from demo_scan import demo_scan  # noqa: E402,F401
