/** Small reports in styles the seeds do not show, written from the structure rules. */

/** The county's page chrome that the golden normalisation does not know (it knows the seeds' only). */
const COUNTY_CHROME = ['打印本页  关闭窗口', '版权所有：示例县人民政府  网站标识码：1234000001'];
export const withoutChrome = (text: string) => text.split('\n').filter((l) => !COUNTY_CHROME.includes(l)).join('\n');

/** A county in the regulation's own order, with a signature; half-width punctuation as a web copy has it. */
export const COUNTY = `来源：示例县司法局  发布时间：2024-03-28 09:00
示例县2023年度法治政府建设情况报告
2023年,示例县坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:
一、2023年度推进法治政府建设的主要举措和成效
(一)强化组织领导。一是调整法治政府建设领导小组。县长任组长,印发《示例县2023年法治政府建设工作要点》。二是落实会前学法制度。全年会前学法12次。
(二)规范行政执法。全面落实行政执法“三项制度”,全年办理行政复议案件35件。
二、存在的问题
对照要求,还存在一些问题:一是基层执法力量薄弱;二是法治宣传针对性不强。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县委、县政府主要负责同志带头学法、带头依法决策,年内专题研究法治工作4次。
四、2024年工作计划
一是深化行政执法改革。推进乡镇综合执法。二是加强法治宣传教育。落实“谁执法谁普法”责任制。
下一步,示例县将继续坚持以法治为引领,推动法治政府建设再上新台阶。
示例县人民政府
2024年3月25日
打印本页  关闭窗口
版权所有：示例县人民政府  网站标识码：1234000001`;

/** A township: headings on their own lines, one point per paragraph, 困难和问题 and 下一步打算 wording. */
export const TOWNSHIP = `示例镇2022年法治政府建设工作情况的报告
2022年，示例镇在县委、县政府的领导下，持续推进依法行政。
一、工作开展情况
（一）健全依法决策机制
一是落实重大行政决策程序。全年重大决策8项均经合法性审查。
二是发挥法律顾问作用。法律顾问列席镇党委会议20次。
（二）化解矛盾纠纷
镇村两级调解组织全年调解纠纷56件。
二、困难和问题
一是执法人员不足；
二是村级法治力量薄弱。
三、镇党委书记、镇长履行推进法治建设第一责任人职责情况
镇党委书记、镇长主持召开专题会议，研究部署法治建设工作。
四、下一步打算
（一）提升执法水平
一是开展执法人员轮训。
二是推行执法全过程记录。`;

/** A district whose measures are numbered 1. 2. under （一）, with a salutation and unplaced text before the title. */
export const DISTRICT_NUMBERED = `本页内容仅供参考
示例区2023年度法治政府建设情况报告
示例市委、示例市人民政府：
2023年，示例区认真贯彻落实上级部署，全面推进依法行政。
一、主要举措和成效
（一）推进政府职能转变
1.深化“放管服”改革。政务服务事项网上可办率达到98%。
2.优化法治化营商环境。出台优化营商环境措施20条。
二、存在的不足和原因
一是部分干部法治意识不强。二是执法规范化水平有待提高。
三、履行推进法治建设第一责任人职责情况
区政府主要负责人定期听取法治建设工作汇报。
四、2024年度主要工作安排
持续推进法治政府建设示范创建。`;

/** A street office in traditional script with thematic first-level headings and a QR-code footer. */
export const TRADITIONAL_THEMES = `示例街道2023年度法治政府建設年度報告
2023年，示例街道加強組織領導，推進法治政府建設。現將情況報告如下：
一、強化組織保障，法治建設責任進一步壓實
一是調整依法治街委員會成員。二是每季度組織集體學法。
二、規範執法行為，執法水平進一步提高
嚴格落實行政執法“三項制度”，全年辦理案件120起。
掃一掃在手機打開當前頁`;
