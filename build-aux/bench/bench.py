#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Soften's performance benchmark: Soften against a bare libadwaita window.

    build-aux/bench/run [--build-dir DIR] [--runs N] [--quick] [--output FILE]
                        [--only NAMES] [--clock-rate N]

Installs what is missing (the packages listed in build-aux/soften-dev),
builds the app in the build directory (default _build) and the floor
programs beside it (DIR/bench/), then runs itself again under Xvfb and a
private D-Bus session and measures, each figure the median of several runs,
each ratio against a floor measured in the same run:

  startup   exec to the first painted frame of the main window, and the peak
            resident memory then, against floor-window (an AdwApplicationWindow
            with a header bar and a status page); and the same again with
            1,000 exercise files of one's own (scale)
  memory    resident memory over a 5-minute exercise run three times in one
            process, on a clock running --clock-rate times as fast
  idle      CPU time and context switches over 10 s on the library page and
            on a paused player
  pacer     CPU time per second while the breathing pacer animates, against
            floor-pacer (a plain circle of the same size, animated from the
            frame clock)
  release   CPU time per second while a release ceremony (burn, tear and
            dissolve, each) draws its card, against floor-pacer animating a
            circle in an area of the card's size: the pacer's floor
  timing    a real-clock run of a 20-second exercise: when each step change
            was due, made and shown
  voice     the same with voice guidance on, speaking to a private Speech
            Dispatcher that only writes down what it is given: how long after
            each step change the speech was asked for; and the library page's
            idle wake-ups with voice guidance on
  files     resident memory once settled (2 s after one's own exercises have
            been read, after the first frame) with 20,000 exercise files of
            one's own, against the same with an empty folder

