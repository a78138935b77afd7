import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default. Components that load a chunk on demand (the viewer, the
// compare feature) or wait on IndexedDB can take longer than that on a loaded 2-core CI machine; 5 s keeps
// those tests about behaviour, not about the machine's load. A test that never finds its element still fails.
configure({ asyncUtilTimeout: 5_000 });
