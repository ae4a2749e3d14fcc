import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { checkConfiguration } from '../../src/domain/catalog/configuration-rules.js';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><p>{String(checkConfiguration.length)}</p></StrictMode>);
