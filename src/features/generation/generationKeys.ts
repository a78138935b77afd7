/** Mutation keys of the generation feature (a factory, like the query keys elsewhere). */
export const generationKeys = {
  all: ['generation'] as const,
  generate: () => [...generationKeys.all, 'generate'] as const,
};
