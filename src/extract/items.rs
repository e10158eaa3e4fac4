//! Items: the targets a clause states. Which of its numbers are targets (`not_a_target`),
//! and for each what kind of target it is, its comparison, value and subject (`item_from`);
//! targets stated in words (`全覆盖`, `零的突破`, `翻一番`); one number said of several
//! frequencies.

use super::names::{coverage_items, item_name, list_items, place_subject, strip_lead, subject_name};
use super::numbers::{digit_value, quantities, Quantity, UnitClass};
use super::sentence::{years_with_positions, SentenceContext};
use super::text::{ends_with_any, is_han, starts_with_any};
use super::why;
use super::words::{ACTION_VERBS, ADDING_VERBS, BEFORE, CHANGE_DOWN, CHANGE_UP, CITING_WORDS, DOCUMENT_PARTS, FREQUENCIES, GROWTH_WORDS, LEVEL_WORDS, NEW_VERBS, POLICY_WORDS, REFERENCE_WORDS, RELATIVE_WORDS};
use crate::catalog::{Baseline, Bilingual, ChangeIn, Comparison, TargetKind};

/// One target read from a clause, before it gets its place in the plan.
#[derive(Clone, Debug)]
pub(super) struct Item {
    /// Byte range in the clause.
    pub(super) quote: (usize, usize),
    pub(super) name: String,
    pub(super) unit: String,
    pub(super) kind: TargetKind,
    pub(super) comparison: Comparison,
    pub(super) value: Option<f64>,
    pub(super) range: Option<[f64; 2]>,
    pub(super) baseline: Option<Baseline>,
    pub(super) change_in: Option<ChangeIn>,
    pub(super) relative_to: Option<String>,
    pub(super) deadline: Option<i32>,
    pub(super) place: Option<String>,
    /// The clause starts with its predicate: the subject is in the clause before.
    pub(super) needs_subject: bool,
    /// The kind was a default; the clause before may say better.
    pub(super) kind_from_previous: bool,
    pub(super) subject_list: Vec<String>,
    /// A coverage target: its listed subjects are things covered, not places.
    pub(super) covered: bool,
    /// The quote starts at this offset of the sentence: the clause before holds the
    /// subjects (`A和B…,分别…`).
    pub(super) from_before: Option<usize>,
    /// Times a year the stated count happens (`每季度…1次` → 4), 1 otherwise.
    per: f64,
    pub(super) confidence: f64,
    pub(super) reasons: Vec<Bilingual>,
}

impl Item {
    /// The word to name a district's target by: its growth, its share, its count.
    pub(super) fn measure_word(&self) -> &'static str {
        match (self.kind, self.unit.as_str()) {
            (TargetKind::AnnualGrowth, _) | (TargetKind::Relative, _) => "增速",
            (_, "%") => "比重",
            _ => "",
        }
    }

    /// An item stated in words: its quote's byte range in the clause, what it states, and
    /// why; no subject, name or deadline yet.
    pub(super) fn worded(quote: (usize, usize), kind: TargetKind, comparison: Comparison, value: f64, unit: &str, reasons: Vec<Bilingual>, confidence: f64) -> Item {
        Item {
            quote,
            name: String::new(),
            unit: unit.to_owned(),
            kind,
            comparison,
            value: Some(value),
            range: None,
            baseline: None,
            change_in: None,
            relative_to: None,
            deadline: None,
            place: None,
            needs_subject: false,
            kind_from_previous: false,
            subject_list: Vec::new(),
            covered: false,
            from_before: None,
            per: 1.0,
            confidence,
            reasons,
        }
    }
}

/// The verb that makes a count an addition over the period: the last verb of adding
/// before the number, with no level word after it (`实施信息化改造累计达到400家` is a
/// level; `力争创建…中心1家` an addition).
fn adding_verb(lead: &str) -> Option<&'static str> {
    let lead = strip_lead(lead);
    if let Some(verb) = NEW_VERBS.iter().find(|verb| lead.trim_start_matches(['累', '计', '共', '再']).starts_with(**verb)) {
        return (!lead.contains("达到") && !lead.contains("总数")).then_some(verb);
    }
    let (at, verb) = ADDING_VERBS.iter().chain(NEW_VERBS.iter()).filter_map(|v| lead.rfind(v).map(|at| (at, *v))).max_by_key(|(at, _)| *at)?;
    let rest = &lead[at + verb.len()..];
    (!["达到", "累计", "总数", "达", "突破", "超过", "保持"].iter().any(|w| rest.contains(w)) && !lead[..at].contains("累计")).then_some(verb)
}

