"""RevSearch never connects to a network: a whole session in the window and every way data
leaves the app (each report format, the .revsearch hand-off, a person's data, importing
candidates) run with every way of opening a connection made to fail and recorded. Nothing may
even try. The HTML report names no web address but its SVG namespaces, so opening it fetches
nothing either."""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import socket
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt
from test_main_window import open_window

from desktop_app.domain.candidate import CandidateDetails
from desktop_app.domain.note import NoteDetails
from desktop_app.domain.scorecard import Rating
from desktop_app.reports.export import ExportRequest, export_report, output_paths
from desktop_app.reports.html import SVG_NAMESPACE, XLINK_NAMESPACE
from desktop_app.reports.options import Paper, ReportFormat, ReportOptions
from desktop_app.sample_data import add_sample_data
from desktop_app.store import candidate_import, handoff, notes, privacy
from desktop_app.store.database import open_database


@pytest.fixture(autouse=True)
def isolated_settings(qapp):
    qapp.setOrganizationName("RevSearchTests")
    qapp.setApplicationName("RevSearchTests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def attempts(monkeypatch) -> list[str]:
    """Every way Python code opens a connection or looks up a host, made to fail and recorded.
    (Qt's own networking would not go through these; QtNetwork is checked apart.)"""
    tried: list[str] = []

    def refuse(name: str):
        def refused(*args, **kwargs):
            tried.append(f"{name}{args[1:] if name.startswith('socket.socket') else args}")
            raise OSError(errno.ENETUNREACH, f"No network in this test ({name})")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.socket.sendto"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    return tried


def network_sockets() -> set[str]:
    """The process's open IPv4 and IPv6 sockets, by inode, as the kernel lists them: catches a
    connection opened below Python (by a C library) as long as it is still open."""
    fd_folder = Path("/proc/self/fd")
    inodes = set()
    for link in fd_folder.iterdir():
        try:
            target = os.readlink(link)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/self/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inet.add(line.split()[9])
    return inodes & inet


needs_proc = pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="Linux /proc")


@needs_proc
def test_a_whole_session_and_every_export_try_no_connection(qtbot, db, db_path, tmp_path, attempts):
    sockets_before = network_sockets()
    add_sample_data(db)
    window = open_window(qtbot, db, db_path)
    ws = window.workspace
    search_id = window.current_search_id()
    page = window.search_page

    # Click through every tab of the search, then the home view and back.
    for index in range(page.tabs.count()):
        qtbot.mouseClick(
            page.tabs.tabBar(),
            Qt.MouseButton.LeftButton,
            pos=page.tabs.tabBar().tabRect(index).center(),
        )
        assert page.tabs.currentIndex() == index
    window.dashboard_action.trigger()
    window.refresh(select=search_id)

    # Add a candidate through the Candidates tab, score them, write a note.
    tab = page.candidates
    page.tabs.setCurrentWidget(tab)
    tab._ask_candidate_details = lambda: CandidateDetails(
        full_name="Noor Haddad", email="noor@example.org", linkedin_url="https://linkedin.com/in/nh"
    )
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    noor = tab.current_candidate_id()
    assert ws.candidate(noor).full_name == "Noor Haddad"
    ws.set_score(noor, Rating("S1", "Helena", 4, "Rebuilt pricing at two companies"))
    ws.add_note(noor, NoteDetails(body="Pricing story checks out", confidential=True))

    # Find her with Ctrl+F.
    def type_and_choose(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.field, "noor")
        qtbot.waitUntil(lambda: dialog.results.count() > 0)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    window.show_find = type_and_choose
    window.find_action.trigger()
    assert tab.current_candidate_id() == noor

    # Every report format, one through the window's background export.
    written: list[Path] = []
    for report_format in ReportFormat:
        request = ExportRequest(
            format=report_format,
            path=tmp_path / f"report.{report_format.value}",
            options=ReportOptions(include_confidential=True, anonymise=False, paper=Paper.A4),
            search_ids=(search_id,),
        )
        written += export_report(ws.db, request)
    portfolio = ExportRequest(
        format=ReportFormat.PDF,
        path=tmp_path / "portfolio.pdf",
        options=ReportOptions(anonymise=True),
        portfolio=True,
    )
    saved: list[list[Path]] = []
    window.report_ready = saved.append
    job = window.start_export(portfolio)
    qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
    assert not job.is_running()
    written += saved[0]
    assert all(path.stat().st_size > 0 for path in written)

    # The hand-off both ways, a person's data, candidates from CSV and Excel.
    handoff_file = handoff.write_search_file(
        ws.db, search_id, tmp_path / "s.revsearch", include_confidential=True
    )
    colleague = open_database(tmp_path / "colleague.sqlite3")
    handoff.import_search(colleague, handoff.read_search_file(handoff_file))
    privacy.export_person(ws.db, noor, tmp_path / "noor.json")
    assert json.loads((tmp_path / "noor.json").read_text(encoding="utf-8"))["records"]
    sheet = tmp_path / "people.csv"
    with sheet.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(
            [["Name", "Email", "LinkedIn"], ["Ravi Rao", "ravi@example.org", "https://x.io/r"]]
        )
    book = Workbook()
    book.active.append(["Name", "Email"])
    book.active.append(["Mei Lin", "mei@example.org"])
    book.save(tmp_path / "people.xlsx")
    for path in (sheet, tmp_path / "people.xlsx"):
        table = candidate_import.read_table(path)
        plan = candidate_import.preview(
            colleague, search_id, table, candidate_import.guess_mapping(table.headers)
        )
        assert candidate_import.import_preview(colleague, search_id, plan)
    colleague.close()
    window.close()

    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert network_sockets() <= sockets_before


