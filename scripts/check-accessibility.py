#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Walks Vigie's AT-SPI tree as a screen reader (Orca) sees it, on every page of the navigation and every tab,
# and prints each focusable object that has no accessible name. Run by scripts/check-accessibility, inside
# the X and D-Bus sessions it sets up; Debian's /usr/bin/python3, since pyatspi comes from python3-pyatspi.
#
# Exit status: 0 all named, 1 problems found, 2 the walk could not be done (no Vigie, a page did not open,
# time out). VIGIE_A11Y_SELFTEST=1 pretends the first focusable object has no name, to prove that a missing
# name fails the check. VIGIE_A11Y_VERBOSE=1 prints each page's counts and tables on stderr.
import argparse
import os
import signal
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

MAX_OBJECTS = 20000  # per walk: a runaway tree is reported, not walked for ever
MAX_DEPTH = 60
MAX_CHILDREN = 2000  # a list or a tree shown as children: its first items tell enough
MAX_TABS = 20
TABLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}
# Roles whose name Orca takes from a label pointing at them (QLabel::setBuddy), as for a form's fields.
LABELLABLE = {
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_DATE_EDITOR, pyatspi.ROLE_SCROLL_PANE,
    pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_DOCUMENT_FRAME,
}


class Failure(Exception):
    """The walk cannot go on: reported as such, not as a problem of Vigie."""


def describe(obj, index=None):
    """role "name", and the index among its parent's children when given, so that a path can be followed."""
    name = (obj.name or "").strip()
    place = "" if index is None else f"[{index}]"
    return f'{obj.getRoleName()}{place} "{name}"' if name else f"{obj.getRoleName()}{place}"


def labelled_name(obj):
    for relation in obj.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and (target.name or "").strip():
                    return target.name.strip()
    return ""


def states(obj):
    state = obj.getState()
    return (state.contains(pyatspi.STATE_FOCUSABLE),
            state.contains(pyatspi.STATE_SHOWING) and state.contains(pyatspi.STATE_VISIBLE))


