"""normalize.addresses: the one client-network derivation and the one GeoIP database loader."""

import pytest

from distillguard import schema
from distillguard.normalize.addresses import client_network


@pytest.mark.parametrize("ip,network", [
    ("203.0.113.7", "203.0.113.0/24"),
    ("10.1.2.255", "10.1.2.0/24"),
    ("203.0.113.7:443", "203.0.113.0/24"),
    ("2001:db8:abcd:12::1", "2001:db8:abcd::/48"),
    ("[2001:db8:abcd:12::1]:443", "2001:db8:abcd::/48"),
    ("::ffff:198.51.100.9", "198.51.100.0/24"),
    ("fe80::1%eth0", "fe80::/48"),
    ("010.1.2.3", None),  # leading zeros are ambiguous (octal?): not guessed
    ("256.1.1.1", None),
    ("not-an-ip", None),
    ("", None),
    (None, None),
    (12345, None),
])
def test_client_network(ip, network):
    assert client_network(ip) == network


def test_hand_built_tables_derive_the_network_as_the_readers_do():
    # linkage.synthetic had its own derivation, which read "::ffff:10.1.2.3" as the IPv6 "::/48"
    # and an address with a port as no network; the tables now get what a reader would store.
    from distillguard.linkage.synthetic import account_rows

    ips = ["52.1.2.3", "2001:db8:1:2::9", "::ffff:10.1.2.3", "203.0.113.7:443", None, "not-an-ip"]
    rows = account_rows("a", len(ips), ip=lambda i: ips[i])
    assert [r[schema.CLIENT_NETWORK] for r in rows] == [client_network(ip) for ip in ips]
    assert [r[schema.CLIENT_NETWORK] for r in rows][:4] == ["52.1.2.0/24", "2001:db8:1::/48", "10.1.2.0/24",
                                                            "203.0.113.0/24"]


def test_one_network_function():
    # The pseudonymizer fills a missing network with the same function (no copy of its own).
    from distillguard.linkage import synthetic
    from distillguard.normalize import privacy

    assert privacy.client_network is client_network
    assert synthetic.client_network is client_network
    assert not hasattr(privacy, "network_of") and not hasattr(synthetic, "network_of")


# --- GeoIP ------------------------------------------------------------------------------------------
# geoip2fast keeps a loaded database in module-level tables: a second database loaded in the process
# replaced the first under every earlier instance, so what the linkage and behaviour stages saw of
# an address depended on which loaded last (an IPv6 address had a country or not). One loader now.
def test_one_geoip_database_loaded_once():
    from distillguard.normalize.addresses import geoip_database

    db = geoip_database()
    assert db is not None and db is geoip_database()
    assert db.asn and db.ipv6  # countries and network names, IPv4 and IPv6


def test_every_stage_places_an_address_with_the_one_database():
    from distillguard.behaviour import origin
    from distillguard.linkage import network
    from distillguard.sim import network as sim_network

    for ip in ("8.8.8.8", "81.2.69.160", "2001:4860:4860::8888"):
        info = network.lookup(ip)
        assert origin.ip_country(ip) == info.country != "--"
        assert sim_network.lookup(ip) == (info.country, info.network)
    assert origin.ip_country("10.0.0.1") is None and network.lookup("10.0.0.1").net_class == network.PRIVATE
    assert origin.ip_country("hmac-sha256:" + "0" * 64) is None


def test_no_stage_loads_a_geoip_database_of_its_own():
    import pathlib

    import distillguard

    root = pathlib.Path(distillguard.__file__).parent
    loaders = [str(p.relative_to(root)) for p in root.rglob("*.py") if "GeoIP2Fast(" in p.read_text(encoding="utf-8")]
    assert loaders == ["normalize/addresses.py"]
