"""Base viewsets: read-only resources, and publishable resources that trusted clients write.

Subclasses declare ``get_base_queryset()`` (the rows and their select/prefetch plan) and
the serializers; visibility, conditional GETs, permissions and the write flow live here."""

import datetime
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.permissions import AllowAny, DjangoModelPermissionsOrAnonReadOnly
from rest_framework.response import Response

from armistice_site import workflow
from armistice_site.api.conditional import (
    ConditionalGetMixin,
    PreconditionFailed,
    if_match_passes,
    representation_etag,
)
from armistice_site.api.permissions import can_read_unpublished, check_can_change
from armistice_site.api.schema import ApiAutoSchema, ErrorSerializer
from armistice_site.publishing import Publishable, Status


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


# Writes -----------------------------------------------------------------------------------

IF_MATCH_METHODS = {"PUT", "PATCH", "DELETE"}
ETAG_METHODS = {"POST", "PUT", "PATCH"}

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "The `ETag` your GET of this item's JSON detail returned (or `*` for any version). "
        "If the item has changed since, nothing is changed and the answer is 412. Optional, "
        "but without it a write replaces whatever another client saved in between."
    ),
)
ETAG = OpenApiParameter(
    "ETag",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=[200, 201],
    description="The item's new ETag, as its GET returns it: send it as `If-Match` next time.",
)


class PreconditionFailedSerializer(ErrorSerializer):
    current_etag = serializers.CharField(help_text="The item's ETag now; GET it to see why.")


class WriteSchema(ApiAutoSchema):
    """Documents optimistic locking: ``If-Match`` and 412 on PUT, PATCH and DELETE, and the
    ``ETag`` that successful writes answer with."""

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if self.method in IF_MATCH_METHODS:
            parameters = [*parameters, IF_MATCH]
        if self.method in ETAG_METHODS:
            parameters = [*parameters, ETAG]
        return parameters

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method in IF_MATCH_METHODS:
            stale = OpenApiResponse(
                PreconditionFailedSerializer,
                "`If-Match` names an older version of the item; nothing was changed.",
            )
            responses["412"] = self._get_response_for_code(stale, "412", direction=direction)
        return responses


@contextmanager
def workflow_refusals() -> Iterator[None]:
    """Answer a refusal by the workflow with 403 and its message (DRF would answer Django's
    ``PermissionDenied``, which ``TransitionNotPermitted`` is, with a generic one)."""
    try:
        yield
    except workflow.TransitionNotPermitted as exc:
        raise exceptions.PermissionDenied(str(exc)) from exc


def last_change(instance: Model) -> str:
    """Who saved the item's latest revision and when, for the 412's message."""
    record = instance.history.select_related("history_user").first()
    if record is None:
        return "changed"
    who = record.history_user.get_username() if record.history_user else "someone"
    return f"changed by {who} at {record.history_date.isoformat(timespec='seconds')}"


