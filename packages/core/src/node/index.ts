// Node-only helpers for hosts (the CLI, the language server's node entry). The main entry of
// @fazhi/core never imports this, so the core itself stays free of I/O.
export { builtinTemplatesDir, createFsTemplateHost, type FsTemplateHostOptions } from './fs-template-host.js';
export { replaceFileAtomically } from './replace-file.js';
export { NotRegularFileError, regularTarget, type NotRegularKind } from './replace-file.js';
export { processAlive, STALE_AFTER_MS, sweepTemps, tempPrefix, type SweepOptions } from './temp-names.js';
export { whyWriteFailed } from './write-error.js';
export { makeFolder } from './make-folder.js';
export { fsPreviousHost } from './fs-previous-host.js';
export { findSoffice, OFFICE_SCRATCH_PREFIX, officeToDocx, OFFICE_TIMEOUT_MS, SOFFICE_GROUP_FILE } from './office-to-docx.js';
