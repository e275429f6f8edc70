#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash safety, with real processes killed by SIGKILL.

1. Progress: tests/crash-writer records finished sessions in a loop, through
   the engine and a file-backed settings backend, and is killed at random
   moments, again and again. After every kill, every session it had
   reported done is still there, in order, and at most the one being
   written when it died is added.
2. Kept scripts: the same for the script store, which must read back
   whole (not set aside as damaged).
3. The app: started with that history, killed in the middle of an
   exercise, started again: it starts cleanly (no warnings), the history
   and the kept scripts are exactly as they were, and no temporary files
   are left behind.
4. Two writers keeping scripts at once, as two instances of the app on
   two session buses: every script either reported kept is there.

Speaks TAP. Needs a session bus and a display (the README's test command
gives both); SOFTEN_BIN and CRASH_WRITER name the programs.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HISTORY_CAP = 1000
ROUNDS = 15

results = []


def report(ok, name, detail=''):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    if detail:
        for line in detail.splitlines():
            print(f'# {line}')
    sys.stdout.flush()


def environment(home):
    env = dict(os.environ)
    env.update({
        'GSETTINGS_BACKEND': 'keyfile',
        'XDG_CONFIG_HOME': os.path.join(home, 'config'),
        'XDG_DATA_HOME': os.path.join(home, 'data'),
        'XDG_CACHE_HOME': os.path.join(home, 'cache'),
        'XDG_STATE_HOME': os.path.join(home, 'state'),
        'HOME': home,
    })
    return env


def check(env):
    out = subprocess.run([os.environ['CRASH_WRITER'], 'check'], env=env,
                         capture_output=True, text=True, timeout=30)
    lines = dict(line.split(' ', 1) if ' ' in line else (line, '')
                 for line in out.stdout.splitlines())
    if out.returncode != 0:
        raise AssertionError(f'the stores cannot be read: {out.stdout}{out.stderr}')
    sessions = [int(v) for v in lines.get('sessions', '').split()]
    scripts = lines.get('scripts', '').split()
    return sessions, scripts


