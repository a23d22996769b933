import { loadPersonas, renderPersonas } from './demo.ts';

const personas = await loadPersonas();
renderPersonas(document.getElementById('personas')!, personas, 'qr');
