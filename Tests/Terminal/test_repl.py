#!/usr/bin/env python3
"""Drives the real podfence binary through a pseudo-terminal, as a person would.

Checks: the demo starts with the example cluster, tab completion of a workload name, history recall with
the Up arrow, Ctrl-C dropping a half-typed line without exiting, a pasted multi-line YAML document, the
history file written on exit, and Ctrl-D exiting with status 0. Run by `make test`.
"""
import os
import sys
import tempfile

import pexpect

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/podfence"
PROMPT = "podfence> "
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


with tempfile.TemporaryDirectory() as home:
    history = os.path.join(home, "history")
    with open(history, "wb") as damaged:
        damaged.write(b"\x00\xff not a libedit history file\n")
    env = dict(os.environ, NO_COLOR="1", TERM="xterm", PODFENCE_HISTORY=history)
    child = pexpect.spawn(binary, ["repl", "--demo"], env=env, encoding="utf-8", timeout=10,
                          dimensions=(40, 160))
    child.expect_exact("loaded 13 objects from 5 files")
    child.expect_exact(PROMPT)
    check(True, "the demo starts with the example cluster and shows a prompt (damaged history file ignored)")

    child.send("show ns-app1/w\t")
    child.send("\r")  # without the completion, "ns-app1/w" names nothing
    index = child.expect_exact(["name: web", "no object named", pexpect.TIMEOUT], timeout=5)
    check(index == 0, "Tab completes a workload name")
    child.expect_exact(PROMPT)

    child.send("show namespaces\r")
    child.expect_exact("Namespace  kube-system")
    child.expect_exact(PROMPT)
    child.send("\x1b[A\r")  # Up arrow: recall the last line
    index = child.expect_exact(["Namespace  kube-system", pexpect.TIMEOUT], timeout=5)
    check(index == 0, "Up recalls the previous command")
    child.expect_exact(PROMPT)

    child.send("show this is half typed")
    child.send("\x03")  # Ctrl-C
    child.expect_exact("^C")
    child.expect_exact(PROMPT)
    child.send("show\r")
    index = child.expect_exact(["namespaces: 4", "no object named", pexpect.TIMEOUT], timeout=5)
    check(index == 0, "Ctrl-C drops the half-typed line and the REPL goes on")
    child.expect_exact(PROMPT)

    child.send("apiVersion: v1\rkind: Namespace\rmetadata:\r  name: pasted\r\r")
    child.expect_exact("loaded 1 object from 1 file")
    child.expect_exact(PROMPT)
    child.send("show pasted\r")
    index = child.expect_exact(["name: pasted", pexpect.TIMEOUT], timeout=5)
    check(index == 0, "a pasted YAML document is applied when a blank line ends it")
    child.expect_exact(PROMPT)

    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    check(child.exitstatus == 0, "Ctrl-D exits with status 0 (status %s)" % child.exitstatus)
    with open(history, "rb") as saved:
        text = saved.read().decode("utf-8", "replace")
    check(text.startswith("_HiStOrY_V2_") and "show\\040namespaces" in text, "history is saved on exit")

    # Started the way `make run` starts it: Ctrl-C reaches the whole foreground process group, so the REPL
    # must take the terminal for itself, or make would die and leave it fighting the shell.
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    child = pexpect.spawn("make", ["--no-print-directory", "-s", "run-debug"], cwd=root, env=env, encoding="utf-8",
                          timeout=10, dimensions=(40, 160))
    child.expect_exact(PROMPT)
    child.send("show half typed")
    child.send("\x03")
    child.expect_exact(PROMPT)
    child.send("show\r")
    index = child.expect_exact(["namespaces: 4", pexpect.EOF, pexpect.TIMEOUT], timeout=5)
    check(index == 0, "under make, Ctrl-C cancels the line and neither the REPL nor make dies")
    child.expect_exact(PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    check(child.exitstatus == 0, "under make, Ctrl-D exits and make succeeds (status %s)" % child.exitstatus)

if failures:
    sys.exit("%d terminal check(s) failed" % len(failures))
print("terminal checks passed")
