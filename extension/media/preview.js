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
    if (message.type === 'error') showError(message.text);
  });

  function update(html) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll('script').forEach((s) => s.remove());
    style.textContent = Array.from(parsed.querySelectorAll('style'), (s) => s.textContent).join('\n');
    document.documentElement.lang = parsed.documentElement.lang || 'zh-Hans';
    const main = parsed.querySelector('main') || parsed.body;
    container.replaceChildren(document.adoptNode(main));
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

  let scrollTimer;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100);
  });

  vscode.postMessage({ type: 'ready' });
})();
