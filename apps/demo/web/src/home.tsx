import { type FormEvent, type ReactElement, StrictMode, useEffect, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type Borrower, createBorrower, type DemoMe, getMe, listBorrowers, signIn } from './demoApi.ts';
import { Shell } from './Shell.tsx';
import './demo.css';

/** The partner's sign-in: pick a shop or sign up a new one, then open the credit journey. */
function Home(): ReactElement {
  const [me, setMe] = useState<DemoMe | null>(null);
  const [shops, setShops] = useState<Borrower[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const errorId = useId();

  useEffect(() => {
    void getMe().then(setMe);
    void listBorrowers().then(setShops);
  }, []);

  const enter = (promise: Promise<Borrower>) =>
    promise.then(
      () => window.location.assign('/react'),
      (failure: Error) => setError(failure.message),
    );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    void enter(createBorrower(name));
  };

  return (
    <Shell shopName={me?.borrower?.name} current="home">
      <h1>Capital de giro para a sua loja</h1>
      <p className="lead">
        A Lojinha ERP é um sistema de gestão fictício para pequenas lojas. Ela oferece crédito da Dinie sem
        que a loja saia do sistema, de dois jeitos: com os componentes React e com o embed por script tag.
        {me?.mode === 'sandbox' ? ' Tudo roda contra o sandbox local da Dinie, com um painel de testes.' : ''}
      </p>
      {me?.borrower ? (
        <p>
          Você entrou como <strong>{me.borrower.name}</strong>. Abra o crédito{' '}
          <a href="/react">com os componentes React</a> ou <a href="/embed">com o embed por script tag</a>.
        </p>
      ) : null}
      <div className="columns">
        <section aria-labelledby="new-shop" className="card">
          <h2 id="new-shop">Nova loja</h2>
          <form onSubmit={onSubmit} noValidate>
            <label htmlFor={nameId}>Nome da loja</label>
            <input
              id={nameId}
              name="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              autoComplete="organization"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            {error ? (
              <p id={errorId} className="error" role="alert">
                {error}
              </p>
            ) : null}
            <button type="submit">Criar loja e entrar</button>
          </form>
        </section>
        <section aria-labelledby="shops" className="card">
          <h2 id="shops">Lojas cadastradas</h2>
          {shops.length === 0 ? (
            <p>Nenhuma loja ainda.</p>
          ) : (
            <ul className="shops">
              {shops.map((shop) => (
                <li key={shop.id}>
                  <button type="button" onClick={() => void enter(signIn(shop.id))}>
                    Entrar como {shop.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <p>
        Para revisar cada estado dos componentes, abra o <a href="/storybook/">Storybook</a>.
      </p>
    </Shell>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Home />
    </StrictMode>,
  );
}
