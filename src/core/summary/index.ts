export { summarise, problemsOf, exitStatusOf, isFailing, type Summary, type Problem, type Verdict } from './summarise';
