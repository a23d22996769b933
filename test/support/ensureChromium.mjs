#!/usr/bin/env node
// First step of `npm test`: the browser tests drive a real Chromium through playwright-core, which
// downloads no browser. Find one, or install Debian's package when this is Debian and we are root
// (the project's machines and CI); anywhere else say in one line what to install. A CJK font comes
// with it there, so the screenshots the browser tests keep show Chinese text instead of boxes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.YIBAO_CHROMIUM || '/usr/bin/chromium';
const works = (bin) => existsSync(bin) && spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0;
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

const debian = process.platform === 'linux' && existsSync('/etc/debian_version');
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = debian && root && existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

const missing = [];
if (!works(wanted) && wanted === '/usr/bin/chromium') missing.push('chromium');
if (!existsSync(CJK_FONT)) missing.push('fonts-wqy-microhei');
if (canApt && missing.includes('chromium')) {
  console.log(`npm test: installing Debian's ${missing.join(' and ')} for the browser tests (apt-get install -y ${missing.join(' ')}) …`);
  try {
    aptInstall(missing);
  } catch {
    console.error('npm test: apt-get could not install chromium; run `apt-get update && apt-get install -y chromium` and try again.');
    process.exit(1);
  }
} else if (canApt && missing.length > 0) {
  try {
    aptInstall(missing); // the font alone: screenshots only, so a failure is not fatal
  } catch {
    console.log('npm test: could not install fonts-wqy-microhei; screenshots will show Chinese as boxes.');
  }
}

if (!works(wanted)) {
  const how = process.env.YIBAO_CHROMIUM
    ? 'YIBAO_CHROMIUM must name a Chromium or Chrome binary that runs'
    : debian
      ? 'run `sudo apt-get install -y chromium`'
      : 'install Chromium or Chrome and set YIBAO_CHROMIUM=/path/to/the/binary';
  console.error(`npm test: the browser tests need Chromium at ${wanted}: ${how}.`);
  process.exit(1);
}
