"""Reader pages for primary documents: a list by kind, and each document with its text, its
archival description, "Cite this" and what on the site cites it."""

from django import forms
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from armistice_site import citations
from armistice_site.citing import citing
from armistice_site.paging import LenientPaginationMixin
from documents.models import Document
from editorial.preview import PreviewMixin


class DocumentFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *Document.Kind.choices], required=False
    )


class DocumentListView(LenientPaginationMixin, ListView):
    template_name = "documents/document_list.html"
    paginate_by = 30

    def get_queryset(self) -> QuerySet:
        self.form = DocumentFilterForm(self.request.GET or None)
        documents = Document.objects.public().for_list().order_by("date", "title")
        if self.form.is_bound and self.form.is_valid() and self.form.cleaned_data["kind"]:
            documents = documents.filter(kind=self.form.cleaned_data["kind"])
        return documents

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class DocumentDetailView(PreviewMixin, DetailView):
    template_name = "documents/document_detail.html"
    context_object_name = "document"

    def get_base_queryset(self) -> QuerySet:
        return Document.objects.all()

    def get_context_data(self, **kwargs):
        document = self.object
        url = self.request.build_absolute_uri(document.get_absolute_url())
        styled = document.cite_texts(url)
        return super().get_context_data(
            citing=citing(document),
            archival_citation=next((text for style, text in styled if style.key == "chicago"), ""),
            structured_data=document_json_ld(document, url),
            **citations.cite_context(styled, "documents:cite", document.slug),
            **kwargs,
        )


def cite(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The document's reference as BibTeX, RIS or CSL-JSON (public documents only)."""
    document = get_object_or_404(Document.objects.public(), slug=slug)
    item = document.csl(request.build_absolute_uri(document.get_absolute_url()))
    return citations.download_response([item], fmt, document.slug)


def document_json_ld(document: Document, url: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "ArchiveComponent",
        "name": document.title,
        "description": document.summary,
        "url": url,
        "dateCreated": document.date.isoformat() if document.date_precision == "day" else "",
        "inLanguage": document.original_language,
        "creditText": document.rights,
        "holdingArchive": {"@type": "ArchiveOrganization", "name": document.repository}
        if document.repository
        else None,
        "identifier": document.identifier,
        "isAccessibleForFree": True,
    }
    return {key: value for key, value in data.items() if value not in (None, "", [])}
