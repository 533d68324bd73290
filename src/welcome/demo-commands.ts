// The demo's commands, as a seller types them in the source folder (README: the two commands).
export const DEMO_COMMAND = 'npm install && npm start';
export const DEMO_HEADLESS_COMMAND = 'npm start -- --headless';
