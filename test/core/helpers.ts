// The node tests' helpers are the rules' test kit (packages/core/src/rules/testing.ts).
export { mutate, findings, codes } from '../../packages/core/src/rules/testing';
