// Loaded before the SDK on the pharmacy page (also served as /strict.html with a strict policy): every
// violation the browser reports is counted on the page.
let count = 0;
const seen: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  count += 1;
  seen.push(`${e.violatedDirective} ${e.blockedURI}`);
  const out = document.getElementById('csp-violations');
  if (out) {
    out.textContent = String(count);
    out.title = seen.join('\n');
  }
});
export {};
