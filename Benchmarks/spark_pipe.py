#!/usr/bin/env python3
"""Runs pith as a Spark stage: a JSONL sample goes through RDD.pipe("pith --records jsonl -")
in local mode, and the script checks that every record comes back, in order within each
partition, with its id. Run through spark-pipe.sh, which makes the venv and the sample."""
import argparse, json, sys, time
from pyspark.sql import SparkSession

ap = argparse.ArgumentParser()
ap.add_argument("--pith", required=True, help="path to the pith binary")
ap.add_argument("--input", required=True, help="JSONL sample (id, url, html per line)")
ap.add_argument("--partitions", type=int, default=4)
ap.add_argument("--cores", type=int, default=2)
args = ap.parse_args()

spark = (SparkSession.builder.master(f"local[{args.cores}]").appName("pith-pipe")
         .config("spark.ui.enabled", "false").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
sc = spark.sparkContext

lines = sc.textFile(args.input, minPartitions=args.partitions)
# One pith process per partition; -j 1 because Spark already runs partitions in parallel.
cleaned = lines.pipe(f"{args.pith} --records jsonl -q -j 1 -")

start = time.time()
pairs = lines.map(lambda l: json.loads(l)["id"]).glom().zip(cleaned.map(json.loads).glom()).collect()
elapsed = time.time() - start

sent = sum(len(ids) for ids, _ in pairs)
back = sum(len(out) for _, out in pairs)
in_order = all([o.get("id") for o in out] == ids for ids, out in pairs)
errors = sum(1 for _, out in pairs for o in out if "error" in o)
empty = sum(1 for _, out in pairs for o in out if "error" not in o and not o.get("text"))
chars = sum(len(o.get("text", "")) for _, out in pairs for o in out)
print(f"partitions: {len(pairs)}  records sent: {sent}  records back: {back}  same order: {in_order}  "
      f"errors: {errors}  empty: {empty}  text chars: {chars}  time: {elapsed:.1f} s")
spark.stop()
sys.exit(0 if sent == back and in_order else 1)
