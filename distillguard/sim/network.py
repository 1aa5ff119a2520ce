"""Real-looking client addresses: pick IPv4 addresses inside real networks of named operators.

The offline geoip2fast database (country + network-name edition) tells which networks belong to
which operator. We keep a curated list of operator names per kind of network (cloud hosting,
residential / mobile ISPs per country, universities, corporate egress, commercial VPN exits) and
draw addresses inside their announced prefixes, so downstream geo / network lookups see what they
would see on real traffic.
"""

from __future__ import annotations

import functools
import ipaddress
import random
from dataclasses import dataclass

from distillguard.errors import DistillguardError
from distillguard.normalize.addresses import geoip_database

# Cloud / hosting operators (what scrapers, batch jobs and proxy farms run on).
DATACENTER = [
    "AMAZON-02", "AMAZON-AES", "GOOGLE-CLOUD-PLATFORM", "MICROSOFT-CORP-MSN-AS-BLOCK", "DIGITALOCEAN-ASN",
    "OVH SAS", "Hetzner Online GmbH", "AS-CHOOPA", "Akamai Connected Cloud", "ORACLE-BMC-31898",
    "Alibaba US Technology Co., Ltd.", "Alibaba Cloud Singapore Private Limited", "Contabo GmbH",
    "Shenzhen Tencent Computer Systems Company Limited", "Hangzhou Alibaba Advertising Co.,Ltd.",
    "HUAWEI CLOUDS", "Leaseweb Deutschland GmbH", "LEASEWEB-USA-LAX", "Yandex.Cloud LLC",
]
# Big cloud providers only (enterprise batch jobs, resellers, CI runners).
MAJOR_CLOUD = ["AMAZON-02", "AMAZON-AES", "GOOGLE-CLOUD-PLATFORM", "MICROSOFT-CORP-MSN-AS-BLOCK"]

# Residential and mobile ISPs by country (the country is re-checked on every drawn address).
RESIDENTIAL = {
    "US": ["COMCAST-7922", "ATT-INTERNET4", "CHARTER-20115", "CELLCO-PART", "TWC-20001-PACWEST", "T-MOBILE-AS21928"],
    "CN": ["Chinanet", "CHINA UNICOM China169 Backbone", "China Mobile communications corporation",
           "CHINANET Guangdong province network", "China Unicom Beijing Province Network"],
    "RU": ["Rostelecom", "PVimpelCom", "MTS PJSC", "PJSC MegaFon"],
    "DE": ["Deutsche Telekom AG", "Vodafone GmbH", "Telefonica Germany"],
    "GB": ["British Telecommunications PLC", "Sky UK Limited", "Telefonica O2 UK"],
    "FR": ["Orange", "Free SAS"],
    "JP": ["NTT Communications Corporation", "KDDI CORPORATION", "NTT DOCOMO, INC."],
    "KR": ["Korea Telecom", "SK Broadband Co Ltd"],
    "IN": ["Reliance Jio Infocomm Limited", "BHARTI Airtel Ltd."],
    "BR": ["TELEFONICA BRASIL S.A", "CLARO S.A."],
    "ES": ["Telefonica De Espana S.a.u.", "Vodafone Spain"],
    "IT": ["Vodafone Italia S.p.A."],
    "AU": ["Telstra Limited", "Optus Customer Network"],
    "SE": ["Tele2 SWIPnet"],
}
UNIVERSITY = ["MIT-GATEWAYS", "STANFORD", "HARVARD-UNIV", "UCB", "CERNET-ASN-BLOCK", "Monash University",
              "The University of Melbourne, Melbourne, Victoria", "Yonsei University",
              "Peoples Friendship University Of Russia"]
CORPORATE = ["ZSCALER-SJC1", "ZSCALER-INC", "Orange Business Services SA", "IBMWATSON-AS",
             "AT&T Global Network Services Nederland B.V."]
VPN = ["M247 Europe SRL", "Datacamp Limited", "PacketHub S.A.", "Clouvider Limited", "M247 UK Ltd"]

