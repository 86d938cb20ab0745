/**
 * GB/T 9704-2012 in CSS. A4; type area 156 × 225 mm from 37 mm top and 28 mm left; 22 lines of 28
 * characters of 3号 (16 pt) type. 28 × 16 pt is 158 mm, so characters are pulled together slightly with
 * letter-spacing, as Word's document grid does. The named faces are rarely installed outside Chinese
 * Windows, so each stack ends in the Noto CJK face that Debian's fonts-noto-cjk provides.
 */
export const FONT_STACKS = {
  song: `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
  fang: `"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif`,
  hei: `"黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`,
  kai: `"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif`,
  pageNumber: `"宋体", "SimSun", "Noto Serif CJK SC", serif`,
} as const;

const CHAR = 'calc(156mm / 28)';
const LINE = 'calc(225mm / 22)';

export const PRINT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt ${FONT_STACKS.pageNumber}; margin-right: 1em; vertical-align: top; padding-top: 7mm; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt ${FONT_STACKS.pageNumber}; margin-left: 1em; vertical-align: top; padding-top: 7mm; } }
html { -webkit-text-size-adjust: none; }
body { margin: 0; color: #000; background: #fff; }
.report { font: 16pt/${LINE} ${FONT_STACKS.fang}; letter-spacing: calc(${CHAR} - 16pt); text-align: justify; text-justify: inter-character; }
.report p, .report h2, .report h3, .report h4, .report h5 { margin: 0; font-size: 16pt; font-weight: normal; text-indent: calc(${CHAR} * 2); line-height: ${LINE}; }
.report h1 { margin: 0 0 ${LINE}; font: 22pt/calc(${LINE} * 1.5) ${FONT_STACKS.song}; text-align: center; letter-spacing: 0; }
.report h2, .report [data-level="1"] { font-family: ${FONT_STACKS.hei}; font-weight: normal; }
.report h3, .report [data-level="2"] { font-family: ${FONT_STACKS.kai}; font-weight: normal; }
.report h4, .report [data-level="3"] { font-family: ${FONT_STACKS.fang}; font-weight: bold; }
.report h5, .report [data-level="4"] { font-family: ${FONT_STACKS.fang}; font-weight: normal; }
.report h1 .title-line { display: block; white-space: nowrap; }
.report p.salutation { text-indent: 0; }
.report .signature { margin-top: ${LINE}; text-indent: 0; text-align: right; padding-right: calc(${CHAR} * 4); }
.report .signature span { display: block; }
.report p.document-number { text-indent: 0; text-align: center; }
.report p.attachment-label { break-before: page; text-indent: 0; font-family: ${FONT_STACKS.hei}; }
.report h1.attachment-title { margin-top: ${LINE}; }
.report ol.attachments { margin: ${LINE} 0 0; padding: 0 0 0 calc(${CHAR} * 5); list-style: none; }
.report ol.attachments li:first-child { text-indent: calc(${CHAR} * -3); }
.report table { width: 100%; border-collapse: collapse; margin: calc(${LINE} / 2) 0; letter-spacing: 0; }
.report caption { font-family: ${FONT_STACKS.hei}; line-height: ${LINE}; }
.report th, .report td { border: 1px solid #000; padding: 0 0.3em; text-align: center; line-height: 1.5; font-weight: normal; }
.report th { font-family: ${FONT_STACKS.hei}; }
.report p.copy-to { margin-top: ${LINE}; padding: 0 1em; text-indent: 0; font-size: 14pt; border-top: 1.3px solid #000; border-bottom: 1px solid #000; }
.report p.printed-by { display: flex; justify-content: space-between; padding: 0 1em; text-indent: 0; font-size: 14pt; border-bottom: 1.3px solid #000; }
@media screen {
  body { background: #e8e8e8; padding: 12px 0; }
  .report { box-sizing: content-box; width: 156mm; min-height: 225mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
}
@media print { .report { width: auto; } }
`;

/**
 * The editor preview: the same page, plus the highlight for the block under the cursor and a figure's value set
 * apart from the prose (it is data from `stats:`, not text to type over).
 */
export const PREVIEW_CSS = `
.report [data-block] { cursor: pointer; }
.report .fz-active { background: rgba(255, 214, 0, .28); outline: 1px solid rgba(200, 160, 0, .5); }
.report .fz-figure { background: rgba(0, 120, 215, .1); border-bottom: 1px dotted rgba(0, 90, 180, .8); border-radius: 2px; cursor: pointer; }
.report .fz-figure:hover { background: rgba(0, 120, 215, .2); }
`;
