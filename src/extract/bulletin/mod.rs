//! Actual figures from a statistical bulletin (统计公报), a government work report or a
//! statistics release, matched to a plan's targets (`planmeter actuals`, the configurator's
//! 粘贴统计公报 tab): the other half of `extract`. Rules, no model, never invents: every
//! value is the text's own number at its span.
//!
//! A figure is read as the bulletin says it: `比上年增长8.7%` (the year's growth; `下降3.2%`
//! signed), `增加值完成1234.5亿元` (a level), `新增规上工业企业56家` (a count for the year),
//! `占…比重达到32.1%` (a share), with `初步核算`/`预计` as its flag; `1—7月`, `上半年` mark a
//! part of the year, kept apart and never taken as the year's value; `全省`, a named city
//! or district say whose figure it is. A figure goes to a target only when its indicator
//! and unit are the target's (`规模以上工业增加值` is not `工业增加值`; a count is not an
//! amount), and whose it is agrees (a district's target takes only that district's figure).

mod names;
mod places;

use places::{own_place_out, part_of_year, place_fits, place_in, region_of, same_place, title_and_year};

use super::fold::Folded;
use super::numbers::{quantities, UnitClass};
use super::sentence::years_with_positions;
use super::why;
use crate::catalog::{Bilingual, Plan, Target, TargetKind};
use crate::provenance::Flag;

/// How a bulletin states a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// `比上年增长8.7%`: the year's growth, in percent (signed).
    Growth,
    /// `完成1234.5亿元`, `达到127家`: the level at the year's end.
    Level,
    /// `新增…56家`: how many were added in the year.
    Added,
    /// `占…比重32.1%`: a share, in percent.
    Share,
}

/// One figure of the text.
#[derive(Clone, Debug)]
pub struct Figure {
    /// What the figure is of, as the text names it (read as simplified characters).
    pub indicator: String,
    pub measure: Measure,
    pub value: f64,
    pub unit: String,
    /// The clause, in the input's own text, and where it is.
    pub quote: String,
    pub span: std::ops::Range<usize>,
    /// Where the number itself is in the input (`value` is this text read).
    pub number: std::ops::Range<usize>,
    /// The year it is for.
    pub year: Option<i32>,
    /// `1—7月`, `上半年`: part of the year only.
    pub part_year: Option<String>,
    /// Another place the figure is of (`全省`, `武汉市`, `鄂城区`); `None` for the text's own.
    pub place: Option<String>,
    pub flag: Option<Flag>,
    /// Stated in a paragraph looking back over several years (`五年来，…`).
    pub looking_back: bool,
}

/// What a text states about itself and every figure in it.
#[derive(Clone, Debug, Default)]
pub struct Bulletin {
    /// `鄂州市2019年国民经济和社会发展统计公报`, its first line naming a year.
    pub title: Option<String>,
    /// The year its figures are for.
    pub year: Option<i32>,
    /// The place it reports on (`鄂州市`).
    pub region: Option<String>,
    pub figures: Vec<Figure>,
}

/// A figure matched to a target, and why.
#[derive(Clone, Debug)]
pub struct Matched {
    pub target: String,
    pub figure: Figure,
    pub why: Vec<Bilingual>,
}

/// A figure no target took, and why not.
#[derive(Clone, Debug)]
pub struct Unmatched {
    pub figure: Figure,
    pub why: Bilingual,
}

/// Reads `text` (pasted, UTF-8; page chrome may stay).
pub fn read_bulletin(text: &str) -> Bulletin {
    // Read with traditional characters, full-width digits and look-alikes as meant, and a
    // PDF copy's soft line breaks taken out (`…增加值增长\n4.9%`); offsets lead back.
    let folded = Folded::of(text);
    let unwrapped = super::unwrap::Unwrapped::of(&folded.text);
    let back = Back { folded: &folded, unwrapped: &unwrapped };
    let reading = unwrapped.text.as_str();
    // The title is a line of its own: read it before lines are joined.
    let (title, year) = title_and_year(&folded.text);
    let region = title.as_deref().and_then(region_of);
    let mut figures: Vec<Figure> = Vec::new();
    let mut offset = 0;
    // A work report gives results only in its review (`一、2025年工作回顾`); its other
    // sections set goals.
    let report = title.as_deref().is_some_and(|title| title.contains("工作报告"));
    // A report's opening often sums up the year before its first section: results too,
    // until a section sets goals.
    let mut results = true;
    let mut looking_back = false;
    let mut estimated = false;
    let mut stated = None;
    // The figures read before this paragraph.
    let mut paragraph = 0;
    for sentence in reading.split_inclusive(['。', '；', ';', '\n']).flat_map(after_page_numbers) {
        let trimmed = sentence.trim_start();
        // A section: `一、…`, or a short line standing alone (`“十四五”时期工作回顾`). A work
        // report reviews the year first (`一、2025年主要工作和“十四五”发展成就`, `一、一年接着
        // 一年干，…取得新进展新成效`), then sets goals.
        let short = trimmed.chars().count() <= 30 && !trimmed.trim_end().contains(['。', '，', '；']);
        let numbered = super::outline::heading(trimmed).filter(|(depth, _)| *depth == 1);
        if report && (numbered.is_some() || (short && ["回顾", "目标", "工作安排", "重点工作", "总体要求"].iter().any(|w| trimmed.contains(w)))) {
            let head: String = trimmed.chars().take(30).collect();
            let first = numbered.is_some() && trimmed.starts_with('一');
            let looks_back = ["回顾", "过去", "总结", "成绩", "成就", "成效", "进展"].iter().any(|word| head.contains(word));
            let last_year = year.is_some_and(|year| years_with_positions(&head).iter().any(|&(_, y, _)| y == year) && !head.contains("目标"));
            results = first || looks_back || last_year;
        }
        // `五年来，我们…。…研发投入强度2.61%…`: a paragraph that looks back over several
        // years gives where things stand (`高新技术企业1.9万家`); its rates may be of the
        // latest year published, so they are taken as estimates of this year's.
        if ["五年来", "过去五年", "这五年", "五年间", "五年里"].iter().any(|word| sentence.contains(word)) {
            looking_back = true;
        }
        // `刚刚过去的2025年，…`, `一年来，…`: back to the year.
        let opening = sentence.split(['，', ',']).next().unwrap_or_default();
        if year.is_some_and(|year| years_with_positions(opening).iter().any(|&(_, named, _)| named == year)) || ["过去一年", "一年来", "这一年"].iter().any(|word| opening.contains(word)) {
            looking_back = false;
        }
        // `初步预计，地区生产总值同比增长6.4%;固定资产投资…;`: an estimate opens a list of
        // parts that all are.
        estimated |= opening.contains("预计");
        stated = opening_year_of(sentence).or(stated);
        if results {
            let subject = figures[paragraph..].last().map(|figure| figure.indicator.clone());
            let context = Context { offset, looking_back, estimated, stated, subject };
            read_sentence(text, &back, context, sentence.trim_end_matches(['。', '；', ';', '\n']), year, &mut figures);
        }
        if sentence.ends_with('\n') {
            looking_back = false;
            paragraph = figures.len();
        }
        if sentence.ends_with(['。', '\n']) {
            estimated = false;
            stated = None;
        }
        offset += sentence.len();
    }
    Bulletin { title, year, region, figures }
}