def kill_while_writing(env, kind, first):
    """Starts the writer at @first, kills it after a random moment; returns
    what it reported done: (number, rest of the line)."""
    writer = subprocess.Popen([os.environ['CRASH_WRITER'], kind, str(first)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(random.uniform(0.02, 0.25))
    writer.send_signal(signal.SIGKILL)
    out, err = writer.communicate()
    if err.strip():
        raise AssertionError(f'the writer complained: {err}')
    done = []
    for line in out.splitlines():
        if line.startswith('done '):
            number, _, rest = line[5:].partition(' ')
            done.append((int(number), rest))
    return done


def test_progress(env):
    expected = []
    first = 1
    for round_ in range(ROUNDS):
        done = [n for n, _ in kill_while_writing(env, 'progress', first)]
        sessions, _ = check(env)
        expected += done
        in_flight = (done[-1] if done else first - 1) + 1
        # At most the one being written when it died may have landed too.
        if sessions[-1:] == [in_flight]:
            expected.append(in_flight)
        if sessions != expected[-HISTORY_CAP:]:
            missing = sorted(set(expected[-HISTORY_CAP:]) - set(sessions))[:10]
            report(False, 'progress survives being killed while writing',
                   f'round {round_}: {len(done)} reported done, missing {missing}')
            return
        first = in_flight + 1 if sessions[-1:] == [in_flight] else in_flight
    report(True, 'progress survives being killed while writing',
           f'{ROUNDS} kills, {len(expected)} sessions recorded, none lost')


def test_scripts(env):
    expected = []
    first = 1
    for round_ in range(ROUNDS):
        done = [script_id for _, script_id in kill_while_writing(env, 'scripts', first)]
        _, scripts = check(env)
        expected = list(reversed(done)) + expected
        # At most the one being saved when it died may have landed too.
        if len(scripts) == len(expected) + 1 and scripts[1:] == expected:
            expected = scripts
        if scripts != expected:
            missing = [s for s in expected if s not in scripts][:5]
            report(False, 'kept scripts survive being killed while saving',
                   f'round {round_}: {len(done)} reported kept, missing {missing}')
            return
        first += len(done) + 1
    report(True, 'kept scripts survive being killed while saving',
           f'{ROUNDS} kills, {len(expected)} scripts kept, none lost')


def test_two_writers(home):
    """Two processes keep scripts at once, as two instances of the app on
    two session buses would, and are killed at random moments: every
    script either reported kept is there."""
    env = environment(os.path.join(home, 'two-writers'))
    reported = set()
    for round_ in range(ROUNDS // 3):
        writers = [subprocess.Popen([os.environ['CRASH_WRITER'], 'scripts', str(first)], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for first in (1, 1000001)]
        time.sleep(random.uniform(0.1, 0.4))
        for writer in writers:
            writer.send_signal(signal.SIGKILL)
        for writer in writers:
            out, err = writer.communicate()
            if err.strip():
                raise AssertionError(f'a writer complained: {err}')
            reported |= {line.split()[2] for line in out.splitlines() if line.startswith('done ')}
        _, scripts = check(env)
        missing = reported - set(scripts)
        if missing:
            report(False, 'two instances keeping scripts at once lose none',
                   f'round {round_}: {len(missing)} of {len(reported)} kept scripts lost')
            return
    report(True, 'two instances keeping scripts at once lose none',
           f'{len(reported)} scripts kept by two processes at once, none lost')


def app_call(env, action, parameter):
    # Generous: under the sanitizers, the first window takes many seconds
    # to make, and the call returns only once the exercise has started.
    return subprocess.run(
        ['gdbus', 'call', '--session', '--dest', 'io.github.softenapp.Soften',
         '--object-path', '/io/github/softenapp/Soften',
         '--method', 'org.gtk.Actions.Activate', action, parameter, '{}'],
        env=env, capture_output=True, text=True, timeout=90)


def start_app(env):
    app = subprocess.Popen([os.environ['SOFTEN_BIN']], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if app.poll() is not None:
            break
        if app_call(env, 'start', "[<'box-breathing'>]").returncode == 0:
            return app
        time.sleep(0.1)
    app.kill()
    out, err = app.communicate()
    raise AssertionError(f'the app did not start: {err}')


def leftovers(home):
    """Our own temporary files left behind (GLib's keyfile settings backend,
    a test stand-in for dconf, is not ours)."""
    found = []
    for folder, _, files in os.walk(os.path.join(home, 'data')):
        for name in files:
            # The settings backend writes NAME.XXXXXX first, the script
            # store NAME.saving-XXXXXX.
            if ('.' in name and len(name.rsplit('.', 1)[1]) == 6 and not name.endswith('.exercise')
                    or '.saving-' in name):
                found.append(os.path.join(folder, name))
    return found


def test_app_killed_mid_session(env, home):
    before = check(env)
    app = start_app(env)
    time.sleep(random.uniform(0.3, 1.0))   # the exercise is under way
    app.send_signal(signal.SIGKILL)
    app.communicate()
    after_kill = check(env)

    app = start_app(env)
    time.sleep(0.5)
    app.terminate()
    _, err = app.communicate(timeout=20)
    after_restart = check(env)

    problems = []
    if after_kill != before:
        problems.append('killing the app changed what was kept')
    if after_restart != before:
        problems.append('starting again changed what was kept')
    noise = [line for line in err.splitlines()
             if 'WARNING' in line or 'CRITICAL' in line or 'ERROR' in line]
    if noise:
        problems.append('the next start was not clean: ' + '; '.join(noise[:5]))
    stray = leftovers(home)
    if stray:
        problems.append('temporary files left behind: ' + ', '.join(stray))
    report(not problems, 'the app killed mid-exercise loses nothing and starts cleanly',
           '\n'.join(problems) or f'{len(before[0])} sessions and {len(before[1])} scripts intact')


def main():
    random.seed(os.environ.get('CRASH_SEED', str(time.time_ns())))
    print('1..4')
    home = tempfile.mkdtemp(prefix='soften-crash-')
    try:
        env = environment(home)
        for test in (lambda: test_progress(env), lambda: test_scripts(env),
                     lambda: test_app_killed_mid_session(env, home),
                     lambda: test_two_writers(home)):
            try:
                test()
            except (AssertionError, subprocess.TimeoutExpired) as error:
                report(False, getattr(test, '__name__', 'crash test'), str(error))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
