/**
 * A second demo page, `/pricing`: long enough to scroll, the kind of page proactive rules
 * target ("a message on the pricing page after thirty seconds"). Links back to `/`.
 */
export function demoPricingPage(siteKey: string): string {
  const plans = [
    ['Starter', '¥0', 'One agent, one site, the widget and the console.'],
    ['Team', '¥199 / month', 'Up to ten agents, triggers, announcements and reports.'],
    ['Business', '¥999 / month', 'Unlimited agents, departments, bots and a knowledge base.'],
  ]
    .map(([name, price, text]) => `<section class="plan"><h2>${name}</h2><p class="price">${price}</p><p>${text}</p></section>`)
    .join('\n  ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pricing · Parley demo shop</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1f2933; }
  header { background: #0b3954; color: #fff; padding: 1.5rem 2rem; }
  header a { color: #fff; }
  main { max-width: 40rem; padding: 2rem; }
  .plan { border: 1px solid #d9e2ec; border-radius: 8px; padding: 1rem 1.5rem; margin-bottom: 1.5rem; }
  .price { font-size: 1.5rem; font-weight: 700; }
  .faq { min-height: 120vh; }
</style>
</head>
<body>
<header><h1>Pricing</h1><nav><a href="/">Home</a> · <a href="/pricing">Pricing</a></nav></header>
<main>
  ${plans}
  <section class="faq"><h2>Questions</h2><p>Every plan includes the chat widget, the console and email transcripts.</p></section>
</main>
<script src="/widget.js" data-site="${siteKey}" async></script>
</body>
</html>
`;
}
