"""gunicorn settings for production: `gunicorn armistice_site.wsgi` picks this file up from the
working directory. Sizes and counts come from the environment like every other setting."""

import multiprocessing

from armistice_site import env

bind = f"{env.text('HOST', '0.0.0.0')}:{env.integer('PORT', 8000)}"  # noqa: S104 - behind a proxy
# The usual (2 x cores) + 1 sync workers, capped: each holds its own database connection pool.
workers = env.integer("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 12))
worker_class = "sync"
timeout = env.integer("GUNICORN_TIMEOUT", 30)
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound; the jitter keeps
# them from restarting all at once.
max_requests = env.integer("GUNICORN_MAX_REQUESTS", 20000)
max_requests_jitter = max_requests // 10
# Refuse oversized request lines and headers before Django sees them.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
# RequestLogMiddleware writes one JSON line per request; gunicorn's own access log would
# repeat it. Errors still go to stderr.
accesslog = None
errorlog = "-"
loglevel = env.text("LOG_LEVEL", "info").lower()
