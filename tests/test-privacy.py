#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a person writes never leaves the process: checked with strace.

The UI tests that write during the forgiveness ritual and the defenses
exercise (every way out of a session included: finishing, leaving,
stopping to ground, closing, quitting; each release ceremony; copying, which is
refused) run under strace with a marker of this test's own typed in as the
person's words. Then:

1. no write, pwrite, writev, send, sendto, sendmsg or sendmmsg carries the
   marker: not to a file, not to the X server (the clipboard, the primary
   selection, a window title), not to D-Bus (a portal, a notification,
   settings);
2. the process opens no network socket (only local ones: D-Bus, X11);
3. as a control, the same scan finds the marker when a child of the
   traced process does write it, so the check can fail.

The tests run three times. First with accessibility off (GTK_A11Y=none).
Then with it on, as on GNOME, where the accessibility bus is always up and
any process of the same user can listen to it: with no screen reader
enabled (org.a11y.Status ScreenReaderEnabled false), what is typed in a
private field must not be sent over that bus either (GTK 4.8 sends an
AT-SPI TextChanged with the text for each change). Last, with a screen
reader enabled, the words must reach the bus, as a screen reader needs
them: this also shows the first scan can see a leak over the bus.

Speaks TAP. TEST_UI names the UI test program with the writing tests
(test-ui-writing).
"""

import os
import re
import secrets
import subprocess
import sys
import tempfile

SYSCALLS = 'write,pwrite64,writev,pwritev,pwritev2,send,sendto,sendmsg,sendmmsg,socket,connect'
TESTS = ['/soften/ui-writing/writing-is-never-kept', '/soften/ui-writing/release-never-half-done',
         '/soften/ui-writing/release-ceremony', '/soften/ui-writing/defense-choice']
NETWORK = re.compile(r'socket\((AF_INET6?|AF_PACKET|PF_INET6?)\b')

results = []


def report(ok, name, detail=''):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    for line in detail.splitlines():
        print(f'# {line}')
    sys.stdout.flush()


def trace(command, env, log):
    return subprocess.run(['strace', '-f', '-qq', '-s', '1000000', '-e', f'trace={SYSCALLS}',
                           '-o', log, '--'] + command,
                          env=env, capture_output=True, text=True, timeout=900)


def carrying(log, marker):
    """The syscalls in @log whose data holds @marker, named without it."""
    found = []
    with open(log, encoding='utf-8', errors='replace') as lines:
        for line in lines:
            if marker in line:
                call = re.search(r'(\w+)\((\d+)', line)
                found.append(f'{call.group(1)} to fd {call.group(2)}' if call else 'a call')
    return found


def set_screen_reader(enabled):
    """Sets org.a11y.Status ScreenReaderEnabled, as Orca does; starts the
    accessibility bus if need be. False if there is none."""
    value = '<true>' if enabled else '<false>'
    return subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.a11y.Bus',
                           '--object-path', '/org/a11y/bus', '--method',
                           'org.freedesktop.DBus.Properties.Set', 'org.a11y.Status',
                           'ScreenReaderEnabled', value],
                          capture_output=True, timeout=30).returncode == 0


def run_writing(env, log, what):
    """Runs the writing tests under strace; the trace's text, or None."""
    run = trace([os.environ['TEST_UI'], '--tap'] + [arg for t in TESTS for arg in ('-p', t)], env, log)
    passed = len(re.findall(r'^ok \d+', run.stdout, re.M))
    if run.returncode != 0 or passed != len(TESTS):
        report(False, f'the writing tests ran under strace, {what}',
               f'exit {run.returncode}, {passed} of {len(TESTS)} passed\n{run.stderr[-2000:]}')
        return None
    with open(log, encoding='utf-8', errors='replace') as lines:
        return lines.read()


def main():
    print('1..5')
    marker = 'SOFTENMARKER' + secrets.token_hex(8)
    env = dict(os.environ, SOFTEN_TEST_MARKER=marker, GTK_A11Y='none')
    # In the sanitizer pass: LeakSanitizer cannot work under ptrace; the
    # same tests run with it outside strace.
    if 'ASAN_OPTIONS' in env:
        env['ASAN_OPTIONS'] += ':detect_leaks=0'
    a11y_env = {k: v for k, v in env.items() if k != 'GTK_A11Y'}

    with tempfile.TemporaryDirectory(prefix='soften-privacy-') as folder:
        log = os.path.join(folder, 'trace')
        text = run_writing(env, log, 'accessibility off')
        if text is None:
            return 1
        n_writes = len(re.findall(r'\b(?:write|writev|sendmsg)\(', text))
        leaks = carrying(log, marker)
        report(not leaks and n_writes > 0, 'no write or message carries what was written',
               f'{n_writes} writes and messages traced' + ''.join(f'\ncarried by {leak}' for leak in leaks))

        if not set_screen_reader(False):
            report(False, 'the accessibility bus is up (at-spi2-core, a session bus)')
            return 1
        a11y_log = os.path.join(folder, 'a11y')
        if run_writing(a11y_env, a11y_log, 'accessibility on') is None:
            return 1
        leaks = carrying(a11y_log, marker)
        report(not leaks, 'with no screen reader on, nothing typed goes over the accessibility bus',
               ''.join(f'carried by {leak}\n' for leak in leaks))

        set_screen_reader(True)
        reader_log = os.path.join(folder, 'reader')
        reader_text = run_writing(a11y_env, reader_log, 'a screen reader on')
        set_screen_reader(False)
        if reader_text is None:
            return 1
        report(bool(carrying(reader_log, marker)) and 'TextChanged' in reader_text,
               'with a screen reader on, what is typed reaches it')

        sockets = sorted(set(NETWORK.findall(text)))
        local = sorted(set(re.findall(r'socket\((AF_\w+)', text)) - set(sockets))
        report(not sockets, 'no network socket is opened',
               ('network sockets: ' + ', '.join(sockets) + '\n' if sockets else '') +
               'local sockets only: ' + (', '.join(local) or 'none'))

        control_log = os.path.join(folder, 'control')
        trace(['sh', '-c', f'printf %s {marker} > /dev/null'], env, control_log)
        report(bool(carrying(control_log, marker)), 'the scan finds the marker when it is written')

    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
