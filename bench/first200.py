#!/usr/bin/env python3
"""Waits for the first 200 of GET <url> from a server just launched; prints two numbers: milliseconds from
<launch_ns> (time.time_ns() at launch) to that 200, and the CPU milliseconds process <pid> had used by then.

One process polling every 5 ms with a socket of its own. The previous poller forked a curl and a sleep every few
milliseconds, ~1 core of CPU on a 2-core machine, taken from the server it was timing (bench/README.md, Start-up).
Exit 1 when the server exits first, 2 after 60 s without a 200."""
import http.client
import os
import sys
import time

url, pid, launch_ns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
host_port, path = url.split("//", 1)[1].split("/", 1)
host, port = host_port.split(":")
ticks = os.sysconf("SC_CLK_TCK")


def stat():
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def cpu_ms():
    fields = stat()
    return (int(fields[11]) + int(fields[12])) * 1000 // ticks


while True:
    try:
        conn = http.client.HTTPConnection(host, int(port), timeout=5)
        conn.request("GET", "/" + path)
        if conn.getresponse().status == 200:
            print((time.time_ns() - launch_ns) // 1_000_000, cpu_ms())
            sys.exit(0)
    except OSError:
        pass
    fields = stat()
    if fields is None or fields[0] == "Z":   # gone, or exited and not yet waited for
        sys.exit(1)
    if time.time_ns() - launch_ns > 60 * 1_000_000_000:
        sys.exit(2)
    time.sleep(0.005)
