import { Global, Module } from '@nestjs/common';
import { CreateTemplateHandler } from './create-template/create-template.handler.js';
import { CreateTemplateController } from './create-template/create-template.http.controller.js';
import { ReadTemplatesController } from './read-templates/read-templates.http.controller.js';
import { ReviseTemplateHandler } from './revise-template/revise-template.handler.js';
import { ReviseTemplateController } from './revise-template/revise-template.http.controller.js';
import { TemplateAnswers } from './templates.answers.js';
import { TEMPLATE_QUERIES } from './templates.queries.js';

/** Global: the outsourcing context asks it for a template's defaults through templates.queries.ts. */
@Global()
@Module({
  controllers: [CreateTemplateController, ReviseTemplateController, ReadTemplatesController],
  providers: [CreateTemplateHandler, ReviseTemplateHandler, { provide: TEMPLATE_QUERIES, useClass: TemplateAnswers }],
  exports: [TEMPLATE_QUERIES],
})
export class TemplatesModule {}
