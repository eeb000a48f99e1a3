"""The geometry of the membership charts, without a database."""

import datetime

from alliances import charts

TODAY = datetime.date(2026, 7, 27)


def test_no_spans_no_chart():
    assert charts.membership_chart([], TODAY) is None


def test_bars_run_from_joining_to_leaving_or_today_on_a_year_axis():
    spans = [
        charts.Span("South Korea", datetime.date(1953, 10, 1), None, "Founding member"),
        charts.Span("United States", datetime.date(1954, 1, 1), datetime.date(1990, 1, 1)),
    ]
    chart = charts.membership_chart(spans, TODAY)
    first, second = chart.bars
    assert [tick.year for tick in chart.ticks] == [
        1950,
        1960,
        1970,
        1980,
        1990,
        2000,
        2010,
        2020,
        2030,
    ]
    assert chart.ticks[0].x == chart.plot_left
    assert chart.ticks[-1].x == chart.plot_right
    tick_1990 = next(tick for tick in chart.ticks if tick.year == 1990)
    assert second.x + second.width == tick_1990.x
    assert first.ongoing and not second.ongoing
    assert first.x < second.x
    assert first.x + first.width > tick_1990.x
    assert first.period == "1953–present" and second.period == "1954–1990"
    assert second.y > first.y
    assert chart.height > second.y + second.height
    assert chart.summary == "2 bars between 1953 and 2026; 1 still running."


def test_bars_stay_inside_the_plot():
    spans = [charts.Span(f"Member {n}", datetime.date(1900 + n, 3, 15), None) for n in range(40)]
    chart = charts.membership_chart(spans, TODAY)
    for bar in chart.bars:
        assert chart.plot_left <= bar.x <= bar.x + bar.width <= chart.plot_right
        assert bar.width > 0
    assert len(chart.ticks) <= charts.MAX_TICKS + 1


def test_tick_step_keeps_the_axis_readable():
    assert charts.tick_step(1953, 1954) == 1
    assert charts.tick_step(1950, 1960) == 2
    assert charts.tick_step(1949, 2027) == 10
    assert charts.tick_step(1648, 2027) == 50
    assert charts.tick_step(1, 9999) >= 1000


def test_long_names_are_shortened_for_the_label_column():
    long_name = "Union of Soviet Socialist Republics and friends"
    [bar] = charts.membership_chart(
        [charts.Span(long_name, datetime.date(1955, 5, 14))], TODAY
    ).bars
    assert bar.label.endswith("…")
    assert len(bar.label) == charts.MAX_LABEL_CHARS


def test_a_span_ending_before_it_starts_draws_nothing_rather_than_failing():
    [bar] = charts.membership_chart(
        [charts.Span("Odd", datetime.date(1960, 1, 1), datetime.date(1950, 1, 1))], TODAY
    ).bars
    assert bar.width == 0
