/** Vite's `?inline` imports: the file's text (an empty string under vitest unless `test.css` is on). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
