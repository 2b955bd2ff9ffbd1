/** The month forms of the admin sidebars (preview and close a month): one schema for the page and the RPC. */
import { object } from 'zod/mini';
import { yearMonth } from '../fields';

export const monthForm = object({ month: yearMonth() });