/// The items of a clause: one per number that may be a target (split at `、` where each
/// part states its own), else the targets it states in words.
pub(super) fn read_clause(clause: &str, context: &SentenceContext) -> Vec<Item> {
    // `《专项规划》包括…等7个部分`: a sentence about a document, not a goal.
    // But `《规划》要求到2025年…提高到95`: a goal the document sets, framed by its name.
    let framed = clause.trim().starts_with('《') && ["》要求", "》提出", "》明确", "》确定", "》设定", "》指出"].iter().any(|w| clause.contains(w));
    // `资助250名技能型人才出国培训` counts people funded: a goal, where no money is named.
    let policy = POLICY_WORDS.iter().any(|w| (clause.contains('元') || *w != "资助") && clause.contains(w));
    // `安排省级财政资金1042.8亿元`: a budget, not a goal.
    let budget = clause.contains("资金") && ["安排", "下达", "拨付", "统筹"].iter().any(|w| clause.contains(w));
    if policy || budget || starts_with_any(clause.trim(), &CITING_WORDS) || (clause.trim().starts_with('《') && !framed) {
        return Vec::new();
    }
    let quantities = quantities(clause);
    let mut items = Vec::new();
    // Segments: the clause split at 、 where the part before states its own number.
    let mut segment_start = 0;
    let mut candidates: Vec<(usize, &Quantity)> = Vec::new();
    for (index, quantity) in quantities.iter().enumerate() {
        if not_a_target(clause, quantity, &quantities, index).is_some() {
            continue;
        }
        candidates.push((index, quantity));
    }
    for (position, &(_, quantity)) in candidates.iter().enumerate() {
        // The item ends at the 、 or 和 before the next candidate, or at the clause end.
        let next_start = candidates.get(position + 1).map(|(_, q)| q.start);
        let end = match next_start {
            Some(next) => clause[quantity.end..next].find(['、', '和', '及']).map_or(next, |e| quantity.end + e),
            None => clause.len(),
        };
        let end = if end == clause.len() { clause.trim_end().len() } else { end };
        if let Some(item) = item_from(clause, segment_start, end, quantity, context) {
            items.push(item);
        }
        segment_start = match clause[end..].chars().next() {
            Some(separator @ ('、' | '和' | '及')) => end + separator.len_utf8(),
            _ => end,
        };
    }
    // Number words: 全覆盖, 零的突破, 全部完成, a bare comparison with an average.
    if candidates.is_empty() {
        items.extend(worded_items(clause, context));
    } else if let [item] = items.as_mut_slice() {
        // `市政府每季度、市经信委每月进行一次…`: one number, several frequencies.
        let copy = item.clone();
        let split = split_frequencies(copy, clause);
        if split.len() > 1 {
            items = split;
        }
    }
    items
}

/// Why a number is not a target (or None when it may be one).
fn not_a_target(clause: &str, quantity: &Quantity, all: &[Quantity], index: usize) -> Option<&'static str> {
    let after = &clause[quantity.end..];
    let before = &clause[..quantity.start];
    let next = after.chars().next();
    // `5亿元以上项目`, `过千万元的增长点`, `超100亿元企业`: an amount that says which
    // things are meant, followed by those things.
    let stated = ends_with_any(before, &["不低于", "不少于", "不超过", "达到", "控制在", "达"]);
    // `8%、10%和12%`: a number joined to the next one names nothing.
    let joined = starts_with_any(after, &["和", "及", "与"]) && after.chars().nth(1).is_some_and(|c| digit_value(c).is_some());
    // `年均保持8%的增长速度`, `每年保持着20%以上的增速`: the rate of growth is the goal.
    let rate_of_growth = starts_with_any(after.trim_start_matches("以上"), &["的增长速度", "的增速", "的年均增速", "的年均增长"]);
    let describes = next.is_some_and(|c| is_han(c) || c == '“') && !joined && !rate_of_growth && !starts_with_any(after, &["的目标", "目标", "规模", "以上", "左右", "大关", "量级", "台阶"])
        && (!stated || after.starts_with('的'));
    // `90%以上城镇家庭具备千兆接入能力`: a share of the things that follow is a target.
    // `90%以上城镇家庭具备…`, `力争50%以上的规上工业企业…`: a share of the things that
    // follow is a target (but `增长10%以上的企业` names which firms).
    let share = quantity.class == UnitClass::Percent
        && quantity.after.is_some()
        && (!after.starts_with('的') || strip_lead(before).is_empty());
    match quantity.class {
        UnitClass::Amount | UnitClass::Percent | UnitClass::Points if describes && !quantity.grade && !share => return Some("describes what follows"),
        UnitClass::Amount if quantity.grade && all.iter().enumerate().any(|(i, q)| i != index && !q.grade && q.class == UnitClass::Count) => {
            return Some("a size class of the things counted")
        }
        _ => {}
    }
    if describes && after.starts_with('的') && !share && !rate_of_growth {
        return Some("describes what follows");
    }
    // `过千万元的增长点`, `超100亿元企业`, `过10亿元、过亿元…的`; but `营业收入超3000亿元`
    // ends its clause: a target.
    if ((before.ends_with('过') && !before.ends_with("超过")) || before.ends_with('超')) && !after.trim().is_empty() {
        return Some("a threshold (过/超 a number)");
    }
    if let Some(why) = a_fact(clause, before, after, quantity) {
        return Some(why);
    }
    // `提出3项指标`, `围绕…3条主线`, `涉及10个责任单位`: the document counts its own parts.
    // `梳理重点任务120项`: the same, the parts named before their number.
    let listing = ["梳理", "分解", "细化", "列出", "提出", "明确", "制定", "确定", "涉及"].iter().any(|verb| before.contains(verb));
    if matches!(quantity.class, UnitClass::Count | UnitClass::Times)
        && (starts_with_any(after.trim_start_matches('大'), &DOCUMENT_PARTS) || (listing && ends_with_any(before.trim_end_matches(['共', '计']), &DOCUMENT_PARTS)))
    {
        return Some("a count of the document's own parts");
    }
    // `出台了22条重点任务`: 了 marks what is done, not what is aimed at.
    // But `提出了“到2025年，…”的目标` quotes a goal.
    if before.match_indices('了').any(|(at, _)| !ends_with_any(&before[..at], &["为", "除"]) && !before[at..].contains('“')) {
        return Some("a completed action (…了)");
    }
    // `从2014年的0.68%提升到1.0%`: the first is the baseline — also where the text stops
    // before the goal (`从2020年640万户提高到`).
    if ends_with_any(before, &["年的", "从"]) && all.get(index + 1).is_some() {
        return Some("a baseline");
    }
    if before.rfind('从').is_some_and(|at| {
        let since = &before[at + '从'.len_utf8()..];
        since.chars().count() <= 8 && (since.ends_with('年') || since.ends_with("年的") || since.ends_with("年底"))
    }) {
        return Some("a baseline");
    }
    if quantity.class == UnitClass::Time && !is_short_predicate(after) && quantity.after.is_none() && !before.ends_with("控制在") {
        return Some("a duration");
    }
    None
}

