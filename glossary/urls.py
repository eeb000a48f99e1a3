from django.urls import path

from glossary import views

app_name = "glossary"

urlpatterns = [
    path("glossary/", views.GlossaryView.as_view(), name="index"),
    path("glossary/<slug:slug>/", views.TermDetailView.as_view(), name="detail"),
]
