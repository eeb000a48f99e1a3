from django.urls import path

from alliances import views

app_name = "alliances"

urlpatterns = [
    path("alliances/", views.AllianceListView.as_view(), name="index"),
    path("alliances/<slug:slug>/", views.AllianceDetailView.as_view(), name="detail"),
    path("countries/<slug:slug>/", views.CountryDetailView.as_view(), name="country"),
]