def test_the_check_itself_works(attempts):
    """The patched functions do refuse and record: a connection attempt would fail the test
    above, not slip through."""
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443), timeout=0.1)
    probe = socket.socket()
    try:
        with pytest.raises(OSError):
            probe.connect(("192.0.2.1", 9))
    finally:
        probe.close()
    assert [a.split("(")[0] for a in attempts] == [
        "socket.create_connection",
        "socket.socket.connect",
    ]


def test_the_html_report_names_no_web_address_but_its_svg_namespaces(qapp, db, tmp_path):
    add_sample_data(db)
    search_id = next(iter(db.query("SELECT id FROM searches")))["id"]
    # A note quoting a link: with the confidential notes asked for, it is in the report as
    # text; it must never become something a browser loads.
    cid = next(iter(db.query("SELECT id FROM candidates WHERE search_id = ?", [search_id])))["id"]
    notes.add_note(db, cid, NoteDetails(body="Profile: https://example.org/p?x=1"))
    # A whole phase not applicable: its bar is hatched, a pattern the SVG refers to by id.
    db.execute(
        "UPDATE checklist_steps SET status = 'skipped', completed_date = NULL"
        " WHERE search_id = ? AND phase = "
        "(SELECT phase FROM checklist_steps WHERE search_id = ? LIMIT 1)",
        [search_id, search_id],
    )
    request = ExportRequest(
        format=ReportFormat.HTML,
        path=tmp_path / "r.html",
        options=ReportOptions(include_confidential=True),
        search_ids=(search_id,),
    )
    (page_path,) = export_report(db, request)
    assert page_path == output_paths(request.path, ReportFormat.HTML, portfolio=False)[0]
    page = page_path.read_text(encoding="utf-8")
    addresses = set(re.findall(r"https?://[^\s\"'<>)]+", page))
    assert addresses - {SVG_NAMESPACE, XLINK_NAMESPACE} <= {"https://example.org/p?x=1"}
    # ...and the note's link is only text: no attribute may load or point anywhere.
    assert not re.search(r"\b(src|href|action|poster|data)\s*=", page, re.IGNORECASE)
    # A url() may only point inside the page (the hatch's pattern: "url(#chart1-...)").
    assert "url(#" in page
    assert not re.search(
        r"url\((?!#)|@import|<link\b|<script\b|<iframe\b|<img\b", page, re.IGNORECASE
    )
