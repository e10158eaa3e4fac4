//! When a bulletin's indicator is a target's: both names read the same way — 规上 as
//! 规模以上, the words that only say how a figure is measured (`增速`, `数`, `总量`) or whose
//! it is (`全市`) left out, the names one indicator has (研发投入强度 and 研发经费支出占地区
//! 生产总值比重) made one — and a share's base kept, so that 技改投资占工业投资比重 is never
//! 技改投资占固定资产投资比重. A target is named twice: by its editor (`name`) and by its
//! plan, in the words before its number in the quoted clause.

use super::super::numbers::quantities;
use crate::catalog::Target;

/// Whether the figure's indicator (as the text names it) is the target's.
pub(super) fn is_targets(figure: &str, target: &Target) -> bool {
    let figure = Name::of(figure);
    target_names(target).iter().any(|name| name.same(&figure))
}

/// `其中电子信息产业增长20.4%` after the value added's sentence, `生物医药…产业集群…同比增速
/// 分别为…13.7%` in the output's paragraph: an industry's growth is that of its value added
/// or output, whichever the target names.
pub(super) fn is_targets_output(figure: &str, target: &Target) -> bool {
    let names = target_names(target);
    ["增加值", "产值"].iter().any(|output| {
        let figure = Name::of(&format!("{figure}{output}"));
        names.iter().any(|name| name.same(&figure))
    })
}

/// A name read for matching.
#[derive(Debug, PartialEq)]
struct Name {
    /// `技改投资占比` for 技改投资占工业投资的比重.
    core: String,
    /// A share's base (`工业投资`), when the name says it.
    base: Option<String>,
}

impl Name {
    fn of(name: &str) -> Name {
        let text = normalized(name);
        // A share however it is put: `X占Y比重`, `X占比` → X占比, Y its base.
        let (core, base) = match text.find('占').filter(|&at| at > 0) {
            Some(at) => {
                let after = &text[at + '占'.len_utf8()..];
                let base = ["的比重", "比重", "的比例", "比例", "比"].iter().find_map(|end| after.find(end).map(|cut| &after[..cut])).filter(|base| !base.is_empty());
                (format!("{}占比", &text[..at]), base.map(|base| base.trim_start_matches(['全', '市', '省', '县', '区']).to_owned()))
            }
            None => (text, None),
        };
        Name { core: core.chars().filter(|c| !c.is_whitespace() && !matches!(c, '（' | '）' | '(' | ')')).collect(), base }
    }

