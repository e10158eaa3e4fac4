//! The static fallback a CMS puts inside `<plan-meter>`: the widget as HTML, with the
//! chart as inline SVG, for while scripts load and where they never run.

use super::{illustrative_words, Widget};

impl Widget {
    /// A static fallback for a CMS to put inside `<plan-meter>`: what the widget says, the
    /// chart as inline SVG (`svg`, from the same drawing code), the data table and the
    /// source. Shown while scripts load and where they never run; no scripts, no style
    /// attributes.
    pub fn fallback_html(&self, svg: &str) -> String {
        let summary = self.summary();
        let table = self.table();
        let escape = |text: &str| {
            text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
        };
        let mut html = String::new();
        html.push_str(&format!("<figure class=\"planmeter-fallback\" lang=\"{}\">\n", summary.lang));
        if summary.illustrative {
            html.push_str(&format!("<p><strong>{}</strong></p>\n", illustrative_words(self.resolved.lang)));
        }
        html.push_str(&format!(
            "<figcaption><strong>{}</strong> — {}：{}</figcaption>\n",
            escape(&summary.title),
            escape(summary.status_label),
            escape(&summary.explanation)
        ));
        // Scaled to the container by its viewBox, labelled for screen readers.
        let svg = svg.trim_start_matches(|c| c != '<');
        let opening_end = svg.find('>').unwrap_or(0);
        let (opening, rest) = svg.split_at(opening_end);
        let view_box = opening.split("viewBox=\"").nth(1).and_then(|tail| tail.split('"').next()).unwrap_or("0 0 720 440");
        let labelled = format!(
            "<svg role=\"img\" aria-label=\"{}\" width=\"100%\" viewBox=\"{view_box}\" xmlns=\"http://www.w3.org/2000/svg\"{rest}",
            escape(&summary.aria_label)
        );
        html.push_str(&labelled);
        html.push_str(&format!("\n<table>\n<caption>{}</caption>\n<thead><tr>", escape(&table.caption)));
        for column in &table.columns {
            html.push_str(&format!("<th scope=\"col\">{}</th>", escape(column)));
        }
        html.push_str("</tr></thead>\n<tbody>\n");
        for row in &table.rows {
            html.push_str("<tr>");
            for (index, cell) in row.iter().enumerate() {
                if index == 0 {
                    html.push_str(&format!("<th scope=\"row\">{}</th>", escape(cell)));
                } else {
                    html.push_str(&format!("<td>{}</td>", escape(cell)));
                }
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</tbody>\n</table>\n");
        let lang = self.resolved.lang;
        html.push_str(&format!(
            "<p>{}《{}》{}：“{}”</p>\n",
            lang.pick("来源：", "Source: "),
            escape(&summary.plan_title),
            summary.doc_number.as_deref().map(|number| format!("（{}）", escape(number))).unwrap_or_default(),
            escape(&summary.quote)
        ));
        // What the figures rest on travels with the fallback too.
        html.push_str(&format!("<p>{}{}</p>\n", lang.pick("数据来源：", "Data source: "), escape(&summary.source_words)));
        if let Some(note) = &summary.flag_note {
            html.push_str(&format!("<p>{}</p>\n", escape(note)));
        }
        html.push_str(&format!("<p>{}{}</p>\n</figure>\n", lang.pick("评估日期 ", "Judged as of "), escape(&summary.as_of)));
        html
    }
}
