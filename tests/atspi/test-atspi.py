#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Soften authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real Soften over AT-SPI, the way a screen reader user does.

The app runs as its own process with accessibility on, and this script only
talks to it through the accessibility bus: it finds things by role and name,
moves the focus and types with the keyboard (keys go through the AT-SPI
registry, which uses XTest under Xvfb), presses buttons with their own action
("click", or "toggle" for a switch), reads text and values through the Text
and Value interfaces, and asserts on names, roles and states.
Each check prints one TAP line, so a failure says exactly what broke.

Run it through meson (suite 'a11y'); see tests/atspi/meson.build for the
environment. The accessibility bus: dbus-run-session gives a private session
bus, and at-spi2-core's org.a11y.Bus is D-Bus-activated on it (its service
file is in /usr/share/dbus-1/services), which then starts the registry. GTK
finds the bus the same way, so nothing needs starting by hand; the first
check fails clearly if the bus cannot be reached.

What GTK 4.8 shows over AT-SPI, and how the checks live with it:
- Only windows are ever SHOWING; everything else is VISIBLE, hidden pages of
  a stack or leaflet included (GTK leaves out only widgets that are not
  visible at all). What is on screen is told by the focus, which GTK moves
  and reports, and by a page's extents, which are empty until it is shown.
- An element with no name gets its type name ("GtkButton") in its place, so
  the check for unnamed controls treats a bare type name as no name.
- A button with a text label is named twice, the label with its mnemonic
  underline then the label's own text ("_Start Start"), so buttons are
  found by what a listener hears, the text with the underline dropped.
- Component.GrabFocus is not implemented, so the focus moves with Tab.
- No window manager runs under Xvfb, so when a dialog closes nothing gives
  the keyboard back to the main window; the script does (see XFocus).
"""

import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
import warnings

try:
    import gi

    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi, Gio, GLib
except (ImportError, ValueError) as error:
    print(f'1..0 # SKIP no AT-SPI for Python ({error}); install python3-pyatspi')
    sys.exit(0)

# libatspi 2.46 deprecates the Action calls its Accessible still offers.
warnings.filterwarnings('ignore', category=DeprecationWarning)

# A call to the app waits 0.8 s for its reply by default; opening a window
# can take longer on a loaded machine or in the sanitizer pass. Ten
# seconds, as everything else here.
Atspi.set_timeout(10000, 15000)

APP_ID = 'io.github.softenapp.Soften'
TIMEOUT = 10.0      # seconds to wait for any one thing to happen
POLL = 0.05         # seconds between looks at the tree

# Keys, as X keysyms.
KEY_TAB = 0xff09
KEY_RETURN = 0xff0d
KEY_ESCAPE = 0xff1b
KEY_LEFT = 0xff51
KEY_RIGHT = 0xff53
KEY_SPACE = 0x0020
KEY_H = 0x0068
KEY_G = 0x0067
MOD_ALT = 1 << 3  # X's Mod1

# Controls a person operates, which must have a name.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON,
    Atspi.Role.TOGGLE_BUTTON,
    Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON,
    Atspi.Role.ENTRY,
    Atspi.Role.TEXT,
    Atspi.Role.PASSWORD_TEXT,
    Atspi.Role.SLIDER,
    Atspi.Role.SPIN_BUTTON,
    Atspi.Role.COMBO_BOX,
}

# GTK 4.8 names an unnamed element after its type.
TYPE_NAME = re.compile(r'^(Gtk|Adw|Soften)[A-Z][A-Za-z]*$')


class Failure(Exception):
    pass


# {{{ Reading the tree

# An accessible's role never changes; asking once saves a round trip.
roles = {}


def role(acc):
    if acc not in roles:
        roles[acc] = acc.get_role()
    return roles[acc]


def name(acc):
    return acc.get_name() or ''


def heard(acc):
    """The name as a listener would take it: GTK 4.8's doubled button name
    ("_Start Start") comes back as "Start"."""
    text = name(acc)
    plain = text.replace('_', '')
    half = len(plain) // 2
    if len(plain) % 2 == 1 and plain[half] == ' ' and plain[:half] == plain[half + 1:]:
        return plain[:half]
    return text


def has_state(acc, state):
    return acc.get_state_set().contains(state)


def children(acc):
    try:
        count = acc.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = acc.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            yield child


def walk(acc, path=(), prune=None):
    """Every accessible under @acc, with the path of accessibles to it;
    what @prune returns true for is yielded but not gone into."""
    yield acc, path
    if prune is not None and path and prune(acc):
        return
    for child in children(acc):
        yield from walk(child, path + (child,), prune)


def matches(acc, role_=None, name_=None):
    if role_ is not None and role(acc) != role_:
        return False
    if name_ is None:
        return True
    if callable(name_):
        return name_(heard(acc))
    if isinstance(name_, re.Pattern):
        return name_.search(heard(acc)) is not None
    return heard(acc) == name_


def find_all(root, role_=None, name_=None, prune=None):
    return [acc for acc, _ in walk(root, prune=prune) if matches(acc, role_, name_)]


def find(root, role_=None, name_=None, prune=None):
    for acc, _ in walk(root, prune=prune):
        if matches(acc, role_, name_):
            return acc
    return None


def describe(acc):
    if acc is None:
        return 'nothing'
    try:
        return f'{acc.get_role_name()} “{name(acc)}”'
    except GLib.Error:
        return 'something no longer there'


def path_of(path):
    """Roles (and names) from a page down to an accessible; the last one
    with its place among its siblings, to tell alike ones apart."""
    parts = [f'{a.get_role_name()} “{name(a)}”' if name(a) else a.get_role_name() for a in path]
    if path:
        parts[-1] += f' (child {path[-1].get_index_in_parent() + 1})'
    return ' › '.join(parts)


def ancestors(acc):
    while acc is not None:
        yield acc
        try:
            acc = acc.get_parent()
        except GLib.Error:
            return
        if acc is not None and role(acc) == Atspi.Role.APPLICATION:
            return


def is_inside(acc, container):
    return any(a == container for a in ancestors(acc))


def extents(acc):
    rect = Atspi.Component.get_extents(acc, Atspi.CoordType.WINDOW)
    return rect.width, rect.height


def on_screen(acc):
    """A page that was never shown has empty extents (see the top)."""
    width, height = extents(acc)
    return width > 0 and height > 0


def unnamed_controls(root, prune=None):
    """The controls under @root a screen reader could only call by their role."""
    found = []
    for acc, path in walk(root, prune=prune):
        if role(acc) not in CONTROL_ROLES:
            continue
        text = name(acc).replace('_', '').strip()
        # A control that never had a size was never on screen (a toolkit's
        # own hidden part, say AdwPreferencesWindow's unused search entry).
        if (text == '' or TYPE_NAME.match(text)) and on_screen(acc):
            found.append(path_of(path))
    return found

# }}}
# {{{ The app under test


class XFocus:
    """The one thing a window manager does that the checks need: when a
    dialog closes, the window under it gets the keyboard back. No window
    manager runs under Xvfb, so X leaves the focus nowhere; this puts it
    back where it was, through Xlib (libX11 comes with GTK)."""

    def __init__(self):
        self.xlib = None
        try:
            xlib = ctypes.CDLL('libX11.so.6')
        except OSError:
            return
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XGetInputFocus.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ulong),
                                        ctypes.POINTER(ctypes.c_int)]
        xlib.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        # Xlib's own handler exits on any error, e.g. on a window that is gone.
        self.handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        xlib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        xlib.XSetErrorHandler(ctypes.cast(self.handler, ctypes.c_void_p))
        self.display = xlib.XOpenDisplay(None)
        if self.display:
            self.xlib = xlib

    def get(self):
        if self.xlib is None:
            return None
        window = ctypes.c_ulong()
        revert = ctypes.c_int()
        self.xlib.XGetInputFocus(self.display, ctypes.byref(window), ctypes.byref(revert))
        return window.value

    def set(self, window):
        if self.xlib is None or not window:
            return
        self.xlib.XSetInputFocus(self.display, window, 2, 0)  # RevertToParent, CurrentTime
        self.xlib.XSync(self.display, 0)


def die_with_parent():
    """In the app's process, before it starts: should this script be killed
    outright (so that it cannot stop the app itself), the app goes too."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def app_running():
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus',
                          'NameHasOwner', GLib.Variant('(s)', (APP_ID,)), GLib.VariantType('(b)'),
                          Gio.DBusCallFlags.NONE, 2000, None)
    return reply.unpack()[0]


