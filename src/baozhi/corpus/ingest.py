"""`baozhi ingest`: every page file under the inputs into the store, in parallel, with a
progress line; files whose content is already in (by SHA-256) are skipped, changed files
re-parsed, failures recorded with their error. Each file is committed on its own, so a run
killed part-way is resumed by running it again: every page once, none lost."""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator

from . import schema, store
from .work import process_file, sha256_of


class Progress:
    """pages/s and ETA on one line of stderr (redrawn on a terminal, every tenth otherwise)."""

    def __init__(self, total: int, stream=sys.stderr):
        self.total, self.done, self.pages, self.t0 = total, 0, 0, time.perf_counter()
        self.stream, self.tty, self.last = stream, stream.isatty(), 0.0

    def step(self, pages: int) -> None:
        self.done += 1
        self.pages += pages
        now = time.perf_counter()
        due = now - self.last > 0.2 if self.tty else self.done * 10 // max(self.total, 1) != (self.done - 1) * 10 // max(self.total, 1)
        if due or self.done == self.total:
            self.last = now
            rate = self.pages / max(now - self.t0, 1e-9)
            files_rate = self.done / max(now - self.t0, 1e-9)
            eta = (self.total - self.done) / files_rate if files_rate else 0
            line = (f"{self.done}/{self.total} files, {self.pages} pages, {rate:.1f} pages/s, "
                    f"ETA {int(eta // 60)}:{int(eta % 60):02d}")
            self.stream.write(("\r" + line) if self.tty else line + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")


def plan(conn, paths: Iterable[str]) -> tuple[list[tuple[str, str]], int]:
    """(files to process with their SHA-256, how many are already in)."""
    todo, skipped = [], 0
    for path in paths:
        try:
            sha = sha256_of(path)
        except OSError:
            todo.append((path, ""))     # the worker reports the error in one line
            continue
        if store.known(conn, sha):
            skipped += 1
        else:
            todo.append((path, sha))
    return todo, skipped


def _watch_parent(parent: int) -> None:
    """In each pool worker: end the worker when the ingest that started it is gone (killed
    with SIGKILL, it cannot stop its pool; its workers were left waiting for ever, a quarter
    of a gigabyte each)."""
    import threading

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="baozhi-parent-watch").start()


def _pool_results(todo: list[tuple[str, str]], jobs: int, date: str | None, newspaper: str | None = None
                  ) -> Iterator[dict]:
    if jobs <= 1:
        for path, sha in todo:
            yield process_file(path, sha or None, date, newspaper)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed
    with ProcessPoolExecutor(max_workers=jobs, initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(process_file, path, sha or None, date, newspaper) for path, sha in todo]
        for fut in as_completed(futures):
            yield fut.result()


def _dask_results(todo: list[tuple[str, str]], jobs: int, date: str | None, scheduler: str | None,
                  shard_dir: str, newspaper: str | None = None) -> Iterator[dict]:
    """The same work on a Dask cluster: each partition of files is processed on a worker and
    written there as a JSONL shard; the shards are then read back here into the store."""
    from dask import bag
    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        os.makedirs(shard_dir, exist_ok=True)
        parts = max(1, min(len(todo), 4 * max(jobs, 1)))
        b = bag.from_sequence(todo, npartitions=parts)
        shards = b.map_partitions(_write_shard, shard_dir=shard_dir, date=date, newspaper=newspaper).compute()
        for shard in shards:
            with open(shard, encoding="utf-8") as f:
                for line in f:
                    yield json.loads(line)
            os.remove(shard)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        try:
            os.rmdir(shard_dir)     # only when every shard was read back and removed
        except OSError:
            pass


def _write_shard(items, shard_dir: str, date: str | None, newspaper: str | None = None) -> list[str]:
    import uuid
    path = os.path.join(shard_dir, f"shard-{uuid.uuid4().hex}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for file_path, sha in items:
            f.write(json.dumps(process_file(file_path, sha or None, date, newspaper), ensure_ascii=False) + "\n")
    return [path]


def ingest(db: str, paths: list[str], jobs: int = 0, date: str | None = None, engine: str = "processes",
           scheduler: str | None = None, progress: bool = True,
           on_result: Callable[[dict], None] | None = None, newspaper: str | None = None) -> dict:
    """Ingest the files; returns counts and the errors of this run. `date`, `newspaper`: the
    edition's, for pages that print none (an archive's folder of one paper, one day)."""
    conn = schema.connect(db)
    todo, skipped = plan(conn, paths)
    jobs = jobs or (os.cpu_count() or 1)
    bar = Progress(len(todo)) if progress and todo else None
    done = failed = pages = 0
    errors: list[str] = []
    results = (_dask_results(todo, jobs, date, scheduler, os.path.join(os.path.dirname(os.path.abspath(db)),
                                                                          os.path.basename(db) + ".shards"),
                                 newspaper)
               if engine == "dask" else _pool_results(todo, jobs, date, newspaper))
    try:
        for result in results:
            store.write(conn, result)
            if result.get("error"):
                failed += 1
                errors.append(result["error"])
            else:
                done += 1
                pages += len(result["pages"])
            if on_result:
                on_result(result)
            if bar:
                bar.step(len(result.get("pages") or []))
    finally:
        if bar:
            bar.close()
        conn.close()
    return {"ingested": done, "failed": failed, "skipped": skipped, "pages": pages, "errors": errors}
