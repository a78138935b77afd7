import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StudioErrorBoundary } from './app/StudioErrorBoundary';
import { preloadGalleryDatabase, preloadGalleryGrid } from './features/gallery';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The gallery's IndexedDB code and its grid are chunks of their own: fetch them while React starts (a
// failed fetch is retried, and reported, when the gallery opens its repository or draws its grid).
void preloadGalleryDatabase().catch(() => undefined);
void preloadGalleryGrid().catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <StudioErrorBoundary>
      <App />
    </StudioErrorBoundary>
  </StrictMode>,
);
