#!/usr/bin/env python3
"""Times shell commands round-robin (one run of each in turn, N rounds), so that a shared machine's drift
spreads over all of them alike; prints min, median and max wall time of each, in seconds.

    python3 hip-examples/src/bench/scripts/interleaved.py -n 10 -w 2 "CMD1" "CMD2" ...

Each command's output is discarded; a command that fails stops the run."""
import argparse, statistics, subprocess, time

parser = argparse.ArgumentParser()
parser.add_argument("-n", type=int, default=10, help="timed rounds")
parser.add_argument("-w", type=int, default=2, help="untimed warm-up rounds")
parser.add_argument("commands", nargs="+")
options = parser.parse_args()
times = {c: [] for c in options.commands}
for round_ in range(options.w + options.n):
    for command in options.commands:
        start = time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if round_ >= options.w:
            times[command].append(time.perf_counter() - start)
for command, t in times.items():
    print(f"min {min(t):.3f}  median {statistics.median(t):.3f}  max {max(t):.3f}  ({len(t)} runs)  {command}")
