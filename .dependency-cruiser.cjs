/**
 * Keeps the bounded contexts apart and every domain pure. A context asks another only through that
 * context's published queries (src/<context>/<context>.queries.ts) and knows its events
 * (src/<context>/domain/events.ts); everything else of a context is its own. No exemptions.
 */
const CONTEXTS = ['mandates', 'outsourcing', 'delivery', 'indicators', 'audit', 'templates', 'notices'];

/** The read models each context owns (projections/<name>.projection.ts): only it reads them. */
const READ_MODELS = {
  mandates: ['mandate-holders', 'mandate-applications'],
  outsourcing: ['outsourcings'],
  delivery: ['delivery-awards', 'delivery-modules', 'delivery-participants'],
  indicators: ['indicator-years', 'targets', 'plans', 'estimates'],
  audit: [],
  templates: ['templates'],
  notices: [],
};

const PUBLISHED = ['^src/([^/]+)/\\1\\.queries\\.ts$', '^src/[^/]+/domain/events\\.ts$'];
const projectionsOf = (context) => READ_MODELS[context].map((name) => `^projections/${name}\\.projection\\.ts$`);

const perContext = (context) => [
  {
    name: `${context}-asks-other-contexts-through-their-queries`,
    comment: `src/${context} may use another context only through its <context>.queries.ts port and its domain/events.ts.`,
    severity: 'error',
    from: { path: `^src/${context}/` },
    to: { path: `^src/(${CONTEXTS.join('|')})/`, pathNot: [`^src/${context}/`, ...PUBLISHED] },
  },
  {
    name: `${context}-reads-only-its-own-read-models`,
    comment: `Another context's read model is its internals: src/${context} asks that context's published queries instead.`,
    severity: 'error',
    from: { path: `^src/${context}/` },
    to: { path: '^projections/', pathNot: projectionsOf(context) },
  },
  {
    name: `${context}-domain-is-pure`,
    comment: `src/${context}/domain may import only its own domain, src/shared/domain and other contexts' events: no Nest, no stores, no read models, no HTTP.`,
    severity: 'error',
    from: { path: `^src/${context}/domain/` },
    to: { pathNot: [`^src/${context}/domain/`, '^src/shared/domain/', '^src/[^/]+/domain/events\\.ts$'] },
  },
  ...(READ_MODELS[context].length === 0
    ? []
    : [
        {
          name: `${context}-projections-are-pure`,
          comment: `The projections of ${context} fold events with its domain's types and rules; other contexts only through their events.`,
          severity: 'error',
          from: { path: projectionsOf(context) },
          to: {
            pathNot: ['^projections/projection\\.ts$', `^src/${context}/domain/`, '^src/shared/domain/', '^src/[^/]+/domain/events\\.ts$'],
          },
        },
      ]),
];

module.exports = {
  forbidden: [
    ...CONTEXTS.flatMap(perContext),
    {
      name: 'shared-knows-no-context',
      comment:
        'src/shared serves every context, so it knows none of them (nor their read models); src/platform is where they are wired together.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: [`^src/(${CONTEXTS.join('|')})/`, '^projections/'] },
    },
    {
      name: 'projection-contract-is-pure',
      comment: 'projections/projection.ts is the contract every projection and the runner share: it imports only shared domain types.',
      severity: 'error',
      from: { path: '^projections/projection\\.ts$' },
      to: { pathNot: '^src/shared/domain/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.spec\\.ts$'] },
  },
};
