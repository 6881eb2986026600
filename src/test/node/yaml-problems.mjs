// Opens YAML files in yaml-language-server (the server VS Code's and other editors' YAML support
// runs) over stdio, as an editor does, and prints the problems it publishes for each file as JSON:
// {"file": [{"line": 1, "column": 1, "message": "..."}]}. Each file's modeline picks its schema; with
// SCHEMA_STORE set to a catalog's URL, the catalog's file-name patterns pick it, as SchemaStore's do.
// Usage: [SCHEMA_STORE=URL] node yaml-problems.mjs SERVER_JS FILE...
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [server, ...files] = process.argv.slice(2);
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let nextId = 1;
const pending = new Map();
const published = new Map();
let buffer = Buffer.alloc(0);
// Offline unless a catalog is given: never SchemaStore's own, whose patterns could claim a file.
const settings = { validate: true, hover: false, completion: false, format: { enable: false },
  schemaStore: process.env.SCHEMA_STORE ? { enable: true, url: process.env.SCHEMA_STORE } : { enable: false, url: '' } };

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((done) => pending.set(id, done));
}
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && message.method) {
      // The server pulls its settings section by section, as from an editor's settings.
      send({ id: message.id, result: message.method === 'workspace/configuration'
        ? message.params.items.map((item) => (item.section === 'yaml' ? settings : null)) : null });
    } else if (message.id !== undefined) {
      pending.get(message.id)?.(message.result);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      published.set(message.params.uri, message.params.diagnostics);
    }
  }
});

const timer = setTimeout(() => { console.error('yaml-language-server published nothing within 60 s'); process.exit(2); }, 60000);
await request('initialize', { processId: process.pid, rootUri: pathToFileURL(process.cwd()).href, capabilities: {} });
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: settings } } });
const uris = files.map((f) => pathToFileURL(resolve(f)).href);
files.forEach((file, i) => send({ method: 'textDocument/didOpen',
  params: { textDocument: { uri: uris[i], languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } } }));
// A file is done when its problems have been published and stayed the same for a moment.
let last = '';
let stable = 0;
while (stable < 10) {
  await new Promise((r) => setTimeout(r, 100));
  const now = JSON.stringify([...published.entries()]);
  stable = uris.every((u) => published.has(u)) && now === last ? stable + 1 : 0;
  last = now;
}
clearTimeout(timer);
const out = {};
files.forEach((file, i) => {
  out[file] = published.get(uris[i]).map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
});
console.log(JSON.stringify(out));
await request('shutdown', null);
send({ method: 'exit' });
child.kill();
