"""Machinery every app's ``api.py`` shares: routing, paging, sparse fieldsets, JSON errors,
conditional GETs, throttling, permissions, the OpenAPI schema additions and TimelineJS."""