PAGE_TYPE = re.compile(r'^Soften[A-Za-z]*Page$')
VIEW_TYPE = re.compile(r'^Soften[A-Za-z]*View$')


class App:
    """The app's process, and what the screen reader knows of it."""

    def __init__(self, binary):
        self.binary = binary
        self.process = None
        self.root = None
        self.window = None
        self.pages = {}
        self.tracked = None
        self.xfocus = XFocus()
        self.x_window = None
        self.listener = Atspi.EventListener.new(self._focus_cb)
        self.listener.register('object:state-changed:focused')

    def _focus_cb(self, event):
        # A screen reader follows these events; so do we.
        if not event.detail1 or self.process is None:
            return
        try:
            if event.source.get_process_id() == self.process.pid:
                self.tracked = event.source
                focus_moves[0] += 1
        except GLib.Error:
            pass

    def start(self):
        env = dict(os.environ)
        # The suite's environment has no GTK_A11Y=none; make sure of it.
        env.pop('GTK_A11Y', None)
        self.tracked = None
        self.pages = {}
        if app_running():
            # A new process would hand over to it and quit.
            raise Failure(f'another Soften already owns {APP_ID} on this session bus')
        # Its output goes with ours to stderr: stdout is for TAP.
        self.process = subprocess.Popen([self.binary], env=env, start_new_session=True,
                                        stdout=sys.stderr, preexec_fn=die_with_parent)
        global watched
        watched = self.process
        self.root = wait_for(self._find_root, 'the app on the accessibility bus')
        # Ask the app every time, rather than trust what libatspi may have
        # kept from earlier answers and events.
        self.root.set_cache_mask(Atspi.Cache.NONE)
        self.window = wait_for(lambda: self.frame('Soften'), 'its main window')
        wait_for(lambda: has_state(self.window, Atspi.StateType.ACTIVE), 'its window to be active')
        self.x_window = self.xfocus.get()
        # The pages are found once: each is named after its type (see the top).
        # Progress and My Scripts are views in the library's page.
        for acc, _ in walk(self.window, prune=lambda a: PAGE_TYPE.match(name(a)) and name(a) != LIBRARY):
            if PAGE_TYPE.match(name(acc)):
                self.pages[name(acc)] = acc
        # And the player's step views, one per kind, in a stack.
        self.views = {}
        player = self.pages.get('SoftenPlayerPage')
        if player is not None:
            for acc, _ in walk(player, prune=lambda a: VIEW_TYPE.match(name(a))):
                if VIEW_TYPE.match(name(acc)):
                    self.views[name(acc)] = acc
        self.view_stack = self.views['SoftenBreathingView'].get_parent().get_parent() if self.views else None

    def _find_root(self):
        for app in children(Atspi.get_desktop(0)):
            try:
                if app.get_process_id() == self.process.pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                continue
        return None

    def stop(self):
        global watched
        watched = None
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(3)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            except ProcessLookupError:
                pass
        self.process = None
        self.root = None

    def frame(self, title):
        for window in children(self.root):
            if heard(window) == title:
                return window
        return None

    def other_window(self):
        """A window other than the main one: a dialog, Preferences…"""
        for window in children(self.root):
            if window != self.window:
                return window
        return None

    def wait_closed(self, window, what):
        """Waits for @window (a dialog, Preferences) to close, and gives the
        keyboard back to the main window.

        Only the closing window itself is asked until it is gone: GTK 4.8
        crashes if the app's list of windows is read while one closes (it
        counts the window, then hands out a reference to it with no object
        path: a critical from g_variant_new_object_path, then SIGSEGV)."""
        def gone():
            try:
                states = window.get_state_set()
            except GLib.Error:
                return True
            return states is None or states.contains(Atspi.StateType.DEFUNCT)

        wait_for(gone, what)
        # What the window manager would do (see XFocus); again if the
        # closing window's going took it along.
        asked = [0.0]

        def active():
            if has_state(self.window, Atspi.StateType.ACTIVE):
                return True
            if time.monotonic() - asked[0] > 0.5:
                asked[0] = time.monotonic()
                self.xfocus.set(self.x_window)
            return False

        wait_for(active, 'the main window to be active again')
        wait_for(lambda: self.other_window() is None, 'no other window to be left')

    def page(self, type_name):
        return self.pages[type_name]

    def focused(self, scope=None):
        """What has the keyboard focus, as the last focus event said; or,
        if that no longer holds, what under @scope says it is focused."""
        pump()
        try:
            if self.tracked is not None and has_state(self.tracked, Atspi.StateType.FOCUSED):
                return self.tracked
        except GLib.Error:
            pass
        if scope is not None:
            for acc, _ in walk(scope):
                if has_state(acc, Atspi.StateType.FOCUSED):
                    return acc
        return None

    def focus_in(self, scope, what, accept=None):
        """Waits for the focus to be on something under @scope (that
        @accept takes, if given): how a person who cannot see the screen
        knows a page has come."""
        looked = [0.0]

        def good(acc):
            return acc is not None and is_inside(acc, scope) and (accept is None or accept(acc))

        def condition():
            tracked = self.focused()
            if good(tracked):
                return tracked
            # Where the focus went, if no event said so: walking the page is
            # slow, so only then, and twice a second at most.
            if tracked is None and time.monotonic() - looked[0] > 0.5:
                looked[0] = time.monotonic()
                found = self.focused(scope)
                if good(found):
                    return found
            return None

        return wait_for(condition, f'the focus to be in {what}')

    def tab_to(self, matcher, what, limit=80, keysym=None):
        """Presses Tab until the focus is on what @matcher accepts."""
        for _ in range(limit):
            before = self.tracked
            key(keysym or KEY_TAB)
            wait_for(lambda: self.tracked is not before, 'the focus to move with Tab')
            if matcher(self.tracked):
                return self.tracked
        raise Failure(f'Tab never reached {what}')


def pump():
    context = GLib.MainContext.default()
    while context.iteration(False):
        pass


# Bumped by every focus event from the app.
focus_moves = [0]


def idle(seconds):
    """Sleeps up to @seconds, or less if the focus moves meanwhile, so that
    a wait for the focus takes as long as the app does."""
    context = GLib.MainContext.default()
    fired = []
    moves = focus_moves[0]
    source = GLib.timeout_add(int(seconds * 1000), lambda: fired.append(True) or False)
    while not fired and focus_moves[0] == moves:
        context.iteration(True)
    if not fired:
        GLib.source_remove(source)


# The app's process, so that a wait ends at once if it dies.
watched = None


def exit_status(process):
    code = process.returncode
    return f'was killed by signal {-code}' if code < 0 else f'exited with status {code}'


