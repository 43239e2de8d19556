// The partner's script on the test host page. `?borrower=` mounts one embed at once, as a
// partner's page would; the tests mount more through `window.partner.mount`.
const params = new URLSearchParams(location.search);

const partner = {
  /** Every journey event, with the id of the element whose embed sent it. */
  events: [],
  /** Every onError, as `CODE: message`. */
  errors: [],
  /** Every onReady, by element id. */
  ready: [],
  /** Every fetchSessionToken call, by element id. */
  tokenCalls: [],
  /** Mounts an embed in the element with this id, for this borrower. */
  mount(id, borrower, options = {}) {
    let calls = 0;
    return DinieEmbed.mount(document.getElementById(id), {
      frameUrl: `${params.get('proxy')}/embed/`,
      locale: 'pt-BR',
      colorScheme: 'light',
      ...options,
      async fetchSessionToken() {
        calls += 1;
        partner.tokenCalls.push(id);
        const response = await fetch('/dinie/session', {
          method: 'POST',
          headers: { 'x-test-borrower': borrower },
        });
        if (!response.ok) throw new Error(`POST /dinie/session answered ${response.status}`);
        const session = await response.json();
        // `?expired=1`: the first token is one the proxy refuses, as an expired one would be.
        if (params.get('expired') === '1' && calls === 1) return { ...session, token: `${session.token}x` };
        return session;
      },
      onEvent: (event) => partner.events.push({ id, event }),
      onReady: () => partner.ready.push(id),
      onError: (error) => partner.errors.push(`${error.code}: ${error.message}`),
    });
  },
};
window.partner = partner;

if (params.has('borrower')) partner.embed = partner.mount('credit', params.get('borrower'));
