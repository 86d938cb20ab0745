/**
 * Short invented reports, one per numbering scheme the importer has to read back: the structure is modelled on
 * published reports, the words are ours. Each is laid out as its own format prints it (one paragraph a line).
 */

/** Items numbered 1. 2. run into their paragraph (no （一） level), 一是 points inline after the item's title. */
export const ITEMS_ARABIC = `示例街道2023年度法治政府建设工作报告
2023年，示例街道坚持依法行政，各项工作取得新进展。现将有关情况报告如下：
一、2023年度法治政府建设主要工作
1.强化组织领导。一是调整法治建设领导小组；二是每季度听取法治工作汇报。
2.规范执法行为。全年办理行政处罚案件42件，无一被复议纠错。
3.化解矛盾纠纷。一是开展矛盾纠纷排查；二是健全人民调解网络。
二、存在的不足和原因
一是执法人员专业能力不足；二是普法方式较为单一。
三、2024年度工作思路
1.提升执法能力。一是开展执法人员轮训；二是推行执法案卷评查。
2.创新普法形式。依托网格开展以案释法。`;

/** （一） headings on their own lines, （1） points one paragraph each with a run-in title. */
export const POINTS_PAREN = `示例区2023年度法治政府建设情况报告
2023年，示例区深入推进依法行政，法治政府建设取得积极成效。
一、主要举措和成效
（一）深化放管服改革
（1）推进一网通办。政务服务事项网上可办率达到98%。
（2）优化营商环境。出台优化营商环境措施20条。
（二）严格规范执法
（1）落实三项制度。行政执法公示平台全年公示信息3000条。
（2）开展案卷评查。评查行政执法案卷150卷。
二、存在的不足和原因
（一）基层执法力量薄弱
（1）执法人员数量不足。乡镇执法队伍平均不足5人。
三、下一年度推进法治政府建设的主要安排
（一）加强执法队伍建设
（1）开展全员培训。每年培训不少于60学时。`;

/** （一） run in, ① points one paragraph each. */
export const POINTS_CIRCLED = `示例县2023年度法治政府建设情况报告
2023年，示例县全面推进法治政府建设。
一、主要举措和成效
（一）完善依法决策机制。县政府严格落实重大行政决策程序。
①开展合法性审查。全年审查规范性文件18件。
②发挥法律顾问作用。法律顾问列席县政府常务会议24次。
（二）加强行政执法监督。县司法局开展执法检查。
①组织专项检查。检查执法单位15家。
②通报典型问题。印发通报4期。
二、存在的不足和原因
（一）依法决策意识有待增强。个别单位对合法性审查重视不够。
①审查流于形式。部分文件送审时间过短。`;

/** （一） on its own line, 1. points numbered on through the part (3. under （二）), each with a run-in title. */
export const POINTS_CONTINUOUS = `示例县人民政府关于2023年度法治政府建设情况的报告
2023年，示例县在市委、市政府的领导下，扎实推进法治政府建设。
一、2023年推进法治政府建设情况
（一）强化组织保障
1.压实领导责任。县政府常务会议专题研究法治政府建设4次。
2.健全工作机制。制定法治政府建设年度工作要点。
（二）推进严格执法
3.规范执法程序。全面推行行政执法三项制度。
4.加强执法监督。开展行政执法案卷评查2次。
二、存在的问题和不足
（一）执法力量不均衡
1.基层人员偏少。乡镇综合执法队伍人员不足。
（二）法治宣传不够深入
2.形式较为单一。普法活动以发放资料为主。`;

/** 1、 headings on their own lines with their text below, under thematic first-level headings; 一是 inline elsewhere. */
export const ITEMS_OWN_LINE_THEMATIC = `示例镇2023年度法治政府建设情况报告
2023年，示例镇坚持以法治思维推动各项工作。
一、坚持党的领导，法治建设责任进一步压实
1、健全领导机制
镇党委定期研究法治建设工作，全年专题研究3次。
2、落实学法制度
镇党委理论学习中心组集体学法6次。
二、坚持依法行政，执法水平进一步提高
1、规范执法程序
全面落实行政执法公示制度，全年公示执法信息120条。
2、强化执法监督
镇纪委对执法活动开展监督检查4次。
三、存在的问题
对照要求，还存在一些问题：一是执法人员不足；二是村级法治力量薄弱。
四、2024年工作打算
一是开展执法人员轮训；二是推行执法全过程记录。`;

/** First-level headings run into their paragraph (“一、主要举措和成效。正文”), 一是 inline. */
export const PARTS_RUN_IN = `示例省2023年度法治政府建设情况报告
2023年，示例省深入学习贯彻习近平法治思想，全面推进法治政府建设。
一、主要举措和成效。全省持续深化法治政府建设。一是完善依法行政制度体系；二是推进严格规范公正文明执法；三是强化行政权力制约监督。
二、存在的不足和原因。对照要求，还存在一些不足。一是法治政府建设推进不够平衡；二是基层执法能力有待提升。
三、下一年度推进法治政府建设的主要安排。2024年，全省将着力抓好以下工作。一是深化法治政府示范创建；二是加强行政执法队伍建设。`;



/** Parts that number their points differently: 1. paragraphs under （一） in the measures, 一是 inline after. */
export const MIXED_BY_PART = `示例区2023年度法治政府建设情况报告
2023年，示例区持续推进法治政府建设。
一、主要举措和成效
（一）推进依法决策
1.落实决策程序。重大行政决策均经合法性审查。
2.听取公众意见。重大决策公开征求意见12次。
（二）规范行政执法
1.推行三项制度。执法信息全部公示。
2.开展案卷评查。评查案卷80卷。
二、存在的不足和原因
对照要求，还存在一些不足：一是执法队伍力量不足；二是普法针对性不强。
三、下一年度推进法治政府建设的主要安排
一是深化法治政府示范创建；二是加强执法队伍建设。`;
/** Items numbered 1. with （1） points under them, no （一） level at all. */
export const ITEMS_ARABIC_POINTS_PAREN = `示例县2023年度法治政府建设情况报告
2023年，示例县扎实推进法治政府建设。
一、主要举措和成效
1.强化组织领导。县政府常务会议专题研究法治工作4次。
（1）健全领导机制。调整法治政府建设领导小组。
（2）落实学法制度。全年会前学法12次。
2.规范行政执法。全面落实行政执法三项制度。
（1）开展案卷评查。评查案卷80卷。
二、存在的不足和原因
1.执法力量不足。乡镇执法人员偏少。
（1）人员结构老化。四十五岁以上人员占六成。`;

/** Items numbered 1. as heading lines (no full stop) with （1） points under them; 一是 inline in the next part. */
export const ITEM_LINES_POINTS_PAREN = `示例市2023年度法治政府建设情况报告
2023年，示例市持续推进法治政府建设。
一、主要举措和成效
1.强化组织领导
（1）健全领导机制。调整法治政府建设领导小组。
（2）落实学法制度。全年会前学法12次。
2.规范行政执法
（1）开展案卷评查。评查案卷80卷。
二、存在的不足和原因
对照要求，还存在一些不足：一是执法队伍力量不足；二是普法针对性不强。`;

export const NUMBERING_REPORTS = { ITEM_LINES_POINTS_PAREN, ITEMS_ARABIC_POINTS_PAREN, ITEMS_ARABIC, POINTS_PAREN, POINTS_CIRCLED, POINTS_CONTINUOUS, ITEMS_OWN_LINE_THEMATIC, PARTS_RUN_IN, MIXED_BY_PART };