def wait_for(condition, what, timeout=TIMEOUT):
    """Polls @condition until it returns something true, and returns it."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        pump()
        if watched is not None and watched.poll() is not None:
            raise Failure(f'the app {exit_status(watched)} while waiting for {what}')
        try:
            result = condition()
            if result:
                return result
        except GLib.Error as error:
            # The tree changed under us: look again.
            last_error = error
        if time.monotonic() > deadline:
            detail = f' (last error: {last_error.message})' if last_error else ''
            raise Failure(f'waited {timeout:.0f} s for {what}{detail}')
        idle(POLL)


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    pump()


def actions(acc):
    return [acc.get_action_name(i) for i in range(acc.get_n_actions())]


def click(acc):
    """Runs the accessible's own action, as a screen reader does: "click"
    on a button, "toggle" on a switch."""
    names = actions(acc)
    action = next((a for a in ('click', 'toggle', 'activate') if a in names), None)
    if action is None:
        raise Failure(f'{describe(acc)} has no click, toggle or activate action (it has {names})')
    if not acc.do_action(names.index(action)):
        raise Failure(f'{describe(acc)} refused its {action} action')
    pump()


def text_of(acc):
    return Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))

# }}}
# {{{ Reporting


class Suite:
    def __init__(self, app):
        self.app = app
        self.count = 0
        self.failed = 0
        self.broken = False
        self.unnamed = {}
        self.audited = []
        # What this run of the app has seen finished, and whether a script
        # was kept (on disk, so it outlives a restart).
        self.finished = []
        self.kept = False

    def line(self, passed, description, diagnosis=None):
        self.count += 1
        if passed:
            print(f'ok {self.count} - {description}', flush=True)
            return
        self.failed += 1
        print(f'not ok {self.count} - {description}', flush=True)
        for text in str(diagnosis or '').splitlines():
            print(f'# {text}', flush=True)

    def ok(self, condition, description, diagnosis=None):
        """One TAP line. A failed check stops the scenario it is in."""
        self.line(bool(condition), description, diagnosis)
        if not condition:
            raise Failure(None)

    def run(self, title, scenario):
        """Runs a scenario; if it failed, the next one gets a fresh app."""
        if self.broken:
            self.app.stop()
            try:
                self.app.start()
            except Exception as error:
                self.line(False, f'{title}: the app starts again', str(error))
                return
            self.broken = False
            self.finished = []
        started = time.monotonic()
        try:
            scenario(self)
            print(f'# {title}: {time.monotonic() - started:.1f} s', flush=True)
        except Failure as failure:
            self.broken = True
            if failure.args[0] is not None:
                self.line(False, f'{title}: {failure.args[0]}', self.where())
        except Exception:
            self.broken = True
            self.line(False, f'{title}: the scenario broke', traceback.format_exc())

    def where(self):
        try:
            return f'the focus was on {describe(self.app.focused())}'
        except Exception:
            return None

    def audit(self, label, root, prune=None):
        """Notes every unnamed control under @root, for the checks at the end."""
        if label not in self.unnamed:
            self.unnamed[label] = set()
            self.audited.append(label)
        self.unnamed[label].update(f'{describe(root)} › {path}' for path in unnamed_controls(root, prune))

    def report_audits(self):
        for label in self.audited:
            found = sorted(self.unnamed[label])
            self.line(not found, f'every control has a name: {label}',
                      '\n'.join(f'unnamed: {path}' for path in found))

# }}}
# {{{ Scenarios: what a person does, step by step
#
# Each scenario starts in the library and goes back to it at the end, so
# that one that fails (after which the app is started afresh) does not take
# the others with it.

LIBRARY = 'SoftenLibraryPage'
EXERCISE = 'SoftenExercisePage'
PLAYER = 'SoftenPlayerPage'
DONE = 'SoftenCompletionPage'
PROGRESS = 'SoftenProgressPage'
SCRIPTS = 'SoftenScriptsPage'
PROBLEMS = 'SoftenProblemsPage'
HELP_NOW = 'SoftenHelpNowPage'  # made the first time it is opened

CATEGORIES = ['Noticing the Body', 'Breathing', 'Forgiveness', 'Boundaries', 'Defenses']
BROKEN_FILE = 'broken.exercise'
STEP = re.compile(r'^Step (\d+) of (\d+)$')
SECONDS_LEFT = re.compile(r'^\d+ seconds? left$')
RELEASED = 'It’s gone. Nothing you wrote was kept.'


def button(scope, text):
    return find(scope, Atspi.Role.PUSH_BUTTON, text)


def wait_button(scope, text):
    return wait_for(lambda: button(scope, text), f'a button “{text}”')


def wait_found(scope, role_, text, what):
    return wait_for(lambda: find(scope, role_, text), what)


def checked(acc):
    return has_state(acc, Atspi.StateType.CHECKED)


def radios(scope):
    return find_all(scope, Atspi.Role.RADIO_BUTTON)


def step_position(t):
    """The player's "Step N of M", as its header says it."""
    label = in_player(t, Atspi.Role.LABEL, STEP)
    return heard(label) if label is not None else None


def wait_step(t, number, total):
    """Waits for the header to say "Step N of M", and for the focus to be
    on that step's words: the player gives them the focus, and describes
    them with where the step is, so a screen reader reads them out."""
    position = f'Step {number} of {total}'
    wait_for(lambda: step_position(t) == position, f'“{position}” (it says “{step_position(t)}”)')
    return t.app.focus_in(t.app.page(PLAYER), f'step {number}, on its words',
                          lambda acc: acc.get_description() == position)


def view(t, type_name):
    """A step view of the player, by its type name (it has no other)."""
    return t.app.views[type_name]


def outside_views(t):
    """Prunes a walk of the player at its stack of step views."""
    stack = t.app.view_stack
    return lambda acc: acc == stack


def in_player(t, role_, text):
    """Something of the player's own, outside the step views."""
    return find(t.app.page(PLAYER), role_, text, prune=outside_views(t))


def audit_player(t, view_type=None):
    """Audits the player's own controls and, if given, the one step view on
    screen; the other views are in the tree too, but not on screen."""
    t.audit('player', t.app.page(PLAYER), prune=outside_views(t))
    if view_type is not None:
        t.audit(f'player, {view_type}', view(t, view_type))


def in_start_here(acc):
    """Whether @acc is in the library's "Start here" (where "Where am I
    right now?" starts the quick check at once, rather than opening its
    page)."""
    return any(role(a) == Atspi.Role.LIST and heard(a) == 'Start here' for a in ancestors(acc))


def open_exercise(t, title):
    """From the library, with the keyboard: Tab to the exercise, Enter."""
    app = t.app
    app.focus_in(app.page(LIBRARY), 'the library')
    row = app.tab_to(lambda acc: acc is not None and role(acc) == Atspi.Role.LIST_ITEM
                     and heard(acc) == title and not in_start_here(acc), f'the exercise “{title}”')
    key(KEY_RETURN)
    focus = app.focus_in(app.page(EXERCISE), 'the exercise page')
    wait_found(app.page(EXERCISE), Atspi.Role.LABEL, title, f'the title “{title}”')
    return row, focus


def start_exercise(t, title, steps):
    open_exercise(t, title)
    click(wait_button(t.app.page(EXERCISE), 'Start'))
    return wait_step(t, 1, steps)


def open_from_library(t, title, page_name):
    app = t.app
    app.focus_in(app.page(LIBRARY), 'the library')
    app.tab_to(lambda acc: acc is not None and role(acc) == Atspi.Role.LIST_ITEM and heard(acc) == title,
               f'“{title}”')
    key(KEY_RETURN)
    return app.focus_in(app.page(page_name), f'the page “{title}”')


VIEW_ROLES = (Atspi.Role.PAGE_TAB, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.RADIO_BUTTON)


def open_view(t, title, page_name):
    """From the library, with the keyboard: Tab to the view switcher's
    button for the view, Space; the view comes on screen."""
    app = t.app
    app.focus_in(app.page(LIBRARY), 'the library')
    switch = app.tab_to(lambda acc: acc is not None and role(acc) in VIEW_ROLES and heard(acc) == title,
                        f'the view “{title}” in the view switcher', limit=200)
    key(KEY_SPACE)
    wait_for(lambda: on_screen(app.page(page_name)), f'the view “{title}” on screen')
    return switch


