"""Geometry for the membership-over-time charts, drawn as inline SVG by the templates.

Pure functions over plain values (no models, no database) so the arithmetic is unit-tested on
its own. A chart is one horizontal bar per membership, from the day it began to the day it
ended or to today, against a year axis."""

import datetime
from dataclasses import dataclass

LABEL_WIDTH = 220
PLOT_WIDTH = 560
RIGHT_MARGIN = 20
ROW_HEIGHT = 24
BAR_HEIGHT = 14
TOP_MARGIN = 8
AXIS_HEIGHT = 30
TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
MAX_TICKS = 8
MAX_LABEL_CHARS = 24
#: Label and axis text in SVG units. The chart is never drawn narrower than its own width
#: (site.css), so this is also its size in CSS pixels: no smaller than the body's small text.
FONT_SIZE = 15


@dataclass(frozen=True)
class Span:
    """One membership as the chart needs it: a label and the days it covers."""

    label: str
    start: datetime.date
    end: datetime.date | None = None
    detail: str = ""


@dataclass(frozen=True)
class Bar:
    label: str
    detail: str
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    ongoing: bool
    period: str


@dataclass(frozen=True)
class Tick:
    year: int
    x: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    axis_y: float
    bars: list[Bar]
    ticks: list[Tick]
    first_year: int
    last_year: int

    @property
    def has_ongoing(self) -> bool:
        return any(bar.ongoing for bar in self.bars)

    @property
    def has_ended(self) -> bool:
        return not all(bar.ongoing for bar in self.bars)

    @property
    def font_size(self) -> int:
        return FONT_SIZE

    @property
    def summary(self) -> str:
        """One sentence for the SVG ``<desc>``; the table beside the chart has the details."""
        ongoing = sum(bar.ongoing for bar in self.bars)
        return (
            f"{len(self.bars)} bars between {self.first_year} and {self.last_year}; "
            f"{ongoing} still running."
        )


def tick_step(first_year: int, last_year: int) -> int:
    """The smallest round step that keeps the axis to at most ``MAX_TICKS`` labels."""
    years = max(1, last_year - first_year)
    for step in TICK_STEPS:
        if years / step <= MAX_TICKS:
            return step
    return TICK_STEPS[-1] * (years // (TICK_STEPS[-1] * MAX_TICKS) + 1)


def _fraction(day: datetime.date, start: datetime.date, end: datetime.date) -> float:
    return (day.toordinal() - start.toordinal()) / (end.toordinal() - start.toordinal())


def short_label(label: str) -> str:
    """Long names are cut to fit the label column; the table gives them in full."""
    if len(label) <= MAX_LABEL_CHARS:
        return label
    return label[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def _period(span: Span) -> str:
    return f"{span.start.year}–{span.end.year}" if span.end else f"{span.start.year}–present"


def membership_chart(spans: list[Span], today: datetime.date) -> Chart | None:
    """Lay out ``spans`` (in the order given) against a year axis ending today or later.

    Returns None when there is nothing to draw. Spans that end before they start (which the
    database forbids) are drawn as zero-width rather than raising.
    """
    if not spans:
        return None
    first = min(span.start for span in spans)
    last = max([today, *(span.end for span in spans if span.end)])
    step = tick_step(first.year, last.year + 1)
    first_year = first.year - first.year % step
    last_year = last.year + 1
    if (last_year - first_year) % step:
        last_year += step - (last_year - first_year) % step
    domain_start = datetime.date(first_year, 1, 1)
    domain_end = datetime.date(last_year, 1, 1)

    def x_of(day: datetime.date) -> float:
        return round(LABEL_WIDTH + PLOT_WIDTH * _fraction(day, domain_start, domain_end), 2)

    bars = []
    for row, span in enumerate(spans):
        end = span.end or today
        left = x_of(span.start)
        y = TOP_MARGIN + row * ROW_HEIGHT
        bars.append(
            Bar(
                label=short_label(span.label),
                detail=span.detail,
                x=left,
                y=y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
                width=max(0.0, round(x_of(end) - left, 2)),
                height=BAR_HEIGHT,
                label_x=LABEL_WIDTH - 8,
                label_y=y + ROW_HEIGHT / 2 + 4,
                ongoing=span.end is None,
                period=_period(span),
            )
        )
    axis_y = TOP_MARGIN + len(spans) * ROW_HEIGHT + 4
    ticks = [
        Tick(year=year, x=x_of(datetime.date(year, 1, 1)))
        for year in range(first_year, last_year + 1, step)
    ]
    return Chart(
        width=LABEL_WIDTH + PLOT_WIDTH + RIGHT_MARGIN,
        height=int(axis_y + AXIS_HEIGHT),
        plot_left=LABEL_WIDTH,
        plot_right=LABEL_WIDTH + PLOT_WIDTH,
        axis_y=axis_y,
        bars=bars,
        ticks=ticks,
        first_year=first.year,
        last_year=last.year,
    )