/// A piece of text cut after each page number a web copy of a PDF runs into its sentences
/// (`…商品混凝土万立方米685.88-16.1 —3— 规模以上工业企业营业收入比上年增长12.4%`).
fn after_page_numbers(piece: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = piece.char_indices().collect();
    for (index, &(at, c)) in chars.iter().enumerate() {
        if c != '—' {
            continue;
        }
        let digits = chars[index + 1..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
        if let Some(&(close, '—')) = chars.get(index + 1 + digits).filter(|_| (1..=3).contains(&digits) && at > start) {
            let end = close + '—'.len_utf8();
            pieces.push(&piece[start..end]);
            start = end;
        }
    }
    pieces.push(&piece[start..]);
    pieces.retain(|piece| !piece.is_empty());
    pieces
}

/// `2024年我市R&D经费投入达50.73亿元，…`: the year a sentence opens with, whose figures it
/// gives (not `2021年以来`, a span).
fn opening_year_of(sentence: &str) -> Option<i32> {
    let sentence = sentence.trim_start();
    let &(at, year, end) = years_with_positions(sentence).first()?;
    let after = sentence.split_once('年').map_or("", |(_, rest)| rest);
    (at == 0 && end.is_none() && !["以来", "起", "至", "到", "—", "-"].iter().any(|word| after.starts_with(word))).then_some(year)
}

/// The way back from an offset in the text read to one in the input.
struct Back<'a> {
    folded: &'a Folded,
    unwrapped: &'a super::unwrap::Unwrapped,
}

impl Back<'_> {
    fn start(&self, at: usize) -> usize {
        self.folded.input_offset(self.unwrapped.start(at))
    }

    fn end(&self, at: usize) -> usize {
        self.folded.input_offset(self.unwrapped.end(at))
    }
}

/// Whether a quantity is one year's (not several years', nor a milestone passed): `None`
/// when it is not, else whether it is a stock
/// (how many there are at the year's end, whatever the words before it say).
fn one_years(sentence: &str, body: &str, quantity: &super::numbers::Quantity, looking_back: bool) -> Option<bool> {
    // `五年来…年均增长6.5%`, `累计…`: figures of several years, not of one.
    // (`全年全市累计进出口总值60.68亿元`: the year's own total.)
    let years_total = sentence.contains("累计") && !sentence.trim_start().starts_with("全年");
    let years_long = years_total || ["年均", "五年来", "五年间", "期间"].iter().any(|word| sentence.contains(word));
    let many_years = looking_back || ["年均", "五年来", "五年间", "期间", "年来", "以来", "十四五", "十三五"].iter().any(|word| sentence.contains(word));
    // `累计…260亿元`, `年均增长…`: totals and averages of several years are not one year's;
    // nor is money in a sentence about several years (`…年均增长11.1%，…实际使用外资263
    // 亿美元`: a flow over them), while a stock (`上市公司增至88家`) is where they ended.
    // In a paragraph looking back over five years, money not said to be reached
    // (`实际利用外资43.3亿美元` — but `生产总值达到3353.3亿元`) is the years' total.
    let before = &body[..quantity.start];
    let reached = ["达到", "达", "突破", "迈上", "增至", "提高到", "超过"].iter().any(|word| before.contains(word));
    // `从2020年的3.68万亿元增长到2025年的4.93万亿元`: where the years ended.
    let endpoint = before.contains('从') && TO.iter().any(|to| without_year(before.trim_end()).ends_with(to));
    let flow = (years_long || looking_back) && !reached && !endpoint && quantity.unit.contains('元');
    // `新建5G基站4.67万座，累计达17万座`, `累计培育…小巨人企业1528家` in one year's
    // account: how many there are at its end (not `累计新增`, several years' flow).
    let stock = !many_years && body.contains("累计") && quantity.class == UnitClass::Count && !["新增", "新建", "净增"].iter().any(|w| body.contains(w));
    let several = years_long && (body.contains("年均") || (body.contains("累计") && !stock));
    // `首次突破300家大关，达到309家`: a milestone passed, not the figure.
    let milestone = ["大关", "关口"].iter().any(|word| body[quantity.end..].trim_start().starts_with(word));
    (quantity.high.is_none() && !quantity.grade && !several && !flow && !milestone).then_some(stock)
}

