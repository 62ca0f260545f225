// Vite's module types (CSS side-effect imports, `?url` assets) for every file of the app, specs
// included, since components import their own styles.
/// <reference types="vite/client" />
