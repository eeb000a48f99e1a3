from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = "Primary documents"

    def ready(self):
        from armistice_site import references
        from documents.models import Document
        from documents.resolvers import resolve_documents

        references.register("document", resolve_documents, model=Document, citation=True)
