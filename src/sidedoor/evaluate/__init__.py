"""Evaluate: one opportunity seen through the four reasons to take the call.

`build.build_report(store, id)` returns an `models.EvaluationReport` (practice, comparison,
other doors, another industry, in that order); `render` turns it into Markdown, terminal
output or JSON. With settings, `engines.wire` fills the sections from the compare, practice,
doors and pivot engines, each guarded: one that fails says what is missing.
"""
