// The top bar's menu button on narrow screens. Listens on the document, so it keeps working after Blazor's
// enhanced navigation replaces the page. Without script the menu is simply always open (see app.css).
(() => {
  document.documentElement.classList.add('js');
  document.addEventListener('click', e => {
    const button = e.target.closest('.menu-toggle');
    if (!button) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.getElementById(button.getAttribute('aria-controls'))?.classList.toggle('open', open);
  });

  // The print room: a header box that ticks every letter, and a button per group that ticks that group's letters.
  document.addEventListener('change', e => {
    const all = e.target.closest('[data-tick-all]');
    if (!all) return;
    for (const box of all.form.querySelectorAll(`input[type=checkbox][name="${all.dataset.tickAll}"]`)) box.checked = all.checked;
  });
  document.addEventListener('click', e => {
    const button = e.target.closest('[data-tick-group]');
    if (!button) return;
    for (const box of document.querySelectorAll('input[type=checkbox][data-group]'))
      if (box.dataset.group === button.dataset.tickGroup) box.checked = true;
  });
})();

// Long text fields: the count under the field (Features/Forms/CharacterCount.razor) follows the typing.
(() => {
  const format = n => n.toLocaleString('en-GB');
  document.addEventListener('input', e => {
    const field = e.target;
    if (!field.id) return;
    const counter = document.querySelector(`[data-count-for="${CSS.escape(field.id)}"] .used`);
    if (!counter) return;
    const used = field.value.length, limit = Number(counter.parentElement.dataset.limit);
    counter.textContent = used ? ` · ${format(used)} used` + (used > limit ? `, ${format(used - limit)} too many` : '') : '';
    counter.parentElement.classList.toggle('over', used > limit);
  });
})();
