// The page side of the benchmark, a classic script in the <head> of every case page: it times
// customElements.define, and, when the case's probe module says the drop-in file has been
// evaluated, waits for every element on the page to render and leaves the figures in
// window.benchLoad. window.benchInteract() then times one use of the signal check.
(() => {
  // The part whose text must be laid out for an element to count as rendered.
  const visiblePart = { 'bench-baseline-card': 'name', 'mh-contact-card': 'name', 'mh-signal-check': 'heading', 'mh-role-tips': 'heading' };
  const defines = [];
  const define = customElements.define;
  customElements.define = function timedDefine(name, constructor, options) {
    const start = performance.now();
    try {
      return define.call(this, name, constructor, options);
    } finally {
      defines.push({ name, start, end: performance.now() });
    }
  };

  /** The element's text is there and laid out (getBoundingClientRect forces style and layout). */
  function isVisible(element) {
    const part = element.shadowRoot?.querySelector(`[part~="${visiblePart[element.localName]}"]`);
    return Boolean(part && part.textContent.trim() !== '' && part.getBoundingClientRect().height > 0);
  }

  async function whenRendered(elements) {
    await Promise.all(elements.map((element) => element.updateComplete));
    const invisible = elements.filter((element) => !isVisible(element)).map((element) => element.localName);
    if (invisible.length) throw new Error(`not rendered after updateComplete: ${invisible.join(', ')}`);
  }

  let loaded;
  /** Resolves to window.benchLoad once the case has rendered (or failed to). */
  window.benchLoaded = new Promise((resolve) => {
    loaded = resolve;
  });
  // A file that throws never reaches the probe's second line.
  window.addEventListener('error', (event) => loaded({ error: String(event.error?.stack ?? event.message) }));

  // Called by the probe module right after the drop-in file's top-level code has run, in the
  // same task: Lit renders in a microtask, so nothing has rendered yet.
  window.benchEvaluated = (file) => {
    const evaluatedAt = performance.now();
    const elements = [...document.querySelectorAll(Object.keys(visiblePart).join(','))];
    const tags = new Set(elements.map((element) => element.localName));
    whenRendered(elements).then(
      () => {
        const renderedAt = performance.now();
        const entry = performance.getEntriesByName(new URL(file, location.href).href, 'resource')[0];
        if (!entry) throw new Error(`no resource timing entry for ${file}`);
        // Upgrading the elements already on the page happens inside define(): that is render work.
        const upgrading = defines.filter((d) => tags.has(d.name)).reduce((sum, d) => sum + d.end - d.start, 0);
        window.benchLoad = {
          evaluate: evaluatedAt - entry.responseEnd - upgrading,
          render: renderedAt - evaluatedAt + upgrading,
          total: renderedAt - entry.responseEnd,
          download: entry.responseEnd - entry.startTime,
          transferred: entry.transferSize,
          encoded: entry.encodedBodySize,
          decoded: entry.decodedBodySize,
          defines: defines.map((d) => ({ name: d.name, ms: d.end - d.start })),
          crossOriginIsolated,
        };
      },
    )
      .catch((error) => {
        window.benchLoad = { error: String(error?.stack ?? error) };
      })
      .then(() => loaded(window.benchLoad));
  };

  // One use of the check as a visitor does it: tick three signals (each tick re-renders), ask
  // for the result, and wait until the result and the contact cards in it are laid out.
  window.benchInteract = async () => {
    const check = document.querySelector('mh-signal-check');
    if (!check) return openBarrier();
    const root = check.shadowRoot;
    const boxes = [...root.querySelectorAll('form input[type="checkbox"]')].slice(0, 3);
    const submit = root.querySelector('[part~="submit"]');
    if (boxes.length < 3 || !submit) throw new Error('the signal check has no three checkboxes and a submit button');
    const start = performance.now();
    for (const box of boxes) {
      box.click();
      await check.updateComplete;
    }
    const ticked = performance.now();
    submit.click();
    await check.updateComplete;
    const cards = [...root.querySelectorAll('mh-contact-card')];
    await whenRendered(cards);
    const heading = root.querySelector('[part~="result-heading"]');
    if (!heading || heading.textContent.trim() === '' || heading.getBoundingClientRect().height === 0) {
      throw new Error('no result heading after submit');
    }
    const end = performance.now();
    return { interaction: end - start, ticks: ticked - start, submit: end - ticked, result: heading.textContent.trim(), cards: cards.length };
  };

  // One use of the role tips: open the first barrier, until its answer is laid out.
  async function openBarrier() {
    const tips = document.querySelector('mh-role-tips');
    const details = tips?.shadowRoot?.querySelector('details');
    const summary = details?.querySelector('summary');
    if (!details || !summary) throw new Error('the role tips have no barrier to open');
    const start = performance.now();
    summary.click();
    await tips.updateComplete;
    const answer = details.querySelector('p');
    if (!details.open || !answer || answer.getBoundingClientRect().height === 0) throw new Error('the barrier did not open');
    const end = performance.now();
    return { interaction: end - start, ticks: null, submit: null, result: summary.textContent.trim(), cards: 0 };
  }
})();
