// Browser bundles used only inside the upload worker; they ship no type declarations for these paths.
declare module 'mammoth/mammoth.browser.js';
declare module 'pdfjs-dist/build/pdf.worker.mjs';
declare module 'word-extractor';
