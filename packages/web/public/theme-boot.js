// Runs before the first paint so the page never flashes the wrong theme.
// Keep the storage key and colours in step with src/theme/theme.ts.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('ask-anyway:theme');
  } catch {
    // Storage can be blocked (private modes); the system setting still applies.
  }
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  var meta = document.querySelector('meta[name="theme-color"]');
  if (meta) meta.setAttribute('content', dark ? '#1A1220' : '#FFF7F0');
})();