/// Numbers that state a fact, not a goal: a count that is not whole (`11.121人才梯队项目`, a
/// heading's number), a rank, a page's counter, how things stand, the places a count names.
fn a_fact(clause: &str, before: &str, after: &str, quantity: &Quantity) -> Option<&'static str> {
    // `11.121人才梯队项目`: a heading's number before a programme's; things are counted whole.
    // (A rate per people or per amount is not a count: `每万人口…3.3件`, `0.6人/百亿元`.)
    let rate = clause.contains('每') || clause.contains('/') || clause.contains("拥有量") || quantity.unit.contains('/');
    if quantity.class == UnitClass::Count && quantity.value.fract() != 0.0 && !quantity.unit.starts_with(['万', '亿']) && !rate {
        return Some("a count that is not whole");
    }
    // A rank (`跻身…第11位`), a page's counters (`已有0人发表了评论`), a comparison of
    // how things stand (`是广东的1.3倍`, `比发达国家低15个百分点`): facts, not goals.
    let ranked = ["跻身", "位居", "排名", "排在", "名列"].iter().any(|w| clause.contains(w)) || (clause.contains('第') && (clause.contains('位') || clause.contains('名')) && before.contains('第'));
    let furniture = ["发表了评论", "人评论", "次浏览", "人阅读", "阅读量", "点赞", "人收藏"].iter().any(|w| clause.contains(w));
    let standing = (quantity.unit == "倍" && before.contains('是') && before.trim_end().ends_with('的')) || (before.contains('比') && ["低", "少"].iter().any(|w| before.trim_end().ends_with(w)));
    if ranked || furniture || standing {
        return Some("a fact: a rank, a page counter or how things stand");
    }
    // `我省76个县(市)主导产业总产值将达…`: the count says which places; the goal follows.
    if quantity.class == UnitClass::Count && starts_with_any(after, &["县", "市", "区", "乡", "镇", "村", "省"]) && ["将达", "达到", "突破", "超过"].iter().any(|w| after.contains(w)) {
        return Some("the places meant");
    }
    None
}

/// A short verb phrase ending the item (`1天应答`, `5天办结`, `企业上云`).
fn is_short_predicate(text: &str) -> bool {
    let head: String = text.chars().take_while(|c| !matches!(c, '、' | ',' | '，' | '；' | ';')).collect();
    let count = head.chars().count();
    count == 0 || (count <= 4 && head.chars().all(is_han) && !head.contains('的'))
}