/// Where a sentence is and what the sentences around it say of it.
struct Context {
    /// Its offset in the text read.
    offset: usize,
    /// In a paragraph looking back over several years.
    looking_back: bool,
    /// After `预计…；`, in the same list.
    estimated: bool,
    /// The year the sentence opens with (`2024年我市R&D经费投入…；R&D经费投入强度2.05%`).
    stated: Option<i32>,
    /// The last figure's indicator in the paragraph so far, for an output named alone
    /// (`规模以上工业企业实现营业收入…。利润总额103.37亿元`).
    subject: Option<String>,
}

/// Every figure of one sentence (at `offset` in the folded text).
fn read_sentence(input: &str, back: &Back<'_>, context: Context, sentence: &str, year: Option<i32>, figures: &mut Vec<Figure>) {
    let Context { offset, looking_back, estimated, stated, subject } = context;
    let part_year = part_of_year(sentence);
    let flag = if sentence.contains("初步核算") {
        Some(Flag::Preliminary)
    } else {
        (sentence.contains("预计") || estimated).then_some(Flag::Estimate)
    };
    // Whose a sentence's figures are, when its first clause says (`武汉市规模以上…`).
    let sentence_place = sentence.split(['，', ',']).next().and_then(place_in);
    // `…营业收入2132.8亿元。利润总额103.37亿元`: an output named alone is the same firms'.
    let mut previous: Option<String> = subject.filter(|subject| OUTPUTS.iter().any(|output| subject.ends_with(output)));
    let mut clause_start = 0;
    let mut before = ClauseBefore::default();
    let mut group: Option<String> = None;
    for clause in sentence.split_inclusive(['，', ',', '：', ':']) {
        let body = clause.trim_end_matches(['，', ',', '：', ':']);
        let found = quantities(body);
        let Listing { names: respectively, lead_added, inherited } = listing(body, &found, &before);
        let of_which = before.of_which || body.trim_start().starts_with("其中");
        let mut added = false;
        let mut segment = 0;
        let mut list_measure: Option<(Measure, bool, String)> = None;
        for (index, quantity) in found.iter().enumerate() {
            let words = body[segment.min(quantity.start)..quantity.start].trim_start_matches(['、', '和', '，', ' ']);
            segment = quantity.end;
            let Some(stock) = one_years(sentence, body, quantity, looking_back) else {
                // `全市生产总值达到1794.5亿元，同比增长8.5%，…年均增长9.2%`: the amount is
                // not taken, but the growth after it is still its.
                previous = Some(indicator(words)).filter(|name| !name.is_empty()).or(previous);
                continue;
            };
            let place = place_in(body);
            // `鄂城区规模以上工业增加值增长8.4%，华容区增长7.1%`: the indicator without its
            // place; a place alone takes the clause before's indicator.
            let own = place.as_deref().map_or(words, |place| words.trim_start_matches(['其', '中']).trim_start().strip_prefix(place).unwrap_or(words));
            let whole = &body[..quantity.start];
            let listed = respectively.as_ref().and_then(|names| names.get(index)).map(String::as_str);
            // `城乡居民人均可支配收入分别为2.82万元和1.19万元、增长10%和12.5%`: a list whose
            // names cannot be told apart is nobody's.
            if body.contains("分别") && listed.is_none() && indicator(words).is_empty() {
                continue;
            }
            let Some((indicator, mut measure, value)) = reading_of(own, whole, &body[quantity.end..], quantity.value, quantity.class, listed.or(previous.as_deref()), (lead_added && index > 0) || inherited) else { continue };
            if stock {
                measure = Measure::Level;
            }
            let part_of_group = of_which && quantity.class == UnitClass::Count && group.as_ref().is_some_and(|group| *group != indicator);
            if !whole_and_own(measure, group.as_deref().filter(|_| part_of_group), looking_back) {
                continue;
            }
            let (indicator, measure, value) = as_listed((respectively.as_deref(), words), index, &mut list_measure, (indicator, measure, value));
            previous = Some(indicator.clone());
            let at = offset + clause_start;
            let span = back.start(at)..back.end(at + body.len());
            let number = back.start(at + quantity.start)..back.end(at + quantity.end);
            added = measure == Measure::Added;
            if quantity.class == UnitClass::Count {
                group = Some(indicator.clone());
            }
            figures.push(Figure {
                indicator,
                measure,
                value,
                unit: quantity.unit.clone(),
                quote: input[span.clone()].trim().to_owned(),
                span,
                number,
                year: stated.or(year),
                part_year: part_year.clone(),
                place: place.or_else(|| sentence_place.clone()),
                // `研发投入强度达3.38%左右`: the figure as estimated.
                flag: flag.or_else(|| (body[quantity.end..].starts_with("左右") || (looking_back && quantity.class == UnitClass::Percent)).then_some(Flag::Estimate)),
                looking_back,
            });
        }
        clause_start += clause.len();
        before = ClauseBefore { words: if found.is_empty() { body } else { "" }, list: respectively, added, of_which: body.trim() == "其中" };
    }
}

