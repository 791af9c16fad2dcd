//! The scale lab's plot as geometry: log-scaled axes with readable ticks
//! and each series as points in pixel space. The UI draws it as SVG
//! elements; nothing here knows about SVG, so the maths is tested natively.

/// A base-10 logarithmic axis over positive values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogAxis {
    /// Lower bound (a power of ten at or below the smallest value).
    pub min: f64,
    /// Upper bound (a power of ten at or above the largest value).
    pub max: f64,
}

impl LogAxis {
    /// An axis covering `values` (non-positive values are ignored), widened
    /// to whole decades.
    pub fn covering(values: impl IntoIterator<Item = f64>) -> LogAxis {
        let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.into_iter().filter(|v| v.is_finite() && *v > 0.0) {
            low = low.min(v);
            high = high.max(v);
        }
        if !low.is_finite() {
            return LogAxis {
                min: 1.0,
                max: 10.0,
            };
        }
        let min = 10f64.powf(low.log10().floor());
        let mut max = 10f64.powf(high.log10().ceil());
        if max <= min {
            max = min * 10.0;
        }
        LogAxis { min, max }
    }

    /// Where `value` falls, from 0 (min) to 1 (max); clamped.
    pub fn position(&self, value: f64) -> f64 {
        if value <= 0.0 || !value.is_finite() {
            return 0.0;
        }
        let span = self.max.log10() - self.min.log10();
        ((value.log10() - self.min.log10()) / span).clamp(0.0, 1.0)
    }

    /// One tick per decade, labelled compactly (`1`, `10`, `1k`, `10k`, `1M`).
    pub fn ticks(&self) -> Vec<(f64, String)> {
        let first = self.min.log10().round() as i32;
        let last = self.max.log10().round() as i32;
        (first..=last)
            .map(|exp| {
                let value = 10f64.powi(exp);
                (value, compact(value))
            })
            .collect()
    }
}

/// `1500` → `1.5k`, `0.01` → `0.01`.
pub fn compact(value: f64) -> String {
    let (scaled, suffix) = if value >= 1e6 {
        (value / 1e6, "M")
    } else if value >= 1e3 {
        (value / 1e3, "k")
    } else {
        (value, "")
    };
    let text = format!("{scaled:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}{suffix}")
}

/// A plot area inside an SVG of `width` × `height` with margins for labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl Frame {
    /// Pixel x for a position from 0 to 1.
    pub fn x(&self, position: f64) -> f64 {
        self.left + position * (self.width - self.left - self.right)
    }

    /// Pixel y for a position from 0 to 1 (0 at the bottom).
    pub fn y(&self, position: f64) -> f64 {
        self.height - self.bottom - position * (self.height - self.top - self.bottom)
    }
}

/// A series placed in the frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

/// Places `(x, y)` data on log axes in `frame`.
pub fn place(
    frame: Frame,
    x: LogAxis,
    y: LogAxis,
    series: &[(String, Vec<(f64, f64)>)],
) -> Vec<Line> {
    series
        .iter()
        .map(|(label, data)| Line {
            label: label.clone(),
            points: data
                .iter()
                .map(|(vx, vy)| (frame.x(x.position(*vx)), frame.y(y.position(*vy))))
                .collect(),
        })
        .collect()
}

/// The y of each line's end label, moved apart so that no two are closer
/// than `gap` pixels (two variants that end close together, such as naive
/// and prefetch_only at 11,101 and 10,002 queries, would print over each
/// other). Keeps the labels' order and moves each as little as the ones
/// before it require; `None` for a line with no points.
pub fn spread_labels(ends: &[Option<f64>], gap: f64) -> Vec<Option<f64>> {
    let mut order: Vec<(usize, f64)> = ends
        .iter()
        .enumerate()
        .filter_map(|(i, y)| y.map(|y| (i, y)))
        .collect();
    crate::sort::sort_by(&mut order, |a, b| a.1.total_cmp(&b.1));
    let mut placed = vec![None; ends.len()];
    let mut last = f64::NEG_INFINITY;
    for (i, y) in order {
        let at = y.max(last + gap);
        placed[i] = Some(at);
        last = at;
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_labels_do_not_overlap() {
        let placed = spread_labels(&[Some(40.0), Some(45.0), None, Some(200.0)], 14.0);
        assert_eq!(placed, [Some(40.0), Some(54.0), None, Some(200.0)]);
        let placed = spread_labels(&[Some(50.0), Some(50.0), Some(52.0)], 14.0);
        assert_eq!(placed, [Some(50.0), Some(64.0), Some(78.0)]);
    }

    #[test]
    fn axes_cover_whole_decades() {
        let axis = LogAxis::covering([11.0, 101.0, 11001.0]);
        assert_eq!((axis.min, axis.max), (10.0, 100_000.0));
        let labels: Vec<String> = axis.ticks().into_iter().map(|(_, l)| l).collect();
        assert_eq!(labels, ["10", "100", "1k", "10k", "100k"]);
        assert_eq!(axis.position(10.0), 0.0);
        assert_eq!(axis.position(100_000.0), 1.0);
        assert!((axis.position(1000.0) - 0.5).abs() < 1e-9);
        assert_eq!(
            LogAxis::covering([]),
            LogAxis {
                min: 1.0,
                max: 10.0
            }
        );
        assert_eq!(
            LogAxis::covering([2.0]),
            LogAxis {
                min: 1.0,
                max: 10.0
            }
        );
    }

    #[test]
    fn compact_labels() {
        let cases = [
            (1.0, "1"),
            (1500.0, "1.5k"),
            (110_001.0, "110k"),
            (2e6, "2M"),
            (0.25, "0.25"),
        ];
        for (value, label) in cases {
            assert_eq!(compact(value), label);
        }
    }

    #[test]
    fn frame_maps_corners() {
        let frame = Frame {
            width: 400.0,
            height: 300.0,
            left: 40.0,
            right: 10.0,
            top: 10.0,
            bottom: 30.0,
        };
        assert_eq!((frame.x(0.0), frame.y(0.0)), (40.0, 270.0));
        assert_eq!((frame.x(1.0), frame.y(1.0)), (390.0, 10.0));
        let lines = place(
            frame,
            LogAxis {
                min: 10.0,
                max: 1000.0,
            },
            LogAxis {
                min: 1.0,
                max: 100.0,
            },
            &[("naive".into(), vec![(10.0, 1.0), (1000.0, 100.0)])],
        );
        assert_eq!(lines[0].points, [(40.0, 270.0), (390.0, 10.0)]);
    }
}
