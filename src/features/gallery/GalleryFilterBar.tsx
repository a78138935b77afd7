import { useEffect, useState } from 'react';
import { Button, INPUT_CLASS } from '../../components/ui';
import type { ResultQuery } from './db';
import { useGalleryStore } from './galleryStore';

/**
 * How long typing must pause before the filter runs: each change is a scan of the stored records (about a
 * second at 50,000), so one per word rather than one per key.
 */
const FILTER_DELAY_MS = 200;

function toQuery(text: string, favouritesOnly: boolean): ResultQuery {
  const query: ResultQuery = {};
  if (text.trim()) query.text = text.trim();
  if (favouritesOnly) query.favourite = true;
  return query;
}

const sameQuery = (a: ResultQuery, b: ResultQuery) => a.text === b.text && a.favourite === b.favourite;

/** searchbox "Filter results" and the "Favourites only" toggle: the query the grid lists. */
export function GalleryFilterBar() {
  const [text, setText] = useState('');
  const [favouritesOnly, setFavouritesOnly] = useState(false);
  useEffect(() => {
    const query = toQuery(text, favouritesOnly);
    const store = useGalleryStore.getState();
    if (sameQuery(store.query, query)) return;
    const timer = setTimeout(() => void store.setQuery(query), query.text ? FILTER_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [text, favouritesOnly]);
  return (
    <div className="flex items-center gap-1">
      <input
        type="search"
        aria-label="Filter results"
        placeholder="Filter by prompt…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        className={INPUT_CLASS}
      />
      <Button
        size="sm"
        variant="ghost"
        aria-pressed={favouritesOnly}
        aria-label="Favourites only"
        onClick={() => setFavouritesOnly((on) => !on)}
        title="Show favourites only"
      >
        ★ Favourites only
      </Button>
    </div>
  );
}
