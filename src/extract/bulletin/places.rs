//! When and where: the year a bulletin or report gives figures for and the place it reports
//! on (from its title, else its opening lines), the part of the year a sentence speaks of,
//! the place a clause's figure is of, and whether a figure's place is a target's.

use super::super::sentence::years_with_positions;
use crate::catalog::{Plan, Target};
use super::Figure;

/// The title with a year (`…2019年国民经济和社会发展统计公报`, `2020年政府工作报告`) — a page's
/// menus may come before it —, else the year the opening states; a work report's figures
/// are the year before its own.
pub(super) fn title_and_year(text: &str) -> (Option<String>, Option<i32>) {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    let opening = &lines[..lines.len().min(60)];
    let report = opening.iter().take(15).any(|line| line.contains("工作报告"));
    let titled = |line: &&&str| {
        let named = ["统计公报", "公报", "政府工作报告", "统计数据", "经济运行"].iter().any(|word| line.contains(word));
        named && line.chars().count() <= 60 && !years_with_positions(line).is_empty()
    };
    let strong = |line: &&&str| ["统计公报", "国民经济和社会发展", "政府工作报告"].iter().any(|word| line.contains(word));
    // A page's menus may run on for a hundred lines: past the opening, the title is the last
    // before the text's first figure of growth.
    let first_figure = lines.iter().position(|line| line.contains("比上年") || line.contains("同比增长")).unwrap_or(lines.len());
    let title = opening
        .iter()
        .find(|line| titled(line) && strong(line))
        .or_else(|| lines[..first_figure].iter().rev().find(|line| titled(line) && strong(line)))
        .or_else(|| opening.iter().take(8).find(titled));
    if let Some(line) = title {
        let year = years_with_positions(line)[0].1;
        // A work report of 2020 reports on 2019 — the year it was given in (`2022年1月24日在…
        // 人民代表大会…上`) or the one it reviews (`2021年工作回顾`) first, over a title a
        // site may have filed under another year.
        let year = if line.contains("工作报告") { delivered(opening).map(|year| year - 1).or_else(|| reviewed(opening)).unwrap_or(year - 1) } else { year };
        return (Some(title_only(line).to_owned()), Some(year));
    }
    // `政府工作报告` then `——2026年1月27日在…会议上`: the report's year, reporting on the one before.
    let title = text.lines().map(str::trim).find(|line| line.contains("工作报告") && line.chars().count() <= 30).map(str::to_owned);
    (title, if report { report_year(opening) } else { opening_year(opening) })
}

/// The year an untitled bulletin reports on: the first year its opening names as such
/// (`2025 年是“十四五”规划收官之年`), not the date it was written on (`2026 年 5 月`, about the
/// year before).
fn opening_year(opening: &[&str]) -> Option<i32> {
    let mut dated = None;
    for line in opening.iter().take(15) {
        for (at, year, _) in years_with_positions(line) {
            if dated_at(line, at) {
                dated = dated.or(Some(year - 1));
            } else {
                return Some(year);
            }
        }
        dated = dated.or(iso_date_year(line).map(|year| year - 1));
    }
    dated
}

/// The year an untitled work report reports on: the year before its date (`——2026年1月27日在
/// …`, `发文时间：2017-01-08`), else its review's (`一、2016年工作回顾`), else the year before
/// the first it names.
fn report_year(opening: &[&str]) -> Option<i32> {
    let date = opening.iter().take(15).find_map(|line| written_year(line).or_else(|| iso_date_year(line)));
    let review = || reviewed(opening);
    let first = || opening.iter().take(15).find_map(|line| years_with_positions(line).first().map(|&(_, year, _)| year - 1));
    date.map(|year| year - 1).or_else(review).or_else(first)
}

/// The year a report was given in: the date on a line naming the congress it was given to.
fn delivered(opening: &[&str]) -> Option<i32> {
    opening.iter().take(20).filter(|line| line.contains("代表大会")).find_map(|line| written_year(line))
}

/// The year of the first date written in words in `line` (`2022年1月24日`).
fn written_year(line: &str) -> Option<i32> {
    years_with_positions(line).into_iter().find(|&(at, _, _)| dated_at(line, at)).map(|(_, year, _)| year)
}

