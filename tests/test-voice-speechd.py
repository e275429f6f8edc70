#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Voice guidance through a real, private Speech Dispatcher.

A speech-dispatcher of the test's own (its own configuration, socket and
logs) speaks through a "module" that writes down each text it is given and
the language it is asked to speak it in, instead of playing sound: so the
test runs, and proves what reached the speech service, on a machine with no
audio at all. The real app is then started with voice guidance on:

1. under LANGUAGE=de, "Box breathing" speaks its first step in German, and
   asks for the German voice;
2. with voice guidance off (the default), nothing reaches the service.

Speaks TAP. Needs a display (the README's test command gives one);
SOFTEN_BIN names the app, EXERCISES_DIR the built exercises.
"""

import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'build-aux'))
from speechd_recorder import Recorder  # noqa: E402

results = []


def report(ok, name, detail=''):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    for line in detail.splitlines():
        print(f'# {line}')
    sys.stdout.flush()


def words(text):
    return re.findall(r'\w+', text.lower())


def run_app(root, address, voice_on, language, wait_for, seconds):
    home = tempfile.mkdtemp(dir=root)
    settings = os.path.join(home, 'config', 'glib-2.0', 'settings')
    os.makedirs(settings)
    with open(os.path.join(settings, 'keyfile'), 'w') as f:
        f.write('[io/github/softenapp/Soften]\n')
        f.write(f'voice-guidance={"true" if voice_on else "false"}\n')
    env = dict(os.environ)
    env.update({
        'GSETTINGS_BACKEND': 'keyfile',
        'XDG_CONFIG_HOME': os.path.join(home, 'config'),
        'XDG_DATA_HOME': os.path.join(home, 'data'),
        'XDG_CACHE_HOME': os.path.join(home, 'cache'),
        'XDG_STATE_HOME': os.path.join(home, 'state'),
        'HOME': home,
        'LANGUAGE': language,
        'SPEECHD_ADDRESS': address,
    })
    app = subprocess.Popen([os.environ['SOFTEN_BIN'], '--start', 'box-breathing'], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not wait_for() and app.poll() is None:
        time.sleep(0.1)
    app.terminate()
    try:
        output, _ = app.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
        output, _ = app.communicate()
    return output.decode(errors='replace')


def main():
    print('1..2')
    exercise = configparser.ConfigParser(interpolation=None, strict=False)
    exercise.optionxform = str
    exercise.read(os.path.join(os.environ['EXERCISES_DIR'], 'box-breathing.exercise'),
                  encoding='utf-8')
    german = exercise['Step 1']['Text[de]']
    root = tempfile.mkdtemp(prefix='soften-voice-')
    recorder = Recorder(os.path.join(root, 'speechd'))
    try:
        def spoke_german():
            return any(language == 'de' and words(text)[:6] == words(german)[:6]
                       for language, text in recorder.heard())

        output = run_app(root, recorder.address, True, 'de', spoke_german, 30)
        report(spoke_german(), 'the first step of Box breathing is spoken in German',
               f'heard: {recorder.heard()!r}\nthe app said: {output}')

        heard_before = len(recorder.heard())
        output = run_app(root, recorder.address, False, 'de',
                         lambda: len(recorder.heard()) > heard_before, 4)
        report(len(recorder.heard()) == heard_before,
               'with voice guidance off, nothing reaches the speech service',
               f'heard: {recorder.heard()[heard_before:]!r}\nthe app said: {output}')
    finally:
        recorder.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
