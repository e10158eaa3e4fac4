//! To JavaScript: each view as JSON text the loader parses (`JSON.parse`).

use crate::json::{Json, Object};

use super::{Point, ProgressBar, Summary, Table};

impl Point {
    pub fn list_to_json(points: &[Point]) -> Json {
        Json::Array(
            points
                .iter()
                .map(|point| {
                    Object::new().field("year", point.year).field("x", point.x).field("y", point.y).field("label", &point.label).finish()
                })
                .collect(),
        )
    }
}

impl Table {
    pub fn to_json(&self) -> Json {
        let rows: Vec<Json> = self.rows.iter().map(|row| row.clone().into()).collect();
        Object::new().field("caption", &self.caption).field("columns", self.columns.clone()).field("rows", Json::Array(rows)).finish()
    }
}

impl ProgressBar {
    pub fn to_json(&self) -> Json {
        Object::new()
            .field("share", self.share)
            .field("expectedShare", self.expected_share)
            .field("start", &self.start)
            .field("end", &self.end)
            .field("now", &self.now)
            .field("expected", self.expected.as_ref())
            .finish()
    }
}

impl Summary {
    pub fn to_json(&self) -> Json {
        Object::new()
            .field("lang", self.lang)
            .field("indicator", &self.indicator)
            .field("title", &self.title)
            .field("status", self.status)
            .field("statusLabel", self.status_label)
            .field("explanation", &self.explanation)
            .field("ariaLabel", &self.aria_label)
            .field("goal", &self.goal)
            .field("latest", self.latest.as_ref())
            .field("figure", self.figure.as_ref())
            .field("figureLabel", self.figure_label.as_ref())
            .field("ratio", self.ratio)
            .field("quote", &self.quote)
            .field("planTitle", &self.plan_title)
            .field("docNumber", self.doc_number.as_ref())
            .field("issuer", &self.issuer)
            .field("section", &self.section)
            .field("measure", self.measure.as_ref())
            .field("responsible", self.responsible.clone())
            .field("note", self.note.as_ref())
            .field("theme", self.theme)
            .field("elder", self.elder)
            .field("chart", self.chart)
            .field("height", self.height)
            .field("progress", self.progress.as_ref().map_or(Json::Null, ProgressBar::to_json))
            .field("illustrative", self.illustrative)
            .field("asOf", &self.as_of)
            .field(
                "sources",
                Json::Array(
                    self.sources
                        .iter()
                        .map(|line| Object::new().field("text", &line.text).field("url", line.url.as_ref()).field("note", line.note.as_ref()).finish())
                        .collect(),
                ),
            )
            .field("sourceWords", &self.source_words)
            .field("flagNote", self.flag_note.as_ref())
            .finish()
    }
}
