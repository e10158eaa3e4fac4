//! The word lists the extractor reads by, as data, in reading order: the plan's metadata,
//! its outline, units and comparisons, the verbs and words that decide what a number is,
//! and the ends of names.

use super::numbers::UnitClass;
use crate::catalog::Comparison;

// Plan metadata.

/// A title with one of these is a draft, not the plan as issued.
pub(super) const DRAFT_WORDS: [&str; 3] = ["送审稿", "征求意见稿", "草案"];

/// How the name of a plan ends (`…实施方案`, `…规划`): a 《…》 or a line naming one is a title.
pub(super) const PLAN_WORDS: [&str; 9] = ["方案", "计划", "规划", "意见", "纲要", "办法", "措施", "要点", "部署"];

/// How the name of the issuing government or department ends.
pub(super) const ISSUER_ENDS: [&str; 9] = ["人民政府", "人民政府办公室", "人民政府办公厅", "政府办公室", "办公厅", "委员会", "厅", "局", "委"];

/// The five-year plans and their first years (`十四五`, `第十四个五年规划` → 2021).
pub(super) const FIVE_YEAR_PLANS: [(&str, i32); 12] = [
    ("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026), ("十六五", 2031),
    ("第十一个五年", 2006), ("第十二个五年", 2011), ("第十三个五年", 2016), ("第十四个五年", 2021), ("第十五个五年", 2026), ("第十六个五年", 2031),
];

// Outline.

/// How the title of a section about the past starts (`发展基础`, `面临形势`).
pub(super) const BACKGROUND_HEADINGS: [&str; 15] = [
    "发展基础", "发展现状", "现状", "基础条件", "工作回顾", "回顾", "主要成效", "取得成效", "发展成效", "工作成效", "面临形势", "发展形势", "形势分析", "存在问题", "主要问题",
];

/// How the names of government units end: 局, 委, 办, 政府, 中心, 各区 ….
pub(super) const UNIT_ENDS: [&str; 20] = [
    "局", "委", "办", "厅", "政府", "院", "公司", "会", "行", "处", "所", "站", "中心", "部门", "单位", "事处", "区", "县", "市", "镇",
];

// Numbers and units.

/// Units longest first, with what they measure and how they are written in the catalog.
pub(super) const UNITS: &[(&str, UnitClass, &str)] = &[
    ("个百分点", UnitClass::Points, "个百分点"),
    ("百分点", UnitClass::Points, "个百分点"),
    ("个工作日", UnitClass::Time, "个工作日"),
    ("工作日", UnitClass::Time, "个工作日"),
    ("万千瓦时", UnitClass::Amount, "万千瓦时"),
    ("亿千瓦时", UnitClass::Amount, "亿千瓦时"),
    ("亿千瓦", UnitClass::Amount, "亿千瓦"),
    ("万标箱", UnitClass::Count, "万标箱"),
    ("亿人次", UnitClass::Count, "亿人次"),
    ("亿吨标准煤", UnitClass::Amount, "亿吨标准煤"),
    ("亿吨", UnitClass::Amount, "亿吨"),
    ("亿亩", UnitClass::Amount, "亿亩"),
    ("微克/立方米", UnitClass::Amount, "微克/立方米"),
    ("亿斤", UnitClass::Amount, "亿斤"),
    ("万斤", UnitClass::Amount, "万斤"),
    ("万吨标准煤", UnitClass::Amount, "万吨标准煤"),
    ("吨标准煤", UnitClass::Amount, "吨标准煤"),
    ("万平方米", UnitClass::Amount, "万平方米"),
    ("平方公里", UnitClass::Amount, "平方公里"),
    ("平方米", UnitClass::Amount, "平方米"),
    ("万千瓦", UnitClass::Amount, "万千瓦"),
    ("千瓦", UnitClass::Amount, "千瓦"),
    ("兆瓦", UnitClass::Amount, "兆瓦"),
    ("亿美元", UnitClass::Amount, "亿美元"),
    ("万美元", UnitClass::Amount, "万美元"),
    ("万亿元", UnitClass::Amount, "万亿元"),
    ("万亿", UnitClass::Amount, "万亿元"),
    ("亿元", UnitClass::Amount, "亿元"),
    ("万元", UnitClass::Amount, "万元"),
    ("元", UnitClass::Amount, "元"),
    ("亿", UnitClass::Amount, "亿元"),
    ("万吨", UnitClass::Amount, "万吨"),
    ("吨", UnitClass::Amount, "吨"),
    ("万亩", UnitClass::Amount, "万亩"),
    ("亩", UnitClass::Amount, "亩"),
    ("公里", UnitClass::Amount, "公里"),
    ("万人次", UnitClass::Count, "万人次"),
    ("万个", UnitClass::Count, "万个"),
    ("万家", UnitClass::Count, "万家"),
    ("万件", UnitClass::Count, "万件"),
    ("万台", UnitClass::Count, "万台"),
    ("万套", UnitClass::Count, "万套"),
    ("万辆", UnitClass::Count, "万辆"),
    ("万座", UnitClass::Count, "万座"),
    ("万名", UnitClass::Count, "万名"),
    ("万项", UnitClass::Count, "万项"),
    ("万次", UnitClass::Times, "万次"),
    ("人次", UnitClass::Count, "人次"),
    ("万人", UnitClass::Count, "万人"),
    ("万户", UnitClass::Count, "万户"),
    ("倍", UnitClass::Amount, "倍"),
    ("%", UnitClass::Percent, "%"),
    ("‰", UnitClass::Percent, "‰"),
    ("％", UnitClass::Percent, "%"),
    ("家", UnitClass::Count, "家"),
    ("个月", UnitClass::Time, "个月"),
    ("个", UnitClass::Count, "个"),
    ("项", UnitClass::Count, "项"),
    ("件", UnitClass::Count, "件"),
    ("名", UnitClass::Count, "名"),
    ("人", UnitClass::Count, "人"),
    ("座", UnitClass::Count, "座"),
    ("所", UnitClass::Count, "所"),
    ("条", UnitClass::Count, "条"),
    ("台", UnitClass::Count, "台"),
    ("套", UnitClass::Count, "套"),
    ("户", UnitClass::Count, "户"),
    ("款", UnitClass::Count, "款"),
    ("处", UnitClass::Count, "处"),
    ("支", UnitClass::Count, "支"),
    ("位", UnitClass::Count, "位"),
    ("部", UnitClass::Count, "部"),
    ("次", UnitClass::Times, "次"),
    ("场次", UnitClass::Times, "场次"),
    ("场", UnitClass::Times, "场"),
    ("期", UnitClass::Times, "期"),
    ("天", UnitClass::Time, "天"),
    ("小时", UnitClass::Time, "小时"),
    ("标箱", UnitClass::Count, "标箱"),
    ("岁", UnitClass::Amount, "岁"),
];

/// Comparison words after a number (`20家以上`), longest first.
pub(super) const AFTER: &[(&str, Comparison)] = &[
    ("及以上", Comparison::AtLeast),
    ("以上", Comparison::AtLeast),
    ("以下", Comparison::AtMost),
    ("以内", Comparison::AtMost),
    ("之内", Comparison::AtMost),
    ("左右", Comparison::About),
    ("上下", Comparison::About),
];

/// Comparison words before a number (`不少于20家`), longest first.
pub(super) const BEFORE: &[(&str, Comparison)] = &[
    ("不少于", Comparison::AtLeast),
    ("不低于", Comparison::AtLeast),
    ("不小于", Comparison::AtLeast),
    ("不超过", Comparison::AtMost),
    ("不高于", Comparison::AtMost),
    ("不大于", Comparison::AtMost),
    ("低于", Comparison::AtMost),
    ("小于", Comparison::AtMost),
    ("控制在", Comparison::AtMost),
    ("至少", Comparison::AtLeast),
    ("突破", Comparison::AtLeast),
    ("超过", Comparison::AtLeast),
    ("达到", Comparison::AtLeast),
    ("力争", Comparison::AtLeast),
    ("约", Comparison::About),
];

// Items.

/// Words that mark a clause as policy, not a target: subsidies, rewards, thresholds.
pub(super) const POLICY_WORDS: [&str; 14] = [
    "奖励", "奖补", "补助", "补贴", "资助", "贴息", "给予", "一次性", "最高", "按照", "对符合", "凡", "减免", "返还",
];

/// What a count of a document's or a speech's own parts counts (`提出3项指标`, `围绕3条主线`,
/// `涉及10个责任单位`, `做好6个方面工作`): not a goal.
pub(super) const DOCUMENT_PARTS: [&str; 21] = [
    "指标", "主要指标", "总体目标", "目标", "总抓手", "抓手", "主线", "方面", "部分", "行动任务", "具体任务", "重点任务", "任务", "事项", "具体措施", "措施",
    "举措", "牵头单位", "责任单位", "专栏", "部门",
];

/// Clauses that cite someone else's plan or list (`对照省重点培育的…13个集群`).
pub(super) const CITING_WORDS: [&str; 8] = ["对照", "对接", "按照", "依据", "根据", "参照", "落实", "贯彻"];

/// Verbs of doing: what a plan commits to. With a count they make it a target.
pub(super) const ACTION_VERBS: [&str; 34] = [
    "新增", "新建", "新认定", "新培育", "培育", "建设", "建成", "组建", "创建", "打造", "实施", "推进", "推动", "引进", "开发", "认定",
    "完成", "实现", "形成", "争创", "发展", "聚焦", "紧盯", "巩固", "扶持", "开展", "组织", "举办", "举行", "召开", "帮助", "培训",
    "支持", "转移转化",
];

/// 新 as a verb prefix (新增, 新认定, 新入库): added during the period. Not 新能源, 新材料.
pub(super) const NEW_VERBS: [&str; 13] = ["新增", "新建", "新认定", "新培育", "新入库", "新签约", "新上", "新引进", "新开工", "新投产", "新获", "新设", "新创"];

/// Verbs that add things during the period (培育30家, 新建3000个, 创建1家).
pub(super) const ADDING_VERBS: [&str; 18] =
    ["培育", "引进", "组建", "创建", "打造", "完成", "实施", "开发", "认定", "转移转化", "推动", "建设", "新建", "建成", "争创", "选拔", "资助", "举办"];

/// Growth words: a rate follows.
pub(super) const GROWTH_WORDS: [&str; 6] = ["年均增长", "年均增幅", "增长", "增速", "增幅", "增加值增长"];

/// Verbs of a rise by some amount (`提高5个百分点`): a change, or a level with 到.
pub(super) const CHANGE_UP: [&str; 6] = ["提高", "提升", "上升", "增加", "扩大", "增长"];

/// Verbs of a fall by some amount (`下降3%`): a change of the opposite sign.
pub(super) const CHANGE_DOWN: [&str; 5] = ["下降", "降低", "减少", "压减", "缩减"];

/// Words that set a level to reach (`达到`, `突破`, `累计`).
pub(super) const LEVEL_WORDS: [&str; 9] = ["达到", "达", "突破", "超过", "总数", "累计", "保持在", "稳定在", "占"];

/// How often something happens, as times a year (`每季度` → 4).
pub(super) const FREQUENCIES: [(&str, f64); 7] = [
    ("每季度", 4.0), ("每个季度", 4.0), ("每半年", 2.0), ("每月", 12.0), ("每个月", 12.0), ("每周", 52.0), ("每年", 1.0),
];

/// Comparisons with another quantity, without a number of their own.
pub(super) const RELATIVE_WORDS: [&str; 6] = ["快于", "高于", "不低于", "不慢于", "超过", "不少于"];

/// Words naming the other quantity compared with (`全市平均水平`, `上年同期`).
pub(super) const REFERENCE_WORDS: [&str; 6] = ["平均", "同期", "水平", "增速", "上年", "全国"];

// Names.

/// How the name of a district, county or town ends: a subject that is a place.
pub(super) const PLACE_ENDS: [&str; 8] = ["开发区", "高新区", "新区", "园区", "示范区", "区", "县", "镇"];

/// Verbs and modal words that come off the end of a name (`…密度力争达` → `…密度`).
pub(super) const NAME_ENDINGS: [&str; 24] = [
    "压缩至", "压缩到", "缩短至", "缩短到", "稳定在", "保持在", "提高到", "提升到", "提高至", "提升至", "降至", "降到", "下降到",
    "年均增长", "增长", "达", "为", "提高", "提升", "上升", "下降", "力争", "确保", "超",
];
