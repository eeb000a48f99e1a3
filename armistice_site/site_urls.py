"""Site-wide reader URLs: home, search, feeds and the files search engines ask for. URL wiring,
so it may name views of the apps."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from armistice_site import views
from armistice_site.sitemaps import sitemaps
from articles.feeds import (
    CorrectionsAtomFeed,
    CorrectionsFeed,
    LatestArticlesAtomFeed,
    LatestArticlesFeed,
)
from home.views import HomeView

app_name = "site"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("feeds/articles/", LatestArticlesFeed(), name="feed-rss"),
    path("feeds/articles/atom/", LatestArticlesAtomFeed(), name="feed-atom"),
    path("feeds/corrections/", CorrectionsFeed(), name="feed-corrections"),
    path("feeds/corrections/atom/", CorrectionsAtomFeed(), name="feed-corrections-atom"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
