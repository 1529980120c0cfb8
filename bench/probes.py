"""Small programs the benchmarks start as separate processes, so each start-up and memory figure
comes from a fresh interpreter, exactly as a person starts the app.

    python -m bench.probes bare-window          # a bare PySide6 window: the reference
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


def _report(app: object) -> None:
    print(f"shown {time.perf_counter() - STARTED:.4f} rss {_rss_mib():.1f}", flush=True)


def bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    window.repaint()
    _report(app)
    return 0


def app_window(db_path: str, open_largest: bool) -> int:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from desktop_app.store.database import open_database
    from desktop_app.ui.app import application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.workspace import Workspace

    # The same order as run_app: the database first, then Qt.
    db = open_database(Path(db_path))
    app = application()
    window = MainWindow(Workspace(db, Path(db_path)))
    window.resize(1280, 800)
    window.show()
    # Not app.exec(): quitting would close the database (the app closes it on quit).
    QApplication.processEvents()
    window.repaint()
    if open_largest:
        largest = db.execute(
            "SELECT search_id FROM candidates GROUP BY search_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        window.search_page.tabs.setCurrentWidget(window.search_page.candidates)
        window.sidebar.search_selected.emit(largest)
        QApplication.processEvents()
        window.repaint()
    _report(app)
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[:1] == ["bare-window"]:
        return bare_window()
    if argv[:1] == ["app"] and len(argv) >= 2:
        return app_window(argv[1], "--open-largest" in argv)
    print(__doc__, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
