import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser tests need Debian's Chromium. When it is missing and this machine allows it (root,
 * with apt-get), the test run installs it and says so; otherwise it stops at once, naming the one
 * command to run. Never a skip.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    throw new Error(`找不到 Chromium（${CHROMIUM}），浏览器测试无法运行。请运行：sudo apt-get install -y chromium`);
  }
  process.stderr.write('未找到 Chromium：正在用 apt-get 安装（浏览器测试需要它）…\n');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get 安装 chromium 后仍找不到 ${CHROMIUM}。请运行：sudo apt-get install -y chromium`);
  process.stderr.write('Chromium 已安装。\n');
}
