import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './queryClient';
import { StudioLayout } from './StudioLayout';

/** Composition root: providers around the studio. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <StudioLayout />
    </QueryClientProvider>
  );
}