/// The item of `clause[start..end]` for the number `quantity` in it: its comparison, kind,
/// value, subject and name, each guess with its reason.
fn item_from(clause: &str, start: usize, end: usize, quantity: &Quantity, context: &SentenceContext) -> Option<Item> {
    let segment = &clause[start..end];
    let before = &clause[start..quantity.start];
    let number = NumberInClause { clause, start, before, lead: before.trim_start_matches(|c: char| c.is_whitespace()), quantity };
    let mut reasons = Vec::new();
    let (comparison, worded) = read_comparison(&number, &mut reasons);
    let confidence = first_confidence(segment, quantity, worded);
    let reading = read_kind(&number, context, comparison, worded, &mut reasons);
    // A subject missing here is in the clause before.
    let subject = strip_lead(number.lead);
    let (range, value) = match quantity.high {
        Some(high) => (Some([quantity.value, high]), None),
        None => (None, Some(reading.value)),
    };
    Some(Item {
        quote: (start + (segment.len() - segment.trim_start().len()), end),
        name: item_name(segment, quantity, start),
        unit: reading.unit,
        kind: reading.kind,
        comparison: if quantity.high.is_some() { Comparison::Range } else { reading.comparison },
        value,
        range,
        baseline: reading.baseline,
        change_in: reading.change_in,
        relative_to: reading.relative_to,
        deadline: None,
        place: place_subject(subject),
        needs_subject: needs_subject(subject, clause, quantity),
        kind_from_previous: reading.kind_from_previous,
        subject_list: listed_subjects(subject, quantity),
        covered: false,
        from_before: None,
        per: reading.per,
        confidence,
        reasons,
    })
}

/// A number and the words of its item around it: what each step of reading the item
/// looks at.
struct NumberInClause<'c> {
    clause: &'c str,
    /// Where the item starts in the clause.
    start: usize,
    /// The item's words before the number.
    before: &'c str,
    /// `before` without the white space it starts with.
    lead: &'c str,
    quantity: &'c Quantity,
}

/// The comparison a number is stated with — a range, a word after it (`20家以上`) or
/// before it (`不少于20家`), else at least — and whether a word states it.
fn read_comparison(number: &NumberInClause, reasons: &mut Vec<Bilingual>) -> (Comparison, bool) {
    let NumberInClause { clause, before, quantity, .. } = *number;
    let before_word = BEFORE.iter().find(|(w, _)| before.trim_end().ends_with(w));
    let comparison = match (quantity.high, quantity.after, before_word) {
        (Some(_), _, _) => {
            reasons.push(why("区间", "a range"));
            Comparison::Range
        }
        (None, Some(c), _) => {
            reasons.push(why(format!("数字后有«{}»", suffix_word(clause, quantity)), format!("«{}» after the number", suffix_word(clause, quantity))));
            c
        }
        (None, None, Some((word, c))) => {
            reasons.push(why(format!("数字前有«{word}»"), format!("«{word}» before the number")));
            *c
        }
        (None, None, None) => {
            reasons.push(why("没有比较词：按“至少”理解", "no comparison word: read as at least"));
            Comparison::AtLeast
        }
    };
    (comparison, quantity.after.is_some() || before_word.is_some())
}

/// How sure the reading of an item is before its place in the plan is known: surer when a
/// word states the comparison (or a range does) and when the item has a verb, less sure
/// of a Chinese numeral.
fn first_confidence(segment: &str, quantity: &Quantity, worded: bool) -> f64 {
    let mut confidence: f64 = 0.45;
    if worded || quantity.high.is_some() {
        confidence += 0.2;
    }
    let verb = ACTION_VERBS.iter().chain(LEVEL_WORDS.iter()).chain(GROWTH_WORDS.iter()).find(|v| segment.contains(**v));
    if verb.is_some() {
        confidence += 0.1;
    }
    if quantity.chinese {
        confidence -= 0.1;
    }
    confidence
}

/// What the words around a number make of it: the kind of target, and what the kind
/// changes of the number as written (a fall's sign, a count a year, the unit of a change,
/// the baseline, the quantity compared with).
struct KindReading {
    kind: TargetKind,
    value: f64,
    comparison: Comparison,
    unit: String,
    change_in: Option<ChangeIn>,
    relative_to: Option<String>,
    baseline: Option<Baseline>,
    /// No verb of its own: the item before may say the kind better.
    kind_from_previous: bool,
    /// Times a year the stated count happens (`每季度…1次` → 4), 1 otherwise.
    per: f64,
}

impl KindReading {
    /// A fall (`下降3%`, `年均下降…`): the value is negative, and at least 3 down is at most −3.
    fn fall(&mut self) {
        self.value = -self.value;
        self.comparison = match self.comparison {
            Comparison::AtLeast => Comparison::AtMost,
            Comparison::AtMost => Comparison::AtLeast,
            other => other,
        };
    }
}

/// The kind of target a number is, by the words before it, with what the kind changes;
/// then `每年` makes a level a yearly one, and a size class (`百亿级`) is a level whatever
/// the words.
fn read_kind(number: &NumberInClause, context: &SentenceContext, comparison: Comparison, worded: bool, reasons: &mut Vec<Bilingual>) -> KindReading {
    let NumberInClause { clause, start, before, quantity, .. } = *number;
    let mut reading = KindReading {
        kind: TargetKind::Level,
        value: quantity.value,
        comparison,
        unit: quantity.unit.clone(),
        change_in: None,
        relative_to: None,
        baseline: None,
        kind_from_previous: false,
        per: 1.0,
    };
    reading.kind = kind_by_words(&mut reading, number, context, worded, reasons);
    if reading.kind == TargetKind::Level && (before.contains("每年") || clause[..start].contains("每年")) {
        reasons.push(why("«每年»：逐年考核", "«每年»: each year on its own"));
        reading.kind = TargetKind::PerYear;
    }
    if quantity.grade {
        reading.unit = quantity.unit.clone();
        reasons.push(why("规模等级（…级）：要达到的规模，按水平理解", "a size class («…级»): the size to reach, a level"));
        reading.kind = TargetKind::Level;
    }
    reading
}

