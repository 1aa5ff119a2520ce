"""Where an address comes from: country, network name and class, offline through geoip2fast.

Hashed addresses (privacy mode, `hmac-sha256:...`) and unparsable ones are "unknown": they
still link as opaque keys, they just cannot be placed. The class is decided from the network
(ASN) name: hosting / cloud / VPN providers are "datacenter"; carriers known for mobile
networks are "mobile"; any other public network is "residential" (broadband ISPs, but also
companies and universities: we only claim what the name says).
"""

from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import dataclass

from distillguard.normalize.addresses import geoip_database

DATACENTER = "datacenter"
RESIDENTIAL = "residential"
MOBILE = "mobile"
PRIVATE = "private"
UNKNOWN = "unknown"

# Substrings of network names of hosting / cloud / VPN / proxy providers (upper case).
_HOSTING = (
    "AMAZON", "AWS", "GOOGLE", "MICROSOFT", "AZURE", "DIGITALOCEAN", "LINODE", "AKAMAI",
    "OVH", "HETZNER", "VULTR", "CHOOPA", "CONSTANT", "LEASEWEB", "ALIBABA", "ALICLOUD",
    "ALIYUN", "TENCENT", "HUAWEI CLOUD", "HUAWEICLOUD", "ORACLE", "CLOUDFLARE", "M247",
    "DATACAMP", "CDN77", "HOSTING", "HOST", "SERVER", "CLOUD", "DATACENTER", "DATA CENTER",
    "COLOCATION", "CONTABO", "SCALEWAY", "ONLINE S.A.S", "IONOS", "1&1", "GODADDY",
    "RACKSPACE", "SOFTLAYER", "IBM", "FASTLY", "ZENLAYER", "UCLOUD", "KINGSOFT", "BAIDU",
    "BYTEDANCE", "VPN", "PROXY", "PRIVATE INTERNET", "NORDVPN", "EXPRESSVPN", "MULLVAD", "PACKET",
    "EQUINIX", "CHERRY", "INTERSERVER", "HOSTWINDS", "PSYCHZ", "QUADRANET", "COGENT",
    "SELECTEL", "CLOUVIDER", "ZSCALER", "TIMEWEB", "BEGET", "YANDEX.CLOUD", "G-CORE", "GCORE", "STARK INDUSTRIES",
)
_MOBILE = (
    "MOBILE", "WIRELESS", "CELLULAR", "T-MOBILE", "VODAFONE", "ORANGE", "TELEFONICA",
    "MTS", "MEGAFON", "BEELINE", "VEON", "CHINA MOBILE", "CMNET", "JIO", "AIRTEL", "TMOBILE",
    "SPRINT", "CELLCO", "DOCOMO", "VERIZON WIRELESS", "AT&T MOBILITY",
)
_HOSTING_RE = re.compile("|".join(re.escape(s) for s in _HOSTING))
_MOBILE_RE = re.compile("|".join(re.escape(s) for s in _MOBILE))


@dataclass(frozen=True)
class NetworkInfo:
    country: str  # ISO code, "--" when unknown
    network: str  # network (ASN) name, "" when unknown
    net_class: str  # datacenter / residential / mobile / private / unknown


UNKNOWN_INFO = NetworkInfo("--", "", UNKNOWN)


def classify_network_name(name: str) -> str:
    up = (name or "").upper()
    if not up:
        return UNKNOWN
    if _HOSTING_RE.search(up):
        return DATACENTER
    if _MOBILE_RE.search(up):
        return MOBILE
    return RESIDENTIAL


@functools.lru_cache(maxsize=1 << 18)
def lookup(address: str | None) -> NetworkInfo:
    """Country, network name and class of one raw IP address (UNKNOWN_INFO if hashed / bad)."""
    if not address:
        return UNKNOWN_INFO
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return UNKNOWN_INFO  # hashed value or garbage: opaque
    if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
        return NetworkInfo("--", "private network", PRIVATE)
    db = geoip_database()  # (None when it cannot be loaded: every address "unknown", never a crash)
    if db is None:
        return UNKNOWN_INFO
    try:
        r = db.lookup(str(ip))
    except Exception:
        return UNKNOWN_INFO
    country = r.country_code if r.country_code and len(r.country_code) == 2 else "--"
    name = (getattr(r, "asn_name", "") or "").strip()
    return NetworkInfo(country, name, classify_network_name(name))
