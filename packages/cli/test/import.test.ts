import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';
import { docxBomb, docxBombBehindLyingHeaders } from './bad-input/generate.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'fazhi-import-'));
const SEED = resolve(repoRoot, 'examples/seeds/wanyuan-2023.txt');

const REPORT = [
  '示例区2023年度法治政府建设情况报告',
  '2023年，示例区全面推进依法行政。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）深化“放管服”改革。一是推行“一网通办”。政务服务事项网上可办率达到98%。二是优化营商环境。出台措施20条。',
  '二、存在的不足和原因',
  '一是基层执法力量薄弱；二是法治宣传针对性不强。',
  '三、履行推进法治建设第一责任人职责情况',
  '区政府主要负责人定期听取法治建设工作汇报。',
  '四、2024年度主要工作安排',
  '（一）持续推进示范创建。对照指标体系查缺补漏。',
];

// Each test runs the real command several times; on a loaded machine a Node start alone can take seconds.
describe('fazhi import', { timeout: 120_000 }, () => {
  it('imports a seed into a data file that fazhi check passes, and never overwrites it without --force', () => {
    const dir = tmp();
    const out = join(dir, 'wanyuan.yaml');
    const r = runCli(['import', SEED, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('模板 wanyuan-county-city');
    expect(readFileSync(out, 'utf8')).toMatch(/^# 由 fazhi import 从 .* 导入/);
    const check = runCli(['check', out]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('0 个错误');

    writeFileSync(out, 'mine');
    const again = runCli(['import', SEED, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已经存在');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(runCli(['import', SEED, '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('template: wanyuan-county-city');
  });

  it('reads a Word file paragraph by paragraph', async () => {
    const dir = tmp();
    const doc = new Document({ sections: [{ children: REPORT.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
    writeFileSync(join(dir, 'report.docx'), await Packer.toBuffer(doc));
    const r = runCli(['import', 'report.docx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'report.yaml'), 'utf8');
    expect(yaml).toContain('name: 示例区');
    expect(yaml).toMatch(/- title: 深化“放管服”改革\n\s+points:\n\s+- title: 推行“一网通办”/);
    expect(runCli(['check', join(dir, 'report.yaml')]).code).toBe(0);
  });

  it('reads a saved web page: visible text only, navigation and footer dropped as chrome', () => {
    const dir = tmp();
    const html = `<!DOCTYPE html><html><head><title>示例区政府网</title><style>p{color:red}</style></head><body>
      <nav><a href="/">首页</a> &gt; <span>政府信息公开</span></nav><div class="info">来源：示例区司法局 发布时间：2024-03-20 10:00</div>
      <script>var a = "一、不是正文";</script>
      <div class="content">${REPORT.map((l) => `<p>${l.replace('“', '&ldquo;').replace('”', '&rdquo;')}</p>`).join('\n')}</div>
      <footer><p>主办单位：示例区人民政府办公室</p><p>网站标识码：1234000002</p></footer></body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const r = runCli(['import', 'page.html', '--out', '-'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('published: 2024-03-20');
    expect(r.stdout).toContain('推行“一网通办”');
    // Out of the data; the dropped lines are listed in the comment that ends the file.
    const [data = '', dropped = ''] = r.stdout.split('# 导入时去掉的网页内容');
    expect(data).not.toMatch(/不是正文|主办单位|网站标识码|color/);
    expect(dropped).toMatch(/主办单位/);
    expect(r.stdout).not.toMatch(/不是正文|color/);
  });

  it('refuses a zip bomb dressed as a .docx before unzipping it, and writes nothing', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bomb.docx'), docxBomb());
    const r = runCli(['import', 'bomb.docx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bomb.docx：解压后超过 64 MB');
    expect(readdirSync(dir)).toEqual(['bomb.docx']);
  });

  it('never inflates what a .docx hides behind local headers that say 0 bytes (mammoth reads only the parts counted)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'liar.docx'), docxBombBehindLyingHeaders());
    const r = runCli(['import', 'liar.docx'], { cwd: dir });
    // Before: the count saw empty parts, mammoth inflated the 65 MB run from the central directory and imported it.
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toContain('liar.docx：不是有效的 .docx 文件');
    expect(readdirSync(dir)).toEqual(['liar.docx']);
  });

  it('explains a missing file, an old .doc and an unknown template', () => {
    expect(runCli(['import', 'no/such.txt']).stderr).toContain('找不到这个文件');
    const dir = tmp();
    writeFileSync(join(dir, 'old.doc'), 'x');
    // A LibreOffice that cannot run: the message still says how to get a .docx.
    expect(runCli(['import', 'old.doc'], { cwd: dir, env: { FAZHI_SOFFICE: join(dir, 'no-soffice') } }).stderr).toContain('另存为');
    const r = runCli(['import', SEED, '--template', 'wanyuan-county', '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('wanyuan-county-city');
  });
});

describe('fazhi new', { timeout: 120_000 }, () => {
  it('writes a scaffold that fazhi check passes with only placeholder warnings and the reminder to sign', () => {
    const dir = tmp();
    const r = runCli(['new', '--template', 'tanggu-street-office', '--jurisdiction', '示例街道', '--year', '2024'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, '示例街道-2024.yaml');
    expect(readFileSync(file, 'utf8')).toContain('【待填写');
    const check = runCli(['check', file, '--format', 'json']);
    expect(check.code).toBe(0);
    const codes = new Set((JSON.parse(check.stdout) as Array<{ code: string }>).map((d) => d.code));
    // The signature is written commented out: missing-signature reminds the writer to fill it in.
    expect([...codes].sort()).toEqual(['missing-signature', 'placeholder']);
    expect(runCli(['new', '--jurisdiction', '示例街道', '--year', '2024', '--template', 'tanggu-street-office'], { cwd: dir }).stderr).toContain('--force');
  });

  it('refuses a bad year or kind with the usage', () => {
    const r = runCli(['new', '--jurisdiction', '示例县', '--year', '24']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year');
    expect(runCli(['new', '--jurisdiction', '示例县', '--year', '2024', '--kind', 'county-level']).stderr).toContain('county-city');
  });
});

describe('fazhi import --year', { timeout: 120_000 }, () => {
  it('starts this year’s report from last year’s, flagging what still names last year', () => {
    const r = runCli(['import', SEED, '--year', '2024', '--out', '-']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^year: 2024$/m);
    expect(r.stdout).toContain('# ⚠ 这一部分有');
    expect(r.stderr).toContain('报告年度已从 2023 年改为 2024 年');
    expect(r.stderr).toMatch(/仍写着2023年的内容.*2023年，全市共计开展专题学习200余次/);
  });

  it('refuses a year that is not one', () => {
    const r = runCli(['import', SEED, '--year', '24', '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year 要写四位数的年度');
  });
});

describe('fazhi import learning the format', { timeout: 120_000 }, () => {
  // The 第一责任人 part first and no title: no shipped pack prints it so.
  const REPORT_OWN = [
    '2023年，示例区坚持依法行政。现将有关情况报告如下：',
    '一、区政府主要负责同志履行推进法治建设第一责任人职责情况',
    '区政府主要负责同志定期听取法治政府建设工作汇报。',
    '二、2023年法治政府建设的主要举措和成效',
    '（一）深化放管服改革',
    '政务服务事项网上可办率达到98%。',
  ];

  it('writes the inferred pack beside the data file, where check and render find it from any folder', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'district-2023.txt'), REPORT_OWN.join('\n'));
    const r = runCli(['import', join(dir, 'district-2023.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'templates/imported-district-2023/template.yaml'), 'utf8')).toMatch(/^extends: /m);
    expect(readFileSync(join(dir, 'district-2023.yaml'), 'utf8')).toMatch(/^template: imported-district-2023$/m);
    const check = runCli(['check', join(dir, 'district-2023.yaml')]);
    expect(check.code, check.stdout).toBe(0);
    const back = runCli(['render', join(dir, 'district-2023.yaml'), '--format', 'txt', '--out', '-']);
    expect(back.stdout.replace(/\s+/g, '')).toBe(REPORT_OWN.join(''));
  });

  // Items numbered 1. run in, points （1） as paragraphs: no shipped pack numbers both levels so.
  const NUMBERED = [
    '示例县2023年度法治政府建设情况报告',
    '2023年，示例县扎实推进法治政府建设。',
    '一、主要举措和成效',
    '1.强化组织领导。县政府常务会议专题研究法治工作4次。',
    '（1）健全领导机制。调整法治政府建设领导小组。',
    '（2）落实学法制度。全年会前学法12次。',
    '2.规范行政执法。全面落实行政执法三项制度。',
    '（1）开展案卷评查。评查案卷80卷。',
    '二、存在的不足和原因',
    '1.执法力量不足。乡镇执法人员偏少。',
    '（1）人员结构老化。四十五岁以上人员占六成。',
  ];

  it('--new-template writes the numbering the report uses (1. items, （1） points) into templates/<id>, and render gives the report back line for line', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), NUMBERED.join('\n'));
    const r = runCli(['import', 'r.txt', '--new-template', 'shili-numbered', '--templates', 'packs'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    // The first --templates folder takes it.
    const pack = readFileSync(join(dir, 'packs/shili-numbered/template.yaml'), 'utf8');
    expect(pack).toMatch(/^id: shili-numbered$/m);
    expect(pack).toMatch(/^ {2}item:\n {4}style: "?1\."?\n {4}layout: run-in$/m);
    expect(pack).toMatch(/^ {2}point:\n {4}style: （1）\n {4}layout: paragraphs$/m);
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toMatch(/^template: shili-numbered$/m);
    const check = runCli(['check', 'r.yaml', '--templates', 'packs'], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
    const back = runCli(['render', 'r.yaml', '--templates', 'packs', '--format', 'txt', '--out', '-'], { cwd: dir });
    expect(back.stdout.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(NUMBERED);
  });

  it('--new-template writes nothing when a shipped pack already prints the report, and says so', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'seed.txt'), readFileSync(SEED, 'utf8'));
    const r = runCli(['import', 'seed.txt', '--new-template', 'not-needed'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'templates/not-needed'))).toBe(false);
    expect(r.stderr).toContain('没有写新模板 not-needed');
  });

  it('puts it in the templates folder under the id --new-template names, and refuses a bad id', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), REPORT_OWN.join('\n'));
    const r = runCli(['import', 'r.txt', '--new-template', 'shili-district'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'templates/shili-district/template.yaml'), 'utf8')).toContain('id: shili-district');
    expect(runCli(['import', 'r.txt', '--new-template', 'Bad Id', '--force'], { cwd: dir }).stderr).toContain('--new-template 的编号');
  });
});
