// What react-i18next imports as 'use-sync-external-store/shim' (vite.config.ts
// aliases it here): React 19 has the hook, so the shim's fallback for React
// 17 and older is code the first page would download and never run.
export { useSyncExternalStore } from 'react';
