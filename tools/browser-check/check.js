// Plays each file given on the command line in headless Chromium (Debian's /usr/bin/chromium):
// seek to the last half second, play, wait for 'ended'. Prints duration and picture size per file.
const http = require('http');
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const files = process.argv.slice(2).map(f => path.resolve(f));
if (files.length === 0) {
  console.error('usage: tools/browser-check/run FILE...');
  process.exit(1);
}

// Loopback server answering byte ranges, as browsers expect for media.
const server = http.createServer((req, res) => {
  const name = decodeURIComponent(req.url.split('#')[0].slice(1));
  const file = name === 'page.html' ? path.join(__dirname, 'page.html') : files[Number(name)];
  if (!file || !fs.existsSync(file)) { res.writeHead(404); return res.end(); }
  const size = fs.statSync(file).size;
  const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.webm') ? 'video/webm'
    : file.endsWith('.m4a') ? 'audio/mp4' : 'video/mp4';
  const m = /bytes=(\d+)-(\d*)/.exec(req.headers.range || '');
  if (!m) { res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Accept-Ranges': 'bytes' });
    return fs.createReadStream(file).pipe(res); }
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : size - 1;
  res.writeHead(206, { 'Content-Type': type, 'Content-Length': end - start + 1, 'Accept-Ranges': 'bytes',
    'Content-Range': `bytes ${start}-${end}/${size}` });
  fs.createReadStream(file, { start, end }).pipe(res);
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--autoplay-policy=no-user-gesture-required'] });
  let failed = 0;
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/page.html#` + files.map((f, i) => i).join(','));
    await page.waitForFunction(() => document.getElementById('out').textContent !== 'pending', null,
      { timeout: 30000 * files.length });
    const lines = (await page.textContent('#out')).split('\n');
    lines.forEach((line, i) => {
      console.log(files[i] + line.slice(line.indexOf(':')));
      if (!line.includes(': ended')) failed++;
    });
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(failed ? 2 : 0);
});
