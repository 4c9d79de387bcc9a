// Fuzzing driven by the published OpenAPI document (deploy/fuzz/check.sh runs it):
//   1. reads the gateway's /q/openapi and creates one API client per role with the admin key;
//   2. Portman turns the document into a Postman collection: one request per operation plus
//      Portman's fuzzing variations (required fields left out, numbers below minimum / above
//      maximum, strings shorter than minLength / longer than maxLength, in bodies, queries, headers);
//   3. Newman sends the collection once per row of the iteration data: a caller (no key, a made-up
//      key, or a key of each role) and a mutation (mutate.js) on top of Portman's request;
//   4. any 5xx answer, or a request that gets no answer, fails the run with the operation, the
//      request (no key) and the answer; the request count and the status histogram are printed.
// Usage: node run.js GATEWAY_URL   (IWD_ADMIN_API_KEY in the environment)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const newman = require('newman');

const gateway = (process.argv[2] || '').replace(/\/$/, '');
const adminKey = process.env.IWD_ADMIN_API_KEY;
if (!gateway || !adminKey) {
  console.error('usage: IWD_ADMIN_API_KEY=... node run.js GATEWAY_URL');
  process.exit(2);
}
const here = __dirname;
const target = path.join(here, 'target');
fs.mkdirSync(target, { recursive: true });
const log = (message) => console.log(`[fuzz] ${message}`);

const MUTATIONS = ['as-generated', 'known-ids', 'wrong-types', 'malformed', 'boundary-query', 'path-junk', 'nesting'];
// A caller without a valid key is turned away before most of the request is read: fewer mutations.
const SHARDS = Number(process.env.IWD_FUZZ_SHARDS || 3);
const ANONYMOUS_MUTATIONS = ['as-generated', 'path-junk', 'nesting'];
const ROLES = {
  admin: { roles: ['admin'] },
  submitter: { roles: ['submitter'], units: ['SO-YTE', 'SO-GDDT'] },
  analyst: { roles: ['analyst'] },
  'plan-admin': { roles: ['plan-admin'] },
  'registry-admin': { roles: ['registry-admin'] },
  portal: { roles: ['portal'] },
};

async function createClient(role, spec) {
  const answer = await fetch(`${gateway}/api/v1/admin/clients`, {
    method: 'POST',
    headers: { 'X-API-Key': adminKey, 'Content-Type': 'application/json' },
    // A high rate limit, so the fuzzer's requests reach the services rather than stop at 429.
    body: JSON.stringify({ name: `fuzz ${role} ${Date.now()}`, rateLimitPerSecond: 1000000, ...spec }),
  });
  const body = await answer.text();
  if (answer.status !== 201) throw new Error(`creating the ${role} client answered ${answer.status}: ${body}`);
  return JSON.parse(body).apiKey;
}

// Portman repeats each fuzzing variation once per response code of the operation; one is enough.
// Each request is sent without the collection's auth: mutate.js sets X-API-Key from the iteration.
function prepare(collection) {
  const seen = new Set();
  const operations = new Map();
  let requests = 0;
  const walk = (items) => items.filter((item) => {
    if (item.item) {
      item.item = walk(item.item);
      return item.item.length > 0;
    }
    item.name = item.name.replace(/\[fuzz\[[^\]]*\]\]/, '[fuzz]');
    if (seen.has(item.name)) return false;
    seen.add(item.name);
    delete item.request.auth;
    item.request.auth = { type: 'noauth' };
    if (!item.request.body || !item.request.body.mode) item.request.body = { mode: 'raw', raw: '' };
    operations.set(item.name, operation(item.request));
    requests++;
    return true;
  });
  collection.item = walk(collection.item);
  collection.auth = { type: 'noauth' };
  return { operations, requests };
}

function operation(request) {
  const segments = request.url.path || [];
  return `${request.method} /${segments.map((s) => (s.startsWith(':') ? `{${s.slice(1)}}` : s)).join('/')}`;
}

const clip = (text, length) => (text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text);