/// A figure of a `分别` list: the n-th name's, measured as the first is (`分别下降12.7%、5.9%`:
/// each a fall), a share of the base the words before it name (`…增加值，分别占规上工业的30%、
/// 24%`).
fn as_listed((names, words): (Option<&[String]>, &str), index: usize, first: &mut Option<(Measure, bool, String)>, (indicator, measure, value): (String, Measure, f64)) -> (String, Measure, f64) {
    let mut reading = match (names.and_then(|names| names.get(index).cloned()), first.clone()) {
        (Some(name), Some((measure, down, _))) if index > 0 => (name, measure, if down { -value.abs() } else { value }),
        (Some(name), _) => (name, measure, value),
        (None, _) => (indicator, measure, value),
    };
    let base = words.find('占').map(|at| words[at..].trim_end_matches('的').to_owned());
    if index == 0 && names.is_some() {
        *first = Some((reading.1, reading.2 < 0.0, base.clone().unwrap_or_default()));
    }
    let base = base.or_else(|| first.as_ref().map(|(_, _, base)| base.clone())).filter(|base| !base.is_empty());
    if let Some(base) = base.filter(|_| reading.1 == Measure::Share && !reading.0.contains('占')) {
        reading.0.push_str(&base);
    }
    reading
}

/// Whether a figure is the place's whole for the year: not a part of a park's group
/// (`入园企业达132家，其中，规模以上工业企业49家` — but `基站数10.35万个，其中5G基站3.27万个`:
/// all of them), nor added over the years a paragraph looks back on (`这五年，…培育593家…企业`).
fn whole_and_own(measure: Measure, part_of: Option<&str>, looking_back: bool) -> bool {
    let in_a_park = part_of.is_some_and(|group| ["入园", "园区", "开发区", "集聚区", "产业园", "入驻", "落户"].iter().any(|w| group.contains(w)));
    !(measure == Measure::Level && in_a_park || looking_back && measure == Measure::Added)
}

/// What a clause leaves to the next: its words when it has no figures, its list of names,
/// whether its last figure counted what was added.
#[derive(Default)]
struct ClauseBefore<'a> {
    words: &'a str,
    list: Option<Vec<String>>,
    added: bool,
    /// The clause was `其中` alone.
    of_which: bool,
}

/// How a clause lists its figures.
struct Listing {
    /// The n-th figure's indicator, in a `分别` list.
    names: Option<Vec<String>>,
    /// A verb of adding heads the clause's list.
    lead_added: bool,
    /// The clause goes on the list of counts added before it.
    inherited: bool,
}

fn listing(body: &str, found: &[super::numbers::Quantity], before: &ClauseBefore<'_>) -> Listing {
    // `工业、制造业、工业技改投资分别增长9.4%、13.3%、6.1%`: the n-th figure is the n-th
    // indicator's, the last one's head noun (投资) shared.
    let names = respective_indicators(body, found.len(), before.words)
        // `社会消费品零售总额、限额以上消费品零售额分别完成77.3亿元、9.4亿元，分别增长10.2%、19.6%`.
        .or_else(|| before.list.clone().filter(|names| body.contains("分别") && names.len() == found.len() && indicator(&body[..body.find("分别").unwrap_or(0)]).is_empty()));
    // `新增科技型中小企业7227家、高新技术企业3200家`: each figure's words start after the
    // one before; the verb at the head of the list is all of theirs.
    let lead_added = found.first().is_some_and(|first| ADDED.iter().chain(&DONE).any(|w| body[..first.start].contains(w)));
    // `成功认定高新技术企业13家，国家级科技型中小企业31家`: a clause of a thing and its count
    // alone goes on the list of the clause before.
    let bare = found.first().is_some_and(|first| first.class == UnitClass::Count && !VERBS.iter().chain(&ADDED).chain(&["现有", "拥有", "年末", "总数"]).any(|w| body[..first.start].contains(w)));
    Listing { names, lead_added, inherited: bare && before.added }
}

/// The indicators of a `A、B、C分别…` clause, when there are as many as figures; named in
/// the clause before (`words`) when this one names none (`…、生物医药、…产业集群实现快速增长，
/// 同比增速分别为20.2%、13.7%、8.6%`).
fn respective_indicators(body: &str, figures: usize, words: &str) -> Option<Vec<String>> {
    let at = body.find("分别")?;
    let lead = Some(indicator(&body[..at])).filter(|lead| !lead.is_empty()).unwrap_or_else(|| indicator(words));
    // Split at 、 first: `软件和信息服务业` is one name; at 和 too when that gives as many.
    let split = |separators: &[char]| -> Vec<String> { lead.split(separators).map(str::trim).filter(|name| !name.is_empty()).map(str::to_owned).collect() };
    let names = [split(&['、']), split(&['、', '和'])].into_iter().find(|names| names.len() == figures)?;
    if figures < 2 {
        return None;
    }
    let last = names.last()?.clone();
    // The head noun: what follows, in the last name, the first name's last character
    // (`高技术制造业、装备制造业增加值` → 增加值), when short; else its last two (投资).
    const HEAD_STARTS: [&str; 7] = ["增加值", "投资", "营收", "收入", "产值", "占", "比重"];
    let after_shared = names[0]
        .chars()
        .last()
        .and_then(|c| last.find(c).map(|at| last[at + c.len_utf8()..].to_owned()))
        .filter(|tail| HEAD_STARTS.iter().any(|head| tail.starts_with(head)));
    let last_two: String = last.chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
    // Else its last two characters, when they are a head noun (投资, 企业); else nothing shared.
    let head = after_shared.unwrap_or_else(|| if ["投资", "企业", "产业", "收入", "营收", "产值"].contains(&last_two.as_str()) { last_two } else { String::new() });
    // A name with a head noun of its own (`规上工业增加值、规上服务业营收`) keeps it.
    const HEADS: [&str; 8] = ["增加值", "投资", "营收", "收入", "产值", "企业", "总额", "总值"];
    Some(names.into_iter().map(|name| if head.is_empty() || name.ends_with(&head) || HEADS.iter().any(|h| name.ends_with(h)) { name } else { format!("{name}{head}") }).collect())
}

