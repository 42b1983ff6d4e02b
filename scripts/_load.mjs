// node scripts/_load.mjs base path seconds connections
import autocannon from 'autocannon';
const [base, path, secs = '10', conns = '32'] = process.argv.slice(2);
const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.org', password: 'bench-password-123' }) });
const { token } = await login.json();
const r = await autocannon({ url: base + path, connections: Number(conns), duration: Number(secs), headers: { authorization: `Bearer ${token}` } });
console.log('req/s', r.requests.average, 'p50', r.latency.p50, 'p97.5', r.latency.p97_5, 'non2xx', r.non2xx, 'errors', r.errors);
