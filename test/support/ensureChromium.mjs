#!/usr/bin/env node
// First step of `npm test`: the browser tests drive a real Chromium through playwright-core, which
// downloads no browser. Find one, or install Debian's package when this is Debian and we are root
// (the project's machines and CI); anywhere else say in one line what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.YIBAO_CHROMIUM || '/usr/bin/chromium';
const works = (bin) => existsSync(bin) && spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0;

if (!works(wanted)) {
  const debian = process.platform === 'linux' && existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root && existsSync('/usr/bin/apt-get') && wanted === '/usr/bin/chromium') {
    console.log("npm test: installing Debian's chromium for the browser tests (apt-get install -y chromium) …");
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    } catch {
      console.error('npm test: apt-get could not install chromium; run `apt-get update && apt-get install -y chromium` and try again.');
      process.exit(1);
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
}
