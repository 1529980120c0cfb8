"""The few colours that carry meaning across the app, in one place so a warning looks the same
everywhere. Each keeps enough contrast on light and dark backgrounds."""

WARNING_RED = "#b3261e"  # overdue, flags, errors, confidential
SUCCESS_GREEN = "#2e7d32"  # done, progress
MUTED_GREY = "#8a8a8a"  # not applicable
SELECTED_WARNING = "#ffb4a9"  # a warning drawn on the selection colour
