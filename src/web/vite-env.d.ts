// Vite client types (CSS side-effect imports, import.meta.env) for the web tsconfig.
/// <reference types="vite/client" />
