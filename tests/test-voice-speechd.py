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

results = []


def report(ok, name, detail=''):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    for line in detail.splitlines():
        print(f'# {line}')
    sys.stdout.flush()


def words(text):
    return re.findall(r'\w+', text.lower())


def start_dispatcher(root):
    conf = os.path.join(root, 'conf')
    os.makedirs(os.path.join(conf, 'modules'))
    said = os.path.join(root, 'said.txt')
    languages = ('en', 'de', 'es')
    with open(os.path.join(conf, 'speechd.conf'), 'w') as f:
        f.write('CommunicationMethod "unix_socket"\nLogLevel 3\n'
                'AddModule "recorder" "sd_generic" "recorder.conf"\n'
                'DefaultModule recorder\n'
                # The recorder plays nothing; this output fails softly without sound.
                'AudioOutputMethod "libao"\n')
        for code in languages:
            f.write(f'LanguageDefaultModule "{code}" "recorder"\n')
    with open(os.path.join(conf, 'modules', 'recorder.conf'), 'w') as f:
        f.write('GenericExecuteSynth "printf \'%s|%s\\\\n\' \\\'$LANGUAGE\\\' '
                f'\\\'$DATA\\\' >> {said}"\n')
        for code in languages:
            f.write(f'AddVoice "{code}" "FEMALE1" "{code}"\n')
            f.write(f'GenericLanguage "{code}" "{code}" "utf-8"\n')
    os.makedirs(os.path.join(root, 'log'))
    socket = os.path.join(root, 'socket')
    daemon = subprocess.Popen(
        ['speech-dispatcher', '--run-single', '--timeout', '0', '--config-dir', conf,
         '--socket-path', socket, '--pid-file', os.path.join(root, 'pid'),
         '--log-dir', os.path.join(root, 'log'), '--log-level', '3'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if 'KEEP_ROOT' not in os.environ else None)
    deadline = time.monotonic() + 20
    while not os.path.exists(socket) and time.monotonic() < deadline:
        time.sleep(0.05)
    return daemon, socket, said


def read_said(said):
    try:
        with open(said, encoding='utf-8') as f:
            return [line.rstrip('\n').split('|', 1) for line in f if '|' in line]
    except FileNotFoundError:
        return []


def run_app(root, socket, voice_on, language, wait_for, seconds):
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
        'SPEECHD_ADDRESS': f'unix_socket:{socket}',
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
    daemon, socket, said = start_dispatcher(root)
    try:
        def spoke_german():
            return any(language == 'de' and words(text)[:6] == words(german)[:6]
                       for language, text in read_said(said))

        output = run_app(root, socket, True, 'de', spoke_german, 30)
        report(spoke_german(), 'the first step of Box breathing is spoken in German',
               f'heard: {read_said(said)!r}\nthe app said: {output}')

        heard_before = len(read_said(said))
        output = run_app(root, socket, False, 'de', lambda: len(read_said(said)) > heard_before,
                         4)
        report(len(read_said(said)) == heard_before,
               'with voice guidance off, nothing reaches the speech service',
               f'heard: {read_said(said)[heard_before:]!r}\nthe app said: {output}')
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if os.environ.get('KEEP_ROOT') is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