def back_to_practice(t, page_name):
    """Escape, from a view beside Practice: the list again."""
    app = t.app
    key(KEY_ESCAPE)
    # Its extents stay as they were once shown: whether it is showing, then.
    wait_for(lambda: not has_state(app.page(page_name), Atspi.StateType.SHOWING), 'the list of exercises again')
    return app.focus_in(app.page(LIBRARY), 'the library')


def leave_exercise(t):
    """The header's Leave button, then Leave in the dialog that asks; then
    back to the library."""
    app = t.app
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Leave the Exercise'))
    dialog = wait_for(app.other_window, 'the dialog that asks')
    click(wait_button(dialog, 'Leave'))
    app.wait_closed(dialog, 'the dialog to go')
    app.focus_in(app.page(EXERCISE), 'the exercise page, after leaving')
    back_to_library(t, EXERCISE)


def back_to_library(t, page_name):
    app = t.app
    click(wait_button(app.page(page_name), 'Back to Exercises'))
    return app.focus_in(app.page(LIBRARY), 'the library')


def type_text(text):
    """Types @text on the keyboard, into whatever has the focus."""
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    pump()


def tab_to_field(t, field_name):
    return t.app.tab_to(lambda acc: acc is not None and role(acc) in (Atspi.Role.TEXT, Atspi.Role.ENTRY)
                        and heard(acc) == field_name, f'the field “{field_name}”')


def scenario_start(t):
    app = t.app
    t.ok(app.root is not None and role(app.root) == Atspi.Role.APPLICATION,
         'the app is on the accessibility bus, as an application')
    t.ok(role(app.window) == Atspi.Role.FRAME and has_state(app.window, Atspi.StateType.ACTIVE)
         and has_state(app.window, Atspi.StateType.SHOWING),
         'its window is a frame named “Soften”, showing and active')
    missing = [p for p in (LIBRARY, EXERCISE, PLAYER, DONE, PROGRESS, SCRIPTS, PROBLEMS) if p not in app.pages]
    t.ok(not missing, 'every page is in the tree', f'missing: {missing}')
    focus = app.focus_in(app.page(LIBRARY), 'the library')
    t.ok(on_screen(app.page(LIBRARY)) and not on_screen(app.page(PLAYER)),
         'the library has the focus and is on screen, the player not yet', f'focus on {describe(focus)}')


def scenario_library(t):
    library = t.app.page(LIBRARY)
    lists = {heard(acc): acc for acc in find_all(library, Atspi.Role.LIST)}
    missing = [c for c in CATEGORIES + ['Yours'] if c not in lists]
    t.ok(not missing, 'library: a list for each kind of exercise, named after it',
         f'missing: {missing}; lists: {sorted(lists)}')
    items = [heard(acc) for acc in find_all(lists['Breathing'], Atspi.Role.LIST_ITEM)]
    t.ok('Box breathing' in items and 'My breathing' in items,
         'library: exercises are list items named by their titles', f'Breathing has {items}')
    yours = [heard(acc) for acc in find_all(lists['Yours'], Atspi.Role.LIST_ITEM)]
    t.ok(yours == ['1 File Could Not Be Read'],
         'library: “Yours” offers the files that could not be read', f'it has {yours}')
    t.ok(find(library, Atspi.Role.LABEL, 'Need to stop?') is not None
         and button(library, 'Stop and Ground') is not None and button(library, 'Help Now') is not None,
         'library: “Need to stop?” offers “Stop and Ground” and “Help Now”, named buttons')
    start_here = lists.get('Start here')
    first = [heard(acc) for acc in find_all(start_here, Atspi.Role.LIST_ITEM)] if start_here else []
    t.ok(first == ['Where am I right now?'], 'library: “Start here” offers “Where am I right now?”',
         f'it has {first}')
    views = {heard(acc) for acc in find_all(library) if role(acc) in VIEW_ROLES}
    t.ok({'Practice', 'Progress', 'My Scripts'} <= views,
         'library: the view switcher offers Practice, Progress and My Scripts, by name',
         f'named buttons: {sorted(v for v in views if v)}')
    menu = button(library, 'Main Menu')
    t.ok(menu is not None and has_state(menu, Atspi.StateType.SENSITIVE),
         'library: the main menu is a button named “Main Menu”')
    t.audit('library', library)


def scenario_exercise_page(t):
    app = t.app
    row, focus = open_exercise(t, 'Box breathing')
    t.ok(has_state(row, Atspi.StateType.FOCUSABLE), 'library: Tab reaches “Box breathing”, Enter opens it')
    page = app.page(EXERCISE)
    t.ok(heard(focus) == 'Start' and role(focus) == Atspi.Role.PUSH_BUTTON
         and has_state(focus, Atspi.StateType.SENSITIVE),
         'exercise page: the focus lands on Start', f'it is on {describe(focus)}')
    about = find(page, Atspi.Role.LIST, 'About This Exercise')
    rows = [heard(acc) for acc in find_all(about, Atspi.Role.LIST_ITEM)] if about else []
    t.ok(rows == ['How long it takes', 'Practise for', 'Your practice', 'Steps'],
         'exercise page: “About This Exercise” lists length, the lengths to choose, practice and steps',
         f'rows: {rows}')
    t.ok(button(page, 'Present') is not None and button(page, 'Export the Exercise as a File…') is not None,
         'exercise page: Present and Export are named buttons')
    t.audit('exercise page', page)
    focus = back_to_library(t, EXERCISE)
    t.ok(heard(focus) == 'Box breathing', 'exercise page: Back to Exercises returns to the exercise in the list',
         f'the focus is on {describe(focus)}')


def scenario_player(t):
    words = start_exercise(t, 'Box breathing', 6)
    t.ok(role(words) == Atspi.Role.LABEL and heard(words).startswith('Settle in a way that feels steady'),
         'player: starting puts the focus on the first step’s words, described as “Step 1 of 6”',
         f'it is on {describe(words)}')
    t.ok(in_player(t, Atspi.Role.LABEL, 'Box breathing') is not None,
         'player: the header says the exercise’s title and “Step 1 of 6”')
    t.ok(in_player(t, Atspi.Role.LABEL, SECONDS_LEFT) is not None,
         'player: a timed step says how many seconds are left, in words')
    t.ok(in_player(t, Atspi.Role.PROGRESS_BAR, 'Progress through the exercise') is not None,
         'player: the progress bar is named')
    pause = in_player(t, Atspi.Role.PUSH_BUTTON, 'Pause')
    t.ok(pause is not None and has_state(pause, Atspi.StateType.SENSITIVE),
         'player: a timed step has a Pause button')
    audit_player(t)

    key(KEY_SPACE)
    wait_for(lambda: heard(pause) == 'Resume', 'Pause to become Resume')
    t.ok(in_player(t, Atspi.Role.LABEL, 'Paused') is not None, 'player: Space pauses; the button is now '
         '“Resume”, and it says “Paused”')
    key(KEY_SPACE)
    wait_for(lambda: heard(pause) == 'Pause', 'Resume to become Pause')
    wait_for(lambda: in_player(t, Atspi.Role.LABEL, 'Paused') is None, '“Paused” to go')
    t.ok(True, 'player: Space again resumes; the button is “Pause”, and “Paused” is gone')

    key(KEY_RIGHT)
    wait_step(t, 2, 6)
    key(KEY_LEFT)
    wait_step(t, 1, 6)
    t.ok(True, 'player: → goes to step 2 and ← back to step 1, the focus on each step’s words')

    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
    wait_step(t, 2, 6)
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
    wait_step(t, 3, 6)
    t.ok(in_player(t, Atspi.Role.PUSH_BUTTON, 'Continue') is not None and in_player(t, Atspi.Role.PUSH_BUTTON, 'Pause') is None,
         'player: “Next Step” moves on; a step that waits offers Continue instead of Pause')
    key(KEY_RETURN)
    wait_step(t, 4, 6)
    t.ok(True, 'player: Enter on a waiting step’s words continues')

    breathing = view(t, 'SoftenBreathingView')
    t.ok(wait_found(breathing, Atspi.Role.LABEL, re.compile(r'^Breath 1 of 6$'), 'the breath count'),
         'player, breathing: it says which breath it is')
    status = find(breathing, Atspi.Role.STATUS_BAR)
    t.ok(status is not None and not TYPE_NAME.match(name(status)) and name(status) != '',
         'player, breathing: the breath’s phase is a status with a name',
         f'the status is {describe(status)}')
    phase = re.compile(r'^(Breathe in|Hold|Breathe out), (\d) of 4 seconds$')
    t.ok(status is not None and phase.match(name(status)) is not None,
         'player, breathing: the status says the phase and the second, as in “Breathe in, 2 of 4 seconds”',
         f'the status is {describe(status)}')
    if status is not None:
        first = name(status)
        later = wait_for(lambda: name(status) if name(status) != first and phase.match(name(status)) else None,
                         'the breathing status to move on')
        t.ok(later != first, 'player, breathing: the status changes with the breath',
             f'from “{first}” to “{later}”')
    audit_player(t, 'SoftenBreathingView')
    leave_exercise(t)


