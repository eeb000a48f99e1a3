"""Django's message middleware, with the message store made on first use.

Django makes the store (a signed-cookie store and a session store) for every request, and a
response that never showed or added a message still asks it to save. Most responses are an
anonymous reader's page or API answer with no messages at all: making the store was about a
twentieth of the constant response. Here it is made when something first reads or adds a
message, and a response whose store was never made has nothing to save."""

from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty


class LazyMessageMiddleware(MessageMiddleware):
    def process_request(self, request: HttpRequest) -> None:
        request._messages = SimpleLazyObject(lambda: default_storage(request))

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        store = getattr(request, "_messages", None)
        if isinstance(store, SimpleLazyObject) and store._wrapped is empty:
            return response
        return super().process_response(request, response)
