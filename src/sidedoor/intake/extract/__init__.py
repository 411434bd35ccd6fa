"""Extractors: one module per family of fields, each pure text -> values with evidence spans."""
