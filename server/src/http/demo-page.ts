/**
 * The demo host page served at `/` in development: an ordinary page that embeds the widget
 * with the one script tag a site owner would paste.
 */
export function demoPage(siteKey: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley demo shop</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1f2933; }
  header { background: #0b3954; color: #fff; padding: 1.5rem 2rem; }
  main { max-width: 40rem; padding: 2rem; }
  code { background: #eef2f6; padding: .1rem .3rem; border-radius: 4px; }
</style>
</head>
<body>
<header><h1>Parley demo shop</h1></header>
<main>
  <p>This page stands in for a customer's website. The chat bubble in the corner comes from one script tag:</p>
  <p><code>&lt;script src="/widget.js" data-site="${siteKey}" async&gt;&lt;/script&gt;</code></p>
  <p>Agents answer at <a href="/console/">/console/</a>. See also the <a href="/pricing">pricing page</a>.</p>
</main>
<script src="/widget.js" data-site="${siteKey}" async></script>
</body>
</html>
`;
}
