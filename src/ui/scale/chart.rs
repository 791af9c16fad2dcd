//! One plot of the scale lab: one pattern's variants, a measure (queries,
//! Django's modelled time or SQLite's time) against N, both on log scales.
//! One plot per pattern keeps the lines apart: drawn together, the four
//! optimized variants lay on top of each other at 1 and 2 queries. The
//! geometry comes from `crate::chart`; this only turns it into SVG.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{compact, place, spread_labels, Frame, LogAxis};
use crate::cost_model::RoundTrip;
use crate::i18n::{Lang, Text};
use crate::scale::{ScalePoint, ScaleResult, ScaleSeries};
use crate::scenarios::ScenarioId;

/// What a plot shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Queries,
    /// Django's modelled time with this round trip.
    Modelled(RoundTrip),
    /// The time measured in the page's SQLite.
    Sqlite,
}

impl Measure {
    pub fn of(self, point: &ScalePoint) -> f64 {
        match self {
            Measure::Queries => point.queries as f64,
            Measure::Modelled(round_trip) => point.cost().modelled_ms(round_trip),
            Measure::Sqlite => point.ms,
        }
    }

    /// The hook tests select a plot by.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Queries => "queries",
            Measure::Modelled(_) => "modelled",
            Measure::Sqlite => "time",
        }
    }

    pub fn title(self) -> Text {
        match self {
            Measure::Queries => Text::ScaleQueries,
            Measure::Modelled(_) => Text::ScaleModelled,
            Measure::Sqlite => Text::ScaleTime,
        }
    }
}

const FRAME: Frame = Frame {
    width: 560.0,
    height: 340.0,
    left: 64.0,
    right: 112.0,
    top: 16.0,
    bottom: 48.0,
};

#[derive(Properties, PartialEq)]
pub struct ScaleChartProps {
    pub lang: Lang,
    pub result: Rc<ScaleResult>,
    pub scenario: ScenarioId,
    pub measure: Measure,
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

#[component]
pub fn ScaleChart(props: &ScaleChartProps) -> Html {
    let lang = props.lang;
    let measure = props.measure;
    let result = &props.result;
    let series: Vec<&ScaleSeries> = result
        .series
        .iter()
        .filter(|s| s.scenario == props.scenario)
        .collect();
    let x = LogAxis::covering(result.sizes.iter().map(|&n| n as f64));
    let y = LogAxis::covering(
        series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| measure.of(p))),
    );
    let data: Vec<(String, Vec<(f64, f64)>)> = series
        .iter()
        .map(|s| {
            let points = s
                .points
                .iter()
                .map(|p| (p.articles as f64, measure.of(p)))
                .collect();
            (s.variant.to_owned(), points)
        })
        .collect();
    let lines = place(FRAME, x, y, &data);
    let ends: Vec<Option<f64>> = lines.iter().map(|l| l.points.last().map(|p| p.1)).collect();
    let labels = spread_labels(&ends, 15.0);
    let (x0, x1) = (FRAME.x(0.0), FRAME.x(1.0));
    let (y0, y1) = (FRAME.y(0.0), FRAME.y(1.0));
    let name = props.scenario.name();
    let title = format!("{name} · {}", measure.title().get(lang));
    html! {
        <figure class="scale-chart" data-testid="scale-chart" data-measure={measure.key()} data-scenario={name}>
            <figcaption><code>{ name }</code>{ " · " }{ measure.title().get(lang) }</figcaption>
            <svg viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)} role="img" aria-label={title}>
                { for x.ticks().into_iter().map(|(value, label)| {
                    let px = fmt(FRAME.x(x.position(value)));
                    html! {
                        <g class="tick">
                            <line x1={px.clone()} x2={px.clone()} y1={fmt(y0)} y2={fmt(y1)} />
                            <text x={px} y={fmt(y0 + 18.0)} text-anchor="middle">{ label }</text>
                        </g>
                    }
                }) }
                { for y.ticks().into_iter().map(|(value, label)| {
                    let py = fmt(FRAME.y(y.position(value)));
                    html! {
                        <g class="tick">
                            <line x1={fmt(x0)} x2={fmt(x1)} y1={py.clone()} y2={py.clone()} />
                            <text x={fmt(x0 - 6.0)} y={py} text-anchor="end" dominant-baseline="middle">{ label }</text>
                        </g>
                    }
                }) }
                <line class="axis" x1={fmt(x0)} x2={fmt(x1)} y1={fmt(y0)} y2={fmt(y0)} />
                <line class="axis" x1={fmt(x0)} x2={fmt(x0)} y1={fmt(y0)} y2={fmt(y1)} />
                <text class="axis-title" x={fmt((x0 + x1) / 2.0)} y={fmt(FRAME.height - 6.0)} text-anchor="middle">
                    { Text::AxisArticles.get(lang) }
                </text>
                { for series.iter().zip(&lines).zip(labels).map(|((series, line), label)| {
                    plot_line(measure, series, line, label)
                }) }
            </svg>
        </figure>
    }
}

/// A variant's line, its points with their values, and its name at the
/// line's end (a legend the eye need not travel to).
fn plot_line(
    measure: Measure,
    series: &ScaleSeries,
    line: &crate::chart::Line,
    label_y: Option<f64>,
) -> Html {
    let class = format!("series s-{} v-{}", series.scenario.name(), series.variant);
    let path = line
        .points
        .iter()
        .map(|(px, py)| format!("{px:.1},{py:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let end = line.points.last().map(|&(px, _)| px).zip(label_y);
    html! {
        <g class={class} data-series={line.label.clone()}>
            <polyline points={path} />
            { for series.points.iter().zip(&line.points).map(|(point, (px, py))| html! {
                <circle cx={fmt(*px)} cy={fmt(*py)} r="4.5" data-testid="scale-point"
                    data-scenario={series.scenario.name()} data-variant={series.variant}
                    data-articles={point.articles.to_string()}
                    data-queries={point.queries.to_string()}>
                    <title>{ format!("{} · N={} · {}", line.label, point.articles, compact(measure.of(point))) }</title>
                </circle>
            }) }
            if let Some((px, py)) = end {
                <text class="line-label" x={fmt(px + 8.0)} y={fmt(py)} dominant-baseline="middle">
                    { series.variant }
                </text>
            }
        </g>
    }
}
