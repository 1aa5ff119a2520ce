"""Store + privacy throughput: ExchangeStore.append (chunked anti-join) vs PRIMARY KEY + INSERT OR IGNORE,
and the cached/vectorized Pseudonymizer vs a per-row hmac loop. Medians of REPEATS runs."""
import hashlib, hmac, statistics, sys, tempfile, time
from pathlib import Path
import duckdb, numpy as np, pyarrow as pa
from distillguard import schema
from distillguard.normalize.privacy import Pseudonymizer, scrub_secrets
from distillguard.store import ExchangeStore
from distillguard.store.exchange_store import TABLE, quote

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
BATCH, REPEATS = 65_536, int(sys.argv[2]) if len(sys.argv) > 2 else 3
rng = np.random.default_rng(7)

def make(n, offset=0):
    cols = {f.name: pa.nulls(n, f.type) for f in schema.EXCHANGE_SCHEMA}
    cols[schema.EXCHANGE_ID] = pa.array([f"ex-{i}" for i in range(offset, offset + n)])
    cols[schema.TS] = pa.array(np.datetime64("2026-11-01") + np.arange(n).astype("timedelta64[s]")).cast(schema.TIMESTAMP)
    cols[schema.ACCOUNT_ID] = pa.array([f"acct-{a}" for a in rng.integers(0, 20_000, n)])
    cols[schema.CLIENT_ADDRESS] = pa.array([f"10.{a % 200}.{a // 200 % 256}.{a % 97}" for a in rng.integers(0, 50_000, n)])
    cols[schema.CLIENT_NETWORK] = pa.array([a.rsplit(".", 1)[0] + ".0/24" for a in cols[schema.CLIENT_ADDRESS].to_pylist()])
    cols[schema.API_KEY_ID] = pa.array([f"key-{a}" for a in rng.integers(0, 30_000, n)])
    cols[schema.PROMPT] = pa.array([f"Solve step by step: problem {i} " + "x" * 400 for i in range(n)])
    cols[schema.RESPONSE] = pa.array(["The answer is " + "y" * 600] * n)
    cols[schema.PARAMS] = pa.array(['{"temperature": 0.7, "max_tokens": 512}'] * n)
    return pa.Table.from_pydict(cols, schema=schema.EXCHANGE_SCHEMA)

def median_time(fn):
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter(); fn(); times.append(time.perf_counter() - t0)
    return statistics.median(times)

data = make(ROWS)
batches = data.to_batches(max_chunksize=BATCH)
tmp = Path(tempfile.mkdtemp())

def store_append():  # fresh store, then the same rows again (all duplicates)
    db = tmp / f"s{time.perf_counter_ns()}.duckdb"
    with ExchangeStore(db) as s:
        first = s.append(batches, scrub=False)
        t0 = time.perf_counter(); again = s.append(batches, scrub=False); store_append.again = time.perf_counter() - t0
        assert first.inserted == ROWS and again.duplicates == ROWS
    db.unlink()

def pk_append():  # baseline: PRIMARY KEY on the id and INSERT OR IGNORE per batch
    db = tmp / f"a{time.perf_counter_ns()}.duckdb"
    con = duckdb.connect(str(db))
    cols = ", ".join(f"{quote(f.name)} {t}" for f, t in zip(schema.EXCHANGE_SCHEMA, con.from_arrow(data.slice(0, 0)).types))
    con.execute(f"CREATE TABLE {TABLE} ({cols}, PRIMARY KEY ({quote(schema.EXCHANGE_ID)}))")
    for _ in range(2):
        con.execute("BEGIN")
        for b in batches:
            con.register("b", b); con.execute(f"INSERT OR IGNORE INTO {TABLE} BY NAME SELECT * FROM b"); con.unregister("b")
        con.execute("COMMIT")
    assert con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0] == ROWS
    con.close(); db.unlink()

key = b"bench-key"
def pseudonymize():
    p = Pseudonymizer(key)
    for b in batches: p.apply(b)

def naive_hmac():  # baseline: hmac.new per row and per identifier column, no cache
    for b in batches:
        for col in (schema.ACCOUNT_ID, schema.CLIENT_ADDRESS, schema.CLIENT_NETWORK, schema.API_KEY_ID):
            pa.array(["hmac-sha256:" + hmac.new(key, v.encode(), hashlib.sha256).hexdigest()
                      for v in b.column(col).to_pylist()])

def scrub():
    for b in batches: scrub_secrets(b)

t_store = median_time(store_append); t_pk = median_time(pk_append)
t_ps = median_time(pseudonymize); t_naive = median_time(naive_hmac); t_scrub = median_time(scrub)
print(f"rows={ROWS} batch={BATCH} repeats={REPEATS} (median)")
print(f"ExchangeStore.append (anti-join), new + all-duplicate pass: {t_store:.2f} s  {2 * ROWS / t_store:,.0f} rows/s"
      f"  (duplicate pass alone {store_append.again:.2f} s)")
print(f"baseline PRIMARY KEY + INSERT OR IGNORE, same two passes: {t_pk:.2f} s  {2 * ROWS / t_pk:,.0f} rows/s"
      f"  ratio {t_pk / t_store:.2f}x")
print(f"Pseudonymizer (4 id columns):  {ROWS / t_ps:,.0f} rows/s")
print(f"baseline per-row hmac loop:    {ROWS / t_naive:,.0f} rows/s   ratio {t_naive / t_ps:.2f}x")
print(f"scrub_secrets:                 {ROWS / t_scrub:,.0f} rows/s")
