export { evaluateRules, type RuleOutcome, type OutcomeStatus, type Values } from './evaluateRules';