def scenario_leave_dialog(t):
    app = t.app
    start_exercise(t, 'Box breathing', 6)
    player = app.page(PLAYER)
    key(KEY_ESCAPE)
    dialog = wait_for(app.other_window, 'a dialog to ask')
    t.ok(role(dialog) == Atspi.Role.DIALOG and heard(dialog) == 'Leave This Exercise?'
         and has_state(dialog, Atspi.StateType.MODAL),
         'leaving: Escape asks, in a modal dialog “Leave This Exercise?”', f'it is {describe(dialog)}')
    focus = app.focus_in(dialog, 'the dialog')
    t.ok(heard(focus) == 'Keep Going', 'leaving: the focus is on “Keep Going”', f'it is on {describe(focus)}')
    t.ok(in_player(t, Atspi.Role.PUSH_BUTTON, 'Resume') is not None, 'leaving: the exercise is paused while it asks')
    t.audit('leave dialog', dialog)
    click(focus)
    app.wait_closed(dialog, 'the dialog to go')
    wait_for(lambda: in_player(t, Atspi.Role.PUSH_BUTTON, 'Pause'), 'Pause again')
    app.focus_in(player, 'the player, after Keep Going')
    t.ok(True, 'leaving: “Keep Going” closes it and resumes, and the focus is back in the player')

    key(KEY_ESCAPE)
    dialog = wait_for(app.other_window, 'the dialog to ask again')
    click(wait_button(dialog, 'Leave'))
    app.wait_closed(dialog, 'the dialog to go')
    app.focus_in(app.page(EXERCISE), 'the exercise page')
    t.ok(True, 'leaving: “Leave” goes back to the exercise page, with the focus')
    back_to_library(t, EXERCISE)


def scenario_ground_and_finish(t):
    app = t.app
    start_exercise(t, 'Box breathing', 6)
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Stop and Ground'))
    wait_for(lambda: in_player(t, Atspi.Role.LABEL, 'Stop and ground'), 'the grounding exercise')
    words = wait_step(t, 1, 5)
    t.ok(True, '“Stop and Ground” starts the grounding exercise at once, the focus on its first words')
    for number in (2, 3, 4, 5):
        key(KEY_RIGHT)
        words = wait_step(t, number, 5)
    t.ok(in_player(t, Atspi.Role.PUSH_BUTTON, 'Continue') is not None, 'finishing: the last step waits for Continue',
         f'the focus is on {describe(words)}')
    key(KEY_RETURN)
    done = app.page(DONE)
    focus = app.focus_in(done, 'the completion page')
    t.ok(find(done, Atspi.Role.LABEL, 'You Finished “Stop and ground”') is not None,
         'finishing: the completion page says “You Finished “Stop and ground””')
    t.ok(heard(focus) == 'Back to Exercises', 'finishing: the focus is on “Back to Exercises”',
         f'it is on {describe(focus)}')
    t.ok(button(done, 'Do It Again') is not None, 'finishing: “Do It Again” is a named button')
    t.audit('completion page', done)
    t.finished.append('Stop and ground')
    click(focus)
    app.focus_in(app.page(LIBRARY), 'the library')
    t.ok(True, 'finishing: “Back to Exercises” goes back to the library, with the focus')


def scenario_check_in_zone(t):
    app = t.app
    start_exercise(t, 'Where am I right now?', 3)
    key(KEY_RETURN)
    wait_step(t, 2, 3)
    check_in = view(t, 'SoftenCheckInView')
    zone = find(check_in, None, 'Where you are')
    choices = {heard(acc): acc for acc in radios(zone)} if zone else {}
    t.ok(sorted(choices) == ['Above my window', 'Below my window', 'Inside my window'],
         'check-in: “Where you are” offers three radio buttons, named by the zones',
         f'it offers {[describe(acc) for acc in find_all(zone or check_in, Atspi.Role.PUSH_BUTTON)]}')
    t.ok(not any(checked(acc) for acc in choices.values()), 'check-in: none is checked at first')
    t.ok(choices['Inside my window'].get_description() == 'Calm, steady, able to choose',
         'check-in: each zone is described in words', describe(choices['Inside my window']))
    click(choices['Inside my window'])
    wait_for(lambda: checked(choices['Inside my window']), '“Inside my window” to be checked')
    t.ok(not checked(choices['Above my window']) and not checked(choices['Below my window']),
         'check-in: choosing “Inside my window” checks it and no other')
    t.ok(wait_found(check_in, Atspi.Role.LABEL, re.compile(r'^You are inside your window'), 'what it says'),
         'check-in: it says what that means')
    click(choices['Above my window'])
    wait_for(lambda: checked(choices['Above my window']) and not checked(choices['Inside my window']),
             '“Above my window” to be checked instead')
    suggestions = wait_for(lambda: find(check_in, Atspi.Role.PUSH_BUTTON, 'Longer out-breath'),
                           'a suggested exercise')
    t.ok(button(check_in, 'Stop and ground') is not None and suggestions is not None,
         'check-in: above the window, it suggests calming exercises, as named buttons')
    audit_player(t, 'SoftenCheckInView')
    key(KEY_RIGHT)
    wait_step(t, 3, 3)
    key(KEY_RETURN)
    done = app.page(DONE)
    focus = app.focus_in(done, 'the completion page')
    t.finished.append('Where am I right now?')
    t.ok(True, 'check-in: the exercise goes on and finishes from the keyboard')
    changed = find(done, Atspi.Role.LIST, 'What changed')
    said = [heard(acc) for acc in find_all(changed, Atspi.Role.LIST_ITEM)] if changed else []
    t.ok(any(text.startswith('Your body is on alert') for text in said),
         'finishing: “What changed” says the body is on alert', f'it says {said}')
    t.ok(heard(focus) == 'Longer out-breath' and role(focus) == Atspi.Role.PUSH_BUTTON,
         'finishing: what the check-in suggested, “Longer out-breath”, is the button with the focus',
         f'the focus is on {describe(focus)}')
    t.ok(button(done, 'Help Now') is not None and button(done, 'Stop and ground') is not None,
         'finishing: the other suggestions, “Stop and ground” and “Help Now”, are named buttons')
    t.audit('completion page, with suggestions', done)
    back_to_library(t, DONE)