class Walker:
    def __init__(self, lang, deadline):
        self.lang = lang
        self.deadline = deadline
        self.selftest = os.environ.get("VIGIE_A11Y_SELFTEST") == "1"
        self.verbose = os.environ.get("VIGIE_A11Y_VERBOSE") == "1"
        self.problems = {}  # key -> [message, pages seen on]
        self.objects = set()  # paths of the objects seen, over all pages
        self.focusable = set()
        self.tables = set()  # those already printed, when verbose

    def report(self, key, page, message):
        entry = self.problems.setdefault(key, [message, []])
        if page not in entry[1]:
            entry[1].append(page)

    def check_table(self, obj, page, where, key, shown):
        hidden = "" if shown else " (hidden until shown)"
        try:
            table = obj.queryTable()
        except NotImplementedError:
            self.report(key + ("table",), page, f"{describe(obj)}{hidden}: no table interface; at {where}")
            return
        if not (obj.name or "").strip() and not labelled_name(obj):
            self.report(key + ("name",), page, f"{obj.getRoleName()}{hidden}: no accessible name; at {where}")
        missing = []
        for column in range(min(table.nColumns, MAX_CHILDREN)):
            header = table.getColumnHeader(column)
            text = (header.name if header is not None else "") or table.getColumnDescription(column) or ""
            if not text.strip():
                missing.append(str(column))
        if self.verbose and obj.path not in self.tables:
            self.tables.add(obj.path)
            headers = [(table.getColumnHeader(c).name if table.getColumnHeader(c) else "")
                       or table.getColumnDescription(c) for c in range(min(table.nColumns, 20))]
            print(f"{self.lang}: {page}: {describe(obj)}{hidden}, {table.nRows} × {table.nColumns}: {headers}",
                  file=sys.stderr)
        if missing:
            self.report(key + ("headers",), page,
                        f"{describe(obj)}{hidden}, {table.nRows} rows × {table.nColumns} columns: no header for "
                        f"column {', '.join(missing)}; at {where}")

    def walk(self, root, page):
        """Walks root's tree; returns the number of objects and of focusable ones shown."""
        seen = set()
        counts = [0, 0]
        # (object, ancestors' descriptions, the (index, role) of each ancestor from the root, own index)
        stack = [(root, [], (), None)]
        while stack:
            if time.monotonic() > self.deadline:
                raise Failure("time out during the walk")
            obj, ancestors, above, index = stack.pop()
            try:
                path, role, name = obj.path, obj.getRole(), (obj.name or "").strip()
                focusable, shown = states(obj)
                children = [obj.getChildAtIndex(i) for i in range(min(obj.childCount, MAX_CHILDREN))]
                me = describe(obj, index)
            except GLib.GError:  # gone while walked, as a tooltip that closed: not Vigie's tree any more
                continue
            if path in seen:  # a child listed under two parents would loop
                continue
            seen.add(path)
            if len(seen) > MAX_OBJECTS:
                raise Failure(f"more than {MAX_OBJECTS} objects on {page}: is a list exposing every item?")
            self.objects.add(path)
            counts[0] += 1
            # The same object on several pages (the navigation) is one problem: keyed by its place, not its page.
            key = above + ((index, role),)
            where = " > ".join(ancestors) or "(top)"
            if role in TABLES:
                # Through the table interface, never cell by cell: a table can have a million rows.
                # Hidden ones too: their headers do not change when a "Table" box shows them.
                self.check_table(obj, page, where, key, shown)
                continue
            if focusable and shown:
                self.focusable.add(path)
                counts[1] += 1
                label = labelled_name(obj) if role in LABELLABLE else ""
                pretend = self.selftest
                if pretend:
                    self.selftest, name, label = False, "", ""
                if role == pyatspi.ROLE_UNKNOWN:
                    self.report(key + ("role",), page, f"{me}: focusable, role unknown; at {where}")
                if role == pyatspi.ROLE_COMBO_BOX and name and not label:
                    # Qt on Linux names a combo box after its current item, whatever setAccessibleName says:
                    # only a label's relation (QLabel::setBuddy) tells Orca what is being chosen.
                    self.report(key + ("combo",), page,
                                f"{obj.getRoleName()}[{index}]: focusable, its name is only its current item, "
                                f'"{name}": no label (labelled-by) says what it chooses; at {where}')
                elif not name and not label:
                    x, y, w, h = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    self.report(key + ("name",), page,
                                f"{me}: focusable, no accessible name (at {x},{y}, {w}×{h}, {len(children)} "
                                f"children){' [VIGIE_A11Y_SELFTEST]' if pretend else ''}; at {where}")
            if len(ancestors) >= MAX_DEPTH:
                raise Failure(f"deeper than {MAX_DEPTH} at {where}")
            for i in reversed(range(len(children))):
                if children[i] is not None:
                    stack.append((children[i], ancestors + [me], key, i))
        return counts


def find_app(timeout):
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and (app.name or "").lower() == "vigie" and app.childCount > 0:
                return app
        time.sleep(0.5)
    raise Failure(f"no application named Vigie on the accessibility bus after {timeout:.0f} s")


def first(obj, role, depth=0):
    """The first showing object of this role, breadth first: the navigation comes before a page's lists."""
    level = [obj]
    while level and depth < MAX_DEPTH:
        below = []
        for o in level:
            if o.getRole() == role and states(o)[1]:
                return o
            if o.getRole() not in TABLES:
                below += [c for c in (o.getChildAtIndex(i) for i in range(min(o.childCount, MAX_CHILDREN))) if c]
        level, depth = below, depth + 1
    return None


def all_showing(obj, role, found=None, depth=0):
    found = [] if found is None else found
    if obj.getRole() == role and states(obj)[1]:
        found.append(obj)
    elif obj.getRole() not in TABLES and depth < MAX_DEPTH:
        for i in range(min(obj.childCount, MAX_CHILDREN)):
            child = obj.getChildAtIndex(i)
            if child is not None:
                all_showing(child, role, found, depth + 1)
    return found


