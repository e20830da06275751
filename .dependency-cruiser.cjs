/** Keeps every context's domain pure: no framework, no storage, no clock from outside the domain. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'A domain/ folder may import only domain code, src/shared/domain and the pure projection definitions (indicators are computed from read-model documents); no Nest, no stores, no HTTP.',
      severity: 'error',
      from: { path: '^src/[^/]+/domain/', pathNot: '\\.spec\\.ts$' },
      to: {
        pathNot: [
          '^src/[^/]+/domain/',
          '^src/shared/domain/',
          '^projections/[^/]+\\.projection\\.ts$',
          '^projections/projection\\.ts$',
          '^src/shared/event-store/event-store\\.port\\.ts$',
        ],
      },
    },
    {
      name: 'projections-are-pure',
      comment: 'Projection definitions read only events and domain types.',
      severity: 'error',
      from: { path: '^projections/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^projections/', '^src/[^/]+/domain/', '^src/shared/domain/', '^src/shared/event-store/event-store\\.port\\.ts$'] },
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