# Rough UTC offset (hours) of where people in a country live; drives diurnal activity.
TZ_OFFSET = {"US": -6, "CN": 8, "RU": 3, "DE": 1, "GB": 0, "FR": 1, "JP": 9, "KR": 9, "IN": 5.5, "BR": -3,
             "ES": 1, "IT": 1, "AU": 10, "SE": 1, "NL": 1, "SG": 8, "IE": 0, "CA": -5}

KINDS = ("datacenter", "major_cloud", "residential", "university", "corporate", "vpn")


@dataclass(frozen=True)
class Address:
    ip: str
    country: str  # ISO code from the database
    network: str  # operator name from the database
    kind: str


@functools.cache
def _catalog() -> dict[str, list[tuple[int, int]]]:
    """operator name -> list of (first address as int, prefix length), for the curated names."""
    try:
        import geoip2fast.geoip2fast as _g

        _database()  # loads the database into the module's tables, which we read below
        names = _g.mainListNamesASN
        wanted = set(DATACENTER) | set(UNIVERSITY) | set(CORPORATE) | set(VPN)
        for isps in RESIDENTIAL.values():
            wanted |= set(isps)
        ids = {i: n for i, n in enumerate(names) if n in wanted}
        out: dict[str, list[tuple[int, int]]] = {n: [] for n in ids.values()}
        for firsts, idlist, lens in zip(_g.mainListFirstIPASN, _g.mainListIDASN, _g.mainListNetlengthASN):
            for first, asn_id, netlen in zip(firsts, idlist, lens):
                name = ids.get(asn_id)
                if name is not None and 8 <= netlen <= 28 and first < 2**32:
                    out[name].append((first, netlen))
    except Exception as exc:  # a changed database layout must be one clear line, not a traceback
        raise DistillguardError(f"cannot read the geoip2fast network database: {exc}") from exc
    return {n: sorted(v) for n, v in out.items() if v}


def _database():
    """The one GeoIP database of the process (normalize.addresses); the simulator cannot work without it."""
    db = geoip_database()
    if db is None:
        raise DistillguardError("cannot load the geoip2fast network database")
    return db


def lookup(ip: str) -> tuple[str, str]:
    """(country code, network name) of an address according to the database."""
    r = _database().lookup(ip)
    return r.country_code, r.asn_name


def operators(kind: str, country: str | None = None) -> list[str]:
    cat = _catalog()
    if kind == "datacenter":
        names = DATACENTER
    elif kind == "major_cloud":
        names = MAJOR_CLOUD
    elif kind == "residential":
        names = RESIDENTIAL.get(country or "US", RESIDENTIAL["US"])
    elif kind == "university":
        names = UNIVERSITY
    elif kind == "corporate":
        names = CORPORATE
    elif kind == "vpn":
        names = VPN
    else:
        raise DistillguardError(f"unknown network kind {kind!r} (expected one of {', '.join(KINDS)})")
    return [n for n in names if n in cat]


def pick_address(rng: random.Random, kind: str, country: str | None = None, operator: str | None = None) -> Address:
    """One address inside a real network of the wanted kind (and country, for residential)."""
    cat = _catalog()
    names = [operator] if operator else operators(kind, country)
    if not names:
        raise DistillguardError(f"no {kind} networks known for country {country!r}")
    for _ in range(40):
        name = rng.choice(names)
        first, netlen = rng.choice(cat[name])
        size = 2 ** (32 - netlen)
        ip_int = first + rng.randrange(1, max(2, size - 1))
        ip = str(ipaddress.IPv4Address(ip_int))
        cc, net = lookup(ip)
        if net and (kind != "residential" or country is None or cc == country):
            return Address(ip, cc, net, kind)
    # Country check kept failing (an ISP announcing foreign prefixes): accept the last draw.
    return Address(ip, cc, net or name, kind)


def same_network_neighbour(rng: random.Random, addr: Address) -> Address:
    """Another address in the same /24 (a household or office router handing out a new lease)."""
    base = int(ipaddress.IPv4Address(addr.ip)) & ~0xFF
    ip = str(ipaddress.IPv4Address(base + rng.randrange(2, 254)))
    return Address(ip, addr.country, addr.network, addr.kind)


def tz_offset(country: str) -> float:
    return TZ_OFFSET.get(country, 0)
