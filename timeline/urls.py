from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("timeline/", views.EventListView.as_view(), name="index"),
    path("timeline/<slug:slug>/", views.EventDetailView.as_view(), name="event"),
    path("timelines/<slug:slug>/", views.TimelineDetailView.as_view(), name="curated"),
]
