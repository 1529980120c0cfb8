"""`make bench`: every speed target of RevSearch, measured against its reference in the same run.

Each figure is the median of several runs after a warm-up. The table goes to the terminal, to
bench/results.md (with a description of the machine) and to bench/results.json (per row: name,
value, unit, reference, ratio, target, met). Unit tests never time anything; this does.

The databases come from bench/generate.py (built once, then reused from bench/data/).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
STARTS = 7  # process starts per start-up figure (after one warm-up)
# Openings of a search per figure: more than starts, as one opening is short enough (a tenth
# of a second) for a pause of a shared machine to double it; more samples keep it out of the
# median.
OPENS = 9


@dataclass
class Row:
    name: str
    value: float
    unit: str
    reference: float | None  # what the value is compared with, measured in this run
    reference_name: str
    ratio: float | None
    target: str
    met: bool


def median_of(runs: int, measure: Callable[[], float], warm_up: int = 1) -> float:
    for _ in range(warm_up):
        measure()
    return statistics.median(measure() for _ in range(runs))


# --- databases -------------------------------------------------------------------------------


def database(profile: str) -> Path:
    """bench/data/<profile>.sqlite3, generated the first time it is needed."""
    path = DATA / f"{profile}.sqlite3"
    if not path.exists():
        print(f"Generating the {profile} database (once; it is kept in {DATA})...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "bench.generate", "--profile", profile, "-o", str(path)],
            check=True,
            cwd=HERE.parent,
        )
    return path


# --- start-up and memory, each in a fresh process ------------------------------------------


def probe(*args: str) -> tuple[float, float]:
    """Starts a probe; returns (seconds from spawn to a shown window, resident MiB then)."""
    # Settings of its own, so every start is a first start (the home view), not whichever
    # search the last run or the person left open.
    env = dict(os.environ, XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="revsearch-bench-"))
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.probes", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=HERE.parent,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    shown = time.perf_counter() - started
    process.wait(timeout=60)
    fields = line.split()
    if len(fields) != 4:
        raise RuntimeError(f"probe {args} printed {line!r}")
    return shown, float(fields[3])


def start_seconds(*args: str) -> float:
    return median_of(STARTS, lambda: probe(*args)[0])


def memory_mib(*args: str) -> float:
    return statistics.median(probe(*args)[1] for _ in range(3))


# --- in-process measurements ----------------------------------------------------------------


class Session:
    """One main window on a database, offscreen, for the in-process measurements."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop_app.store.database import open_database
        from desktop_app.ui.app import application
        from desktop_app.ui.main_window import MainWindow
        from desktop_app.ui.workspace import Workspace

        self.path = path
        self.app = application()
        self.db = open_database(path)
        self.workspace = Workspace(self.db, path)
        self.window = MainWindow(self.workspace)
        self.window.resize(1280, 800)
        self.window.show()
        QApplication.processEvents()
        self.process_events = QApplication.processEvents

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        self.process_events()

    def search_with(self, candidates: int) -> str:
        return self.db.execute(
            "SELECT search_id FROM candidates GROUP BY search_id HAVING count(*) = ? LIMIT 1",
            [candidates],
        ).fetchone()[0]

    def ordinary_searches(self, count: int) -> list[str]:
        rows = self.db.execute(
            "SELECT id FROM searches WHERE title NOT LIKE 'Large search%' ORDER BY title LIMIT ?",
            [count],
        )
        return [row[0] for row in rows]

    def open_search(self, search_id: str) -> float:
        """Milliseconds from choosing a search in the sidebar to its Candidates tab painted."""
        page = self.window.search_page
        self.window.show_dashboard()
        # Let the dashboard finish scoring its cards first: that is its work, not opening.
        deadline = time.perf_counter() + 30
        while self.window.dashboard.leaders_pending() and time.perf_counter() < deadline:
            self.process_events()
            time.sleep(0.002)
        page.tabs.setCurrentWidget(page.candidates)
        started = time.perf_counter()
        self.window.sidebar.search_selected.emit(search_id)
        self.process_events()
        self.window.repaint()
        return (time.perf_counter() - started) * 1000

    def edits(self, search_id: str) -> dict[str, float]:
        """Median milliseconds of three common edits, each committed and shown."""
        from desktop_app.domain.checklist import StepStatus
        from desktop_app.domain.note import NoteDetails
        from desktop_app.domain.scorecard import Rating

        self.open_search(search_id)
        steps = [s.id for s in self.workspace.steps(search_id)]
        people = [c.id for c in self.workspace.candidates(search_id)]
        times: dict[str, list[float]] = {"tick": [], "score": [], "note": []}

        def timed(kind: str, edit: Callable[[], object]) -> None:
            started = time.perf_counter()
            edit()
            # Runs every posted event, the repaint of what the edit changed included: the
            # edit is on screen when this returns (a forced repaint of the whole window would
            # time painting that nothing asked for).
            self.process_events()
            times[kind].append((time.perf_counter() - started) * 1000)

        for round_ in range(20):
            step = steps[round_ % len(steps)]
            status = StepStatus.DONE if round_ % 2 == 0 else StepStatus.TODO
            timed("tick", lambda s=step, st=status: self.workspace.set_step_status(s, st))
            person = people[round_ % len(people)]
            rating = Rating("S1", "Bench rater", 1 + round_ % 5)
            timed("score", lambda p=person, r=rating: self.workspace.set_score(p, r))
            note = NoteDetails(f"Benchmark note {round_}: follow up on references.")
            timed("note", lambda p=person, n=note: self.workspace.add_note(p, n))
        return {kind: statistics.median(values[2:]) for kind, values in times.items()}

    def find(self, text: str) -> float:
        def once() -> float:
            started = time.perf_counter()
            self.workspace.find(text)
            return (time.perf_counter() - started) * 1000

        return median_of(9, once)


