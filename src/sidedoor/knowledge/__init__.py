"""sidedoor: the knowledge store (O*NET, ESCO, BLS OEWS)."""
