// Collection pre-request script (Portman injects it; Newman runs it in Postman's sandbox before
// every request). Newman sends the Portman collection once per row of the iteration data
// (run.js): the row names the caller's key (or none) and a mutation applied on top of the request
// Portman generated from the document. Choices are pseudo-random but seeded by the iteration and
// the request name, so a run is repeatable and a finding can be replayed.
const role = pm.iterationData.get('role');
const key = pm.iterationData.get('apiKey');
const mutation = pm.iterationData.get('mutation');
pm.request.headers.remove('X-API-Key');
if (key) {
  pm.request.headers.upsert({ key: 'X-API-Key', value: key });
}

let seed = 2166136261;
for (const c of `${pm.info.iteration}|${pm.info.requestName}`) {
  seed = Math.imul(seed ^ c.charCodeAt(0), 16777619) >>> 0;
}
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const pick = (values) => values[Math.floor(random() * values.length)];

const STRINGS = ['', ' ', 'x'.repeat(5000), "' OR '1'='1' --", '"; DROP TABLE person; --', '<script>alert(1)</script>',
  '\u202eRTL\u200b\u200d', '\u0007\u001b[2J', '😀👩‍🔬', 'Nguyễn Thị Hồng', 'null', 'undefined', '-1', '0', '1e309', 'NaN',
  '9223372036854775808', '2025-02-30', '0000-00-00', '9999-12-31T23:59:59Z', '../../etc/passwd', '%', '%zz', '{{x}}',
  '\\', 'true', '[]', '{}', '=1+2', '𝕏'.repeat(300)];
const NUMBERS = [-1, 0, -0.5, 1.5, 2147483648, -2147483649, 9007199254740993, 1e308, -1e308];
const BOUNDARY = ['', '-1', '0', '1', '1000', '1001', '5001', '2147483648', '99999999999999999999', '1e309', 'NaN',
  '-0', '0x10', 'abc', '2025-02-30', '2025-13-01', '1900-01-01', '9999-12-31', '2025-01-01T25:00:00', 'null',
  'x'.repeat(3000), "' OR 1=1 --", '<b>', '\u202e', '%00', '%zz', 'true', 'a,b,c,d', ',,,'];
// Values that exist in a fresh stack, so that a request gets past "not found" to its validation.
const KNOWN = { unitCode: 'SO-YTE', externalId: 'HR-1', list: 'gender', year: '2025', taskCode: 'III.3', unitCodePath: 'SO-YTE' };
const uuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

function knownIds() {
  const isTask = pm.request.url.path.includes('tasks');
  pm.request.url.variables.each((v) => {
    if (v.key === 'code') v.value = isTask ? KNOWN.taskCode : KNOWN.unitCode;
    else if (KNOWN[v.key]) v.value = KNOWN[v.key];
    else v.value = uuid();
  });
}

function wrongType(value) {
  if (value === null) return pick([{}, [], 0, 'null']);
  if (Array.isArray(value)) return random() < 0.5 ? pick([{}, 'x', 7, null]) : value.map(wrongType);
  switch (typeof value) {
    case 'string': return pick([12345, true, null, [], {}, -1.5, pick(STRINGS)]);
    case 'number': return pick(['not a number', true, null, [], '1e999', pick(NUMBERS)]);
    case 'boolean': return pick(['yes', 1, null, 'TRUE', []]);
    default: {
      const copy = {};
      for (const [k, v] of Object.entries(value)) copy[k] = random() < 0.7 ? wrongType(v) : v;
      return copy;
    }
  }
}

function bodyJson() {
  const body = pm.request.body;
  if (!body || body.mode !== 'raw' || !body.raw) return undefined;
  try { return JSON.parse(body.raw); } catch (e) { return undefined; }
}

function setBody(text, contentType) {
  pm.request.body.update({ mode: 'raw', raw: text });
  if (contentType) pm.request.headers.upsert({ key: 'Content-Type', value: contentType });
}