def scenario_body_scan(t):
    start_exercise(t, 'Body scan', 11)
    check_in = view(t, 'SoftenCheckInView')
    scale = find(check_in, None, 'Tension, from 0 (none) to 10 (the most)')
    points = [heard(acc) for acc in radios(scale)] if scale else []
    t.ok(points == [f'{i} of 10' for i in range(11)],
         'tension check-in: “Tension, from 0 (none) to 10 (the most)” offers radio buttons “0 of 10”…“10 of 10”',
         f'it offers {points}')
    three = find(scale, Atspi.Role.RADIO_BUTTON, '3 of 10')
    click(three)
    wait_for(lambda: checked(three), '“3 of 10” to be checked')
    t.ok(sum(checked(acc) for acc in radios(scale)) == 1, 'tension check-in: choosing “3 of 10” checks it alone')
    audit_player(t, 'SoftenCheckInView')
    key(KEY_RIGHT)
    wait_step(t, 2, 11)
    key(KEY_RIGHT)
    wait_step(t, 3, 11)
    body = view(t, 'SoftenBodyRegionView')
    image = find(body, Atspi.Role.IMAGE)
    t.ok(image is not None and heard(image).startswith('Body map: '),
         'body region: the body map is an image that names the region', f'it is {describe(image)}')
    audit_player(t, 'SoftenBodyRegionView')
    leave_exercise(t)


def scenario_together(t):
    start_exercise(t, 'Listening to each other', 9)
    key(KEY_RIGHT)
    wait_step(t, 2, 9)
    key(KEY_RIGHT)
    wait_step(t, 3, 9)
    badge = in_player(t, Atspi.Role.LABEL, 'A is speaking')
    t.ok(badge is not None, 'together: a turn says whose it is, “A is speaking”, as a label')
    key(KEY_RIGHT)
    wait_step(t, 4, 9)
    t.ok(in_player(t, Atspi.Role.LABEL, 'B is speaking') is not None,
         'together: the next turn says “B is speaking”')
    audit_player(t)
    leave_exercise(t)


def scenario_write_and_release(t):
    app = t.app
    open_exercise(t, 'Forgiveness release ritual')
    notes = button(app.page(EXERCISE), 'What forgiveness is not')
    t.ok(notes is not None, 'exercise page: the notes are offered as a named button')
    learn = button(app.page(EXERCISE), 'Learn more: What forgiveness is and is not')
    t.ok(learn is not None, 'exercise page: its learn card is offered as a named button')
    click(wait_button(app.page(EXERCISE), 'Start'))
    wait_step(t, 1, 8)
    for number in (2, 3, 4):
        key(KEY_RIGHT)
        words = wait_step(t, number, 8)
    writing = view(t, 'SoftenWritingView')
    field = find(writing, Atspi.Role.TEXT)
    t.ok(field is not None and heard(field) == heard(words) and has_state(field, Atspi.StateType.EDITABLE),
         'writing: the writing area is an editable text named by the step’s words', f'it is {describe(field)}')
    tab_to_field(t, heard(field))
    type_text('I was hurt')
    wait_for(lambda: text_of(field) == 'I was hurt', 'the words to be written')
    t.ok(True, 'writing: Tab reaches it, and what is typed is there')
    audit_player(t, 'SoftenWritingView')

    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
    wait_step(t, 5, 8)
    release = view(t, 'SoftenReleaseView')
    paper = find(release, Atspi.Role.TEXT)
    t.ok(paper is not None and text_of(paper) == 'I was hurt' and has_state(paper, Atspi.StateType.READ_ONLY),
         'release: what was written is shown, read-only', f'it is {describe(paper)}')
    rituals = find(release, None, 'Ways to let it go')
    names = [heard(acc) for acc in find_all(rituals, Atspi.Role.PUSH_BUTTON)] if rituals else []
    t.ok(names == ['Burn It', 'Tear It Up', 'Dissolve It'], 'release: “Ways to let it go” are three named buttons',
         f'they are {names}')
    audit_player(t, 'SoftenReleaseView')
    click(button(rituals, 'Burn It'))
    wait_found(release, Atspi.Role.STATUS_BAR, RELEASED, f'“{RELEASED}”')
    t.ok(not has_state(button(rituals, 'Burn It'), Atspi.StateType.SENSITIVE),
         'release: “Burn It” lets it go, says so as a status, and the rituals are then insensitive')
    leave_exercise(t)


def scenario_choice(t):
    start_exercise(t, 'Getting curious about a defense', 8)
    key(KEY_RETURN)
    wait_step(t, 2, 8)
    choice = view(t, 'SoftenChoiceView')
    group = find(choice, None, 'Choices')
    options = {heard(acc): acc for acc in radios(group)} if group else {}
    t.ok('Criticism and control' in options and len(options) == 5,
         'choice: “Choices” are five radio buttons named by their words',
         f'they are {[describe(acc) for acc in find_all(choice, Atspi.Role.PUSH_BUTTON)] or list(options)}')
    click(options['Criticism and control'])
    wait_for(lambda: checked(options['Criticism and control']), 'the choice to be checked')
    t.ok(sum(checked(acc) for acc in options.values()) == 1, 'choice: choosing one checks it alone')
    audit_player(t, 'SoftenChoiceView')
    key(KEY_RIGHT)
    wait_step(t, 3, 8)
    t.ok(find(view(t, 'SoftenWritingView'), Atspi.Role.LABEL, 'You chose: Criticism and control') is not None,
         'choice: the next step says what was chosen')
    leave_exercise(t)


def scenario_script(t):
    app = t.app
    start_exercise(t, 'Scripting a boundary', 9)
    key(KEY_RETURN)
    wait_step(t, 2, 9)
    key(KEY_RETURN)
    wait_step(t, 3, 9)
    script = view(t, 'SoftenScriptView')
    fields = [heard(acc) for acc in find_all(script, Atspi.Role.TEXT)]
    t.ok('When…' in fields and 'I feel…' in fields, 'script: the fields are text fields named by their words',
         f'they are {fields}')
    tab_to_field(t, 'When…')
    type_text('plans change')
    preview = find(script, Atspi.Role.STATUS_BAR)
    wait_for(lambda: 'plans change' in name(preview) or 'plans change' in text_of(preview),
             'the script so far to say it')
    t.ok(True, 'script: what is typed in “When…” shows in the script so far, a status')
    click(button(script, 'hurt'))
    feel = find(script, Atspi.Role.TEXT, 'I feel…')
    wait_for(lambda: 'hurt' in text_of(feel), '“hurt” in “I feel…”')
    t.ok(True, 'script: the feeling “hurt”, a named button, goes into “I feel…”')
    audit_player(t, 'SoftenScriptView')
    for number in (4, 5, 6):
        click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
        wait_step(t, number, 9)
        audit_player(t, 'SoftenScriptView')
    t.ok(find(script, Atspi.Role.PROGRESS_BAR, 'This time through') is not None,
         'script: rehearsing shows a named progress bar')
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
    wait_step(t, 7, 9)
    scale = find(view(t, 'SoftenCheckInView'), None, 'How it felt, from 0 (very hard) to 10 (at ease)')
    seven = find(scale, Atspi.Role.RADIO_BUTTON, '7 of 10') if scale else None
    t.ok(seven is not None, 'comfort check-in: “How it felt…” offers “7 of 10”')
    click(seven)
    wait_for(lambda: checked(seven), '“7 of 10” to be checked')
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
    wait_step(t, 8, 9)
    keep = wait_button(script, 'Keep This Script')
    click(keep)
    wait_found(script, Atspi.Role.STATUS_BAR, re.compile(r'^Kept\.'), 'word that it was kept')
    t.kept = True
    t.ok(True, 'script: “Keep This Script” keeps it, and says so as a status')
    audit_player(t, 'SoftenScriptView')
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Next Step'))
    wait_step(t, 9, 9)
    click(in_player(t, Atspi.Role.PUSH_BUTTON, 'Continue'))
    app.focus_in(app.page(DONE), 'the completion page')
    t.finished.append('Scripting a boundary')
    back_to_library(t, DONE)
    t.ok(True, 'script: the exercise finishes with Continue')


