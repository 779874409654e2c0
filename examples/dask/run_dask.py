"""run_dask.py — zhfacts on a Dask distributed cluster: JSONL shards in, JSONL shards out, in order.

    # on this machine, two worker processes:
    python3 run_dask.py 'news/*.jsonl' facts/ --local-workers 2
    # on a running cluster (dask-scheduler on HOST, dask-worker tcp://HOST:8786 on each machine):
    python3 run_dask.py 'news/*.jsonl' facts/ --scheduler tcp://HOST:8786

Input lines are documents {"id": …, "text": …, "date": "YYYY-MM-DD"}, as for `zhfacts extract --input-format jsonl`.
Each input shard is read with dask.bag; every partition is piped through zhfacts on a worker, either the Python
module (--engine module, the default: one Extractor per worker process, reused) or the CLI as a subprocess
(--engine cli: the same JSONL filter Spark's RDD.pipe or Hadoop Streaming would use). The output is one
--format jsonl line per input line, in input order, written as OUTPUT_DIR/part-00000.jsonl, part-00001.jsonl, …
(one per partition), so `cat OUTPUT_DIR/part-*.jsonl` equals a direct `zhfacts extract --input-format jsonl` run on
the concatenated input. Needs Debian's python3-distributed, and the zhfacts module (or CLI) on every worker.
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def _extractor(lexicon_files):
    """One Extractor per worker process, reused by every partition it runs (rules are compiled once)."""
    import zhfacts

    cache = zhfacts.__dict__.setdefault("_run_dask_extractors", {})
    key = tuple(lexicon_files)
    if key not in cache:
        cache[key] = zhfacts.Extractor(lexicon_files=list(lexicon_files))
    return cache[key]


def extract_partition_module(lines, reference_date, lexicon_files):
    """A partition of JSONL document lines → the --format jsonl lines, through the Python module."""
    ex = _extractor(lexicon_files)
    out = []
    for line in lines:
        doc = json.loads(line)
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ValueError(f"not a JSON object with a string \"text\": {line[:80]!r}")
        out.append(ex.extract_jsonl(doc["text"], doc.get("date") or reference_date, id=doc.get("id")).rstrip("\n"))
    return out


def extract_partition_cli(lines, reference_date, lexicon_files, cli):
    """The same through the CLI as a JSONL filter (one output line per input line, bad lines become error lines)."""
    cmd = [cli, "extract", "--input-format", "jsonl", "--format", "jsonl"]
    if reference_date:
        cmd += ["--reference-date", reference_date]
    for lexicon in lexicon_files:
        cmd += ["--lexicon", lexicon]
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    result = subprocess.run(cmd, input=data.encode("utf-8"), capture_output=True)
    if result.returncode not in (0, 1):  # 1: some documents carry errors, still one line each
        raise RuntimeError(f"{cli} exited with {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result.stdout.decode("utf-8").splitlines()


def run(client, inputs, output_dir, reference_date=None, engine="module", cli="zhfacts", lexicon_files=()):
    """Runs the job on a connected dask.distributed Client; returns the output shard paths in order."""
    import dask
    import dask.bag as db

    files = sorted(glob.glob(inputs)) if isinstance(inputs, str) else list(inputs)
    if not files:
        raise FileNotFoundError(f"no input shards match {inputs}")
    # One partition per input shard (blocksize=None), so partitions, and output shards, follow the input order.
    bag = db.read_text(files, blocksize=None, encoding="utf-8")
    if engine == "module":
        out = bag.map_partitions(extract_partition_module, reference_date, tuple(lexicon_files))
    else:
        out = bag.map_partitions(extract_partition_cli, reference_date, tuple(lexicon_files), cli)
    os.makedirs(output_dir, exist_ok=True)
    # Each worker writes its partition's shard (a shared filesystem on a multi-host cluster, as with to_textfiles);
    # every line ends with a newline, so the shards concatenate to the direct run's output.
    writes = [dask.delayed(write_shard)(part, os.path.join(output_dir, f"part-{i:05d}.jsonl"))
              for i, part in enumerate(out.to_delayed())]
    return list(dask.compute(*writes))


def write_shard(lines, path):
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    return path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", help="glob of JSONL input shards, e.g. 'news/*.jsonl'")
    parser.add_argument("output_dir")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running dask-scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local-workers", type=int, default=2, help="worker processes of a LocalCluster (default 2)")
    parser.add_argument("--engine", choices=["module", "cli"], default="module")
    parser.add_argument("--cli", default="zhfacts", help="the zhfacts CLI on the workers (--engine cli)")
    parser.add_argument("--reference-date", help="default YYYY-MM-DD for documents without a date")
    parser.add_argument("--lexicon", action="append", default=[], help="user lexicon TSV (on every worker)")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client, cluster = Client(args.scheduler), None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        shards = run(client, args.inputs, args.output_dir, args.reference_date, args.engine,
                     os.path.abspath(args.cli) if os.path.exists(args.cli) else args.cli, args.lexicon)
        workers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    docs = records = errors = 0
    for shard in shards:
        with open(shard, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                docs, records, errors = docs + 1, records + len(doc["records"]), errors + len(doc["errors"])
    print(f"{docs} documents, {records} records, {errors} errors -> {len(shards)} shards in {args.output_dir} "
          f"({workers} workers)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
