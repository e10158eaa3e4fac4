// The demo page's switches: language and theme rewrite each widget's config (the loader
// re-renders on the change), 长者模式 sets the page-level class portals use.

const widgets = () => [...document.querySelectorAll('plan-meter.demo, plan-meter[id]:not(#broken)')];
// The <div data-planmeter> hosts too: the theme is the page's, whatever each one's language.
const hosts = () => [...document.querySelectorAll('[data-planmeter]')];

function toggle(button, apply) {
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    apply(on);
  });
}

function setConfig(field, value, elements = widgets()) {
  for (const widget of elements) {
    const attribute = widget.hasAttribute('config') ? 'config' : 'data-planmeter';
    const config = JSON.parse(widget.getAttribute(attribute));
    if (value === undefined) delete config[field];
    else config[field] = value;
    widget.setAttribute(attribute, JSON.stringify(config));
  }
}

toggle(document.getElementById('switch-lang'), (on) => {
  document.documentElement.lang = on ? 'en' : 'zh-CN';
  setConfig('lang', on ? 'en' : undefined);
});
toggle(document.getElementById('switch-theme'), (on) => {
  document.documentElement.classList.toggle('dark', on);
  setConfig('theme', on ? 'dark' : undefined, [...widgets(), ...hosts()]);
});
toggle(document.getElementById('switch-elder'), (on) => document.documentElement.classList.toggle('elder', on));
