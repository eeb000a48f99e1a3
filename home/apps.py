from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page, which shows every content app and so sits above all of them."""

    name = "home"
    verbose_name = "Home page"
