/**
 * Code the page carries as inert text (`<script type="text/plain" id=…>`, put there by the build:
 * vite.config.ts) and runs only when first needed, so that opening the page does not parse it. It
 * runs at once, on this thread (an inline script added to the document runs as it is inserted; the
 * page's CSP allows inline scripts and nothing else), and leaves what it exports in a global.
 */
export function runLazyScript<T>(id: string, global: string): T {
  const scope = globalThis as unknown as Record<string, T | undefined>;
  const done = scope[global];
  if (done) return done;
  const text = document.getElementById(id)?.textContent;
  if (!text) throw new Error(`页面缺少 ${id} 的代码（构建不完整）`);
  const script = document.createElement('script');
  script.textContent = text;
  document.head.appendChild(script).remove();
  const made = scope[global];
  if (!made) throw new Error(`${id} 的代码未能运行`);
  return made;
}
