"""Reading job language: job titles to O*NET-SOC occupations (:mod:`.titles`) and skills out
of text (:mod:`.skills`).

Modules are imported on use; importing this package loads nothing heavy.
"""
