// Links to one target (`#planmeter=<target id>`): copying them, and following them on
// load, on Back and Forward.

import { mounts } from './schedule.js';

// Links to one target: the page's address with `#planmeter=<target id>`. Opening such a
// link scrolls to the widget that shows the target, or opens its tile in the dashboard
// that holds it; the page's own fragments are left alone. On the iframe embed, whose
// address carries its config (`embed.html#config=…`), the link keeps it:
// `#config=…&planmeter=<target id>`.
export const FRAGMENT = 'planmeter=';
const CONFIG = 'config=';

const fragmentParts = () => location.hash.slice(1).split('&');

export function linkTo(id) {
  const base = location.href.split('#')[0];
  const config = fragmentParts().find((part) => part.startsWith(CONFIG));
  const parts = [config, id ? `${FRAGMENT}${encodeURIComponent(id)}` : null].filter(Boolean);
  return parts.length ? `${base}#${parts.join('&')}` : base;
}

export function fragmentTarget() {
  const part = fragmentParts().find((part) => part.startsWith(FRAGMENT));
  if (!part) return null;
  try {
    return decodeURIComponent(part.slice(FRAGMENT.length)) || null;
  } catch {
    return null;
  }
}

// The mount that shows `id`: a widget of that indicator, else a dashboard of its plan
// (target ids start with their plan's id and a dot).
export function mountFor(id) {
  const fields = (mount) => {
    try {
      const config = JSON.parse(mount.readConfig() ?? '');
      return config && typeof config === 'object' ? config : {};
    } catch {
      return {};
    }
  };
  const all = [...mounts].map((mount) => [mount, fields(mount)]);
  return (
    all.find(([mount, config]) => config.indicator === id || mount.summary?.indicator === id)?.[0] ??
    all.find(([, config]) => typeof config.plan === 'string' && id.startsWith(`${config.plan}.`))?.[0]
  );
}

// On load, on Back and Forward, on a changed fragment: close tiles the address no
// longer names, and reveal the one it names.
export function followFragment() {
  const id = fragmentTarget();
  for (const mount of mounts) {
    if (mount.dashboard && mount.opened && mount.opened !== id) mount.showDashboard(true);
  }
  if (id) mountFor(id)?.reveal(id);
}

export const linking = {

  // Copies the page's address with `#planmeter=<id>`: opening it scrolls to the widget
  // showing that target (or opens its tile). Where the clipboard is not allowed, the link
  // is shown to copy by hand.
  async copyLink(id, button) {
    if (!id) return;
    const link = linkTo(id);
    try {
      await navigator.clipboard.writeText(link);
      this.live.textContent = this.ui.copied;
      const label = button.textContent;
      button.textContent = this.ui.copied;
      setTimeout(() => {
        if (button.textContent === this.ui.copied) button.textContent = label;
      }, 2000);
    } catch {
      this.linkInput.value = link;
      this.linkBox.hidden = false;
      this.linkInput.focus();
      this.linkInput.select();
    }
  },
};