def scenario_my_scripts(t):
    app = t.app
    open_view(t, 'My Scripts', SCRIPTS)
    page = app.page(SCRIPTS)
    if t.kept:
        kept = find(page, Atspi.Role.LIST, 'Kept scripts')
        items = find_all(kept, Atspi.Role.LIST_ITEM) if kept else []
        t.ok(len(items) == 1, 'My Scripts: the kept script is an item of “Kept scripts”', f'{len(items)} items')
        t.ok(button(page, 'Rehearse It Again') is not None and button(page, 'More') is not None,
             'My Scripts: “Rehearse It Again” and “More” are named buttons')
    else:
        # The script was not kept (that failed above): the empty page, then.
        t.ok(find(page, Atspi.Role.LABEL, 'No Kept Scripts') is not None
             and button(page, 'Script a Boundary') is not None,
             'My Scripts: with nothing kept, it says so and offers “Script a Boundary”')
    t.audit('My Scripts', page)
    back_to_practice(t, SCRIPTS)


def scenario_progress(t):
    app = t.app
    if not t.finished:
        # The app was started afresh after a failure: finish something first.
        start_exercise(t, 'Stop and ground', 5)
        for number in (2, 3, 4, 5):
            key(KEY_RIGHT)
            wait_step(t, number, 5)
        key(KEY_RETURN)
        app.focus_in(app.page(DONE), 'the completion page')
        t.finished.append('Stop and ground')
        back_to_library(t, DONE)
    open_view(t, 'Progress', PROGRESS)
    page = app.page(PROGRESS)
    figures = find(page, Atspi.Role.TABLE, 'Your practice in numbers')
    sessions = find(figures, None, re.compile(r'^\d+ sessions?$')) if figures else None
    count = len(t.finished)
    said = f'{count} session' if count == 1 else f'{count} sessions'
    t.ok(sessions is not None and heard(sessions) == said,
         f'Progress: “Your practice in numbers” says “{said}”', f'it says {describe(sessions)}')
    recent = find(page, Atspi.Role.LIST, 'Recent sessions')
    items = [heard(acc) for acc in find_all(recent, Atspi.Role.LIST_ITEM)] if recent else []
    t.ok(sorted(items) == sorted(t.finished), 'Progress: “Recent sessions” lists what was finished',
         f'it lists {items}; finished: {t.finished}')
    images = [heard(acc) for acc in find_all(page, Atspi.Role.IMAGE)]
    t.ok(images and all(text and not TYPE_NAME.match(text) for text in images),
         'Progress: the charts are images that say what they show', f'they are {images}')
    if 'Where am I right now?' in t.finished:
        t.ok(any(text.startswith('Before practising: 1 above your window') for text in images),
             'Progress: where the zone check-in found you is an image that says it in numbers',
             f'the images are {images}')
    rhythm = find(figures, None, re.compile(r'^\d+ days? of the last 7$')) if figures else None
    t.ok(rhythm is not None, 'Progress: the week’s rhythm is said as “N days of the last 7”',
         f'the figures are {[heard(acc) for acc in find_all(figures)] if figures else []}')
    t.ok(find(page, None, re.compile(r'^0 days? in a row')) is None,
         'Progress: no streak of zero is ever shown')
    t.audit('Progress', page)
    back_to_practice(t, PROGRESS)


def scenario_arriving(t):
    """Someone flooded: Tab reaches Stop and Ground before any exercise,
    and Alt+G starts it from the list."""
    app = t.app
    library = app.page(LIBRARY)
    app.focus_in(library, 'the library')
    focus = app.tab_to(lambda acc: acc is not None and (role(acc) == Atspi.Role.LIST_ITEM
                                                        or heard(acc) == 'Stop and Ground'),
                       '“Stop and Ground” or an exercise')
    t.ok(heard(focus) == 'Stop and Ground' and role(focus) == Atspi.Role.PUSH_BUTTON,
         'arriving: Tab reaches “Stop and Ground” before any exercise', f'it reached {describe(focus)}')
    alt_key(KEY_G)
    wait_for(lambda: in_player(t, Atspi.Role.LABEL, 'Stop and ground'), 'the grounding exercise')
    wait_step(t, 1, 5)
    t.ok(True, 'arriving: Alt+G starts Stop and Ground from the list, the focus on its first words')
    leave_exercise(t)


def scenario_problems(t):
    app = t.app
    open_from_library(t, '1 File Could Not Be Read', PROBLEMS)
    page = app.page(PROBLEMS)
    files = find(page, Atspi.Role.LIST, 'Files that could not be read')
    items = find_all(files, Atspi.Role.LIST_ITEM) if files else []
    said = ' '.join(name(acc) for item in items for acc, _ in walk(item))
    t.ok(len(items) == 1 and BROKEN_FILE in said,
         f'Problems: “Files that could not be read” names {BROKEN_FILE}', said)
    t.audit('Problems', page)
    back_to_library(t, PROBLEMS)


LEARN_CARDS = ['Your window of tolerance', 'Why we push away the people we love', 'Some signs of old hurt',
               'What forgiveness is and is not']


def scenario_learn(t):
    app = t.app
    library = app.page(LIBRARY)
    learn = find(library, Atspi.Role.LIST, 'Learn')
    cards = [heard(acc) for acc in find_all(learn, Atspi.Role.LIST_ITEM)] if learn else []
    t.ok(cards == LEARN_CARDS, 'library: “Learn” lists the learn cards, named by their titles', f'it has {cards}')
    app.focus_in(library, 'the library')
    title = LEARN_CARDS[0]
    app.tab_to(lambda acc: acc is not None and role(acc) == Atspi.Role.LIST_ITEM and heard(acc) == title
               and is_inside(acc, learn), f'the learn card “{title}”', limit=150)
    key(KEY_RETURN)
    window = wait_for(lambda: app.frame(title), f'the learn card “{title}”')
    app.focus_in(window, 'the learn card')
    heading = wait_found(window, Atspi.Role.HEADING, title, 'the card’s title')
    t.ok(heading is not None, 'learn card: Enter opens it, and its title is read as a heading',
         describe(heading))
    section = find(window, Atspi.Role.LABEL, 'How it widens')
    t.ok(section is not None, 'learn card: its sections are readable', describe(section))
    t.audit('learn card', window)
    key(KEY_ESCAPE)
    app.wait_closed(window, 'the learn card to close')
    app.focus_in(library, 'the library')
    t.ok(True, 'learn card: Escape closes it, and the library has the focus again')


def scenario_preferences(t):
    app = t.app
    library = app.page(LIBRARY)
    menu = [acc for acc in find_all(library, Atspi.Role.PUSH_BUTTON, 'Main Menu') if 'click' in actions(acc)][0]
    click(menu)
    item = wait_found(library, Atspi.Role.MENU_ITEM, 'Preferences', 'the Preferences item of the menu')
    t.ok(True, 'the main menu opens, and has “Preferences”')
    click(item)
    window = wait_for(lambda: app.frame('Preferences'), 'the Preferences window')
    app.focus_in(window, 'the Preferences window')
    spins = {heard(acc): acc for acc in find_all(window, Atspi.Role.SPIN_BUTTON)}
    t.ok(sorted(spins) == ['Breathe in', 'Breathe out', 'Breaths', 'Hold after breathing in',
                           'Hold after breathing out'],
         'Preferences: the pattern is five spin buttons named by their rows', f'they are {sorted(spins)}')
    inhale = spins['Breathe in']
    t.ok(inhale.get_description() == 'Seconds to breathe in' and Atspi.Value.get_current_value(inhale) == 4.0,
         'Preferences: “Breathe in” is described as seconds, and is 4', describe(inhale))
    sound = find_all(window, Atspi.Role.CHECK_BOX, 'Sound cues')
    t.ok(sound and name(sound[0]) == 'Sound cues', 'Preferences: “Sound cues” is a check box, named once',
         [describe(acc) for acc in sound])
    before = checked(sound[0])
    click(sound[0])
    wait_for(lambda: checked(sound[0]) != before, '“Sound cues” to change')
    t.ok(True, f'Preferences: “Sound cues” goes from {"checked" if before else "unchecked"} to '
               f'{"unchecked" if before else "checked"}, as a state', describe(sound[0]))
    streaks = find_all(window, Atspi.Role.CHECK_BOX, 'Show days in a row')
    t.ok(streaks and checked(streaks[0]), 'Preferences: “Show days in a row” is a check box, checked',
         [describe(acc) for acc in streaks])
    day_start = find(window, None, re.compile(r'^A new day begins at'))
    t.ok(day_start is not None, 'Preferences: “A new day begins at” is named', describe(day_start))
    t.audit('Preferences', window)
    key(KEY_ESCAPE)
    app.wait_closed(window, 'the Preferences window to close')
    app.focus_in(library, 'the library')
    t.ok(True, 'Preferences: Escape closes it, and the library has the focus again')

