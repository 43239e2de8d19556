/** The partner credential and session secret the hop benchmark's processes share. */
export const CLIENT_ID = 'dinie_ci_bench_proxyhop';
export const CLIENT_SECRET = `dinie_cs_test_${'ef56'.repeat(8)}`;
export const SESSION_SECRET = 'proxy-hop-bench-session-secret-0123456789';