/// The kind the words before a number say, the first that holds: compared with another
/// quantity, an average yearly growth, a change (or a level reached by one), a count per
/// period, each year's figure, a growth rate, an addition over the period, a time limit,
/// else a level.
fn kind_by_words(reading: &mut KindReading, number: &NumberInClause, context: &SentenceContext, worded: bool, reasons: &mut Vec<Bilingual>) -> TargetKind {
    let NumberInClause { clause, start, before, lead, quantity } = *number;
    let down = last_change_verb(before, &CHANGE_DOWN);
    let up = last_change_verb(before, &CHANGE_UP);
    if let Some((word, at)) = compared_with(before) {
        reading.relative_to = Some(before[at..].trim_end_matches(|c: char| !is_han(c) || "的".contains(c)).to_owned());
        reasons.push(why(format!("«{word}»另一指标：按高出的差值理解"), format!("«{word}» another quantity: a margin over it")));
        return TargetKind::Relative;
    }
    if before.contains("年均") && matches!(quantity.class, UnitClass::Percent) {
        reasons.push(why("«年均»加增速：年均增长", "«年均» with a rate: an average yearly growth"));
        if down.is_some() {
            reading.fall();
        }
        return TargetKind::AnnualGrowth;
    }
    if let (Some(word), true) = (down.or(up), matches!(quantity.class, UnitClass::Percent | UnitClass::Points)) {
        return change_kind(reading, number, word, down.is_some(), reasons);
    }
    let frequency = FREQUENCIES.iter().find(|(w, _)| before.contains(w) || clause[..start].contains(w) && w != &"每年");
    if let Some((word, times)) = frequency.filter(|_| matches!(quantity.class, UnitClass::Times | UnitClass::Count)) {
        if *times > 1.0 && quantity.class == UnitClass::Times {
            reading.value *= times;
            reading.per = *times;
            reasons.push(why(
                format!("«{word}»{}：每年{}", number_text(quantity.value), number_text(reading.value)),
                format!("«{word}» {}: {} a year", number_text(quantity.value), number_text(reading.value)),
            ));
        } else {
            reasons.push(why(format!("«{word}»：逐年考核"), format!("«{word}»: each year on its own")));
        }
        return TargetKind::PerYear;
    }
    if before.contains("年度") || (context.per_year && before.contains("每年")) {
        reasons.push(why("«年度»/«每年»：逐年考核", "«年度»/«每年»: each year on its own"));
        return if quantity.class == UnitClass::Percent && before.contains("增速") { TargetKind::AnnualGrowth } else { TargetKind::PerYear };
    }
    if matches!(quantity.class, UnitClass::Percent) && GROWTH_WORDS.iter().any(|g| before.contains(g)) && !before.contains("比重") && !before.contains("占") {
        reasons.push(why("增速：按当年增速理解", "a growth rate: read as the yearly growth"));
        return TargetKind::AnnualGrowth;
    }
    if let Some(verb) = adding_verb(lead).filter(|_| matches!(quantity.class, UnitClass::Count | UnitClass::Amount | UnitClass::Times)) {
        reasons.push(why(format!("«{verb}»加数量：新增数，规划期内累计"), format!("«{verb}» with a count: added, summed over the period")));
        return TargetKind::Cumulative;
    }
    if quantity.class == UnitClass::Time {
        reading.comparison = if worded { reading.comparison } else { Comparison::AtMost };
        reasons.push(why("时限：不超过", "a time limit: at most"));
        return TargetKind::Level;
    }
    // `新认定…20家、国家科技型中小企业260家以上`: no verb of its own, it shares the one before.
    let own = place_subject(strip_lead(lead)).map_or(before, |place| before.split_once(place.as_str()).map_or(before, |(_, rest)| rest));
    reading.kind_from_previous = !ACTION_VERBS.iter().chain(LEVEL_WORDS.iter()).chain(GROWTH_WORDS.iter()).any(|v| own.contains(v));
    reasons.push(why("要达到的数值：期限时的水平", "a value to reach: a level by the deadline"));
    TargetKind::Level
}

