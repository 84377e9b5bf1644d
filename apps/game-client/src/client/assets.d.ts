// Vite bundles the stylesheet imported by main.tsx; for TypeScript it is a side effect only.
declare module "*.css";
