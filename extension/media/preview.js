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
    if (message.type === 'error') showError(message.text, message.keep === true);
    if (message.type === 'focusAt') focusAt = message.focus;
    if (message.type === 'problems') markProblems(message.problems);
    if (message.type === 'applied') appliedVersion = message.version;
    if (message.type === 'cancelled') awaiting = false; // the writer closed the new item's title box
    if (message.type === 'rejected') {
      // The YAML was not changed: the next render shows the truth again, in place of what was typed.
      pending.clear();
      deferred = undefined;
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
    if (current && !awaiting && deferred) runDeferred();
    if (current && focusAt !== undefined) focusBlockAt(focusAt);
    document.body.dataset.state = 'rendered';
  }

  /**
   * The blocks that changed, put in place of the old ones; the rest of the page is not touched, so the scroll
   * position, the selection and the focus, the highlight and the problem marks stay (a replaced block takes over the
   * marks of the one it replaces until the extension's next `highlight` and `problems`). Then every block takes its
   * index and source range, and its figures theirs. The block being typed in is kept as update() keeps it. A patch
   * made from another render than the one shown is not applied: the extension is asked for the whole page.
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
      if (staleKept.has(el)) return;
      const start = m.sources[2 * i];
      if (start !== undefined && start >= 0) {
        setAttribute(el, 'data-src-start', String(start));
        setAttribute(el, 'data-src-end', String(m.sources[2 * i + 1]));
      }
      const figures = (m.figures && m.figures[i]) || [];
      if (figures.length) {
        el.querySelectorAll('.fz-figure').forEach((span, k) => {
          if (!(figures[2 * k] >= 0)) return;
          setAttribute(span, 'data-figure-start', String(figures[2 * k]));
          setAttribute(span, 'data-figure-end', String(figures[2 * k + 1]));
        });
      }
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
    const el = blockAt(offset);
    const key = el ? el.getAttribute('data-block') : null;
    const moved = key !== activeBlock;
    // Typing within the marked block: nothing to change, and no class toggled or layout read that the frame
    // showing the next patch would pay for.
    if (el && !moved && el.classList.contains('fz-active')) return;
    container.querySelectorAll('.fz-active').forEach((other) => other.classList.remove('fz-active'));
    activeBlock = key;
    if (!el) return;
    el.classList.add('fz-active');
    if (!reveal || !moved) return;
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
  }

  container.addEventListener('click', (event) => {
    // A figure is data: a click shows its entry under `stats:` in the YAML.
    const figure = event.target instanceof Element ? event.target.closest('.fz-figure[data-figure-start]') : null;
    if (figure) {
      vscode.postMessage({ type: 'revealFigure', start: Number(figure.getAttribute('data-figure-start')), end: Number(figure.getAttribute('data-figure-end')) });
      return;
    }
    const target = event.target instanceof Element ? event.target.closest('[data-src-start]') : null;
    if (!target) return;
    vscode.postMessage({
      type: 'reveal',
      start: Number(target.getAttribute('data-src-start')),
      end: Number(target.getAttribute('data-src-end')),
    });
  });

  // Editing in the preview: a paragraph's prose is editable text; its numbering, run-in heading and figures are not
  // (they come from the template and the data). Each change goes to the extension, which edits the YAML it came from;
  // the next render confirms it. One change is in flight at a time, and it is in flight until a render of the YAML
  // version it produced arrives (the extension answers `applied` with that version), so offsets never go stale. A
  // split, merge or new entry waits (`deferred`) for the typing before it to be in the YAML and rendered.
  let awaiting = false;
  let appliedVersion;
  let editTimer;
  let focusAt;
  let deferred;
  const pending = new Set();
  const EDIT_MS = 250;
  const PLACEHOLDER = '【待填写】';
  const lastText = new WeakMap();

  function makeEditable(root) {
    for (const el of root.querySelectorAll('p[data-src-start]')) {
      if (el.classList.contains('signature')) continue;
      el.setAttribute('contenteditable', 'plaintext-only');
      el.setAttribute('spellcheck', 'false');
      for (const fixed of el.querySelectorAll('strong, .fz-figure')) fixed.setAttribute('contenteditable', 'false');
      lastText.set(el, sourceText(el));
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
        lastText.set(el, sourceText(fresh));
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

  /**
   * After a new entry, a split or a merge: the caret into the block the extension names (the offset of the entry in
   * the new YAML), on the placeholder to type over (`select`) or before the text that follows it (`before`).
   */
  function focusBlockAt(focus) {
    focusAt = undefined; // once: a block that is not there (or not editable) must not keep the next renders from keeping the typed one
    const el = blockAt(focus.offset);
    if (!el || !el.isContentEditable) return;
    el.focus();
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(true);
    const wanted = focus.select || focus.before;
    // Only the writer's text: numbering, headings and figures hold no caret.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement && n.parentElement.isContentEditable ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
    });
    let first = null;
    let found = false;
    for (let node; !found && (node = walker.nextNode()); ) {
      first = first || node;
      const at = wanted ? node.data.indexOf(wanted) : -1;
      if (at < 0) continue;
      range.setStart(node, at);
      range.setEnd(node, focus.select ? at + wanted.length : at);
      found = true;
    }
    // Nothing to find: the start of the writer's text, past the numbering.
    if (!found && first) range.setStart(first, 0);
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
      const after = sourceText(el);
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
    const selection = window.getSelection();
    if (!el || event.isComposing || !selection || !selection.rangeCount) return;
    if (event.key === 'Enter') {
      event.preventDefault(); // a paragraph is one scalar: no line breaks inside
      if (event.ctrlKey || event.metaKey) return structural(el, 'newItem');
      if (!selection.isCollapsed) return;
      if (caretAtEnd(el, selection)) return structural(el, 'newEntry');
      if (beforeCaret(el) === 'text') return structural(el, 'split');
      return;
    }
    if ((event.key === 'Backspace' || event.key === 'Delete') && selection.isCollapsed) {
      // A figure is the data's: the browser would delete it whole, and the YAML keeps its `${name}`.
      if (atomBeside(selection, event.key === 'Backspace')) return event.preventDefault();
      // At the start of a paragraph that is no list entry (nothing before it) Backspace has nothing to do.
      if (event.key === 'Backspace' && beforeCaret(el) === 'number') {
        event.preventDefault();
        structural(el, 'merge');
      }
    }
  });

  /**
   * A split, merge or new entry: what was typed before it goes first, and it is sent once a render of that edit has
   * arrived, with the block's text and the caret as they are then (figures as `${name}`, as in the YAML).
   */
  function structural(el, type) {
    pending.add(el);
    flush();
    deferred = { key: el.getAttribute('data-block'), type, caret: sourceCaret(el) };
    if (!awaiting) runDeferred();
  }

  function runDeferred() {
    const { key, type, caret } = deferred;
    deferred = undefined;
    const el = container.querySelector(`[data-block="${key}"]`);
    if (!el) return;
    // The block kept through the render still holds the caret where the writer has it now.
    const selection = window.getSelection();
    const now = selection && selection.rangeCount && el.contains(selection.focusNode) ? sourceCaret(el) : caret;
    awaiting = true;
    appliedVersion = undefined;
    const start = Number(el.getAttribute('data-src-start'));
    const end = Number(el.getAttribute('data-src-end'));
    vscode.postMessage({ type, start, end, text: sourceText(el), caret: now });
  }

  /** A block's text as the YAML has it: each figure as its `${name}` reference, not its value. */
  function sourceText(node) {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child instanceof Element && child.classList.contains('fz-figure')) out += '${' + child.getAttribute('data-figure') + '}';
      else out += sourceText(child);
    }
    return out;
  }

  /** The caret as an offset into sourceText(el). */
  function sourceCaret(el) {
    const selection = window.getSelection();
    if (!selection || !selection.rangeCount || !el.contains(selection.focusNode)) return sourceText(el).length;
    const range = document.createRange();
    range.selectNodeContents(el);
    range.setEnd(selection.focusNode, selection.focusOffset);
    return sourceText(range.cloneContents()).length;
  }

  /**
   * What stands before the caret in its block: `nothing`, `number` (right after a run-in heading or a point's number,
   * 一是, 1., （1）: where an entry's own text begins, which the template prints and the writer cannot delete anyway)
   * or `text`.
   */
  function beforeCaret(el) {
    const selection = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(el);
    range.setEnd(selection.focusNode, selection.focusOffset);
    const before = range.cloneContents();
    const last = before.lastChild;
    if (last instanceof Element && last.tagName === 'STRONG') return 'number';
    const headings = before.querySelectorAll('strong');
    headings.forEach((s) => s.remove());
    const text = before.textContent;
    if (text === '') return headings.length ? 'number' : 'nothing';
    return /(^|[；。：;:])([一二三四五六七八九十]+是|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])$/.test(text) ? 'number' : 'text';
  }

  /** The figure (or heading) right beside a collapsed caret, in the direction a Backspace or Delete would remove. */
  function atomBeside(selection, backward) {
    const node = selection.focusNode;
    const offset = selection.focusOffset;
    let beside;
    if (node.nodeType === Node.TEXT_NODE) {
      if (backward ? offset > 0 : offset < node.data.length) return null;
      beside = backward ? node.previousSibling : node.nextSibling;
    } else beside = node.childNodes[backward ? offset - 1 : offset];
    return beside instanceof Element && beside.classList.contains('fz-figure') ? beside : null;
  }

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
