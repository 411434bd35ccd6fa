"""Readers: one module per input format, each turning bytes into `Document`s."""
