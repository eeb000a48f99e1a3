"""The API's write side: POST, PUT, PATCH and DELETE on content, through the editorial services.

``WriteMixin`` turns a validated request body into one call of the app's services (one
transaction, one revision, one audit entry), answers with the item's read shape and its ETag,
and checks ``If-Match`` against the version the client read. ``PublishableViewSet`` also turns
a change of ``status`` or ``publish_at`` into a workflow step taken in that same write.

A write to something readers can see by a client who may not publish it is stored as the
item's pending revision (``editorial.services``): the answer is ``202 Accepted`` with the
address where the proposal can be read, ``<item>?revision=pending`` — for clients who may
change the item only; everyone else keeps getting the live version."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Model
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import exceptions, mixins, serializers, status
from rest_framework.response import Response

from armistice_site import registry
from armistice_site.api.conditional import PreconditionFailed, if_match_passes, representation_etag
from armistice_site.api.permissions import ModelPermissionsOrAnonReadOnly
from armistice_site.api.schema import ApiAutoSchema, ErrorSerializer
from armistice_site.api.viewsets import PublishableReadViewSet, ReadViewSet
from armistice_site.publishing import Publishable, Status, permission_name
from editorial import pending as proposals
from editorial import workflow
from editorial.models import PendingRevision
from editorial.services import Move, content_refresh

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


REVISION = OpenApiParameter(
    "revision",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=["pending"],
    description=(
        "`pending`: the item as its pending revision proposes it (a change waiting for a "
        "publisher), for clients who may change the item; 404 when it has none."
    ),
)


class PreconditionFailedSerializer(ErrorSerializer):
    current_etag = serializers.CharField(help_text="The item's ETag now; GET it to see why.")


class ProposedSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What happened: readers keep the live version.")
    pending_revision = serializers.URLField(
        help_text="Where the proposal can be read (`?revision=pending`)."
    )
    changed = serializers.ListField(
        child=serializers.CharField(), help_text="What the proposal changes."
    )


class WriteSchema(ApiAutoSchema):
    """Documents optimistic locking: ``If-Match`` and 412 on PUT, PATCH and DELETE, and the
    ``ETag`` that successful writes answer with."""

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if self.method == "GET" and not self._is_list_view():
            parameters = [*parameters, REVISION]
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
        if self.method in ETAG_METHODS | IF_MATCH_METHODS:
            proposed = OpenApiResponse(
                ProposedSerializer,
                "The item is live and the client may not publish it: the change is stored as "
                "its pending revision, which a publisher reviews; readers keep the live version.",
            )
            responses["202"] = self._get_response_for_code(proposed, "202", direction=direction)
        return responses


@contextmanager
def workflow_refusals() -> Iterator[None]:
    """Answer a refusal by the workflow with 403 and its message (DRF would answer Django's
    ``PermissionDenied``, which ``NotPermitted`` is, with a generic one)."""
    try:
        yield
    except workflow.NotPermitted as exc:
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

    Subclasses implement ``save_object(instance, data, move)`` (instance None to create) and
    ``delete_object(instance)`` by calling their app's services with ``route=Route.API``.
    Model validation errors become 400 ``{field: [messages]}`` in the exception handler, and
    the workflow's refusals 403 with its message. The answer is the detail read shape, with
    the ETag its GET will return.

    PUT, PATCH and DELETE lock the item's row for the request's one transaction, then compare
    ``If-Match`` with the ETag a GET of the item returns now (the hash of its JSON body, see
    ``ConditionalGetMixin``): of two clients writing from the same version, exactly one wins;
    the other gets 412 naming who changed it when, and nothing is changed."""

    permission_classes = [ModelPermissionsOrAnonReadOnly]
    schema = WriteSchema()
    write_serializer_class = None

    def save_object(self, instance: Model | None, data: dict, move: Move | None) -> Model:
        raise NotImplementedError

    def delete_object(self, instance: Model) -> PendingRevision | None:
        """Delete through the services; a removal that is only proposed returns the
        pending revision."""
        raise NotImplementedError

    def perform_write(self, instance: Model | None, data: dict) -> Model:
        return self.save_object(instance, data, None)

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
            result = self.delete_object(self.get_object_for_write())
        if isinstance(result, PendingRevision):
            return self.proposed(result)
        return Response(status=status.HTTP_204_NO_CONTENT)

    # --- pending revisions -------------------------------------------------------------------

    def proposed(self, pending: PendingRevision) -> Response:
        """202: the change waits for a publisher, readable at the item's ``?revision=pending``."""
        item = pending.item()
        entry = registry.entry(item)
        url = reverse(f"api:{entry.api.basename}-detail", kwargs={"slug": item.slug})
        address = self.request.build_absolute_uri(f"{url}?revision=pending")
        response = Response(
            {
                "detail": f"“{item}” is live and you may not publish it, so your change was "
                "stored as its pending revision: readers keep the live version until a "
                "publisher publishes it.",
                "pending_revision": address,
                "changed": proposals.changed_labels(pending),
            },
            status=status.HTTP_202_ACCEPTED,
        )
        response["Location"] = address
        return response

    def retrieve(self, request, *args, **kwargs):
        wanted = request.query_params.get("revision")
        if wanted is None:
            return super().retrieve(request, *args, **kwargs)
        if wanted != "pending":
            raise exceptions.ValidationError(
                {"revision": ["The only revision to ask for is “pending”."]}
            )
        model = self.get_base_queryset().model
        user = request.user
        if not (user.is_authenticated and user.has_perm(permission_name(model, "change"))):
            raise exceptions.NotFound("No pending revision you may read.")
        item = self.get_object()
        pending = proposals.pending_for(item)
        if pending is None:
            raise exceptions.NotFound(f"“{item}” has no pending revision.")
        instance = pending_representation(self.get_base_queryset().get(pk=item.pk), pending)
        return Response(self.get_serializer(instance).data)

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
        if isinstance(saved, PendingRevision):
            return self.proposed(saved)
        fresh = self.get_base_queryset().get(pk=saved.pk)
        body = self.serializer_class(fresh, context=self.get_serializer_context()).data
        response = Response(body, status=status_code)
        response["ETag"] = representation_etag(body)
        return response