async function main() {
  const started = Date.now();
  const documentAnswer = await fetch(`${gateway}/q/openapi?format=json`);
  if (!documentAnswer.ok) throw new Error(`GET /q/openapi answered ${documentAnswer.status}`);
  const documentFile = path.join(target, 'openapi.json');
  fs.writeFileSync(documentFile, await documentAnswer.text());

  log('Portman: the document to a Postman collection with its fuzzing variations');
  const collectionFile = path.join(target, 'collection.json');
  try {
    execFileSync(path.join(here, 'node_modules', '.bin', 'portman'), [
      '--local', documentFile, '--baseUrl', gateway, '--output', collectionFile,
      '--portmanConfigFile', path.join(here, 'portman-config.json'),
      '--postmanConfigFile', path.join(here, 'postman-config.json'), '--includeTests', 'true',
    ], { cwd: here, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`Portman failed: ${error.stdout}${error.stderr}`);
  }
  const collection = JSON.parse(fs.readFileSync(collectionFile, 'utf8'));
  const { operations, requests } = prepare(collection);
  const documented = Object.values(JSON.parse(fs.readFileSync(documentFile, 'utf8')).paths)
    .reduce((n, item) => n + ['get', 'put', 'post', 'delete', 'patch'].filter((m) => item[m]).length, 0);
  const operationCount = new Set(operations.values()).size;
  log(`${requests} distinct requests over ${operationCount} of the document's ${documented} operations`);
  if (operationCount !== documented) throw new Error('Portman did not generate a request for every operation');

  const iterations = [];
  for (const mutation of ANONYMOUS_MUTATIONS) iterations.push({ role: 'anonymous', apiKey: '', mutation });
  iterations.push({ role: 'made-up key', apiKey: `iwd_${'0'.repeat(40)}`, mutation: 'as-generated' });
  const keys = {};
  for (const [role, spec] of Object.entries(ROLES)) keys[role] = await createClient(role, spec);
  // Each mutation as the admin (who may call every operation) and as two other roles, in turn,
  // so that each role meets most mutations and the run stays within CI's few minutes.
  const others = Object.keys(ROLES).filter((role) => role !== 'admin');
  MUTATIONS.forEach((mutation, m) => {
    for (const role of ['admin', others[(2 * m) % others.length], others[(2 * m + 1) % others.length]]) {
      iterations.push({ role, apiKey: keys[role], mutation });
    }
  });
  log(`Newman: ${iterations.length} iterations (callers: anonymous, made-up key, ${Object.keys(ROLES).join(', ')};`
    + ` mutations: ${MUTATIONS.join(', ')}) of ${requests} requests`);

  const histogram = {};
  const perOperation = {};
  const findings = [];
  const timePerOperation = {};
  const perMutation = {};
  let sent = 0;
  const secrets = new Set([adminKey, ...Object.values(keys)]);
  const hide = (text) => [...secrets].reduce((t, s) => t.split(s).join('***'), text);

  // SHARDS Newman runs at once, each over every SHARDS-th iteration (Newman sends one request at
  // a time: the gateway and the services would otherwise idle while Newman runs its scripts).
  const shards = Array.from({ length: SHARDS }, (_, i) => iterations.filter((_, n) => n % SHARDS === i));
  await Promise.all(shards.map((rows) => new Promise((resolve, reject) => {
    newman.run({
      collection: JSON.parse(JSON.stringify(collection)),
      iterationData: rows,
      reporters: [],
      timeoutRequest: 30000,
      ignoreRedirects: true,
    }, (error) => (error ? reject(error) : resolve()))
      .on('request', (error, args) => {
        sent++;
        const row = rows[args.cursor.iteration];
        const op = operations.get(args.item.name);
        const ms = error ? 0 : args.response.responseTime;
        timePerOperation[op] = (timePerOperation[op] || 0) + ms;
        const status = error ? `no answer (${error.code || error.message})` : String(args.response.code);
        const bucket = error ? 'no answer' : `${String(args.response.code)[0]}xx`;
        histogram[status] = (histogram[status] || 0) + 1;
        perOperation[op] = perOperation[op] || {};
        perOperation[op][bucket] = (perOperation[op][bucket] || 0) + 1;
        const byCaller = perMutation[`${row.mutation} as ${row.role}`] = perMutation[`${row.mutation} as ${row.role}`] || {};
        byCaller[status] = (byCaller[status] || 0) + 1;
        if (error || args.response.code >= 500) {
          const request = args.request;
          const headers = request.headers.all().filter((h) => !h.disabled && h.key.toLowerCase() !== 'x-api-key')
            .map((h) => `${h.key}: ${clip(String(h.value), 200)}`);
          const body = request.body && request.body.raw ? request.body.raw : '';
          findings.push({
            operation: op,
            item: args.item.name,
            caller: row.role,
            mutation: row.mutation,
            request: `${request.method} ${hide(clip(request.url.toString(), 500))}`,
            headers,
            body: hide(clip(body, 1000)),
            status,
            answer: error ? '' : hide(clip(args.response.stream ? args.response.stream.toString('utf8') : '', 1500)),
          });
        }
      });
  })));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const report = { gateway, seconds, requests: sent, distinctRequests: requests, iterations: iterations.length,
    operations: operationCount, histogram, perOperation, perMutation, timePerOperation, findings };
  fs.writeFileSync(path.join(target, 'report.json'), JSON.stringify(report, null, 2));
  for (const f of findings.slice(0, 50)) {
    console.log(`\n[fuzz] ${f.status} on ${f.operation} (${f.item}; caller ${f.caller}, mutation ${f.mutation})\n`
      + `  request: ${f.request}\n  headers: ${f.headers.join(' | ')}\n  body: ${f.body}\n  answer: ${f.answer}`);
  }
  if (findings.length > 50) log(`… and ${findings.length - 50} more in target/report.json`);
  const statuses = Object.entries(histogram).sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${n}`);
  log(`${sent} requests in ${seconds} s (${iterations.length} iterations × ${requests} requests, ${operationCount} operations)`);
  log(`status histogram: ${statuses.join(', ')}`);
  const failing = Object.entries(perOperation).filter(([, b]) => b['5xx'] || b['no answer']).map(([op]) => op);
  if (findings.length > 0) {
    log(`FAILED: ${findings.length} requests answered 5xx or not at all, on ${failing.length} operations: ${failing.join(', ')}`);
    process.exit(1);
  }
  log('no 5xx answer');
}

main().catch((error) => {
  console.error(`[fuzz] ERROR: ${error.stack || error.message}`);
  process.exit(1);
});
