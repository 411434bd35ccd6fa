"""Opportunities: intake's parse results stored, deduplicated and threaded; listed and shown.

    from sidedoor.opportunities.ingest import add_parse_result
    report = add_parse_result(store, parse_path("export.zip"), source="export.zip")
    from sidedoor.opportunities.read import list_opportunities, get_opportunity

`ingest` writes (chunked savepoints, one item rolled back alone on failure), `rows` maps
intake's items to rows, `threading` decides which stored opportunity an item joins,
`recruiters` matches recruiters, `read` reads back, `language` wires the job-language engines
into intake's hooks, `inputs` reads a file or stdin. Nothing here prints; `render` formats
the results for the terminal. docs/inbox.md describes the rules.
"""