/// What a number is, from the words before and after it: its indicator (or the clause
/// before's), how it is measured, and its signed value.
/// The verbs that count what was added in the year.
const ADDED: [&str; 14] = ["新增", "新认定", "新培育", "新入库", "新获批", "新获认定", "获认定", "净增", "培育", "创建", "新建", "获批", "获评", "新获评"];

fn reading_of(before: &str, whole: &str, after: &str, value: f64, class: UnitClass, previous: Option<&str>, listed_added: bool) -> Option<(String, Measure, f64)> {
    // `10家企业被认定为高新技术企业`: so many became the thing named after.
    if let Some(name) = named_after(after).filter(|_| class == UnitClass::Count) {
        return Some((name.to_owned(), Measure::Added, value));
    }
    // `同比增速分别为20.2%、…`: measured as without 分别.
    let trimmed = before.trim().trim_end_matches("分别为").trim_end_matches("分别");
    // `规模以上工业企业从1832户增加到3382户`: the first is where it started; the second, a
    // level (not a growth rate).
    // `从2020年的3.68万亿元增长到2025年的4.93万亿元`: the years named are the figures'.
    let bare = without_year(trimmed);
    if bare.ends_with('从') || bare.ends_with("由") {
        return None;
    }
    if let Some(at) = whole.rfind('从').or_else(|| whole.rfind('由')) {
        if TO.iter().any(|w| bare.ends_with(w)) {
            let name = indicator(&whole[..at]);
            let name = if name.is_empty() { previous?.to_owned() } else { name };
            return Some((name, Measure::Level, value));
        }
    }
    let down = ["下降", "减少", "回落"].iter().any(|w| trimmed.ends_with(w));
    let growth = down || ["增长", "增速为", "增速", "增幅", "增长率为", "上涨", "增长率达到", "增长率达", "增速达到", "增幅达到", "增幅为"].iter().any(|w| trimmed.ends_with(w));
    // `占规上工业的30%`, `占比55.1%`, `占…比重达到`: a share.
    let share = trimmed.contains('占') && (trimmed.contains("比重") || trimmed.contains("比例") || trimmed.ends_with(['占', '的']) || trimmed.ends_with("占比"));
    // `省内转化重大科技成果662项`, `建成…平台72个`: things done in the year are counted as
    // added (a stock is `达到`, `增至`, `共有`).
    let done = class == UnitClass::Count
        && DONE.iter().any(|w| trimmed.contains(w))
        && !["达到", "达", "增至", "共有", "拥有", "总数"].iter().any(|w| trimmed.contains(w));
    let added = listed_added || done || ADDED.iter().any(|w| trimmed.contains(w));
    let measure = if growth && class == UnitClass::Percent {
        Measure::Growth
    } else if share && class == UnitClass::Percent {
        Measure::Share
    } else if added && class == UnitClass::Count {
        Measure::Added
    } else if matches!(class, UnitClass::Amount | UnitClass::Count | UnitClass::Percent | UnitClass::Times) && !growth {
        Measure::Level
    } else {
        return None;
    };
    let indicator = indicator(trimmed);
    // `稳居全国前十强、增长4.8%`: a rank, not an indicator; the one before is meant.
    let indicator = if ["居", "前十", "第"].iter().any(|w| indicator.contains(w)) { String::new() } else { indicator };
    let indicator = match (indicator.is_empty(), previous) {
        // `新建15个国家卓越级智能工厂`: a count whose thing follows it.
        (true, _) if measure == Measure::Added => counted_after(after).or(previous)?.to_owned(),
        (true, _) => previous?.to_owned(),
        // `新认定国家高新技术企业208家，总数达到565家`: how many of the thing before.
        (false, Some(before)) if ["总数", "总量", "总计", "数量"].contains(&indicator.as_str()) => before.to_owned(),
        // `…达到9048万千瓦，占比55.1%`, `…3800亿元、占地区生产总值比重3.14%`: the share of
        // the thing before.
        (false, Some(before)) if indicator.starts_with('占') => format!("{before}{indicator}"),
        // `规模以上工业企业达7.6万家、增加值增长3%`, `规模以上工业主营业务收入增长10.2%，利润增长
        // 17%`: the same firms' value added, profit.
        (false, Some(before)) if OUTPUTS.contains(&indicator.as_str()) => {
            let subject = OUTPUTS.iter().find_map(|output| before.strip_suffix(output)).unwrap_or(before);
            format!("{}{indicator}", subject.trim_end_matches("企业"))
        }
        // `签订技术合同17280项，成交金额1520.53亿元`, `…合同金额46.3亿元`: the thing before's.
        (false, Some(before)) if ["成交金额", "成交额", "合同金额", "金额"].contains(&indicator.as_str()) => {
            let overlap = (1..=indicator.chars().count()).rev().map(|n| indicator.chars().take(n).collect::<String>()).find(|head| before.ends_with(head.as_str()));
            format!("{before}{}", &indicator[overlap.map_or(0, |head| head.len())..])
        }
        _ => indicator,
    };
    Some((indicator, measure, if down { -value } else { value }))
}