const hasBody = ['POST', 'PUT', 'PATCH'].includes(pm.request.method);
switch (mutation) {
  case 'as-generated':
    break;
  case 'known-ids': {
    knownIds();
    const type = (pm.request.headers.get('Content-Type') || '');
    if (type.startsWith('text/csv')) {
      setBody('externalId,fullName,dateOfBirth,gender\nHR-9,"Nguyễn ""A""",30/02/1985,X\n,,,\n=cmd|x,' + 'y'.repeat(300) + ',1985-01-01,F\n');
    }
    break;
  }
  case 'wrong-types': {
    knownIds();
    const json = bodyJson();
    if (json !== undefined) setBody(JSON.stringify(wrongType(json)));
    else if (hasBody) setBody(JSON.stringify(pick([[], 'text', 42, null, [{}], { records: {} }])), 'application/json');
    pm.request.url.query.each((q) => { q.value = encodeURIComponent(String(pick([...NUMBERS, 'abc', 'true', '[]', '{}']))); });
    break;
  }
  case 'malformed': {
    knownIds();
    const raw = (pm.request.body && pm.request.body.raw) || '{"records": [{"externalId": "HR-1"}]}';
    const cut = raw.slice(0, Math.max(1, Math.floor(random() * raw.length)));
    const choice = pick(['cut', 'cut', 'garbage', 'xml', 'text', 'empty', 'bom', 'dup-keys', 'form']);
    if (choice === 'cut') setBody(cut, 'application/json');
    else if (choice === 'garbage') setBody('\u0000\u0001\u0002{{{[[[]]', 'application/json');
    else if (choice === 'xml') setBody('<?xml version="1.0"?><records><record/></records>', 'application/xml');
    else if (choice === 'text') setBody(raw, 'text/plain');
    else if (choice === 'empty') setBody('', pick(['application/json', 'text/csv']));
    else if (choice === 'bom') setBody('\ufeff' + raw, 'application/json; charset=utf-16');
    else if (choice === 'dup-keys') setBody('{"a":1,"a":2,"records":[],"records":{}}', 'application/json');
    else setBody('file=%ZZ&x=' + 'y'.repeat(100), 'application/x-www-form-urlencoded');
    break;
  }
  case 'boundary-query': {
    knownIds();
    pm.request.url.query.each((q) => { q.value = encodeURIComponent(pick(BOUNDARY)).replace('%25zz', '%zz'); });
    for (const name of ['limit', 'cursor', 'asOf', 'knownAt', 'from', 'to', 'year', 'by', 'format', 'revision']) {
      if (random() < 0.3 && !pm.request.url.query.has(name)) {
        pm.request.url.query.add({ key: name, value: encodeURIComponent(pick(BOUNDARY)) });
      }
    }
    break;
  }
  case 'path-junk':
    pm.request.url.variables.each((v) => {
      const junk = pick([...STRINGS.filter((s) => s !== ''), uuid().toUpperCase(), '00000000-0000-0000-0000-000000000000',
        String(pick(NUMBERS)), 'a'.repeat(300), '.', '..']);
      v.value = junk === '%zz' ? junk : encodeURIComponent(junk);
    });
    break;
  case 'nesting': {
    knownIds();
    const depth = pick([50, 600, 1200, 5000]);
    const deep = '['.repeat(depth) + ']'.repeat(depth);
    const json = bodyJson();
    if (json !== undefined && typeof json === 'object' && !Array.isArray(json)) {
      const text = JSON.stringify(json);
      const extra = `"unknownField":${deep},"__proto__":{"admin":true},"${'k'.repeat(1000)}":"${'v'.repeat(20000)}"`;
      setBody(text === '{}' ? `{${extra}}` : text.replace(/^\{/, `{${extra},`));
    } else if (hasBody) {
      setBody(deep, 'application/json');
    }
    pm.request.headers.upsert({ key: 'Accept-Language', value: pick(['', 'xx', 'en;q=abc', '*', 'vi-VN,en;q=0.9', 'e'.repeat(500)]) });
    pm.request.headers.upsert({ key: 'If-None-Match', value: pick(['"x"', '*', 'W/"', '"' + 'e'.repeat(2000) + '"']) });
    if (hasBody) pm.request.headers.upsert({ key: 'Idempotency-Key', value: pick([' ', 'k'.repeat(201), '\u00e9', 'fuzz-' + uuid()]) });
    break;
  }
  default:
    throw new Error(`unknown mutation ${mutation} (role ${role})`);
}