/// A change verb counts when it is the last word that sets the value: `比重提高5个
/// 百分点`, not `增加值占…比重稳定在32%` (增加值 is a noun; 稳定在 sets a level).
fn last_change_verb(before: &str, words: &[&'static str]) -> Option<&'static str> {
    let (at, word) = words.iter().filter_map(|w| last_verb_at(before, w).map(|at| (at, *w))).max_by_key(|(at, _)| *at)?;
    let rest = &before[at + word.len()..];
    (!["稳定在", "保持在", "达到", "控制在", "不低于", "不少于", "超过", "突破"].iter().any(|w| rest.contains(w))).then_some(word)
}

/// `高于全市…平均水平1个百分点`: the quantity compared with sits between the word and
/// the number (`增速不低于12%` compares with nothing). The word, and where the quantity
/// compared with starts.
fn compared_with(before: &str) -> Option<(&'static str, usize)> {
    RELATIVE_WORDS.iter().find_map(|w| {
        let at = before.find(w)? + w.len();
        let reference = &before[at..];
        REFERENCE_WORDS.iter().any(|r| reference.contains(r)).then_some((*w, at))
    })
}

/// A percent or points after a verb of change (`提高`, `下降`): a level reached
/// (`提高到…`), a growth rate (`增速…`), or a change over the period.
fn change_kind(reading: &mut KindReading, number: &NumberInClause, word: &str, falls: bool, reasons: &mut Vec<Bilingual>) -> TargetKind {
    let NumberInClause { clause, start, before, quantity, .. } = *number;
    if before.ends_with("到") || before.ends_with("至") {
        reasons.push(why(format!("«{word}到»某值：期末水平"), format!("«{word}到» a value: a level")));
        if let Some(base) = baseline_before(clause, start, quantity) {
            reading.baseline = Some(Baseline { year: base.0, value: base.1 });
            reasons.push(why("起点数值为基期值", "the value it starts from is the baseline"));
        }
        return TargetKind::Level;
    }
    if GROWTH_WORDS.iter().any(|g| before.ends_with(g) || before.contains("增速") || before.contains("增幅")) && quantity.class == UnitClass::Percent && !falls && !before.contains("比重") && !before.contains("占比") {
        reasons.push(why("增速前无«年均»：按当年增速理解", "a growth rate without «年均»: read as the yearly growth"));
        return TargetKind::AnnualGrowth;
    }
    reading.change_in = Some(if quantity.class == UnitClass::Points || before.contains("比重") || before.contains("占比") || before.contains('率') { ChangeIn::Points } else { ChangeIn::Percent });
    if quantity.class == UnitClass::Points {
        reading.unit = "个百分点".into();
    }
    if falls {
        reading.fall();
    }
    reasons.push(why(format!("«{word}»若干：规划期内的变化"), format!("«{word}» by a number: a change over the period")));
    TargetKind::Change
}

/// Whether an item's subject is missing and so in the clause before: nothing but a
/// comparison word, or a predicate (`每年新增…`, `增速…`) with no noun after the number.
fn needs_subject(subject: &str, clause: &str, quantity: &Quantity) -> bool {
    subject.is_empty() || BEFORE.iter().any(|(w, _)| subject == *w) || RELATIVE_WORDS.iter().any(|w| subject.starts_with(w))
        || starts_with_any(subject, &["每年新增", "新增", "年均", "增速", "总数"]) && !has_noun_after(clause, quantity)
}

/// The subjects an item lists, a target each, or none.
fn listed_subjects(subject: &str, quantity: &Quantity) -> Vec<String> {
    // `A、B等各类创新平台达到50家` counts them together; `A、B增速快于…` is each.
    // `打造A、B两个集群` counts what it lists: the list is the object, not subjects.
    let counted = matches!(quantity.class, UnitClass::Count | UnitClass::Amount | UnitClass::Times)
        && (subject.contains('等')
            || ACTION_VERBS.iter().any(|verb| subject.split('、').next().is_some_and(|head| head.contains(verb)))
            || subject.split('、').count() as f64 == quantity.value);
    if counted {
        return Vec::new();
    }
    list_items(subject)
}

/// Where `verb` last occurs in `text` as a verb: not as part of a noun (增加值, 增长点,
/// 增长极).
fn last_verb_at(text: &str, verb: &str) -> Option<usize> {
    text.match_indices(verb).map(|(at, _)| at).filter(|&at| !text[at + verb.len()..].starts_with(['值', '点', '极'])).last()
}

/// The last two characters of a quantity — its comparison word (`以上`) — for the reasons.
fn suffix_word<'a>(clause: &'a str, quantity: &Quantity) -> &'a str {
    let unit_end = clause[..quantity.end].char_indices().rev().nth(1).map_or(quantity.end, |(i, _)| i);
    &clause[unit_end.min(quantity.end)..quantity.end]
}

/// A number as the reasons write it: at most two decimals.
fn number_text(value: f64) -> String {
    crate::json::format_decimal(value, 2)
}

/// `…从2014年的0.68%提升到…`: the baseline year and value.
fn baseline_before(clause: &str, start: usize, quantity: &Quantity) -> Option<(i32, f64)> {
    let before = &clause[start..quantity.start];
    let from = before.find('从')?;
    let years = years_with_positions(&before[from..]);
    let (_, year, _) = years.first()?;
    let earlier = quantities(&before[from..]);
    let first = earlier.first()?;
    Some((*year, first.value))
}