It prints a table and writes the figures as JSON (default
DIR/bench/results.json) to compare commits. It is not a test: it fails only
when it cannot measure, never because a figure is over budget.
"""

import argparse
import json
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TOP = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BENCH_DIR = os.path.join(TOP, "build-aux", "bench")
APP_ID = "io.github.softenapp.Soften"
APP_PATH = "/io/github/softenapp/Soften"
XVFB_SCREEN = "-screen 0 1280x1024x24"

BUDGET = {
    "startup": 1.15,
    "peak_rss": 1.15,
    "settled_rss": 1.10,
    "idle_wakeups": 0,
    "pacer_cpu": 1.2,
    "late_ms": 20.0,
    "scale_startup": 1.5,
    "files_rss": 1.3,
    "voice_ms": 50.0,
}

# How many exercise files of one's own the "files" figure reads.
MANY_FILES = 20000


def say(message):
    print("\033[1m==> %s\033[0m" % message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Outside Xvfb: install, build, then run again inside.

def soften_dev_packages():
    """The package list at the top of build-aux/soften-dev, kept in one place."""
    with open(os.path.join(TOP, "build-aux", "soften-dev"), encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"^packages=\((.*?)^\)", text, re.S | re.M)
    words = []
    for line in match.group(1).splitlines():
        words += line.split("#", 1)[0].split()
    return words


def install_missing():
    if not shutil.which("dpkg-query"):
        return
    missing = []
    for package in soften_dev_packages():
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                capture_output=True, text=True).stdout
        if "install ok installed" not in status:
            missing.append(package)
    if not missing:
        return
    say("Installing " + " ".join(missing))
    sudo = [] if os.getuid() == 0 else ["sudo"]
    env = sudo + ["env", "DEBIAN_FRONTEND=noninteractive"]
    subprocess.run(env + ["apt-get", "update", "-q"], check=True)
    subprocess.run(env + ["apt-get", "install", "-y", "-q", "--no-install-recommends"] + missing,
                   check=True)


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "build.ninja")):
        say("Configuring " + build_dir)
        subprocess.run(["meson", "setup", build_dir, TOP, "-Dwerror=true"], check=True)
    say("Building")
    subprocess.run(["meson", "compile", "-C", build_dir], check=True, stdout=subprocess.DEVNULL)

    # The floors, with the flags the app is built with.
    options = json.loads(subprocess.run(["meson", "introspect", "--buildoptions", build_dir],
                                        check=True, capture_output=True, text=True).stdout)
    buildtype = next(o["value"] for o in options if o["name"] == "buildtype")
    optimization = {"debug": "-O0", "debugoptimized": "-O2", "release": "-O3",
                    "minsize": "-Os", "plain": ""}.get(buildtype, "-O2")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libadwaita-1"], check=True,
                           capture_output=True, text=True).stdout.split()
    out = os.path.join(build_dir, "bench")
    os.makedirs(out, exist_ok=True)
    for name in ("floor-window", "floor-pacer"):
        source = os.path.join(BENCH_DIR, name + ".c")
        target = os.path.join(out, name)
        sources = [source, os.path.join(BENCH_DIR, "floor-report.h")]
        if os.path.exists(target) and all(os.path.getmtime(s) < os.path.getmtime(target) for s in sources):
            continue
        subprocess.run(["cc", optimization, "-g", "-Wall", "-Wextra", "-Wno-unused-parameter",
                        "-o", target, source] + flags + ["-lm"], check=True)
    return buildtype


def outer(args):
    install_missing()
    build_dir = os.path.realpath(args.build_dir)
    buildtype = build(build_dir)
    say("Measuring under Xvfb (%s build); this takes a few minutes" % buildtype)
    command = ["xvfb-run", "-a", "-s", XVFB_SCREEN, "dbus-run-session", "--",
               sys.executable, os.path.abspath(__file__), "--inner", "--buildtype", buildtype,
               "--build-dir", build_dir] + args.passthrough
    return subprocess.run(command).returncode


# ---------------------------------------------------------------------------
# Inside Xvfb: the measurements.

class Process:
    """A program under measurement; its standard error is read as it comes."""

    def __init__(self, command, env):
        self.start_us = time.monotonic_ns() // 1000
        self.popen = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                      text=True, errors="replace")
        self.pid = self.popen.pid
        self.lines = queue.Queue()
        self.other = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.popen.stderr:
            if line.startswith("soften-bench "):
                self.lines.put(line.split(None, 1)[1].strip())
            else:
                self.other.append(line.rstrip())
        self.lines.put(None)

    def wait_for(self, kind, timeout=60.0):
        """The fields of the next report of @kind, as a dict of numbers."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None:
                self.stop()
                raise RuntimeError("no '%s' report from %s; it said:\n%s"
                                   % (kind, self.popen.args[0], "\n".join(self.other[-20:])))
            word, _, rest = line.partition(" ")
            if word == kind:
                return {k: int(v) for k, v in (f.split("=") for f in rest.split())}

    def sample(self):
        """CPU time (ns) and context switches, of every thread and the main one."""
        cpu = switches = main_switches = threads = 0
        task_dir = "/proc/%d/task" % self.pid
        for tid in os.listdir(task_dir):
            try:
                with open(os.path.join(task_dir, tid, "schedstat")) as f:
                    cpu += int(f.read().split()[0])
                with open(os.path.join(task_dir, tid, "status")) as f:
                    status = f.read()
            except FileNotFoundError:
                continue
            n = sum(int(m) for m in re.findall(r"^(?:non)?voluntary_ctxt_switches:\s*(\d+)",
                                               status, re.M))
            switches += n
            threads += 1
            if int(tid) == self.pid:
                main_switches = n
        with open("/proc/%d/stat" % self.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime + stime, every thread
        return {"cpu_ns": cpu, "ticks": ticks, "switches": switches,
                "main_switches": main_switches, "threads": threads}

    def rss_kib(self):
        with open("/proc/%d/status" % self.pid) as f:
            status = f.read()
        return (int(re.search(r"^VmRSS:\s*(\d+)", status, re.M).group(1)),
                int(re.search(r"^VmHWM:\s*(\d+)", status, re.M).group(1)))

    def cpu_ms_at_exit(self):
        """CPU time (user and system) of a process that exits by itself."""
        _, status, usage = os.wait4(self.pid, 0)
        self.popen.returncode = os.waitstatus_to_exitcode(status)
        return (usage.ru_utime + usage.ru_stime) * 1000.0

    def stop(self):
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
        try:
            self.popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()


class Bench:
    def __init__(self, args):
        self.args = args
        self.build_dir = args.build_dir
        self.soften = os.path.join(self.build_dir, "src", "soften")
        self.floor_window = os.path.join(self.build_dir, "bench", "floor-window")
        self.floor_pacer = os.path.join(self.build_dir, "bench", "floor-pacer")
        self.tmp = tempfile.mkdtemp(prefix="soften-bench-")
        self.data_home_empty = os.path.join(self.tmp, "data-empty")
        self.data_home = os.path.join(self.tmp, "data")
        self.data_home_1000 = os.path.join(self.tmp, "data-1000")
        os.makedirs(self.data_home_empty)
        self.results = {}
        self.rows = []
        write_exercises(os.path.join(self.data_home, "soften", "exercises"))
        write_many_exercises(os.path.join(self.data_home_1000, "soften", "exercises"), 1000)

    def env(self, bench="", data_home=None, **extra):
        env = dict(os.environ)
        for name in list(env):
            if name.startswith("SOFTEN_BENCH") or name.startswith("GTK_DEBUG") or name == "GSK_DEBUG":
                del env[name]
        env.update({
            "GSETTINGS_BACKEND": "memory",
            "GSETTINGS_SCHEMA_DIR": os.path.join(self.build_dir, "data"),
            "SOFTEN_LOCALEDIR": os.path.join(self.build_dir, "po"),
            "GTK_A11Y": "none",
            "ADW_DISABLE_PORTAL": "1",
            "GSK_RENDERER": "cairo",
            "GDK_BACKEND": "x11",
            "LANG": "C.UTF-8",
            "LANGUAGE": "",
            "XDG_DATA_HOME": data_home or self.data_home,
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "XDG_STATE_HOME": os.path.join(self.tmp, "state"),
            "SOFTEN_BENCH": bench,
        })
        env.update(extra)
        return env

    # -- one run of each kind ------------------------------------------------

    def first_frame(self, command, data_home):
        # "exit": at once after the report, so that the CPU time is start-up's.
        process = Process(command, self.env("first-frame,exit", data_home))
        report = process.wait_for("first-frame")
        cpu = process.cpu_ms_at_exit()
        return {"ms": (report["t"] - process.start_us) / 1000.0, "cpu": cpu,
                "maxrss": report["maxrss"], "rss": report["rss"], "widgets": report["widgets"]}

    def library_read(self, data_home):
        """From exec to the person's own exercises read, after the first frame."""
        process = Process([self.soften], self.env("first-frame,library", data_home))
        process.wait_for("first-frame")
        report = process.wait_for("library")
        time.sleep(1)
        settled = process.rss_kib()
        process.stop()
        return {"ms": (report["t"] - process.start_us) / 1000.0, "rss": settled[0], "maxrss": settled[1]}

    def rss_after_first_frame(self, command, seconds=2.0):
        """RSS (KiB) a while after the first frame, when what start-up left
        for later (the window's other pages) has been made."""
        process = Process(command, self.env("first-frame", self.data_home_empty))
        process.wait_for("first-frame")
        time.sleep(seconds)
        rss = process.rss_kib()[0]
        process.stop()
        return rss

    def settled_rss(self, data_home):
        """RSS (KiB) once the person's own files have been read and the app is idle."""
        process = Process([self.soften], self.env("first-frame,library", data_home))
        process.wait_for("first-frame", timeout=120)
        process.wait_for("library", timeout=300)
        time.sleep(self.args.settle)
        rss = process.rss_kib()[0]
        process.stop()
        return rss

    def idle_run(self, command, bench):
        process = Process(command, self.env(bench))
        process.wait_for("first-frame")
        time.sleep(self.args.settle)
        before = process.sample()
        time.sleep(self.args.idle_seconds)
        after = process.sample()
        process.stop()
        return {"cpu_ms": (after["cpu_ns"] - before["cpu_ns"]) / 1e6,
                "ticks": after["ticks"] - before["ticks"],
                "wakeups": after["switches"] - before["switches"],
                "main_wakeups": after["main_switches"] - before["main_switches"],
                "threads": after["threads"]}

    def cpu_per_second(self, command, bench, seconds):
        process = Process(command, self.env(bench))
        report = process.wait_for("first-frame")
        size = process.wait_for("pacer") if "pacer" in bench else None
        time.sleep(self.args.settle)
        before = process.sample()
        time.sleep(seconds)
        after = process.sample()
        process.stop()
        del report
        return (after["cpu_ns"] - before["cpu_ns"]) / 1e6 / seconds, size

    # -- the figures -----------------------------------------------------------

    def startup(self):
        runs = self.args.runs
        say("Start-up: %d runs each of Soften, the floor and Soften with 1,000 files" % runs)
        fresh, many = self.data_home_empty, self.data_home_1000
        for command, data_home in (([self.soften], fresh), ([self.floor_window], fresh),
                                   ([self.soften], many)):  # warm the caches
            self.first_frame(command, data_home)
        samples = {"app": [], "floor": [], "many": []}
        for i in range(runs):
            # Interleaved, so that noise falls on all of them alike.
            order = [("app", [self.soften], fresh), ("floor", [self.floor_window], fresh),
                     ("many", [self.soften], many)]
            if i % 2:
                order.reverse()
            for name, command, data_home in order:
                samples[name].append(self.first_frame(command, data_home))
        app, floor, many_ = samples["app"], samples["floor"], samples["many"]

        def med(runs_, key):
            return statistics.median(s[key] for s in runs_)

        def all_(runs_, key):
            return [s[key] for s in runs_]

        self.record("startup", "Start-up to first frame", med(app, "ms"), "ms",
                    floor=med(floor, "ms"), budget=BUDGET["startup"],
                    samples=all_(app, "ms"), floor_samples=all_(floor, "ms"))
        self.record("startup_cpu", "CPU time to first frame", med(app, "cpu"), "ms",
                    floor=med(floor, "cpu"), samples=all_(app, "cpu"), floor_samples=all_(floor, "cpu"))
        self.record("peak_rss", "Peak RSS at first frame", med(app, "maxrss") / 1024, "MiB",
                    floor=med(floor, "maxrss") / 1024, budget=BUDGET["peak_rss"],
                    samples=all_(app, "maxrss"), floor_samples=all_(floor, "maxrss"))
        self.record("widgets", "Widgets in the window at first frame", med(app, "widgets"), "",
                    floor=med(floor, "widgets"))
        self.record("scale_startup", "1,000 own files: start-up to first frame", med(many_, "ms"), "ms",
                    floor=med(floor, "ms"), budget=BUDGET["scale_startup"], samples=all_(many_, "ms"))
        self.record("scale_startup_cpu", "1,000 own files: CPU time to first frame", med(many_, "cpu"), "ms",
                    floor=med(floor, "cpu"), samples=all_(many_, "cpu"))
        self.record("scale_peak_rss", "1,000 own files: peak RSS at first frame", med(many_, "maxrss") / 1024,
                    "MiB", floor=med(floor, "maxrss") / 1024, samples=all_(many_, "maxrss"))
        self.record("scale_widgets", "1,000 own files: widgets at first frame", med(many_, "widgets"), "",
                    floor=med(floor, "widgets"))
        settled = {"app": [], "floor": []}
        for i in range(runs):
            order = [("app", [self.soften]), ("floor", [self.floor_window])]
            if i % 2:
                order.reverse()
            for name, command in order:
                settled[name].append(self.rss_after_first_frame(command))
        self.record("settled_rss", "RSS 2 s after the first frame",
                    statistics.median(settled["app"]) / 1024, "MiB",
                    floor=statistics.median(settled["floor"]) / 1024, budget=BUDGET["settled_rss"],
                    samples=[s / 1024 for s in settled["app"]],
                    floor_samples=[s / 1024 for s in settled["floor"]])
        read = [self.library_read(many) for _ in range(max(1, runs // 2))]
        self.record("scale_read", "1,000 own files: read, after the first frame", med(read, "ms"), "ms",
                    samples=all_(read, "ms"))
        self.record("scale_rss_read", "1,000 own files: RSS 1 s after reading", med(read, "rss") / 1024, "MiB",
                    floor=med(floor, "maxrss") / 1024, samples=all_(read, "rss"))

    def files(self):
        runs = max(1, self.args.runs // 2)
        many = os.path.join(self.tmp, "data-%d" % MANY_FILES)
        say("Files: writing %d exercise files of one's own" % MANY_FILES)
        write_many_exercises(os.path.join(many, "soften", "exercises"), MANY_FILES)
        say("Files: %d runs each with %d files and with none, RSS settled" % (runs, MANY_FILES))
        self.settled_rss(many)  # warm the caches
        empty, full = [], []
        for i in range(runs):
            order = [(empty, self.data_home_empty), (full, many)]
            if i % 2:
                order.reverse()
            for samples, data_home in order:
                samples.append(self.settled_rss(data_home))
        self.record("files_rss", "%s own files: RSS settled, against none" % format(MANY_FILES, ","),
                    statistics.median(full) / 1024, "MiB", floor=statistics.median(empty) / 1024,
                    budget=BUDGET["files_rss"], samples=[s / 1024 for s in full],
                    floor_samples=[s / 1024 for s in empty])

    def idle(self):
        runs = max(1, self.args.runs // 2)
        say("Idle: %d × %g s on the library page and on a paused player" % (runs, self.args.idle_seconds))
        for key, label, command, bench in (
                ("idle_library", "Idle, library page", [self.soften], "first-frame"),
                ("idle_paused", "Idle, paused player", [self.soften, "--start", "box-breathing"],
                 "first-frame,pause")):
            samples = [self.idle_run(command, bench) for _ in range(runs)]
            seconds = self.args.idle_seconds
            wakeups = statistics.median(s["wakeups"] for s in samples)
            self.record(key + "_wakeups", label + ": wake-ups per 10 s (all threads)",
                        wakeups * 10 / seconds, "", budget_abs=BUDGET["idle_wakeups"],
                        samples=[s["wakeups"] for s in samples])
            self.record(key + "_main_wakeups", label + ": wake-ups per 10 s (main thread)",
                        statistics.median(s["main_wakeups"] for s in samples) * 10 / seconds, "",
                        samples=[s["main_wakeups"] for s in samples])
            self.record(key + "_cpu", label + ": CPU per 10 s",
                        statistics.median(s["cpu_ms"] for s in samples) * 10 / seconds, "ms",
                        samples=[s["cpu_ms"] for s in samples])

    def pacer(self):
        runs = self.args.runs
        seconds = self.args.pacer_seconds
        say("Pacer: %d × %g s of Soften's pacer and of the floor's circle" % (runs, seconds))
        app, floor, size = [], [], None
        for i in range(runs):
            cpu, size = self.cpu_per_second([self.soften, "--start", "bench-pacer"],
                                            "first-frame,pacer", seconds)
            app.append(cpu)
            cpu, _ = self.cpu_per_second([self.floor_pacer, str(size["width"]), str(size["height"])],
                                         "first-frame", seconds)
            floor.append(cpu)
        self.record("pacer_cpu", "Pacer: CPU per second (%d×%d px)" % (size["width"], size["height"]),
                    statistics.median(app), "ms", floor=statistics.median(floor),
                    budget=BUDGET["pacer_cpu"], samples=app, floor_samples=floor)

    def release(self):
        runs = max(1, self.args.runs // 2)
        seconds = self.args.release_seconds
        say("Release: %d × %g s of each ceremony and of the floor's circle" % (runs, seconds))
        for ritual in ("burn", "tear", "dissolve"):
            app, floor, size = [], [], None
            for _ in range(runs):
                cpu, size = self.release_cpu(ritual, seconds)
                app.append(cpu)
                cpu, _ = self.cpu_per_second([self.floor_pacer, str(size["width"]), str(size["height"])],
                                             "first-frame", seconds)
                floor.append(cpu)
            self.record("release_%s_cpu" % ritual,
                        "Release, %s: CPU per second (%d×%d px card)" % (ritual, size["width"], size["height"]),
                        statistics.median(app), "ms", floor=statistics.median(floor),
                        samples=app, floor_samples=floor)

    def release_cpu(self, ritual, seconds):
        """CPU per second from just after a ceremony begins, for @seconds
        (shorter than the ceremony, 5 s at the least)."""
        process = Process([self.soften, "--start", "bench-release"],
                          self.env("first-frame,release", SOFTEN_BENCH_RITUAL=ritual))
        process.wait_for("first-frame")
        size = process.wait_for("release")
        time.sleep(0.25)
        before = process.sample()
        time.sleep(seconds)
        after = process.sample()
        process.stop()
        if not size["width"]:
            raise RuntimeError("the release ceremony did not begin")
        return (after["cpu_ns"] - before["cpu_ns"]) / 1e6 / seconds, size

    def timing(self):
        runs = max(1, self.args.runs // 2)
        say("Timing: %d real-clock runs of a 20-second exercise" % runs)
        late, late_made, finish_late, drift = [], [], [], []
        for _ in range(runs):
            process = Process([self.soften, "--start", "bench-timing"], self.env("first-frame,steps"))
            while True:
                line = process.lines.get(timeout=120)
                if line is None:
                    raise RuntimeError("the timing run ended early:\n" + "\n".join(process.other[-20:]))
                word, _, rest = line.partition(" ")
                fields = {k: int(v) for k, v in (f.split("=") for f in rest.split())}
                # Step 0 is the start, due when it is made: not a change on time.
                if word == "step" and fields["index"] > 0:
                    late.append((fields["shown"] - fields["due"]) / 1000.0)
                    late_made.append((fields["changed"] - fields["due"]) / 1000.0)
                if word == "finished":
                    finish_late.append((fields["shown"] - fields["due"]) / 1000.0)
                    drift.append((fields["changed"] - fields["due"]) / 1000.0)
                    break
            process.stop()
        self.record("late_max", "Step change shown late, worst", max(late), "ms",
                    budget_abs=BUDGET["late_ms"], samples=late)
        self.record("late_mean", "Step change shown late, mean", statistics.mean(late), "ms")
        self.record("made_late_max", "Step change made late (before drawing), worst", max(late_made), "ms",
                    samples=late_made)
        self.record("finish_late_max", "End of exercise shown late, worst", max(finish_late), "ms",
                    samples=finish_late)
        self.record("drift", "Drift at the end (finish made − due), worst", max(drift), "ms",
                    budget_abs=BUDGET["late_ms"], samples=drift)

    def voice_env(self, recorder, bench):
        """Voice guidance on (keyfile settings of its own), speaking to @recorder."""
        config = os.path.join(self.tmp, "config-voice")
        settings = os.path.join(config, "glib-2.0", "settings")
        os.makedirs(settings, exist_ok=True)
        with open(os.path.join(settings, "keyfile"), "w") as f:
            f.write("[io/github/softenapp/Soften]\nvoice-guidance=true\n")
        return self.env(bench, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=config,
                        SPEECHD_ADDRESS=recorder.address)

    def voice(self):
        runs = max(1, self.args.runs // 2)
        say("Voice: %d real-clock runs of the 20-second exercise with voice guidance, and idle "
            "with it on" % runs)
        sys.path.insert(0, os.path.join(TOP, "build-aux"))
        from speechd_recorder import Recorder
        recorder = Recorder(os.path.join(self.tmp, "speechd"))
        try:
            latency, asking = [], []
            for _ in range(runs):
                process = Process([self.soften, "--start", "bench-timing"],
                                  self.voice_env(recorder, "first-frame,steps,voice"))
                changes, spoken = [], []
                while True:
                    line = process.lines.get(timeout=120)
                    if line is None:
                        raise RuntimeError("the voice run ended early:\n" + "\n".join(process.other[-20:]))
                    word, _, rest = line.partition(" ")
                    fields = {k: int(v) for k, v in (f.split("=") for f in rest.split())}
                    # Step 0 waits for Speech Dispatcher to be reached, in a thread.
                    if word == "step" and fields["index"] > 0:
                        changes.append(fields["changed"])
                    if word == "spoke":
                        spoken.append(fields)
                    if word == "finished":
                        break
                process.stop()
                # The voice may hear of a step change before the benchmark
                # does: the request nearest each change is the one for it.
                for changed in changes:
                    nearest = min(spoken, key=lambda f: abs(f["t"] - changed))
                    latency.append(max(nearest["t"] - changed, nearest["took"]) / 1000.0)
                    asking.append(nearest["took"] / 1000.0)
            idle = []
            for _ in range(runs):
                process = Process([self.soften], self.voice_env(recorder, "first-frame"))
                process.wait_for("first-frame")
                time.sleep(self.args.settle)
                before = process.sample()
                time.sleep(self.args.idle_seconds)
                after = process.sample()
                process.stop()
                idle.append(after["switches"] - before["switches"])
        finally:
            recorder.stop()
        if latency:
            self.record("voice_latency_max", "Voice: speech asked for after a step change, worst",
                        max(latency), "ms", budget_abs=BUDGET["voice_ms"], samples=latency)
            self.record("voice_asking_max", "Voice: time spent asking, worst", max(asking), "ms",
                        samples=asking)
        self.record("idle_voice_wakeups", "Idle, library page, voice on: wake-ups per 10 s (all threads)",
                    statistics.median(idle) * 10 / self.args.idle_seconds, "",
                    budget_abs=BUDGET["idle_wakeups"], samples=idle)

    def memory(self):
        rate = self.args.clock_rate
        runs = 3
        say("Memory: a 5-minute exercise, %d times in one process, on a clock %g× as fast" % (runs, rate))
        process = Process([self.soften, "--start", "bench-five-minutes"],
                          self.env("first-frame,memory", SOFTEN_BENCH_CLOCK_RATE=str(rate)))
        first = process.wait_for("first-frame", timeout=60)
        trace = []
        ends = []
        for run in range(runs):
            while True:
                try:
                    line = process.lines.get(timeout=0.5)
                except queue.Empty:
                    line = ""
                if line is None:
                    raise RuntimeError("the memory run ended early:\n" + "\n".join(process.other[-20:]))
                trace.append(process.rss_kib()[0])
                if line.startswith("memory "):
                    ends.append(process.rss_kib()[0])
                    break
            if run + 1 < runs:
                # Again, as from the list: the action the desktop file's actions use.
                time.sleep(1)
                subprocess.run(["gdbus", "call", "--session", "--dest", APP_ID, "--object-path",
                                APP_PATH, "--method", "org.gtk.Actions.Activate", "start",
                                "[<'bench-five-minutes'>]", "{}"],
                               check=True, stdout=subprocess.DEVNULL)
        peak = process.rss_kib()[1]
        process.stop()
        self.record("rss_first_frame", "RSS at the exercise's first frame", first["rss"] / 1024, "MiB")
        for i, end in enumerate(ends):
            self.record("rss_after_%d" % (i + 1), "RSS after 5-minute exercise no. %d" % (i + 1),
                        end / 1024, "MiB")
        self.record("rss_growth", "RSS growth, last exercise over the one before", ends[-1] - ends[-2], "KiB")
        self.record("rss_peak_exercise", "Peak RSS over the %d exercises" % runs, peak / 1024, "MiB")
        self.results["rss_trace_kib"] = trace[::4]

    # -- output ----------------------------------------------------------------

    def record(self, key, label, value, unit, floor=None, budget=None, budget_abs=None,
               samples=None, floor_samples=None):
        entry = {"label": label, "value": round(value, 3), "unit": unit}
        ratio = None
        if floor is not None:
            entry["floor"] = round(floor, 3)
            ratio = value / floor if floor else None
            entry["ratio"] = round(ratio, 3) if ratio is not None else None
        verdict = ""
        if budget is not None and ratio is not None:
            entry["budget_ratio"] = budget
            entry["met"] = ratio <= budget
            verdict = ("met" if entry["met"] else "OVER") + " (≤ %.2f×)" % budget
        if budget_abs is not None:
            entry["budget"] = budget_abs
            entry["met"] = value <= budget_abs
            verdict = ("met" if entry["met"] else "OVER") + " (≤ %g%s)" % (budget_abs, (" " + unit) if unit else "")
        if samples is not None:
            entry["samples"] = [round(s, 3) for s in samples]
        if floor_samples is not None:
            entry["floor_samples"] = [round(s, 3) for s in floor_samples]
        self.results[key] = entry
        self.rows.append((label, fmt(value, unit), fmt(floor, unit) if floor is not None else "",
                          "%.2f×" % ratio if ratio is not None else "", verdict))

    def table(self):
        headers = ("Figure", "Soften", "Floor", "Ratio", "Budget")
        widths = [max(len(h), *(len(r[i]) for r in self.rows)) for i, h in enumerate(headers)]
        lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |",
                 "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        for row in self.rows:
            lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
        return "\n".join(lines)


def fmt(value, unit):
    if isinstance(value, float) and not value.is_integer() or unit in ("ms", "MiB"):
        text = "%.1f" % value
    else:
        text = "%d" % value
    return text + (" " + unit if unit else "")


def write_exercise(path, header, steps):
    lines = ["[Exercise]"] + ["%s=%s" % kv for kv in header]
    for i, step in enumerate(steps, 1):
        lines += ["", "[Step %d]" % i] + ["%s=%s" % kv for kv in step]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_exercises(folder):
    """The benchmark's own exercises: every step timed, so they run through."""
    os.makedirs(folder, exist_ok=True)

    def header(id_, title):
        return [("Id", id_), ("Title", title), ("Summary", "For the benchmark."),
                ("Category", "breathing")]

    def say_(seconds):
        return [("Kind", "instruction"), ("Text", "Notice your feet on the floor."),
                ("Duration", str(seconds))]

    def breathe(pattern, cycles):
        return [("Kind", "breathing"), ("Text", "Follow the shape."),
                ("Pattern", pattern), ("Cycles", str(cycles))]

    write_exercise(os.path.join(folder, "bench-pacer.exercise"), header("bench-pacer", "Bench pacer"),
                   [breathe("4;0;4;0", 100)])
    # Written in by the app itself (SOFTEN_BENCH=release), then let go of.
    write_exercise(os.path.join(folder, "bench-release.exercise"), header("bench-release", "Bench release"),
                   [[("Kind", "writing"), ("Text", "Write.")], [("Kind", "release"), ("Text", "Let go.")]])
    # 20 s: 2 + 6 + 1 + 3 + 6 + 2, with phase changes off whole seconds.
    write_exercise(os.path.join(folder, "bench-timing.exercise"), header("bench-timing", "Bench timing"),
                   [say_(2), breathe("1.5;0;1.5;0", 2), say_(1), say_(3), breathe("2;1;2;1", 1), say_(2)])
    # 300 s: five times (24 s of words, then 30 s of breathing), then 30 s.
    steps = []
    for _ in range(5):
        steps += [say_(24), breathe("4;0;6;0", 3)]
    steps.append(say_(30))
    write_exercise(os.path.join(folder, "bench-five-minutes.exercise"),
                   header("bench-five-minutes", "Bench five minutes"), steps)


def write_many_exercises(folder, count):
    """Exercise files of one's own, each a few steps, in every category."""
    os.makedirs(folder, exist_ok=True)
    categories = ["body", "breathing", "forgiveness", "boundaries", "defenses"]
    for i in range(count):
        id_ = "mine-%04d" % i
        write_exercise(os.path.join(folder, id_ + ".exercise"),
                       [("Id", id_), ("Title", "My exercise number %d" % i),
                        ("Summary", "A few minutes to notice the body and slow the breath."),
                        ("Category", categories[i % len(categories)])],
                       [[("Kind", "instruction"), ("Text", "Sit so that your feet rest on the floor. "
                                                           "Let the chair hold you."), ("Duration", "10")],
                        [("Kind", "breathing"), ("Text", "Breathe in as the shape grows, out as it shrinks."),
                         ("Pattern", "4;0;6;0"), ("Cycles", "6")],
                        [("Kind", "instruction"), ("Text", "Notice whether anything has shifted."),
                         ("Duration", "15")]])


def git_commit():
    try:
        commit = subprocess.run(["git", "-C", TOP, "rev-parse", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", TOP, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip() != ""
        return commit + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def inner(args):
    bench = Bench(args)
    load_before = os.getloadavg()
    started = time.monotonic()
    kinds = (args.only.split(",") if args.only
             else ["startup", "idle", "pacer", "release", "timing", "voice", "memory", "files"])
    try:
        for kind in kinds:
            getattr(bench, kind)()
    finally:
        shutil.rmtree(bench.tmp, ignore_errors=True)
    load_after = os.getloadavg()

    output = args.output or os.path.join(args.build_dir, "bench", "results.json")
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    document = {
        "commit": git_commit(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "buildtype": args.buildtype,
        "renderer": "cairo",
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "seconds": round(time.monotonic() - started, 1),
        "results": bench.results,
    }
    with open(output, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=2)
        f.write("\n")

    print()
    print(bench.table())
    print()
    print("Commit %s, %s build, %d runs per figure (medians), %d CPUs, load average %.2f before and "
          "%.2f after; %.0f s." % (document["commit"], args.buildtype, args.runs, os.cpu_count(),
                                   load_before[0], load_after[0], document["seconds"]))
    print("Written to %s" % output)
    return 0


def main():
    parser = argparse.ArgumentParser(prog="build-aux/bench/run", description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", default=os.path.join(TOP, "_build"),
                        help="the build directory (default _build), built if needed")
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default 7)")
    parser.add_argument("--quick", action="store_true", help="fewer and shorter runs, to try it out")
    parser.add_argument("--output", help="the JSON file (default BUILD-DIR/bench/results.json)")
    parser.add_argument("--only", help="comma-separated: startup, idle, pacer, release, timing, "
                                       "voice, memory, files")
    parser.add_argument("--clock-rate", type=float, default=10.0,
                        help="how fast the 5-minute exercise runs (default 10×: 30 s)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--buildtype", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()

    args.settle = 2.0
    args.idle_seconds = 10.0
    args.pacer_seconds = 5.0
    args.release_seconds = 4.5
    if args.quick:
        args.runs = min(args.runs, 3)
        args.pacer_seconds = 3.0
        args.release_seconds = 3.0

    if not args.inner:
        args.passthrough = ["--runs", str(args.runs), "--clock-rate", str(args.clock_rate)]
        if args.quick:
            args.passthrough.append("--quick")
        if args.only:
            args.passthrough += ["--only", args.only]
        if args.output:
            args.passthrough += ["--output", os.path.abspath(args.output)]
        return outer(args)
    return inner(args)


if __name__ == "__main__":
    sys.exit(main())