def click(obj, selected_wait=5.0):
    """Clicks the middle of obj, as a user would, then waits until it is current. Clicks, not AT-SPI actions:
    a list item's only action toggles it without changing the page, and Ctrl+1… need the keyboard focus
    that, with no window manager, the window does not get."""
    x, y, w, h = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if w <= 0 or h <= 0:
        raise Failure(f"{describe(obj)} has no place on the screen to click")
    subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1",
                    "mousemove", "0", "0"], check=True)  # the pointer away, lest a tooltip cover the next one
    end = time.monotonic() + selected_wait
    while time.monotonic() < end:
        # A list item says it is selected; Qt's tabs say only that they have the focus.
        state = obj.getState()
        if state.contains(pyatspi.STATE_SELECTED) or state.contains(pyatspi.STATE_FOCUSED):
            return
        time.sleep(0.1)
    raise Failure(f"{describe(obj)} not selected {selected_wait:.0f} s after a click")


def on_alarm(*_):
    raise Failure("time out")


def main():
    parser = argparse.ArgumentParser(description="Walks Vigie's AT-SPI tree; see the comment at the top.")
    parser.add_argument("--lang", required=True, help="the language Vigie runs in, for the report")
    parser.add_argument("--summary", help="file to write 'objects focusable views' to")
    parser.add_argument("--timeout", type=float, default=150, help="seconds for the whole walk")
    parser.add_argument("--settle", type=float, default=0.7, help="seconds a page is given once shown")
    args = parser.parse_args()

    start = time.monotonic()
    deadline = start + args.timeout
    # A call to a hung Vigie returns an error after 5 s rather than D-Bus's 25 s; alarm() ends the rest.
    pyatspi.setTimeout(5000, 15000)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(int(args.timeout) + 10)
    walker = Walker(args.lang, deadline)
    pages = 0
    try:
        app = find_app(20)
        frame = first(app, pyatspi.ROLE_FRAME)
        navigation = frame and first(frame, pyatspi.ROLE_LIST)
        if navigation is None or navigation.childCount == 0:
            raise Failure("no navigation list in Vigie's window")
        for row in range(navigation.childCount):
            item = navigation.getChildAtIndex(row)
            page = (item.name or f"page {row + 1}").strip()
            click(item)
            # The window is titled after its page: once it is, the page is built.
            end = time.monotonic() + 5
            while frame.name.split(" — ")[0].strip() != page and time.monotonic() < end:
                time.sleep(0.1)
            time.sleep(args.settle)
            views = [page]
            counts = walker.walk(app, page)
            pages += 1
            # The names of a tab's page are checked only while it is shown: each tab, then, as its own page,
            # but for the one shown on arrival (a tab list is named after it).
            for tabs in all_showing(frame, pyatspi.ROLE_PAGE_TAB_LIST):
                shown_tab = tabs.name
                for t in range(min(tabs.childCount, MAX_TABS)):
                    tab = tabs.getChildAtIndex(t)
                    if tab is None or tab.getRole() != pyatspi.ROLE_PAGE_TAB or not states(tab)[1]:
                        continue  # the scroll arrows of a tab bar, and the tabs scrolled out of sight
                    if tab.name == shown_tab:
                        continue
                    view = f"{page} / {(tab.name or f'tab {t + 1}').strip()}"
                    click(tab)
                    time.sleep(args.settle)
                    walker.walk(app, view)
                    views.append(view)
                    pages += 1
            if walker.verbose:
                print(f"{args.lang}: {page}: {counts[0]} objects, {counts[1]} focusable; "
                      f"{len(views)} views, {time.monotonic() - start:.1f} s", file=sys.stderr)
    except Failure as failure:
        print(f"[{args.lang}] cannot check: {failure}", file=sys.stderr)
        return 2
    finally:
        signal.alarm(0)

    for message, seen in walker.problems.values():
        print(f"[{args.lang}] {', '.join(seen)}: {message}")
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as summary:
            summary.write(f"{len(walker.objects)} {len(walker.focusable)} {pages}\n")
    return 1 if walker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