    /// The same indicator: the same words, and the same base where both name one (a base
    /// may be written shorter: 规模以上工业 for 规模以上工业增加值).
    fn same(&self, other: &Name) -> bool {
        let bases = match (&self.base, &other.base) {
            (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
            _ => true,
        };
        self.core.chars().count() >= 2 && self.core == other.core && bases
    }
}

/// The target's names: its editor's and, when the plan's clause names it before the
/// target's number, the plan's (`规模以上工业增加值年均增长8%以上` → 规模以上工业增加值).
fn target_names(target: &Target) -> Vec<Name> {
    let mut names = vec![Name::of(&target.name.zh)];
    if let Some(name) = quoted_name(target) {
        let name = Name::of(&name);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// The words before the target's own number in its clause, up to the first verb or
/// comparison: the indicator as the plan names it. None when the clause states the
/// number elsewhere, or names more than one thing (`鄂城区、华容区不低于8%`).
fn quoted_name(target: &Target) -> Option<String> {
    let value = target.value.or(target.range.map(|[low, _]| low))?;
    let quote = &target.quote;
    let quantity = quantities(quote).into_iter().find(|quantity| quantity.value == value)?;
    let before = &quote[..quantity.start];
    let clause = before.rsplit(['，', ',', '；', '：']).next().unwrap_or(before);
    let mut clause = clause.trim();
    for lead in ["力争", "确保", "争取", "努力", "到期末", "届时", "每年", "全年"] {
        clause = clause.strip_prefix(lead).unwrap_or(clause);
    }
    // (`以上` and `左右` follow a number: `省级以上企业技术中心` is a name.)
    const STOPS: [&str; 12] = ["年均", "不低于", "不少于", "不超过", "低于", "高于", "保持在", "稳定在", "控制在", "达", "突破", "超过"];
    let cut = STOPS.iter().filter_map(|word| clause.find(word)).min().unwrap_or(clause.len());
    let name = super::indicator(&clause[..cut]);
    // Not a verb (`推动1万家企业…`): a name, of three characters at least.
    let verb = ["推动", "推进", "实施", "完成", "实现", "组织", "开展", "引导", "支持", "鼓励", "培育", "引进", "建设", "打造"].iter().any(|verb| name.starts_with(verb));
    (!name.contains('、') && name.chars().count() >= 3 && !verb).then_some(name)
}

/// The name with every way of writing one indicator made one.
fn normalized(name: &str) -> String {
    // Spaces, and a note's circled mark (`生产总值②`), say nothing of the name.
    let name: String = name.chars().filter(|c| !c.is_whitespace() && !('\u{2460}'..='\u{2473}').contains(c)).collect();
    let mut text = name.replace("规上", "规模以上").replace("规模工业", "规模以上工业").replace(['“', '”', '"'], "").replace(['与', '及'], "和");
    // `地区生产总值（GDP）`, `外商直接投资（FDI）`: the abbreviation in brackets adds nothing.
    while let Some(open) = text.find(['（', '(', '[']) {
        let close = text[open..].find(['）', ')', ']']).map(|at| open + at + text[open + at..].chars().next().map_or(1, char::len_utf8));
        let Some(close) = close else { break };
        text.replace_range(open..close, "");
    }
    // Energy per unit of output: 单位规上工业增加值能耗, 规模以上工业单位增加值能耗, 万元规模工业
    // 增加值能耗 alike.
    if text.contains("能耗") {
        text = format!("单位{}", text.replace("单位", "").replace("万元", ""));
    }
    // The economy's size: 地区生产总值, 生产总值, GDP.
    for synonym in ["地区生产总值", "全省生产总值", "全市生产总值", "全县生产总值", "GDP"] {
        text = text.replace(synonym, "生产总值");
    }
    for (synonym, name) in SYNONYMS {
        text = text.replace(synonym, name);
    }
    // Whose and when (`全市`, `年度`), and the verbs before a name (`新增`, `谋划实施`), as many
    // as there are: `年度实施技改项目数`, `全年全市…`.
    text = text.replace("年度", "");
    const LEADS: [&str; 28] = [
        "有效", "现有", "谋划实施", "组织实施", "实施", "推进", "当年", "全年", "全市", "全县", "全区", "全州", "全省", "全社会", "每年新增", "新增", "新认定", "新培育", "新入库", "新建",
        "净增", "培育", "创建", "累计", "年末", "登记", "地方", "财政",
    ];
    while let Some(rest) = LEADS.iter().find_map(|lead| text.strip_prefix(lead)).filter(|rest| rest.chars().count() >= 2) {
        text = rest.to_owned();
    }
    // How it is measured (`增速`), then what of it (`总额`): `进出口总额增速`.
    for tails in [&["年均增速", "增速", "增长率", "增幅", "增长", "变化", "降幅", "下降率", "降低率"][..], &["到位额", "到位", "入库数", "入库", "数量", "总数", "总量", "总额", "数", "规模"]] {
        if let Some(rest) = tails.iter().find_map(|tail| text.strip_suffix(tail)) {
            text = rest.to_owned();
        }
    }
    // `规上高技术制造业`, `规上装备工业`: a sector named with its size class; but 规模以上工业
    // itself stays apart from 工业.
    if let Some(rest) = text.strip_prefix("规模以上").filter(|rest| !rest.starts_with("工业") && !rest.is_empty()) {
        text = rest.to_owned();
    }
    // `每万人口…拥有量`: per so many people either way; `新型储能装机` and `新型储能` alike.
    text = text.replace("每万人口", "每万人");
    for tail in ["装机容量", "装机规模", "装机"] {
        if let Some(rest) = text.strip_suffix(tail).filter(|rest| !rest.is_empty()) {
            text = rest.to_owned();
            break;
        }
    }
    // `专精特新“小巨人”` and `…“小巨人”企业` alike; a national designation is named with or
    // without 国家 (`国家制造业单项冠军`).
    if let Some(rest) = text.strip_suffix("企业") {
        text = rest.to_owned();
    }
    for national in ["国家级", "国家"] {
        if let Some(rest) = text.strip_prefix(national) {
            if ["专精特新", "单项冠军", "制造业单项冠军", "高新技术"].iter().any(|name| rest.starts_with(name)) {
                text = rest.trim_start_matches("制造业").to_owned();
            }
        }
    }
    text
}

/// Names one indicator has, in the order they are made one. 国家高新技术企业 are the
/// 高新技术企业 (national designations all); 技术改造 is 技改; R&D is 研发, its 经费 and
/// 支出 understood, and its intensity the share of the economy it is; 实际利用外资 is
/// 实际使用外资; an industry's output or value added is the industry's (`生物医药产业产值`,
/// `生物医药产值`).
const SYNONYMS: [(&str, &str); 65] = [
    ("国家级高新技术企业", "高新技术企业"),
    ("国家高新技术企业", "高新技术企业"),
    ("国家专精特新", "专精特新"),
    ("国家级专精特新", "专精特新"),
    ("国家级单项冠军", "单项冠军"),
    ("制造业单项冠军", "单项冠军"),
    ("工业技术改造投资", "技改投资"),
    ("技术改造投资", "技改投资"),
    ("工业企业技改投资", "技改投资"),
    ("工业技改投资", "技改投资"),
    ("R&D", "研发"),
    ("研究和试验发展", "研发"),
    ("研究开发和试验发展", "研发"),
    ("研发经费投入", "研发投入"),
    ("研发经费支出", "研发投入"),
    ("研发经费", "研发投入"),
    ("研发支出", "研发投入"),
    ("研发投入强度", "研发投入占生产总值比重"),
    ("研发强度", "研发投入占生产总值比重"),
    ("相当于生产总值的比例", "占生产总值比重"),
    ("相当于生产总值的比重", "占生产总值比重"),
    ("万元生产总值", "单位生产总值"),
    ("万元工业增加值", "单位工业增加值"),
    ("实际利用外资", "实际使用外资"),
    ("进出口总值", "进出口总额"),
    ("社会消费品零售额", "社会消费品零售总额"),
    ("线上零售额", "网络零售额"),
    ("对外贸易进出口", "进出口"),
    ("外贸进出口额", "进出口总额"),
    ("外贸进出口", "进出口"),
    ("省、市", "省市"),
    ("经济技术开发区", "开发区"),
    ("经济开发区", "开发区"),
    ("招商引资", ""),
    ("招商", ""),
    ("市场经营主体", "市场主体"),
    ("货物贸易进出口", "进出口"),
    ("货物进出口", "进出口"),
    ("主营业务收入", "营收"),
    ("主营收入", "营收"),
    ("营业收入", "营收"),
    ("年营收", "营收"),
    ("企业营收", "营收"),
    ("企业增加值", "增加值"),
    ("企业利润", "利润"),
    ("总产值", "产值"),
    ("技术市场成交额", "技术合同成交额"),
    ("技术合同登记额", "技术合同成交额"),
    ("技术合同成交金额", "技术合同成交额"),
    ("技术合同金额", "技术合同成交额"),
    ("实际利用外商直接投资", "实际使用外资"),
    ("实际使用外商直接投资", "实际使用外资"),
    ("专精特新小巨人", "小巨人"),
    ("完成投资", "投资"),
    ("技术合同交易额", "技术合同成交额"),
    ("技术合同成交总额", "技术合同成交额"),
    ("一般公共财政预算收入", "一般公共预算收入"),
    ("公共财政预算收入", "一般公共预算收入"),
    ("规模以上企业工业增加值", "规模以上工业增加值"),
    ("技术合同登记成交额", "技术合同成交额"),
    ("海关进出口", "进出口"),
    ("外资额", "外资"),
    ("产业集群", "产业"),
    ("产业产值", "产值"),
    ("产业增加值", "增加值"),
];

#[cfg(test)]
mod tests {
    use super::Name;

    #[test]
    fn one_indicator_however_it_is_named() {
        let same = |a: &str, b: &str| Name::of(a).same(&Name::of(b));
        assert!(same("研发投入强度", "全社会研发经费支出相当于全市生产总值的比例"));
        assert!(same("研发经费投入强度", "研发经费支出占地区生产总值比重"));
        assert!(same("规上工业增加值增速", "规模以上工业增加值"));
        assert!(same("新建概念验证中心和中试熟化平台", "概念验证中心与中试熟化平台"));
        assert!(same("生物医药产业产值", "生物医药产值"));
        assert!(same("实际利用外资", "实际使用外资"));
        assert!(same("外贸进出口总额增速", "货物进出口总额"));
        assert!(same("高新技术制造业增加值占比", "高新技术制造业增加值占规模以上工业增加值比重"));
        // Near misses stay apart.
        assert!(!same("工业增加值", "规模以上工业增加值"));
        assert!(!same("技改投资占工业投资比重", "技改投资占固定资产投资比重"));
        assert!(!same("研发投入强度", "规模以上工业企业研发经费占营业收入比重"));
        assert!(!same("高新技术企业", "高新技术产业"));
        assert!(!same("增速", "增长"));
    }
}
