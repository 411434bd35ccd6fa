"""The user's profile: who they are, their jobs (the current one is the comparison's
baseline), skills with provenance, aspirations and deal-breakers.

    imported = import_path(Path("resume.pdf"))          # JSON Resume, PDF, DOCX, LinkedIn
    enrich(imported, knowledge_dir)                     # code titles, add implied skills
    report = save_import(store, imported)               # repository functions on the store
    profile = load_profile(store)

Importers (``jsonresume``, ``resume_text``, ``linkedin``) all produce an
:class:`~sidedoor.profile.models.ImportedProfile`; ``ImportedProfile.facts()`` is what must
agree whichever form the same person came in. Nothing here prints.
"""