/// What the things counted became, when the words after the count say
/// (`企业被认定为“省级专精特新中小企业”`, `家企业获评…`).
fn named_after(after: &str) -> Option<&str> {
    let after = after.trim_start();
    // `3家企业通过省级“专精特新”项目认定`: what they passed as.
    if let Some((counted, passed)) = after.split_once("通过").filter(|(counted, passed)| counted.chars().count() <= 4 && passed.ends_with("认定")) {
        let name = passed.trim_end_matches("认定").trim_end_matches("项目").trim_matches(['“', '”', '"', ' ']);
        return (counted.chars().count() <= 4 && name.chars().count() >= 2 && !name.chars().any(|c| c.is_ascii_digit())).then_some(name);
    }
    let (at, word) = ["被认定为", "被评为", "获评", "被认定"].iter().find_map(|word| after.find(word).map(|at| (at, *word)))?;
    // Only the counted things' own word between (`企业`, `个项目`).
    let name = after[at + word.len()..].trim_matches(['“', '”', '"', ' ']);
    (after[..at].chars().count() <= 4 && name.chars().count() >= 2 && !name.chars().any(|c| c.is_ascii_digit())).then_some(name)
}

/// The thing a count names after its number, when the clause ends with it
/// (`新建15个国家卓越级智能工厂`): a noun of the things plans count, no other number.
fn counted_after(after: &str) -> Option<&str> {
    const THINGS: [&str; 16] = ["工厂", "企业", "平台", "中心", "基地", "园区", "项目", "车间", "实验室", "基站", "集群", "产品", "品牌", "标准", "场景", "机构"];
    let thing = after.trim().trim_start_matches("以上").trim_start();
    let plain = thing.chars().count() <= 20 && !thing.chars().any(|c| c.is_ascii_digit() || matches!(c, '、' | '，' | '（' | '('));
    (plain && THINGS.iter().any(|noun| thing.ends_with(noun))).then_some(thing)
}

/// `从…增长到…`: the verbs that end a span at a level.
const TO: [&str; 7] = ["增加到", "提高到", "增长到", "达到", "提升到", "提高至", "提升至"];

/// `…增长到2025年的`: the words without the year the figure after them is of.
fn without_year(words: &str) -> &str {
    let words = words.trim_end().trim_end_matches('的').trim_end().trim_end_matches('年').trim_end();
    let digits = words.chars().rev().take_while(char::is_ascii_digit).count();
    if digits == 4 { words[..words.len() - 4].trim_end() } else { words }
}

/// The verbs of things done in the year, counted as added (`认定科技型中小企业27家`,
/// `建成…平台72个`, `实施技改项目3个`); a stock is `达到`, `增至`, `共有`.
const DONE: [&str; 12] = ["转化", "建成", "建设", "引进", "培训", "举办", "认定", "落地", "签约", "入库", "实施", "新开工"];

/// What firms or an industry produce, named after a verb or alone after the firms.
const OUTPUTS: [&str; 10] = ["主营业务收入", "营业收入", "营收", "利润总额", "利润", "增加值", "产值", "税收", "销售收入", "投资"];

/// The words that end an indicator's name: how a figure is stated.
const VERBS: [&str; 40] = [
    "比上年", "较上年", "同比", "增长", "增速", "增幅", "下降", "减少", "达到", "达", "完成", "实现", "共有", "为", "总量", "突破", "超过", "提升至", "提升到", "提高到",
    "提高至", "净增", "累计", "增至", "增加至", "超", "预计", "逆势", "持续", "稳步", "大幅", "合计", "到位", "迈上", "跨越", "跃上", "首次", "保持", "同口径", "可比口径",
];

/// The indicator a clause names before its number: its first words up to the verb
/// (`全年规模以上工业增加值比上年增长` → `规模以上工业增加值`).
fn indicator(before: &str) -> String {
    let mut text = before.trim().trim_start_matches(['其', '中']).trim_start();
    // `三、工业和建筑业 工业 全年规模以上工业增加值`: a page's section heading run into the
    // sentence; the name is after it.
    if super::outline::heading(text).is_some() {
        text = text.rsplit([' ', '\u{a0}', '\u{3000}']).next().unwrap_or(text);
    }
    // `2025年全省地区生产总值…`: the year is the figure's, not part of its name.
    if let Some(&(0, _, _)) = years_with_positions(text).first() {
        text = text.split_once('年').map_or(text, |(_, rest)| rest).trim_start_matches(['，', ',']);
    }
    for lead in [
        "按可比价格计算", "预计", "全年", "年末", "年底", "截至年底", "全市", "全县", "全区", "全州", "全省", "全地区", "全社会", "实现", "完成", "登记", "有效期内", "接待", "共有",
        "拥有", "现有效", "现有", "有效", "成功", "通过认定", "自治州", "地方", "去年", "签订", "当年", "年内", "共计", "规模以上工业中", "规上工业中",
    ] {
        text = text.strip_prefix(lead).unwrap_or(text).trim_start();
    }

    // `累计培育…小巨人企业1528家`: what there is now; `累计达17万座`: the thing before's.
    if let Some(rest) = text.strip_prefix("累计").filter(|rest| !VERBS.iter().any(|verb| rest.starts_with(verb))) {
        text = rest;
    }
    // `净增高新技术企业22家`: the thing added is named after the verb.
    if let Some(rest) = ADDED.iter().find_map(|verb| text.strip_prefix(verb)).filter(|rest| !rest.is_empty() && !VERBS.iter().any(|verb| rest.starts_with(verb))) {
        text = rest;
    }
    // `（29个重点项目…），当年完成投资29亿元`: the output alone, whose it is the clause before says.
    if let Some(output) = ["实现", "完成"].iter().find_map(|verb| text.strip_prefix(verb)).map(str::trim).filter(|rest| OUTPUTS.contains(rest)) {
        return output.to_owned();
    }
    // `比上年增长7.8%`, `增长7.1%`: no indicator of its own (the clause before's).
    if VERBS.iter().any(|verb| text.starts_with(verb)) {
        return String::new();
    }
    let cut = VERBS.iter().filter_map(|word| text.find(word).filter(|&at| at > 0)).min().unwrap_or(text.len());
    // `规模以上工业企业约7.4万家`: about so many.
    let mut name = text[..cut].trim().trim_end_matches('约').to_owned();
    // `规模以上工业企业实现营业收入303.83亿元`: the firms' revenue, named after the verb.
    if let Some(rest) = ["实现", "完成"].iter().find_map(|verb| text[cut..].strip_prefix(verb)) {
        let rest = rest.trim();
        if OUTPUTS.iter().any(|output| rest.ends_with(output)) && !VERBS.iter().any(|verb| rest.contains(verb)) {
            name.push_str(rest);
        }
    }
    for lead in ADDED.iter().chain(&["建成", "建设", "认定", "评价入库", "入库", "滚动培育"]) {
        if let Some(rest) = name.strip_prefix(lead) {
            name = rest.to_owned();
        }
    }
    name
}

