/**
 * A plain host page, with or without the embed tag. Every element the page writes carries
 * data-page, so the probe can tell the widget's own elements apart.
 */
export function hostPage(withWidget: boolean): string {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) =>
      `<p data-page>Paragraph ${i + 1}. Our shop ships worldwide; 我们的商店支持全球配送。 Orders placed before noon leave the same day, and every parcel can be tracked from the account page.</p>`,
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header{background:#0b3954;color:#fff;padding:1.5rem 2rem}main{max-width:40rem;padding:2rem}</style>
</head>
<body>
<header data-page><h1 data-page>A plain host page</h1></header>
<main data-page>${paragraphs.join('\n')}</main>
${withWidget ? '<script src="/widget.js" data-site="demo" async></script>' : ''}
</body>
</html>
`;
}
