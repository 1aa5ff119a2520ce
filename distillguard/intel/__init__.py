"""Intelligence sharing: campaigns as STIX 2.1 bundles that carry no user content.

`stix_export` turns a scan's campaigns (verdicts.json and their `indicators`) into a bundle,
`stix_import` validates a peer's bundle and turns its indicators into a watch-list that scan and
the gateway read (risk.watchlist), and `taxii` pushes and pulls bundles to a TAXII 2.1 server.
"""
