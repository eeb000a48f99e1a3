from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("documents/", views.DocumentListView.as_view(), name="index"),
    path("documents/<slug:slug>/", views.DocumentDetailView.as_view(), name="detail"),
    path("documents/<slug:slug>/cite/<slug:fmt>/", views.cite, name="cite"),
]
