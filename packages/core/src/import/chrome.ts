/**
 * Web-page chrome: what a government site prints around a report and a copy from the browser drags along
 * (navigation, 来源/发布时间 lines, the 索引号 block, footers, QR-code prompts). None of it is report text.
 * A line counts as chrome only when it is short: a real paragraph that happens to say “来源” is kept.
 */
const CHROME_PATTERNS: readonly RegExp[] = [
  /^来源[:：][^。；]*$/,
  /发布(时间|日期)[:：]/,
  /^(索引号|发文字号|主题分类|体裁分类|关键词|发布机构|公开方式|公开范围|有效性|信息来源)[:：]/,
  /(累计次数|浏览次数|阅读次数|点击数|访问量)[:：]?/,
  /字体[:：]?\s*\[?\s*(大|中|小|\])/,
  /^(欢迎(访问|光临)|今天是|当前位置|您当前的位置|您的位置|首页\s*[>＞|])/,
  /^(繁[體体]|简体|English|无障碍|智能问答|支持IPv6|长者模式|关怀版)(\s*[|｜]|$)/,
  /^(政府信息公开|信息公开|政务公开|政策文件|通知公告)$/,
  /^(扫一扫|用手机扫描|微信扫一扫|分享到|打印本页|关闭窗口|【打印】|【关闭】|打印|关闭|收藏)/,
  /^(主办单位|承办单位|协办单位|网站标识码|技术支持|联系电话|联系我们|网站地图|版权所有)[:：]?/,
  /(ICP备|公网安备|政府网站找错)/,
  /^(上一篇|下一篇)[:：]/,
  /^[-—_=•·|｜*\s]*$/,
  // Widgets: font size buttons on their own lines, print/share bars, accessibility switches.
  /^[大中小](\s+[大中小])*$/,
  /^(打印整页|打印内容|打印|分享|分享到|收藏|关闭)(\s*[:：]?\s*(打印整页|打印内容|打印|分享|分享到|收藏|关闭))*\s*[:：]?$/,
  /^(无障碍(阅读)?|关怀版|长者版|返回首页|简体\s*[|｜]?\s*繁体)(\s+\S{1,6}){0,4}$/,
  /^点击(关闭|打开|展开)详细目录信息$/,
  /^【(打印|关闭|字体|收藏|打印本页|关闭窗口)[^】]*】/,
  // A site header with today's date (often stale): “天津市静海区人民政府 2019年12月3日星期二”, “今天是：…”.
  /\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]/,
  // Breadcrumbs: 首页 > 政务公开 > 工作报告.
  /^[^。，；]{0,20}(\s*[>＞»›]\s*[^>＞»›。，]{1,16}){2,}$/,
  /^(您所在的位置|所在位置|位置)[:：]/,
  // A bare publication time with the site's name: “2025-04-27 10:14 黑龙江省人民政府网”.
  /^\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(:\d{2})?\s*\S{0,20}$/,
  // Footers and link lines: Copyright ©…, 一图读懂：https://….
  /^(Copyright|版权所有|©)/i,
  /^[^。，]{0,12}[:：]?\s*(https?:\/\/|www\.)\S+$/,
  // A column name printed above the report: 工作报告, 计划规划, 区内新闻.
  /^(工作报告|计划规划|计划总结|区内新闻|工作动态|法治政府建设|法治建设|规划计划|政府工作报告|其他法定主动公开内容)$/,
];

const MAX_CHROME_LENGTH = 80;

export function isChrome(line: string): boolean {
  const text = line.replace(/^[•·*\-\s]+/, '');
  return line.length <= MAX_CHROME_LENGTH && CHROME_PATTERNS.some((re) => re.test(text));
}

/** The publication date a page's chrome gives (发布时间:2024-03-19 16:22), as YYYY-MM-DD. */
export function publishedDate(line: string): string | undefined {
  const m = /发布(?:时间|日期)[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(line);
  if (!m) return undefined;
  return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
}
