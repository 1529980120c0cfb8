"""The CRO/CSO domain: plain Python rules with no Qt and no SQL.

Checklist templates, the fit model, the role diagnostic and the pipeline live here so that the
store, the reports and the screens all apply the same rules.
"""
