// The order form's live parts: the handwriting sample follows the look, the price follows paper, envelope and date.
// Listens on the document, so it works however the page was reached (Blazor's enhanced navigation does not run
// scripts that arrive with a page).
(() => {
  const value = (form, key) => form.querySelector(`[data-sample="${key}"], [data-quote="${key}"]`);
  const money = minor => (minor / 100).toFixed(2);

  function updateSample(form) {
    const img = form.querySelector('#o-sample');
    if (!img) return;
    const params = new URLSearchParams();
    for (const key of ['font', 'ink', 'paper', 'stationery']) params.set(key, value(form, key).value);
    const who = value(form, 'name');
    const called = who && who.selectedOptions[0] && who.selectedOptions[0].dataset.called;
    if (called) params.set('name', called);
    img.src = `/my/sample.png?${params}`;
    const full = form.querySelector('#o-sample-full');
    if (full) full.href = img.src;
    // The sheet keeps its shape while the new one draws: the paper's size at the sample's 100 dpi.
    const sizes = { A5: [583, 827], A4: [827, 1169], Letter: [850, 1100], Card5x7: [500, 700] };
    const [w, h] = sizes[params.get('paper')] || sizes.A5;
    img.width = w;
    img.height = h;
    const paperName = form.querySelector('[data-paper-name]');
    const paper = value(form, 'paper');
    if (paperName && paper) paperName.textContent = paper.selectedOptions[0].textContent;
    updateEnvelope(form);
  }

  function updateEnvelope(form) {
    const img = form.querySelector('#o-envelope');
    if (!img) return;
    const figure = form.querySelector('#o-envelope-figure');
    const wanted = value(form, 'envelope');
    if (figure && wanted) figure.hidden = !wanted.checked;
    const params = new URLSearchParams({ font: value(form, 'font').value, ink: value(form, 'ink').value });
    const who = value(form, 'name');
    if (who && who.value) params.set('recipient', who.value);
    img.src = `/my/envelope.png?${params}`;
  }

  // The summary before placing says what the form says now, in words.
  function updateSummary(form) {
    const put = (key, text) => { const dd = form.querySelector(`[data-summary-of="${key}"]`); if (dd) dd.textContent = text; };
    const field = key => form.querySelector(`[data-summary="${key}"]`);
    const chosen = el => (el && el.selectedOptions && el.selectedOptions[0] && el.value) ? el.selectedOptions[0].textContent : null;
    const who = chosen(field('recipient'));
    put('recipient', who ? who.replace(/\s*\(.*\)$/, '') : 'Not chosen yet');
    const occasion = form.querySelector('[data-summary="occasion"]:checked');
    put('occasion', occasion ? occasion.dataset.label : 'Not chosen yet');
    const brief = field('brief').value.trim();
    put('brief', brief ? (brief.length > 160 ? brief.slice(0, 160).trimEnd() + '…' : brief) : 'Not written yet');
    let memories = 0;
    form.querySelectorAll('[data-summary="memory"]').forEach(el => {
      if (el.type === 'checkbox' ? el.checked : el.value.trim()) memories++;
    });
    put('memory', memories === 0 ? 'None chosen' : memories === 1 ? '1 memory' : `${memories} memories`);
    const look = ['font', 'ink', 'stationery', 'paper'].map(k => chosen(value(form, k)));
    put('look', `${look[0]}, ${look[1].toLowerCase()} ink, ${look[2].toLowerCase()} ${look[3]}`);
    const date = field('date').value;
    put('date', date ? new Date(`${date}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) : 'Not chosen yet');
    put('proof', field('proof').checked ? 'Yes, I approve it first' : 'No, my writer approves it');
    put('envelope', field('envelope').checked ? 'Handwritten' : 'None');
    put('yearly', field('yearly').checked ? 'Yes' : 'No');
  }

  function updateCounter(target) {
    const counter = document.querySelector(`[data-counter-for="${target.id}"]`);
    if (!counter || !target.maxLength || target.maxLength < 0) return;
    counter.textContent = `${target.value.length.toLocaleString('en-GB')} of ${target.maxLength.toLocaleString('en-GB')} characters`;
    counter.classList.toggle('near', target.value.length > target.maxLength * 0.9);
  }

  async function updateQuote(form) {
    const table = form.querySelector('#o-quote tbody');
    const delivery = value(form, 'delivery').value;
    if (!table || !delivery) return;
    const params = new URLSearchParams({ paper: value(form, 'paper').value, envelope: value(form, 'envelope').checked, delivery });
    const response = await fetch(`/my/quote?${params}`, { headers: { Accept: 'application/json' } });
    table.replaceChildren();
    const row = (label, amount, total) => {
      const tr = document.createElement('tr');
      if (total) tr.className = 'total';
      const a = document.createElement(total ? 'th' : 'td');
      a.textContent = label;
      const b = document.createElement('td');
      b.className = 'money';
      b.textContent = amount;
      tr.append(a, b);
      table.append(tr);
    };
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      const reason = problem.errors ? Object.values(problem.errors).flat().join(' ') : 'No price for that choice.';
      row(reason, '', false);
      return;
    }
    const quote = await response.json();
    for (const line of quote.lines) row(line.description, money(line.amountMinor), false);
    row('Total', `${money(quote.totalMinor)} ${quote.currency}`, true);
  }

  document.addEventListener('change', event => {
    const form = event.target.closest && event.target.closest('form[data-order-form]');
    if (!form) return;
    if (event.target.matches('[data-sample]')) updateSample(form);
    if (event.target.matches('[data-quote]')) updateQuote(form);
    if (event.target.matches('[data-summary]')) updateSummary(form);
  });

  document.addEventListener('input', event => {
    const form = event.target.closest && event.target.closest('form[data-order-form]');
    if (!form) return;
    if (event.target.matches('[maxlength]')) updateCounter(event.target);
    if (event.target.matches('textarea[data-summary]')) updateSummary(form);
  });

  // Zoom: the whole sheet fits the column; zoomed, it shows at the sample's own size in a box that scrolls.
  document.addEventListener('click', event => {
    const button = event.target.closest && event.target.closest('[data-zoom]');
    if (!button) return;
    const figure = document.getElementById(button.getAttribute('aria-controls'));
    const zoomed = figure.classList.toggle('zoomed');
    button.setAttribute('aria-pressed', String(zoomed));
    button.textContent = zoomed ? 'Zoom out' : 'Zoom in';
  });

  // The step indicator marks the step being filled in.
  document.addEventListener('focusin', event => {
    const step = event.target.closest && event.target.closest('form[data-order-form] fieldset[id^="step-"]');
    if (!step) return;
    document.querySelectorAll('.order-steps a[data-step]').forEach(a => {
      if (a.dataset.step === step.id) a.setAttribute('aria-current', 'step'); else a.removeAttribute('aria-current');
    });
  });
})();
