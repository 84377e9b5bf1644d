// Vite bundles imported stylesheets; `?raw` imports a file's text.
declare module "*.css";
declare module "*.css?raw" {
  const text: string;
  export default text;
}
