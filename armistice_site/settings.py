"""Settings for every environment. Everything that differs between machines is read from the
environment through ``armistice_site.env``; the README lists every variable and its default."""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from armistice_site import env

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env.flag("DEBUG", default=False)
SECRET_KEY = env.text("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        env.stop("set SECRET_KEY (a long random string), or DEBUG=true for local development.")
    SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = env.words("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
# With DEBUG off, only settings fit for production: what suits a developer's machine (a local
# SQLite file, loopback host names, a short key) stops start-up with one sentence instead of
# a site that quietly runs on it.
if not DEBUG:
    # Django's own measure of a weak key (check --deploy, security.W009).
    weak_key = len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5
    if weak_key or SECRET_KEY.startswith("django-insecure-"):
        env.stop(
            "SECRET_KEY is too weak: use at least 50 random characters, e.g. from "
            '`python -c "import secrets; print(secrets.token_urlsafe(50))"`.'
        )
    if not env.text("DATABASE_URL"):
        env.stop(
            "set DATABASE_URL (e.g. postgres://user@host:5432/armistice); without it the site "
            "would run on a local SQLite file. Use DEBUG=true for local development."
        )
    if not env.text("ALLOWED_HOSTS"):
        env.stop(
            "set ALLOWED_HOSTS to the host names readers use (e.g. armistice.example); the "
            "default only answers on this machine. Use DEBUG=true for local development."
        )
CSRF_TRUSTED_ORIGINS = env.words("CSRF_TRUSTED_ORIGINS")
SITE_NAME = "Armistice"
VERSION = "0.1.0"

INSTALLED_APPS = [
    # Django's admin, as the Armistice editors' site (branding, the editorial dashboard).
    "editorial.admin_config.ArmisticeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "simple_history",
    "armistice_site.apps.ArmisticeSiteConfig",
    "editorial",
    "tokens",
    "people",
    "documents",
    "glossary",
    "maps",
    "media_library",
    "articles",
    "alliances",
    "timeline",
    "home",
    "demo",
    "synthetic",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Performance (issue 6): 304s for pages too, then the shared page cache for anonymous
    # readers (armistice_site/page_cache.py), then gzip, so cached bodies are stored compressed.
    "django.middleware.http.ConditionalGetMiddleware",
    "armistice_site.page_cache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    # From here on, anonymous reads take a shorter chain (reader_lane.py); the middleware
    # above is shared by both chains.
    "armistice_site.reader_lane.ReaderLaneMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "armistice_site.lazy_messages.LazyMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "armistice_site.api.exceptions.ApiErrorMiddleware",
    "editorial.redirects.RenamedSlugRedirectMiddleware",
]

ROOT_URLCONF = "armistice_site.urls"
WSGI_APPLICATION = "armistice_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "armistice_site.context_processors.site",
            ],
        },
    },
]


def database_settings(url: str) -> dict:
    """PostgreSQL goes through psycopg 3 with Django's connection pool; anything else (the
    SQLite fallback for a first look) is used as dj-database-url describes it."""
    config = dj_database_url.parse(url)
    if config["ENGINE"] == "django.db.backends.postgresql":
        config["CONN_MAX_AGE"] = 0  # the pool keeps connections; Django must not as well
        config["OPTIONS"] = {
            "pool": {
                "min_size": env.integer("DB_POOL_MIN_SIZE", 1),
                "max_size": env.integer("DB_POOL_MAX_SIZE", 8),
                "timeout": env.integer("DB_POOL_TIMEOUT", 5),
            },
            "connect_timeout": env.integer("DB_CONNECT_TIMEOUT", 3),
        }
    return config


