// Component tests render into happy-dom; unmount between tests so one test's DOM never leaks into the next.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// `findBy…` waits up to 5 s instead of 1 s: on a busy two-core machine a page's first answers can take
// longer than a second to render, and a wait that ends early fails a test that is right.
configure({ asyncUtilTimeout: 5000 });
