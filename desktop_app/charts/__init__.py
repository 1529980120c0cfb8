"""Charts drawn with QPainter (QtGui only, no widgets), so the same drawing serves the screens
and, later, the PDF report: each module draws into a painter and a rectangle it is given."""
