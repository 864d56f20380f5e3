"""The corpus: pages ingested into SQLite (schema.py, store.py), searched with FTS5 in a
CJK-aware way (search.py), filled by `baozhi ingest` with a process pool or a Dask cluster
(ingest.py, work.py)."""
