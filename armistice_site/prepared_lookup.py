"""One row found by the value of one field, with a statement built by the ORM once per process.

An API list filtered by a tag first finds that tag among those the client may see: for
anonymous clients ``Tag.objects.public()``, the tags of public articles, a subquery over the
articles. Building and compiling that lookup took about four times what PostgreSQL took to
answer it (bench/profile.md), and it is the same statement every time but for the slug and the
moment visibility is judged at. So it is built once with stand-ins for those two values (as
``armistice_site.prefetch_statement`` does for an article's related rows), and ``get`` runs it
with the real ones and makes the instance ``from_db``, as the ORM would: the dependency
recording of the page cache sees the same row and tables."""

from collections.abc import Callable

from django.db import connections, router
from django.db.models import Model, QuerySet
from django.utils import timezone

from armistice_site import stand_ins

#: No field's value: NUL cannot be stored in a PostgreSQL text column.
_STAND_IN_VALUE = "\x00value\x00"


class PreparedLookup:
    """``rows(now).filter(**{field: value}).first()`` for any ``value``, the rows being a
    function of the moment (``lambda now: Tag.objects.public(now)``)."""

    def __init__(self, rows: Callable[..., QuerySet], field: str):
        self.rows = rows
        self.field = field
        self._built = None

    def __deepcopy__(self, memo) -> "PreparedLookup":
        return self  # built once per process: a FilterSet's copies of its filters share it

    def get(self, value: str) -> Model | None:
        sql, params, model, names = self._statement()
        now = timezone.now()
        filled = [_real(param, value, now) for param in params]
        database = router.db_for_read(model)
        with connections[database].cursor() as cursor:
            cursor.execute(sql, filled)
            row = cursor.fetchone()
        return None if row is None else model.from_db(database, names, row)

    def _statement(self) -> tuple[str, list, type[Model], list[str]]:
        if self._built is None:
            queryset = self.rows(stand_ins.NOW).filter(**{self.field: _STAND_IN_VALUE})
            model = queryset.model
            names = [field.attname for field in model._meta.concrete_fields]
            sql, params = queryset.order_by().values_list(*names)[:1].query.sql_with_params()
            self._built = (sql, list(params), model, names)
        return self._built


def _real(param, value: str, now):
    if stand_ins.is_stand_in(param, _STAND_IN_VALUE):
        return value
    if stand_ins.is_stand_in(param, stand_ins.NOW):
        return now
    return param