# Reader requests (GET, HEAD) may not run one statement longer than this: PostgreSQL cancels
# it and the reader gets a 503, so a slow query cannot hold every worker (statement_timeout.py).
# 0 turns the bound off; writes keep PostgreSQL's own setting.
DB_READER_STATEMENT_TIMEOUT = env.integer("DB_READER_STATEMENT_TIMEOUT", 5)
DATABASES = {
    "default": database_settings(
        env.text("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
# A read replica, when there is one: reads go there, writes to default (db_router.py).
if env.text("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = database_settings(env.text("DATABASE_REPLICA_URL"))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["armistice_site.db_router.PrimaryReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.text("REDIS_URL")
CACHE_SECONDS = env.integer("CACHE_SECONDS", 60)
# Whole responses for anonymous readers, keyed by the content generation (page_cache.py).
PAGE_CACHE = env.flag("PAGE_CACHE", default=True)
# Anonymous GETs skip what only a signed-in visitor needs (reader_lane.py): each middleware
# named here (inside ReaderLaneMiddleware) is left out of their chain (None) or replaced by
# the one given.
READER_LANE = env.flag("READER_LANE", default=True)
READER_LANE_REPLACES = {
    "django.contrib.sessions.middleware.SessionMiddleware": (
        "armistice_site.reader_lane.AnonymousReaderMiddleware"
    ),
    "django.middleware.csrf.CsrfViewMiddleware": None,
    "django.contrib.auth.middleware.AuthenticationMiddleware": None,
    "armistice_site.lazy_messages.LazyMessageMiddleware": None,
    "simple_history.middleware.HistoryRequestMiddleware": None,
    "axes.middleware.AxesMiddleware": None,
}
# /bench/ceiling, the constant response `make bench` compares every URL with; never in production.
BENCH_CEILING = env.flag("BENCH_CEILING", default=False)
# The cache is an optimisation, never a dependency: while Redis does not answer, reads are
# misses and writes are skipped (cache_guard.py). A Redis that hangs is given up on after
# REDIS_TIMEOUT_MS, so it costs one slow request, not a stuck worker.
REDIS_TIMEOUT_SECONDS = env.integer("REDIS_TIMEOUT_MS", 500) / 1000
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "armistice_site.cache_guard.GuardedRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "armistice",
            "TIMEOUT": CACHE_SECONDS,
            "OPTIONS": {
                "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
                "socket_timeout": REDIS_TIMEOUT_SECONDS,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": CACHE_SECONDS,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# ISO 8601 dates (YYYY-MM-DD) in the admin and wherever no explicit format is given.
FORMAT_MODULE_PATH = ["armistice_site.formats"]
TIME_ZONE = env.text("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.text("MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploaded files (the media library, lead images): on this machine's disk under MEDIA_ROOT by
# default; MEDIA_STORAGE=s3 keeps them in S3-compatible object storage (django-storages) so that
# several app servers, which cannot share one local MEDIA_ROOT, see the same files. Credentials
# come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which boto3 reads itself.
MEDIA_STORAGE = env.text("MEDIA_STORAGE", "local").lower()
if MEDIA_STORAGE == "s3":
    if not env.text("AWS_STORAGE_BUCKET_NAME"):
        env.stop("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (the bucket uploads go to).")
    MEDIA_BACKEND = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.text("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env.text("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env.text("AWS_S3_REGION_NAME") or None,
            # Public, unsigned addresses (bodies store them), from a CDN host when one is set.
            "custom_domain": env.text("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "location": env.text("AWS_LOCATION"),
        },
    }
    _bucket_host = env.text("AWS_S3_CUSTOM_DOMAIN") or (
        env.text("AWS_S3_ENDPOINT_URL")
        or f"https://{env.text('AWS_STORAGE_BUCKET_NAME')}.s3.amazonaws.com"
    )
    MEDIA_ORIGINS = [_bucket_host if "://" in _bucket_host else f"https://{_bucket_host}"]
elif MEDIA_STORAGE == "local":
    MEDIA_BACKEND = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    MEDIA_ORIGINS = []
else:
    env.stop(f"MEDIA_STORAGE must be local or s3, not {MEDIA_STORAGE!r}.")
STORAGES = {
    "default": MEDIA_BACKEND,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# One JSON object per line (LOG_FORMAT=text for people reading a terminal), each carrying the
# request id of the request it belongs to; armistice_site/logging.py explains the fields.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "armistice_site.logging.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "armistice_site.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "text" if env.text("LOG_FORMAT", "json") == "text" else "json",
        }
    },
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    "loggers": {
        # The database middleware reports an outage in one line; the pool's per-attempt
        # reconnection warnings would repeat it every few seconds.
        "psycopg.pool": {"level": "ERROR"},
        # Failed logins and lockouts are warnings; every successful login would be an info line.
        "axes": {"level": "WARNING"},
    },
}


# --- Security (issue 7) -----------------------------------------------------------------------
# Production hardening. Every switch is an environment variable in the README's table; with
# HTTPS=true (and TRUST_PROXY_SSL_HEADER=true behind a TLS proxy) `check --deploy` is clean.
# Plain-http runs (`make run`, the tests, `make bench` on loopback) leave HTTPS off.
HTTPS = env.flag("HTTPS", default=False)
if env.flag("TRUST_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", default=HTTPS)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.flag("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.integer("SESSION_COOKIE_AGE", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_SECURE = HTTPS
# The CSRF cookie stays readable by script: the API docs' "try it out" sends it back as a
# header. Django's documentation explains why HttpOnly adds nothing for this cookie.

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Library images come from the bucket's host when they live in object storage.
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

# Request bodies: Django refuses larger form bodies with 400; the body-size middleware answers
# 413 before anything reads a body, so JSON sent to the API is bounded the same way.
MAX_IMAGE_UPLOAD_MB = env.integer("MAX_IMAGE_UPLOAD_MB", 5)
DATA_UPLOAD_MAX_MEMORY_SIZE = env.integer("MAX_REQUEST_BODY_KB", 1024) * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 10

# Brute-force guard for every login form (django-axes): a username tried from one address is
# locked after AXES_FAILURE_LIMIT failures for AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env.integer("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.integer("AXES_COOLOFF_MINUTES", 60))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "armistice_site.login_guard.attempted_username"
AXES_CLIENT_IP_CALLABLE = "armistice_site.login_guard.client_address"
TRUSTED_PROXY_COUNT = env.integer("TRUSTED_PROXY_COUNT", 0)
# Editors sign in through the admin; after a ``next`` Django refuses (another site) they land
# on its front page. Django's default, /accounts/profile/, is a page this site does not have.
LOGIN_REDIRECT_URL = "admin:index"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

INSTALLED_APPS += ["csp", "axes"]
MIDDLEWARE = [
    "armistice_site.middleware.RequestLogMiddleware",
    "armistice_site.middleware.BadRequestMiddleware",
    *MIDDLEWARE,
    # Innermost, so they see a database error before any catch-all error handler does.
    "armistice_site.middleware.DatabaseUnavailableMiddleware",
    "armistice_site.statement_timeout.ReaderStatementTimeoutMiddleware",
    "armistice_site.csp.PrebuiltCSPMiddleware",  # django-csp's, the header built once
    "axes.middleware.AxesMiddleware",  # axes asks to be last
]


# --- JSON API (issue 4) ----------------------------------------------------------------------
# Anonymous clients read public content, throttled at API_ANON_RATE ("1000/hour" by default;
# DRF's "<n>/<second|minute|hour|day>"); partners write with a token or a session plus model
# permissions. Every error is JSON (armistice_site/api/exceptions.py).
REST_FRAMEWORK = {
    # Partners' named, scoped, hashed tokens (tokens/); DRF's plain-text tokens were moved
    # there by a migration, and their keys keep working.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "tokens.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "armistice_site.api.renderers.JSONRenderer",  # orjson, same output (issue 15)
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "armistice_site.api.filters.FilterBackend",  # django-filter's, skipped when unused
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    # JSON nested deeper than any resource needs is a 400, not a RecursionError (parsers.py).
    "DEFAULT_PARSER_CLASSES": [
        "armistice_site.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "armistice_site.api.pagination.PagePagination",
    "DEFAULT_THROTTLE_CLASSES": ["armistice_site.api.throttling.AnonymousRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env.text("API_ANON_RATE", "1000/hour")},
    # Which address a client is throttled by: X-Forwarded-For is believed only as far as the
    # operator says proxies append to it, so a client cannot pick a fresh address per request.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    "DEFAULT_SCHEMA_CLASS": "armistice_site.api.schema.ApiAutoSchema",
    "EXCEPTION_HANDLER": "armistice_site.api.exceptions.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Armistice API",
    "DESCRIPTION": (
        "Public, read-only access to Armistice's articles, alliances, countries, events and "
        "timelines; trusted partners write with a token (`Authorization: Token …`). Lists are "
        "paginated (`page`, `page_size` up to 100) and take `search`, `ordering`, `fields` and "
        "their filters; an unknown slug in a filter is a 400 naming the parameter."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # ?fields= may leave out any field, so no response field is marked required.
    "COMPONENT_NO_READ_ONLY_REQUIRED": True,
    "ENUM_NAME_OVERRIDES": {
        "SourceKindEnum": "articles.models.Source.Kind",
        "AllianceKindEnum": "alliances.models.Alliance.Kind",
        "PrecisionEnum": "armistice_site.precision.Precision",
        "DocumentKindEnum": "documents.models.Document.Kind",
        "QuestionKindEnum": "articles.models.Question.Kind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "timeline.timelinejs.document_timelinejs",
        "timeline.geojson.document_geojson",
    ],
    # Swagger UI from the drf-spectacular-sidecar package: no CDN, fits the strict CSP.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
# Any origin may read the API (GET, HEAD, OPTIONS), without cookies; nothing else is opened.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
