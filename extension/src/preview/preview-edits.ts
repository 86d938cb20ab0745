// The edits the preview's webview asks for, turned into YAML edits (the text work is in prose-edit.ts and
// entry-edit.ts), and what the writer is told when one cannot be made.
import * as vscode from 'vscode';
import { t } from '../i18n.js';
import { mergeEntryEdit, newItemEdit, splitEntryEdit, type StructureEdit } from './entry-edit.js';
import { newEntryEdit, yamlEditFor, type YamlEdit } from './prose-edit.js';

/**
 * A change typed in the preview: a block's text before and after (`edit`), Enter at the end of a list entry
 * (`newEntry`), Enter in its middle (`split`), Backspace at its start (`merge`), Ctrl+Enter for a new item (`newItem`).
 * Texts show each figure as `${name}`; `caret` is an offset into `text`.
 */
export interface PreviewEdit {
  type: 'edit' | 'newEntry' | 'split' | 'merge' | 'newItem';
  start?: unknown;
  end?: unknown;
  before?: unknown;
  after?: unknown;
  text?: unknown;
  caret?: unknown;
}

export const PREVIEW_EDITS = new Set(['edit', 'newEntry', 'split', 'merge', 'newItem']);

/** Why a change from the preview was not made, by its kind (a new entry that has no place needs no message). */
export const REFUSED: Partial<Record<PreviewEdit['type'], { zh: string; en: string }>> = {
  edit: {
    zh: '这处修改无法在预览里完成（编号、标题或数字引用来自数据），请在 YAML 里修改。',
    en: 'This change cannot be made in the preview (numbering, headings and figures come from the data); edit the YAML instead.',
  },
  split: {
    zh: '这里无法在预览里分段：只有一条要点或一项的正文可以在中间分成两条（数字引用不能拆开）。请在 YAML 里修改。',
    en: 'This cannot be split in the preview: only the text of a point or an item splits into two entries (never inside a figure). Edit the YAML instead.',
  },
  merge: {
    zh: '这一条无法在预览里并入上一条：它有自己的标题，或上一条的正文后面还有内容。请在 YAML 里修改。',
    en: 'This entry cannot be merged into the one before in the preview: it has a title of its own, or the one before does not end with its text. Edit the YAML instead.',
  },
  newItem: {
    zh: '这里不在任何一项（（一）……）里，无法新增一项。请把光标放在某一项的正文里再按 Ctrl+Enter。',
    en: 'This is not inside an item (（一）…), so no item can be added after it. Put the cursor in an item’s text and press Ctrl+Enter.',
  },
};

/** The YAML edit for a change from the preview; undefined when it cannot be made, null when the writer cancelled. */
export async function yamlEditForMessage(
  document: vscode.TextDocument,
  m: PreviewEdit,
  stillShown: () => boolean,
): Promise<YamlEdit | (YamlEdit & { entryOffset: number }) | StructureEdit | null | undefined> {
  const start = m.start as number;
  const yaml = document.getText();
  const withText = typeof m.end === 'number' && typeof m.text === 'string' && typeof m.caret === 'number';
  switch (m.type) {
    case 'edit':
      return typeof m.end === 'number' && typeof m.before === 'string' && typeof m.after === 'string' ? yamlEditFor(yaml, start, m.end, m.before, m.after) : undefined;
    case 'newEntry':
      return newEntryEdit(yaml, start);
    case 'split':
      return withText ? splitEntryEdit(yaml, start, m.end as number, m.text as string, m.caret as number) : undefined;
    case 'merge':
      return withText ? mergeEntryEdit(yaml, start, m.end as number, m.text as string, m.caret as number) : undefined;
    case 'newItem': {
      if (!newItemEdit(yaml, start, '')) return undefined;
      const version = document.version;
      const title = await vscode.window.showInputBox({
        title: t('新增一项（一）', 'New item'),
        prompt: t('这一项的标题（以后可以在 YAML 里修改；留空则先填【待填写】）', 'The title of the new item (you can change it in the YAML later; empty leaves 【待填写】)'),
        placeHolder: t('例如：完善依法行政制度体系', 'e.g. 完善依法行政制度体系'),
      });
      // The block's offset is the render's: if the YAML changed meanwhile (the box closes when the writer leaves it,
      // so hardly ever), nothing is added rather than something in the wrong place.
      return title === undefined || !stillShown() || document.version !== version ? null : newItemEdit(document.getText(), start, title);
    }
    default:
      return undefined;
  }
}
