// The sample portal's 长者版 switch: one class on <html>, which planmeter follows.
const button = document.getElementById('elder-switch');
button.addEventListener('click', () => {
  const on = document.documentElement.classList.toggle('elder');
  button.setAttribute('aria-pressed', String(on));
  button.textContent = on ? '标准版' : '长者版';
});
