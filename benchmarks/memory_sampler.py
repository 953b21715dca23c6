"""The peak memory of a process tree, sampled from a process of its own.

    python memory_sampler.py PID EVERY

Prints "ready", then samples the memory of process PID and all its descendants (but this
sampler) every EVERY seconds until it is sent SIGTERM, then prints the peak in bytes. The
memory is the sum of their proportional set sizes (PSS: a page shared by n processes
counts 1/n in each). Forked workers share the pages of their parent (the spaCy model,
what it holds) until they write them, and summed resident sizes (RSS) counted those once
per process: 1,256 MiB against 610 at the peak of a 500-article stream. Reading a
process's PSS costs about 11 ms for 1.5 GB (``/proc/PID/smaps_rollup``), so sample it
every second or so, not every 0.1 s.

A process that measures itself this way stays single-threaded: a sampling thread would
make it spawn its worker processes instead of forking them
(``storyline.workers.start_method``), which `storyline watch` and `storyline run` do not.
(A signal, not the end of its input: the forked workers would hold that pipe open.)
"""

from __future__ import annotations

import os
import signal
import sys

import psutil


def tree_memory(process: psutil.Process, leave_out: int = -1) -> int:
    """Proportional set size of a process and all its descendants but ``leave_out``, in
    bytes (resident size where PSS cannot be read; 0 once it has ended)."""
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in members:
        if member.pid == leave_out:
            continue
        try:
            total += _proportional(member)
        except psutil.Error:
            continue  # it ended between listing and reading
    return total


def _proportional(process: psutil.Process) -> int:
    try:
        return int(process.memory_full_info().pss)
    except (psutil.AccessDenied, AttributeError):
        return int(process.memory_info().rss)


def main() -> None:
    watched, every = psutil.Process(int(sys.argv[1])), float(sys.argv[2])
    me, parent = os.getpid(), os.getppid()
    # SIGTERM held, then waited for between samples: it ends the wait at once (a handler
    # would let ``time.sleep`` finish its interval). Ctrl-C is the measured process's.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("ready", flush=True)
    peak = tree_memory(watched, me)
    # (an orphan ends too: the process that started it was killed)
    while os.getppid() == parent and watched.is_running():
        peak = max(peak, tree_memory(watched, me))
        if signal.sigtimedwait({signal.SIGTERM}, every) is not None:
            break
    print(max(peak, tree_memory(watched, me)), flush=True)


if __name__ == "__main__":
    main()
