// Optional, on a page that embeds planmeter iframes (embed.html#config=…): sizes each
// iframe to its widget as the widget tells its height. Without it an iframe keeps the
// height its tag gives. <script src="/static/planmeter/embed-host.js" defer></script>
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'planmeter:resize' || !(data.height > 0 && data.height < 20000)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
