"""The demo content as plain data, one module per kind: ``countries``, ``alliances``,
``articles`` (article bodies as Markdown files in ``articles/``), ``events`` and ``timelines``.

Each module may define ``SOURCES``, ``TOPICS``, ``TAGS``, ``COUNTRIES``, ``ARTICLES``,
``ALLIANCES``, ``EVENTS`` and ``TIMELINES``: lists of dicts that refer to each other by slug,
with dates as ISO strings. ``demo.loader`` reads them all and writes them to the database."""
