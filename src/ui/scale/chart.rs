//! One plot of the scale lab: a measure (queries or time) against N, both
//! on log scales, one line per variant. The geometry comes from
//! `crate::chart`; this only turns it into SVG elements and text nodes.

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::{compact, place, Frame, LogAxis};
use crate::i18n::{Lang, Text};
use crate::scale::{ScalePoint, ScaleResult};

/// What a plot shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Queries,
    Time,
}

impl Measure {
    pub fn of(self, point: &ScalePoint) -> f64 {
        match self {
            Measure::Queries => point.queries as f64,
            Measure::Time => point.ms,
        }
    }

    fn title(self) -> Text {
        match self {
            Measure::Queries => Text::ScaleQueries,
            Measure::Time => Text::ScaleTime,
        }
    }
}

const FRAME: Frame = Frame {
    width: 520.0,
    height: 320.0,
    left: 56.0,
    right: 16.0,
    top: 16.0,
    bottom: 48.0,
};

#[derive(Properties, PartialEq)]
pub struct ScaleChartProps {
    pub lang: Lang,
    pub result: Rc<ScaleResult>,
    pub measure: Measure,
}

#[component]
pub fn ScaleChart(props: &ScaleChartProps) -> Html {
    let lang = props.lang;
    let measure = props.measure;
    let result = &props.result;
    let x = LogAxis::covering(result.sizes.iter().map(|&n| n as f64));
    let y = LogAxis::covering(
        result
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| measure.of(p))),
    );
    let data: Vec<(String, Vec<(f64, f64)>)> = result
        .series
        .iter()
        .map(|s| {
            let points = s
                .points
                .iter()
                .map(|p| (p.articles as f64, measure.of(p)))
                .collect();
            (format!("{} · {}", s.scenario.name(), s.variant), points)
        })
        .collect();
    let lines = place(FRAME, x, y, &data);
    let (x0, x1) = (FRAME.x(0.0), FRAME.x(1.0));
    let (y0, y1) = (FRAME.y(0.0), FRAME.y(1.0));
    let title = measure.title().get(lang);
    let fmt = |v: f64| format!("{v:.1}");
    html! {
        <figure class="scale-chart" data-testid="scale-chart" data-measure={match measure {
            Measure::Queries => "queries", Measure::Time => "time" }}>
            <figcaption>{ title }</figcaption>
            <svg viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)} role="img" aria-label={title}>
                { for x.ticks().into_iter().map(|(value, label)| {
                    let px = fmt(FRAME.x(x.position(value)));
                    html! {
                        <g class="tick">
                            <line x1={px.clone()} x2={px.clone()} y1={fmt(y0)} y2={fmt(y1)} />
                            <text x={px} y={fmt(y0 + 16.0)} text-anchor="middle">{ label }</text>
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
                { for result.series.iter().zip(&lines).map(|(series, line)| {
                    let class = format!("series s-{} v-{}", series.scenario.name(), series.variant);
                    let path = line.points.iter().map(|(px, py)| format!("{px:.1},{py:.1}"))
                        .collect::<Vec<_>>().join(" ");
                    html! {
                        <g class={class} data-series={line.label.clone()}>
                            <polyline points={path} />
                            { for series.points.iter().zip(&line.points).map(|(point, (px, py))| html! {
                                <circle cx={fmt(*px)} cy={fmt(*py)} r="3.5" data-testid="scale-point"
                                    data-scenario={series.scenario.name()} data-variant={series.variant}
                                    data-articles={point.articles.to_string()}
                                    data-queries={point.queries.to_string()}>
                                    <title>{ format!("{} · N={} · {}", line.label, point.articles, compact(measure.of(point))) }</title>
                                </circle>
                            }) }
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
