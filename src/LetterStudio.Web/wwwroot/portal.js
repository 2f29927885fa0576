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
  });
})();
