"""Progress reports and spreadsheets: what a report holds (content.py), then one writer per
format (PDF, HTML, Excel, CSV), all driven by export.py."""
