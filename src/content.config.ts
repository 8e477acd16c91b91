/** The site's one collection: every page of every locale, from top-level content/<locale>/**.mdx. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LOCALES } from './i18n/locales';
import { MODELS } from './sim/limits';
import type { ModelId } from './sim/types';

const pages = defineCollection({
  loader: glob({ pattern: `{${LOCALES.join(',')}}/**/*.mdx`, base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(20).max(200),
    order: z.number().int().nonnegative(),
    model: z.enum(MODELS as [ModelId, ...ModelId[]]).optional(),
    /** a part of the site after the models, grouped under its own heading in the navigation */
    part: z.enum(['further']).optional(),
  }),
});

export const collections = { pages };
