import type { Feature } from '../features/feature.js';
import { completion } from '../features/completion.js';
import { publishPackDiagnostics } from './publish-diagnostics.js';
import { hbsCompletions } from './hbs-completion.js';
import { hbsDefinition, hbsHover } from './hbs-navigation.js';
import { hbsSignatureHelp } from './hbs-signature.js';
import { packFileOf } from './pack-file.js';
import { registerPackPreview } from './pack-preview.js';
import { PackStates } from './pack-state.js';

/** Characters that open what a maintainer completes in a template: `{{`, a path step, `@`, `>`, `#`, `/`, `(`. */
const TEMPLATE_TRIGGERS = ['{', '.', '@', '>', '#', '/', '(', ' '];

/**
 * The template maintainer's editor: report.hbs and partials/*.hbs of a pack (a folder with template.yaml) get
 * completion, hover, a helper's parameters as they are typed, go to definition and `templates lint`'s diagnostics as they type, and `fazhi/renderPack`
 * previews a report through the pack as the buffers hold it. Any other .hbs file gets nothing from this server.
 */
export const templatesEditor: Feature = {
  capabilities: {
    // One completion provider for the whole server: the report's trigger characters and the templates'.
    completionProvider: { triggerCharacters: [...new Set([...(completion.capabilities.completionProvider?.triggerCharacters ?? []), ...TEMPLATE_TRIGGERS])] },
    hoverProvider: true,
    definitionProvider: true,
    // A helper's parameters as they are typed: after the space that ends the helper's name or an argument.
    signatureHelpProvider: { triggerCharacters: [' ', '('], retriggerCharacters: [' '] },
    experimental: { fazhiRenderPack: true },
  },
  register(context) {
    const states = new PackStates(context);
    const templateAt = (uri: string) => {
      const pack = packFileOf(uri);
      const document = context.documents.get(uri);
      return pack && document && pack.file.endsWith('.hbs') ? { pack, document, state: states.get(pack) } : undefined;
    };
    context.connection.onCompletion((params) => {
      const at = templateAt(params.textDocument.uri);
      return at ? hbsCompletions(at.state, at.pack.file, at.document, params.position, context.locale()) : null;
    });
    context.connection.onHover((params) => {
      const at = templateAt(params.textDocument.uri);
      return at ? hbsHover(at.state, at.pack.file, at.document, params.position, context.locale()) : null;
    });
    context.connection.onSignatureHelp((params) => {
      const at = templateAt(params.textDocument.uri);
      return at ? hbsSignatureHelp(at.document, params.position, context.locale()) : null;
    });
    context.connection.onDefinition((params) => {
      const at = templateAt(params.textDocument.uri);
      return at ? hbsDefinition(at.state, at.document, params.position) : null;
    });
    publishPackDiagnostics(context, states);
    registerPackPreview(context, states);
  },
};