/// Whether a Chinese character follows the quantity: the thing counted, named after it.
fn has_noun_after(clause: &str, quantity: &Quantity) -> bool {
    clause[quantity.end..].chars().next().is_some_and(is_han)
}

/// Targets stated by words, not digits: coverage (100%), a first (at least 1), completion
/// (100%), or a bare comparison with another quantity (a margin of at least 0).
fn worded_items(clause: &str, context: &SentenceContext) -> Vec<Item> {
    let trimmed = clause.trim();
    let offset = clause.len() - clause.trim_start().len();
    let stated = coverage_item(trimmed, offset)
        .or_else(|| doubling_item(trimmed, offset))
        .or_else(|| first_one_item(trimmed, offset))
        .or_else(|| completion_item(trimmed, offset, context));
    if let Some(item) = stated {
        return vec![item];
    }
    let compared = compared_items(trimmed, offset);
    if compared.is_empty() {
        return same_pace_item(trimmed, offset).into_iter().collect();
    }
    compared
}

/// `居民收入增长与经济增长同步`, `人均地区生产总值增速与省持平`: the same as another
/// quantity, a margin of about 0.
fn same_pace_item(trimmed: &str, offset: usize) -> Option<Item> {
    let (with, word) = ["同步", "持平"].iter().find_map(|word| {
        let end = trimmed.rfind(word)?;
        let with = trimmed[..end].rfind('与')?;
        (trimmed[end + word.len()..].trim().is_empty()).then_some((with, *word))
    })?;
    let end = trimmed.rfind(word)? + word.len();
    let reference = trimmed[with + '与'.len_utf8()..end - word.len()].trim_start_matches("基本").trim_end_matches("基本");
    if reference.is_empty() || reference.chars().count() > 16 {
        return None;
    }
    let reasons = vec![why(format!("«与…{word}»：与另一指标相同，差值约为0"), format!("«与…{word}»: the same as another quantity, a margin of about 0"))];
    let mut item = Item::worded((offset, offset + end), TargetKind::Relative, Comparison::About, 0.0, "个百分点", reasons, 0.5);
    item.relative_to = Some(reference.to_owned());
    let subject = strip_lead(&trimmed[..with]);
    item.name = subject.chars().take(24).collect();
    item.needs_subject = subject.is_empty();
    Some(item)
}

/// Coverage: 100% of what is named covered.
fn coverage_item(trimmed: &str, offset: usize) -> Option<Item> {
    // `…全覆盖`, `实现…覆盖`, also `…全覆盖和…` (the next object is another matter).
    let coverage_end = trimmed
        .match_indices("全覆盖")
        .map(|(at, w)| at + w.len())
        .find(|&end| trimmed[end..].is_empty() || starts_with_any(&trimmed[end..], &["和", "、", "及"]))
        .or_else(|| (trimmed.ends_with("覆盖") && trimmed.contains("实现")).then_some(trimmed.len()));
    let end = coverage_end.filter(|&end| !trimmed[..end].contains('的'))?;
    let mut reasons = vec![why("«覆盖»：覆盖率100%", "«覆盖»: coverage, 100%")];
    let comparison = if trimmed.contains("基本") { reasons.push(why("«基本»：约等于", "«基本»: about")); Comparison::About } else { Comparison::Exactly };
    let mut item = Item::worded((offset, offset + end), TargetKind::Level, comparison, 100.0, "%", reasons, 0.6);
    let covered = strip_lead(&trimmed[..end]);
    let object = ["实现", "推动", "努力实现", "基本实现", "抓实", "做到"].iter().fold(covered, |text, verb| text.strip_prefix(verb).unwrap_or(text));
    let object = object.trim_end_matches("全覆盖").trim_end_matches("覆盖");
    item.name = format!("{object}覆盖率");
    item.subject_list = coverage_items(object);
    item.covered = true;
    Some(item)
}

/// A doubling: a change of a stated percentage.
fn doubling_item(trimmed: &str, offset: usize) -> Option<Item> {
    // `比2024年增加一倍`, `翻一番`: a change of +100%; `翻两番`: +300%.
    for (word, value) in [("翻两番", 300.0), ("翻一番", 100.0), ("翻番", 100.0), ("增加一倍", 100.0), ("增长一倍", 100.0)] {
        let Some(at) = trimmed.find(word) else { continue };
        let mut reasons = vec![why(format!("«{word}»：变化+{}%", number_text(value)), format!("«{word}»: a change of +{}%", number_text(value)))];
        let mut item = Item::worded((offset, offset + at + word.len()), TargetKind::Change, Comparison::AtLeast, value, "%", reasons.clone(), 0.55);
        item.change_in = Some(ChangeIn::Percent);
        let head = strip_lead(&trimmed[..at]);
        let years = years_with_positions(head);
        if let Some(&(year_at, year, None)) = years.first() {
            if head[..year_at].ends_with('比') || head[..year_at].ends_with("较") {
                reasons.push(why(format!("与{year}年相比：基期年份"), format!("compared with {year}: the baseline year")));
                item.reasons = reasons;
                item.name = head[..year_at].trim_end_matches(['比', '较']).to_owned();
            }
        }
        if item.name.is_empty() {
            item.name = head.chars().take(24).collect();
        }
        return Some(item);
    }
    None
}

