// Vite bundles the stylesheet the fixture imports for its side effect.
declare module '*.css';
