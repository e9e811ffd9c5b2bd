import type { TemplateDef } from '../core/template';
import { GOV_DISCLOSURE_2019 } from './govDisclosure2019';
import { GOV_DISCLOSURE_2021 } from './govDisclosure2021';

/** Report formats, newest first: where nothing tells two formats apart, the first wins. */
export const REPORT_TEMPLATES: readonly TemplateDef[] = [GOV_DISCLOSURE_2021, GOV_DISCLOSURE_2019];

export { GOV_DISCLOSURE_2019, GOV_DISCLOSURE_2021 };
