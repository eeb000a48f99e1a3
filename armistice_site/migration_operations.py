"""Migration operations that exist only on PostgreSQL (GIN search indexes, exclusion
constraints). The SQLite fallback for a first look at the site simply goes without them."""

from django.db import migrations


class RunSQLOnPostgreSQL(migrations.RunSQL):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class FillSearchText(migrations.RunPython):
    """Fill the plain-text body (``body_text``) of existing rows and store their search vectors
    again from ``weights`` (the registration's weights when the migration was written), title
    keys included. Written for the migrations that added them; runs forwards only."""

    def __init__(self, model: str, weights: tuple[tuple[str, str], ...]):
        self.model = model
        self.weights = weights
        super().__init__(self.fill, migrations.RunPython.noop)

    def fill(self, apps, schema_editor) -> None:
        from armistice_site.markdown import render_markdown
        from armistice_site.search import searchable_vector

        model = apps.get_model(self.model)
        rows = list(model._default_manager.only("pk", "body"))
        for row in rows:
            row.body_text = render_markdown(row.body).text
        model._default_manager.bulk_update(rows, ["body_text"], batch_size=500)
        if schema_editor.connection.vendor == "postgresql":
            model._default_manager.update(search_vector=searchable_vector(self.weights))

    def deconstruct(self):
        return (self.__class__.__name__, [self.model, self.weights], {})