def alt_h():
    alt_key(KEY_H)


def alt_key(keysym):
    """Alt and a key: the key with Alt held (locked, as XTest can only
    press a keysym and let it go)."""
    Atspi.generate_keyboard_event(MOD_ALT, None, Atspi.KeySynthType.LOCKMODIFIERS)
    try:
        key(keysym)
    finally:
        Atspi.generate_keyboard_event(MOD_ALT, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
        pump()


def help_now_page(t):
    """The Help Now page, made when it is first opened: found then."""
    def found():
        for acc, _ in walk(t.app.window, prune=lambda a: PAGE_TYPE.match(name(a))):
            if name(acc) == HELP_NOW:
                return acc
        return None

    if HELP_NOW not in t.app.pages:
        t.app.pages[HELP_NOW] = wait_for(found, 'the Help Now page')
    return t.app.pages[HELP_NOW]


def scenario_help_now(t):
    app = t.app
    library = app.page(LIBRARY)
    app.focus_in(library, 'the library')
    t.ok(button(library, 'Help Now') is not None, 'library: “Help Now” is a named button in the header')
    t.ok(find(library, Atspi.Role.LABEL, re.compile(r'^Soften is practice, not therapy\.')) is not None,
         'library: it says Soften is practice, not therapy, and where Help Now is')

    alt_h()
    page = help_now_page(t)
    app.focus_in(page, 'the Help Now page')
    t.ok(on_screen(page) and has_state(page, Atspi.StateType.VISIBLE),
         'Help Now: Alt+H from the library opens it, with the focus in it')
    ground = button(page, 'Stop and Ground')
    t.ok(ground is not None and has_state(ground, Atspi.StateType.SENSITIVE),
         'Help Now: “Stop and Ground” is a named button')
    t.ok(find(page, Atspi.Role.LABEL, 'When the Alarm Is About Now') is not None
         and find(page, Atspi.Role.LABEL, re.compile(r'^If a partner hurts you, threatens you')) is not None,
         'Help Now: “When the Alarm Is About Now” is there, and says your body may be right')
    t.ok(find(page, Atspi.Role.LIST, 'People You Can Reach') is not None and button(page, 'Add Someone') is not None,
         'Help Now: “People You Can Reach” is a named list, with “Add Someone”')
    lines = find(page, Atspi.Role.LIST, 'Lines for Where You Are')
    items = find_all(lines, Atspi.Role.LIST_ITEM) if lines else []
    t.ok(len(items) >= 1, 'Help Now: “Lines for Where You Are” lists lines to call', f'{len(items)} items')
    t.ok(find(page, Atspi.Role.COMBO_BOX) is not None or find(page, None, re.compile(r'^Where You Are')) is not None,
         'Help Now: where you are can be changed')
    t.audit('Help Now', page)
    back_to_library(t, HELP_NOW)

    # From a step: a named button beside Stop and Ground, and Alt+H.
    start_exercise(t, 'Box breathing', 6)
    t.ok(in_player(t, Atspi.Role.PUSH_BUTTON, 'Help Now') is not None
         and in_player(t, Atspi.Role.PUSH_BUTTON, 'Stop and Ground') is not None,
         'player: “Help Now” is a named button beside “Stop and Ground”')
    alt_h()
    app.focus_in(page, 'Help Now, from a step')
    t.ok(has_state(page, Atspi.StateType.VISIBLE), 'player: Alt+H leaves the exercise for Help Now, with the focus in it')
    back_to_library(t, HELP_NOW)


# }}}
# {{{ Main

SCENARIOS = [
    ('start', scenario_start),
    ('library', scenario_library),
    ('exercise page', scenario_exercise_page),
    ('player', scenario_player),
    ('leave dialog', scenario_leave_dialog),
    ('stop and ground, and finishing', scenario_ground_and_finish),
    ('check-in', scenario_check_in_zone),
    ('body scan', scenario_body_scan),
    ('together', scenario_together),
    ('writing and release', scenario_write_and_release),
    ('choice', scenario_choice),
    ('boundary script', scenario_script),
    ('My Scripts', scenario_my_scripts),
    ('Progress', scenario_progress),
    ('arriving', scenario_arriving),
    ('Problems', scenario_problems),
    ('Preferences', scenario_preferences),
    ('Learn', scenario_learn),
    ('Help Now', scenario_help_now),
]


def prepare_home(home):
    """A private home, with one exercise file that cannot be read, so that
    the Problems page has something to show."""
    shutil.rmtree(home, ignore_errors=True)
    folder = os.path.join(os.environ['XDG_DATA_HOME'], 'soften', 'exercises')
    os.makedirs(folder)
    for name_ in ('XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'HOME'):
        os.makedirs(os.environ[name_], exist_ok=True)
    with open(os.path.join(folder, BROKEN_FILE), 'w', encoding='utf-8') as broken:
        broken.write('[Exercise]\nId=broken\n')


def main():
    binary = os.environ.get('SOFTEN_BIN')
    home = os.environ.get('SOFTEN_ATSPI_HOME')
    if not binary or not home:
        print('1..0 # SKIP run me through meson: SOFTEN_BIN and SOFTEN_ATSPI_HOME are unset')
        return 0
    for variable, what in (('DISPLAY', 'an X server'), ('DBUS_SESSION_BUS_ADDRESS', 'a session bus')):
        if not os.environ.get(variable):
            print(f'1..0 # SKIP no {what} ({variable} is unset): run me under xvfb-run and dbus-run-session')
            return 0

    started = time.monotonic()
    prepare_home(home)
    app = None
    suite = Suite(None)
    try:
        # The registry answers on the accessibility bus, or nothing will.
        reachable = Atspi.init() in (0, 1) and Atspi.get_desktop(0).get_child_count() >= 0
        problem = None
    except GLib.Error as error:
        reachable = False
        problem = error.message
    suite.line(reachable, 'the accessibility bus and its registry answer', problem)
    if not reachable:
        print(f'1..{suite.count}')
        return 1

    app = App(binary)
    suite.app = app

    def stop(signum, frame):
        app.stop()
        sys.exit(1)

    # meson stops a test that runs too long with SIGTERM: take the app along.
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    try:
        try:
            app.start()
        except Exception as error:
            suite.line(False, 'the app starts and shows itself on the accessibility bus', str(error))
        else:
            for title, scenario in SCENARIOS:
                suite.run(title, scenario)
            suite.report_audits()
    finally:
        app.stop()

    print(f'1..{suite.count}')
    print(f'# {suite.count - suite.failed} of {suite.count} passed in {time.monotonic() - started:.1f} s')
    return 1 if suite.failed else 0


if __name__ == '__main__':
    sys.exit(main())

# }}}
