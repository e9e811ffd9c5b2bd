import { PREVIOUS_TAB } from '../previous/previousState.svelte';
import { TEXT_TAB } from './reportText.svelte';

/** Whether a tab is one of ours (text, last year), shown instead of the grid. */
export function isExtraTab(id: string): boolean {
  return id === TEXT_TAB || id === PREVIOUS_TAB;
}
