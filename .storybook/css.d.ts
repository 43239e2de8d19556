/** Stylesheets imported for their side effect; Vite bundles them. */
declare module '*.css';

/** A stylesheet's text, not applied (Vite's `?inline`). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
