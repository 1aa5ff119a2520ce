"""Client addresses: the network an address belongs to, and the offline GeoIP database.

`client_network(ip)` is the one derivation of `dg.client.network` (IPv4 /24, IPv6 /48) from an
address: the readers fill the column with it, the pseudonymizer fills it before hashing the
address (normalize.privacy), and hand-built test tables use it too (linkage.synthetic).

`geoip_database()` is the one loader of the offline geoip2fast database (countries and network
names, IPv4 and IPv6), for every stage that places an address (behaviour.origin,
linkage.network, sim.network). geoip2fast keeps the database it loaded in module-level tables,
so a second database loaded in the same process would replace the first one under every
earlier instance: one database, loaded once, is the only safe way to use it.
"""

from __future__ import annotations

import functools
import ipaddress
import re

# Client networks repeat a lot (one proxy pool, one office); cache the string work.
_NETWORK_CACHE: dict[str, str | None] = {}
_NETWORK_CACHE_MAX = 1 << 16


def client_network(ip: object) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address, e.g. ``203.0.113.0/24``.

    IPv4-mapped IPv6 addresses (``::ffff:1.2.3.4``) count as IPv4. Returns None for anything
    that is not an IP address (a hostname, an empty string, a port-suffixed value we cannot
    read unambiguously) and for a keyed hash of one (``hmac-sha256:...``), so a bad ``ip`` never
    rejects an otherwise good exchange.
    """
    if not isinstance(ip, str) or not ip:
        return None
    cached = _NETWORK_CACHE.get(ip, False)
    if cached is not False:
        return cached
    network = _network_uncached(ip)
    if len(_NETWORK_CACHE) >= _NETWORK_CACHE_MAX:
        _NETWORK_CACHE.clear()
    _NETWORK_CACHE[ip] = network
    return network


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"({_OCTET}\.{_OCTET}\.{_OCTET})\.{_OCTET}", re.ASCII)


def _ipv4_prefix(text: str) -> str | None:
    """Fast path for the common dotted-quad: "203.0.113.7" -> "203.0.113.0/24" (None if not canonical)."""
    match = _IPV4.fullmatch(text)
    return None if match is None else match.group(1) + ".0/24"


def _network_uncached(ip: str) -> str | None:
    fast = _ipv4_prefix(ip)
    if fast is not None:
        return fast
    text = ip.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1 and "." in text:  # "1.2.3.4:5678"
        text = text.split(":", 1)[0]
    text = text.split("%", 1)[0]  # zone index "fe80::1%eth0"
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


# --- GeoIP ------------------------------------------------------------------------------------------
# The geoip2fast edition with countries and network (ASN) names, IPv4 and IPv6 (it ships with the
# wheel; ~0.4 s to load). Its IPv4 countries are those of the country-only edition.
GEOIP_DATA_FILE = "geoip2fast-asn-ipv6.dat.gz"


@functools.cache
def geoip_database():
    """The offline GeoIP database (a `geoip2fast.GeoIP2Fast`), loaded once per process; None when
    it cannot be loaded (callers then place no address, they never fail for it)."""
    try:
        from geoip2fast import GeoIP2Fast

        return GeoIP2Fast(geoip2fast_data_file=GEOIP_DATA_FILE, verbose=False)
    except Exception:  # a missing or damaged database: every address is "unknown"
        return None