def pdf_seconds(path: Path, search_ids: list[str], portfolio: bool) -> float:
    from desktop_app.reports.export import ExportRequest, export_report
    from desktop_app.reports.options import ReportFormat, ReportOptions
    from desktop_app.store.database import open_database

    db = open_database(path)
    try:
        with tempfile.TemporaryDirectory() as folder:
            request = ExportRequest(
                ReportFormat.PDF,
                Path(folder) / "report.pdf",
                ReportOptions(),
                search_ids=tuple(search_ids),
                portfolio=portfolio,
            )

            def once() -> float:
                started = time.perf_counter()
                export_report(db, request)
                return time.perf_counter() - started

            return median_of(3, once)
    finally:
        db.close()


def portfolio_in_window(session: Session, search_ids: list[str]) -> tuple[float, float]:
    """A portfolio PDF written by the window's own background export: (seconds, the longest
    the window's event loop was kept waiting, in milliseconds), each the median of three runs
    after a warm-up. The window waits in its event loop, as the app does (app.exec): a loop that
    polled instead would take Python's lock from the export a thousand times a second."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.reports.export import ExportRequest
    from desktop_app.reports.options import ReportFormat, ReportOptions
    from desktop_app.ui.export_job import ExportJob

    def once(folder: str) -> tuple[float, float]:
        request = ExportRequest(
            ReportFormat.PDF,
            Path(folder) / "portfolio.pdf",
            ReportOptions(),
            search_ids=tuple(search_ids),
            portfolio=True,
        )
        job = ExportJob(session.path, request)
        loop = QEventLoop()
        done: list[bool] = []
        job.finished.connect(lambda _files: done.append(True) or loop.quit())
        job.failed.connect(lambda message: done.append(False) or print(message) or loop.quit())
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)
        started = time.perf_counter()
        job.start()
        if not done:
            loop.exec()
        elapsed = time.perf_counter() - started
        timer.stop()
        if not done[0]:
            raise RuntimeError("the portfolio export failed")
        return elapsed, max(gaps) if gaps else 0.0

    with tempfile.TemporaryDirectory() as folder:
        once(folder)  # the warm-up
        runs = [once(folder) for _ in range(3)]
    return (
        statistics.median(seconds for seconds, _ in runs),
        statistics.median(wait for _, wait in runs),
    )


# --- the table --------------------------------------------------------------------------------


def ratio_row(name: str, value: float, unit: str, reference: float, ref_name: str, most: float):
    ratio = value / reference
    return Row(name, value, unit, reference, ref_name, ratio, f"≤ {most}x", ratio <= most)


def limit_row(name: str, value: float, unit: str, limit: float, ref_name: str = "target"):
    return Row(name, value, unit, limit, ref_name, value / limit, f"< {limit:g} {unit}",
               value < limit)  # fmt: skip


def run() -> tuple[list[Row], list[str]]:
    """Every row, and notes that give them context."""
    normal, huge = database("normal"), database("huge")
    rows: list[Row] = []
    notes: list[str] = []

    print("Start-up (fresh processes)...", flush=True)
    bare = start_seconds("bare-window")
    # Not a target: what importing sqlite-utils, which the app opens its file with before the
    # first paint, adds to a bare window by itself.
    floor = start_seconds("bare-window", "--importing", "sqlite_utils")
    # Nor this: a bare window that imports, without building anything, the two modules of the
    # first screen (the list of searches and the dashboard) and what they import in turn.
    first_screen = start_seconds(
        "bare-window", "--importing", "desktop_app.ui.sidebar,desktop_app.ui.dashboard"
    )
    notes.append(
        f"For reference, a bare PySide6 window that also imports sqlite-utils starts in "
        f"{floor * 1000:.0f} ms ({floor / bare:.2f}x the bare window); one that also imports "
        f"the modules of the first screen (the list of searches and the dashboard, sqlite-utils "
        f"among what they need) but builds nothing of them, in {first_screen * 1000:.0f} ms "
        f"({first_screen / bare:.2f}x)."
    )
    start_normal = start_seconds("app", str(normal))
    start_huge = start_seconds("app", str(huge))
    rows.append(ratio_row("Start to a shown window, huge database", start_huge * 1000, "ms",
                          bare * 1000, "bare PySide6 window", 1.3))  # fmt: skip
    rows.append(ratio_row("Start, huge vs normal database", start_huge * 1000, "ms",
                          start_normal * 1000, "normal database", 1.2))  # fmt: skip

    print("Opening searches, edits, find...", flush=True)
    small = Session(normal)
    large_normal = small.search_with(1000)
    open_normal = median_of(OPENS, lambda: small.open_search(large_normal))
    small.close()
    big = Session(huge)
    large_huge = big.search_with(1000)
    open_huge = median_of(OPENS, lambda: big.open_search(large_huge))
    rows.append(limit_row("Open a search of 1,000 candidates (huge db)", open_huge, "ms", 100))
    rows.append(ratio_row("Open that search, huge vs normal database", open_huge, "ms",
                          open_normal, "normal database", 1.2))  # fmt: skip
    edits = big.edits(big.search_with(50))
    for kind, label in (("tick", "Tick a step"), ("score", "Edit a score"), ("note", "Add a note")):
        rows.append(limit_row(f"{label}: committed and shown", edits[kind], "ms", 10))
    rows.append(limit_row("Find across 500,000 notes", big.find("forecasting discipline"), "ms",
                          50))  # fmt: skip

    print("Reports...", flush=True)
    rows.append(limit_row("PDF of one search with 200 candidates",
                          pdf_seconds(huge, [big.search_with(200)], False), "s", 1.5))  # fmt: skip
    hundred = big.ordinary_searches(100)
    seconds, longest_wait = portfolio_in_window(big, hundred)
    rows.append(limit_row("Portfolio PDF of 100 searches, from the window", seconds, "s", 5))
    rows.append(limit_row("Longest wait of the window during it", longest_wait, "ms", 100,
                          "responsive"))  # fmt: skip
    big.close()

    print("Memory (fresh processes)...", flush=True)
    bare_mib = memory_mib("bare-window")
    app_mib = memory_mib("app", str(huge), "--open-largest")
    rows.append(Row("Memory: huge database, largest search open", app_mib, "MiB", bare_mib,
                    "bare PySide6 window", app_mib - bare_mib, "≤ bare + 100 MiB",
                    app_mib - bare_mib <= 100))  # fmt: skip
    return rows, notes


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = f"{names[0]} x{len(names)}" if names else cpu
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, Python {platform.python_version()}"


def table(rows: list[Row]) -> str:
    lines = [
        "| What | Measured | Reference | Ratio | Target | Met |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        reference = f"{r.reference:.3g} {r.unit} ({r.reference_name})" if r.reference else "—"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "—"
        met = "yes" if r.met else "**no**"
        lines.append(
            f"| {r.name} | {r.value:.3g} {r.unit} | {reference} | {ratio} | {r.target} | {met} |"
        )
    return "\n".join(lines)


def main() -> int:
    rows, notes = run()
    text = table(rows) + "".join(f"\n\n{note}" for note in notes)
    print()
    print(text)
    when = time.strftime("%Y-%m-%d %H:%M")
    (HERE / "results.md").write_text(
        f"# RevSearch benchmarks\n\n{when}; {machine()}.\n\n{text}\n", encoding="utf-8"
    )
    (HERE / "results.json").write_text(
        json.dumps(
            {
                "machine": machine(),
                "when": when,
                "rows": [asdict(r) for r in rows],
                "notes": notes,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0 if all(r.met for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
