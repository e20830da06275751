import { NestFactory } from '@nestjs/core';
import type { RawServerDefault } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_DESCRIPTION } from './platform/api-description.js';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app.module.js';
import { withAccess } from './shared/http/openapi-access.js';
import { withExamples } from './shared/http/openapi-examples.js';
import type { PlatformOptions } from './platform/platform.module.js';
import { clientErrorProblem, routerProblem } from './shared/http/edge-errors.js';
import { acceptRouteBodyLimits, DEFAULT_BODY_LIMIT } from './shared/http/body-limit.js';
import { assertJsonDepth } from './shared/http/json-depth.js';
import { limitRequestRate } from './shared/http/rate-limit.js';
import { assertWellFormedText, csvText } from './shared/http/well-formed-text.js';

/** Builds the HTTP application; main.ts listens, tests hand it to supertest. */
export async function createApp(options: PlatformOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const logger =
    config.nodeEnv === 'test' || config.logLevel === 'silent'
      ? false
      : // Bodies are never logged: they hold participants' personal data. Only method, route and status are.
        { level: config.logLevel, redact: ['req.headers.authorization'] };
  const adapter = new FastifyAdapter({
    logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    genReqId: () => randomUUID(),
    // Behind no proxy, X-Forwarded-For is whatever the client wrote: only a configured proxy's word counts.
    trustProxy: config.trustProxy,
    frameworkErrors: routerProblem,
    clientErrorHandler: clientErrorProblem,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    logger: config.nodeEnv === 'test' ? false : ['log', 'warn', 'error'],
  });
  app.enableShutdownHooks();
  // Before init: the limit's hook is added to the routes registered after it, which is all of them.
  await limitRequestRate(app, config.rateLimitPerMinute, config.jwtSecret);
  const fastify = app.getHttpAdapter().getInstance();
  // Only the participant import takes a large body (@BodyLimit); every other route keeps the default.
  acceptRouteBodyLimits(fastify);
  // Participant imports arrive as CSV from spreadsheets; the route parses the text itself.
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, csvText(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // Fastify's own JSON parser (it refuses __proto__ poisoning), behind a depth limit checked first.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: DEFAULT_BODY_LIMIT }, (request, body, done) => {
    const text = body.toString('utf8');
    try {
      assertJsonDepth(text);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    void parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      try {
        assertWellFormedText(value);
      } catch (refusal) {
        return done(refusal as Error, undefined);
      }
      done(null, value);
    });
  });
  const document = withAccess(
    withExamples(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setTitle('DAEB outsourced training (toegewezen trajecten)')
          .setDescription(API_DESCRIPTION)
          .setVersion('1')
          .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
          .build(),
      ),
    ),
  );
  // On Fastify, @nestjs/swagger serves /docs through the '@fastify/static' plugin, a runtime dependency for that alone.
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
