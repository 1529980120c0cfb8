"""The words the candidate screens show for pipeline stages, end states, note kinds and fit
results, translatable.

The domain's own labels are English; these go through Qt's translator. Each text is a literal
`translate()` call so lupdate can find it, and each is looked up when asked (not at import) so a
translator installed after start-up still applies.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop_app.domain.note import NoteKind
from desktop_app.domain.pipeline import Exit, Stage
from desktop_app.domain.scorecard import Band, Flag, Tilt
from desktop_app.labels.language import text_locale
from desktop_app.labels.text import format_date


def stage_label(stage: Stage) -> str:
    labels = {
        Stage.IDENTIFIED: QCoreApplication.translate("CandidateLabels", "Identified"),
        Stage.CONTACTED: QCoreApplication.translate("CandidateLabels", "Contacted"),
        Stage.INTERESTED: QCoreApplication.translate("CandidateLabels", "Interested"),
        Stage.SCREENED: QCoreApplication.translate("CandidateLabels", "Screened"),
        Stage.LONGLIST: QCoreApplication.translate("CandidateLabels", "Longlist"),
        Stage.SHORTLIST: QCoreApplication.translate("CandidateLabels", "Shortlist"),
        Stage.INTERVIEWING: QCoreApplication.translate("CandidateLabels", "Interviewing"),
        Stage.FINALIST: QCoreApplication.translate("CandidateLabels", "Finalist"),
        Stage.OFFER: QCoreApplication.translate("CandidateLabels", "Offer"),
        Stage.HIRED: QCoreApplication.translate("CandidateLabels", "Hired"),
    }
    return labels[Stage(stage)]


def exit_label(state: Exit) -> str:
    labels = {
        Exit.DECLINED: QCoreApplication.translate("CandidateLabels", "Declined"),
        Exit.WITHDRAWN: QCoreApplication.translate("CandidateLabels", "Withdrawn"),
        Exit.NOT_PROGRESSED: QCoreApplication.translate("CandidateLabels", "Not progressed"),
        Exit.OFFER_DECLINED: QCoreApplication.translate("CandidateLabels", "Offer declined"),
        Exit.ON_HOLD: QCoreApplication.translate("CandidateLabels", "On hold"),
    }
    return labels[Exit(state)]


def exit_hint(state: Exit) -> str:
    """What each end state means, so the person picks the right one."""
    hints = {
        Exit.DECLINED: QCoreApplication.translate("CandidateLabels", "Never interested"),
        Exit.WITHDRAWN: QCoreApplication.translate(
            "CandidateLabels", "Left after engaging with the search"
        ),
        Exit.NOT_PROGRESSED: QCoreApplication.translate(
            "CandidateLabels", "The committee decided not to go on"
        ),
        Exit.OFFER_DECLINED: QCoreApplication.translate("CandidateLabels", "Turned the offer down"),
        Exit.ON_HOLD: QCoreApplication.translate(
            "CandidateLabels", "Parked for now, may come back"
        ),
    }
    return hints[Exit(state)]


def kind_label(kind: NoteKind) -> str:
    labels = {
        NoteKind.NOTE: QCoreApplication.translate("CandidateLabels", "Note"),
        NoteKind.CALL: QCoreApplication.translate("CandidateLabels", "Call"),
        NoteKind.INTERVIEW: QCoreApplication.translate("CandidateLabels", "Interview"),
        NoteKind.REFERENCE: QCoreApplication.translate("CandidateLabels", "Reference"),
        NoteKind.EMAIL: QCoreApplication.translate("CandidateLabels", "E-mail"),
    }
    return labels[NoteKind(kind)]


def band_label(band: Band) -> str:
    labels = {
        Band.STRONG: QCoreApplication.translate("CandidateLabels", "strong"),
        Band.GOOD: QCoreApplication.translate("CandidateLabels", "good"),
        Band.BORDERLINE: QCoreApplication.translate("CandidateLabels", "borderline"),
        Band.WEAK: QCoreApplication.translate("CandidateLabels", "weak"),
    }
    return labels[Band(band)]


def profile_label(profile: Tilt) -> str:
    labels = {
        Tilt.STRATEGY: QCoreApplication.translate("CandidateLabels", "Strategy-leaning"),
        Tilt.BALANCED: QCoreApplication.translate("CandidateLabels", "Balanced"),
        Tilt.EXECUTION: QCoreApplication.translate("CandidateLabels", "Execution-leaning"),
    }
    return labels[Tilt(profile)]


def profile_short(profile: Tilt) -> str:
    """One word for a narrow table column; the tooltip gives the full label."""
    labels = {
        Tilt.STRATEGY: QCoreApplication.translate("CandidateLabels", "Strategy"),
        Tilt.BALANCED: QCoreApplication.translate("CandidateLabels", "Balanced"),
        Tilt.EXECUTION: QCoreApplication.translate("CandidateLabels", "Execution"),
    }
    return labels[Tilt(profile)]


def flag_message(flag: Flag) -> str:
    messages = {
        "execution_heavy": QCoreApplication.translate(
            "CandidateLabels",
            "Execution-heavy for a CRO seat: sales strategy and cross-team collaboration at risk.",
        ),
        "strategy_heavy": QCoreApplication.translate(
            "CandidateLabels",
            "Strategy-heavy for a CSO seat: sales execution and decision speed at risk.",
        ),
        "low_overall": QCoreApplication.translate("CandidateLabels", "Low overall."),
    }
    return messages.get(flag.code, flag.message)


def flag_short(flag: Flag) -> str:
    if flag.code == "low_overall":
        return QCoreApplication.translate("CandidateLabels", "Low overall")
    return QCoreApplication.translate("CandidateLabels", "Mismatch")


def local_date_text(day: dt.date) -> str:
    """A calendar day in the person's language, with the month as a word so 3/4 is never
    ambiguous between countries."""
    return format_date(day)


def local_time_text(moment: dt.datetime) -> str:
    """A stored (UTC) moment as the local date and time."""
    local = moment.astimezone()
    time = QTime(local.hour, local.minute)
    when = QDateTime(QDate(local.year, local.month, local.day), time)
    locale = text_locale()
    return locale.toString(when, "d MMM yyyy, " + locale.timeFormat(QLocale.FormatType.ShortFormat))


def short_names(full_names: Mapping[str, str]) -> dict[str, str]:
    """Labels for points on a chart, by id: first names, with the surname's initial where two
    people share one."""
    firsts = {key: name.split()[0] if name.split() else "?" for key, name in full_names.items()}
    shared = Counter(firsts.values())
    labels = {}
    for key, name in full_names.items():
        parts = name.split()
        first = firsts[key]
        labels[key] = f"{first} {parts[-1][0]}." if shared[first] > 1 and len(parts) > 1 else first
    return labels
