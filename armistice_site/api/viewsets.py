"""Base viewsets: read-only resources, and publishable resources that trusted clients write.

Subclasses declare ``get_base_queryset()`` (the rows and their select/prefetch plan) and
the serializers; visibility, conditional GETs, permissions and the write flow live here."""

from django.db.models import Model, QuerySet
from rest_framework import mixins, status, viewsets
from rest_framework.permissions import AllowAny, DjangoModelPermissionsOrAnonReadOnly
from rest_framework.response import Response

from armistice_site.api.conditional import ConditionalGetMixin
from armistice_site.api.permissions import can_read_unpublished, check_publish_permission


class ReadViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """A resource looked up by slug, with a short list shape and a full detail shape.

    Reading needs no permission, and a read-only resource answers any write with 405."""

    permission_classes = [AllowAny]
    lookup_field = "slug"
    list_serializer_class = None

    def get_base_queryset(self) -> QuerySet:
        raise NotImplementedError

    def get_queryset(self) -> QuerySet:
        return self.get_base_queryset()

    def get_serializer_class(self):
        if self.action == "list" and self.list_serializer_class is not None:
            return self.list_serializer_class
        return self.serializer_class

    def get_object(self) -> Model:
        obj = super().get_object()
        self.shown_objects = [obj]
        return obj

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.shown_objects = page or []
        return page


class PublishableReadViewSet(ReadViewSet):
    """Anonymous clients see ``.public()`` rows only; an authenticated client with the
    model's view or change permission also sees drafts and scheduled items (explicit
    branch, responses to it are never cached: see ConditionalGetMixin)."""

    def get_queryset(self) -> QuerySet:
        queryset = self.get_base_queryset()
        if can_read_unpublished(self.request.user, queryset.model):
            return queryset
        return queryset.public()


class WriteMixin(mixins.CreateModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin):
    """POST/PUT/PATCH/DELETE through ``write_serializer_class`` and the app's services.

    Subclasses implement ``save_object(instance, data)`` (instance None to create) and
    ``delete_object(instance)`` by calling services, which run ``full_clean()``; their
    model validation errors become 400 ``{field: [messages]}`` in the exception handler.
    The answer is the detail read shape."""

    permission_classes = [DjangoModelPermissionsOrAnonReadOnly]
    write_serializer_class = None

    def save_object(self, instance: Model | None, data: dict) -> Model:
        raise NotImplementedError

    def delete_object(self, instance: Model) -> None:
        raise NotImplementedError

    def check_write(self, instance: Model | None, data: dict | None) -> None:
        """Publish-permission rule for publishable models; override for others."""
        check_publish_permission(
            user=self.request.user,
            model=self.get_base_queryset().model,
            old_status=getattr(instance, "status", None),
            new_status=(data or {}).get("status"),
        )

    def create(self, request, *args, **kwargs):
        return self._write(None, request.data, partial=False, status_code=status.HTTP_201_CREATED)

    def update(self, request, *args, **kwargs):
        partial = kwargs.pop("partial", False)
        return self._write(self.get_object(), request.data, partial=partial)

    def destroy(self, request, *args, **kwargs):
        instance = self.get_object()
        self.check_write(instance, None)
        self.delete_object(instance)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _write(self, instance, data, *, partial: bool, status_code: int = status.HTTP_200_OK):
        serializer = self.write_serializer_class(
            instance, data=data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        self.check_write(instance, serializer.validated_data)
        saved = self.save_object(instance, dict(serializer.validated_data))
        fresh = self.get_base_queryset().get(pk=saved.pk)
        return Response(
            self.serializer_class(fresh, context=self.get_serializer_context()).data,
            status=status_code,
        )


class PublishableViewSet(WriteMixin, PublishableReadViewSet):
    """A publishable resource that clients with model permissions may also write."""


class WritableViewSet(WriteMixin, ReadViewSet):
    """A resource without publishing (sources, memberships) that clients may write."""

    def check_write(self, instance: Model | None, data: dict | None) -> None:
        """No publish step for this model; model permissions alone decide."""
