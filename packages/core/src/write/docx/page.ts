/**
 * GB/T 9704-2012 page geometry in Word's units. Twips (1/20 pt) for lengths, half-points for font sizes.
 * A4; type area 156 × 225 mm, 37 mm from the top and 28 mm from the left edge, so margins are
 * top 37, bottom 35, left 28, right 26 mm; 22 lines of 28 characters of 3号 type.
 */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (x: number): number => Math.round(x * TWIPS_PER_MM);

export const PAGE = {
  width: 11906, // 210 mm, Word's own A4 value
  height: 16838, // 297 mm
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /**
   * Distance from the page's bottom edge to the footer line's bottom. The page number's dashes sit 7 mm below
   * the type area (35 mm from the edge): the footer line is set exactly (FOOTER_LINE) and its dashes ride about
   * 3 mm above its bottom, so 25 mm puts them 28 mm from the edge.
   */
  footer: mm(25),
  header: mm(15),
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt (page numbers and the imprint). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, imprint: 28 } as const;

/** The type area's width in twips (156 mm): a table spans it. */
export const typeWidth = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const typeHeight = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** Line pitch that fits 22 lines in the type area (Word's w:linePitch, twips). */
export const LINE_PITCH = Math.floor(typeHeight / LINES_PER_PAGE);

/**
 * Character spacing (w:spacing, twentieths of a point) that fits 28 characters of 3号 in a line: 28 × 16 pt is
 * 158 mm, 2 mm more than the type area, so each character gives up a quarter point.
 *
 * Word's own GB/T 9704 templates get there with a character grid instead (w:docGrid linesAndChars, charSpace
 * -842). LibreOffice lays that out differently: a character wider than the grid cell takes two cells, so its
 * PDF had 14 characters a line. A line-only grid plus this spacing gives 22 × 28 in Word, WPS and LibreOffice.
 */
export const CHAR_SPACING = Math.floor(typeWidth / CHARS_PER_LINE - SIZE.body * 10);

/** One character's advance, in twips: the unit for indents (“空二字”). */
export const CHAR_PITCH = SIZE.body * 10 + CHAR_SPACING;

/** The title's line: one and a half grid lines, so a two-line title stays compact. */
export const TITLE_LINE = Math.round(LINE_PITCH * 1.5);

/** The footer line, set exactly so that the grid does not push the page number about. */
export const FOOTER_LINE = 340;

/** The width, in characters of the type size, that a title line may take (156 mm of 22 pt type). */
export const TITLE_EMS = Math.floor(typeWidth / (SIZE.title * 10 + CHAR_SPACING));
