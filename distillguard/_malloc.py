"""Keep freed memory in the process instead of handing it back to the kernel at once (glibc).

The detectors make large short-lived numpy temporaries batch after batch. With glibc's defaults
each one above a few MB is a fresh mmap that the kernel must zero page by page, and freeing it
unmaps it again: on a scan that was ~15% of the CPU time, in the kernel. Raising the mmap and
trim thresholds lets the allocator reuse those pages. Linux/glibc only; a no-op elsewhere.
"""

from __future__ import annotations

import ctypes
import ctypes.util

_M_TRIM_THRESHOLD, _M_TOP_PAD, _M_MMAP_THRESHOLD = -1, -2, -3
MMAP_THRESHOLD = 32 << 20  # glibc's ceiling for this setting on 64-bit
TRIM_THRESHOLD = 1 << 30
TOP_PAD = 64 << 20


def keep_freed_memory() -> bool:
    """Apply the settings to this process (and the workers it forks later); True if applied."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    ok = mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    ok &= mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
    ok &= mallopt(_M_TOP_PAD, TOP_PAD) == 1
    return bool(ok)
