from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("articles/", views.ArticleListView.as_view(), name="index"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("articles/<slug:slug>/cite/<slug:fmt>/", views.article_cite, name="cite"),
    path("sources/", views.SourceListView.as_view(), name="sources"),
    path("sources/<slug:slug>/", views.SourceDetailView.as_view(), name="source"),
    path("sources/<slug:slug>/cite/<slug:fmt>/", views.source_cite, name="source-cite"),
    path("corrections/", views.CorrectionListView.as_view(), name="corrections"),
    path("topics/<slug:slug>/", views.TopicView.as_view(), name="topic"),
    path("tags/<slug:slug>/", views.TagView.as_view(), name="tag"),
]
