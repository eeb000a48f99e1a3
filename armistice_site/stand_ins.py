"""Stand-ins for the values of statements built with the ORM once per process.

Site search (``search_statements``), an article's related rows (``prefetch_statement``) and
the label filters' lookup (``prepared_lookup``) are each compiled once with values no request
can have in the places of the ones that differ between requests; each run puts the real
values where the stand-ins are among the parameters. Every value is a parameter, so the SQL
itself never changes."""

import datetime

#: The moment visibility is judged at: long before any content.
NOW = datetime.datetime(1901, 2, 3, 4, 5, 6, 789012, tzinfo=datetime.UTC)


def is_stand_in(param, stand_in) -> bool:
    """Whether a parameter is ``stand_in`` (of the same type: ``1 == True``, and a date is
    not a moment)."""
    return type(param) is type(stand_in) and param == stand_in
