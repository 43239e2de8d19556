import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Hooks here wait on real HTTP round trips into the sandbox and on polling intervals; a busy CI
// machine running every project at once needs more than the default second.
configure({ asyncUtilTimeout: 5000 });

// Unmounting after each test closes every provider's event stream and polling timer.
afterEach(() => cleanup());