/// How many of the target's unit one of the figure's is (`1.28万家` for a target in 家:
/// 10,000); `None` when they measure different things.
pub fn scale(figure: &str, target: &str) -> Option<f64> {
    // Firms are counted in 家, 户 or 个 (the names agreeing says what is counted).
    if figure == target || (matches!(figure, "家" | "户" | "个") && matches!(target, "家" | "户" | "个")) {
        return Some(1.0);
    }
    // `7878万美元` for a target in 亿美元.
    if figure.strip_prefix('万').is_some_and(|rest| target.strip_prefix('亿') == Some(rest)) {
        return Some(0.0001);
    }
    if figure.strip_prefix('万') == Some(target) || (figure == "万亿元" && target == "亿元") {
        return Some(10_000.0);
    }
    if figure.strip_prefix('亿') == Some(target) {
        return Some(100_000_000.0);
    }
    // `1.7亿千瓦` for a target in 万千瓦.
    if figure.strip_prefix('亿').is_some_and(|rest| target.strip_prefix('万') == Some(rest)) {
        return Some(10_000.0);
    }
    None
}

/// How a target is observed, for the figures that can be its values.
fn fits(target: &Target, figure: &Figure) -> bool {
    let percent = target.unit == "%";
    let same = scale(&figure.unit, &target.unit).is_some();
    match (target.kind, figure.measure) {
        (TargetKind::AnnualGrowth, Measure::Growth) => true,
        (TargetKind::Level | TargetKind::Change, Measure::Share) => percent,
        (TargetKind::Level | TargetKind::Change, Measure::Level) => same,
        (TargetKind::PerYear | TargetKind::Cumulative, Measure::Added) => same,
        // `技术合同成交额21.8亿元`: money taken in a year is the year's flow.
        (TargetKind::PerYear | TargetKind::Cumulative, Measure::Level) => same && figure.unit.ends_with('元'),
        _ => false,
    }
}