class WriteMixin(mixins.CreateModelMixin, mixins.UpdateModelMixin, mixins.DestroyModelMixin):
    """POST/PUT/PATCH/DELETE through ``write_serializer_class`` and the app's services.

    Subclasses implement ``save_object(instance, data)`` (instance None to create) and
    ``delete_object(instance)`` by calling services, which run ``full_clean()``; their
    model validation errors become 400 ``{field: [messages]}`` in the exception handler, and
    the workflow's refusals 403 with its message. The answer is the detail read shape, with
    the ETag its GET will return.

    PUT, PATCH and DELETE lock the item's row for the request's one transaction, then compare
    ``If-Match`` with the ETag a GET of the item returns now (the hash of its JSON body, see
    ``ConditionalGetMixin``): of two clients writing from the same version, exactly one wins;
    the other gets 412 naming who changed it when, and nothing is changed."""

    permission_classes = [DjangoModelPermissionsOrAnonReadOnly]
    schema = WriteSchema()
    write_serializer_class = None

    def save_object(self, instance: Model | None, data: dict) -> Model:
        raise NotImplementedError

    def delete_object(self, instance: Model) -> None:
        raise NotImplementedError

    def check_write(self, instance: Model | None, data: dict | None) -> None:
        """Refuse (403) a write that the user's role does not allow for this item; ``data``
        is None for a delete. Model permissions were checked before; override for rules that
        depend on the item."""

    def perform_write(self, instance: Model | None, data: dict) -> Model:
        self.check_write(instance, data)
        return self.save_object(instance, data)

    def create(self, request, *args, **kwargs):
        with transaction.atomic(), workflow_refusals():
            return self._write(
                None, request.data, partial=False, status_code=status.HTTP_201_CREATED
            )

    def update(self, request, *args, **kwargs):
        partial = kwargs.pop("partial", False)
        with transaction.atomic(), workflow_refusals():
            return self._write(self.get_object_for_write(), request.data, partial=partial)

    def destroy(self, request, *args, **kwargs):
        with transaction.atomic(), workflow_refusals():
            instance = self.get_object_for_write()
            self.check_write(instance, None)
            self.delete_object(instance)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def get_object_for_write(self) -> Model:
        """The item, read again after locking its row until the transaction ends, so that
        nothing saved in between is overwritten; 412 if ``If-Match`` names another version."""
        found = self.get_object()
        type(found)._default_manager.select_for_update().filter(pk=found.pk).values("pk").first()
        instance = self.get_object()
        header = self.request.headers.get("If-Match")
        if header is None:
            return instance
        current = representation_etag(
            self.serializer_class(instance, context=self.get_serializer_context()).data
        )
        if not if_match_passes(header, current):
            raise PreconditionFailed(
                {
                    "detail": f"“{instance}” was {last_change(instance)}: your If-Match names "
                    "an earlier version, so nothing was changed. GET it again, apply your "
                    "change to what is there now, and send its ETag (current_etag).",
                    "current_etag": current,
                }
            )
        return instance

    def _write(self, instance, data, *, partial: bool, status_code: int = status.HTTP_200_OK):
        serializer = self.write_serializer_class(
            instance, data=data, partial=partial, context=self.get_serializer_context()
        )
        serializer.is_valid(raise_exception=True)
        saved = self.perform_write(instance, dict(serializer.validated_data))
        fresh = self.get_base_queryset().get(pk=saved.pk)
        body = self.serializer_class(fresh, context=self.get_serializer_context()).data
        response = Response(body, status=status_code)
        response["ETag"] = representation_etag(body)
        return response


def requested_transition(
    instance: Publishable | None, data: dict
) -> tuple[str, datetime.datetime | None] | None:
    """The ``workflow.transition()`` a write asks for, as ``(to, publish_at)``, or None.

    Takes ``status`` and ``publish_at`` out of ``data``: they are never saved as plain fields.
    Sending the values the item has is no change (a PUT repeats them). ``published`` with a
    future ``publish_at`` schedules; without one it publishes now (or at the item's own time).
    A go-live time means nothing for the other statuses, so changing it with them is a 400."""
    current = instance.status if instance is not None else Status.DRAFT
    stored = instance.publish_at if instance is not None else None
    to = data.pop("status", current)
    publish_at = data.pop("publish_at", stored)
    if to != Status.PUBLISHED:
        if publish_at != stored:
            raise exceptions.ValidationError(
                {
                    "publish_at": [
                        "A go-live time goes with status “published”: a future time schedules "
                        "the item, a past one publishes it now."
                    ]
                }
            )
        return None if to == current else (to, None)
    if to == current and publish_at == stored:
        return None
    if publish_at is not None and publish_at > timezone.now():
        return workflow.SCHEDULED, publish_at
    return Status.PUBLISHED, publish_at


class PublishableViewSet(WriteMixin, PublishableReadViewSet):
    """A publishable resource that clients with model permissions may also write.

    Content edits go through the app's services, as far as the user's role allows
    (``workflow.can_change``: writers edit drafts and items in review, not what readers can
    see). A change of ``status`` or ``publish_at`` is a ``workflow.transition()`` made for
    the client — submit, publish, schedule (``published`` with a future ``publish_at``),
    unpublish, archive, request changes (with a ``comment``) — with the role rules, the
    publishing requirements, the audit entry and the revision's change reason of the admin's
    buttons. Edits and transition share one transaction: a refused transition saves nothing.
    Deleting goes through ``workflow.delete`` (writers cannot delete published work)."""

    def check_write(self, instance: Publishable | None, data: dict | None) -> None:
        if instance is not None and data is not None:
            check_can_change(self.request.user, instance)

    def perform_write(self, instance: Publishable | None, data: dict) -> Publishable:
        comment = data.pop("comment", "")
        move = requested_transition(instance, data)
        if move is None and comment:
            raise exceptions.ValidationError(
                {"comment": ["A comment goes with a change of status; this write changes none."]}
            )
        if instance is None or data or move is None:
            instance = super().perform_write(instance, data)
        if move is not None:
            to, publish_at = move
            instance = workflow.transition(
                obj=instance,
                to=to,
                user=self.request.user,
                comment=comment,
                publish_at=publish_at,
            )
        return instance


class WritableViewSet(WriteMixin, ReadViewSet):
    """A resource without publishing (sources, memberships) that clients may write."""
