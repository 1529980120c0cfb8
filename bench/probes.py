"""Small programs the benchmarks start as separate processes, so each start-up and memory figure
comes from a fresh interpreter, exactly as a person starts the app.

    python -m bench.probes bare-window          # a bare PySide6 window: the reference
    python -m bench.probes bare-window --importing sqlite_utils  # ... that also loads sqlite-utils
    python -m bench.probes bare-window --importing a,b  # ... that also loads modules a and b
    python -m bench.probes app DB               # RevSearch's main window on DB
    python -m bench.probes app DB --open-largest  # ... then the largest search, Candidates tab

Each prints one line, "shown <seconds since the process started> rss <MiB>", once its window
has been shown and painted, then exits.
"""

from __future__ import annotations

import os
import sys
import time

# The process's own start, as close as Python allows: the clock at the first line run.
STARTED = time.perf_counter()


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _report(app: object, painted: float | None = None) -> None:
    shown = (painted if painted is not None else time.perf_counter()) - STARTED
    print(f"shown {shown:.4f} rss {_rss_mib():.1f}", flush=True)


def _first_paint(window: object) -> list[float]:
    """Records when the window first paints: the moment it is on screen. Work the window puts
    off until after that (the dashboard's deferred scoring) is not part of starting."""
    from PySide6.QtCore import QEvent, QObject

    seen: list[float] = []

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen:
                seen.append(time.perf_counter())
            return False

    watcher = Watcher(window)  # type: ignore[arg-type]
    window.installEventFilter(watcher)  # type: ignore[attr-defined]
    return seen


def bare_window(importing: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    # Floors under the app's start: a bare window that also loads what the app needs before
    # its first paint (sqlite_utils; the modules of the first screen), and does nothing more.
    for module in importing.split(",") if importing else ():
        __import__(module)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    painted = _first_paint(window)
    window.show()
    QApplication.processEvents()
    _report(app, painted[0] if painted else None)
    return 0


def app_window(db_path: str, open_largest: bool) -> int:
    from pathlib import Path

    from desktop_app.store.early_reads import EarlySummaries

    # As the app's own start (cli._start_app): the list of searches is read on a thread while
    # Qt and the window are imported.
    early = EarlySummaries(Path(db_path))

    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.app import application, open_for_start
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.workspace import Workspace

    # The same order and the same open as run_app: the database first (the page check left
    # for after the window shows), then Qt.
    db = open_for_start(Path(db_path))
    app = application()
    workspace = Workspace(db, Path(db_path))
    workspace.use_early_summaries(early)
    window = MainWindow(workspace)
    window.resize(1280, 800)
    painted = _first_paint(window)
    window.show()
    # As run_app does once the window shows, the page check on its worker thread; not the
    # day's copy, which would write an 800 MB file beside the benchmark's databases.
    checks = window.start_startup_checks(check=True, back_up=False)
    # Not app.exec(): quitting would close the database (the app closes it on quit).
    QApplication.processEvents()
    if open_largest:
        largest = db.execute(
            "SELECT search_id FROM candidates GROUP BY search_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        window.search_page.tabs.setCurrentWidget(window.search_page.candidates)
        window.sidebar.search_selected.emit(largest)
        QApplication.processEvents()
        window.repaint()
        painted = []  # memory is what is measured here; the time is the search's
    _report(app, painted[0] if painted else None)
    checks.stop()  # as closing the window does
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[:1] == ["bare-window"]:
        return bare_window(argv[2] if argv[1:2] == ["--importing"] else None)
    if argv[:1] == ["app"] and len(argv) >= 2:
        return app_window(argv[1], "--open-largest" in argv)
    print(__doc__, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
