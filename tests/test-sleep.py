#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A session pauses before the machine sleeps: checked against a mock logind.

python3-dbusmock starts a private system bus and its logind template on it;
sleep-session (TEST_PROGRAM) runs a session with the real logind sleep
monitor on that bus, as the app does. The mock then sends PrepareForSleep,
false first (waking up: nothing happens), then true; the session must
pause, marked away, with only the time before it counted.

Speaks TAP.
"""

import os
import select
import subprocess
import sys
import time

try:
    import dbus
    from dbusmock import DBusTestCase, MOCK_IFACE
except ImportError as error:
    print(f'1..0 # SKIP no python3-dbusmock ({error})')
    sys.exit(0)


def read_line(process, timeout):
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    return process.stdout.readline().strip() if ready else ''


def main():
    print('1..2')
    DBusTestCase.start_system_bus()
    mock, _ = DBusTestCase.spawn_server_template('logind', {}, stdout=subprocess.DEVNULL)
    try:
        bus = DBusTestCase.get_dbus(system_bus=True)
        manager = bus.get_object('org.freedesktop.login1', '/org/freedesktop/login1')
        program = subprocess.Popen([os.environ['TEST_PROGRAM']], stdout=subprocess.PIPE, text=True,
                                   env=dict(os.environ))
        try:
            first = read_line(program, 10)
            # The monitor subscribes once it has the bus: PrepareForSleep(false)
            # for a second first, which must change nothing.
            end = time.monotonic() + 1.0
            while time.monotonic() < end:
                manager.EmitSignal('org.freedesktop.login1.Manager', 'PrepareForSleep', 'b',
                                   [False], dbus_interface=MOCK_IFACE)
                time.sleep(0.1)
            still = program.poll() is None
            print(f"{'ok' if first == 'running' and still else 'not ok'} 1 - "
                  'waking up does not pause the session')
            line = ''
            end = time.monotonic() + 10.0
            while not line and time.monotonic() < end:
                manager.EmitSignal('org.freedesktop.login1.Manager', 'PrepareForSleep', 'b',
                                   [True], dbus_interface=MOCK_IFACE)
                line = read_line(program, 0.2)
            program.wait(timeout=10)
            ok = line == 'paused away active=7' and program.returncode == 0
            print(f"{'ok' if ok else 'not ok'} 2 - PrepareForSleep(true) pauses the session")
            if not ok:
                print(f'# said {line!r}, exit {program.returncode}')
            return 0 if ok and still else 1
        finally:
            if program.poll() is None:
                program.kill()
                program.wait()
    finally:
        mock.terminate()
        mock.wait()
        DBusTestCase.tearDownClass()


if __name__ == '__main__':
    sys.exit(main())
