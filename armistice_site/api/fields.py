"""Sparse fieldsets: ``?fields=slug,title`` returns only those fields of each item."""

from rest_framework import serializers

FIELDS_PARAM = "fields"


def requested_fields(request) -> set[str] | None:
    """The field names a client asked for, or None when it asked for all of them."""
    if request is None:
        return None
    raw = request.query_params.get(FIELDS_PARAM, "")
    names = {name.strip() for name in raw.split(",") if name.strip()}
    return names or None


class SparseFieldsMixin:
    """For the top-level read serializer of a list or detail response.

    Only the outermost serializer is trimmed (``self.parent is None`` for a detail,
    ``self.parent`` is the ListSerializer for a list); nested summaries keep their shape.
    A name the resource does not have is a 400 naming the ``fields`` parameter, so a typo
    does not silently return an empty object."""

    @property
    def _readable_fields(self):
        """Worked out once per serializer: a list's one child serializer is asked for every
        item, and the answer (the fields asked for in the request) cannot change between
        them."""
        chosen = self.__dict__.get("_chosen_fields")
        if chosen is None:
            chosen = self.__dict__["_chosen_fields"] = list(self._choose_fields())
        return chosen

    def _choose_fields(self):
        fields = super()._readable_fields
        if not self._is_root() or not self.context.get("sparse_fields", True):
            return fields
        wanted = requested_fields(self.context.get("request"))
        if wanted is None:
            return fields
        unknown = wanted - set(self.fields)
        if unknown:
            raise serializers.ValidationError(
                {
                    FIELDS_PARAM: [
                        f"Unknown field(s): {', '.join(sorted(unknown))}. "
                        f"Choose from: {', '.join(self.fields)}."
                    ]
                }
            )
        return [field for field in fields if field.field_name in wanted]

    def _is_root(self) -> bool:
        parent = self.parent
        return parent is None or (
            isinstance(parent, serializers.ListSerializer) and parent.parent is None
        )
