// Run in the page (by playwright's page.evaluate or a WebDriver session's): the canvas
// pixels of `selector`'s widget that differ from its first pixel (the background), and
// the canvas's size. Shared by the Chromium suite and the other engines'.

export function inkIn(selector) {
  const canvas = document.querySelector(selector).shadowRoot.querySelector('canvas');
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const [r, g, b] = [data[0], data[1], data[2]];
  let inked = 0;
  for (let index = 0; index < data.length; index += 4) {
    if (Math.abs(data[index] - r) + Math.abs(data[index + 1] - g) + Math.abs(data[index + 2] - b) > 60) inked++;
  }
  return { inked, total: data.length / 4, width: canvas.width, height: canvas.height };
}
