/** Every SQL builder and row type of the dashboard, in one import. */
export * from './filters';
export * from './overview';
export * from './districts';
export * from './indicators';
export * from './findings';
export * from './reports';
export * from './quality';
export * from './options';
export * from './plan';
