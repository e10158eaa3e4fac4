// Data files (`dataUrl`): fetched once per URL per page, only from the page's origin or
// the ones it names, never past the size limit, each failure in its own words.

const DATA_TIMEOUT_MS = 10000;

// A data file's problem: an Error of `kind` data, as the wasm's are.
const dataError = (message) => Object.assign(new Error(message), { kind: 'data' });

// dataUrl responses, fetched once per URL per page and shared. `limit`: the most bytes
// a data file may have (the wasm's; reading stops there).
const dataRequests = new Map();
export function fetchData(url, limit) {
  if (!dataRequests.has(url)) {
    dataRequests.set(url, requestData(url, limit));
  }
  return dataRequests.get(url);
}

// At most 60 characters of an input in a message, then `…` and its length: a message
// never echoes a megabyte back (SECURITY.md).
export function short(text) {
  text = String(text);
  if (text.length <= 60) return text;
  let kept = '';
  let count = 0;
  for (const character of text) {
    if (count === 60) break;
    kept += character;
    count++;
  }
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff) total++;
  }
  return total <= 60 ? text : `${kept}… (${total.toLocaleString('en')} characters)`;
}

// The body of `response` as text, refusing it (and cancelling the download) once it
// passes `limit` bytes: nothing past the limit is read or kept.
async function boundedText(response, url, limit) {
  const declared = Number(response.headers.get('content-length'));
  const over = (size) => dataError(`dataUrl: ${short(url)} is ${size} bytes; at most ${limit.toLocaleString('en')} are taken`);
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw over(declared.toLocaleString('en'));
  }
  const reader = response.body.getReader();
  const chunks = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => {});
      throw over(`over ${limit.toLocaleString('en')}`);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

// Origins a page allows data from besides its own:
// <meta name="planmeter-data-origins" content="https://data.example.gov.cn">.
function allowedOrigins() {
  const origins = new Set([location.origin]);
  for (const meta of document.querySelectorAll('meta[name="planmeter-data-origins"]')) {
    for (const entry of (meta.content ?? '').split(/\s+/).filter(Boolean)) {
      try {
        origins.add(new URL(entry).origin);
      } catch {
        // A malformed entry allows nothing.
      }
    }
  }
  return origins;
}

async function requestData(url, limit) {
  const absolute = new URL(url, document.baseURI);
  const shown = short(url);
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') {
    throw dataError(`dataUrl: ${shown} is not a web address (http or https); planmeter fetches data only from those`);
  }
  const allowed = allowedOrigins();
  if (!allowed.has(absolute.origin)) {
    const origin = short(absolute.origin);
    throw dataError(`dataUrl: ${shown} is on another origin (${origin}); a page allows it with <meta name="planmeter-data-origins" content="${origin}">`);
  }
  const own = absolute.origin === location.origin;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  // 'same-origin' for the page's own origin: a redirect elsewhere is stopped by the
  // browser before any request leaves for the other origin (point dataUrl at an allowed
  // origin directly instead).
  const options = { signal: controller.signal, credentials: own ? 'same-origin' : 'omit', mode: own ? 'same-origin' : 'cors' };
  try {
    let response;
    try {
      response = await fetch(absolute, options);
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      // The browser says only "failed to fetch". A redirect it refused to follow (to an
      // origin the request may not reach) is the usual cause on a portal; ask again
      // without following to tell that from a server that did not answer. The browser
      // shows no redirect's address, so a loop is told by its time, both timed warm: one
      // request not followed, then the whole fetch again — a loop takes some 20 requests,
      // a redirect off the origin stops at the first (the first fetch's own time had also
      // paid for the connection, and made one redirect look like several).
      const timed = async (init) => {
        const at = performance.now();
        const answer = await fetch(absolute, init).catch(() => null);
        return [answer, performance.now() - at];
      };
      const [probe, oneTime] = await timed({ ...options, redirect: 'manual' });
      const [, again] = probe?.type === 'opaqueredirect' ? await timed(options) : [null, 0];
      const oneRequest = Math.max(oneTime, 0.5);
      const failed = again;
      if (probe?.type === 'opaqueredirect' && failed > 6 * oneRequest) {
        throw dataError(`dataUrl: ${shown} redirects in a loop (or through more than 20 addresses); point dataUrl at the data file's final address`);
      }
      throw dataError(
        probe?.type === 'opaqueredirect'
          ? `dataUrl: ${shown} redirects to another origin; planmeter does not follow a redirect off the page's origin (point dataUrl at the final address; another origin needs <meta name="planmeter-data-origins"> and CORS headers)`
          : `dataUrl: ${shown} could not be fetched (no answer from the server, or the network is down)`,
      );
    }
    if (response.redirected && !allowed.has(new URL(response.url).origin)) {
      throw dataError(`dataUrl: ${shown} redirected to another origin (${short(new URL(response.url).origin)}), which the page does not allow`);
    }
    if (!response.ok) {
      throw dataError(`dataUrl: ${shown} answered HTTP ${response.status} ${short(response.statusText)}`.trim());
    }
    // A portal's "page not found" or login page often comes back as 200 text/html.
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'text/html' || type === 'application/xhtml+xml') {
      throw dataError(`dataUrl: ${shown} answered with a web page (${short(type)}), not JSON or CSV: is the address right?`);
    }
    return await boundedText(response, url, limit);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw dataError(`dataUrl: ${shown} did not answer within ${DATA_TIMEOUT_MS / 1000} s`);
    }
    throw error.kind === 'data' ? error : dataError(`dataUrl: ${shown}: ${short(error.message)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Forgets a fetched file, so that a retry fetches it anew. */
export function forgetData(url) {
  dataRequests.delete(url);
}