/// The figures of `bulletin` that are values of `plan`'s targets, and the rest.
pub fn match_plan(bulletin: &Bulletin, plan: &Plan) -> (Vec<Matched>, Vec<Unmatched>) {
    let mut matched: Vec<Matched> = Vec::new();
    let mut unmatched = Vec::new();
    for figure in &bulletin.figures {
        if let Some(part) = &figure.part_year {
            unmatched.push(Unmatched { figure: figure.clone(), why: why(format!("只是部分月份（{part}），不作全年数值"), format!("a part of the year only ({part}), never the year's value")) });
            continue;
        }
        // `其中电子信息产业增长20.4%` after the value added's sentence: an industry's growth is
        // its value added's.
        // `2025年昆明地区生产总值…`, `西安市地区生产总值…`: the text's own place is no part of the name.
        let name = own_place_out(&figure.indicator, bulletin.region.as_deref().unwrap_or(&plan.region.zh));
        let implied = |target: &Target| figure.measure == Measure::Growth && names::is_targets_output(name, target);
        let mut named: Vec<&Target> = plan.targets.iter().filter(|target| target.sub_region.is_none() && (names::is_targets(name, target) || implied(target))).collect();
        // A district's figure of an indicator the plan sets for the city goes to the
        // district's own target of the same kind (`鄂城区工业增速` under the city's
        // `规上工业增加值增速`).
        if let (Some(place), Some(parent)) = (&figure.place, named.first().copied()) {
            let district = plan.targets.iter().find(|target| target.kind == parent.kind && target.unit == parent.unit && target.sub_region.as_deref().is_some_and(|d| place.contains(d) || d.contains(place.as_str())));
            if let Some(district) = district {
                named.insert(0, district);
            }
        }
        let Some(target) = named.iter().copied().find(|target| fits(target, figure) && place_fits(target, figure, plan)) else {
            let reason = match named.first() {
                Some(target) if !place_fits(target, figure, plan) => {
                    let place = figure.place.clone().unwrap_or_else(|| bulletin.region.clone().unwrap_or_default());
                    why(format!("是{place}的数值，目标“{}”不是", target.name.zh), format!("a figure of {place}, not of the target «{}»'s place", target.name.zh))
                }
                Some(target) => why(
                    format!("指标相同，但计量不同：目标“{}”单位为{}", target.name.zh, target.unit),
                    format!("the same indicator measured otherwise: the target «{}» is in {}", target.name.zh, target.unit),
                ),
                None => why(format!("没有名为“{}”的目标", figure.indicator), format!("no target is named «{}»", figure.indicator)),
            };
            unmatched.push(Unmatched { figure: figure.clone(), why: reason });
            continue;
        };
        let Some(year) = figure.year else {
            unmatched.push(Unmatched { figure: figure.clone(), why: why("文中没有年份", "the text names no year") });
            continue;
        };
        // `2024年我市R&D经费投入强度2.05%` in a 2025 bulletin, for a 2025 plan: another year's.
        let period = &plan.period;
        if !(period.start..=period.end).contains(&year) {
            let (start, end) = (period.start, period.end);
            unmatched.push(Unmatched { figure: figure.clone(), why: why(format!("{year}年的数值，不在规划期（{start}—{end}年）内"), format!("a figure of {year}, outside the plan's period ({start}–{end})")) });
            continue;
        }
        if matched.iter().any(|m| m.target == target.id && m.figure.year == Some(year)) {
            unmatched.push(Unmatched { figure: figure.clone(), why: why(format!("“{}”{year}年已有数值", target.name.zh), format!("«{}» already has a {year} value", target.name.zh)) });
            continue;
        }
        let mut reasons = vec![why(
            format!("指标“{}”即目标“{}”，单位{}", figure.indicator, target.name.zh, if figure.unit.is_empty() { "无" } else { &figure.unit }),
            format!("the indicator «{}» is the target «{}», in {}", figure.indicator, target.name.zh, if figure.unit.is_empty() { "no unit" } else { &figure.unit }),
        )];
        reasons.push(match figure.measure {
            Measure::Growth => why("比上年增长：当年增速", "growth on the year before: the year's rate"),
            Measure::Level => why("当年水平值", "the year's level"),
            Measure::Added => why("当年新增数", "added in the year"),
            Measure::Share => why("当年比重", "the year's share"),
        });
        if figure.looking_back && figure.unit == "%" {
            reasons.push(why("出自回顾五年的段落：比率可能是最近公布年份的，按估计值处理", "from a paragraph looking back over five years: a rate there may be the latest year published, so it is taken as an estimate"));
        }
        if bulletin.title.is_none() {
            reasons.push(why(format!("年份取自开头：{year}年"), format!("the year from the opening lines: {year}")));
        }
        // In the target's unit: `1.28万家` for a target in 家 is 12,800.
        let mut figure = figure.clone();
        if let Some(times) = scale(&figure.unit, &target.unit).filter(|times| *times != 1.0) {
            reasons.push(why(format!("{}{}即{}{}", figure.value, figure.unit, crate::i18n::number(figure.value * times, 4), target.unit), format!("{} {} is {} {}", figure.value, figure.unit, crate::i18n::number(figure.value * times, 4), target.unit)));
            figure.value = (figure.value * times * 1e6).round() / 1e6;
            figure.unit = target.unit.clone();
        }
        matched.push(Matched { target: target.id.clone(), figure, why: reasons });
    }
    (matched, unmatched)
}

/// What `planmeter actuals` and the configurator's tab give: the data file (in the shape
/// widgets take: `{"source": {…}, "values": {"<target id>": {"<year>": …}}}`) and the
/// review of each value and of each figure left over. An error for a text with no
/// figures, or one about another region than the plan's.
pub fn actuals(text: &str, plan: &Plan) -> Result<(serde_json::Value, serde_json::Value), String> {
    let bulletin = read_bulletin(text);
    if bulletin.figures.is_empty() {
        return Err("no figures found (is it a statistical bulletin or a work report, in UTF-8?)".to_owned());
    }
    if let Some(region) = &bulletin.region {
        let own = &plan.region.zh;
        let province_of = own.ends_with('省') && region.ends_with('省');
        if !same_place(own, region) && !province_of {
            return Err(format!("the text reports on {region}, the plan `{}` is {own}'s: its figures are not this plan's", plan.id));
        }
    }
    let (matched, unmatched) = match_plan(&bulletin, plan);
    let mut values = serde_json::Map::new();
    for value in &matched {
        let Some(year) = value.figure.year else { continue };
        let entry = values.entry(value.target.clone()).or_insert_with(|| serde_json::json!({}));
        let mut observed = serde_json::json!({ "value": value.figure.value });
        if let Some(flag) = value.figure.flag {
            observed["flag"] = serde_json::json!(crate::json::Named::name(flag));
        }
        entry[year.to_string()] = observed;
    }
    let mut source = serde_json::json!({});
    if let Some(title) = &bulletin.title {
        source["name"] = serde_json::json!(title);
    }
    let data = serde_json::json!({ "source": source, "values": values });
    let figure = |figure: &Figure| {
        serde_json::json!({
            "quote": figure.quote, "value": figure.value, "unit": figure.unit, "year": figure.year, "indicator": figure.indicator,
            "number": [figure.number.start, figure.number.end], "partOfYear": figure.part_year, "place": figure.place,
        })
    };
    let review = serde_json::json!({
        "year": bulletin.year,
        "region": bulletin.region,
        "matched": matched.iter().map(|m| serde_json::json!({ "target": m.target, "figure": figure(&m.figure), "why": m.why })).collect::<Vec<_>>(),
        "unmatched": unmatched.iter().map(|u| serde_json::json!({ "figure": figure(&u.figure), "why": u.why })).collect::<Vec<_>>(),
    });
    Ok((data, review))
}
