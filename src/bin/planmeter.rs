//! `planmeter`: the command line over the same core as the widget — render a chart to
//! SVG, print statuses, list the catalog.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Parser, Subcommand};

use planmeter::catalog::Catalog;
use planmeter::render::Format;
use planmeter::i18n::Lang;
use planmeter::config::{Config, Resolution};
use planmeter::progress::{summarize, Assessment, Date};
use planmeter::widget::Widget;

#[derive(Parser)]
#[command(name = "planmeter", version, about = "Progress of the quantified targets of Chinese local industrial plans")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Draw a widget's chart to SVG with the same code the browser uses.
    Render {
        /// Widget config (JSON), or `-` for standard input.
        #[arg(long)]
        config: PathBuf,
        /// `svg` (the chart), or `html`: a static fallback to put inside <plan-meter>
        /// (what the widget says, the chart as inline SVG, the data table, the source).
        #[arg(long, value_enum, default_value_t = RenderFormat::Svg)]
        format: RenderFormat,
        /// Where to write it; standard output when absent.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Width in CSS pixels, 120–4000.
        #[arg(long, default_value_t = 720.0)]
        width: f64,
        /// Height of the chart in CSS pixels, 120–4000 (the SVG's title and sources add to
        /// it); by default it follows the width, as in the browser.
        #[arg(long)]
        height: Option<f64>,
        /// The as-of date when the config has no `asOf` (default: today).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Print the status of a widget config's target as JSON.
    Status {
        /// Widget config (JSON), or `-` for standard input.
        #[arg(long)]
        config: PathBuf,
        /// The as-of date when the config has no `asOf` (default: today).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Check a widget config, and a data file (JSON or CSV), for editors: exit 0 with a
    /// one-line summary, or exit 1 listing every problem with its path or row.
    Validate {
        /// Widget config (JSON), or `-` for standard input.
        #[arg(long)]
        config: PathBuf,
        /// A data file: JSON shaped like `actuals`, or CSV with indicator, year, value.
        #[arg(long)]
        data: Option<PathBuf>,
        /// The as-of date when the config has no `asOf` (default: today).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Draft a plan from its text: every quantified target found, each with its verbatim
    /// quote, kind, comparison, value, deadline, section, 责任单位, and a `review` with a
    /// confidence and the reasons for each guess. Prints the plan (the catalog's JSON
    /// schema); what must still be filled in goes to standard error.
    Extract {
        /// The plan's plain text (UTF-8, as copied from the portal page), or `-` for
        /// standard input.
        file: PathBuf,
        /// The plan id (a-z, 0-9 and -); target ids are `<id>.t1`, `<id>.t2`, ….
        #[arg(long, default_value = "draft")]
        id: String,
    },
    /// Draft a plan's actual figures from a statistical bulletin or work report: prints a
    /// data file (what `dataUrl` takes); each value's quote, year and why on standard error.
    Actuals {
        /// The bulletin's plain text (UTF-8, as copied from the page), or `-` for standard input.
        file: PathBuf,
        /// The catalog plan whose targets take the figures.
        #[arg(long, conflicts_with = "plan_file")]
        plan: Option<String>,
        /// A plan of one's own, in the catalog's schema.
        #[arg(long)]
        plan_file: Option<PathBuf>,
        /// Also write the review (every value's quote and why, and the figures no target
        /// took) as JSON to this file.
        #[arg(long)]
        review: Option<PathBuf>,
    },
    /// Print the JSON Schema of the widget config (pkg/planmeter.schema.json).
    Schema,
    /// Print the whole catalog: every plan, target and measure.
    Catalog {
        /// `json` ({"plans": [...]}, every field) or `csv` (one row per target).
        #[arg(long, value_enum, default_value_t = CatalogFormat::Json)]
        format: CatalogFormat,
        /// Write each plan instead, as compact JSON, to DIR/<plan id>.json: the files the
        /// web distribution ships beside the wasm (the loader fetches the plans it shows).
        #[arg(long, value_name = "DIR")]
        split: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RenderFormat {
    Svg,
    Html,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CatalogFormat {
    Json,
    Csv,
}

/// A size in CSS pixels a chart can be drawn at: 120 to 4000 (a 4-billion-pixel SVG or
/// an allocation abort helps nobody).
fn pixels(name: &str, value: f64) -> Result<f64, String> {
    if (120.0..=4000.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("--{name} {value} is outside 120–4000 (CSS pixels)"))
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("planmeter: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Render { config, format, out, width, height, as_of } => {
            let width = pixels("width", width)?;
            let widget = load(&config, as_of.as_deref())?;
            let height = height.map(|height| pixels("height", height)).transpose()?;
            let format = match format {
                RenderFormat::Svg => Format::Svg,
                RenderFormat::Html => Format::Html,
            };
            let text = planmeter::render::render(&widget, width, height, format)?;
            match out {
                Some(path) => std::fs::write(&path, text).map_err(|error| format!("{}: {error}", path.display())),
                None => print_out(&text),
            }
        }
        Command::Status { config, as_of } => {
            let (text, today) = read_config(&config, as_of.as_deref())?;
            let parsed = Config::parse(&text).map_err(|error| format!("{}: {error}", config.display()))?;
            let resolution = parsed.resolve(Catalog::builtin(), today, Lang::Zh).map_err(|error| format!("{}: {error}", config.display()))?;
            let json = match resolution {
                Resolution::Plan(resolved) => {
                    let plan = planmeter::dashboard::PlanWidget::of(resolved);
                    let widgets = &plan.widgets;
                    serde_json::to_string_pretty(&StatusOutput {
                        plan: widgets.first().map(|widget| widget.resolved.plan.id.as_str()),
                        as_of: widgets.first().map(|widget| widget.resolved.as_of.to_string()).unwrap_or_default(),
                        summary: Some(summarize(widgets.iter().map(|widget| widget.assessment.status)).into_iter().collect()),
                        targets: widgets.iter().map(|widget| StatusRow::new(&widget.resolved.target().id, &widget.assessment)).collect(),
                    })
                }
                Resolution::Target(resolved) => {
                    let widget = Widget::of(resolved);
                    serde_json::to_string_pretty(&StatusOutput {
                        plan: None,
                        as_of: widget.resolved.as_of.to_string(),
                        summary: None,
                        targets: vec![StatusRow::new(&widget.resolved.target().id, &widget.assessment)],
                    })
                }
            };
            print_out(&json.map_err(|error| error.to_string())?)
        }
        Command::Extract { file, id } => extract(&file, &id),
        Command::Actuals { file, plan, plan_file, review } => actuals(&file, plan.as_deref(), plan_file.as_deref(), review.as_deref()),
        Command::Schema => print_out(&config_schema()),
        Command::Validate { config, data, as_of } => validate(&config, data.as_deref(), as_of.as_deref()),
        Command::Catalog { split: Some(dir), .. } => {
            std::fs::create_dir_all(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
            for (text, (id, _)) in planmeter::catalog::PLAN_TEXTS.iter().zip(planmeter::catalog::PLAN_INDEX) {
                let path = dir.join(format!("{id}.json"));
                std::fs::write(&path, text).map_err(|error| format!("{}: {error}", path.display()))?;
            }
            Ok(())
        }
        Command::Catalog { format: CatalogFormat::Json, .. } => {
            #[derive(serde::Serialize)]
            struct Output<'a> {
                plans: Vec<&'a planmeter::catalog::Plan>,
            }
            let plans = Catalog::builtin().plans().into_iter().map(|plan| &**plan).collect();
            let json = serde_json::to_string_pretty(&Output { plans });
            print_out(&json.map_err(|error| error.to_string())?)
        }
        Command::Catalog { format: CatalogFormat::Csv, .. } => match catalog_csv(std::io::stdout().lock()) {
            Err(error) if is_broken_pipe(&error) => Ok(()),
            result => result.map_err(|error| format!("writing CSV: {error}")),
        },
    }
}

/// `planmeter extract`: the draft plan on standard output, what to complete on standard
/// error (a draft always prints; a text without targets is an error).
fn extract(path: &PathBuf, id: &str) -> Result<(), String> {
    let text = read_text(path)?;
    let name = if path.as_os_str() == "-" { "standard input".to_owned() } else { path.display().to_string() };
    if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') || id.is_empty() {
        return Err(format!("--id `{id}`: use a-z, 0-9 and -"));
    }
    let draft = planmeter::extract::extract(&text, id);
    if draft.plan.targets.is_empty() {
        return Err(format!("{name}: no quantified targets found (is it a plan's text, in UTF-8?)"));
    }
    let json = serde_json::to_string_pretty(&draft.plan).map_err(|error| error.to_string())?;
    print_out(&json)?;
    // The same rules as the paste tab's: the plan's checks, then what is left to fill.
    let mut todo: Vec<String> = planmeter::catalog::check::check_plan(&draft.plan).into_iter().map(|p| p.to_string()).collect();
    let to_fill = planmeter::catalog::check::to_fill(&draft.plan);
    let english = to_fill.iter().filter(|p| p.rule == planmeter::catalog::check::Rule::EnglishToWrite).count();
    todo.extend(to_fill.iter().filter(|p| p.rule != planmeter::catalog::check::Rule::EnglishToWrite).map(|p| format!("{p} (not stated in the text? fill it in)")));
    if english > 0 {
        todo.push(format!("{english} English texts to write (titleEn, region.en, targets[].name.en)"));
    }
    eprintln!(
        "planmeter: {} draft targets from {name} ({} measures); review each, then remove its `review`.",
        draft.plan.targets.len(),
        draft.plan.measures.len()
    );
    for item in todo {
        eprintln!("  to do: {item}");
    }
    Ok(())
}

/// `planmeter actuals`: the data file on standard output, the review on standard error
/// (and as JSON in `review_path`); nothing written when the text, the plan or their
/// regions do not fit.
fn actuals(path: &PathBuf, plan_id: Option<&str>, plan_file: Option<&std::path::Path>, review_path: Option<&std::path::Path>) -> Result<(), String> {
    let text = read_text(path)?;
    let name = if path.as_os_str() == "-" { "standard input".to_owned() } else { path.display().to_string() };
    let plan: planmeter::catalog::Plan = match (plan_id, plan_file) {
        (Some(id), _) => match Catalog::builtin().plan(id) {
            Ok(Some(plan)) => (**plan).clone(),
            _ => {
                let ids = Catalog::builtin().plans().into_iter().map(|plan| plan.id.as_str()).collect::<Vec<_>>();
                let hint = planmeter::config::closest(id, ids.iter().copied()).map(|near| format!("; did you mean `{near}`?")).unwrap_or_default();
                return Err(format!("--plan `{id}`: no such plan in the catalog{hint} (the plans: {})", ids.join(", ")));
            }
        },
        (None, Some(file)) => {
            let json = std::fs::read_to_string(file).map_err(|error| format!("{}: {error}", file.display()))?;
            let parsed = planmeter::json::parse(&json).map_err(|error| format!("{}: {error}", file.display()))?;
            planmeter::catalog::Plan::read(&parsed, "").map_err(|error| format!("{}: {error}", file.display()))?
        }
        (None, None) => return Err("name the plan: --plan <catalog id> or --plan-file plan.json".to_owned()),
    };
    let (data, review) = planmeter::extract::bulletin::actuals(&text, &plan).map_err(|error| format!("{name}: {error}"))?;
    if let Some(out) = review_path {
        let json = serde_json::to_string_pretty(&review).map_err(|error| error.to_string())?;
        std::fs::write(out, json).map_err(|error| format!("{}: {error}", out.display()))?;
    }
    print_out(&serde_json::to_string_pretty(&data).map_err(|error| error.to_string())?)?;
    let matched = review["matched"].as_array().map_or(0, Vec::len);
    let left = review["unmatched"].as_array().map_or(0, Vec::len);
    eprintln!("planmeter: {matched} values for `{}` from {name}; {left} figures no target took. Review each:", plan.id);
    for value in review["matched"].as_array().into_iter().flatten() {
        let why: Vec<&str> = value["why"].as_array().into_iter().flatten().filter_map(|reason| reason["en"].as_str()).collect();
        eprintln!("  {} {}: {} «{}» — {}", value["target"].as_str().unwrap_or(""), value["figure"]["year"], value["figure"]["value"], value["figure"]["quote"].as_str().unwrap_or(""), why.join("; "));
    }
    for figure in review["unmatched"].as_array().into_iter().flatten() {
        eprintln!("  not taken: «{}» — {}", figure["figure"]["quote"].as_str().unwrap_or(""), figure["why"]["en"].as_str().unwrap_or(""));
    }
    Ok(())
}

/// `planmeter validate`: every problem of a config and a data file, or a summary.
fn validate(config_path: &PathBuf, data_path: Option<&std::path::Path>, as_of: Option<&str>) -> Result<(), String> {
    let (text, today) = read_config(config_path, as_of)?;
    let name = config_path.display().to_string();
    let mut problems: Vec<String> = Vec::new();
    let config = match Config::parse(&text) {
        Ok(config) => Some(config),
        Err(error) => {
            problems.push(format!("{name}: {error}"));
            None
        }
    };
    // Inline plans: every problem, not only the first.
    for (index, plan) in config.iter().flat_map(|config| config.plans.iter().enumerate()) {
        for problem in planmeter::catalog::check::check_plan(plan) {
            problems.push(format!("{name}: plans[{index}].{problem}"));
        }
    }
    let mut summary = String::new();
    let mut known_ids: Vec<String> = Catalog::builtin().target_ids().map(str::to_owned).collect();
    if let Some(config) = &config {
        known_ids.extend(config.plans.iter().flat_map(|plan| plan.targets.iter().map(|target| target.id.clone())));
        if problems.is_empty() {
            match config.resolve(Catalog::builtin(), today, Lang::Zh) {
                Ok(Resolution::Plan(resolved)) => {
                    let id = resolved.plan.id.clone();
                    let plan = planmeter::dashboard::PlanWidget::of(resolved);
                    let counts = summarize(plan.widgets.iter().map(|widget| widget.assessment.status));
                    let counted: Vec<String> = counts.iter().filter(|(_, n)| **n > 0).map(|(code, n)| format!("{n} {code}")).collect();
                    summary = format!("plan `{id}`: {} targets ({})", plan.widgets.len(), counted.join(", "));
                }
                Ok(Resolution::Target(resolved)) => {
                    let widget = Widget::of(resolved);
                    let years = &widget.resolved.actual.values;
                    let span = match (years.keys().next(), years.keys().next_back()) {
                        (Some(first), Some(last)) => format!("{} values, {first}–{last}", years.len()),
                        _ => "no values".to_owned(),
                    };
                    summary = format!("`{}`: {span}, status {}", widget.resolved.target().id, widget.assessment.status.code());
                }
                Err(error) => problems.push(format!("{name}: {error}")),
            }
        }
    }
    if let Some(path) = data_path {
        let data_name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Err(error) => problems.push(format!("{data_name}: {error}")),
            Ok(text) => {
                let (actuals, errors) = planmeter::data::read_data(&text);
                problems.extend(errors.iter().map(|error| format!("{data_name}: {error}")));
                // The values the config's widget would take: `year,value` rows are its
                // target's, and a plan's need an indicator column.
                let indicator = match config.as_ref().and_then(|config| config.subject.as_ref()) {
                    Some(planmeter::config::Subject::Target(id)) => Some(id.as_str()),
                    _ => None,
                };
                if errors.is_empty() && config.as_ref().is_some_and(|config| config.subject.is_some()) {
                    if let Err(error) = planmeter::data::values_for(&actuals, indicator) {
                        problems.push(format!("{data_name}: {error}"));
                    }
                }
                {
                    for id in actuals.by_target.keys() {
                        if !known_ids.contains(id) {
                            let hint = planmeter::config::closest(id, known_ids.iter().map(String::as_str))
                                .map(|best| format!("; did you mean `{best}`?"))
                                .unwrap_or_default();
                            problems.push(format!("{data_name}: unknown indicator `{id}`{hint}"));
                        }
                    }
                    let values: usize = actuals.series.values.len() + actuals.by_target.values().map(|series| series.values.len()).sum::<usize>();
                    summary.push_str(&format!("{}{data_name}: {values} values for {} indicators", if summary.is_empty() { "" } else { "; " }, actuals.by_target.len().max(usize::from(!actuals.series.is_empty()))));
                }
            }
        }
    }
    if problems.is_empty() {
        print_out(&format!("ok: {summary}"))
    } else {
        let count = problems.len();
        Err(format!("{count} problem{}:\n  {}", if count == 1 { "" } else { "s" }, problems.join("\n  ")))
    }
}

/// The JSON Schema of the widget config, as shipped in pkg/planmeter.schema.json.
fn config_schema() -> String {
    let schema = schemars::schema_for!(Config);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// The columns of `planmeter catalog --format csv`, one row per target.
const CSV_COLUMNS: [&str; 30] = [
    "plan_id", "plan_title", "region", "issuer", "doc_number", "plan_start", "plan_end", "draft",
    "target_id", "name_zh", "name_en", "quote", "unit", "kind", "comparison", "value", "range_low",
    "range_high", "baseline_year", "baseline_value", "start_year", "deadline", "sub_region",
    "relative_to", "section", "measure", "measure_title", "responsible", "note_zh", "note_en",
];

fn catalog_csv(out: impl std::io::Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_COLUMNS)?;
    let text = |value: Option<String>| value.unwrap_or_default();
    for plan in Catalog::builtin().plans() {
        for target in &plan.targets {
            let measure = Catalog::measure(plan, target);
            let kind = serde_json::to_value(target.kind).ok().and_then(|v| v.as_str().map(str::to_owned));
            let comparison = serde_json::to_value(target.comparison).ok().and_then(|v| v.as_str().map(str::to_owned));
            writer.write_record([
                plan.id.clone(),
                plan.title.clone(),
                plan.region.zh.clone(),
                plan.issuer.clone(),
                text(plan.doc_number.clone()),
                plan.period.start.to_string(),
                plan.period.end.to_string(),
                plan.draft.to_string(),
                target.id.clone(),
                target.name.zh.clone(),
                target.name.en.clone(),
                target.quote.clone(),
                target.unit.clone(),
                text(kind),
                text(comparison),
                text(target.value.map(|v| v.to_string())),
                text(target.range.map(|[low, _]| low.to_string())),
                text(target.range.map(|[_, high]| high.to_string())),
                text(target.baseline.map(|b| b.year.to_string())),
                text(target.baseline.map(|b| b.value.to_string())),
                text(target.start_year.map(|y| y.to_string())),
                target.deadline.unwrap_or(plan.period.end).to_string(),
                text(target.sub_region.clone()),
                text(target.relative_to.clone()),
                target.section.clone(),
                text(target.measure.clone()),
                text(measure.map(|m| m.title.clone())),
                target.responsible.join("、"),
                text(target.note.as_ref().map(|note| note.zh.clone())),
                text(target.note.as_ref().map(|note| note.en.clone())),
            ])?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// Writes `text` and a newline to standard output; a reader that went away (`| head`)
/// is not an error.
fn print_out(text: &str) -> Result<(), String> {
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(|error| format!("standard output: {error}")),
    }
}

fn is_broken_pipe(error: &csv::Error) -> bool {
    matches!(error.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// One target's status as the CLI prints it (fields in this order).
#[derive(serde::Serialize)]
struct StatusRow<'a> {
    id: &'a str,
    status: &'static str,
    ratio: Option<f64>,
    progress: Option<f64>,
    /// On-schedule value by year, keyed like `actuals`.
    expected: std::collections::BTreeMap<String, f64>,
    projection: Option<Projection>,
    explanation: &'a planmeter::catalog::Bilingual,
}

/// Where the observed pace leads by the deadline.
#[derive(serde::Serialize)]
struct Projection {
    year: i32,
    value: f64,
}

impl<'a> StatusRow<'a> {
    fn new(id: &'a str, assessment: &'a Assessment) -> StatusRow<'a> {
        StatusRow {
            id,
            status: assessment.status.code(),
            ratio: assessment.ratio,
            progress: assessment.progress,
            expected: assessment.expected.iter().map(|(year, value)| (year.to_string(), *value)).collect(),
            projection: assessment.projection.map(|(year, value)| Projection { year, value }),
            explanation: &assessment.explanation,
        }
    }
}

/// What `planmeter status` prints.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct StatusOutput<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a str>,
    as_of: String,
    /// Counts per status, for a plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<std::collections::BTreeMap<&'static str, usize>>,
    targets: Vec<StatusRow<'a>>,
}

/// Reads a config file (or standard input for `-`) and computes its widget.
fn load(path: &PathBuf, as_of: Option<&str>) -> Result<Widget, String> {
    let (text, today) = read_config(path, as_of)?;
    Widget::from_json(&text, today, Lang::Zh).map_err(|error| format!("{}: {error}", path.display()))
}

/// A config's text and the date to judge at (`--as-of`, else today).
/// A file's text, or standard input's for `-`; not UTF-8 is an error that says so.
fn read_text(path: &PathBuf) -> Result<String, String> {
    let name = if path.as_os_str() == "-" { "standard input".to_owned() } else { path.display().to_string() };
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|error| format!("{name}: {error}"))?;
    String::from_utf8(bytes).map_err(|error| {
        format!("{name}: not UTF-8 (byte {} is invalid); save it as UTF-8 (GBK/GB18030 texts: iconv -f GB18030 -t UTF-8)", error.utf8_error().valid_up_to())
    })
}

fn read_config(path: &PathBuf, as_of: Option<&str>) -> Result<(String, Date), String> {
    let text = read_text(path)?;
    let today = match as_of {
        Some(text) => text.parse::<Date>()?,
        None => today(),
    };
    Ok((text, today))
}

/// Today's date in UTC (the CLI may read the clock; the core never does).
fn today() -> Date {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    let days = (seconds / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 } as u32;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}
