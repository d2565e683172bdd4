/** Stylesheets of libraries, imported for their effect: Vite bundles them with the page. */
declare module '*.css';
