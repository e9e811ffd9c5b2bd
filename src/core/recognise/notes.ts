import type { MessageCode, MessageParams } from '../messages';
import type { TableId } from '../template/types';

/** A structural observation made while recognising (an extra row, a column placed by position, …). */
export interface StructureNote {
  code: Extract<MessageCode, `structure.${string}` | 'format.assumed'>;
  table?: TableId;
  severity: 'warning' | 'info';
  params: MessageParams;
  /** what makes two notes of one code different, for the fingerprint (the label and its place) */
  subject: string;
  /** the keys a note is about (`structure.row-unreadable`: the keys of the row that could not be read) */
  cells?: string[];
}

/** A cell recognised as a key of the template. */
export interface PlacedCell {
  key: string;
  raw: string;
  loc: { table: number; row: number; col: number };
  byPosition: boolean;
}

/** Input text that could not be placed on any key (shown apart in the page). */
export interface Unplaced {
  loc: { table: number; row: number; col: number };
  text: string;
  table?: TableId;
}
