#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The screen reader watch follows org.a11y.Status as it changes.

screen-reader-watch (TEST_PROGRAM) runs the real SoftenA11yScreenReader on
this test's session bus (dbus-run-session), where at-spi2-core's
org.a11y.Bus is D-Bus-activated. This script turns ScreenReaderEnabled on
and off, as Orca does, and the watch must say each change: private fields
unblock what they broadcast when it is on, and block it again when off.

Speaks TAP.
"""

import os
import select
import subprocess
import sys


def set_screen_reader(enabled):
    return subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                           '--object-path', '/org/a11y/bus', '--method',
                           'org.freedesktop.DBus.Properties.Set', 'org.a11y.Status',
                           'ScreenReaderEnabled', '<true>' if enabled else '<false>'],
                          capture_output=True, timeout=30).returncode == 0


def read_line(process, timeout=10):
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    return process.stdout.readline().strip() if ready else ''


def main():
    if 'DBUS_SESSION_BUS_ADDRESS' not in os.environ or not set_screen_reader(False):
        print('1..0 # SKIP no accessibility bus (run under dbus-run-session with at-spi2-core)')
        return 0
    print('1..3')
    program = subprocess.Popen([os.environ['TEST_PROGRAM']], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        results = []

        def check(ok, name, said):
            results.append(ok)
            print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
            print(f'# it said {said!r}')

        line = read_line(program)
        check(line == 'ready', 'off at first: it says nothing before it is ready', line)
        set_screen_reader(True)
        line = read_line(program)
        check(line == 'on', 'a screen reader turned on is seen', line)
        set_screen_reader(False)
        line = read_line(program)
        check(line == 'off', 'and turned off again', line)
        return 0 if all(results) else 1
    finally:
        program.stdin.close()
        program.wait(timeout=10)


if __name__ == '__main__':
    sys.exit(main())
