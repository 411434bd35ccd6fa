"""The comparison: an opportunity against the job the user has.

    offer = offer_from_position(position_record)        # or offer_from_parsed(intake position)
    report = compare(offer, profile, context)           # a Comparison: pure data, explained

``offer`` reads what the posting says (and what-ifs on top), ``pay`` normalises total pay,
``market`` places pay in the OEWS distribution, ``engine`` adds commute, flexibility,
unknowns, deal-breakers and the verdict; ``render`` and ``chart`` only present. Every
formula is in docs/compare.md. Nothing here prints.
"""
