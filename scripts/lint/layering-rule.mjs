// `copydesk/layering`: every import edge of a file must be on its layer's allowlist
// (scripts/lint/layers.mjs), in the manner of VS Code's code-layering rule. Checks static
// imports (type-only too), re-exports, import(), require(), `import x = require()` and
// `import('x').T` types. A computed import() or require() cannot be checked, so it is an error.
import { fileURLToPath } from 'node:url';
import { allowlistOf, forbiddenReach, isUnrestricted, layerOf, repoPathOf, targetOf } from './classify.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The string a specifier node spells, or null when it is computed at run time. */
function literalOf(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer (top-level folder) imports only what its allowlist in scripts/lint/layers.mjs names.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      forbidden: "'{{specifier}}' is {{reach}}: {{layer}}/ may import only {{allowlist}} ({{about}}).",
      computed: '{{layer}}/: layering cannot check a computed import; import a string literal.',
      noLayer: '{{file}} is in no layer; give its folder a row in scripts/lint/layers.mjs.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? REPO_ROOT;
    const repoPath = repoPathOf(root, context.filename);
    if (repoPath === null || isUnrestricted(repoPath)) return {};
    const layer = layerOf(repoPath);
    if (!layer) {
      return { Program: (node) => context.report({ node, messageId: 'noLayer', data: { file: repoPath } }) };
    }
    const data = { layer: layer.folder, about: layer.about, allowlist: allowlistOf(layer) };

    const check = (node, sourceNode) => {
      const specifier = literalOf(sourceNode);
      if (specifier === null) return context.report({ node, messageId: 'computed', data });
      const reach = forbiddenReach(layer, targetOf(root, repoPath, specifier));
      if (reach) context.report({ node: sourceNode, messageId: 'forbidden', data: { ...data, specifier, reach } });
    };
    const checkSource = (node) => node.source && check(node, node.source);

    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: (node) => check(node, node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node, node.moduleReference.expression);
      },
      TSImportType(node) {
        check(node, node.source);
      },
    };
  },
};

export default {
  meta: { name: 'copydesk' },
  rules: { layering: layeringRule },
};
