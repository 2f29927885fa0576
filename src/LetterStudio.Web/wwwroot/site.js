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
})();
