/** The site's one collection: every page of both locales, from top-level content/{en,zh}/**.mdx. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const MODEL_IDS = ['blocking', 'nonblocking', 'multiplexing', 'signal-driven', 'async'] as const;

const pages = defineCollection({
  loader: glob({ pattern: '{en,zh}/**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(20).max(200),
    order: z.number().int().nonnegative(),
    model: z.enum(MODEL_IDS).optional(),
  }),
});

export const collections = { pages };
