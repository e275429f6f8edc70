# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A private Speech Dispatcher that writes down what it is asked to say.

Used by the voice test (tests/test-voice-speechd.py) and the benchmark: a
speech-dispatcher of its own (configuration, socket, pid file and logs in a
folder of the caller's), whose one "module" is Speech Dispatcher's generic
module running printf: each text it is given is written to said.txt with the
language it was asked to speak it in, and nothing is played. So it needs no
audio at all, and shows exactly what reached the speech service.
"""

import os
import subprocess
import time

LANGUAGES = ("en", "de", "es")


class Recorder:
    def __init__(self, root):
        self.root = root
        self.said = os.path.join(root, "said.txt")
        self.socket = os.path.join(root, "socket")
        conf = os.path.join(root, "conf")
        os.makedirs(os.path.join(conf, "modules"))
        os.makedirs(os.path.join(root, "log"))
        with open(os.path.join(conf, "speechd.conf"), "w") as f:
            f.write('CommunicationMethod "unix_socket"\nLogLevel 3\n'
                    'AddModule "recorder" "sd_generic" "recorder.conf"\n'
                    'DefaultModule recorder\n'
                    # The recorder plays nothing; this output fails softly without sound.
                    'AudioOutputMethod "libao"\n')
            for code in LANGUAGES:
                f.write(f'LanguageDefaultModule "{code}" "recorder"\n')
        with open(os.path.join(conf, "modules", "recorder.conf"), "w") as f:
            f.write('GenericExecuteSynth "printf \'%s|%s\\\\n\' \\\'$LANGUAGE\\\' '
                    f'\\\'$DATA\\\' >> {self.said}"\n')
            for code in LANGUAGES:
                f.write(f'AddVoice "{code}" "FEMALE1" "{code}"\n')
                f.write(f'GenericLanguage "{code}" "{code}" "utf-8"\n')
        self.daemon = subprocess.Popen(
            ["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", conf,
             "--socket-path", self.socket, "--pid-file", os.path.join(root, "pid"),
             "--log-dir", os.path.join(root, "log"), "--log-level", "3"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while not os.path.exists(self.socket) and time.monotonic() < deadline:
            time.sleep(0.05)

    @property
    def address(self):
        """The value of SPEECHD_ADDRESS that reaches it."""
        return f"unix_socket:{self.socket}"

    def heard(self):
        """[(language, text)] in the order they were said."""
        try:
            with open(self.said, encoding="utf-8") as f:
                return [tuple(line.rstrip("\n").split("|", 1)) for line in f if "|" in line]
        except FileNotFoundError:
            return []

    def stop(self):
        self.daemon.terminate()
        self.daemon.wait(timeout=10)