/// The year a report's review heading names (`一、2021年工作回顾`).
fn reviewed(opening: &[&str]) -> Option<i32> {
    opening.iter().filter(|line| line.contains("回顾") && line.chars().count() <= 40).find_map(|line| years_with_positions(line).first().map(|&(_, year, _)| year))
}

/// Whether the year at `at` in `line` is a date's (`2026 年 5 月`, `2026年1月27日`).
fn dated_at(line: &str, at: usize) -> bool {
    let after = line[at + 4..].trim_start_matches([' ', '\u{a0}']).trim_start_matches('年').trim_start_matches([' ', '\u{a0}']);
    let month = after.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&month) && after[month..].trim_start().starts_with('月')
}

/// The year of a date written `2017-01-08`, `2017/03/01` or `2017.1.8` in `line`.
fn iso_date_year(line: &str) -> Option<i32> {
    let chars: Vec<char> = line.chars().collect();
    (0..chars.len()).find_map(|at| {
        let (year, after) = super::super::meta::four_digits(&chars, at)?;
        let separator = *chars.get(after).filter(|c| matches!(c, '-' | '/' | '.'))?;
        let month = chars[after + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        ((1..=2).contains(&month) && chars.get(after + 1 + month) == Some(&separator)).then_some(year)
    })
}

/// The document's name in a line that holds it: without a site's label before it
/// (`标题：`, `(河南省)`) or its name after it (`… - 苏州市人民政府`, `…-红黑统计公报库`).
fn title_only(line: &str) -> &str {
    let end = ["统计公报", "工作报告"].iter().filter_map(|name| line.find(name).map(|at| at + name.len())).min().unwrap_or(line.len());
    let mut title = &line[..end];
    if let Some((label, rest)) = title.split_once(['：', ':']).filter(|(label, _)| label.chars().count() <= 4) {
        title = if label.chars().any(|c| c.is_ascii_digit()) { title } else { rest };
    }
    for (open, close) in [('(', ')'), ('（', '）'), ('【', '】'), ('[', ']')] {
        if let Some(rest) = title.strip_prefix(open).and_then(|rest| rest.split_once(close)).map(|(_, rest)| rest) {
            title = rest;
        }
    }
    title.trim()
}

/// The place a title reports on: `鄂州市2019年…` → 鄂州市; `湖北省…` → 湖北省; the most
/// specific one named before the document's own name (`湖北省鄂州市…` → 鄂州市), never one
/// in brackets (`(河南省)2025年驻马店市国民经济和社会发展统计公报` → 驻马店市, a site's label).
pub(super) fn region_of(title: &str) -> Option<String> {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in title.chars() {
        match c {
            '(' | '（' | '【' | '[' => depth += 1,
            ')' | '）' | '】' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let end = ["国民经济", "统计公报", "政府工作报告", "工作报告", "公报", "统计数据", "经济运行"].iter().filter_map(|name| plain.find(name)).min().unwrap_or(plain.len());
    // The place: the run of characters before the name, without the year.
    let head: String = plain[..end].chars().filter(|c| !c.is_ascii_digit() && *c != '年' && !c.is_whitespace()).collect();
    let head = head.trim_start_matches(|c: char| !('\u{4e00}'..='\u{9fff}').contains(&c));
    let head = head.char_indices().rfind(|&(_, c)| "省市县区州旗盟".contains(c)).map(|(at, c)| &head[..at + c.len_utf8()])?;
    // `湖北省鄂州市`: the city, not the province it is in.
    let specific = head.split_inclusive('省').rfind(|part| !part.is_empty())?;
    // `2025年全市国民经济…`: the text's own, not a name.
    let own = ['全', '本', '我', '该'].iter().any(|word| specific.starts_with(*word));
    (specific.chars().count() >= 2 && !own).then(|| specific.to_owned())
}

/// The part-of-year words (`1—7月`, `上半年`, `一季度`, `前三季度`) in a sentence, if any.
pub(super) fn part_of_year(sentence: &str) -> Option<String> {
    for word in ["上半年", "下半年", "一季度", "二季度", "三季度", "前三季度", "第一季度"] {
        if sentence.contains(word) {
            return Some(word.to_owned());
        }
    }
    let chars: Vec<char> = sentence.chars().collect();
    chars.windows(4).find_map(|w| {
        let dash = matches!(w[1], '-' | '—' | '–' | '至' | '~');
        (w[0].is_ascii_digit() && dash && w[2].is_ascii_digit() && w[3] == '月').then(|| w.iter().collect())
    }).or_else(|| chars.windows(5).find_map(|w| {
        let dash = matches!(w[1], '-' | '—' | '–' | '至' | '~');
        (w[0].is_ascii_digit() && dash && w[2].is_ascii_digit() && w[3].is_ascii_digit() && w[4] == '月').then(|| w.iter().collect())
    }))
}

/// The place a clause's figure is of, when it names one other than the text's own.
pub(super) fn place_in(clause: &str) -> Option<String> {
    // Where the clause starts: `全省规模以上…`, `鄂城区规模以上工业增加值…`, `武汉市…` (not
    // `…增速居全国第2位`, a rank).
    let mut clause = clause.trim_start_matches(['其', '中', '，', ',']).trim_start();
    for lead in ["全年", "年末", "年底", "截至年底"] {
        clause = clause.strip_prefix(lead).unwrap_or(clause);
    }
    for whole in ["全省", "全国"] {
        if clause.starts_with(whole) {
            return Some(whole.to_owned());
        }
    }
    let chars: Vec<char> = clause.chars().take(9).collect();
    let end = chars.iter().position(|c| "省市县区".contains(*c))?;
    // `省级`, `市级以上`: a level, not a place; `技术市场`, `县域`, `省外资金`, `市民`: not
    // one either.
    if chars.get(end + 1).is_some_and(|next| "级场域委属直外内份民长政容".contains(*next)) {
        return None;
    }
    let name: String = chars[..=end].iter().collect();
    let generic = ["市区", "城区", "地区", "开发区"].contains(&name.as_str()) || name.ends_with("地区") || name.contains('全') || end < 1;
    // `11个省、市重点项目`: a count, not a place.
    let counted = name.chars().any(|c| c.is_ascii_digit() || c == '个');
    // A place's name, not words that end in 区 (`加快建设大湾区`, `获批省级…`).
    let wordy = ["规模", "工业", "建设", "获", "得", "评为", "入选", "争创", "认定", "加快", "推进", "打造", "实现", "完成", "实施", "谋划", "新增", "根据", "按照"].iter().any(|w| name.contains(w));
    (!generic && !wordy && !counted && end <= 5).then_some(name)
}

/// `name` without the place `region` (`西安市`, `昆明` for 昆明市) before it.
pub(super) fn own_place_out<'a>(name: &'a str, region: &str) -> &'a str {
    let short = region.trim_end_matches(['省', '市', '县', '区', '州']);
    [region, short].iter().filter(|place| place.chars().count() >= 2).find_map(|place| name.strip_prefix(place)).filter(|rest| rest.chars().count() >= 2).unwrap_or(name)
}

/// Whether a figure is of the target's place: the text's own region (or 全市) for a
/// city-wide target, the district's own for a district's.
pub(super) fn place_fits(target: &Target, figure: &Figure, plan: &Plan) -> bool {
    match (&target.sub_region, &figure.place) {
        (Some(district), Some(place)) => place.contains(district.as_str()) || district.contains(place.as_str()),
        (Some(_), None) => false,
        (None, Some(place)) if place == "全省" => plan.region.zh.ends_with('省'),
        (None, Some(place)) => place != "全国" && plan.region.zh.contains(place.as_str()),
        (None, None) => true,
    }
}

/// Whether two names are of one place: one within the other (`鄂州市`, `湖北省鄂州市`), or
/// the same name without its kind and its peoples (`湘西自治州`, `湘西土家族苗族自治州`).
pub(super) fn same_place(a: &str, b: &str) -> bool {
    // `湘西自治州` → 湘西, `湘西土家族苗族自治州` → 湘西土家族苗族: the first names the second.
    let autonomous = |name: &str| name.find("自治").map(|at| name[..at].to_owned());
    let peoples = match (autonomous(a), autonomous(b)) {
        (Some(a), Some(b)) => a.chars().count() >= 2 && b.chars().count() >= 2 && (a.starts_with(&b) || b.starts_with(&a)),
        _ => false,
    };
    a.contains(b) || b.contains(a) || peoples
}
