// The page's console as the engine tests read it, the same in every engine: WebDriver
// classic (WebKitGTK) has no console to listen to. The test server puts this classic
// script first in every page's <head>, so it runs before the page's own scripts and
// keeps, in window.__engineConsole, what a reader's console would show as an error:
// console.error calls, uncaught errors and rejections (a module the engine cannot parse
// among them), files that failed to load, and Content-Security-Policy violations.
(() => {
  const errors = [];
  const violations = [];
  window.__engineConsole = { errors, violations };

  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (value instanceof Element) return `<${value.localName}${value.id ? `#${value.id}` : ''}>`;
    if (value !== null && typeof value === 'object') {
      try {
        return JSON.stringify(value);
      } catch {
        return String(value);
      }
    }
    return String(value);
  };

  const consoleError = console.error;
  console.error = function (...values) {
    errors.push(values.map(text).join(' '));
    return consoleError.apply(this, values);
  };

  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element) {
        errors.push(`failed to load <${target.localName}> ${target.src || target.href || ''}`);
      } else {
        errors.push(`uncaught: ${event.error ? text(event.error) : event.message} (${event.filename}:${event.lineno})`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => errors.push(`uncaught (in promise): ${text(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = `${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
    violations.push(violation);
    errors.push(`CSP: ${violation}`);
  });
})();
