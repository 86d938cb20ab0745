// The preview webview's only script (loaded with the page's CSP nonce). It receives the rendered print HTML from
// the extension, whole (`update`) or as the blocks that changed since the render it holds (`patch`), and puts it in
// place (so the scroll position, selection, highlight and problem marks stay), reports clicks on blocks, highlights
// the block under the editor's cursor. Nothing here builds HTML from strings: the report HTML was escaped by the
// renderer and is parsed with DOMParser, and any <script> in it is dropped.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const container = /** @type {HTMLElement} */ (document.getElementById('report'));
  const style = /** @type {HTMLStyleElement} */ (document.getElementById('report-style'));
  const state = vscode.getState() || {};
  let restored = false;
  /** The extension's sequence number of the render shown: a patch applies only to the render it was made from. */
  let shownRender;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') update(message.page ? pageDocument(message.page) : parse(message.html), message.version, message.render);
    if (message.type === 'patch') patch(message);
    if (message.type === 'highlight') highlight(message.offset, message.reveal !== false);
    if (message.type === 'error') showError(message.text);
    if (message.type === 'focusAt') focusAt = message.offset;
    if (message.type === 'problems') markProblems(message.problems);
    if (message.type === 'applied') appliedVersion = message.version;
    if (message.type === 'rejected') {
      // The YAML was not changed: the next render shows the truth again, in place of what was typed.
      pending.clear();
      awaiting = false;
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    }
  });

  /** Report HTML as an inert document: parsed, never run. */
  function parse(html) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll('script').forEach((s) => s.remove());
    return parsed;
  }

  /** The page from its pieces, as `fazhi/render` sends them with `page: true`. */
  function pageDocument(page) {
    const parsed = parse(`<!DOCTYPE html><body><main class="report">${page.blocks.join('\n')}</main></body>`);
    parsed.documentElement.lang = page.lang;
    const sheet = parsed.createElement('style');
    sheet.textContent = page.style;
    parsed.head.append(sheet);
    return parsed;
  }

  /** Whether a render is of the YAML the edit in flight produced (or later): see update(). */
  function isCurrent(version) {
    return !awaiting || (typeof version === 'number' && appliedVersion !== undefined && version >= appliedVersion);
  }

  function update(parsed, version, render) {
    shownRender = render;
    // A render of the YAML from before the edit in flight: its text and source offsets would be stale, and an edit
    // diffed against them would drop (or be refused for) what was typed since. The block being typed in stays as is.
    const current = isCurrent(version);
    style.textContent = Array.from(parsed.querySelectorAll('style'), (s) => s.textContent).join('\n');
    document.documentElement.lang = parsed.documentElement.lang || 'zh-Hans';
    const main = parsed.querySelector('main') || parsed.body;
    makeEditable(main);
    // After Enter made a new entry, the fresh block (with the entry) takes the focus instead.
    const caret = caretIn(document.activeElement);
    keepTypedBlocks(main, current);
    container.replaceChildren(document.adoptNode(main));
    // Moving the focused block into the new page takes the focus and the caret from it: both are put back, or the
    // writer's next keystroke would go nowhere.
    if (caret && caret.el.isConnected && focusAt === undefined) restoreCaret(caret);
    rendered(current);
    fit();
    if (!restored && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
    restored = true;
  }

  function rendered(current) {
    if (current) awaiting = false;
    if (current && pending.size) flush();
    if (focusAt !== undefined) focusBlockAt(focusAt);
    document.body.dataset.state = 'rendered';
  }

  /**
   * The blocks that changed, put in place of the old ones; the rest of the page is not touched, so the scroll
   * position, the selection and the focus, the highlight and the problem marks stay (a replaced block takes over the
   * marks of the one it replaces until the extension's next `highlight` and `problems`). Then every block takes its
   * index and source range. The block being typed in is kept as update() keeps it. A patch made from another render
   * than the one shown is not applied: the extension is asked for the whole page.
   */
  function patch(m) {
    const main = container.querySelector('main');
    if (m.base === undefined || m.base !== shownRender || !main) {
      shownRender = undefined;
      vscode.postMessage({ type: 'resync' });
      return;
    }
    shownRender = m.render;
    const current = isCurrent(m.version);
    const parsed = parse(`<!DOCTYPE html><body>${m.insert.join('')}</body>`);
    makeEditable(parsed.body);
    const fresh = Array.from(parsed.body.children);
    const blocks = Array.from(main.children);
    const old = blocks.slice(m.from, m.from + m.remove);
    const after = blocks[m.from + m.remove] || null;
    const keptFor = new Map();
    const staleKept = keepTypedBlocks(
      parsed.body,
      current,
      (el) => {
        const at = old.indexOf(el);
        return at < 0 ? el : (fresh[at] ?? null);
      },
      (copy, el) => keptFor.set(copy, el),
    );
    // The nodes of the changed run in order: a kept block stands where its fresh copy was.
    const run = fresh.map((el) => keptFor.get(el) ?? el);
    old.forEach((el, i) => {
      if (run.includes(el)) return;
      const successor = run[i];
      if (successor) for (const mark of ['fz-active', 'fz-problem', 'fz-problem-error']) if (el.classList.contains(mark)) successor.classList.add(mark);
      if (successor && el.hasAttribute('title')) successor.setAttribute('title', el.getAttribute('title') || '');
      el.remove();
    });
    // From the end, so a kept block (already in the page) is never moved: moving it would take its focus.
    let next = after;
    for (let i = run.length - 1; i >= 0; i--) {
      const node = run[i];
      if (node.parentNode !== main || node.nextElementSibling !== next) main.insertBefore(document.adoptNode(node), next);
      next = node;
    }
    Array.from(main.children).forEach((el, i) => {
      setAttribute(el, 'data-block', String(i));
      const start = m.sources[2 * i];
      if (start === undefined || start < 0 || staleKept.has(el)) return;
      setAttribute(el, 'data-src-start', String(start));
      setAttribute(el, 'data-src-end', String(m.sources[2 * i + 1]));
    });
    rendered(current);
  }

  /** Only when it differs: an attribute write restyles the element even when the value stays. */
  function setAttribute(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
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

  function showError(text) {
    const p = document.createElement('p');
    p.className = 'fz-error';
    p.textContent = text;
    container.replaceChildren(p);
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
  // the next render confirms it. One change is in flight at a time, and it is in flight until a render of the YAML
  // version it produced arrives (the extension answers `applied` with that version), so offsets never go stale.
  let awaiting = false;
  let appliedVersion;
  let editTimer;
  let focusAt;
  const pending = new Set();
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

  /**
   * A re-render keeps the blocks the writer is typing in (the focused one with its caret, and any with typed text not
   * sent yet, e.g. when the focus just moved to the editor), taking the new source range; unless the render is older
   * than the edit in flight: then each keeps its range and the text its next edit is diffed from. After Enter made a
   * new entry, the fresh block (with the entry) takes the focus instead.
   */
  function keepTypedBlocks(
    root,
    current,
    freshFor = (el) => root.querySelector(`[data-block="${el.getAttribute('data-block')}"]`),
    place = (fresh, el) => fresh.replaceWith(el),
  ) {
    const active = document.activeElement;
    const kept = new Set(pending);
    const stale = new Set(); // kept blocks keeping their old source range (a patch must not set the new one)
    if (focusAt === undefined && active instanceof HTMLElement && container.contains(active) && active.isContentEditable) kept.add(active);
    for (const el of kept) {
      const fresh = freshFor(el);
      if (!fresh) {
        pending.delete(el); // the block is gone from the report (its entry was removed in the YAML)
        continue;
      }
      if (!current) stale.add(el);
      if (fresh === el) continue; // a patch that leaves this block as it is
      if (current) {
        for (const name of ['data-src-start', 'data-src-end']) el.setAttribute(name, fresh.getAttribute(name) || '');
        lastText.set(el, fresh.textContent);
      }
      place(fresh, el);
    }
    return stale;
  }

  /** The caret (or selection) in an editable block, as character offsets into its text. */
  function caretIn(el) {
    const selection = window.getSelection();
    if (!(el instanceof HTMLElement) || !el.isContentEditable || !container.contains(el) || !selection || !selection.rangeCount) return undefined;
    const offsetOf = (node, offset) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.setEnd(node, offset);
      return range.toString().length;
    };
    if (!el.contains(selection.anchorNode) || !el.contains(selection.focusNode)) return undefined;
    return { el, anchor: offsetOf(selection.anchorNode, selection.anchorOffset), focus: offsetOf(selection.focusNode, selection.focusOffset) };
  }

  function restoreCaret({ el, anchor, focus }) {
    el.focus({ preventScroll: true });
    const at = (offset) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let last = null;
      for (let node; (node = walker.nextNode()); last = node) {
        if (offset <= node.data.length) return [node, offset];
        offset -= node.data.length;
      }
      return last ? [last, last.data.length] : [el, el.childNodes.length];
    };
    const selection = window.getSelection();
    selection.setBaseAndExtent(...at(anchor), ...at(focus));
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

  /** Typed text waits EDIT_MS for more typing, then goes to the extension (one edit in flight at a time). */
  function schedule(el) {
    pending.add(el);
    clearTimeout(editTimer);
    editTimer = setTimeout(flush, EDIT_MS);
  }

  function flush() {
    clearTimeout(editTimer);
    if (awaiting) {
      // Sent once a render of the edit in flight arrives (update() flushes); the timer is a safety net.
      if (pending.size) editTimer = setTimeout(flush, EDIT_MS);
      return;
    }
    for (const el of pending) {
      pending.delete(el);
      const before = lastText.get(el);
      const after = el.textContent;
      if (before === after) continue;
      awaiting = true;
      appliedVersion = undefined;
      lastText.set(el, after);
      vscode.postMessage({ type: 'edit', start: Number(el.getAttribute('data-src-start')), end: Number(el.getAttribute('data-src-end')), before, after });
      if (pending.size) editTimer = setTimeout(flush, EDIT_MS);
      return;
    }
  }

  container.addEventListener('input', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[contenteditable="plaintext-only"]') : null;
    if (el) schedule(el);
  });
  // Leaving a block (a click into the editor, Ctrl+S there, another block) sends what was typed in it at once.
  container.addEventListener('focusout', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[contenteditable="plaintext-only"]') : null;
    if (el && pending.has(el)) flush();
  });
  container.addEventListener('keydown', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[contenteditable="plaintext-only"]') : null;
    if (!el || event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault(); // a paragraph is one scalar: no line breaks inside
    const selection = window.getSelection();
    const atEnd = selection && selection.isCollapsed && caretAtEnd(el, selection);
    if (!atEnd) return;
    pending.add(el);
    flush();
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