/// A first (`零的突破`): at least one.
fn first_one_item(trimmed: &str, offset: usize) -> Option<Item> {
    let (at, word) = ["零的突破", "零突破"].iter().find_map(|w| trimmed.find(w).map(|at| (at, *w)))?;
    let reasons = vec![why(format!("«{word}»：至少1个"), format!("«{word}»: at least one"))];
    let end = at + word.len();
    let mut item = Item::worded((offset, offset + end), TargetKind::Level, Comparison::AtLeast, 1.0, "家", reasons, 0.6);
    item.name = strip_lead(trimmed).trim_start_matches("实现").trim_end_matches(word).trim_end_matches('的').chars().take(24).collect();
    Some(item)
}

/// Completion by a deadline (`全部完成`): 100% done.
fn completion_item(trimmed: &str, offset: usize, context: &SentenceContext) -> Option<Item> {
    let completes = trimmed.contains("全部完成") || trimmed.contains("基本完成") || trimmed.contains("全面完成");
    if !completes || (context.deadline.is_none() && !trimmed.contains("年内")) {
        return None;
    }
    let comparison = if trimmed.contains("基本") { Comparison::About } else { Comparison::Exactly };
    let reasons = vec![why("«全部/基本完成»加期限：完成100%", "«全部/基本完成» with a deadline: 100% done")];
    let mut item = Item::worded((offset, offset + trimmed.len()), TargetKind::Level, comparison, 100.0, "%", reasons, 0.5);
    item.name = subject_name(trimmed).chars().take(24).collect();
    item.deadline = years_in_span(trimmed);
    Some(item)
}

/// Bare comparisons with another quantity (`快于全市平均增速`): a margin of at least 0.
fn compared_items(trimmed: &str, offset: usize) -> Vec<Item> {
    // `A不低于上年同期水平、B不低于C`: one comparison per 、-part that has its own word.
    let mut items = Vec::new();
    let mut from = 0;
    while from < trimmed.len() {
        let Some((at, word)) = RELATIVE_WORDS.iter().filter_map(|w| trimmed[from..].find(w).map(|at| (from + at, *w))).min_by_key(|(at, _)| *at) else { break };
        let reference_start = at + word.len();
        let reference_end = trimmed[reference_start..].find('、').map_or(trimmed.len(), |e| reference_start + e);
        let reference = &trimmed[reference_start..reference_end];
        if REFERENCE_WORDS.iter().any(|r| reference.contains(r)) && reference.chars().count() <= 16 && !reference.chars().any(|c| digit_value(c).is_some()) {
            let reasons = vec![why(format!("«{word}»另一指标、无数字：差值至少为0"), format!("«{word}» another quantity, no number: a margin of at least 0"))];
            let mut item = Item::worded((offset + from, offset + reference_end), TargetKind::Relative, Comparison::AtLeast, 0.0, "个百分点", reasons, 0.55);
            item.relative_to = Some(reference.to_owned());
            let subject = strip_lead(&trimmed[from..at]);
            item.name = subject.chars().take(24).collect();
            item.needs_subject = subject.is_empty() || subject == "增速";
            item.subject_list = list_items(subject);
            item.place = place_subject(subject);
            items.push(item);
        }
        from = if reference_end < trimmed.len() { reference_end + '、'.len_utf8() } else { trimmed.len() };
    }
    items
}

/// The year a text's first year names as a deadline: a span's last year (`2018—2020年`),
/// else the year.
fn years_in_span(text: &str) -> Option<i32> {
    years_with_positions(text).first().map(|(_, y, e)| e.unwrap_or(*y))
}

/// `市政府每季度、市经信委每月进行一次…`: one item per frequency, each a count a year.
fn split_frequencies(item: Item, clause: &str) -> Vec<Item> {
    let found: Vec<(usize, &str, f64)> = FREQUENCIES
        .iter()
        .filter(|(w, _)| *w != "每年")
        .flat_map(|(w, n)| clause.match_indices(w).map(move |(at, _)| (at, *w, *n)))
        .collect();
    if found.len() < 2 || item.unit != "次" {
        return vec![item];
    }
    let mut items: Vec<Item> = Vec::new();
    let base_value = item.value.unwrap_or(1.0) / item.per;
    let mut sorted = found;
    sorted.sort_by_key(|(at, _, _)| *at);
    for (_, word, times) in sorted {
        let mut copy = item.clone();
        copy.subject_list.clear();
        copy.value = Some(base_value * times);
        copy.reasons.push(why(format!("«{word}»：每年{}", number_text(base_value * times)), format!("«{word}»: {} a year", number_text(base_value * times))));
        items.push(copy);
    }
    items
}
