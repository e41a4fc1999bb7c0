#!/usr/bin/env python3
"""Measures the REPL's start-up: from spawning `podfence repl --demo` on a pseudo-terminal to its first
prompt (the example cluster parsed, decoded and validated on the way). Prints the median and the worst of
N runs. Usage: scripts/measure-startup.py [BINARY] [RUNS]
"""
import os
import statistics
import sys
import tempfile
import time

import pexpect

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/podfence"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
samples = []
with tempfile.TemporaryDirectory() as home:
    env = dict(os.environ, NO_COLOR="1", TERM="xterm", PODFENCE_HISTORY=os.path.join(home, "history"))
    for _ in range(runs):
        start = time.perf_counter()
        child = pexpect.spawn(binary, ["repl", "--demo"], env=env, encoding="utf-8", timeout=10)
        child.expect_exact("podfence> ")
        samples.append((time.perf_counter() - start) * 1000)
        child.sendcontrol("d")
        child.expect(pexpect.EOF)
        child.close()
samples.sort()
print(f"{binary}: start-up to the first prompt over {runs} runs: median {statistics.median(samples):.1f} ms, "
      f"p90 {samples[int(len(samples) * 0.9) - 1]:.1f} ms, worst {samples[-1]:.1f} ms")
