const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

const STYLE = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; display: grid; min-height: 100vh; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 32rem; padding: 2rem; }
  .badge { display: inline-block; font-size: .75rem; padding: .125rem .5rem; border: 1px solid; border-radius: 999px; }
  dl { display: grid; grid-template-columns: auto auto; gap: .25rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; text-align: right; }
  button { font: inherit; font-weight: 600; padding: .75rem 1.5rem; border-radius: .5rem; border: 0;
    background: #0b5cff; color: #fff; cursor: pointer; }
  button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
`;

/**
 * A small, self-contained pt-BR page (no scripts, inline styles only) for what a person does in
 * the sandbox: capture biometrics, sign a contract. `status` lets a page tell "gone" from "done".
 */
export function htmlPage(title: string, content: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Dinie Sandbox</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p><span class="badge">Ambiente de testes · Dinie Sandbox</span></p>
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      'referrer-policy': 'no-referrer',
    },
  });
}

/** A page with one button that POSTs to `action`. */
export function actionForm(action: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(label)}</button></form>`;
}

/** A 303 back to a page after its form was posted, so reloading does not post again. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location } });
}
