// The preview webview's only script (loaded with the page's CSP nonce). It receives the rendered print HTML from
// the extension, swaps it in place (so the scroll position stays), reports clicks on blocks, highlights the
// block under the editor's cursor. Nothing here builds HTML from strings: the report HTML was escaped by the
// renderer and is parsed with DOMParser, and any <script> in it is dropped.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const container = /** @type {HTMLElement} */ (document.getElementById('report'));
  const style = /** @type {HTMLStyleElement} */ (document.getElementById('report-style'));
  const state = vscode.getState() || {};
  let restored = false;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') update(message.html);
    if (message.type === 'highlight') highlight(message.offset, message.reveal !== false);
    if (message.type === 'error') showError(message.text, message.keep === true);
    if (message.type === 'focusAt') focusAt = message.offset;
    if (message.type === 'problems') markProblems(message.problems);
    if (message.type === 'rejected') {
      // The YAML was not changed: the next render shows the truth again, in place of what was typed.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      awaiting = false;
    }
  });

  function update(html) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll('script').forEach((s) => s.remove());
    style.textContent = Array.from(parsed.querySelectorAll('style'), (s) => s.textContent).join('\n');
    document.documentElement.lang = parsed.documentElement.lang || 'zh-Hans';
    const main = parsed.querySelector('main') || parsed.body;
    makeEditable(main);
    // After Enter made a new entry, the fresh block (with the entry) takes the focus instead.
    if (focusAt === undefined) keepFocusedBlock(main);
    container.replaceChildren(document.adoptNode(main));
    awaiting = false;
    if (focusAt !== undefined) focusBlockAt(focusAt);
    document.body.dataset.state = 'rendered';
    fit();
    if (!restored && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
    restored = true;
  }

  /** The A4 page shrinks to the width of the pane (never grows), as a print preview does. */
  function fit() {
    const sheet = /** @type {HTMLElement | null} */ (container.querySelector('.report'));
    if (!sheet) return;
    sheet.style.zoom = '1';
    const zoom = Math.min(1, (document.documentElement.clientWidth - 16) / sheet.offsetWidth);
    sheet.style.zoom = String(zoom);
  }
  window.addEventListener('resize', fit);

  /**
   * An error in place of the report; with `keep` (a template error while a maintainer edits a pack) above the last
   * good render instead, so the page does not jump away while they fix it. The next update removes it.
   */
  function showError(text, keep) {
    const p = document.createElement('p');
    p.className = 'fz-error';
    p.textContent = text;
    const banner = container.querySelector(':scope > .fz-error');
    if (keep && container.querySelector('.report')) {
      if (banner) banner.replaceWith(p);
      else container.prepend(p);
    } else container.replaceChildren(p);
    document.body.dataset.state = 'error';
  }

  /** The innermost block whose source range holds the offset. */
  function blockAt(offset) {
    let best = null;
    let bestSize = Infinity;
    for (const el of container.querySelectorAll('[data-src-start]')) {
      const start = Number(el.getAttribute('data-src-start'));
      const end = Number(el.getAttribute('data-src-end'));
      if (offset >= start && offset <= end && end - start < bestSize) {
        best = el;
        bestSize = end - start;
      }
    }
    return best;
  }

  /** Diagnostics where they apply: the block each falls in is underlined, its messages in the tooltip. */
  function markProblems(problems) {
    for (const el of container.querySelectorAll('.fz-problem')) {
      el.classList.remove('fz-problem', 'fz-problem-error');
      el.removeAttribute('title');
    }
    for (const p of problems) {
      const el = blockAt(p.offset);
      if (!el) continue;
      el.classList.add('fz-problem');
      if (p.error) el.classList.add('fz-problem-error');
      el.setAttribute('title', el.hasAttribute('title') ? `${el.getAttribute('title')}\n${p.message}` : p.message);
    }
  }

  /**
   * Marks the block under the editor's cursor. The preview scrolls to it only when the cursor has moved to another
   * block: typing inside one block leaves the writer's scroll position alone.
   */
  let activeBlock = null;
  function highlight(offset, reveal) {
    container.querySelectorAll('.fz-active').forEach((el) => el.classList.remove('fz-active'));
    const el = blockAt(offset);
    const key = el ? el.getAttribute('data-block') : null;
    const moved = key !== activeBlock;
    activeBlock = key;
    if (!el) return;
    el.classList.add('fz-active');
    const box = el.getBoundingClientRect();
    if (reveal && moved && (box.top < 0 || box.bottom > window.innerHeight)) el.scrollIntoView({ block: 'center' });
  }

  container.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-src-start]') : null;
    if (!target) return;
    vscode.postMessage({
      type: 'reveal',
      start: Number(target.getAttribute('data-src-start')),
      end: Number(target.getAttribute('data-src-end')),
    });
  });

  // Editing in the preview: a paragraph's prose is editable text; its numbering and run-in heading are not (they
  // come from the template and the data). Each change goes to the extension, which edits the YAML it came from;
  // the next render confirms it. One change is in flight at a time, so offsets never go stale.
  let awaiting = false;
  let editTimer;
  let focusAt;
  const EDIT_MS = 250;
  const PLACEHOLDER = '【待填写】';
  const lastText = new WeakMap();

  function makeEditable(root) {
    for (const el of root.querySelectorAll('p[data-src-start]')) {
      if (el.classList.contains('signature')) continue;
      el.setAttribute('contenteditable', 'plaintext-only');
      el.setAttribute('spellcheck', 'false');
      for (const fixed of el.querySelectorAll('strong')) fixed.setAttribute('contenteditable', 'false');
      lastText.set(el, el.textContent);
    }
  }

  /** A re-render keeps the block the writer is typing in (with the caret), taking the new source range. */
  function keepFocusedBlock(root) {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || !container.contains(active) || !active.isContentEditable) return;
    const fresh = root.querySelector(`[data-block="${active.getAttribute('data-block')}"]`);
    if (!fresh) return;
    for (const name of ['data-src-start', 'data-src-end']) active.setAttribute(name, fresh.getAttribute(name) || '');
    lastText.set(active, fresh.textContent);
    fresh.replaceWith(active);
  }

  function focusBlockAt(offset) {
    const el = blockAt(offset);
    if (!el || !el.isContentEditable) return;
    focusAt = undefined;
    el.focus();
    // The new entry's placeholder is selected, so typing replaces it (the entry may print inside a paragraph).
    const range = document.createRange();
    range.selectNodeContents(el);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      const at = node.data.indexOf(PLACEHOLDER);
      if (at < 0) continue;
      range.setStart(node, at);
      range.setEnd(node, at + PLACEHOLDER.length);
      break;
    }
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function sendEdit(el) {
    clearTimeout(editTimer);
    if (awaiting) {
      editTimer = setTimeout(() => sendEdit(el), EDIT_MS);
      return;
    }
    const before = lastText.get(el);
    const after = el.textContent;
    if (before === after) return;
    awaiting = true;
    lastText.set(el, after);
    vscode.postMessage({ type: 'edit', start: Number(el.getAttribute('data-src-start')), end: Number(el.getAttribute('data-src-end')), before, after });
  }

  container.addEventListener('input', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[contenteditable="plaintext-only"]') : null;
    if (!el) return;
    clearTimeout(editTimer);
    editTimer = setTimeout(() => sendEdit(el), EDIT_MS);
  });
  container.addEventListener('keydown', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[contenteditable="plaintext-only"]') : null;
    if (!el || event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault(); // a paragraph is one scalar: no line breaks inside
    const selection = window.getSelection();
    const atEnd = selection && selection.isCollapsed && caretAtEnd(el, selection);
    if (!atEnd) return;
    sendEdit(el);
    vscode.postMessage({ type: 'newEntry', start: Number(el.getAttribute('data-src-start')) });
  });

  function caretAtEnd(el, selection) {
    const range = document.createRange();
    range.selectNodeContents(el);
    range.setStart(selection.focusNode, selection.focusOffset);
    return range.toString().length === 0;
  }

  let scrollTimer;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100);
  });

  vscode.postMessage({ type: 'ready' });
})();
