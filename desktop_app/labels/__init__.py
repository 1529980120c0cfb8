"""The words people read, translated through Qt (QtCore only): names of stages, statuses, bands
and flags, dates in the user's locale, and fill() for translated sentences. Shared by the screens
and the reports, so a report says exactly what the app says."""
