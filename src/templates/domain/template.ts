import type { Aggregate, Decider } from '../../shared/domain/decider.js';
import { notFound, ruleBroken } from '../../shared/domain/domain-error.js';
import { type LaunchDefaults, type TemplateCreated, type TemplateEvent, templateSchemaVersions } from './events.js';

export type TemplateState =
  | { readonly status: 'none' }
  | {
      readonly status: 'existing';
      readonly templateId: string;
      readonly product: TemplateCreated['data']['product'];
      readonly name: string;
      readonly defaults: LaunchDefaults;
      readonly version: number;
    };

export type TemplateCommand =
  | { readonly type: 'CreateTemplate'; readonly data: Omit<TemplateCreated['data'], 'version'> }
  | {
      readonly type: 'ReviseTemplate';
      readonly data: { readonly templateId: string; readonly name: string; readonly defaults: LaunchDefaults };
    };

export const initialTemplateState: TemplateState = { status: 'none' };

export function evolveTemplate(state: TemplateState, event: TemplateEvent): TemplateState {
  switch (event.type) {
    case 'TemplateCreated':
      return { status: 'existing', ...event.data };
    case 'TemplateRevised':
      return state.status === 'none' ? state : { ...state, ...event.data };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

export function decideTemplate(command: TemplateCommand, state: TemplateState): TemplateEvent[] {
  switch (command.type) {
    case 'CreateTemplate':
      if (state.status !== 'none') throw ruleBroken('TEMPLATE_ALREADY_CREATED', `template ${command.data.templateId} already exists`);
      // The product is the template's identity: a launch field naming another product would contradict it.
      if ('product' in command.data.defaults) {
        throw ruleBroken('TEMPLATE_PRODUCT_IN_DEFAULTS', 'the product is the template’s own, not a default', 'defaults.product');
      }
      return [{ type: 'TemplateCreated', data: { ...command.data, version: 1 } }];
    case 'ReviseTemplate':
      if (state.status === 'none') throw notFound('TEMPLATE_NOT_FOUND', `no template ${command.data.templateId}`);
      if ('product' in command.data.defaults) {
        throw ruleBroken('TEMPLATE_PRODUCT_IN_DEFAULTS', 'the product is the template’s own, not a default', 'defaults.product');
      }
      // A revision that changes nothing would be a version without a difference: history stays meaningful.
      if (state.name === command.data.name && JSON.stringify(state.defaults) === JSON.stringify(command.data.defaults)) {
        throw ruleBroken('TEMPLATE_UNCHANGED', 'the revision changes neither the name nor the defaults');
      }
      return [{ type: 'TemplateRevised', data: { ...command.data, version: state.version + 1 } }];
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

export const templateDecider: Decider<TemplateCommand, TemplateState, TemplateEvent> = {
  decide: decideTemplate,
  evolve: evolveTemplate,
  initialState: initialTemplateState,
};

export const templateAggregate: Aggregate<TemplateCommand, TemplateState, TemplateEvent> = {
  decider: templateDecider,
  schemaVersions: templateSchemaVersions,
};
