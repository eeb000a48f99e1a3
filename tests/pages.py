"""Reading a reader page the way the page tests do: fetch it, expect 200, look inside <main>."""

import datetime

TODAY = datetime.datetime(2026, 7, 27, 12, 0, tzinfo=datetime.UTC)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def main_of(html: str) -> str:
    return html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