def pending_representation(instance: Model, pending: PendingRevision) -> Model:
    """``instance`` (fetched with the detail's prefetches) as ``pending`` proposes it; the
    lists the serializers read as ``public_<relation>`` hold the proposal's links and rows,
    limited like the live ones to what readers may see."""
    proposals.apply_to(instance, pending)
    for name, related in instance._prefetched_objects_cache.items():
        attr = f"public_{name}"
        if attr in instance.__dict__:
            setattr(instance, attr, _public_only(related, type(instance)))
    return instance


def _public_only(related, parent_model) -> list:
    if hasattr(related, "model"):  # a queryset of linked items
        return list(related.public() if issubclass(related.model, Publishable) else related)
    visible = []
    for row in related:
        targets = [
            getattr(row, f.name)
            for f in type(row)._meta.concrete_fields
            if f.is_relation and f.related_model is not parent_model
        ]
        if all(not isinstance(t, Publishable) or t.is_public() for t in targets):
            visible.append(row)
    return visible


def requested_move(instance: Publishable | None, data: dict) -> Move | None:
    """The workflow step a write asks for, or None.

    Takes ``status``, ``publish_at`` and ``comment`` out of ``data``: they are never saved as
    plain fields. Sending the values the item has is no step (a PUT repeats them). What a step
    does — publish now, schedule for a future ``publish_at``, publish again — is
    ``workflow.plan()``'s to decide, exactly as for the admin's buttons. A go-live time means
    nothing for the other statuses, so changing it with them is a 400."""
    current = instance.status if instance is not None else Status.DRAFT
    stored = instance.publish_at if instance is not None else None
    comment = data.pop("comment", "")
    to = data.pop("status", current)
    sent = "publish_at" in data
    publish_at = data.pop("publish_at", stored)
    if to != Status.PUBLISHED and sent and publish_at != stored:
        raise exceptions.ValidationError(
            {
                "publish_at": [
                    "A go-live time goes with status “published”: a future time schedules "
                    "the item, a past one publishes it now."
                ]
            }
        )
    if to == current and (to != Status.PUBLISHED or publish_at == stored):
        if comment:
            raise exceptions.ValidationError(
                {"comment": ["A comment goes with a change of status; this write changes none."]}
            )
        return None
    return Move(to, comment, publish_at if sent else None)


class PublishableViewSet(WriteMixin, PublishableReadViewSet):
    """A publishable resource that clients with model permissions may also write.

    Content edits go through the app's services, as far as the user's role allows
    (``workflow.check_edit``: writers edit drafts and items in review, not what readers can
    see). A change of ``status`` or ``publish_at`` is a workflow step taken in the same write —
    submit, publish, schedule (``published`` with a future ``publish_at``), unpublish, archive,
    request changes (with a ``comment``) — with the role rules, the publishing requirements,
    the audit entry and the revision's reason of the admin's buttons: a refused step saves
    nothing. Deleting checks ``workflow.check_delete`` (writers cannot delete published work)."""

    def perform_write(self, instance: Publishable | None, data: dict) -> Publishable:
        move = requested_move(instance, data)
        return self.save_object(instance, data, move)

    def get_object(self) -> Model:
        """A read first renders the body again if something it cites has since gone live."""
        obj = super().get_object()
        if self.request.method in ("GET", "HEAD"):
            content_refresh(obj)
        return obj


class WritableViewSet(WriteMixin, ReadViewSet):
    """A resource without publishing (sources, memberships) that clients may write."""
