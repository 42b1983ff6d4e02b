// The wire contract: the answers of the API that the dashboard reads, declared once for both.
export * from './calendar';
export * from './errors';
export * from './dashboard';
export * from './projects';
export * from './quarters';
export * from './reports';
export * from './reviews';
export * from './evidence';
export * from './corrections';
